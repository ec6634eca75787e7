// What the acknowledgment readers (TA1, 999, 277CA) report: the core's lexical and envelope codes
// plus their own, as plain `{ code, message, segmentIndex }` data. Only input that is not X12, or
// holds no acknowledgment of the kind asked for, is an error (`AcknowledgmentError`).

import { X12ErrorCode, type X12Diagnostic } from '../core/errors';
import type { Segment } from '../core/segment';

/** Codes the acknowledgment readers add to the core's `X12ErrorCode`. Stable: never rename one. */
export const AckCode = {
  /** A transaction set of another kind (skipped), or a file without the acknowledgment asked for. */
  UNSUPPORTED_TRANSACTION: 'UNSUPPORTED_TRANSACTION',
  /** GS08/ST03 is not the guide this reader implements (the transaction is still read). */
  UNSUPPORTED_VERSION: 'UNSUPPORTED_VERSION',
  /** A segment the guide requires is absent (AK1, IK5, AK9, TRN in a 2200D, …). */
  MISSING_SEGMENT: 'MISSING_SEGMENT',
  /** A segment where the guide does not allow it (skipped). */
  UNEXPECTED_SEGMENT: X12ErrorCode.UNEXPECTED_SEGMENT,
  /** A code outside its table; the value is kept. */
  UNKNOWN_CODE: 'UNKNOWN_CODE',
  /** A required element is empty. */
  MISSING_VALUE: X12ErrorCode.MISSING_VALUE,
  INVALID_NUMBER: X12ErrorCode.INVALID_NUMBER,
  INVALID_DATE: X12ErrorCode.INVALID_DATE,
  /** The input holds interchanges but no transaction set and no TA1. */
  NO_TRANSACTION_SET: 'NO_TRANSACTION_SET',
} as const;

export type AckCode = (typeof AckCode)[keyof typeof AckCode];
export type AckDiagnosticCode = AckCode | X12ErrorCode;

/** One problem. `segmentIndex` is 0-based over the whole input (ISA = 0), null when not tied to a segment. */
export interface AckDiagnostic {
  code: AckDiagnosticCode;
  message: string;
  segmentIndex: number | null;
}

export function fromX12Diagnostic(d: X12Diagnostic): AckDiagnostic {
  return { code: d.code, message: d.message, segmentIndex: d.segmentIndex ?? null };
}

/**
 * The input cannot be read as an acknowledgment: not X12 (`NOT_X12`, `EMPTY_INPUT`, `MISSING_ISA`,
 * … — the core's codes), no transaction set (`NO_TRANSACTION_SET`), or none of the kind asked for
 * (`UNSUPPORTED_TRANSACTION`, with `transactionType` = the first ST01 found).
 */
export class AcknowledgmentError extends Error {
  readonly code: AckDiagnosticCode;
  readonly segmentIndex: number | null;
  readonly transactionType: string | null;

  constructor(code: AckDiagnosticCode, message: string, segmentIndex: number | null = null, transactionType: string | null = null) {
    super(message);
    this.name = 'AcknowledgmentError';
    this.code = code;
    this.segmentIndex = segmentIndex;
    this.transactionType = transactionType;
  }

  toJSON(): AckDiagnostic {
    return { code: this.code, message: this.message, segmentIndex: this.segmentIndex };
  }
}

/** Collects diagnostics and reads element values, reporting what is malformed. Shared by the three readers. */
export class AckDiagnostics {
  readonly list: AckDiagnostic[] = [];

  /** Record a problem at a segment, a segment index, or nowhere in particular. */
  report(code: AckDiagnosticCode, message: string, at: Segment | number | null): void {
    this.list.push({ code, message, segmentIndex: at === null || typeof at === 'number' ? at : at.index });
  }

  /** Element n, or null when empty. */
  text(seg: Segment, n: number): string | null {
    const v = seg.element(n);
    return v === '' ? null : v;
  }

  /** Element n, reported as MISSING_VALUE when empty. */
  required(seg: Segment, n: number, name: string): string | null {
    const v = seg.element(n);
    if (v !== '') return v;
    this.report(AckCode.MISSING_VALUE, `${name} is empty in ${seg.id}`, seg);
    return null;
  }

  /** A non-negative integer (N0) from `value`, null when empty; INVALID_NUMBER when it is not one. */
  integer(seg: Segment, value: string, name: string): number | null {
    if (value === '') return null;
    if (/^\d{1,15}$/.test(value)) return Number(value);
    this.report(AckCode.INVALID_NUMBER, `${name} ${JSON.stringify(value)} is not a whole number`, seg);
    return null;
  }

  /** The description of `code` in `table`; UNKNOWN_CODE (and null) for a code outside it. */
  describe(seg: Segment, table: Readonly<Record<string, string>>, code: string | null, name: string): string | null {
    if (code === null) return null;
    const d = table[code];
    if (d !== undefined) return d;
    this.report(AckCode.UNKNOWN_CODE, `${name} ${JSON.stringify(code)} is not in the code table`, seg);
    return null;
  }
}

/** Two diagnostic lists as one, in segment order (stable: at one segment, `a`'s come first). */
export function mergeDiagnostics(a: readonly AckDiagnostic[], b: readonly AckDiagnostic[]): AckDiagnostic[] {
  return [...a, ...b].sort((x, y) => (x.segmentIndex ?? Infinity) - (y.segmentIndex ?? Infinity));
}
