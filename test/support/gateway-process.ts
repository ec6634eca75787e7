// Runs `x12gw serve` in a child process, so a test can SIGKILL the gateway mid-work. The sources are
// compiled once per test file into a private folder (not dist/, which `bin/x12gw.js` and other test
// files rebuild and delete), with the same SWC options as scripts/build.js.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
let compiled: string | null = null;

/** Compiles src/ into node_modules/.cache (so the child resolves packages from the project) and returns the cli.js path. */
export function compileGateway(): string {
  if (compiled) return compiled;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const swc = require('@swc/core') as typeof import('@swc/core');
  const out = path.join(root, 'node_modules', '.cache', `x12gw-test-${process.pid}-${randomBytes(3).toString('hex')}`);
  const options = {
    jsc: { parser: { syntax: 'typescript' as const, decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' as const, keepClassNames: true },
    module: { type: 'commonjs' as const },
  };
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) {
        const target = path.join(out, path.relative(root, full)).replace(/\.ts$/, '.js');
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, swc.transformFileSync(full, { ...options, filename: full }).code);
      }
    }
  };
  walk(path.join(root, 'src'));
  compiled = path.join(out, 'src', 'cli.js');
  return compiled;
}

export function removeCompiledGateway(): void {
  if (compiled) fs.rmSync(path.dirname(path.dirname(compiled)), { recursive: true, force: true });
  compiled = null;
}

export interface GatewayProcess {
  child: ChildProcess;
  /** Its JSON log lines, parsed. */
  logs: Record<string, unknown>[];
  /** Resolves with the exit code or signal. */
  exited: Promise<string>;
  kill(signal: NodeJS.Signals): Promise<string>;
}

/** Starts `x12gw serve` with `env` on top of this process's environment; resolves once it logs that it listens. */
export async function startGatewayProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<GatewayProcess> {
  const cli = compileGateway();
  const child = spawn(process.execPath, ['-e', `require(${JSON.stringify(cli)}).main([process.argv[0], 'x12gw', 'serve'])`], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) if (line.startsWith('{')) logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const deadline = Date.now() + timeoutMs;
  while (!logs.some((l) => l.msg === 'gateway listening')) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`x12gw serve exited during start-up: ${stderr.slice(-2000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`x12gw serve did not start within ${timeoutMs} ms: ${stderr.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    child,
    logs,
    exited,
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
