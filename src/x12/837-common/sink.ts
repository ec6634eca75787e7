// Where the 837 loop writers put their segments, and how a failure is traced back to the claim.
// A loop writer only calls `enter(loop, path)` and `segment(id, elements)`: the live sink writes
// through the InterchangeWriter (which counts SE01); so claims can be grouped by what their blocks
// actually contain, the recording sink keeps a 2000A block's segments (few per batch), the encoding
// sink encodes a 2000B/2000C block once as the writer will, and the key sink keys it otherwise.

import { X12Error, X12ErrorCode, isX12Error, type X12Position } from '../core/errors';
import { InterchangeWriter } from '../core/envelope';
import { ByteOutput, type ElementValue, type SegmentWriter } from '../core/writer';

/** Anything a loop writer can write to. */
export interface Sink {
  /** The loop (TR3 name, e.g. `2310B`) and claim-relative JSON path now being written; errors name them. */
  enter(loop: string, path: string): void;
  /** One segment; `elements[0]` is SEG01. Trailing empty elements are dropped by the writer. */
  segment(id: string, elements: readonly ElementValue[]): void;
}

/** One recorded segment with the loop and path it was written in. */
export interface RecordedSegment {
  readonly loop: string;
  readonly path: string;
  readonly id: string;
  readonly elements: readonly ElementValue[];
}

/** Collects a block of segments (a 2000A body) to key and replay later. */
export class RecordingSink implements Sink {
  readonly segments: RecordedSegment[] = [];
  /** Loop and path of the segment being recorded (for error context). */
  currentLoop = '';
  currentPath = '';

  enter(loop: string, path: string): void {
    this.currentLoop = loop;
    this.currentPath = path;
  }

  segment(id: string, elements: readonly ElementValue[]): void {
    this.segments.push({ loop: this.currentLoop, path: this.currentPath, id, elements });
  }

  /** The block's content key (see KeySink): equal keys ⇔ the blocks would write the same segments. */
  key(): string {
    const keys = new KeySink();
    for (const seg of this.segments) keys.segment(seg.id, seg.elements);
    return keys.key;
  }

  /** Write the recorded segments to another sink, with their original loops and paths. */
  replay(to: Sink): void {
    for (const s of this.segments) {
      to.enter(s.loop, s.path);
      to.segment(s.id, s.elements);
    }
  }
}

/**
 * Encodes a 2000B/2000C block at planning time exactly as the transaction's writer would, so the
 * bytes are both the block's grouping key and what is written for its group — the claim's loop is
 * mapped once. A value the writer refuses (delimiter, character, length) does not throw here:
 * the block is marked `refused`, gets a key of its own, and is written again at its place in the
 * file, where the error is raised with its segment position as before.
 */
export class EncodingSink implements Sink {
  currentLoop = '';
  currentPath = '';
  /** Segments encoded. */
  count = 0;
  refused = false;
  private readonly out = new ByteOutput(4096);

  constructor(private readonly writer: SegmentWriter) {}

  enter(loop: string, path: string): void {
    this.currentLoop = loop;
    this.currentPath = path;
  }

  segment(id: string, elements: readonly ElementValue[]): void {
    if (this.refused) return;
    try {
      if (InterchangeWriter.isEnvelopeId(id)) throw new X12Error(X12ErrorCode.ENVELOPE_STATE, `${id} is written by the envelope writer itself`);
      checkLengths(id, elements);
      this.writer.encode(id, elements, this.out);
      this.count++;
    } catch (err) {
      if (!isX12Error(err)) throw err;
      this.refused = true;
    }
  }

  /** Start a new block (the buffer is reused). */
  reset(): void {
    this.out.length = 0;
    this.count = 0;
    this.refused = false;
    this.currentLoop = '';
    this.currentPath = '';
  }

  /** The block's bytes as text (only when not refused). */
  text(): string {
    return this.out.text();
  }
}

/**
 * Builds a block's content key instead of keeping its segments: claims are grouped by equal keys,
 * and the group's block is written again from its first claim (nothing per claim outlives the
 * planning but one string). The key is a prefix code, so equal keys mean equal content, with the
 * writer's notion of equal: absent, undefined, null and '' are all "not used", trailing empty
 * elements and components do not count, a composite never equals a simple value, and a value of
 * any other type (untyped callers) equals nothing.
 */
