// SftpTransport against the real OpenSSH server of scripts/services.sh (`source /tmp/x12gw-services/env`):
// temp-name + rename delivery, pinned host key, password and key auth, error codes, inbound
// list/download/acknowledge. Every test uses its own file names and removes what it wrote.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { SftpTransport } from '../../src/clearinghouses/transport/sftp.transport';
import { TransportError, TransportErrorCode } from '../../src/clearinghouses/transport/transport.errors';
import { parseTransportSettings, type SftpTransportSettings } from '../../src/clearinghouses/transport/transport-settings';

const REQUIRED = ['SFTP_HOST', 'SFTP_PORT', 'SFTP_USER', 'SFTP_PASSWORD', 'SFTP_PRIVATE_KEY_PATH', 'SFTP_HOST_KEY_SHA256', 'SFTP_ROOT'];
const missing = REQUIRED.filter((k) => !process.env[k]);
if (missing.length > 0) throw new Error(`sftp-transport.spec needs ${missing.join(', ')}: run \`source /tmp/x12gw-services/env\` first`);

const ROOT = process.env.SFTP_ROOT!;
const OUTBOUND = path.join(ROOT, 'outbound');
const INBOUND = path.join(ROOT, 'inbound');
const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let seq = 0;
const unique = (ext = 'x12'): string => `t${run}-${++seq}.${ext}`;

function settings(overrides: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = process.env): SftpTransportSettings {
  return parseTransportSettings(
    'sftp',
    {
      host: process.env.SFTP_HOST,
      port: Number(process.env.SFTP_PORT),
      username: process.env.SFTP_USER,
      passwordEnv: 'SFTP_PASSWORD',
      hostKeySha256Env: 'SFTP_HOST_KEY_SHA256',
      outboundDir: 'outbound',
      inboundDir: 'inbound',
      archiveDir: `archive-${run}`,
      connectTimeoutSeconds: 10,
      operationTimeoutSeconds: 60,
      ...overrides,
    },
    env,
  ) as SftpTransportSettings;
}

async function rejection(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(TransportError);
    return err as TransportError;
  }
  throw new Error('expected a rejection');
}

