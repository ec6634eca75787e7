// Number, date and time formatting for X12 5010 data elements (x12-basics §8–9), and the
// matching parsers. Money is integer cents in and out — never a binary float — and the writer
// emits the minimal R form the guides prefer (`150`, `12.5`, `-0.05`).

import { X12Error, X12ErrorCode } from './errors';

// ---- money (data element 782, type R) ------------------------------------------------------

/** HIPAA limits monetary amounts to 10 digits including cents: the largest is 99999999.99. */
export const MAX_AMOUNT_DIGITS = 10;

export interface AmountOptions {
  /** Maximum digits including the two cents digits (sign and point not counted). Default 10. */
  maxDigits?: number;
}

/**
 * Integer cents → X12 R amount: 15000 → `150`, 1250 → `12.5`, 1205 → `12.05`, -5 → `-0.05`.
 * Accepts a bigint or a safe-integer number of cents; anything else (12.5, NaN) is INVALID_NUMBER.
 */
export function formatAmount(cents: bigint | number, options: AmountOptions = {}): string {
  // Fast path (the common case): a safe-integer number within the default 10 digits, formatted
  // with exact integer arithmetic (`% 100`, then a division that leaves no remainder).
  if (typeof cents === 'number' && options.maxDigits === undefined && Number.isSafeInteger(cents) && cents <= 9999999999 && cents >= -9999999999) {
    if (cents === 0) return '0';
    const negative = cents < 0;
    const abs = negative ? -cents : cents;
    const rest = abs % 100;
    const whole = String((abs - rest) / 100);
    const text = rest === 0 ? whole : rest % 10 === 0 ? whole + '.' + rest / 10 : whole + (rest < 10 ? '.0' : '.') + rest;
    return negative ? '-' + text : text;
  }
  let digits: string;
  let negative: boolean;
  if (typeof cents === 'bigint') {
    negative = cents < 0n;
    digits = (negative ? -cents : cents).toString();
  } else {
    if (!Number.isSafeInteger(cents)) {
      throw new X12Error(
        X12ErrorCode.INVALID_NUMBER,
        `amounts are integer cents; got ${String(cents)} (convert from a decimal string, never from a float)`,
      );
    }
    negative = cents < 0;
    digits = String(Math.abs(cents));
  }
  const maxDigits = options.maxDigits ?? MAX_AMOUNT_DIGITS;
  if (digits.length > maxDigits) {
    throw new X12Error(X12ErrorCode.VALUE_TOO_LONG, `amount of ${digits} cents has more than ${maxDigits} digits`);
  }
  if (digits === '0') return '0';
  const padded = digits.padStart(3, '0');
  const whole = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  let frac = padded.slice(-2);
  if (frac[1] === '0') frac = frac[0] === '0' ? '' : frac[0];
  return (negative ? '-' : '') + whole + (frac === '' ? '' : '.' + frac);
}

const DECIMAL = /^(-)?(\d*)(?:\.(\d*))?$/;

/**
 * X12 R amount → integer cents. Accepts every form a sender may use (`100`, `100.5`, `100.50`,
 * `-.5`, `00.50`, `100.`); rejects signs other than a leading `-`, exponents, separators, and
 * non-zero digits past the cents (`1.005`), which cents cannot hold.
 */
export function parseAmount(text: string): number {
  const fast = plainCents(text);
  if (fast !== -1) return fast;
  const m = DECIMAL.exec(text);
  const whole = m?.[2] ?? '';
  const frac = m?.[3] ?? '';
  if (m === null || whole.length + frac.length === 0) {
    throw new X12Error(X12ErrorCode.INVALID_NUMBER, `${JSON.stringify(text)} is not an X12 decimal amount`);
  }
  if (frac.length > 2 && /[^0]/.test(frac.slice(2))) {
    throw new X12Error(X12ErrorCode.INVALID_NUMBER, `${JSON.stringify(text)} has fractions of a cent`);
  }
  const cents = Number((whole || '0') + (frac + '00').slice(0, 2));
  if (!Number.isSafeInteger(cents)) {
    throw new X12Error(X12ErrorCode.INVALID_NUMBER, `${JSON.stringify(text)} is too large to hold in cents`);
  }
  return m[1] === '-' && cents !== 0 ? -cents : cents;
}

/**
 * Cents of the common unsigned form `D…D[.[D[D]]]` (1–13 whole digits), by string scan and
 * integer arithmetic (no float, no regular expression); -1 for anything else.
 */
