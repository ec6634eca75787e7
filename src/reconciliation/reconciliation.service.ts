// Finance views over posted remittances: the summary of a payment-date range and the CSV exports
// of its claim payments and adjustments, streamed page by page (never the whole range in memory).
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { CodeLists } from '../remittance/code-lists';
import { csvRecord } from './csv';
import { rangeOf, type RangeQuery } from './reconciliation.errors';
import { ReconciliationStore, type ExportCursor, type ExportPaymentRow, type ExportServiceRow, type RemittanceRange } from './reconciliation.store';
import { summarize } from './summary';

export const EXPORT_PAGE_SIZE = 500;

/** What finance needs and no more: no patient names or member ids (the stored `patient` is never read). */
export const CLAIM_PAYMENT_COLUMNS = [
  'remittance_id', 'payment_date', 'trace_number', 'payer_id', 'payer_name', 'claim_payment_id', 'claim_id', 'patient_control_number',
  'payer_claim_control_number', 'status_code', 'charge', 'paid', 'patient_responsibility', 'is_reversal', 'claim_status_after',
] as const;

export const ADJUSTMENT_COLUMNS = [
  'remittance_id', 'payment_date', 'trace_number', 'payer_id', 'claim_payment_id', 'claim_id', 'patient_control_number', 'payer_claim_control_number',
  'level', 'line_index', 'procedure_code', 'service_date', 'group', 'reason', 'description', 'amount', 'quantity',
] as const;

interface StoredAdjustment {
  group?: string;
  reason?: string;
  amount?: string | null;
  quantity?: string | null;
}

@Injectable()
export class ReconciliationService {
  /** Claim payments read per query while exporting (tests lower it to cross page boundaries). */
  pageSize = EXPORT_PAGE_SIZE;

  constructor(
    private readonly store: ReconciliationStore,
    private readonly codeLists: CodeLists,
  ) {}

  async summary(query: RangeQuery): Promise<Record<string, unknown>> {
    const range = rangeOf(query);
    const input = await this.store.summaryInput(range);
    return { from: range.from, to: range.to, payerId: range.payerId, ...summarize(input, (code) => this.codeLists.carcDescription(code)) };
  }

  /** Checks the query now (so a bad one is a 400, not a broken download), then streams the CSV. */
  claimPaymentsCsv(query: RangeQuery): Readable {
    const range = rangeOf(query);
    return Readable.from(this.claimPaymentLines(range), { objectMode: false });
  }

  adjustmentsCsv(query: RangeQuery): Readable {
    const range = rangeOf(query);
    return Readable.from(this.adjustmentLines(range), { objectMode: false });
  }

  private async *pages(range: RemittanceRange): AsyncGenerator<ExportPaymentRow[]> {
    let after: ExportCursor | null = null;
    for (;;) {
      const rows = await this.store.exportPage(range, after, this.pageSize);
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < this.pageSize) return;
      const last = rows[rows.length - 1];
      after = { paymentDate: last.payment_date!, remittanceId: last.remittance_id, claimIndex: last.claim_index };
    }
  }

  private async *claimPaymentLines(range: RemittanceRange): AsyncGenerator<string> {
    yield csvRecord(CLAIM_PAYMENT_COLUMNS);
    for await (const rows of this.pages(range)) {
      yield rows
        .map((p) =>
          csvRecord([
            p.remittance_id, p.payment_date, p.trace_number, p.payer_id, p.payer_name, p.id, p.claim_id, p.patient_control_number,
            p.payer_claim_control_number, p.status_code, p.charge, p.paid, p.patient_responsibility, p.is_reversal, p.claim_status_after,
          ]),
        )
        .join('');
    }
  }

  private async *adjustmentLines(range: RemittanceRange): AsyncGenerator<string> {
    yield csvRecord(ADJUSTMENT_COLUMNS);
    for await (const rows of this.pages(range)) {
      const services = await this.store.exportServices(rows.map((p) => p.id));
      const byPayment = new Map<string, ExportServiceRow[]>();
      for (const s of services) byPayment.set(s.claim_payment_id, [...(byPayment.get(s.claim_payment_id) ?? []), s]);
      const out: string[] = [];
      for (const p of rows) {
        const head = [p.remittance_id, p.payment_date, p.trace_number, p.payer_id, p.id, p.claim_id, p.patient_control_number, p.payer_claim_control_number];
        const line = (level: string, s: ExportServiceRow | null, a: StoredAdjustment) =>
          csvRecord([...head, level, s?.line_index, s?.procedure_code, s?.service_date, a.group, a.reason, this.codeLists.carcDescription(a.reason), a.amount, a.quantity]);
        for (const a of p.adjustments as StoredAdjustment[]) out.push(line('claim', null, a));
        for (const s of byPayment.get(p.id) ?? []) for (const a of s.adjustments as StoredAdjustment[]) out.push(line('line', s, a));
      }
      if (out.length > 0) yield out.join('');
    }
  }
}
