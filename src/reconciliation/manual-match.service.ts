// Assigns a claim payment no claim matched (CLP01 unknown or mistyped) to a claim by hand, under the
// same rules as automatic posting: service lines matched (REF*6R, else code + modifiers + date),
// the claim status from statusAfterPayment over everything paid so far, and a claim event.
import { Injectable } from '@nestjs/common';
import type { ClaimStatus } from '../claims/claim-status';
import { ClaimStore } from '../claims/claim-store.port';
import { amountToCents, formatAmount } from '../claims/money';
import { UnitOfWork } from '../persistence/unit-of-work';
import { centsOrZero, claimLinesOf, matchServiceLines, REMITTANCE_EXPECTED_FROM, settle, statusAfterPayment } from '../remittance/posting-rules';
import type { ServicePayment } from '../x12';
import { ReconciliationStore } from './reconciliation.store';
import { paymentAlreadyMatched, paymentNotFound, unknownClaim, validationFailed } from './reconciliation.errors';

export const MANUAL_MATCH_CAUSE = 'remittance.manual_match';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ManualMatchResult {
  claimPaymentId: string;
  remittanceId: string;
  claimId: string;
  claimStatusBefore: string;
  claimStatusAfter: string;
  matchedLines: (number | null)[];
  postingNote: string | null;
}


@Injectable()
export class ManualMatchService {
  constructor(
    private readonly store: ReconciliationStore,
    private readonly claims: ClaimStore,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async match(paymentId: string, body: unknown, apiKeyId: string | null): Promise<ManualMatchResult> {
    const claimId = (body as { claimId?: unknown } | null)?.claimId;
    if (typeof claimId !== 'string' || !UUID.test(claimId)) {
      throw validationFailed('claimId must be a claim id (UUID)', [{ path: 'claimId', code: 'INVALID_VALUE', message: 'claimId must be a claim id (UUID)' }]);
    }
    if (!UUID.test(paymentId)) throw paymentNotFound();
    return this.unitOfWork.run(async (tx) => {
      const payment = await this.store.lockPayment(tx, paymentId);
      if (!payment) throw paymentNotFound();
      if (payment.claim_id !== null) throw paymentAlreadyMatched(payment.claim_id);
      const claim = await this.store.lockClaim(tx, claimId);
      if (!claim) throw unknownClaim();

      const services = await this.store.paymentServices(tx, payment.id);
      const asPayments = services.map(
        (s) => ({ procedure: { qualifier: s.procedure_qualifier, code: s.procedure_code, modifiers: s.modifiers ?? [] }, serviceDate: s.service_date, lineItemControlNumber: s.line_item_control_number }) as unknown as ServicePayment,
      );
      const matchedLines = matchServiceLines(asPayments, claimLinesOf(claim.document));

      const netPaid = amountToCents(await this.store.netPaid(tx, claim.id)) + centsOrZero(payment.paid);
      const settlement = settle(netPaid, [...(await this.store.adjustments(tx, 'claim', claim.id)), ...(await this.store.adjustments(tx, 'payment', payment.id))]);
      const next: ClaimStatus | null = statusAfterPayment(payment.status_code, settlement, amountToCents(claim.total_charge));
      const notes: string[] = [`matched by hand${apiKeyId ? ` (API key ${apiKeyId})` : ''}`];
      if (next === null) notes.push(`no status change: CLP02 ${payment.status_code} with ${formatAmount(netPaid)} paid in all`);
      else if (!REMITTANCE_EXPECTED_FROM.has(claim.status)) notes.push(`posted while the claim was ${claim.status}, before it was sent to the payer`);
      if (payment.patient_control_number.toUpperCase() !== claim.patient_control_number.toUpperCase()) notes.push('CLP01 differs from the claim\'s patient control number');
      const note = notes.join('; ');
      const after = next ?? claim.status;

      await this.store.assignPayment(tx, payment.id, claim.id, claim.status, after, note, services.map((s, i) => ({ id: s.id, matched: matchedLines[i] })));
      // The event is recorded even when the status stays (the payment is now part of the claim's history).
      await this.claims.transition(tx, claim.id, after as ClaimStatus, MANUAL_MATCH_CAUSE, {
        remittanceId: payment.remittance_id,
        claimPaymentId: payment.id,
        clp02: payment.status_code,
        paid: payment.paid,
        note,
      });
      return { claimPaymentId: payment.id, remittanceId: payment.remittance_id, claimId: claim.id, claimStatusBefore: claim.status, claimStatusAfter: after, matchedLines, postingNote: note };
    });
  }
}
