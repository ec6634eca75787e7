// One interpreter per 835 segment the model needs: element positions → model values. Each takes
// the segment and an `ElementReader` that turns raw elements into cents/dates/decimals and reports
// unreadable values as diagnostics, so no interpreter ever throws on bad data.

import type { Segment } from '../core/segment';
import { isClaimAdjustmentGroupCode, ClaimAdjustmentGroupCode } from './codes';
import { Remittance835Code, type Remittance835DiagnosticCode } from './diagnostics';
import type { Adjustment, ProviderAdjustment } from './model';
import { formatCents } from './values';

/** Element access with diagnostics; implemented by the reader. */
export interface ElementReader {
  /** Element n as text; null when empty or absent. */
  text(seg: Segment, n: number): string | null;
  /**
   * Element n as integer cents: null when empty/absent (a MISSING_VALUE diagnostic when
   * `required`), NaN when unreadable (an INVALID_NUMBER diagnostic).
   */
  cents(seg: Segment, n: number, required: boolean): number | null;
  /** Element n (CCYYMMDD) as YYYY-MM-DD; null when absent or not a real date (INVALID_DATE). */
  date(seg: Segment, n: number): string | null;
  /** Element n as a minimal decimal string; null when absent or unreadable (INVALID_NUMBER). */
  decimal(seg: Segment, n: number): string | null;
  report(code: Remittance835DiagnosticCode, message: string, seg: Segment): void;
}

/**
 * Cents (or null/NaN) → model amount. `text` is the element the cents came from: when it is
 * already in the model's form (`217.49`, `-0.05`) it is returned as is, saving a string.
 */
export function amountOf(cents: number | null, text?: string): string | null {
  if (cents === null || cents !== cents) return null;
  if (text !== undefined && isCanonicalAmount(text, cents)) return text;
  return formatCents(cents);
}

/** `text` (already parsed to `cents`) has exactly two decimals, no leading zeros and no `-0`. */
function isCanonicalAmount(text: string, cents: number): boolean {
  const n = text.length;
  if (n < 4 || text.charCodeAt(n - 3) !== 46 /* . */) return false;
  const start = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  if (start === 1 && cents === 0) return false;
  // A leading zero is canonical only as the whole part "0" (0.05).
  return text.charCodeAt(start) !== 48 || start + 1 === n - 3;
}

/** True when a cents value can take part in a balancing equation. */
export function known(cents: number | null): cents is number {
  return cents !== null && cents === cents;
}

/**
 * CAS — claim (2100) or service (2110) adjustment, up to six reason/amount/quantity triplets:
 * `CAS*CO*45*30~`, `CAS*PR*1*50**2*10.5~`, `CAS*OA*23*516*1*94*-9~`.
 * Appends one Adjustment per triplet; returns the sum of their cents, or NaN when an amount is
 * missing or unreadable (the equation using it cannot be checked).
 */
export function readCas(seg: Segment, r: ElementReader, into: Adjustment[]): number {
  const group = seg.elements[1] ?? '';
  if (group === ClaimAdjustmentGroupCode.CorrectionsAndReversals) {
    r.report(Remittance835Code.RETIRED_CODE, 'CAS01 group code CR (corrections and reversals) was retired in 5010; read anyway', seg);
  } else if (!isClaimAdjustmentGroupCode(group)) {
    r.report(
      group === '' ? Remittance835Code.MISSING_VALUE : Remittance835Code.UNKNOWN_CODE,
      group === '' ? 'CAS01 group code is empty' : `CAS01 group code ${JSON.stringify(group)} is not CO, OA, PI or PR`,
      seg,
    );
  }
  let sum = 0;
  let triplets = 0;
  const n = seg.elements.length;
  for (let e = 2; e < n && e <= 17; e += 3) {
    const reason = seg.elements[e];
    const amountText = seg.elements[e + 1];
    const qtyText = seg.elements[e + 2];
    if (!reason && !amountText && !qtyText) continue;
    triplets++;
    if (!reason) r.report(Remittance835Code.MISSING_VALUE, `CAS${String(e).padStart(2, '0')} reason code is empty`, seg);
    const cents = r.cents(seg, e + 1, true);
    sum += known(cents) ? cents : NaN;
    into.push({ group, reason: reason ?? '', amount: amountOf(cents, amountText), quantity: qtyText ? r.decimal(seg, e + 2) : null });
  }
  if (triplets === 0) r.report(Remittance835Code.MISSING_VALUE, 'CAS has no reason/amount triplet', seg);
  return sum;
}