const ourFiles = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.includes(run)) : []);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('SftpTransport (real sshd)', () => {
  const transports: SftpTransport[] = [];
  const open = (s: SftpTransportSettings, env?: NodeJS.ProcessEnv): SftpTransport => {
    const t = new SftpTransport(s, env);
    transports.push(t);
    return t;
  };

  afterEach(async () => {
    await Promise.all(transports.splice(0).map((t) => t.close()));
  });

  afterAll(() => {
    for (const dir of [OUTBOUND, INBOUND]) for (const name of ourFiles(dir)) fs.rmSync(path.join(dir, name), { force: true });
    fs.rmSync(path.join(ROOT, `archive-${run}`), { recursive: true, force: true });
  });

  describe('deliver', () => {
    it('with password auth, the file appears complete in outbound and no .part stays', async () => {
      const t = open(settings());
      const name = unique('837');
      const content = `ISA*00*${'x'.repeat(5000)}~`;
      await expect(t.deliver({ name, content })).resolves.toEqual({ remoteName: name, alreadyDelivered: false });
      expect(fs.readFileSync(path.join(OUTBOUND, name), 'utf8')).toBe(content);
      expect(ourFiles(OUTBOUND).filter((n) => n.endsWith('.part'))).toEqual([]);
    });

    it('with private key auth, and the file name pattern filled from vars', async () => {
      const s = settings({ passwordEnv: undefined, privateKeyPathEnv: 'SFTP_PRIVATE_KEY_PATH', fileNamePattern: `{prefix}-{isa13}.{ext}` });
      expect(s.auth.method).toBe('privateKey');
      const t = open(s);
      const content = Buffer.from('ST*837*0001~');
      const receipt = await t.deliver({ name: 'batch.837', content }, { prefix: `k${run}`, isa13: '000000123' });
      expect(receipt.remoteName).toBe(`k${run}-000000123.837`);
      expect(fs.readFileSync(path.join(OUTBOUND, receipt.remoteName))).toEqual(content);
    });

    it('never shows a half file under the final name: during a large upload only the .part name exists', async () => {
      const t = open(settings());
      const name = unique('837');
      const content = randomBytes(48 * 1024 * 1024);
      await t.check(); // connect first, so the polling below watches the upload itself
      const finalPath = path.join(OUTBOUND, name);
      const partPath = path.join(OUTBOUND, `.${name}.part`);
      let sawPart = false;
      let sawHalfFinal = false;
      let done = false;
      // The final name may appear before deliver() resolves (the rename is done, its reply is on the
      // way); what must never be seen under it is a file that is not complete.
      const poll = setInterval(() => {
        if (done) return;
        if (fs.existsSync(partPath)) sawPart = true;
        try {
          if (fs.statSync(finalPath).size !== content.length) sawHalfFinal = true;
        } catch {
          /* not there yet */
        }
      }, 1);
      try {
        await t.deliver({ name, content });
        done = true;
      } finally {
        clearInterval(poll);
      }
      expect(sawPart).toBe(true);
      expect(sawHalfFinal).toBe(false);
      expect(fs.statSync(finalPath).size).toBe(content.length);
      expect(fs.existsSync(partPath)).toBe(false);
      fs.rmSync(finalPath);
    });

    it('redelivering the same file is idempotent; a different file under the same name is REMOTE_FILE_EXISTS', async () => {
      const t = open(settings());
      const name = unique('837');
      await t.deliver({ name, content: 'first' });
      await expect(t.deliver({ name, content: 'first' })).resolves.toEqual({ remoteName: name, alreadyDelivered: true });
      const err = await rejection(t.deliver({ name, content: 'other' }));
      expect(err.code).toBe(TransportErrorCode.RemoteFileExists);
      expect(err.retryable).toBe(false);
      // Same size, different bytes: the hash decides, not only the size.
      expect((await rejection(t.deliver({ name, content: 'firsT' }))).code).toBe(TransportErrorCode.RemoteFileExists);
      expect(fs.readFileSync(path.join(OUTBOUND, name), 'utf8')).toBe('first');
      expect(ourFiles(OUTBOUND).filter((n) => n.endsWith('.part'))).toEqual([]);
    });

    it('reuses one connection and reconnects after close()', async () => {
      const t = open(settings());
      const a = unique();
      const b = unique();
      await t.deliver({ name: a, content: 'a' });
      await t.close();
      await t.deliver({ name: b, content: 'b' });
      expect(fs.readFileSync(path.join(OUTBOUND, b), 'utf8')).toBe('b');
    });
  });

  describe('connection failures', () => {
    it('a host key other than the pinned one is HOST_KEY_MISMATCH and nothing is uploaded', async () => {
      const t = open(settings({ hostKeySha256Env: undefined, hostKeySha256: `SHA256:${'A'.repeat(43)}` }));
      const name = unique('837');
      const err = await rejection(t.deliver({ name, content: 'secret claims' }));
      expect(err.code).toBe(TransportErrorCode.HostKeyMismatch);
      expect(err.retryable).toBe(false);
      expect(err.message).toContain(process.env.SFTP_HOST_KEY_SHA256);
      expect(ourFiles(OUTBOUND).filter((n) => n.includes(name))).toEqual([]);
      await expect(t.check()).resolves.toMatchObject({ status: 'down', adapter: 'sftp', error: expect.stringContaining('HOST_KEY_MISMATCH') });
    });

    it('a wrong password is TRANSPORT_AUTH_FAILED, not retryable', async () => {
      const env = { ...process.env, X12GW_TEST_WRONG_PASSWORD: 'not-the-password' };
      const t = open(settings({ passwordEnv: 'X12GW_TEST_WRONG_PASSWORD' }, env), env);
      const err = await rejection(t.listInbound());
      expect(err.code).toBe(TransportErrorCode.AuthFailed);
      expect(err.retryable).toBe(false);
    });

    it('a closed port is TRANSPORT_UNREACHABLE, retryable', async () => {
      const t = open(settings({ port: await freePort() }));
      const err = await rejection(t.deliver({ name: unique(), content: 'x' }));
      expect(err.code).toBe(TransportErrorCode.Unreachable);
      expect(err.retryable).toBe(true);
    });

    it('a server that accepts TCP but never speaks SSH is TRANSPORT_TIMEOUT, retryable', async () => {
      const silent = net.createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      try {
        const t = open(settings({ port: (silent.address() as net.AddressInfo).port, connectTimeoutSeconds: 1 }));
        const err = await rejection(t.listInbound());
        expect(err.code).toBe(TransportErrorCode.Timeout);
        expect(err.retryable).toBe(true);
      } finally {
        silent.close();
      }
    });

    it('check() reports up for a good profile', async () => {
      await expect(open(settings()).check()).resolves.toEqual({ status: 'up', adapter: 'sftp' });
    });
  });

  describe('inbound', () => {
    function place(name: string, content: string, mtime: Date): void {
      const file = path.join(INBOUND, name);
      fs.writeFileSync(file, content);
      fs.utimesSync(file, mtime, mtime);
    }

    it('lists complete files oldest first, skipping hidden and .part files, and downloads them', async () => {
      const older = unique('999');
      const newer = unique('835');
      place(newer, 'newer', new Date('2026-01-02T00:00:00Z'));
      place(older, 'older!', new Date('2026-01-01T00:00:00Z'));
      place(`.${unique('835')}.part`, 'half', new Date('2026-01-01T00:00:00Z'));
      const t = open(settings());
      const mine = (await t.listInbound()).filter((f) => f.name.includes(run));
      expect(mine.map((f) => f.name)).toEqual([older, newer]);
      expect(mine[0]).toMatchObject({ size: 6, modifiedAt: new Date('2026-01-01T00:00:00Z') });
      const local = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-sftp-download-'));
      try {
        const to = path.join(local, 'file');
        await expect(t.download(older, to)).resolves.toEqual({ bytes: 6 });
        expect(fs.readFileSync(to, 'utf8')).toBe('older!');
        expect((await rejection(t.download(unique(), to))).code).toBe(TransportErrorCode.RemoteFileNotFound);
        expect((await rejection(t.download('../outbound/x', to))).code).toBe(TransportErrorCode.InvalidFileName);
      } finally {
        fs.rmSync(local, { recursive: true, force: true });
      }
    });

    it('downloads a file of several MB byte for byte, complete when the call returns', async () => {
      const name = unique('835');
      const content = randomBytes(3 * 1024 * 1024 + 123);
      fs.writeFileSync(path.join(INBOUND, name), content);
      const local = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-sftp-download-'));
      try {
        const to = path.join(local, 'file');
        await expect(open(settings()).download(name, to)).resolves.toEqual({ bytes: content.length });
        expect(fs.readFileSync(to).equals(content)).toBe(true);
      } finally {
        fs.rmSync(local, { recursive: true, force: true });
        fs.rmSync(path.join(INBOUND, name), { force: true });
      }
    });

    it('acknowledge with archive moves the file to the archive folder (created on demand)', async () => {
      const name = unique('999');
      place(name, 'ack me', new Date());
      const t = open(settings());
      await t.acknowledge(name);
      expect(fs.existsSync(path.join(INBOUND, name))).toBe(false);
      expect(fs.readFileSync(path.join(ROOT, `archive-${run}`, name), 'utf8')).toBe('ack me');
      // The same name again keeps both archived copies.
      place(name, 'again', new Date());
      await t.acknowledge(name);
      expect(fs.readdirSync(path.join(ROOT, `archive-${run}`)).filter((n) => n.startsWith(name))).toHaveLength(2);
      expect((await rejection(t.acknowledge(name))).code).toBe(TransportErrorCode.RemoteFileNotFound);
    });

    it('acknowledge with delete removes the file', async () => {
      const name = unique('277');
      place(name, 'bye', new Date());
      const t = open(settings({ acknowledge: 'delete', archiveDir: undefined }));
      await t.acknowledge(name);
      expect(fs.existsSync(path.join(INBOUND, name))).toBe(false);
    });
  });
});
