// The strict segment writer (x12-basics §2 and §10): element arrays in, one terminated segment
// out. It drops trailing empty elements and components, and REFUSES — never alters — a value
// holding a delimiter, a control character or a character outside the charset, since 5010 has
// no escape character. Error messages name the element and the character, never the value
// (values are often PHI and messages end up in logs).

import { DEFAULT_DELIMITERS, validateDelimiters, type Delimiters } from './delimiters';
import { charsetTable, type X12Charset } from './charset';
import { X12Error, X12ErrorCode, elementName } from './errors';

/** One simple value; `undefined`, `null` and `''` all mean "not used". */
export type Component = string | null | undefined;
/** A composite element (e.g. `SV101` = `['HC', '99213', '25']`), written with the component separator. */
export type Composite = readonly Component[];
/** A repeated element (ISA11 separator); each repetition is a simple value or a composite. */
export interface Repeated {
  readonly repeat: readonly (Component | Composite)[];
}
export type ElementValue = Component | Composite | Repeated;

/** Mark an element as repeated: `repeat('A', 'B')` is written `A^B`. */
export function repeat(...values: (Component | Composite)[]): Repeated {
  return { repeat: values };
}

export type WriterLineBreak = '' | '\n' | '\r\n';

export interface SegmentWriterOptions {
  /** Defaults to `*` `:` `^` `~`. */
  delimiters?: Partial<Delimiters>;
  /** Written after every terminator. Default none (some receivers reject CR/LF, x12-basics §2). */
  lineBreak?: WriterLineBreak;
  /** Default `extended` (what 5010 partners assume unless the agreement says otherwise). */
  charset?: X12Charset;
}

const DELIMITER = 2;

const DELIMITER_NAMES: Record<keyof Delimiters, string> = {
  element: 'element separator',
  component: 'component separator',
  repetition: 'repetition separator',
  segment: 'segment terminator',
};

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** `^[A-Z][A-Z0-9]{1,2}$` without a regular expression (it runs once per segment). */
function isValidSegmentId(id: string): boolean {
  const n = id.length;
  if (n < 2 || n > 3 || !isUpper(id.charCodeAt(0))) return false;
  for (let i = 1; i < n; i++) {
    const c = id.charCodeAt(i);
    if (!isUpper(c) && !(c >= 48 && c <= 57)) return false;
  }
  return true;
}

/**
 * A growable byte buffer the envelope writer encodes segments into (one byte per character:
 * checked values are ASCII and the delimiters below U+0100), decoded once at the end. It keeps
 * no string per segment, so a large interchange costs neither a join nor retained garbage.
 */
export class ByteOutput {
  bytes: Uint8Array;
  /** Bytes committed (whole segments only). */
  length = 0;

  constructor(capacity = 64 * 1024) {
    // Reuse the buffer the last finished output gave back (saves growing it again from 64 KiB).
    const reused = spareBytes;
    if (reused !== undefined && reused.length >= capacity) {
      spareBytes = undefined;
      this.bytes = reused;
    } else this.bytes = new Uint8Array(capacity);
  }

  /** Make room for `needed` bytes in total; returns the (possibly new) array. */
  grow(needed: number): Uint8Array {
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.bytes); // the segment being encoded lies past `length`: copy it too
    this.bytes = next;
    return next;
  }

  /** Append text whose characters are all below U+0100 (already checked by the caller). */
  appendRaw(text: string): void {
    const p = this.length;
    const n = text.length;
    const bytes = p + n > this.bytes.length ? this.grow(p + n) : this.bytes;
    for (let i = 0; i < n; i++) bytes[p + i] = text.charCodeAt(i);
    this.length = p + n;
  }

  /** The committed bytes as a string (latin1: every byte is its own code point). */
  text(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.length).toString('latin1');
  }

  /** Give the buffer back for the next output (after `text()`; this output must not be used again). */
  release(): void {
    if (this.bytes.length <= MAX_SPARE_BYTES && (spareBytes === undefined || spareBytes.length < this.bytes.length)) spareBytes = this.bytes;
    this.bytes = EMPTY_BYTES;
    this.length = 0;
  }
}

