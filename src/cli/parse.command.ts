// `x12gw parse FILE [--json]`: reads an inbound X12 file and prints what it holds. For an 835 the
// file is streamed through the 835 reader and the JSON is streamed out (one claim per line as it
// is read), so memory stays bounded by the largest claim; the SHA-256 is hashed on the way. An
// acknowledgment (TA1, 999, 277CA) is small: the text read so far is kept until the first 835
// event, and when the 835 reader finds none, the whole text goes to readAcknowledgment.
// Exit 0 when the file was read (with or without diagnostics), 1 when it is neither.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import {
  AcknowledgmentError,
  Remittance835Code,
  Remittance835Error,
  Remittance835JsonWriter,
  read835Batches,
  readAcknowledgment,
  type AcknowledgmentDocument,
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
    .description(
      'read an 835 remittance (streamed; FILE "-" is stdin) or an acknowledgment (TA1, 999, 277CA) and print it; --json prints the JSON model (835: one claim per line)',
    )
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
  const kept = new KeptText();
  try {
    for await (const batch of read835Batches(kept.keeping(source))) {
      // Events mean an 835: the kept text is not needed (batches are never empty).
      kept.drop();
      for (const event of batch) printer.event(event);
      printer.flush();
      // When stdout is a socket or an asynchronous pipe, wait for it rather than buffer the output.
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    }
  } catch (err) {
    const ack = err instanceof Remittance835Error && err.code === Remittance835Code.UNSUPPORTED_TRANSACTION ? readAck(kept) : undefined;
    if (ack !== undefined) {
      printer.acknowledgment(ack, digest());
      return 0;
    }
    const failure = asFailure(err, name);
    if (failure === undefined) throw err;
    printer.fail(failure.error, failure.type);
    return 1;
  }
  printer.end(digest());
  return 0;
}

/** Largest input kept for the acknowledgment readers (acknowledgments are a few KB). */
export const MAX_ACK_BYTES = 16 * 1024 * 1024;

/** The chunks read so far, until an 835 event shows they are not needed or they grow too large. */
class KeptText {
  private chunks: (string | Uint8Array)[] | undefined = [];
  private size = 0;

  async *keeping(source: ChunkSource): AsyncGenerator<string | Uint8Array, void, undefined> {
    for await (const chunk of source) {
      if (this.chunks !== undefined) {
        this.size += chunk.length;
        if (this.size > MAX_ACK_BYTES) this.drop();
        else this.chunks.push(chunk);
      }
      yield chunk;
    }
  }

  drop(): void {
    this.chunks = undefined;
  }

  /** The whole input, or undefined when it was not kept. */
  whole(): string | Uint8Array | undefined {
    const chunks = this.chunks;
    if (chunks === undefined) return undefined;
    if (chunks.every((c) => typeof c === 'string')) return chunks.join('');
    return Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
  }
}

/** The input as an acknowledgment, or undefined when it is not one (the 835 error is printed then). */
function readAck(kept: KeptText): AcknowledgmentDocument | undefined {
  const input = kept.whole();
  if (input === undefined) return undefined;
  try {
    return readAcknowledgment(input);
  } catch (err) {
    if (err instanceof AcknowledgmentError) return undefined;
    throw err;
  }
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
  /** The input was an acknowledgment, read whole. */
  acknowledgment(doc: AcknowledgmentDocument, sha256: string | null): void;
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

  acknowledgment(doc: AcknowledgmentDocument, sha256: string | null): void {
    this.io.out(JSON.stringify({ ...doc, sha256 }));
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

  acknowledgment(doc: AcknowledgmentDocument, sha256: string | null): void {
    for (const line of summarizeAcknowledgment(doc)) this.io.out(line);
    for (const d of doc.diagnostics) this.io.out(`  [${d.code}] ${d.segmentIndex === null ? '' : `segment ${d.segmentIndex}: `}${d.message}`);
    if (sha256) this.io.out(`sha256 ${sha256}`);
  }
}

const v = (x: string | number | null) => (x === null ? '?' : String(x));

/** One line per acknowledgment, transaction set response, segment error or claim. */
export function summarizeAcknowledgment(doc: AcknowledgmentDocument): string[] {
  const out: string[] = [];
  const ta1s = doc.type === 'TA1' ? doc.acknowledgments : doc.interchangeAcknowledgments;
  for (const a of ta1s) {
    out.push(`TA1 ${v(a.interchangeControlNumber)} (${v(a.date)} ${v(a.time)}): ${v(a.acknowledgmentCode)} ${v(a.noteCode)}${a.noteDescription ? ` ${a.noteDescription}` : ''}`);
  }
  if (doc.type === '999') {
    for (const t of doc.transactions) {
      const g = t.groupResponse;
      out.push(`999 ${t.controlNumber}: group ${v(g.functionalIdentifier)} ${v(g.groupControlNumber)} ${v(g.ackCode)} (${v(g.includedCount)} included, ${v(g.receivedCount)} received, ${v(g.acceptedCount)} accepted)`);
      for (const r of t.transactionResponses) {
        out.push(`  ${v(r.transactionSetId)} ${v(r.controlNumber)}: ${v(r.ackCode)}${r.errorCodes.length > 0 ? ` [${r.errorCodes.join(',')}]` : ''}`);
        for (const e of r.segmentErrors) {
          const claim = e.context.find((c) => c.name === 'CLM01')?.reference;
          out.push(`    ${v(e.segmentId)} at ${v(e.position)}${e.loopId ? ` (loop ${e.loopId})` : ''}: ${v(e.errorCode)} ${e.description ?? ''}${claim ? `, claim ${claim}` : ''}`.trimEnd());
          for (const x of e.elementErrors) out.push(`      element ${v(x.position)}${x.reference ? ` (${x.reference})` : ''}: ${v(x.errorCode)} ${x.description ?? ''}`.trimEnd());
        }
      }
    }
  } else if (doc.type === '277CA') {
    for (const t of doc.transactions) {
      const accepted = t.claims.filter((c) => c.accepted).length;
      out.push(`277CA ${t.controlNumber}: ${t.claims.length} claims, ${accepted} accepted, ${t.claims.length - accepted} not accepted`);
      for (const c of t.claims) {
        const codes = c.statuses.map((s) => [s.categoryCode, s.statusCode, s.entityCode].filter((x) => x !== null).join(':')).join(' ');
        out.push(`  ${v(c.patientControlNumber)}: ${c.accepted ? 'accepted' : 'NOT accepted'} ${codes}${c.payerClaimControlNumber ? `, payer claim ${c.payerClaimControlNumber}` : ''}`);
      }
    }
  }
  return out;
}
