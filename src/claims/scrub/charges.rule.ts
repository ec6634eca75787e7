// Charge edits. The claim total (CLM02) must equal the sum of the line charges (837P SV102, 837I
// SV203, 837D SV302) to the cent; amounts are added as integer cents, never as floats. On 837I a
// line's non-covered charge (SV207) cannot exceed the line charge.
import { amountToCents } from '../money';
import { institutional, serviceLines } from './claim-view';
import { ALL_KINDS, reporter, type ScrubRule } from './scrub-rule';

function cents(amount: string | undefined): bigint | null {
  if (typeof amount !== 'string') return null;
  try {
    return amountToCents(amount);
  } catch {
    return null;
  }
}

const mismatch = reporter('CLAIM_CHARGE_MISMATCH');
export const claimChargeRule: ScrubRule = {
  code: 'CLAIM_CHARGE_MISMATCH',
  description: 'The claim charge (CLM02) equals the sum of the line charges',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    const claimCharge = cents((doc.claimInformation as { claimChargeAmount?: string } | undefined)?.claimChargeAmount);
    const lineCharges = serviceLines(ctx.kind, doc).map((line) => cents(line.charge));
    // Unparseable amounts are the edge validation's finding, not a mismatch.
    if (claimCharge === null || lineCharges.some((c) => c === null)) return [];
    const sum = lineCharges.reduce<bigint>((total, c) => total + (c ?? 0n), 0n);
    if (sum === claimCharge) return [];
    // Like every message, this one names no amount from the claim.
    return [mismatch.error('claimInformation.claimChargeAmount', 'must equal the sum of the line charges', '2300 CLM02')];
  },
};

const nonCovered = reporter('NONCOVERED_EXCEEDS_CHARGE');
export const nonCoveredChargeRule: ScrubRule = {
  code: 'NONCOVERED_EXCEEDS_CHARGE',
  description: 'A line non-covered charge (SV207) is not more than the line charge (SV203)',
  kinds: ['institutional'],
  check(doc) {
    return (institutional(doc).claimInformation?.serviceLines ?? []).flatMap((line, i) => {
      const charge = cents(line.institutionalService?.lineItemChargeAmount);
      const uncovered = cents(line.institutionalService?.nonCoveredChargeAmount);
      return charge !== null && uncovered !== null && uncovered > charge
        ? [nonCovered.error(`claimInformation.serviceLines[${i}].institutionalService.nonCoveredChargeAmount`, 'cannot exceed the line charge', '2400 SV207')]
        : [];
    });
  },
};
