import { ErrorCode, GatewayError } from '../common/gateway-error';
import type { ClaimStatus } from './claim-status';
import { ownReference, planCorrection, planVoid, withFrequency, type OriginalClaimState } from './correction-rules';

function original(over: Partial<OriginalClaimState> = {}): OriginalClaimState {
  return { id: 'c1', status: 'accepted_by_payer', frequencyCode: '1', ownReference: null, payerClaimNumber: 'PAYER123', liveReplacementIds: [], ...over };
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof GatewayError) return err.code;
    throw err;
  }
  throw new Error('expected a GatewayError');
}

describe('planCorrection', () => {
  it.each<ClaimStatus>(['accepted_by_payer', 'paid', 'partially_paid', 'denied', 'reversed'])('replaces a claim the payer has (%s): frequency 7, REF*F8 = the payer number, original corrected', (status) => {
    expect(planCorrection(original({ status }))).toEqual({ action: 'replace', frequencyCode: '7', reference: 'PAYER123', originalBecomes: 'corrected' });
  });

  it('replaces a claim accepted by the clearinghouse once a payer number is known', () => {
    expect(planCorrection(original({ status: 'accepted_by_clearinghouse' }))).toMatchObject({ action: 'replace', reference: 'PAYER123' });
  });

  it.each<ClaimStatus>(['rejected', 'rejected_by_clearinghouse'])('resubmits a %s original as a new original (frequency 1, no F8), leaving its status alone', (status) => {
    expect(planCorrection(original({ status, payerClaimNumber: null }))).toEqual({ action: 'resubmit', frequencyCode: '1', reference: null, originalBecomes: null });
  });

  it('resubmits a rejected replacement as a replacement again, with its own REF*F8', () => {
    expect(planCorrection(original({ status: 'rejected', frequencyCode: '7', ownReference: 'OLDPAYER9', payerClaimNumber: null }))).toEqual({ action: 'resubmit', frequencyCode: '7', reference: 'OLDPAYER9', originalBecomes: null });
  });

  it.each<ClaimStatus>(['received', 'invalid', 'ready', 'batched', 'transmitted'])('refuses a claim the payer has not answered (%s) with CLAIM_NOT_CORRECTABLE, even with a payer number', (status) => {
    expect(codeOf(() => planCorrection(original({ status })))).toBe(ErrorCode.ClaimNotCorrectable);
  });

  it('refuses a claim accepted by the clearinghouse without a payer number', () => {
    expect(codeOf(() => planCorrection(original({ status: 'accepted_by_clearinghouse', payerClaimNumber: null })))).toBe(ErrorCode.ClaimNotCorrectable);
  });

  it('refuses a claim the payer has when no payer number was learned', () => {
    expect(codeOf(() => planCorrection(original({ status: 'paid', payerClaimNumber: null })))).toBe(ErrorCode.PayerClaimNumberUnknown);
  });

  it.each<ClaimStatus>(['corrected', 'voided'])('refuses a claim already %s', (status) => {
    expect(codeOf(() => planCorrection(original({ status })))).toBe(ErrorCode.ClaimAlreadyReplaced);
  });

  it('refuses a rejected claim already resubmitted, naming the resubmission', () => {
    try {
      planCorrection(original({ status: 'rejected', liveReplacementIds: ['c2'] }));
      throw new Error('expected an error');
    } catch (err) {
      expect(err).toBeInstanceOf(GatewayError);
      expect((err as GatewayError).code).toBe(ErrorCode.ClaimAlreadyReplaced);
      expect((err as GatewayError).details).toMatchObject({ replacedByClaimId: 'c2' });
    }
  });

  it('refuses to correct a void', () => {
    expect(codeOf(() => planCorrection(original({ frequencyCode: '8' })))).toBe(ErrorCode.ClaimNotCorrectable);
  });
});

describe('planVoid', () => {
  it.each<ClaimStatus>(['accepted_by_payer', 'paid', 'partially_paid', 'denied', 'reversed'])('voids a claim the payer has (%s): frequency 8, REF*F8, original voided', (status) => {
    expect(planVoid(original({ status }))).toEqual({ action: 'void', frequencyCode: '8', reference: 'PAYER123', originalBecomes: 'voided' });
  });

  it.each<ClaimStatus>(['rejected', 'rejected_by_clearinghouse', 'received', 'ready', 'batched', 'transmitted', 'invalid'])('refuses %s with CLAIM_NOT_VOIDABLE', (status) => {
    expect(codeOf(() => planVoid(original({ status, payerClaimNumber: null })))).toBe(ErrorCode.ClaimNotVoidable);
  });

  it('needs the payer number', () => {
    expect(codeOf(() => planVoid(original({ status: 'denied', payerClaimNumber: null })))).toBe(ErrorCode.PayerClaimNumberUnknown);
  });

  it('refuses a claim already corrected or voided, and a void', () => {
    expect(codeOf(() => planVoid(original({ status: 'corrected' })))).toBe(ErrorCode.ClaimAlreadyReplaced);
    expect(codeOf(() => planVoid(original({ status: 'voided' })))).toBe(ErrorCode.ClaimAlreadyReplaced);
    expect(codeOf(() => planVoid(original({ frequencyCode: '8' })))).toBe(ErrorCode.ClaimNotVoidable);
  });
});

describe('withFrequency', () => {
  const claim = { claimInformation: { claimFrequencyCode: '1', patientControlNumber: 'P1', claimSupplementalInformation: { priorAuthorizationNumber: 'PA1' } } };

  it('sets CLM05-3 and REF*F8 on a copy, keeping the other supplemental fields', () => {
    const out = withFrequency(claim, '7', 'PAYER123');
    expect(out.claimInformation).toEqual({ claimFrequencyCode: '7', patientControlNumber: 'P1', claimSupplementalInformation: { priorAuthorizationNumber: 'PA1', claimControlNumber: 'PAYER123' } });
    expect(claim.claimInformation.claimFrequencyCode).toBe('1');
    expect(ownReference(out)).toBe('PAYER123');
  });

  it('drops a REF*F8 the body carried when the claim goes out as a new original', () => {
    const sent = { claimInformation: { claimFrequencyCode: '7', claimSupplementalInformation: { claimControlNumber: 'STALE' } } };
    const out = withFrequency(sent, '1', null);
    expect(out.claimInformation).toEqual({ claimFrequencyCode: '1' });
    expect(ownReference(out)).toBeNull();
  });
});