/** One buffer kept between outputs, at most 16 MiB (a larger one is left to the collector). */
const MAX_SPARE_BYTES = 16 * 1024 * 1024;
const EMPTY_BYTES = new Uint8Array(0);
let spareBytes: Uint8Array | undefined;

/** Builds terminated segment strings with one interchange's delimiters. */
export class SegmentWriter {
  readonly delimiters: Delimiters;
  readonly lineBreak: WriterLineBreak;
  readonly charset: X12Charset;
  /** 0: not allowed, 1: allowed, 2: an active delimiter (below 128). Indexed by char code. */
  private readonly table: Uint8Array;
  /** Delimiter char codes and the terminator + line break, for `encode`. */
  private readonly elementByte: number;
  private readonly componentByte: number;
  private readonly repetitionByte: number;
  private readonly tail: string;

  constructor(options: SegmentWriterOptions = {}) {
    const d: Delimiters = Object.freeze({ ...DEFAULT_DELIMITERS, ...options.delimiters });
    validateDelimiters(d);
    if (d.repetition === '') {
      throw new X12Error(X12ErrorCode.BAD_DELIMITERS, 'a 5010 writer needs a repetition separator (ISA11)');
    }
    this.delimiters = d;
    this.lineBreak = options.lineBreak ?? '';
    this.charset = options.charset ?? 'extended';
    // Indexed by any UTF-16 code unit (0 above 127), so the hot loop needs a single lookup.
    const table = new Uint8Array(65536);
    table.set(charsetTable(this.charset));
    for (const ch of [d.element, d.component, d.repetition, d.segment]) {
      const c = ch.charCodeAt(0);
      if (c < 128) table[c] = DELIMITER;
    }
    this.table = table;
    this.elementByte = d.element.charCodeAt(0);
    this.componentByte = d.component.charCodeAt(0);
    this.repetitionByte = d.repetition.charCodeAt(0);
    this.tail = d.segment + this.lineBreak;
  }

  /**
   * One segment: `segment('NM1', ['82', '1', 'SMITH', '', undefined])` → `NM1*82*1*SMITH~`.
   * `elements[0]` is SEG01. Throws X12Error (BAD_SEGMENT_ID, EMPTY_SEGMENT, DELIMITER_IN_DATA,
   * INVALID_CHARACTER, UNTRIMMED_VALUE) naming the segment and element.
   */
  segment(id: string, elements: readonly ElementValue[]): string {
    if (!isValidSegmentId(id)) {
      throw new X12Error(X12ErrorCode.BAD_SEGMENT_ID, `segment ID ${JSON.stringify(id)} is not 2–3 upper-case letters or digits`, {
        segmentId: id,
      });
    }
    const parts: string[] = [id];
    let last = 0;
    for (let i = 0; i < elements.length; i++) {
      const text = this.element(id, i + 1, elements[i]);
      parts.push(text);
      if (text !== '') last = i + 1;
    }
    if (last === 0) throw new X12Error(X12ErrorCode.EMPTY_SEGMENT, `${id} has no element values`, { segmentId: id });
    parts.length = last + 1; // x12-basics §2: trailing empty elements are dropped
    return parts.join(this.delimiters.element) + this.delimiters.segment + this.lineBreak;
  }

  /**
   * True when `encode` can write this writer's segments byte for byte (delimiters and line break
   * below U+0100). Otherwise use `segment`.
   */
  get encodable(): boolean {
    const d = this.delimiters;
    for (const ch of [d.element, d.component, d.repetition, d.segment, this.lineBreak]) {
      for (let i = 0; i < ch.length; i++) if (ch.charCodeAt(i) > 255) return false;
    }
    return true;
  }

