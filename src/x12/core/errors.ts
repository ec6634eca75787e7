// Coded X12 errors and diagnostics: every problem the core finds is data with a stable `code`
// and a position (segment index, segment id, element, line, offset), never a bare message.
// Strict readers and the writer throw `X12Error`; lenient readers return `X12Diagnostic`s.

/** Stable error codes. The string values are part of the public contract: never rename one. */
export const X12ErrorCode = {
  // Lexical (tokenizer / delimiter discovery)
  /** The input holds nothing but whitespace. */
  EMPTY_INPUT: 'EMPTY_INPUT',
  /** The input does not start with an ISA segment and does not look like X12 at all. */
  NOT_X12: 'NOT_X12',
  /** The input looks like X12 segments but has no ISA header in front of them (x12-basics §3). */
  MISSING_ISA: 'MISSING_ISA',
  /** The input ends inside the 106-character ISA. */
  ISA_TOO_SHORT: 'ISA_TOO_SHORT',
  /** The ISA is not laid out at its fixed widths (separators not at their fixed offsets). */
  BAD_ISA: 'BAD_ISA',
  /** The delimiters are alphanumeric, whitespace, missing or not distinct (x12-basics §3). */
  BAD_DELIMITERS: 'BAD_DELIMITERS',
  /** Text in front of the first ISA (lenient readers skip it). */
  LEADING_GARBAGE: 'LEADING_GARBAGE',
  /** Something other than an ISA after an IEA (lenient readers skip to the next ISA). */
  DATA_AFTER_INTERCHANGE: 'DATA_AFTER_INTERCHANGE',
  /** The input ends with data that has no segment terminator. */
  UNTERMINATED_SEGMENT: 'UNTERMINATED_SEGMENT',
  /** No segment terminator within the configured maximum segment length. */
  SEGMENT_TOO_LONG: 'SEGMENT_TOO_LONG',
  /** A segment ID that is not 2–3 upper-case letters/digits starting with a letter. */
  BAD_SEGMENT_ID: 'BAD_SEGMENT_ID',
  /** A segment ends with an element separator (x12-basics §2: trailing empties must be dropped). */
  TRAILING_EMPTY_ELEMENT: 'TRAILING_EMPTY_ELEMENT',
  /** An element ends with a component separator (trailing empty components must be dropped). */
  TRAILING_EMPTY_COMPONENT: 'TRAILING_EMPTY_COMPONENT',

  // Envelope (ISA/GS/ST/SE/GE/IEA, x12-basics §4–5)
  /** The input ends before SE/GE/IEA closed what was opened. */
  TRUNCATED_INTERCHANGE: 'TRUNCATED_INTERCHANGE',
  /** A header (ISA/GS/ST) or outer trailer arrives while an inner envelope is still open. */
  MISSING_TRAILER: 'MISSING_TRAILER',
  /** An ST outside any GS/GE functional group. */
  MISSING_GS: 'MISSING_GS',
  /** A segment where the envelope does not allow it (e.g. a body segment outside ST/SE). */
  UNEXPECTED_SEGMENT: 'UNEXPECTED_SEGMENT',
  /** SE01, GE01 or IEA01 does not match the counted segments / transaction sets / groups. */
  COUNT_MISMATCH: 'COUNT_MISMATCH',
  /** SE02 ≠ ST02, GE02 ≠ GS06 or IEA02 ≠ ISA13. */
  CONTROL_NUMBER_MISMATCH: 'CONTROL_NUMBER_MISMATCH',
  /** A control number that is not in its format (ISA13 9 digits, GS06 1–9 digits, ST02 4–9 chars). */
  INVALID_CONTROL_NUMBER: 'INVALID_CONTROL_NUMBER',
  /** ISA13 repeated in one file, GS06 in one interchange or ST02 in one group. */
  DUPLICATE_CONTROL_NUMBER: 'DUPLICATE_CONTROL_NUMBER',
  /** A coded envelope value outside its code list (e.g. ISA14 not 0/1, ISA15 not P/T). */
  INVALID_VALUE: 'INVALID_VALUE',
  /** An envelope builder method called out of order, or an empty group/transaction set. */
  ENVELOPE_STATE: 'ENVELOPE_STATE',

  // Data values (writer and formatting helpers, x12-basics §8–10)
  /** A data value contains one of the active delimiters (5010 has no escape character). */
  DELIMITER_IN_DATA: 'DELIMITER_IN_DATA',
  /** A character outside the basic/extended X12 character set, or a control character. */
  INVALID_CHARACTER: 'INVALID_CHARACTER',
  /** A value with leading or trailing spaces (only ISA pads). */
  UNTRIMMED_VALUE: 'UNTRIMMED_VALUE',
  /** A required value is missing or empty. */
  MISSING_VALUE: 'MISSING_VALUE',
  /** A value longer than its element allows (never truncated silently). */
  VALUE_TOO_LONG: 'VALUE_TOO_LONG',
  /** A value shorter than its element requires. */
  VALUE_TOO_SHORT: 'VALUE_TOO_SHORT',
  /** Not a valid N0/R number, a float where integer cents were required, or out of range. */
  INVALID_NUMBER: 'INVALID_NUMBER',
  /** Not a real calendar date in the required layout. */
  INVALID_DATE: 'INVALID_DATE',
  /** Not a valid HHMM[SS[DD]] time. */
  INVALID_TIME: 'INVALID_TIME',
  /** A segment with no element values at all. */
  EMPTY_SEGMENT: 'EMPTY_SEGMENT',
} as const;

