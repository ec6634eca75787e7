// transport-settings: every field of `transport:` for sftp and folder is checked, problems name the
// field, secrets are only named (environment variables), and file-name patterns render safely.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'js-yaml';
import { TransportError, TransportErrorCode } from './transport.errors';
import { checkTransportSettings, parseTransportSettings, renderFileName, TransportSettingsError } from './transport-settings';

const FP = `SHA256:${'HpHGAEzT4wkHi4bPkgf2zdRHFlT7rjQogESZ29sFg/A'}`;
const env = { PW: 'secret', KEY: '/keys/id_ed25519', FPV: FP, BADFP: 'md5:aa' };
const sftp = { host: 'sftp.example.com', username: 'u', passwordEnv: 'PW', hostKeySha256: FP, outboundDir: '/out', inboundDir: '/in' };

const fields = (adapter: string, raw: unknown, e: NodeJS.ProcessEnv = env): string[] => checkTransportSettings(adapter, raw, e).problems.map((p) => p.field);

describe('transport settings: sftp', () => {
  it('fills defaults for a minimal password profile', () => {
    expect(parseTransportSettings('sftp', sftp, env)).toEqual({
      adapter: 'sftp',
      host: 'sftp.example.com',
      port: 22,
      username: 'u',
      auth: { method: 'password', passwordEnv: 'PW' },
      hostKeySha256: FP,
      outboundDir: '/out',
      inboundDir: '/in',
      archiveDir: '/in/archive',
      fileNamePattern: '{name}',
      acknowledge: 'archive',
      connectTimeoutMs: 20_000,
      operationTimeoutMs: 120_000,
    });
  });

  it('accepts a private key and a host key fingerprint from the environment', () => {
    const s = parseTransportSettings('sftp', { ...sftp, passwordEnv: undefined, privateKeyPathEnv: 'KEY', hostKeySha256: undefined, hostKeySha256Env: 'FPV', acknowledge: 'delete', connectTimeoutSeconds: 5 }, env);
    expect(s).toMatchObject({ auth: { method: 'privateKey', privateKeyPathEnv: 'KEY' }, hostKeySha256: FP, archiveDir: null, acknowledge: 'delete', connectTimeoutMs: 5000 });
  });

  it('validates the shipped example profile when its environment variables are set', () => {
    const doc = yaml.load(fs.readFileSync(path.join(__dirname, '../../../config/clearinghouses/examples/availity-sftp.yaml'), 'utf8')) as { adapter: string; transport: unknown };
    expect(fields(doc.adapter, doc.transport, { SFTP_PRIVATE_KEY_PATH: '/k', SFTP_HOST_KEY_SHA256: FP })).toEqual([]);
    expect(fields(doc.adapter, doc.transport, {})).toEqual(['transport.privateKeyPathEnv', 'transport.hostKeySha256Env']);
  });

  it('names every missing required field in one pass', () => {
    expect(fields('sftp', {})).toEqual(['transport.host', 'transport.username', 'transport.passwordEnv', 'transport.hostKeySha256', 'transport.outboundDir', 'transport.inboundDir']);
  });

  it.each([
    ['unknown field', { password: 'inline' }, 'transport.password'],
    ['port out of range', { port: 70000 }, 'transport.port'],
    ['port as a string', { port: '22' }, 'transport.port'],
    ['bad host', { host: 'a b' }, 'transport.host'],
    ['password and key together', { privateKeyPathEnv: 'KEY' }, 'transport.passwordEnv'],
    ['secret value instead of a variable name', { passwordEnv: 'hunter2!' }, 'transport.passwordEnv'],
    ['unset variable', { passwordEnv: 'NOT_SET' }, 'transport.passwordEnv'],
    ['passphrase without a key', { privateKeyPassphraseEnv: 'PW' }, 'transport.privateKeyPassphraseEnv'],
    ['malformed fingerprint', { hostKeySha256: 'SHA256:short' }, 'transport.hostKeySha256'],
    ['fingerprint inline and from env', { hostKeySha256Env: 'FPV' }, 'transport.hostKeySha256'],
    ['malformed fingerprint in env', { hostKeySha256: undefined, hostKeySha256Env: 'BADFP' }, 'transport.hostKeySha256Env'],
    ['".." in a folder', { outboundDir: '/a/../b' }, 'transport.outboundDir'],
    ['inbound equals outbound', { inboundDir: '/out/' }, 'transport.inboundDir'],
    ['archive equals inbound', { archiveDir: '/in' }, 'transport.archiveDir'],
    ['archiveDir with delete', { acknowledge: 'delete', archiveDir: '/arch' }, 'transport.archiveDir'],
    ['unknown acknowledge', { acknowledge: 'move' }, 'transport.acknowledge'],
    ['pattern with a slash', { fileNamePattern: 'x/{name}' }, 'transport.fileNamePattern'],
    ['hidden pattern', { fileNamePattern: '.{name}' }, 'transport.fileNamePattern'],
    ['zero timeout', { operationTimeoutSeconds: 0 }, 'transport.operationTimeoutSeconds'],
    ['huge connect timeout', { connectTimeoutSeconds: 10_000 }, 'transport.connectTimeoutSeconds'],
  ])('rejects %s', (_label, patch, field) => {
    expect(fields('sftp', { ...sftp, ...patch })).toEqual([field]);
  });

  it('throws a TransportSettingsError listing the fields', () => {
    expect(() => parseTransportSettings('sftp', { ...sftp, port: 0 }, env)).toThrow(TransportSettingsError);
    expect(() => parseTransportSettings('sftp', { ...sftp, port: 0 }, env)).toThrow(/transport\.port: must be an integer/);
  });
});

