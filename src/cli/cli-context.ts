// What every `x12gw` command gets: where to print, the environment, and the typed config.
import type { Command } from 'commander';
import type { AppConfig } from '../config/app-config';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliContext {
  io: Io;
  env: NodeJS.ProcessEnv;
  /** Loads and validates the configuration (throws ConfigError, which the CLI prints, exit 2). */
  config(): AppConfig;
}

/** A command file exports one of these; src/cli.ts registers each. */
export type RegisterCommands = (program: Command, ctx: CliContext) => void;

/** A command that fails with this exits with `exitCode` after printing `message` (no stack trace). */
export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'CliExit';
  }
}
