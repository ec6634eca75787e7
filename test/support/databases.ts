// Test databases on both engines: a fresh PostgreSQL database per test file on the server that
// `npm test` starts (DATABASE_URL), or a fresh PGlite data folder in a temp directory.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import type { DatabaseConfig } from '../../src/config/app-config';

export type Engine = 'postgres' | 'pglite';

export interface TestDatabase {
  config: DatabaseConfig;
  /** The connection URL (postgres only). */
  url?: string;
  name?: string;
  drop(): Promise<void>;
}

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the suite with `npm test`, which starts PostgreSQL, RabbitMQ and sshd');
  return url;
}

export async function adminQuery(sql: string, params: unknown[] = [], database?: string): Promise<{ rows: Record<string, unknown>[] }> {
  const url = new URL(serverUrl());
  if (database) url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `x12gw_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    config: { engine: 'postgres', url: url.toString(), poolSize: 5, connectTimeoutMs: 3000 },
    url: url.toString(),
    name,
    async drop() {
      // FORCE ends the sessions left in it; a backend it may not end (an autovacuum worker, when
      // the role lacks pg_signal_backend) is usually gone a moment later.
      for (let attempt = 1; ; attempt++) {
        try {
          await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          return;
        } catch (err) {
          if (attempt >= 10) throw err;
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        }
      }
    },
  };
}

export function createPgliteDatabase(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-pglite-'));
  return {
    config: { engine: 'pglite', dataDir: path.join(dir, 'data') },
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  return engine === 'postgres' ? createPostgresDatabase() : createPgliteDatabase();
}
