// Delimiter discovery from the fixed-width ISA (x12-basics §3). The ISA is the only
// fixed-length segment, so its separators are read at NAMED offsets, never by splitting it:
// ISA16 *is* the component separator and may look like anything.

import { X12Error, X12ErrorCode, diagnostic, type X12Diagnostic } from './errors';

/** The four active delimiters of an interchange. */
export interface Delimiters {
  /** Element separator: ISA character 4 (offset 3). */
  readonly element: string;
  /** Component (sub-element) separator: ISA16 (offset 104). */
  readonly component: string;
  /**
   * Repetition separator: ISA11 (offset 82). Empty string when the interchange has none:
   * before version 00402 ISA11 was the standards identifier `U`, not a delimiter.
   */
  readonly repetition: string;
  /** Segment terminator: the character right after ISA16 (offset 105). */
  readonly segment: string;
}

/** What the industry uses and what the gateway writes unless a partner asks otherwise. */
export const DEFAULT_DELIMITERS: Delimiters = Object.freeze({ element: '*', component: ':', repetition: '^', segment: '~' });

/** Named 0-based offsets inside a fixed-width ISA (x12-basics §3, "Delimiter discovery"). */
export const ISA_OFFSET = Object.freeze({
  ELEMENT_SEPARATOR: 3,
  /** ISA11 */
  REPETITION_SEPARATOR: 82,
  /** ISA12, 5 characters */
  VERSION: 84,
  /** ISA13, 9 characters */
  CONTROL_NUMBER: 90,
  /** ISA16 */
  COMPONENT_SEPARATOR: 104,
  SEGMENT_TERMINATOR: 105,
});

/** The ISA with its terminator is exactly 106 characters. */
export const ISA_LENGTH = 106;

/**
 * [start, end) of ISA01..ISA16 inside a fixed-width ISA; index 0 is unused so that
 * `ISA_FIELDS[n]` is ISAnn. Widths: 2,10,2,10,2,15,2,15,6,4,1,5,9,1,1,1.
 */
export const ISA_FIELDS: ReadonlyArray<readonly [number, number]> = Object.freeze([
  [0, 3],
  [4, 6],
  [7, 17],
  [18, 20],
  [21, 31],
  [32, 34],
  [35, 50],
  [51, 53],
  [54, 69],
  [70, 76],
  [77, 81],
  [82, 83],
  [84, 89],
  [90, 99],
  [100, 101],
  [102, 103],
  [104, 105],
] as const);

/** 0-based offsets of the 16 element separators in a fixed-width ISA. */
const ISA_SEPARATOR_OFFSETS = [3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103] as const;

/** A lenient reader looks this far for a non-fixed-width ISA before giving up. */
export const ISA_MAX_LENIENT_LENGTH = 200;

export type LineBreak = '' | '\n' | '\r\n' | '\r';

/** The result of reading one ISA. */
export interface IsaHeader {
  readonly delimiters: Delimiters;
  /** ISA12 as written, e.g. `00501`. Version policy belongs to the transaction readers. */
  readonly version: string;
  /** `['ISA', ISA01, …, ISA16]`, raw fixed-width values (padding kept). */
  readonly elements: string[];
  /** Characters from the `I` of ISA through the terminator (106 unless `fixedWidth` is false). */
  readonly length: number;
  /** Line break found right after the ISA terminator (what the sender puts between segments). */
  readonly lineBreak: LineBreak;
  /** False when a lenient read recovered an ISA whose fields were not padded to their widths. */
  readonly fixedWidth: boolean;
  /** Non-fatal findings (lenient recoveries, 4010 `U` in ISA11 on a 5010 header…). */
  readonly warnings: X12Diagnostic[];
}

export interface ReadIsaOptions {
  /**
   * Recover an ISA whose fields are not padded to their fixed widths by walking the 16 element
   * separators (reported as a BAD_ISA warning). Default false: such an ISA is a BAD_ISA error.
   */
  lenient?: boolean;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
}

/** Characters a reader skips between segments: whitespace and a (possibly repeated) BOM. */
export function isSkippable(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 11 || c === 12 || c === 0xfeff;
}

function show(ch: string): string {
  return JSON.stringify(ch);
}

/**
 * Check a delimiter set: every delimiter is one character (the repetition separator may be
 * empty), none is a letter, digit or space, only the segment terminator may be CR or LF
 * (some senders use a newline as terminator), and all are distinct. Throws BAD_DELIMITERS.
 */