function plainCents(text: string): number {
  const n = text.length;
  if (n === 0 || n > 16) return -1;
  let whole = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + (c - 48);
  }
  if (i === 0 || i > 13) return -1;
  if (i === n) return whole * 100;
  if (text.charCodeAt(i) !== 46 || n - i > 3) return -1; // '.', then at most two digits
  let frac = 0;
  for (let k = i + 1; k < i + 3; k++) {
    const c = k < n ? text.charCodeAt(k) : 48;
    if (c < 48 || c > 57) return -1;
    frac = frac * 10 + (c - 48);
  }
  return whole * 100 + frac;
}

// ---- other decimals (unit counts, percentages: type R) --------------------------------------

export interface DecimalOptions {
  /** Refuse (INVALID_NUMBER) more significant fraction digits than this; never rounds. */
  maxFractionDigits?: number;
  /** Refuse (VALUE_TOO_LONG) more digits than this, sign and point not counted. */
  maxDigits?: number;
}

/**
 * A decimal given as a string (or an integer) → minimal X12 R form: `1.50` → `1.5`, `007` → `7`,
 * `2.0` → `2`, `-0` → `0`. Non-integer JS numbers are refused: pass decimals as strings.
 */
export function formatDecimal(value: string | number | bigint, options: DecimalOptions = {}): string {
  let text: string;
  if (typeof value === 'bigint') text = value.toString();
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new X12Error(X12ErrorCode.INVALID_NUMBER, `decimals must be given as strings; got the number ${String(value)}`);
    }
    text = String(value);
  } else text = value;
  const m = DECIMAL.exec(text);
  let whole = m?.[2] ?? '';
  let frac = m?.[3] ?? '';
  if (m === null || whole.length + frac.length === 0) {
    throw new X12Error(X12ErrorCode.INVALID_NUMBER, `${JSON.stringify(text)} is not a decimal number`);
  }
  whole = whole.replace(/^0+/, '') || '0';
  frac = frac.replace(/0+$/, '');
  if (options.maxFractionDigits !== undefined && frac.length > options.maxFractionDigits) {
    throw new X12Error(
      X12ErrorCode.INVALID_NUMBER,
      `${JSON.stringify(text)} has more than ${options.maxFractionDigits} decimal places`,
    );
  }
  const digitCount = (whole === '0' ? (frac.length > 0 ? 0 : 1) : whole.length) + frac.length;
  if (options.maxDigits !== undefined && digitCount > options.maxDigits) {
    throw new X12Error(X12ErrorCode.VALUE_TOO_LONG, `${JSON.stringify(text)} has more than ${options.maxDigits} digits`);
  }
  const body = whole + (frac.length > 0 ? '.' + frac : '');
  return m[1] === '-' && body !== '0' ? '-' + body : body;
}

/** An N0 integer (counts, LX01, SE01…): no point, no leading zeros. */
export function formatInteger(value: number | bigint | string): string {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new X12Error(X12ErrorCode.INVALID_NUMBER, `${String(value)} is not an integer`);
    return String(value === 0 ? 0 : value);
  }
  if (typeof value === 'bigint') return value.toString();
  const m = /^(-)?(\d+)$/.exec(value);
  if (m === null) throw new X12Error(X12ErrorCode.INVALID_NUMBER, `${JSON.stringify(value)} is not an integer`);
  const digits = m[2].replace(/^0+(?=\d)/, '');
  return m[1] === '-' && digits !== '0' ? '-' + digits : digits;
}

// ---- dates and times (x12-basics §8) -------------------------------------------------------

/** A calendar date: `YYYY-MM-DD`, `CCYYMMDD`, or its parts. Date objects are not accepted (time zones). */
export type DateInput = string | { readonly year: number; readonly month: number; readonly day: number };
/** A time of day: `HH:MM`, `HHMM`, `HH:MM:SS`, `HHMMSS`, or its parts. */
export type TimeInput = string | { readonly hour: number; readonly minute: number };

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real calendar date (month 1–12, day within the month, leap years counted). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeap(year) ? 29 : DAYS[month]);
}

