// The x12gw command line: the real bin script for --help and migrate, and api-key create against a
// fresh PostgreSQL database, whose key then opens the HTTP API.
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { run } from '../../src/cli';
import { parseApiKey } from '../../src/auth/api-key-format';
import { synthetic835Text } from '../../src/x12/835-005010X221A1/synthetic';
import { createGateway } from '../../src/main';
import { loadConfig } from '../../src/config/app-config';
import request from 'supertest';
import { createPostgresDatabase, createPgliteDatabase, type TestDatabase } from '../support/databases';

const exec = promisify(execFile);
const bin = path.resolve(__dirname, '../../bin/x12gw.js');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('x12gw CLI', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createPostgresDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('--help lists the commands, including the ones later releases add', async () => {
    const { stdout } = await exec(process.execPath, [bin, '--help']);
    for (const command of ['serve', 'migrate', 'api-key', 'batch', 'generate', 'validate', 'parse', 'ingest']) expect(stdout).toContain(command);
  });

  it('a reader that closes the pipe early gets no stack trace', async () => {
    // Several MB of JSON, far more than a pipe buffer, so the writer is still writing when the pipe closes.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-epipe-')), 'big.835');
    fs.writeFileSync(file, synthetic835Text({ targetChars: 3_000_000 }));
    const child = spawn(process.execPath, [bin, 'parse', file, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(code).toBe(0);
  });

  it('migrate applies the migrations once (real bin, real database)', async () => {
    const env = { ...process.env, DATABASE_URL: db.url! };
    const first = await exec(process.execPath, [bin, 'migrate'], { env });
    expect(first.stdout).toContain('applied Foundation');
    const second = await exec(process.execPath, [bin, 'migrate'], { env });
    expect(second.stdout).toContain('up to date');
  });

  it('api-key create prints a key once; it opens the API with exactly its scopes; list never shows secrets', async () => {
    const env = { DATABASE_URL: db.url!, LOG_LEVEL: 'silent' };
    const c = capture();
    expect(await run(['node', 'x12gw', 'api-key', 'create', '--name', 'billing', '--scopes', 'claims:read', '--json'], c.io, env)).toBe(0);
    const created = JSON.parse(c.out[0]);
    expect(created).toMatchObject({ name: 'billing', scopes: ['claims:read'] });
    expect(created.key).toMatch(/^x12gw_[0-9a-f]{12}_/);

    const gateway = await createGateway(loadConfig(env));
    try {
      const http = request(gateway.app.getHttpServer());
      await http.get('/v1/claims').set('Authorization', `Bearer ${created.key}`).expect(200);
      await http.post('/v1/claims/professional').set('Authorization', `Bearer ${created.key}`).send({}).expect(403);
    } finally {
      await gateway.close();
    }

    const list = capture();
    expect(await run(['node', 'x12gw', 'api-key', 'list', '--json'], list.io, env)).toBe(0);
    expect(list.out.join('\n')).not.toContain(parseApiKey(created.key)!.secret);
    expect(JSON.parse(list.out[0])).toEqual([expect.objectContaining({ id: created.id, prefix: created.prefix, revokedAt: null })]);

    const revoke = capture();
    expect(await run(['node', 'x12gw', 'api-key', 'revoke', created.prefix], revoke.io, env)).toBe(0);
    const again = capture();
    expect(await run(['node', 'x12gw', 'api-key', 'revoke', created.prefix], again.io, env)).toBe(1);
    expect(again.err.join('\n')).toContain('no active API key');
  });

  it('refuses unknown scopes and bad configuration with a clear message and a non-zero exit', async () => {
    const c = capture();
    expect(await run(['node', 'x12gw', 'api-key', 'create', '--scopes', 'claims:everything'], c.io, { DATABASE_URL: db.url! })).toBe(1);
    expect(c.err.join('\n')).toContain('unknown: claims:everything');
    const bad = capture();
    expect(await run(['node', 'x12gw', 'migrate'], bad.io, { DATABASE_URL: 'mysql://nope', PORT: 'abc' })).toBe(2);
    expect(bad.err.join('\n')).toContain('DATABASE_URL must be a postgres');
    expect(bad.err.join('\n')).toContain('PORT must be an integer');
  });

  it('works on the embedded database with no services', async () => {
    const lite = createPgliteDatabase();
    try {
      const env = { X12GW_DATA_DIR: lite.config.engine === 'pglite' ? lite.config.dataDir : '' };
      const c = capture();
      expect(await run(['node', 'x12gw', 'api-key', 'create', '--scopes', 'admin', '--json'], c.io, env)).toBe(0);
      const l = capture();
      expect(await run(['node', 'x12gw', 'api-key', 'list', '--json'], l.io, env)).toBe(0);
      expect(JSON.parse(l.out[0])).toHaveLength(1);
    } finally {
      await lite.drop();
    }
  });
});