/**
 * PLB — provider-level adjustments: provider ID, fiscal period end, then up to six
 * reason:reference / amount pairs: `PLB*1234567893*20241231*L6*-5.25*WO:PAYERCLM0555*50~`.
 * Appends one ProviderAdjustment per pair; returns the sum of their cents (NaN when unreadable).
 */
export function readPlb(seg: Segment, r: ElementReader, into: ProviderAdjustment[]): number {
  const providerId = r.text(seg, 1);
  const fiscalPeriodDate = r.date(seg, 2);
  let sum = 0;
  let pairs = 0;
  const n = seg.elements.length;
  for (let e = 3; e < n && e <= 13; e += 2) {
    if (!seg.elements[e] && !seg.elements[e + 1]) continue;
    pairs++;
    const reason = seg.component(e, 1);
    const reference = seg.component(e, 2);
    if (!reason) r.report(Remittance835Code.MISSING_VALUE, `PLB${String(e).padStart(2, '0')}-1 adjustment reason is empty`, seg);
    const cents = r.cents(seg, e + 1, true);
    sum += known(cents) ? cents : NaN;
    into.push({ providerId, fiscalPeriodDate, reason, reference: reference || null, amount: amountOf(cents, seg.elements[e + 1]) });
  }
  if (pairs === 0) r.report(Remittance835Code.MISSING_VALUE, 'PLB has no adjustment reason/amount pair', seg);
  return sum;
}

/**
 * MOA — outpatient adjudication (2100): remark codes in MOA03–MOA07:
 * `MOA***MA02~`, `MOA*0*12.5*N130*MA01~`.
 */
export function readMoaRemarks(seg: Segment, into: string[]): void {
  for (let e = 3; e <= 7; e++) {
    const code = seg.elements[e];
    if (code) into.push(code);
  }
}

/**
 * MIA — inpatient adjudication (2100): remark codes in MIA05 and MIA20–MIA23:
 * `MIA*0***138018.4~`, `MIA*3**0*0*MA61~`.
 */
export function readMiaRemarks(seg: Segment, into: string[]): void {
  const first = seg.elements[5];
  if (first) into.push(first);
  for (let e = 20; e <= 23; e++) {
    const code = seg.elements[e];
    if (code) into.push(code);
  }
}

/** SVC01 / procedure composite: `HC:99214:25`, `AD:D0120`, `NU:0450` → qualifier, code, modifiers. */
export function readProcedure(seg: Segment, n: number): { qualifier: string | null; code: string | null; modifiers: string[] } {
  const value = seg.elements[n];
  const modifiers: string[] = [];
  if (!value) return { qualifier: null, code: null, modifiers };
  const sep = seg.delimiters.component;
  // Hot path (one per service line): cut with indexOf rather than split + filter.
  const a = value.indexOf(sep);
  if (a === -1) return { qualifier: value, code: null, modifiers };
  let b = value.indexOf(sep, a + 1);
  const code = value.slice(a + 1, b === -1 ? value.length : b);
  // SVC01-3 … SVC01-6 are modifiers; SVC01-7 is a description, not modelled.
  for (let c = 3; b !== -1 && c <= 6; c++) {
    const start = b + 1;
    b = value.indexOf(sep, start);
    const modifier = value.slice(start, b === -1 ? value.length : b);
    if (modifier) modifiers.push(modifier);
  }
  return { qualifier: value.slice(0, a) || null, code: code || null, modifiers };
}
