// Claim values → element values, with the element named in every error: money through integer
// cents (format.ts), quantities as decimal strings, calendar-checked dates, required values and
// ICD codes. Nothing here guesses: a value that cannot be written as the TR3 wants is an X12Error.

import { X12Error, X12ErrorCode, elementName } from '../core/errors';
import { formatAmount, formatDecimal, isValidDate, parseAmount } from '../core/format';
import { DTP02_FORMAT } from './codes';

/** Re-throw an X12Error from a format helper with the element it was formatting. */
function positioned(err: unknown, segmentId: string, element: number, component: number | undefined): unknown {
  if (err instanceof X12Error) return err.withPosition(component === undefined ? { segmentId, element } : { segmentId, element, component });
  return err;
}

function named(segmentId: string, element: number, component?: number): string {
  return elementName(segmentId, element, component);
}

/** A decimal amount string ("150.00") → integer cents; throws INVALID_NUMBER naming the element. */
export function cents(value: string, segmentId: string, element: number, component?: number): number {
  try {
    return parseAmount(value);
  } catch (err) {
    throw positioned(err, segmentId, element, component);
  }
}

/** A decimal amount string → minimal X12 R form (`150.00` → `150`, `12.50` → `12.5`), via cents. */
export function amount(value: string, segmentId: string, element: number, component?: number): string {
  const c = cents(value, segmentId, element, component);
  try {
    return formatAmount(c);
  } catch (err) {
    throw positioned(err, segmentId, element, component);
  }
}

/** Optional amount: undefined stays undefined. */
export function optionalAmount(value: string | undefined, segmentId: string, element: number, component?: number): string | undefined {
  return value === undefined ? undefined : amount(value, segmentId, element, component);
}

/** Integer cents → R amount (for totals the writer computes itself). */
export function centsToAmount(value: number, segmentId: string, element: number): string {
  try {
    return formatAmount(value);
  } catch (err) {
    throw positioned(err, segmentId, element, undefined);
  }
}

/** A quantity or percentage (type R): `1.50` → `1.5`; at most `maxFraction` decimals, 15 digits. */
export function quantity(value: string | number, segmentId: string, element: number, maxFraction = 3, component?: number): string {
  // Fast path for the common whole number without leading zeros ("1", "95").
  if (typeof value === 'string' && value.length <= 15 && /^[1-9]\d*$/.test(value)) return value;
  try {
    return formatDecimal(value, { maxFractionDigits: maxFraction, maxDigits: 15 });
  } catch (err) {
    throw positioned(err, segmentId, element, component);
  }
}

/** Optional quantity. */
export function optionalQuantity(value: string | number | undefined, segmentId: string, element: number, maxFraction = 3): string | undefined {
  return value === undefined ? undefined : quantity(value, segmentId, element, maxFraction);
}

/** A `CCYYMMDD` date, checked against the calendar. */
export function date(value: string, segmentId: string, element: number, component?: number): string {
  if (!isValidDate(value)) {
    throw new X12Error(X12ErrorCode.INVALID_DATE, `${named(segmentId, element, component)} must be a real CCYYMMDD date`, {
      segmentId,
      element,
      ...(component === undefined ? {} : { component }),
    });
  }
  return value;
}

/** DTP02/DTP03 for a date or a from–through pair: D8 when there is one day, RD8 otherwise. */
export function dateOrRange(from: string, through: string | undefined, segmentId: string, element: number): [string, string] {
  const a = date(from, segmentId, element);
  if (through === undefined || through === from) return [DTP02_FORMAT.date, a];
  const b = date(through, segmentId, element);
  if (b < a) {
    throw new X12Error(X12ErrorCode.INVALID_DATE, `${named(segmentId, element)} date range ends before it starts`, { segmentId, element });
  }
  return [DTP02_FORMAT.range, `${a}-${b}`];
}

/** RD8 value `CCYYMMDD-CCYYMMDD`, both ends written even when equal (DTP*434, DTP*314, HI*BI). */
export function dateRange(from: string, through: string, segmentId: string, element: number, component?: number): string {
  const a = date(from, segmentId, element, component);
  const b = date(through, segmentId, element, component);
  if (b < a) {
    throw new X12Error(X12ErrorCode.INVALID_DATE, `${named(segmentId, element, component)} date range ends before it starts`, { segmentId, element, component });
  }
  return `${a}-${b}`;
}

/** A `CCYYMMDD-CCYYMMDD` (or single `CCYYMMDD`) value as sent in the claim JSON → D8/RD8 pair. */
export function dateOrRangeText(value: string, segmentId: string, element: number): [string, string] {
  const dash = value.indexOf('-');
  return dash === -1 ? dateOrRange(value, undefined, segmentId, element) : dateOrRange(value.slice(0, dash), value.slice(dash + 1), segmentId, element);
}

/** A value the segment cannot do without; `what` names it in the message (never the value). */
export function required<T>(value: T | undefined | null, segmentId: string, element: number, what: string): T {
  if (value === undefined || value === null || (typeof value === 'string' && value === '')) {
    throw new X12Error(X12ErrorCode.MISSING_VALUE, `${named(segmentId, element)} (${what}) is required`, { segmentId, element });
  }
  return value;
}

/** A value that is present but has no place in this transaction: refused rather than dropped. */
export function notAllowed(segmentId: string, element: number, message: string): X12Error {
  return new X12Error(X12ErrorCode.INVALID_VALUE, `${named(segmentId, element)}: ${message}`, { segmentId, element });
}

/**
 * An ICD code as the HI composites want it: the TR3 transmits ICD-10 codes without the decimal
 * point (`J06.9` → `J069`), upper case. Anything but letters and digits after that is refused.
 */
export function icdCode(code: string, segmentId: string, element: number, component = 2): string {
  const out = code.replace('.', '').toUpperCase();
  if (!/^[A-Z0-9]{1,30}$/.test(out)) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `${named(segmentId, element, component)} must be an ICD code of letters and digits`, {
      segmentId,
      element,
      component,
    });
  }
  return out;
}

/** `claimInformation.serviceLines[i]` for the 2400 loop paths, built once (a line writes it on every claim). */
const LINE_PATHS: string[] = [];
export function serviceLinePath(i: number): string {
  return (LINE_PATHS[i] ??= `claimInformation.serviceLines[${i}]`);
}

/** A shared empty list for absent JSON arrays (`x ?? NONE` allocates nothing on the hot path). */
export const NONE: readonly never[] = Object.freeze([]) as readonly never[];

/** Split a list into chunks of `size` (HI holds 12 composites, CAS 6 triplets, PER 3 numbers). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