export function validateDelimiters(d: Delimiters): void {
  const named: Array<[string, string, boolean]> = [
    ['element separator', d.element, false],
    ['component separator', d.component, false],
    ['repetition separator', d.repetition, true],
    ['segment terminator', d.segment, false],
  ];
  for (const [name, ch, optional] of named) {
    if (ch.length === 0 && optional) continue;
    if (ch.length !== 1) {
      throw new X12Error(X12ErrorCode.BAD_DELIMITERS, `the ${name} must be exactly one character, got ${show(ch)}`);
    }
    const c = ch.charCodeAt(0);
    if (isAlnum(c)) throw new X12Error(X12ErrorCode.BAD_DELIMITERS, `the ${name} ${show(ch)} is a letter or digit`);
    const newlineAllowed = name === 'segment terminator' && (c === 10 || c === 13);
    if (isWhitespace(c) && !newlineAllowed) {
      throw new X12Error(X12ErrorCode.BAD_DELIMITERS, `the ${name} ${show(ch)} is whitespace`);
    }
    if (c < 32 && !newlineAllowed && c !== 0x1c && c !== 0x1d && c !== 0x1e && c !== 0x1f) {
      // 0x1C–0x1F (FS/GS/RS/US) are legitimate X12 delimiters in some networks.
      throw new X12Error(X12ErrorCode.BAD_DELIMITERS, `the ${name} ${show(ch)} is a control character`);
    }
  }
  const used = [d.element, d.component, d.repetition, d.segment].filter((ch) => ch.length > 0);
  if (new Set(used).size !== used.length) {
    throw new X12Error(
      X12ErrorCode.BAD_DELIMITERS,
      `delimiters must be distinct: element ${show(d.element)}, component ${show(d.component)}, ` +
        `repetition ${show(d.repetition)}, segment ${show(d.segment)}`,
    );
  }
}

function lineBreakAt(text: string, at: number): LineBreak {
  const c = text.charCodeAt(at);
  if (c === 13) return text.charCodeAt(at + 1) === 10 ? '\r\n' : '\r';
  if (c === 10) return '\n';
  return '';
}

/**
 * Read the ISA that starts at `start` (the `I`). Needs ISA_LENGTH characters (two more to see
 * the line break); a lenient read may look up to ISA_MAX_LENIENT_LENGTH. Throws X12Error
 * ISA_TOO_SHORT, BAD_ISA or BAD_DELIMITERS.
 */
export function readIsa(text: string, start = 0, options: ReadIsaOptions = {}): IsaHeader {
  if (!text.startsWith('ISA', start)) {
    throw new X12Error(X12ErrorCode.MISSING_ISA, 'expected an ISA segment', { offset: start, segmentId: 'ISA' });
  }
  const available = text.length - start;
  const sep = text.charAt(start + ISA_OFFSET.ELEMENT_SEPARATOR);
  const where = { offset: start, segmentId: 'ISA' };
  if (sep === '') {
    throw new X12Error(X12ErrorCode.ISA_TOO_SHORT, 'input ends inside the ISA segment', where);
  }
  // Separators must sit at every fixed offset that the text reaches.
  let layoutOk = true;
  for (const off of ISA_SEPARATOR_OFFSETS) {
    if (off < available && text[start + off] !== sep) {
      layoutOk = false;
      break;
    }
  }
  if (layoutOk && available >= ISA_LENGTH) {
    // A separator character inside an ISA field would shift every later field. ISA11 is left
    // out of the count: a repetition separator equal to the element separator is reported
    // below as BAD_DELIMITERS, which says more than "bad layout".
    let count = 0;
    const repAt = start + ISA_OFFSET.REPETITION_SEPARATOR;
    for (let i = text.indexOf(sep, start); i !== -1 && i < start + ISA_OFFSET.COMPONENT_SEPARATOR; i = text.indexOf(sep, i + 1)) {
      if (i !== repAt) count++;
    }
    if (count !== 16) layoutOk = false;
  }
  const fixed = layoutOk && available >= ISA_LENGTH;
  if (fixed) {
    const elements = ISA_FIELDS.map(([a, b]) => text.slice(start + a, start + b));
    return finishIsa(text, start, elements, ISA_LENGTH, true, []);
  }
  if (layoutOk && available < ISA_LENGTH && !options.lenient) {
    throw new X12Error(
      X12ErrorCode.ISA_TOO_SHORT,
      `input ends inside the ISA segment (${available} of ${ISA_LENGTH} characters)`,
      where,
    );
  }
  if (!options.lenient) {
    throw new X12Error(
      X12ErrorCode.BAD_ISA,
      `the ISA is not fixed-width: element separator ${show(sep)} is not at every fixed offset ` +
        `(ISA is ${ISA_LENGTH} characters with the terminator)`,
      where,
    );
  }
  // Lenient recovery: walk the 16 separators; ISA16 and the terminator are the two characters
  // after the last one.
  const limit = Math.min(text.length, start + ISA_MAX_LENIENT_LENGTH);
  const elements = ['ISA'];
  let p = start + 3;
  for (let n = 1; n <= 16; n++) {
    const next = n === 16 ? p + 2 : text.indexOf(sep, p + 1);
    if (next === -1 || next >= limit) {
      throw new X12Error(
        available < ISA_LENGTH ? X12ErrorCode.ISA_TOO_SHORT : X12ErrorCode.BAD_ISA,
        `cannot find ISA${String(n).padStart(2, '0')} with element separator ${show(sep)}`,
        where,
      );
    }
    elements.push(text.slice(p + 1, n === 16 ? p + 2 : next));
    p = next;
  }
  // p is now the offset of the terminator.
  if (p >= text.length) throw new X12Error(X12ErrorCode.ISA_TOO_SHORT, 'input ends inside the ISA segment', where);
  const length = p + 1 - start;
  const warning = diagnostic(
    X12ErrorCode.BAD_ISA,
    `the ISA is ${length} characters instead of ${ISA_LENGTH}: fields are not padded to their fixed widths`,
    where,
    'warning',
  );
  return finishIsa(text, start, elements, length, false, [warning]);
}