export type X12ErrorCode = (typeof X12ErrorCode)[keyof typeof X12ErrorCode];

/** Where a problem is. All fields are optional because not every problem has every coordinate. */
export interface X12Position {
  /** 0-based ordinal of the segment in the input (across all interchanges of the file). */
  segmentIndex?: number;
  segmentId?: string;
  /** 1-based element position, as the guides number it (NM103 → 3). */
  element?: number;
  /** 1-based component position inside a composite (CLM05-3 → 3). */
  component?: number;
  /** 1-based line number (counting LF) where the segment starts. */
  line?: number;
  /** 0-based offset, in UTF-16 code units of the decoded text, where the segment starts. */
  offset?: number;
}

export type X12Severity = 'error' | 'warning';

/** A problem reported by a lenient reader or a checker, as plain data (JSON-serialisable). */
export interface X12Diagnostic extends X12Position {
  code: X12ErrorCode;
  severity: X12Severity;
  message: string;
}

/** Thrown by strict readers, the writer and the formatting helpers. */
export class X12Error extends Error implements X12Position {
  readonly code: X12ErrorCode;
  // `declare`: no own property unless set, so errors stay tidy in logs and `toEqual`.
  declare readonly segmentIndex?: number;
  declare readonly segmentId?: string;
  declare readonly element?: number;
  declare readonly component?: number;
  declare readonly line?: number;
  declare readonly offset?: number;

  constructor(code: X12ErrorCode, message: string, position: X12Position = {}) {
    super(message);
    this.name = 'X12Error';
    this.code = code;
    // Only copy defined coordinates so `toEqual`/JSON output stays tidy.
    if (position.segmentIndex !== undefined) this.segmentIndex = position.segmentIndex;
    if (position.segmentId !== undefined) this.segmentId = position.segmentId;
    if (position.element !== undefined) this.element = position.element;
    if (position.component !== undefined) this.component = position.component;
    if (position.line !== undefined) this.line = position.line;
    if (position.offset !== undefined) this.offset = position.offset;
  }

  /** The same problem as a diagnostic (what a lenient reader would have reported). */
  toDiagnostic(severity: X12Severity = 'error'): X12Diagnostic {
    return diagnostic(this.code, this.message, this, severity);
  }

  /** Re-raise a diagnostic as an error (used when a lenient result must become strict). */
  static fromDiagnostic(d: X12Diagnostic): X12Error {
    return new X12Error(d.code, d.message, d);
  }

  /** Copy of this error with more position fields filled in (fields already set win). */
  withPosition(position: X12Position): X12Error {
    return new X12Error(this.code, this.message, { ...position, ...definedPosition(this) });
  }
}

export function isX12Error(value: unknown): value is X12Error {
  return value instanceof X12Error;
}

/** Build a diagnostic, keeping only the defined position fields. */
export function diagnostic(
  code: X12ErrorCode,
  message: string,
  position: X12Position = {},
  severity: X12Severity = 'error',
): X12Diagnostic {
  return { code, severity, message, ...definedPosition(position) };
}

function definedPosition(p: X12Position): X12Position {
  const out: X12Position = {};
  if (p.segmentIndex !== undefined) out.segmentIndex = p.segmentIndex;
  if (p.segmentId !== undefined) out.segmentId = p.segmentId;
  if (p.element !== undefined) out.element = p.element;
  if (p.component !== undefined) out.component = p.component;
  if (p.line !== undefined) out.line = p.line;
  if (p.offset !== undefined) out.offset = p.offset;
  return out;
}

/** `NM1`, 3 → `NM103`: the way the guides name an element, for messages. */
export function elementName(segmentId: string, element: number, component?: number): string {
  const name = `${segmentId}${String(element).padStart(2, '0')}`;
  return component === undefined ? name : `${name}-${component}`;
}
