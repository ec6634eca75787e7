// The X12 tokenizer: one state machine over decoded text that finds each ISA, takes the
// delimiters from it by named offsets, and cuts segments and elements. It does no I/O and holds
// at most the unconsumed tail of the last chunk (one partial segment or the ISA lookahead).
// Shells: `tokenize`/`iterateSegments` here (whole string), `readSegments` in read-segments.ts.

import { Segment } from './segment';
import {
  ISA_LENGTH,
  ISA_MAX_LENIENT_LENGTH,
  looksLikeSegment,
  readIsa,
  type Delimiters,
  type IsaHeader,
} from './delimiters';
import { X12Error, X12ErrorCode, diagnostic, type X12Diagnostic, type X12Position, type X12Severity } from './errors';

export interface TokenizerOptions {
  /**
   * false (default): throw an X12Error at the first lexical problem.
   * true: record X12Diagnostics instead and recover — skip text before the first ISA and
   * between an IEA and the next ISA, accept a non-fixed-width ISA, emit an unterminated last
   * segment and segments with malformed IDs.
   */
  lenient?: boolean;
  /** Longest segment accepted without a terminator (bounds memory on garbage input). Default 1 MiB. */
  maxSegmentLength?: number;
  /** Called for every diagnostic as it is found (lenient mode), e.g. to stream them out. */
  onDiagnostic?: (d: X12Diagnostic) => void;
  /** Diagnostics kept in `tokenizer.diagnostics` (later ones still reach `onDiagnostic`). Default 1000. */
  maxDiagnostics?: number;
}

export const DEFAULT_MAX_SEGMENT_LENGTH = 1 << 20;

// States of the machine.
const START = 0; // nothing but whitespace seen yet
const BETWEEN = 1; // after an IEA: only whitespace or another ISA may follow
const IN_ISA = 2; // at an `ISA`, waiting for enough lookahead to read it
const BODY = 3; // inside an interchange: cut segments with its delimiters
const SEARCH = 4; // lenient: skipping text until the next plausible ISA
const DONE = 5;

// Why a lenient reader is searching; decides what is reported when it finds an ISA or gives up.
const SEARCH_AT_START = 0;
const SEARCH_AFTER_IEA = 1;
const SEARCH_AFTER_BAD_ISA = 2;

/** Among failed ISA candidates, the one that got furthest says most: bad delimiters > truncated > bad layout. */
function candidateRank(d: X12Diagnostic): number {
  return d.code === X12ErrorCode.BAD_DELIMITERS ? 3 : d.code === X12ErrorCode.ISA_TOO_SHORT ? 2 : 1;
}

function segmentIdAt(buf: string, p: number): string {
  let e = p;
  for (let c = buf.charCodeAt(e); e < p + 3 && ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)); c = buf.charCodeAt(++e));
  return buf.slice(p, e);
}

/**
 * Segment IDs seen so far, one shared internalized string each (ID_STRINGS), found by length and
 * character codes (ID_KEYS). Readers dispatch on the ID (`table[seg.id]`, `id === 'CLP'`): with a
 * fresh slice per segment V8 looks the string up in its string table on every keyed access
 * (measured: about an eighth of the whole 835 read); with the shared string it compares pointers.
 * Only valid IDs are kept, in a fixed number of slots, so garbage input cannot grow it.
 */
const ID_SLOTS = 1024;
const ID_KEYS = new Int32Array(ID_SLOTS);
const ID_STRINGS: string[] = new Array<string>(ID_SLOTS).fill('');

/** The ID as an internalized string: property names are internalized, so take it back from one. */
function internalized(id: string): string {
  return Object.keys({ [id]: 0 })[0];
}

