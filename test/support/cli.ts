// Runs one `x12gw` command group in-process, as src/cli.ts would: what it printed (stdout and
// stderr apart) and its exit code (0, or the exit code of the CliExit/commander error it threw,
// whose message is added to `err`).
import { Command } from 'commander';
import type { RegisterCommands } from '../../src/cli/cli-context';
import { loadConfig } from '../../src/config/app-config';

export interface CliRun {
  out: string[];
  err: string[];
  code: number;
}

export async function runCommands(register: RegisterCommands, args: string[], env: Record<string, string>): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const program = new Command('x12gw').exitOverride();
  register(program, { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, env, config: () => loadConfig(env) });
  try {
    await program.parseAsync(['node', 'x12gw', ...args]);
    return { out, err, code: 0 };
  } catch (e) {
    return { out, err: [...err, (e as Error).message], code: (e as { exitCode?: number }).exitCode ?? 1 };
  }
}
