// Shells around the 835 state machine: a streaming reader over any chunk source (events, one
// claim at a time, memory bounded by the largest claim), and `read835` for small whole files.
// Options are normalized once here; the tokenizer always runs lenient (problems are diagnostics).

import type { ChunkSource } from '../core/read-segments';
import { Tokenizer } from '../core/tokenizer';
import type { Remittance835Document, Remittance835Event, Remittance835Transaction, TransactionStartEvent } from './model';
import { Remittance835Reader, type Remittance835ReaderOptions } from './reader';
import { Sha256 } from './sha256';

export interface Read835StreamOptions extends Remittance835ReaderOptions {
  /** TextDecoder label for byte chunks. Default `utf-8` (a BOM is skipped). */
  encoding?: string;
  /** Longest segment accepted without a terminator. Default 1 MiB (the core's). */
  maxSegmentLength?: number;
}

export interface Read835Options extends Read835StreamOptions {
  /** SHA-256 (hex) of the file, when the caller already has it; otherwise computed from the input. */
  sha256?: string;
}

/**
 * Events in batches, one array per input chunk that completed something. The fast form: one
 * promise per chunk, not per claim. Rejects with a Remittance835Error, after the whole input
 * was read, only when it holds no 835 at all (not X12, empty, or other transaction sets only).
 */
export async function* read835Batches(
  source: ChunkSource,
  options: Read835StreamOptions = {},
): AsyncGenerator<Remittance835Event[], void, undefined> {
  const reader = new Remittance835Reader({ maxDiagnostics: options.maxDiagnostics });
  const tokenizer = newTokenizer(reader, options);
  // The decoding of the core's readSegmentBatches, but each segment goes to the reader as soon as
  // the tokenizer cuts it instead of a chunk's segments being collected first: far fewer objects
  // survive each young-generation GC (measured: 4× fewer bytes, a third less GC time).
  const decoder = new TextDecoder(options.encoding ?? 'utf-8', { ignoreBOM: true });
  const utf8 = decoder.encoding === 'utf-8';
  let pendingBytes = false;
  for await (const chunk of source) {
    let text: string;
    if (typeof chunk === 'string') {
      text = pendingBytes ? decoder.decode() + chunk : chunk;
      pendingBytes = false;
    } else if (utf8 && !pendingBytes && chunk.length > 0 && chunk[chunk.length - 1] < 0x80) {
      // Nothing held back and the chunk ends on an ASCII byte, so no character is cut at its
      // end: decode it whole, which is the same text and, on Node 20, five times faster than
      // the streaming decode (measured: 1 ms against 5.5 ms for 10 MB).
      text = decoder.decode(chunk);
    } else {
      text = decoder.decode(chunk, { stream: true });
      // A UTF-8 decoder holds bytes back only when the chunk ends inside a character: an ASCII
      // byte ends (or, after a cut sequence, replaces) whatever was pending.
      if (!utf8) pendingBytes = true;
      else if (chunk.length > 0) pendingBytes = chunk[chunk.length - 1] >= 0x80;
    }
    if (text.length === 0) continue;
    tokenizer.append(text);
    pump(tokenizer, reader);
    const events = reader.take();
    if (events.length > 0) yield events;
  }
  if (pendingBytes) {
    const tail = decoder.decode();
    if (tail.length > 0) tokenizer.append(tail);
  }
  tokenizer.close();
  pump(tokenizer, reader);
  reader.end();
  const last = reader.take();
  if (last.length > 0) yield last;
}

/** The core tokenizer, lenient, reporting lexical problems to the reader. */
function newTokenizer(reader: Remittance835Reader, options: Read835StreamOptions): Tokenizer {
  return new Tokenizer({
    lenient: true,
    maxDiagnostics: 0,
    onDiagnostic: (d) => reader.lexical(d),
    maxSegmentLength: options.maxSegmentLength,
  });
}

function pump(tokenizer: Tokenizer, reader: Remittance835Reader): void {
  for (let seg = tokenizer.next(); seg !== undefined; seg = tokenizer.next()) reader.push(seg);
}

/**
 * The streaming 835 reader: for each transaction a `transaction-start` (payment, payer, payee),
 * then one `claim` event per claim as soon as it is read, then `transaction-end` (provider
 * adjustments, balance, diagnostics). Nothing is retained between events.
 */
export async function* read835Events(
  source: ChunkSource,
  options: Read835StreamOptions = {},
): AsyncGenerator<Remittance835Event, void, undefined> {
  for await (const batch of read835Batches(source, options)) yield* batch;
}

/** Assembles events into the whole model (for files small enough to hold). */
export class Remittance835DocumentBuilder {
  private readonly transactions: Remittance835Transaction[] = [];
  private current: Remittance835Transaction | undefined;

  add(event: Remittance835Event): void {
    switch (event.type) {
      case 'transaction-start':
        this.current = startTransaction(event);
        this.transactions.push(this.current);
        break;
      case 'claim':
        this.current?.claims.push(event.claim);
        break;
      case 'transaction-end': {
        const tx = this.current;
        if (tx) {
          tx.providerAdjustments = event.providerAdjustments;
          tx.balanced = event.balanced;
          tx.diagnostics = event.diagnostics;
        }
        this.current = undefined;
        break;
      }
    }
  }

  document(sha256: string | null): Remittance835Document {
    return { type: '835', sha256, transactions: this.transactions };
  }
}

function startTransaction(e: TransactionStartEvent): Remittance835Transaction {
  return {
    controlNumber: e.controlNumber,
    payment: e.payment,
    payer: e.payer,
    payee: e.payee,
    claims: [],
    providerAdjustments: [],
    balanced: true,
    diagnostics: [],
  };
}

/**
 * Read a whole 835 (text or bytes) into the JSON model. Throws a Remittance835Error only when the
 * input holds no 835 at all; every other problem is a diagnostic on its transaction.
 */
export function read835(input: string | Uint8Array, options: Read835Options = {}): Remittance835Document {
  const reader = new Remittance835Reader({ maxDiagnostics: options.maxDiagnostics });
  const tokenizer = newTokenizer(reader, options);
  // ignoreBOM: keep a BOM in the text, as the streaming reader does, so offsets agree.
  const text = typeof input === 'string' ? input : new TextDecoder(options.encoding ?? 'utf-8', { ignoreBOM: true }).decode(input);
  tokenizer.append(text);
  tokenizer.close();
  const builder = new Remittance835DocumentBuilder();
  for (let seg = tokenizer.next(); seg !== undefined; seg = tokenizer.next()) {
    reader.push(seg);
    for (const e of reader.take()) builder.add(e);
  }
  reader.end();
  for (const e of reader.take()) builder.add(e);
  return builder.document(options.sha256 ?? new Sha256().update(input).digest());
}

/**
 * The whole model from a chunk source (convenience for small streams; large ones use the events).
 * The SHA-256 is computed from the chunks as they pass unless `sha256` is given.
 */
export async function read835FromStream(source: ChunkSource, options: Read835Options = {}): Promise<Remittance835Document> {
  const builder = new Remittance835DocumentBuilder();
  const hash = options.sha256 === undefined ? new Sha256() : undefined;
  const input = hash ? hashing(source, hash) : source;
  for await (const batch of read835Batches(input, options)) for (const e of batch) builder.add(e);
  return builder.document(options.sha256 ?? (hash as Sha256).digest());
}

async function* hashing(source: ChunkSource, hash: Sha256): AsyncGenerator<string | Uint8Array, void, undefined> {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}