  /**
   * `segment(id, elements)` appended to `out` instead of returned: the same checks, the same
   * errors in the same order, the same bytes. Nothing is committed to `out` when it throws.
   */
  encode(id: string, elements: readonly ElementValue[], out: ByteOutput): void {
    if (!isValidSegmentId(id)) {
      throw new X12Error(X12ErrorCode.BAD_SEGMENT_ID, `segment ID ${JSON.stringify(id)} is not 2–3 upper-case letters or digits`, {
        segmentId: id,
      });
    }
    const sep = this.elementByte;
    const tail = this.tail;
    let p = out.length;
    // Room for the ID, every separator and the tail; `put` makes room for each value.
    const room = p + id.length + elements.length + tail.length;
    let bytes = room > out.bytes.length ? out.grow(room) : out.bytes;
    for (let i = 0; i < id.length; i++) bytes[p++] = id.charCodeAt(i);
    let end = 0;
    for (let i = 0; i < elements.length; i++) {
      bytes[p++] = sep;
      const v = elements[i];
      if (v === undefined || v === null) continue;
      if (typeof v === 'string') {
        if (v.length === 0) continue;
        p = this.put(out, p, v, id, i + 1, undefined, elements.length - i + tail.length);
        end = p;
      } else {
        const q = isRepeated(v) ? this.putRepeated(out, p, v, id, i + 1, elements.length - i + tail.length) : this.putComposite(out, p, v, id, i + 1, elements.length - i + tail.length);
        if (q !== p) end = q;
        p = q;
      }
      bytes = out.bytes;
    }
    if (end === 0) throw new X12Error(X12ErrorCode.EMPTY_SEGMENT, `${id} has no element values`, { segmentId: id });
    // x12-basics §2: trailing empty elements are dropped (everything after the last value).
    p = end;
    for (let i = 0; i < tail.length; i++) bytes[p++] = tail.charCodeAt(i);
    out.length = p;
  }

  /**
   * One checked value at `p`, keeping `reserve` more bytes free after it (for the separators and
   * tail still to come); returns the position after it. Errors come from `check`.
   */
  private put(out: ByteOutput, p: number, value: string, segmentId: string, n: number, component: number | undefined, reserve: number): number {
    const len = value.length;
    let bytes = out.bytes;
    if (p + len + reserve > bytes.length) bytes = out.grow(p + len + reserve);
    const table = this.table;
    for (let i = 0; i < len; i++) {
      const c = value.charCodeAt(i);
      // Not a plain allowed character: `check` finds the same first offender and throws.
      if (table[c] !== 1) this.check(value, segmentId, n, component);
      bytes[p + i] = c;
    }
    if (value.charCodeAt(0) === 32 || value.charCodeAt(len - 1) === 32) this.check(value, segmentId, n, component);
    return p + len;
  }

  /** A composite at `p`, trailing empty components dropped; returns its end (`p` when all empty). */
  private putComposite(out: ByteOutput, p: number, components: Composite, segmentId: string, n: number, reserve: number): number {
    const sep = this.componentByte;
    const count = components.length;
    if (p + count + reserve > out.bytes.length) out.grow(p + count + reserve);
    let end = p;
    for (let c = 0; c < count; c++) {
      if (c > 0) out.bytes[p++] = sep;
      const v = components[c];
      if (v === undefined || v === null || v === '') continue;
      // A non-string (untyped callers) is written as `segment` would, unchecked.
      p = typeof v === 'string' ? this.put(out, p, v, segmentId, n, c + 1, count - c + reserve) : this.putUnchecked(out, p, String(v), count - c + reserve);
      end = p;
    }
    return end;
  }