function isValidSegmentId(id: string): boolean {
  const len = id.length;
  if (len < 2 || len > 3) return false;
  let c = id.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  c = id.charCodeAt(1);
  if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  if (len === 3) {
    c = id.charCodeAt(2);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * Incremental tokenizer. Feed text with `append`, pull segments with `next` (undefined = needs
 * more input, or finished after `close`). `push`/`end` are the batch forms.
 *
 * Segment `index` is 0-based across the whole input (all interchanges); `line` is 1-based and
 * counts LF characters; `offset` counts UTF-16 code units from the start of the text given.
 */
export class Tokenizer {
  /** Diagnostics found so far (lenient mode), capped at `maxDiagnostics`. */
  readonly diagnostics: X12Diagnostic[] = [];

  private readonly lenient: boolean;
  private readonly maxSegmentLength: number;
  private readonly maxDiagnostics: number;
  private readonly onDiagnostic: ((d: X12Diagnostic) => void) | undefined;

  private buf = '';
  private pos = 0; // next unconsumed character in buf
  private base = 0; // absolute offset of buf[0]
  private ended = false;
  private state = START;

  // Line counting: every LF before `nl` has been counted into `line`; `nl` is the next LF in
  // buf not yet counted, or -1 when buf holds no more.
  private line = 1;
  private nl = -1;

  private nextIndex = 0;
  private delims: Delimiters | undefined;
  private header: IsaHeader | undefined;
  private term = '';
  private sep = '';
  private termIsLf = false;
  // Next element separator in buf at or after the current segment: -1 none left, -2 unknown.
  private sepAt = -2;
  // Scratch: where each element of the segment being cut starts (grows for very wide segments).
  private starts: Int32Array = new Int32Array(64);

  private searchReason = SEARCH_AT_START;
  private searchFrom = 0; // absolute offset where skipped text began
  private searchLine = 1;
  private searchCode: X12Diagnostic['code'] = X12ErrorCode.NOT_X12;
  private fromSearch = false; // the ISA being read was found by searching skipped text
  private candidateError: X12Diagnostic | undefined; // why the first such candidate failed

  constructor(options: TokenizerOptions = {}) {
    this.lenient = options.lenient === true;
    this.maxSegmentLength = options.maxSegmentLength ?? DEFAULT_MAX_SEGMENT_LENGTH;
    this.maxDiagnostics = options.maxDiagnostics ?? 1000;
    this.onDiagnostic = options.onDiagnostic;
    if (!(this.maxSegmentLength > 0)) throw new RangeError('maxSegmentLength must be positive');
  }

  /** Delimiters of the interchange being read (undefined before the first ISA). */
  get delimiters(): Delimiters | undefined {
    return this.delims;
  }

  /** The ISA being read: delimiters, version, raw fields and the sender's line break. */
  get isa(): IsaHeader | undefined {
    return this.header;
  }

  /** Number of segments produced so far. */
  get segmentCount(): number {
    return this.nextIndex;
  }

  /** Add decoded text. Cheap: one concatenation of the unconsumed tail with the chunk. */
  append(chunk: string): void {
    if (this.ended) throw new Error('Tokenizer: append() after close()');
    if (chunk.length === 0) return;
    const buf = this.buf;
    const pos = this.pos;
    this.countLinesTo(pos); // newlines in the text about to be dropped
    if (pos >= buf.length) {
      this.base += buf.length;
      this.buf = chunk;
      this.nl = chunk.indexOf('\n');
    } else {
      const kept = buf.length - pos;
      const nl = this.nl;
      this.base += pos;
      // join, not `+`: `+` makes a cons string, and every charCodeAt/indexOf on it then goes
      // through the cons wrapper (measured: the tokenizer 12% slower); join copies into one flat
      // string (one copy of a chunk, which flattening the cons costs anyway).
      this.buf = [pos === 0 ? buf : buf.slice(pos), chunk].join('');
      this.nl = nl === -1 ? this.buf.indexOf('\n', kept) : nl - pos;
    }
    this.pos = 0;
    this.sepAt = -2;
  }

  /** Mark the end of input: the next `next()` calls flush what is left. */
  close(): void {
    this.ended = true;
  }

  /** Append a chunk and return every segment it completed. */
  push(chunk: string): Segment[] {
    this.append(chunk);
    return this.drain();
  }

  /** End the input and return the remaining segments (throws on unterminated data in strict mode). */
  end(): Segment[] {
    this.close();
    return this.drain();
  }

  private drain(): Segment[] {
    const out: Segment[] = [];
    for (let s = this.next(); s !== undefined; s = this.next()) out.push(s);
    return out;
  }

  /** The next complete segment, or undefined when more input is needed (or all is done). */
  next(): Segment | undefined {
    for (;;) {
      if (this.state === BODY) {
        // Hot path: skip inter-segment whitespace, find the terminator, split the elements.
        const buf = this.buf;
        const n = buf.length;
        let p = this.pos;
        // Never read past the end (charCodeAt(n) is NaN): optimized code deopts on an
        // out-of-bounds read, here and in the loop below (which reaches the end after every
        // input's IEA), and each deopt means reading on unoptimized until V8 recompiles
        // (measured: the 835 stream read a fifth slower over its first ten runs).
        let c = 0;
        while (p < n) {
          c = buf.charCodeAt(p);
          if (!(c === 10 || c === 13 || c === 32 || c === 9 || c === 0xfeff || c === 11 || c === 12)) break;
          p++;
        }
        this.pos = p;
        if (p >= n) {
          if (!this.ended) return undefined;
          this.state = DONE;
          return undefined;
        }
        if (c === 73 /* I */) {
          if (n - p < 3) {
            if (!this.ended) return undefined;
          } else if (buf.charCodeAt(p + 1) === 83 /* S */ && buf.charCodeAt(p + 2) === 65 /* A */) {
            // A new interchange; its ISA may bring other delimiters (x12-basics §3).
            this.state = IN_ISA;
            continue;
          }
        }
        const e = buf.indexOf(this.term, p);
        if (e === -1) {
          if (n - p > this.maxSegmentLength) return this.tooLong(p);
          if (!this.ended) return undefined;
          return this.unterminated(p);
        }
        if (e - p > this.maxSegmentLength) return this.tooLong(p);
        this.pos = e + 1;
        let end = e;
        if (this.termIsLf && end > p && buf.charCodeAt(end - 1) === 13) end--; // CRLF with LF as terminator
        if (end === p) {
          this.emptySegment(p);
          continue;
        }
        // Split elements with indexOf + slice: about twice as fast as String#split on V8 here
        // (and faster than a charCodeAt scan). `sepAt` carries the next separator position over
        // to the next segment, so a buffer with few separators is still scanned once, not once
        // per segment. The ID is the shared string of segmentId.
        const sep = this.sep;
        let k = this.sepAt;
        if (k === -2 || (k !== -1 && k < p)) k = buf.indexOf(sep, p);
        const idEnd = k === -1 || k > end ? end : k;
        const id = this.segmentId(buf, p, idEnd);
        // Element starts first, then an array of exactly that many elements: pushing onto `[]`
        // reserves 17 slots per segment, most of them never used (measured: 8% less time).
        let starts = this.starts;
        let count = 1;
        if (idEnd < end) {
          let q = k + 1;
          starts[count++] = q;
          k = buf.indexOf(sep, q);
          while (k !== -1 && k < end) {
            q = k + 1;
            if (count === starts.length) starts = this.growStarts();
            starts[count++] = q;
            k = buf.indexOf(sep, q);
          }
        }
        const elements = new Array<string>(count);
        elements[0] = id;
        const last = count - 1;
        for (let i = 1; i < last; i++) elements[i] = buf.slice(starts[i], starts[i + 1] - 1);
        if (last > 0) elements[last] = buf.slice(starts[last], end);
        this.sepAt = k;
        if (this.nl !== -1 && this.nl < p) this.countLinesTo(p);
        const seg = new Segment(elements, this.nextIndex++, this.line, this.base + p, this.delims as Delimiters);
        if (id === 'IEA') this.state = BETWEEN;
        else if (!isValidSegmentId(id)) this.badSegmentId(seg);
        return seg;
      }

      switch (this.state) {
        case START:
        case BETWEEN: {
          const buf = this.buf;
          const n = buf.length;
          let p = this.pos;
          while (p < n) {
            const c = buf.charCodeAt(p);
            if (!(c === 10 || c === 13 || c === 32 || c === 9 || c === 0xfeff || c === 11 || c === 12)) break;
            p++;
          }
          this.pos = p;
          if (p >= n) {
            if (!this.ended) return undefined;
            if (this.state === START) {
              this.state = DONE;
              this.fail(X12ErrorCode.EMPTY_INPUT, 'the input is empty', {});
            }
            this.state = DONE;
            return undefined;
          }
          // Four characters decide between ISA, "segments without ISA" and "not X12 at all".
          if (n - p < 4 && !this.ended) return undefined;
          if (buf.startsWith('ISA', p)) {
            this.state = IN_ISA;
            continue;
          }
          this.countLinesTo(p);
          const atStart = this.state === START;
          const segmentLike = looksLikeSegment(buf, p);
          const code = atStart
            ? segmentLike
              ? X12ErrorCode.MISSING_ISA
              : X12ErrorCode.NOT_X12
            : X12ErrorCode.DATA_AFTER_INTERCHANGE;
          if (!this.lenient) {
            this.state = DONE;
            throw new X12Error(code, this.notIsaMessage(code, buf, p), {
              segmentIndex: this.nextIndex,
              line: this.line,
              offset: this.base + p,
            });
          }
          this.startSearch(atStart ? SEARCH_AT_START : SEARCH_AFTER_IEA, code, p);
          continue;
        }

        case IN_ISA: {
          const buf = this.buf;
          const p = this.pos;
          // Wait for the whole ISA plus two characters (to see the sender's line break), so the
          // result never depends on where chunks happen to be cut.
          const need = (this.lenient ? ISA_MAX_LENIENT_LENGTH : ISA_LENGTH) + 2;
          if (buf.length - p < need && !this.ended) return undefined;
          this.countLinesTo(p);
          const where: X12Position = { segmentIndex: this.nextIndex, segmentId: 'ISA', line: this.line, offset: this.base + p };
          let header: IsaHeader;
          try {
            header = readIsa(buf, p, { lenient: this.lenient });
          } catch (err) {
            if (!(err instanceof X12Error)) throw err;
            const positioned = new X12Error(err.code, err.message, { ...where, element: err.element });
            if (!this.lenient) {
              this.state = DONE;
              throw positioned;
            }
            if (this.fromSearch) {
              // An "ISA" found inside skipped text that does not read as one: keep skipping.
              // Its error is reported only if no real ISA turns up.
              const d = positioned.toDiagnostic();
              if (!this.candidateError || candidateRank(d) > candidateRank(this.candidateError)) this.candidateError = d;
              this.pos = p + 3;
              this.state = SEARCH;
              continue;
            }
            this.report(positioned.toDiagnostic());
            this.startSearch(SEARCH_AFTER_BAD_ISA, err.code, p + 3);
            continue;
          }
          if (this.fromSearch) {
            this.fromSearch = false;
            this.searchSucceeded(p);
          }
          for (const w of header.warnings) this.report(diagnostic(w.code, w.message, { ...where, element: w.element }, w.severity));
          this.header = header;
          this.delims = header.delimiters;
          this.term = header.delimiters.segment;
          this.sep = header.delimiters.element;
          this.termIsLf = this.term === '\n';
          this.sepAt = -2;
          this.pos = p + header.length;
          this.state = BODY;
          return new Segment(header.elements, this.nextIndex++, this.line, this.base + p, header.delimiters);
        }

        case SEARCH: {
          const buf = this.buf;
          const n = buf.length;
          const k = buf.indexOf('ISA', this.pos);
          if (k === -1) {
            if (this.ended) {
              this.pos = n;
              this.searchFailed();
              this.state = DONE;
              return undefined;
            }
            this.pos = Math.max(this.pos, n - 2); // "IS" may continue in the next chunk
            return undefined;
          }
          if (k + 3 >= n && !this.ended) {
            this.pos = k;
            return undefined;
          }
          const c = buf.charCodeAt(k + 3);
          const plausible =
            k + 3 < n &&
            !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) &&
            c !== 32 &&
            c !== 9 &&
            c !== 10 &&
            c !== 13;
          if (!plausible) {
            this.pos = k + 1;
            continue;
          }
          this.fromSearch = true;
          this.pos = k;
          this.state = IN_ISA;
          continue;
        }

        default:
          return undefined;
      }
    }
  }

  // ---- bookkeeping -------------------------------------------------------------------------

  /** buf[from, to) as a segment ID: the shared string when it is a valid one (see ID_KEYS). */
  private segmentId(buf: string, from: number, to: number): string {
    const len = to - from;
    if (len === 2 || len === 3) {
      const c0 = buf.charCodeAt(from);
      const c1 = buf.charCodeAt(from + 1);
      const c2 = len === 3 ? buf.charCodeAt(from + 2) : 0;
      if ((c0 | c1 | c2) < 128) {
        // A direct-mapped cache (a colliding ID replaces the other; keys are never 0).
        const key = (len << 21) | (c0 << 14) | (c1 << 7) | c2;
        const slot = (c0 * 961 + c1 * 31 + c2) & (ID_SLOTS - 1);
        if (ID_KEYS[slot] === key) return ID_STRINGS[slot];
        const id = buf.slice(from, to);
        if (!isValidSegmentId(id)) return id;
        const shared = internalized(id);
        ID_KEYS[slot] = key;
        ID_STRINGS[slot] = shared;
        return shared;
      }
    }
    return buf.slice(from, to);
  }

  private growStarts(): Int32Array {
    const grown = new Int32Array(this.starts.length * 2);
    grown.set(this.starts);
    this.starts = grown;
    return grown;
  }

  /** Count LFs in buf before `p` (amortised: one indexOf per LF in the input). */
  private countLinesTo(p: number): void {
    let nl = this.nl;
    if (nl !== -1 && nl < p) {
      const buf = this.buf;
      let line = this.line;
      do {
        line++;
        nl = buf.indexOf('\n', nl + 1);
      } while (nl !== -1 && nl < p);
      this.line = line;
      this.nl = nl;
    }
  }

  private report(d: X12Diagnostic): void {
    if (this.diagnostics.length < this.maxDiagnostics) this.diagnostics.push(d);
    if (this.onDiagnostic) this.onDiagnostic(d);
  }

  /** Strict: throw. Lenient: report with the given severity. */
  private fail(code: X12Diagnostic['code'], message: string, position: X12Position, severity: X12Severity = 'error'): void {
    if (!this.lenient) {
      this.state = DONE;
      throw new X12Error(code, message, position);
    }
    this.report(diagnostic(code, message, position, severity));
  }

  // Messages quote at most a few characters of input: files carry PHI and messages reach logs.
  private notIsaMessage(code: string, buf: string, p: number): string {
    if (code === X12ErrorCode.MISSING_ISA) {
      return `the input starts with a ${JSON.stringify(segmentIdAt(buf, p))} segment but has no ISA interchange header`;
    }
    if (code === X12ErrorCode.NOT_X12) {
      return `the input is not X12: it does not start with an ISA header (starts with ${JSON.stringify(buf.slice(p, p + 8))})`;
    }
    return 'only another ISA may follow an IEA';
  }

  private startSearch(reason: number, code: X12Diagnostic['code'], p: number): void {
    this.countLinesTo(Math.min(p, this.buf.length));
    this.searchReason = reason;
    this.searchCode = code;
    this.searchFrom = this.base + p;
    this.searchLine = this.line;
    this.candidateError = undefined;
    this.fromSearch = false;
    this.pos = p;
    this.state = SEARCH;
  }

  private searchSucceeded(k: number): void {
    const skipped = this.base + k - this.searchFrom;
    const at = { line: this.searchLine, offset: this.searchFrom };
    if (this.searchReason === SEARCH_AT_START) {
      this.report(
        diagnostic(
          X12ErrorCode.LEADING_GARBAGE,
          `skipped ${skipped} characters of text before the first ISA`,
          at,
          'warning',
        ),
      );
    } else if (this.searchReason === SEARCH_AFTER_IEA) {
      this.report(
        diagnostic(
          X12ErrorCode.DATA_AFTER_INTERCHANGE,
          `skipped ${skipped} characters between an IEA and the next ISA`,
          at,
          'error',
        ),
      );
    }
  }

  private searchFailed(): void {
    const at = { line: this.searchLine, offset: this.searchFrom };
    if (this.candidateError && this.searchReason !== SEARCH_AFTER_BAD_ISA) {
      // Something looked like an ISA but was not readable: that says more than "no ISA".
      this.report(this.candidateError);
      return;
    }
    if (this.searchReason === SEARCH_AT_START) {
      this.report(
        diagnostic(
          this.searchCode,
          this.searchCode === X12ErrorCode.MISSING_ISA
            ? 'the input holds segments but no ISA interchange header'
            : 'the input is not X12: no ISA interchange header found',
          at,
        ),
      );
    } else if (this.searchReason === SEARCH_AFTER_IEA) {
      this.report(diagnostic(X12ErrorCode.DATA_AFTER_INTERCHANGE, 'data after the last IEA that is not an interchange', at));
    }
  }

  private tooLong(p: number): undefined {
    this.countLinesTo(p);
    const position = { segmentIndex: this.nextIndex, line: this.line, offset: this.base + p };
    const message = `no segment terminator ${JSON.stringify(this.term)} within ${this.maxSegmentLength} characters`;
    this.state = DONE;
    if (!this.lenient) throw new X12Error(X12ErrorCode.SEGMENT_TOO_LONG, message, position);
    // Nothing sensible can follow: stop reading, keep what was reported.
    this.report(diagnostic(X12ErrorCode.SEGMENT_TOO_LONG, message, position));
    this.pos = this.buf.length;
    return undefined;
  }

  private unterminated(p: number): Segment | undefined {
    const buf = this.buf;
    let end = buf.length;
    while (end > p && (buf.charCodeAt(end - 1) === 10 || buf.charCodeAt(end - 1) === 13 || buf.charCodeAt(end - 1) === 32)) end--;
    const raw = buf.slice(p, end);
    this.countLinesTo(p);
    const elements = raw.split(this.sep);
    const position = { segmentIndex: this.nextIndex, segmentId: elements[0], line: this.line, offset: this.base + p };
    this.pos = buf.length;
    this.fail(
      X12ErrorCode.UNTERMINATED_SEGMENT,
      `the input ends with ${raw.length} characters (segment ${JSON.stringify(elements[0].slice(0, 3))}) ` +
        `and no segment terminator ${JSON.stringify(this.term)}`,
      position,
    );
    // Lenient: hand out what is there.
    const seg = new Segment(elements, this.nextIndex++, this.line, this.base + p, this.delims as Delimiters);
    if (!isValidSegmentId(seg.id)) this.badSegmentId(seg);
    else if (seg.id === 'IEA') this.state = BETWEEN;
    return seg;
  }

  private emptySegment(p: number): void {
    this.countLinesTo(p);
    this.fail(
      X12ErrorCode.BAD_SEGMENT_ID,
      'empty segment (two segment terminators in a row)',
      { segmentIndex: this.nextIndex, line: this.line, offset: this.base + p },
      'warning',
    );
  }

  private badSegmentId(seg: Segment): void {
    this.fail(
      X12ErrorCode.BAD_SEGMENT_ID,
      `segment ID ${JSON.stringify(seg.id.length > 10 ? seg.id.slice(0, 10) + '…' : seg.id)} is not 2–3 upper-case letters or digits`,
      { segmentIndex: seg.index, segmentId: seg.id, line: seg.line, offset: seg.offset },
    );
  }
}

/** Tokenize a whole string (strict unless `options.lenient`). A leading BOM is fine. */
export function tokenize(text: string, options: TokenizerOptions = {}): Segment[] {
  const t = new Tokenizer(options);
  t.append(text);
  t.close();
  const out: Segment[] = [];
  for (let s = t.next(); s !== undefined; s = t.next()) out.push(s);
  return out;
}

/** Iterator protocol over a closed Tokenizer (a plain class: cheaper per step than a generator). */
class SegmentIterator implements IterableIterator<Segment> {
  constructor(private readonly tokenizer: Tokenizer) {}

  next(): IteratorResult<Segment, undefined> {
    const value = this.tokenizer.next();
    return value === undefined ? { value: undefined, done: true } : { value, done: false };
  }

  [Symbol.iterator](): IterableIterator<Segment> {
    return this;
  }
}

/** Lazily tokenize a whole string, one segment at a time (nothing is retained). */
export function iterateSegments(text: string, options: TokenizerOptions = {}): IterableIterator<Segment> {
  const t = new Tokenizer(options);
  t.append(text);
  t.close();
  return new SegmentIterator(t);
}

/** Lenient whole-string tokenization: every segment that could be recovered, plus what was wrong. */
export function tokenizeLenient(
  text: string,
  options: Omit<TokenizerOptions, 'lenient'> = {},
): { segments: Segment[]; diagnostics: X12Diagnostic[] } {
  const diagnostics: X12Diagnostic[] = [];
  const segments = tokenize(text, {
    ...options,
    lenient: true,
    maxDiagnostics: 0,
    onDiagnostic: (d) => {
      diagnostics.push(d);
      options.onDiagnostic?.(d);
    },
  });
  return { segments, diagnostics };
}
