// Typed gateway configuration, read from the environment once at start-up. A bad variable stops
// the process with the whole list of what is wrong; secrets come only from the environment.
import * as path from 'node:path';

export type DatabaseConfig =
  | { engine: 'postgres'; url: string; poolSize: number; connectTimeoutMs: number }
  | { engine: 'pglite'; dataDir: string };

export interface AppConfig {
  host: string;
  port: number;
  database: DatabaseConfig;
  migrateOnStart: boolean;
  amqpUrl: string | null;
  /** X12GW_BUS_NAMESPACE: the RabbitMQ exchange and queue-name prefix of this gateway's bus. */
  busNamespace: string;
  bodyLimitBytes: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  idempotencyTtlHours: number;
  /** How long an in-flight idempotency record blocks retries before it counts as abandoned. */
  idempotencyLockSeconds: number;
  /** Where the built-in sandbox clearinghouse keeps what it received and its answers (one folder per profile). */
  sandboxDir: string;
  /** CLEARINGHOUSES_DIR: where clearinghouse profiles are read from (null: the default lookup). */
  clearinghousesDir: string | null;
  /**
   * Webhook delivery: attempts before a delivery is dead-lettered, first retry delay (doubling, capped at an hour), request timeout,
   * and WEBHOOK_ALLOW_PRIVATE_NETWORKS: whether webhooks may reach loopback and private addresses (see webhooks/address-policy.ts).
   */
  webhooks: { maxAttempts: number; retryBaseMs: number; timeoutMs: number; allowPrivateNetworks: boolean };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Parses sizes like `5mb`, `512kb`, `1048576` into bytes. */
export function parseByteSize(value: string): number | null {
  const match = /^(\d+)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  if (!match) return null;
  const units: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024, gb: 1024 * 1024 * 1024 };
  return Number(match[1]) * units[(match[2] ?? 'b').toLowerCase()];
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    problems.push(`${name} must be an integer between ${min} and ${max}`);
    return fallback;
  }
  return Number(raw);
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  problems.push(`${name} must be true or false`);
  return fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const problems: string[] = [];

  const port = intVar(env, 'PORT', 3000, 0, 65535, problems);
  const host = env.HOST?.trim() || '127.0.0.1';

  let database: DatabaseConfig;
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
    database = {
      engine: 'postgres',
      url,
      poolSize: intVar(env, 'DATABASE_POOL_SIZE', 10, 1, 200, problems),
      connectTimeoutMs: intVar(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5000, 100, 120000, problems),
    };
  } else {
    database = { engine: 'pglite', dataDir: path.resolve(cwd, env.X12GW_DATA_DIR?.trim() || 'var/data') };
  }

  const amqpUrl = env.AMQP_URL?.trim() || null;
  if (amqpUrl && !/^amqps?:\/\//.test(amqpUrl)) problems.push('AMQP_URL must be an amqp:// or amqps:// URL');

  const busNamespace = env.X12GW_BUS_NAMESPACE?.trim() || 'x12gw';
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,60}$/.test(busNamespace)) problems.push('X12GW_BUS_NAMESPACE must be 1–61 letters, digits, _ or -');

  const limitRaw = env.BODY_LIMIT?.trim() || '5mb';
  const bodyLimitBytes = parseByteSize(limitRaw);
  if (bodyLimitBytes === null || bodyLimitBytes < 1024) problems.push('BODY_LIMIT must be a size such as 5mb, 512kb or a byte count of at least 1024');

  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const config: AppConfig = {
    host,
    port,
    database,
    migrateOnStart: boolVar(env, 'MIGRATE_ON_START', true, problems),
    amqpUrl,
    busNamespace,
    bodyLimitBytes: bodyLimitBytes ?? 5 * 1024 * 1024,
    logLevel,
    idempotencyTtlHours: intVar(env, 'IDEMPOTENCY_TTL_HOURS', 24, 1, 24 * 30, problems),
    idempotencyLockSeconds: intVar(env, 'IDEMPOTENCY_LOCK_SECONDS', 60, 1, 3600, problems),
    sandboxDir: path.resolve(cwd, env.X12GW_SANDBOX_DIR?.trim() || 'var/sandbox'),
    clearinghousesDir: env.CLEARINGHOUSES_DIR?.trim() ? path.resolve(cwd, env.CLEARINGHOUSES_DIR.trim()) : null,
    webhooks: {
      maxAttempts: intVar(env, 'WEBHOOK_MAX_ATTEMPTS', 10, 1, 50, problems),
      retryBaseMs: intVar(env, 'WEBHOOK_RETRY_BASE_MS', 10_000, 0, 3_600_000, problems),
      timeoutMs: intVar(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000, problems),
      allowPrivateNetworks: boolVar(env, 'WEBHOOK_ALLOW_PRIVATE_NETWORKS', false, problems),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Nest injection token for the loaded configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
