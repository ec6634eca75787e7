// The rules of remittance posting, as pure functions: when a transaction set may be posted, which
// claim service line an 835 service payment (loop 2110) pays, and which status a claim payment
// (loop 2100) moves its claim to. No I/O; RemittanceService applies them inside its transaction.
import type { ClaimStatus } from '../claims/claim-status';
import { amountToCents } from '../claims/money';
import type { ClaimPayment, Remittance835Diagnostic, ServicePayment } from '../x12';

/** CLP02 22: reversal of a previous payment, every amount negated (835-structure §8). */
export const REVERSAL_CODE = '22';
/** CLP02 4: denied. */
export const DENIED_CODE = '4';

/**
 * Statuses from which a remittance is an expected step. A payment for a claim in another status
 * (still `received`, `ready`, `voided`, …) is posted all the same — money must not be lost — and the
 * claim event says so.
 */
export const REMITTANCE_EXPECTED_FROM: ReadonlySet<string> = new Set<ClaimStatus>([
  'batched',
  'transmitted',
  'accepted_by_clearinghouse',
  'accepted_by_payer',
  'rejected',
  'paid',
  'partially_paid',
  'denied',
  'reversed',
  'corrected',
]);

/**
 * Diagnostics that keep a transaction set from being posted: it does not balance (835-structure §7:
 * "post nothing automatically"), a required segment is missing, an amount is unreadable, or its
 * envelope is broken (count or control number mismatch, no trailer).
 */
const BLOCKING_CODES: ReadonlySet<string> = new Set([
  'LINE_OUT_OF_BALANCE',
  'CLAIM_OUT_OF_BALANCE',
  'PAYMENT_OUT_OF_BALANCE',
  'BALANCE_NOT_VERIFIABLE',
  'MISSING_SEGMENT',
  'INVALID_NUMBER',
  'COUNT_MISMATCH',
  'CONTROL_NUMBER_MISMATCH',
  'MISSING_TRAILER',
  'TRUNCATED_INTERCHANGE',
]);

/** Why a transaction set must not be posted; empty when it may be. */
export function blockingDiagnostics(balanced: boolean, diagnostics: Remittance835Diagnostic[]): Remittance835Diagnostic[] {
  const blocking = diagnostics.filter((d) => BLOCKING_CODES.has(d.code));
  if (!balanced && blocking.length === 0) return [{ code: 'PAYMENT_OUT_OF_BALANCE', message: 'the transaction set does not balance', segmentIndex: null }];
  return blocking;
}

/** The balancing rules of 835-structure §7 (lines, claims, payment): failing only these, a set may be released by hand. */
const BALANCING_CODES: ReadonlySet<string> = new Set(['LINE_OUT_OF_BALANCE', 'CLAIM_OUT_OF_BALANCE', 'PAYMENT_OUT_OF_BALANCE']);

/**
 * Whether a set kept from posting may be posted by hand after review: every blocking diagnostic is
 * a balancing rule with readable amounts. A set that is unreadable (a missing segment or value, an
 * amount that is not a number, so BALANCE_NOT_VERIFIABLE; a broken envelope) or whose diagnostics
 * were cut off (TOO_MANY_DIAGNOSTICS: what was dropped is unknown) is never released.
 */
export function releasableRejection(diagnostics: Remittance835Diagnostic[]): boolean {
  const blocking = diagnostics.filter((d) => BLOCKING_CODES.has(d.code));
  return blocking.length > 0 && blocking.every((d) => BALANCING_CODES.has(d.code)) && !diagnostics.some((d) => d.code === 'TOO_MANY_DIAGNOSTICS');
}

export function centsOrZero(amount: string | null): bigint {
  return amount === null ? 0n : amountToCents(amount);
}

/** Σ PR (patient responsibility) adjustments of a claim payment, claim level and line level. */
export function patientResponsibilityCents(claim: ClaimPayment): bigint {
  let total = 0n;
  for (const a of claim.adjustments) if (a.group === 'PR') total += centsOrZero(a.amount);
  for (const s of claim.services) for (const a of s.adjustments) if (a.group === 'PR') total += centsOrZero(a.amount);
  return total;
}

/**
 * The claim status after a claim payment. `netPaidCents` is what the claim has been paid over all
 * its payments including this one (so a split payment sums and a reversal plus correction nets),
 * `chargeCents` what we billed. CLP02 22 → reversed; paid in full → paid; some → partially_paid;
 * nothing and CLP02 4 → denied; nothing otherwise (all to the deductible, …) → no change (null).
 */
export function statusAfterPayment(statusCode: string, netPaidCents: bigint, chargeCents: bigint): ClaimStatus | null {
  if (statusCode === REVERSAL_CODE) return 'reversed';
  if (netPaidCents > 0n) return netPaidCents >= chargeCents ? 'paid' : 'partially_paid';
  if (netPaidCents === 0n && statusCode === DENIED_CODE) return 'denied';
  return null;
}

/** A claim service line as the matcher sees it. */
export interface ClaimLine {
  index: number;
  controlNumber: string | null;
  procedureCode: string | null;
  modifiers: string[];
  /** YYYY-MM-DD. */
  serviceDate: string | null;
}

function isoOf(date: unknown): string | null {
  if (typeof date !== 'string') return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(date);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The service lines of a stored claim document (837P SV1, 837I SV2, 837D SV3), in order. */
export function claimLinesOf(document: unknown): ClaimLine[] {
  const lines = (document as { claimInformation?: { serviceLines?: unknown[] } } | null)?.claimInformation?.serviceLines;
  if (!Array.isArray(lines)) return [];
  return lines.map((raw, index) => {
    const line = (raw ?? {}) as Record<string, unknown>;
    const service = (line.professionalService ?? line.institutionalService ?? line.dentalService ?? {}) as { procedureCode?: string; procedureModifiers?: string[] };
    const control = line.providerControlNumber ?? line.lineItemControlNumber;
    return {
      index,
      controlNumber: typeof control === 'string' ? control : null,
      procedureCode: service.procedureCode ?? null,
      modifiers: service.procedureModifiers ?? [],
      serviceDate: isoOf(line.serviceDate),
    };
  });
}

function sameModifiers(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = (m: string[]) => m.map((x) => x.toUpperCase()).sort().join(':');
  return sorted(a) === sorted(b);
}

/**
 * For each service payment, the index of the claim line it pays, or null. REF*6R (the line item
 * control number we sent in 2400 REF*6R) first; else procedure code + modifiers + service date
 * (835-structure §11: codes and order may change, 6R is the reliable key). Each line is taken once.
 */
export function matchServiceLines(services: ServicePayment[], lines: ClaimLine[]): (number | null)[] {
  const taken = new Set<number>();
  const result: (number | null)[] = services.map(() => null);
  services.forEach((s, i) => {
    const ref = s.lineItemControlNumber?.toUpperCase();
    if (!ref) return;
    const line = lines.find((l) => !taken.has(l.index) && l.controlNumber?.toUpperCase() === ref);
    if (line) {
      taken.add(line.index);
      result[i] = line.index;
    }
  });
  services.forEach((s, i) => {
    if (result[i] !== null || !s.procedure.code) return;
    const line = lines.find(
      (l) =>
        !taken.has(l.index) &&
        l.procedureCode?.toUpperCase() === s.procedure.code?.toUpperCase() &&
        sameModifiers(l.modifiers, s.procedure.modifiers) &&
        (s.serviceDate === null || l.serviceDate === null || s.serviceDate === l.serviceDate),
    );
    if (line) {
      taken.add(line.index);
      result[i] = line.index;
    }
  });
  return result;
}