describe('transport settings: folder and sandbox', () => {
  it('requires outbox, inbox and (for archive) an archive folder', () => {
    expect(fields('folder', {})).toEqual(['transport.outbox', 'transport.inbox', 'transport.archive']);
    expect(parseTransportSettings('folder', { outbox: 'o', inbox: 'i', acknowledge: 'delete' })).toEqual({ adapter: 'folder', outbox: 'o', inbox: 'i', archive: null, fileNamePattern: '{name}', acknowledge: 'delete' });
  });

  it('rejects unknown fields, shared folders and sftp fields', () => {
    expect(fields('folder', { outbox: 'o', inbox: 'o', archive: 'a', host: 'h' })).toEqual(['transport.host', 'transport.inbox']);
  });

  it('sandbox takes no settings; transport must be a mapping', () => {
    expect(parseTransportSettings('sandbox', {})).toEqual({ adapter: 'sandbox' });
    expect(parseTransportSettings('sandbox', undefined)).toEqual({ adapter: 'sandbox' });
    expect(fields('sandbox', { outbox: 'o' })).toEqual(['transport.outbox']);
    expect(fields('sftp', ['x'])).toEqual(['transport']);
    expect(fields('ftp', {})).toEqual(['adapter']);
  });
});

describe('renderFileName', () => {
  it('fills vars and the given name', () => {
    expect(renderFileName('{isa13}.837', 'batch.txt', { isa13: '000000123' })).toBe('000000123.837');
    expect(renderFileName('{base}-{n}.{ext}', 'claims.837', { n: 7 })).toBe('claims-7.837');
    expect(renderFileName('{name}', 'a.837')).toBe('a.837');
  });

  it.each([
    ['a missing placeholder', '{isa13}.837', 'a.837', {}],
    ['a var with a slash', '{isa13}.837', 'a.837', { isa13: '../x' }],
    ['a hidden result', '{name}', '.a.837', {}],
    ['a name with a separator', '{name}', 'dir/a.837', {}],
  ])('rejects %s with INVALID_FILE_NAME', (_label, pattern, name, vars) => {
    let error: unknown;
    try {
      renderFileName(pattern, name, vars);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe(TransportErrorCode.InvalidFileName);
  });
});
