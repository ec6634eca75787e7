// Streaming shell around the Tokenizer: any async (or sync) iterable of text or byte chunks —
// a Node Readable, a web ReadableStream, an SFTP read stream — in, segments out. Bytes are
// decoded with one streaming TextDecoder, so a multi-byte character cut between chunks is fine.

import { Tokenizer, type TokenizerOptions } from './tokenizer';
import type { Segment } from './segment';

export type ChunkSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

export interface ReadSegmentsOptions extends TokenizerOptions {
  /** TextDecoder label for byte chunks. Default `utf-8`. Use `latin1` for 8-bit files. A BOM is skipped, and counted in offsets. */
  encoding?: string;
  /** Throw on bytes that are not valid in `encoding` instead of replacing them with U+FFFD. Default false. */
  fatalEncoding?: boolean;
}

/**
 * Segments in batches: one array per input chunk (possibly empty). This is the fast form — one
 * promise per chunk, not per segment — for readers that process many segments per turn.
 */
export async function* readSegmentBatches(
  source: ChunkSource,
  options: ReadSegmentsOptions = {},
): AsyncGenerator<Segment[], void, undefined> {
  const tokenizer = new Tokenizer(options);
  // ignoreBOM: keep a BOM in the text (the tokenizer skips it) so offsets match the whole-string
  // tokenizer on the same file read as a string.
  const decoder = new TextDecoder(options.encoding ?? 'utf-8', { fatal: options.fatalEncoding === true, ignoreBOM: true });
  let pendingBytes = false;
  for await (const chunk of source) {
    let text: string;
    if (typeof chunk === 'string') {
      // A string after bytes: flush the decoder first so no half character is lost.
      text = pendingBytes ? decoder.decode() + chunk : chunk;
      pendingBytes = false;
    } else {
      text = decoder.decode(chunk, { stream: true });
      pendingBytes = true;
    }
    if (text.length === 0) continue;
    const batch = tokenizer.push(text);
    if (batch.length > 0) yield batch;
  }
  if (pendingBytes) {
    const tail = decoder.decode();
    if (tail.length > 0) tokenizer.append(tail);
  }
  const last = tokenizer.end();
  if (last.length > 0) yield last;
}

/**
 * Segments one at a time from a stream of chunks. Strict by default: the first lexical problem
 * rejects the iteration with an X12Error; with `lenient: true` problems go to `onDiagnostic`.
 * Breaking out of a `for await` loop closes the source (its `return()` is called).
 */
export function readSegments(source: ChunkSource, options: ReadSegmentsOptions = {}): AsyncIterableIterator<Segment> {
  return new SegmentStream(readSegmentBatches(source, options));
}

/**
 * Flattens batches into single segments. A plain class rather than an async generator: handing
 * out a segment already in hand costs one resolved promise, not a generator resumption.
 */
class SegmentStream implements AsyncIterableIterator<Segment> {
  private batch: Segment[] = [];
  private i = 0;
  private pending: Promise<IteratorResult<Segment, undefined>> | undefined;

  constructor(private readonly batches: AsyncGenerator<Segment[], void, undefined>) {}

  next(): Promise<IteratorResult<Segment, undefined>> {
    if (this.pending) return this.pending.then(() => this.next());
    if (this.i < this.batch.length) return Promise.resolve({ value: this.batch[this.i++], done: false });
    const p = this.refill();
    this.pending = p;
    const clear = (): void => {
      if (this.pending === p) this.pending = undefined;
    };
    p.then(clear, clear);
    return p;
  }

  private async refill(): Promise<IteratorResult<Segment, undefined>> {
    for (;;) {
      const r = await this.batches.next();
      if (r.done) {
        this.batch = [];
        this.i = 0;
        return { value: undefined, done: true };
      }
      if (r.value.length > 0) {
        this.batch = r.value;
        this.i = 1;
        return { value: r.value[0], done: false };
      }
    }
  }

  async return(): Promise<IteratorResult<Segment, undefined>> {
    this.batch = [];
    this.i = 0;
    await this.batches.return(undefined);
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<Segment> {
    return this;
  }
}
