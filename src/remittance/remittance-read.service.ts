// The read side of remittance: remittances newest first (cursor pages), one remittance with its
// claim payments, service payments, adjustments and PLB, and claim payments by claim or unmatched.
import { Injectable } from '@nestjs/common';
import { decodePageCursor, encodePageCursor, isUuid, pageLimit } from '../common/page-cursor';
import { CodeLists } from './code-lists';
import { invalidQuery, remittanceNotFound } from './remittance.errors';
import { RemittanceStore, type NewProviderAdjustment, type StoredClaimPayment, type StoredRemittance } from './remittance-store.port';

export interface PageQuery {
  cursor?: string;
  limit?: string;
}

export interface PaymentQuery extends PageQuery {
  claimId?: string;
  unmatched?: string;
}

@Injectable()
export class RemittanceReadService {
  constructor(
    private readonly store: RemittanceStore,
    private readonly codeLists: CodeLists,
  ) {}

  async list(query: PageQuery): Promise<Record<string, unknown>> {
    const page = await this.store.list(query.cursor ? decodePageCursor(query.cursor) : null, pageLimit(query.limit));
    return { items: page.items.map(remittanceView), nextCursor: page.next ? encodePageCursor(page.next) : null };
  }

  async get(id: string): Promise<Record<string, unknown>> {
    const found = isUuid(id) ? await this.store.findById(id) : null;
    if (!found) throw remittanceNotFound();
    return { ...remittanceView(found.remittance), claimPayments: found.payments.map((p) => paymentView(p, this.codeLists)), providerAdjustments: found.providerAdjustments.map(plbView) };
  }

  async payments(query: PaymentQuery): Promise<Record<string, unknown>> {
    if (query.claimId !== undefined && !isUuid(query.claimId)) throw invalidQuery('claimId', 'claimId must be a claim id (UUID)');
    if (query.unmatched !== undefined && query.unmatched !== 'true' && query.unmatched !== 'false') throw invalidQuery('unmatched', 'unmatched must be true or false');
    const filter = { claimId: query.claimId, unmatched: query.unmatched === undefined ? undefined : query.unmatched === 'true' };
    const page = await this.store.listPayments(filter, query.cursor ? decodePageCursor(query.cursor) : null, pageLimit(query.limit));
    return { items: page.items.map((p) => paymentView(p, this.codeLists)), nextCursor: page.next ? encodePageCursor(page.next) : null };
  }
}

function remittanceView(r: StoredRemittance): Record<string, unknown> {
  return {
    id: r.id,
    status: r.status,
    duplicateOf: r.duplicateOf,
    duplicateReason: r.duplicateReason,
    sha256: r.sha256,
    fileName: r.fileName,
    source: r.source,
    transactionIndex: r.transactionIndex,
    transactionControlNumber: r.transactionControlNumber,
    payer: { id: r.payerId, name: r.payerName, identifier: r.payerIdentifier },
    payee: { name: r.payeeName, idQualifier: r.payeeIdQualifier, id: r.payeeId },
    payment: { handlingCode: r.paymentHandlingCode, amount: r.amount, creditDebit: r.creditDebit, method: r.paymentMethod, date: r.paymentDate, traceNumber: r.traceNumber },
    balanced: r.balanced,
    claimCount: r.claimCount,
    diagnostics: r.diagnostics,
    receivedAt: r.receivedAt.toISOString(),
    release: r.releasedAt ? { at: r.releasedAt.toISOString(), reason: r.releaseReason, by: r.releasedBy } : null,
    href: `/v1/remittances/${r.id}`,
  };
}

/** A claim payment; each CAS adjustment and remark code carries its `description` (null when the code is unknown). */
export function paymentView(p: StoredClaimPayment, codes: CodeLists): Record<string, unknown> {
  return {
    id: p.id,
    remittanceId: p.remittanceId,
    claimIndex: p.claimIndex,
    claimId: p.claimId,
    patientControlNumber: p.patientControlNumber,
    statusCode: p.statusCode,
    charge: p.charge,
    paid: p.paid,
    patientResponsibility: p.patientResponsibility,
    reportedPatientResponsibility: p.reportedPatientResponsibility,
    payerClaimControlNumber: p.payerClaimControlNumber,
    filingIndicator: p.filingIndicator,
    isReversal: p.isReversal,
    reversesPaymentId: p.reversesPaymentId,
    claimStatusBefore: p.claimStatusBefore,
    claimStatusAfter: p.claimStatusAfter,
    postingNote: p.postingNote,
    patient: p.patient,
    adjustments: p.adjustments.map((a) => codes.describeAdjustment(a)),
    remarks: p.remarks.map((r) => codes.describeRemark(r)),
    services: p.services.map((s) => ({
      lineIndex: s.lineIndex,
      procedure: { qualifier: s.procedureQualifier, code: s.procedureCode, modifiers: s.modifiers },
      charge: s.charge,
      paid: s.paid,
      units: s.units,
      serviceDate: s.serviceDate,
      lineItemControlNumber: s.lineItemControlNumber,
      matchedLineIndex: s.matchedLineIndex,
      adjustments: s.adjustments.map((a) => codes.describeAdjustment(a)),
      remarks: s.remarks.map((r) => codes.describeRemark(r)),
    })),
    createdAt: p.createdAt.toISOString(),
  };
}

function plbView(a: NewProviderAdjustment): Record<string, unknown> {
  return { providerId: a.providerId, fiscalPeriodDate: a.fiscalPeriodDate, reason: a.reason, reference: a.reference, amount: a.amount };
}
