// What a correction or void of a stored claim becomes, decided from the original's state alone (no
// I/O). 2300 CLM05-3: `1` original, `7` replacement, `8` void; a 7 or 8 names the claim it replaces
// by the payer's claim control number in 2300 REF*F8 (837-structure.md §6), learned from the 835
// CLP07 or the 277CA 2200D REF*1K. A claim the payer never got (rejected by the 277CA, or by the
// clearinghouse in a 999/TA1) has no payer number: its fix goes out as a new original.
import { ErrorCode, GatewayError } from '../common/gateway-error';
import type { ClaimStatus } from './claim-status';
import type { ClaimDocument } from './claim.types';

/** Statuses in which the payer holds the claim: a 277CA accepted it or an 835 adjudicated it. */
export const PAYER_KNOWN_STATUSES: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>(['accepted_by_payer', 'paid', 'partially_paid', 'denied', 'reversed']);
/** Statuses in which the payer never got the claim. */
export const NEVER_RECEIVED_STATUSES: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>(['rejected', 'rejected_by_clearinghouse']);
const REPLACED_STATUSES: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>(['corrected', 'voided']);

export interface OriginalClaimState {
  id: string;
  status: ClaimStatus;
  frequencyCode: string;
  /** The REF*F8 the original itself carried (when it was a replacement), else null. */
  ownReference: string | null;
  /** The payer's claim control number learned for the original, else null. */
  payerClaimNumber: string | null;
  /** Claims already made from it by a correction or void that did not fail our edits, newest first. */
  liveReplacementIds: string[];
}

/**
 * `replace`: the payer has the original; the new claim replaces it (7 + REF*F8) and the original
 * becomes `corrected`. `resubmit`: the payer never got the original; the fix goes out as the same
 * kind of claim the original was (a new original, or again the replacement it was, with its F8) and
 * the original keeps its rejected status with a `superseded` event.
 */
export type CorrectionPlan =
  | { action: 'replace'; frequencyCode: '7'; reference: string; originalBecomes: 'corrected' }
  | { action: 'resubmit'; frequencyCode: '1' | '7'; reference: string | null; originalBecomes: null };

export interface VoidPlan {
  action: 'void';
  frequencyCode: '8';
  reference: string;
  originalBecomes: 'voided';
}

function alreadyReplaced(o: OriginalClaimState, what: string): GatewayError | null {
  if (REPLACED_STATUSES.has(o.status) || o.liveReplacementIds.length > 0) {
    return new GatewayError(ErrorCode.ClaimAlreadyReplaced, `this claim was already ${o.status === 'voided' ? 'voided' : 'corrected'}; ${what} the newest claim of its chain instead`, {
      claimId: o.id,
      status: o.status,
      replacedByClaimId: o.liveReplacementIds[0] ?? null,
    });
  }
  return null;
}

export function planCorrection(o: OriginalClaimState): CorrectionPlan {
  const replaced = alreadyReplaced(o, 'correct');
  if (replaced) throw replaced;
  if (o.frequencyCode === '8') {
    throw new GatewayError(ErrorCode.ClaimNotCorrectable, 'a void (frequency 8) cannot be corrected', { claimId: o.id, status: o.status, frequencyCode: o.frequencyCode });
  }
  if (NEVER_RECEIVED_STATUSES.has(o.status)) {
    // A rejected replacement is still a replacement of the claim the payer has: resend it as one.
    if (o.frequencyCode === '7' && o.ownReference) return { action: 'resubmit', frequencyCode: '7', reference: o.ownReference, originalBecomes: null };
    return { action: 'resubmit', frequencyCode: '1', reference: null, originalBecomes: null };
  }
  const payerHasIt = PAYER_KNOWN_STATUSES.has(o.status) || (o.status === 'accepted_by_clearinghouse' && o.payerClaimNumber !== null);
  if (!payerHasIt) {
    throw new GatewayError(ErrorCode.ClaimNotCorrectable, `a claim that is ${o.status} has no answer from the payer yet; wait for its 277CA or 835 (or its rejection)`, { claimId: o.id, status: o.status });
  }
  if (o.payerClaimNumber === null) throw payerNumberUnknown(o);
  return { action: 'replace', frequencyCode: '7', reference: o.payerClaimNumber, originalBecomes: 'corrected' };
}

export function planVoid(o: OriginalClaimState): VoidPlan {
  const replaced = alreadyReplaced(o, 'void');
  if (replaced) throw replaced;
  if (o.frequencyCode === '8') {
    throw new GatewayError(ErrorCode.ClaimNotVoidable, 'this claim is itself a void (frequency 8)', { claimId: o.id, status: o.status, frequencyCode: o.frequencyCode });
  }
  const payerHasIt = PAYER_KNOWN_STATUSES.has(o.status) || (o.status === 'accepted_by_clearinghouse' && o.payerClaimNumber !== null);
  if (!payerHasIt) {
    const why = NEVER_RECEIVED_STATUSES.has(o.status) ? 'the payer never got this claim, so there is nothing to void' : `a claim that is ${o.status} has no answer from the payer yet`;
    throw new GatewayError(ErrorCode.ClaimNotVoidable, why, { claimId: o.id, status: o.status });
  }
  if (o.payerClaimNumber === null) throw payerNumberUnknown(o);
  return { action: 'void', frequencyCode: '8', reference: o.payerClaimNumber, originalBecomes: 'voided' };
}

function payerNumberUnknown(o: OriginalClaimState): GatewayError {
  return new GatewayError(ErrorCode.PayerClaimNumberUnknown, "the payer has this claim but never sent its claim control number (277CA REF*1K or 835 CLP07), which a replacement or void must carry in REF*F8", {
    claimId: o.id,
    status: o.status,
  });
}

interface FrequencyFields {
  claimInformation: { claimFrequencyCode?: string; claimSupplementalInformation?: { claimControlNumber?: string } & Record<string, unknown> };
}

/**
 * A copy of a claim (document or submitted JSON, same shape) with CLM05-3 and 2300 REF*F8 set; with
 * no reference, any REF*F8 the body carried is dropped (it is sent only on a 7 or 8).
 */
export function withFrequency<T extends ClaimDocument | Record<string, unknown>>(claim: T, frequencyCode: string, reference: string | null): T {
  const copy = structuredClone(claim) as unknown as FrequencyFields;
  const info = copy.claimInformation;
  if (!info || typeof info !== 'object') return copy as unknown as T;
  info.claimFrequencyCode = frequencyCode;
  if (reference !== null) {
    info.claimSupplementalInformation = { ...(info.claimSupplementalInformation ?? {}), claimControlNumber: reference };
  } else if (info.claimSupplementalInformation) {
    delete info.claimSupplementalInformation.claimControlNumber;
    if (Object.keys(info.claimSupplementalInformation).length === 0) delete info.claimSupplementalInformation;
  }
  return copy as unknown as T;
}

/** The REF*F8 a stored claim carries, if any. */
export function ownReference(document: unknown): string | null {
  const value = (document as Partial<FrequencyFields> | null)?.claimInformation?.claimSupplementalInformation?.claimControlNumber;
  return typeof value === 'string' && value !== '' ? value : null;
}