function finishIsa(
  text: string,
  start: number,
  elements: string[],
  length: number,
  fixedWidth: boolean,
  warnings: X12Diagnostic[],
): IsaHeader {
  const version = elements[12];
  const where = { offset: start, segmentId: 'ISA' };
  let repetition = elements[11];
  const rc = repetition.charCodeAt(0);
  if (repetition.length === 1 && isAlnum(rc)) {
    // Before 00402, ISA11 is the control standards identifier ("U"), not a delimiter.
    if (!(version < '00402')) {
      warnings.push(
        diagnostic(
          X12ErrorCode.BAD_DELIMITERS,
          `ISA11 ${show(repetition)} is not a usable repetition separator in version ${version}; repetitions are not split`,
          { ...where, element: 11 },
          'warning',
        ),
      );
    }
    repetition = '';
  }
  const delimiters: Delimiters = Object.freeze({
    element: text.charAt(start + 3),
    component: elements[16],
    repetition,
    segment: text.charAt(start + length - 1),
  });
  try {
    validateDelimiters(delimiters);
  } catch (err) {
    throw err instanceof X12Error ? err.withPosition(where) : err;
  }
  const term = delimiters.segment;
  return {
    delimiters,
    version,
    elements,
    length,
    lineBreak: term === '\n' || term === '\r' ? '' : lineBreakAt(text, start + length),
    fixedWidth,
    warnings,
  };
}

/** Offset of the first character that is not whitespace or a UTF-8 BOM (U+FEFF). */
export function skipLeadingWhitespace(text: string, from = 0): number {
  let p = from;
  while (p < text.length && isSkippable(text.charCodeAt(p))) p++;
  return p;
}

/**
 * Delimiters of the first interchange of a whole text: tolerates a UTF-8 BOM and leading
 * whitespace, then reads the ISA by named offsets. Throws EMPTY_INPUT, NOT_X12/MISSING_ISA,
 * ISA_TOO_SHORT, BAD_ISA or BAD_DELIMITERS.
 */
export function detectDelimiters(text: string, options: ReadIsaOptions = {}): IsaHeader {
  const start = skipLeadingWhitespace(text);
  if (start >= text.length) throw new X12Error(X12ErrorCode.EMPTY_INPUT, 'the input is empty');
  if (!text.startsWith('ISA', start)) {
    throw new X12Error(
      looksLikeSegment(text, start) ? X12ErrorCode.MISSING_ISA : X12ErrorCode.NOT_X12,
      looksLikeSegment(text, start)
        ? 'the input starts with a segment but has no ISA interchange header'
        : 'the input does not start with an ISA interchange header',
      { offset: start },
    );
  }
  return readIsa(text, start, options);
}

/** True when `text` at `at` reads like a segment start: 2–3 upper-case alnum ID, then a punctuation delimiter. */
export function looksLikeSegment(text: string, at: number): boolean {
  const c0 = text.charCodeAt(at);
  if (!(c0 >= 65 && c0 <= 90)) return false;
  for (let i = 1; i <= 3; i++) {
    const c = text.charCodeAt(at + i);
    if (Number.isNaN(c)) return false;
    const upperAlnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    if (upperAlnum) {
      if (i === 3) return false;
      continue;
    }
    return i >= 2 && !isAlnum(c) && !isWhitespace(c) && c < 127;
  }
  return false;
}
