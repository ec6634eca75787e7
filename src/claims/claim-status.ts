// The claim lifecycle (ARCHITECTURE.md). Every change is an append-only event with its cause.
export const CLAIM_STATUSES = [
  'received',
  'invalid',
  'ready',
  'batched',
  'transmitted',
  'accepted_by_clearinghouse',
  'rejected_by_clearinghouse',
  'accepted_by_payer',
  'rejected',
  'paid',
  'partially_paid',
  'denied',
  'reversed',
  'corrected',
  'voided',
] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export function isClaimStatus(value: string): value is ClaimStatus {
  return (CLAIM_STATUSES as readonly string[]).includes(value);
}