export class KeySink implements Sink {
  /** Key pieces, joined once (a key built by `+=` would be kept as a rope of many small strings). */
  private readonly parts: string[] = [];
  /** Loop and path of the segment being keyed (for error context). */
  currentLoop = '';
  currentPath = '';

  enter(loop: string, path: string): void {
    this.currentLoop = loop;
    this.currentPath = path;
  }

  segment(id: string, elements: readonly ElementValue[]): void {
    const parts = this.parts;
    parts.push('g' + id.length + ':', id);
    let n = elements.length;
    while (n > 0 && isEmpty(elements[n - 1])) n--;
    for (let i = 0; i < n; i++) valueKey(elements[i], parts);
    parts.push(';');
  }

  /** The content key of everything written so far (a flat string). */
  get key(): string {
    return this.parts.join('');
  }
}

let uniqueKeys = 0;

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

function valueKey(v: unknown, parts: string[]): void {
  if (v === undefined || v === null || v === '') parts.push('-');
  else if (typeof v === 'string') parts.push('s' + v.length + ':', v);
  else if (Array.isArray(v)) listKey(v, parts);
  else if (typeof v === 'object' && Array.isArray((v as { repeat?: unknown }).repeat)) {
    parts.push('r');
    listKey((v as { repeat: readonly unknown[] }).repeat, parts);
  } else parts.push('u' + ++uniqueKeys + ';');
}

function listKey(items: readonly unknown[], parts: string[]): void {
  let n = items.length;
  while (n > 0 && isEmpty(items[n - 1])) n--;
  parts.push('c');
  for (let i = 0; i < n; i++) valueKey(items[i], parts);
  parts.push(']');
}

/**
 * Maximum lengths of the string elements the 837 TR3s bound (0 = not checked here: numbers, dates
 * and codes are checked where they are formatted). The core writer checks delimiters and the
 * character set; this table makes a too-long name or ID a coded error instead of a rejected file.
 */
const MAX_LENGTH: Readonly<Record<string, readonly number[]>> = {
  BHT: [0, 0, 50],
  NM1: [0, 0, 60, 35, 25, 10, 10, 0, 80],
  N3: [55, 55],
  N4: [30, 2, 15, 3, 0, 0, 3],
  REF: [0, 50],
  PER: [0, 60, 0, 256, 0, 256, 0, 256],
  PRV: [0, 0, 50],
  SBR: [0, 0, 50, 60],
  CLM: [38],
  DMG: [0, 35],
  DTP: [0, 0, 35],
  NTE: [0, 80],
  K3: [80],
  PWK: [0, 0, 0, 0, 0, 80],
  CN1: [0, 0, 0, 50, 0, 30],
  HCP: [0, 0, 0, 50, 0, 50, 0, 48, 0, 48],
  CR1: [0, 0, 0, 0, 0, 0, 0, 0, 80, 80],
  CR2: [0, 0, 0, 0, 0, 0, 0, 0, 0, 80, 80],
  MOA: [0, 0, 50, 50, 50, 50, 50],
  MIA: [0, 0, 0, 0, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50, 50, 50, 50],
  SVD: [80],
  LIN: [0, 0, 48],
  LQ: [0, 30],
  FRM: [20, 0, 50],
  PS1: [50],
  TOO: [0, 30],
  DN2: [50],
  MEA: [0, 0, 20],
  SV2: [48],
};

/** Minimum lengths the TR3s set above 1. */
const MIN_LENGTH: Readonly<Record<string, readonly number[]>> = {
  NM1: [0, 0, 0, 0, 0, 0, 0, 0, 2],
  N4: [2, 2, 3],
};

/** Per segment ID: both tables, and how many leading elements they bound. */
const LIMITS: ReadonlyMap<string, { max: readonly number[] | undefined; min: readonly number[] | undefined; count: number }> = new Map(
  [...new Set([...Object.keys(MAX_LENGTH), ...Object.keys(MIN_LENGTH)])].map((id) => {
    const max = MAX_LENGTH[id];
    const min = MIN_LENGTH[id];
    return [id, { max, min, count: Math.max(max?.length ?? 0, min?.length ?? 0) }];
  }),
);