  /** A repeated element at `p`, trailing empty repetitions dropped; returns its end. */
  private putRepeated(out: ByteOutput, p: number, value: Repeated, segmentId: string, n: number, reserve: number): number {
    const sep = this.repetitionByte;
    const start = p;
    let end = start;
    let first = true;
    for (const r of value.repeat) {
      if (!first) {
        if (p + 1 + reserve > out.bytes.length) out.grow(p + 1 + reserve);
        out.bytes[p++] = sep;
      }
      first = false;
      if (r === undefined || r === null) continue;
      if (typeof r === 'string') {
        if (r.length === 0) continue;
        p = this.put(out, p, r, segmentId, n, undefined, reserve);
        end = p;
      } else {
        const q = this.putComposite(out, p, r, segmentId, n, reserve);
        if (q !== p) end = q;
        p = q;
      }
    }
    return end;
  }

  private putUnchecked(out: ByteOutput, p: number, text: string, reserve: number): number {
    let bytes = out.bytes;
    if (p + text.length + reserve > bytes.length) bytes = out.grow(p + text.length + reserve);
    for (let i = 0; i < text.length; i++) bytes[p + i] = text.charCodeAt(i) & 0xff;
    return p + text.length;
  }

  /** Format one element value (checked); `n` is its 1-based position, for error messages. */
  element(segmentId: string, n: number, value: ElementValue): string {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') {
      this.check(value, segmentId, n);
      return value;
    }
    if (isRepeated(value)) {
      const reps: string[] = [];
      let last = 0;
      for (const r of value.repeat) {
        let text: string;
        if (r === undefined || r === null) text = '';
        else if (typeof r === 'string') {
          this.check(r, segmentId, n);
          text = r;
        } else text = this.composite(segmentId, n, r);
        reps.push(text);
        if (text !== '') last = reps.length;
      }
      reps.length = last;
      return reps.join(this.delimiters.repetition);
    }
    return this.composite(segmentId, n, value);
  }

  private composite(segmentId: string, n: number, components: Composite): string {
    let last = 0;
    for (let c = 0; c < components.length; c++) {
      const v = components[c];
      if (v !== undefined && v !== null && v !== '') {
        this.check(v, segmentId, n, c + 1);
        last = c + 1;
      }
    }
    if (last === 0) return '';
    let out = components[0] ?? '';
    for (let c = 1; c < last; c++) out += this.delimiters.component + (components[c] ?? '');
    return out;
  }

  /** Throw unless `value` is writable as-is: no delimiter, no control character, in charset, trimmed. */
  check(value: string, segmentId: string, element: number, component?: number): void {
    const table = this.table;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      const kind = c < 128 ? table[c] : 0;
      if (kind === 1) continue;
      const where = { segmentId, element, component };
      const name = elementName(segmentId, element, component);
      if (kind === DELIMITER) {
        const ch = value[i];
        const which = (Object.keys(DELIMITER_NAMES) as (keyof Delimiters)[]).find((k) => this.delimiters[k] === ch) ?? 'element';
        throw new X12Error(
          X12ErrorCode.DELIMITER_IN_DATA,
          `${name} contains the ${DELIMITER_NAMES[which]} ${JSON.stringify(ch)} at position ${i + 1}; ` +
            '5010 has no escape character, so the value cannot be sent as is',
          where,
        );
      }
      const code = c < 32 || c === 127 ? `control character U+${c.toString(16).toUpperCase().padStart(4, '0')}` : `character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      throw new X12Error(
        X12ErrorCode.INVALID_CHARACTER,
        `${name} contains ${code} at position ${i + 1}, outside the ${this.charset} X12 character set`,
        where,
      );
    }
    if (value.length > 0 && (value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32)) {
      throw new X12Error(
        X12ErrorCode.UNTRIMMED_VALUE,
        `${elementName(segmentId, element, component)} has leading or trailing spaces (only the ISA pads)`,
        { segmentId, element, component },
      );
    }
  }
}

function isRepeated(value: Composite | Repeated): value is Repeated {
  return !Array.isArray(value);
}

const defaultWriter = new SegmentWriter();

/** One segment with the default delimiters `* : ^ ~` and no line break. */
export function formatSegment(id: string, elements: readonly ElementValue[]): string {
  return defaultWriter.segment(id, elements);
}