/** Parse a DateInput into its parts; throws INVALID_DATE. */
export function toCalendarDate(input: DateInput): CalendarDate {
  let year: number;
  let month: number;
  let day: number;
  if (typeof input === 'string') {
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(input) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
    if (m === null) {
      throw new X12Error(X12ErrorCode.INVALID_DATE, `${JSON.stringify(input)} is not a date (YYYY-MM-DD or CCYYMMDD)`);
    }
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  } else {
    ({ year, month, day } = input);
  }
  if (!isCalendarDate(year, month, day)) {
    throw new X12Error(X12ErrorCode.INVALID_DATE, `${JSON.stringify(input)} is not a real calendar date`);
  }
  return { year, month, day };
}

/** DT date `CCYYMMDD` (GS04, BHT04, DMG02, DTP03 with D8, DTM02…). */
export function formatDate(input: DateInput): string {
  const { year, month, day } = toCalendarDate(input);
  return String(year).padStart(4, '0') + String(month).padStart(2, '0') + String(day).padStart(2, '0');
}

/** ISA09 `YYMMDD`. */
export function formatIsaDate(input: DateInput): string {
  return formatDate(input).slice(2);
}

/** Parse a `CCYYMMDD` element value; throws INVALID_DATE. */
export function parseDate(ccyymmdd: string): CalendarDate {
  if (!/^\d{8}$/.test(ccyymmdd)) throw new X12Error(X12ErrorCode.INVALID_DATE, `${JSON.stringify(ccyymmdd)} is not CCYYMMDD`);
  return toCalendarDate(ccyymmdd);
}

/** True for a real `CCYYMMDD` date. */
export function isValidDate(ccyymmdd: string): boolean {
  if (ccyymmdd.length !== 8) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 8; i++) {
    const d = ccyymmdd.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (i < 4) year = year * 10 + d;
    else if (i < 6) month = month * 10 + d;
    else day = day * 10 + d;
  }
  return isCalendarDate(year, month, day);
}

/** True for a real ISA09 `YYMMDD` date (leap years judged in 20YY). */
export function isValidIsaDate(yymmdd: string): boolean {
  return /^\d{6}$/.test(yymmdd) && isValidDate('20' + yymmdd);
}

/** True for a TM time `HHMM`, `HHMMSS`, `HHMMSSD` or `HHMMSSDD` (GS05, BHT05; ISA10 is `HHMM` only). */
export function isValidTime(value: string): boolean {
  if (!/^\d{4}(\d{2}(\d{1,2})?)?$/.test(value)) return false;
  const h = Number(value.slice(0, 2));
  const m = Number(value.slice(2, 4));
  const s = value.length >= 6 ? Number(value.slice(4, 6)) : 0;
  return h <= 23 && m <= 59 && s <= 59;
}

/** TM time `HHMM` (ISA10, GS05, BHT05). Seconds in the input are dropped, not rounded. */
export function formatTime(input: TimeInput): string {
  let hour: number;
  let minute: number;
  if (typeof input === 'string') {
    const m = /^(\d{2}):?(\d{2})(?::?(\d{2}))?$/.exec(input);
    if (m === null) throw new X12Error(X12ErrorCode.INVALID_TIME, `${JSON.stringify(input)} is not a time (HH:MM or HHMM)`);
    hour = Number(m[1]);
    minute = Number(m[2]);
    if (m[3] !== undefined && Number(m[3]) > 59) {
      throw new X12Error(X12ErrorCode.INVALID_TIME, `${JSON.stringify(input)} is not a valid time`);
    }
  } else {
    ({ hour, minute } = input);
  }
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    throw new X12Error(X12ErrorCode.INVALID_TIME, `${JSON.stringify(input)} is not a valid time`);
  }
  return String(hour).padStart(2, '0') + String(minute).padStart(2, '0');
}

/** RD8 value `CCYYMMDD-CCYYMMDD` (from-through, both ends required, from ≤ through). */
export function formatDateRange(from: DateInput, through: DateInput): string {
  const a = formatDate(from);
  const b = formatDate(through);
  if (b < a) throw new X12Error(X12ErrorCode.INVALID_DATE, `date range ends (${b}) before it starts (${a})`);
  return `${a}-${b}`;
}

/**
 * A date element with its format qualifier, for DTP02/DTP03 and similar pairs: one date → `D8`,
 * a from/through pair → `RD8` (even when both ends are equal, since the caller asked for a range).
 */
export function formatDateQualified(from: DateInput, through?: DateInput): { qualifier: 'D8' | 'RD8'; value: string } {
  return through === undefined
    ? { qualifier: 'D8', value: formatDate(from) }
    : { qualifier: 'RD8', value: formatDateRange(from, through) };
}
