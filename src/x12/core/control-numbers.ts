// Control-number formats and arithmetic (x12-basics §5). The numbers themselves come from the
// database ledger and are passed in; this module only formats, validates and computes the
// successor, so every worker agrees on the rules.
//
//   ISA13  interchange   exactly 9 digits, zero-padded        must equal IEA02
//   GS06   group         1–9 digits (N0, no leading zeros)     must equal GE02
//   ST02   transaction   4–9 characters (AN; we use digits)    must equal SE02

import { X12Error, X12ErrorCode } from './errors';

export type ControlNumberKind = 'interchange' | 'group' | 'transaction';

/** Smallest and largest numeric value per kind. Zero is never issued (see `nextControlNumber`). */
export const CONTROL_NUMBER_RANGE: Readonly<Record<ControlNumberKind, { min: number; max: number }>> = Object.freeze({
  interchange: { min: 1, max: 999_999_999 },
  group: { min: 1, max: 999_999_999 },
  transaction: { min: 1, max: 999_999_999 },
});

const ELEMENT: Record<ControlNumberKind, string> = { interchange: 'ISA13', group: 'GS06', transaction: 'ST02' };

function toNumber(value: number | bigint | string, kind: ControlNumberKind): number {
  let n: number;
  if (typeof value === 'string') {
    if (!/^\d{1,9}$/.test(value)) {
      throw new X12Error(X12ErrorCode.INVALID_CONTROL_NUMBER, `${ELEMENT[kind]} ${JSON.stringify(value)} is not 1–9 digits`);
    }
    n = Number(value);
  } else n = typeof value === 'bigint' ? Number(value) : value;
  const { min, max } = CONTROL_NUMBER_RANGE[kind];
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new X12Error(X12ErrorCode.INVALID_CONTROL_NUMBER, `${ELEMENT[kind]} ${String(value)} is outside ${min}–${max}`);
  }
  return n;
}

/** ISA13: 9 digits, zero-padded (`42` → `000000042`). */
export function formatInterchangeControlNumber(value: number | bigint | string): string {
  return String(toNumber(value, 'interchange')).padStart(9, '0');
}

/** GS06: 1–9 digits without leading zeros (`42` → `42`). */
export function formatGroupControlNumber(value: number | bigint | string): string {
  return String(toNumber(value, 'group'));
}

/**
 * ST02: a number is zero-padded to at least 4 digits (`1` → `0001`); a string is kept as is if
 * it is 4–9 characters of letters/digits (ST02 is AN, some partners use alphanumerics).
 */
export function formatTransactionSetControlNumber(value: number | bigint | string): string {
  if (typeof value === 'string') {
    if (!isValidTransactionSetControlNumber(value)) {
      throw new X12Error(
        X12ErrorCode.INVALID_CONTROL_NUMBER,
        `ST02 ${JSON.stringify(value)} must be 4–9 letters or digits`,
      );
    }
    return value;
  }
  return String(toNumber(value, 'transaction')).padStart(4, '0');
}

/** ISA13 / IEA02 format: exactly 9 digits. */
export function isValidInterchangeControlNumber(value: string): boolean {
  return /^\d{9}$/.test(value);
}

/** GS06 / GE02 format: 1–9 digits. */
export function isValidGroupControlNumber(value: string): boolean {
  return /^\d{1,9}$/.test(value);
}

/** ST02 / SE02 format: 4–9 characters, letters and digits. */
export function isValidTransactionSetControlNumber(value: string): boolean {
  return /^[A-Za-z0-9]{4,9}$/.test(value);
}

/** Numeric value of a control number as read from a file (`000000042` → 42); throws if not digits. */
export function parseControlNumber(value: string, kind: ControlNumberKind = 'interchange'): number {
  if (!/^\d{1,9}$/.test(value)) {
    throw new X12Error(X12ErrorCode.INVALID_CONTROL_NUMBER, `${ELEMENT[kind]} ${JSON.stringify(value)} is not 1–9 digits`);
  }
  return Number(value);
}

/**
 * The control number after `current`: `current + 1`, wrapping from 999,999,999 back to 1.
 *
 * Wraparound rules: all three numbers are at most nine digits, so after 999999999 the sequence
 * restarts at 1 — never at 0, which many receivers read as "not set". Wrapping reuses old
 * numbers: receivers reject a repeated ISA13 from the same sender inside their duplicate window
 * (TA1 note 025), so the ledger must alert long before a per-partner ISA13 counter nears the top,
 * and must never hand out a number still awaiting its acknowledgment. ST02 restarts at 1 in each
 * group, so it cannot realistically wrap.
 */
export function nextControlNumber(current: number, kind: ControlNumberKind = 'interchange'): number {
  const { min, max } = CONTROL_NUMBER_RANGE[kind];
  if (!Number.isSafeInteger(current) || current < min || current > max) {
    throw new X12Error(X12ErrorCode.INVALID_CONTROL_NUMBER, `${ELEMENT[kind]} ${String(current)} is outside ${min}–${max}`);
  }
  return current === max ? min : current + 1;
}