function checkLengths(id: string, elements: readonly ElementValue[]): void {
  const limits = LIMITS.get(id);
  if (limits === undefined) return;
  const { max, min } = limits;
  const count = Math.min(elements.length, limits.count);
  for (let i = 0; i < count; i++) {
    const v = elements[i];
    if (typeof v !== 'string' || v === '') continue;
    const hi = max?.[i] ?? 0;
    if (hi > 0 && v.length > hi) {
      throw new X12Error(X12ErrorCode.VALUE_TOO_LONG, `${id}${pad(i + 1)} is ${v.length} characters, at most ${hi} allowed`, {
        segmentId: id,
        element: i + 1,
      });
    }
    const lo = min?.[i] ?? 0;
    if (lo > 1 && v.length < lo) {
      throw new X12Error(X12ErrorCode.VALUE_TOO_SHORT, `${id}${pad(i + 1)} is ${v.length} characters, at least ${lo} required`, {
        segmentId: id,
        element: i + 1,
      });
    }
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The sink of one transaction set being written: counts positions the way a 999 IK3 does (ST = 1). */
export class TransactionSink implements Sink {
  loop = 'header';
  path = '';
  /** Flattened input index of the claim being written, -1 for the transaction header. */
  claimIndex = -1;

  constructor(private readonly writer: InterchangeWriter) {}

  enter(loop: string, path: string): void {
    this.loop = loop;
    this.path = path;
  }

  segment(id: string, elements: readonly ElementValue[]): void {
    checkLengths(id, elements);
    this.writer.segment(id, elements);
  }

  /** Segments encoded by an EncodingSink of this transaction's writer (see `encoder`), appended as they are. */
  writeEncoded(text: string, count: number): void {
    this.writer.appendEncoded(text, count);
  }

  /** The writer to encode blocks ahead with, when the output takes encoded bytes. */
  get encoder(): SegmentWriter | undefined {
    return this.writer.writer.encodable ? this.writer.writer : undefined;
  }

  /** Segments written so far in this transaction set, ST included (so the next one is `count + 1`). */
  get count(): number {
    return this.writer.transactionSegmentCount;
  }
}

/** Where a render failure happened, in the input and in the output. */
export interface RenderErrorContext {
  /** Flattened input index of the claim (`-1` when the problem is not a claim's). */
  claimIndex: number;
  /** Index of the transaction set (the outer array of `transactions`). */
  transactionIndex: number;
  /** TR3 loop being written, e.g. `2010BA`. */
  loop: string;
  /** JSON path in the input, e.g. `transactions[0][2].claimInformation.serviceLines[1]`. */
  path: string;
  /** 0-based ordinal, in the output file, of the segment that could not be written. */
  segmentIndex?: number;
}

/** An X12Error from render837 that also says which claim, loop and JSON path it came from. */
export class Render837Error extends X12Error {
  readonly claimIndex: number;
  readonly transactionIndex: number;
  readonly loop: string;
  readonly path: string;

  constructor(code: X12ErrorCode, message: string, context: RenderErrorContext, position: X12Position = {}) {
    super(code, message, { ...position, ...(context.segmentIndex !== undefined ? { segmentIndex: context.segmentIndex } : {}) });
    this.name = 'Render837Error';
    this.claimIndex = context.claimIndex;
    this.transactionIndex = context.transactionIndex;
    this.loop = context.loop;
    this.path = context.path;
  }
}

/** Attach the claim/loop/path context to an X12Error (once); other errors pass through untouched. */
export function withRenderContext(err: unknown, context: RenderErrorContext): unknown {
  if (err instanceof Render837Error || !isX12Error(err)) return err;
  const where = context.claimIndex >= 0 ? `claim ${context.claimIndex} (${context.path}), loop ${context.loop}` : `${context.path || 'interchange'}, loop ${context.loop}`;
  const position: X12Position = {};
  if (err.segmentId !== undefined) position.segmentId = err.segmentId;
  if (err.element !== undefined) position.element = err.element;
  if (err.component !== undefined) position.component = err.component;
  return new Render837Error(err.code, `${where}: ${err.message}`, context, position);
}
