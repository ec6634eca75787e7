// `x12gw parse FILE [--json]`: reads an inbound X12 file and prints what it holds. For an 835 the
// file is streamed through the 835 reader and the JSON is streamed out (one claim per line as it
// is read), so memory stays bounded by the largest claim; the SHA-256 is hashed on the way.
// Exit 0 when the file was read (with or without diagnostics), 1 when it is not a readable 835.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import {
  Remittance835Code,
  Remittance835Error,
  Remittance835JsonWriter,
  read835Batches,
  type ChunkSource,
  type Remittance835Event,
} from '../x12';
import { CliExit, type Io, type RegisterCommands } from './cli-context';

/** Error code for a FILE that cannot be opened or read (missing, a directory, no permission). */
export const FILE_NOT_READABLE = 'FILE_NOT_READABLE';

/** What `--json` prints under `error`: a reader code (X12 or 835) or FILE_NOT_READABLE. */
export interface ParseError {
  code: string;
  message: string;
  segmentIndex: number | null;
}

export interface ParseOptions {
  json?: boolean;
}

export const registerParseCommands: RegisterCommands = (program: Command, ctx) => {
  program
    .command('parse <file>')
    .description('read an 835 remittance (streamed; FILE "-" is stdin) and print it; --json prints the JSON model, one claim per line')
    .option('--json', 'print JSON (on failure: {"error":{code,message,segmentIndex}}, exit 1)')
    .action(async (file: string, opts: ParseOptions) => {
      const code = await parseFile(file, opts, ctx.io);
      if (code !== 0) throw new CliExit(code, '');
    });
};

/** Stream FILE ("-": stdin) through the 835 reader to `io`; resolves with the exit code. */
export async function parseFile(file: string, options: ParseOptions, io: Io): Promise<number> {
  const hash = createHash('sha256');
  const input = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 64 * 1024 });
  return parseSource(hashed(input, hash), options, io, () => hash.digest('hex'), file === '-' ? 'stdin' : file);
}

/**
 * The streaming core of `parse`, for any chunk source: prints as events arrive. `digest` gives
 * the SHA-256 once the source is exhausted (it goes last in the JSON, since it is known only then).
 */
export async function parseSource(
  source: ChunkSource,
  options: ParseOptions,
  io: Io,
  digest: () => string | null = () => null,
  name = 'input',
): Promise<number> {
  const printer = options.json ? new JsonPrinter(io) : new SummaryPrinter(io);
  try {
    for await (const batch of read835Batches(source)) {
      for (const event of batch) printer.event(event);
      printer.flush();
      // When stdout is a socket or an asynchronous pipe, wait for it rather than buffer the output.
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    }
  } catch (err) {
    const failure = asFailure(err, name);
    if (failure === undefined) throw err;
    printer.fail(failure.error, failure.type);
    return 1;
  }
  printer.end(digest());
  return 0;
}

/** A reason the input is not a readable 835, as printed; undefined for a programming error. */
function asFailure(err: unknown, name: string): { error: ParseError; type: string | null } | undefined {
  if (err instanceof Remittance835Error) return { error: err.toJSON(), type: err.transactionType };
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && typeof e.syscall === 'string') {
    return {
      error: { code: FILE_NOT_READABLE, message: `cannot read ${name}: ${e.code}`, segmentIndex: null },
      type: null,
    };
  }
  return undefined;
}

async function* hashed(source: AsyncIterable<Buffer | string>, hash: Hash): AsyncGenerator<Uint8Array | string, void, undefined> {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

interface Printer {
  event(e: Remittance835Event): void;
  /** End of a batch of events: write what they produced. */
  flush(): void;
  end(sha256: string | null): void;
  fail(error: ParseError, type: string | null): void;
}

/**
 * `--json`: the model, written as it is read; parsed, it equals read835() of the same file. One
 * line per claim, but one write per batch of events (a 100 MB file has some 200,000 claims).
 */
class JsonPrinter implements Printer {
  private readonly writer = new Remittance835JsonWriter();
  private started = false;
  private lines: string[] = [];

  constructor(private readonly io: Io) {}

  event(e: Remittance835Event): void {
    if (!this.started) {
      this.started = true;
      this.lines.push(this.writer.begin());
    }
    this.lines.push(this.writer.write(e));
  }

  flush(): void {
    if (this.lines.length === 0) return;
    this.io.out(this.lines.join('\n'));
    this.lines = [];
  }

  end(sha256: string | null): void {
    if (!this.started) this.io.out(this.writer.begin());
    this.io.out(this.writer.end(sha256));
  }

  fail(error: ParseError, type: string | null): void {
    if (this.started) {
      // Output already began (an I/O error mid-file): the JSON is incomplete; say so on stderr.
      this.io.err(`x12gw parse: [${error.code}] ${error.message}`);
      return;
    }
    const unsupported = error.code === Remittance835Code.UNSUPPORTED_TRANSACTION && type !== null;
    this.io.out(JSON.stringify(unsupported ? { type, error } : { error }));
  }
}

/** Without `--json`: one line per transaction and per diagnostic, as they are read. */
class SummaryPrinter implements Printer {
  private claims = 0;
  private head = '';

  constructor(private readonly io: Io) {}

  event(e: Remittance835Event): void {
    switch (e.type) {
      case 'transaction-start': {
        const p = e.payment;
        this.claims = 0;
        this.head =
          `835 ${e.controlNumber}: ${p.amount ?? '?'} ${p.creditDebit ?? ''} ${p.method ?? ''} ${p.date ?? ''} ` +
          `trace ${p.traceNumber ?? '?'}, payer ${e.payer.name ?? '?'}, payee ${e.payee.name ?? '?'}`;
        return;
      }
      case 'claim':
        this.claims++;
        return;
      case 'transaction-end':
        this.io.out(`${this.head}; ${this.claims} claims, ${e.providerAdjustments.length} provider adjustments, ${e.balanced ? 'balanced' : 'NOT BALANCED'}`);
        for (const d of e.diagnostics) this.io.out(`  [${d.code}] ${d.segmentIndex === null ? '' : `segment ${d.segmentIndex}: `}${d.message}`);
    }
  }

  flush(): void {}

  end(sha256: string | null): void {
    if (sha256) this.io.out(`sha256 ${sha256}`);
  }

  fail(error: ParseError, type: string | null): void {
    this.io.err(`x12gw parse: ${type ? `${type}: ` : ''}[${error.code}] ${error.message}`);
  }
}
