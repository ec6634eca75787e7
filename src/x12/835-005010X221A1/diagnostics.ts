// What the 835 reader reports: the core's lexical and envelope codes plus the 835's own (balancing,
// loop structure, values), as plain `{ code, message, segmentIndex }` data. Only input that is not
// X12 at all, or holds no 835, is an error (`Remittance835Error`); everything else is a diagnostic.

import { X12ErrorCode, type X12Diagnostic } from '../core/errors';

/** Codes the 835 reader adds to the core's `X12ErrorCode`. Stable: never rename one. */
export const Remittance835Code = {
  /** 835-structure §7 rule 1: SVC02 − Σ line CAS ≠ SVC03. */
  LINE_OUT_OF_BALANCE: 'LINE_OUT_OF_BALANCE',
  /** 835-structure §7 rule 2: CLP03 − Σ claim CAS − Σ line CAS ≠ CLP04. */
  CLAIM_OUT_OF_BALANCE: 'CLAIM_OUT_OF_BALANCE',
  /** 835-structure §7 rule 3: BPR02 ≠ Σ CLP04 − Σ PLB amounts. */
  PAYMENT_OUT_OF_BALANCE: 'PAYMENT_OUT_OF_BALANCE',
  /** An amount a balancing rule needs is missing or unreadable: the rule cannot be checked. */
  BALANCE_NOT_VERIFIABLE: 'BALANCE_NOT_VERIFIABLE',
  /** A transaction set other than 835 (skipped), or a file without any 835. */
  UNSUPPORTED_TRANSACTION: 'UNSUPPORTED_TRANSACTION',
  /** GS08 is not 005010X221A1 (the transaction is still read). */
  UNSUPPORTED_VERSION: 'UNSUPPORTED_VERSION',
  /** A segment the guide requires is absent (BPR, TRN, N1*PR, N1*PE, NM1*QC). */
  MISSING_SEGMENT: 'MISSING_SEGMENT',
  /** A segment that does not belong in the loop where it appears (skipped). */
  UNEXPECTED_SEGMENT: X12ErrorCode.UNEXPECTED_SEGMENT,
  /** A loop-opening segment after the PLB summary (read anyway). */
  SEGMENT_OUT_OF_ORDER: 'SEGMENT_OUT_OF_ORDER',
  /** A code outside its list (CLP02, CAS01); the value is kept. */
  UNKNOWN_CODE: 'UNKNOWN_CODE',
  /** A code the 5010 guide retired (CAS01 `CR`); the value is kept. */
  RETIRED_CODE: 'RETIRED_CODE',
  /** A required element is empty. */
  MISSING_VALUE: X12ErrorCode.MISSING_VALUE,
  INVALID_NUMBER: X12ErrorCode.INVALID_NUMBER,
  INVALID_DATE: X12ErrorCode.INVALID_DATE,
  /** More diagnostics in one transaction than `maxDiagnostics`; the rest are counted, not kept. */
  TOO_MANY_DIAGNOSTICS: 'TOO_MANY_DIAGNOSTICS',
  /** The input holds interchanges but no transaction set at all. */
  NO_TRANSACTION_SET: 'NO_TRANSACTION_SET',
} as const;

export type Remittance835Code = (typeof Remittance835Code)[keyof typeof Remittance835Code];
export type Remittance835DiagnosticCode = Remittance835Code | X12ErrorCode;

/** One problem, as it appears in the JSON model. `segmentIndex` is 0-based over the whole input (ISA = 0). */
export interface Remittance835Diagnostic {
  code: Remittance835DiagnosticCode;
  message: string;
  segmentIndex: number | null;
}

/** Codes whose presence makes a transaction `balanced: false`. */
export const BALANCE_CODES: ReadonlySet<string> = new Set([
  Remittance835Code.LINE_OUT_OF_BALANCE,
  Remittance835Code.CLAIM_OUT_OF_BALANCE,
  Remittance835Code.PAYMENT_OUT_OF_BALANCE,
  Remittance835Code.BALANCE_NOT_VERIFIABLE,
]);

export function fromX12Diagnostic(d: X12Diagnostic): Remittance835Diagnostic {
  return { code: d.code, message: d.message, segmentIndex: d.segmentIndex ?? null };
}

/**
 * The input cannot be read as an 835 at all: not X12 (`NOT_X12`, `EMPTY_INPUT`, `MISSING_ISA`, …),
 * no transaction set (`NO_TRANSACTION_SET`), or only other transaction sets
 * (`UNSUPPORTED_TRANSACTION`, with `transactionType` = the first ST01 or `TA1`).
 */
export class Remittance835Error extends Error {
  readonly code: Remittance835DiagnosticCode;
  readonly segmentIndex: number | null;
  readonly transactionType: string | null;

  constructor(code: Remittance835DiagnosticCode, message: string, segmentIndex: number | null = null, transactionType: string | null = null) {
    super(message);
    this.name = 'Remittance835Error';
    this.code = code;
    this.segmentIndex = segmentIndex;
    this.transactionType = transactionType;
  }

  /** `{ code, message, segmentIndex }` — what the CLI prints under `error`. */
  toJSON(): Remittance835Diagnostic {
    return { code: this.code, message: this.message, segmentIndex: this.segmentIndex };
  }
}
