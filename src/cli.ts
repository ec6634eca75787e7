// Composition root of the `x12gw` command line. Every command loads the typed config from the
// environment, so `DATABASE_URL` (PostgreSQL) or the embedded data folder apply here as in `serve`.
import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { ApiKeysService } from './auth/api-keys.service';
import { TypeormApiKeyStore } from './auth/typeorm-api-key.store';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { API_VERSION, serve } from './main';
import { openDatabase } from './persistence/data-source';
import { CliExit, type CliContext, type Io, type RegisterCommands } from './cli/cli-context';
import { registerBatchCommands } from './cli/batch.command';
import { registerDemoCommands } from './cli/demo.command';
import { registerSandboxResponderCommands } from './cli/sandbox-responder.command';
import { registerGenerateCommands } from './cli/generate.command';
import { registerIngestCommands } from './cli/ingest.command';
import { registerTransportCommands } from './cli/transport.command';
import { registerParseCommands } from './cli/parse.command';
import { registerValidateCommands } from './cli/validate.command';

/** Command files of later capabilities; each adds its commands to the program. */
const COMMAND_FILES: RegisterCommands[] = [registerGenerateCommands, registerValidateCommands, registerParseCommands, registerBatchCommands, registerIngestCommands, registerTransportCommands, registerDemoCommands, registerSandboxResponderCommands];


const defaultIo: Io = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

async function withKeys<T>(config: AppConfig, work: (keys: ApiKeysService) => Promise<T>): Promise<T> {
  const dataSource = await openDatabase(config.database, true);
  try {
    return await work(new ApiKeysService(new TypeormApiKeyStore(dataSource)));
  } finally {
    await dataSource.destroy();
  }
}

function parseScopes(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function buildProgram(io: Io = defaultIo, env: NodeJS.ProcessEnv = process.env): Command {
  const config = () => loadConfig(env);
  const program = new Command('x12gw')
    .description('EDI X12 837/835 clearinghouse gateway')
    .version(API_VERSION)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) });

  program
    .command('serve')
    .description('run the HTTP gateway (embedded PGlite database unless DATABASE_URL is set)')
    .option('--port <port>', 'port to listen on (env PORT, default 3000)')
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--create-key <scopes>', 'create an API key with these comma-separated scopes at start-up and print it once')
    .option('--key-name <name>', 'name of the key made by --create-key', 'initial')
    .action(async (opts: { port?: string; host?: string; createKey?: string; keyName: string }) => {
      const cfg = loadConfig({ ...env, ...(opts.port ? { PORT: opts.port } : {}), ...(opts.host ? { HOST: opts.host } : {}) });
      if (opts.createKey) {
        const { key, record } = await withKeys(cfg, (keys) => keys.create(opts.keyName, parseScopes(opts.createKey!)));
        io.out(`API key "${record.name}" (${record.scopes.join(', ')}) — shown once, keep it safe:\n  ${key}`);
      }
      await serve(cfg, io.out);
    });

  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .action(async () => {
      const cfg = config();
      const dataSource = await openDatabase(cfg.database, false);
      try {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        io.out(applied.length === 0 ? 'database is up to date' : applied.map((m) => `applied ${m.name}`).join('\n'));
      } finally {
        await dataSource.destroy();
      }
    });

  const apiKey = program.command('api-key').description('manage API keys');
  apiKey
    .command('create')
    .description('create an API key and print it once')
    .requiredOption('--scopes <scopes>', 'comma-separated: claims:write, claims:read, remittance:read, remittance:write, admin')
    .option('--name <name>', 'who or what uses the key', 'default')
    .option('--json', 'print JSON')
    .action(async (opts: { scopes: string; name: string; json?: boolean }) => {
      const { key, record } = await withKeys(config(), (keys) => keys.create(opts.name, parseScopes(opts.scopes)));
      if (opts.json) io.out(JSON.stringify({ id: record.id, name: record.name, prefix: record.prefix, scopes: record.scopes, key }));
      else io.out(`${key}\n(id ${record.id}, name "${record.name}", scopes ${record.scopes.join(', ')}; the key is shown only now)`);
    });
  apiKey
    .command('list')
    .description('list API keys (never their secrets)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const rows = await withKeys(config(), (keys) => keys.list());
      const view = rows.map((r) => ({ id: r.id, name: r.name, prefix: r.prefix, scopes: r.scopes, createdAt: r.createdAt.toISOString(), revokedAt: r.revokedAt?.toISOString() ?? null }));
      if (opts.json) io.out(JSON.stringify(view));
      else if (view.length === 0) io.out('no API keys');
      else for (const r of view) io.out(`${r.id}  x12gw_${r.prefix}_…  ${r.name}  [${r.scopes.join(', ')}]${r.revokedAt ? `  revoked ${r.revokedAt}` : ''}`);
    });
  apiKey
    .command('revoke <idOrPrefix>')
    .description('revoke an API key by id or prefix')
    .action(async (idOrPrefix: string) => {
      const revoked = await withKeys(config(), (keys) => keys.revoke(idOrPrefix));
      if (!revoked) throw new Error(`no active API key with id or prefix ${idOrPrefix}`);
      io.out(`revoked ${idOrPrefix}`);
    });

  const ctx: CliContext = { io, env, config };
  for (const register of COMMAND_FILES) register(program, ctx);
  return program;
}

/** Runs the CLI; resolves with the exit code instead of exiting, so tests can call it. */
export async function run(argv: string[], io: Io = defaultIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const program = buildProgram(io, env);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CliExit) {
      if (err.message) io.err(err.message);
      return err.exitCode;
    }
    if (err instanceof ConfigError) {
      io.err(err.message);
      return 2;
    }
    const e = err as { code?: string; message?: string };
    io.err(`x12gw: ${e.code ? `[${e.code}] ` : ''}${e.message ?? String(err)}`);
    return 1;
  }
}

export async function main(argv: string[]): Promise<void> {
  // A reader that stops early (`x12gw parse big.835 --json | head`) is not an error worth a trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  const code = await run(argv);
  // serve keeps the process alive through its server; everything else ends here.
  if (code !== 0 || !argv.slice(2).includes('serve')) process.exitCode = code;
  if (code !== 0) process.exit(code);
}
