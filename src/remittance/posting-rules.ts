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
 * Adjustments that are an expected part of a paid claim, not a denial: the contractual write-off
 * down to the allowed amount (CO-45, also under PI), a negotiated discount (CO-131), sequestration
 * (CO-253), what an earlier payer already settled (OA-23), and the amount a predetermination holds
 * back until the service is done (OA-101). The patient's cost sharing (PR with deductible,
 * coinsurance, copay, blood deductible) is not a denial either; other PR reasons (PR-204 not covered,
 * PR-96, …) are: the payer refused to pay them, the patient is billed instead.
 */
const EXPECTED_REDUCTIONS: ReadonlySet<string> = new Set(['CO-45', 'PI-45', 'CO-131', 'CO-253', 'OA-23', 'OA-101']);

/** CARCs of patient cost sharing: deductible, coinsurance, copay, blood deductible. */
export const COST_SHARING_CARCS: ReadonlySet<string> = new Set(['1', '2', '3', '66']);

/** Whether an adjustment (CAS group + CARC) takes money away for a reason other than the contract or cost sharing. */
export function isDenialAdjustment(group: string | null, reason: string | null): boolean {
  if (group === 'PR') return !COST_SHARING_CARCS.has(reason ?? '');
  return !EXPECTED_REDUCTIONS.has(`${group ?? ''}-${reason ?? ''}`);
}

/** A CAS adjustment as stored or read: group (CAS01), CARC, amount (negative on a reversal). */
export interface AdjustmentLike {
  group: string | null;
  reason: string | null;
  amount: string | null;
}

/** Where a claim's charge went, over all its payments so far (reversals net out). */
export interface Settlement {
  paid: bigint;
  /** Adjusted away as denials (isDenialAdjustment). */
  denied: bigint;
  /** Group PR: what the patient owes. */
  patient: bigint;
  /** The contractual write-off and the other expected reductions. */
  expected: bigint;
}

export function settle(paidCents: bigint, adjustments: Iterable<AdjustmentLike>): Settlement {
  const out: Settlement = { paid: paidCents, denied: 0n, patient: 0n, expected: 0n };
  for (const a of adjustments) {
    const cents = centsOrZero(a.amount);
    if (isDenialAdjustment(a.group, a.reason)) out.denied += cents;
    else if (a.group === 'PR') out.patient += cents;
    else out.expected += cents;
  }
  return out;
}

/** Every CAS adjustment of an 835 claim payment, claim level (2100) and line level (2110). */
export function adjustmentsOf(claim: ClaimPayment): AdjustmentLike[] {
  return [...claim.adjustments, ...claim.services.flatMap((s) => s.adjustments)];
}

/** CLP02 25: a predetermination of benefits, nothing is paid yet. */
export const PREDETERMINATION_CODE = '25';

/**
 * The claim status after a claim payment, from `s`, the settlement over all the claim's payments
 * including this one (a split payment sums, a reversal plus correction nets):
 * - CLP02 22 → reversed; CLP02 4 → denied (partially_paid if something was paid after all);
 *   CLP02 25 (predetermination) → no change;
 * - something paid → paid when the whole charge is accounted for by payment, contractual
 *   write-off and patient responsibility; partially_paid when part was denied, or part of the
 *   charge is not adjudicated yet (a claim split across 835s);
 * - nothing paid: denied when adjustments deny it; paid when all of it is the patient's (a
 *   deductible: adjudicated, the patient owes it); otherwise no change (null).
 */
export function statusAfterPayment(statusCode: string, s: Settlement, chargeCents: bigint): ClaimStatus | null {
  if (statusCode === REVERSAL_CODE) return 'reversed';
  if (statusCode === DENIED_CODE) return s.paid > 0n ? 'partially_paid' : 'denied';
  if (statusCode === PREDETERMINATION_CODE) return null;
  const accounted = s.paid + s.denied + s.patient + s.expected;
  if (s.paid > 0n) return s.denied > 0n || accounted < chargeCents ? 'partially_paid' : 'paid';
  if (s.paid < 0n) return null;
  if (s.denied > 0n) return 'denied';
  return s.patient > 0n && accounted >= chargeCents ? 'paid' : null;
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
