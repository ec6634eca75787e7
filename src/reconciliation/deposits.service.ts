// Bank deposits in (JSON array or CSV), each matched to one posted remittance — by TRN02 trace
// number, else by amount and payment date within ±3 days (835-structure §2: reassociation) — and
// the lists finance works from: reconciled and unreconciled deposits, remittances with no deposit.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { amountToCents, formatAmount } from '../claims/money';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { isUniqueViolation } from '../persistence/database-errors';
import { UnitOfWork, type Tx } from '../persistence/unit-of-work';
import { depositsFromCsv, depositsFromJson, type DepositInput, type DepositParse } from './deposit-input';
import { invalidQuery, validationFailed } from './reconciliation.errors';
import { ReconciliationStore, type DepositRow, type OpenRemittanceRow } from './reconciliation.store';

export const DATE_TOLERANCE_DAYS = 3;
export const DEPOSIT_MEDIA_TYPES = ['application/json', 'text/csv', 'text/plain'] as const;

export type DepositStatus = 'reconciled' | 'unreconciled';

function depositView(d: DepositRow, outcome?: 'new' | 'duplicate'): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: d.id,
    date: d.deposit_date,
    amount: d.amount,
    trace: d.trace,
    status: d.remittance_id ? 'reconciled' : 'unreconciled',
    matchedBy: d.matched_by,
    remittance: d.remittance_id
      ? {
          id: d.remittance_id,
          amount: d.remittance_amount,
          traceNumber: d.remittance_trace,
          paymentDate: d.remittance_payment_date,
          href: `/v1/remittances/${d.remittance_id}`,
        }
      : null,
    /** Deposit − remittance amount; not 0.00 when a trace matched a payment of another amount. */
    difference: d.remittance_id && d.remittance_amount !== null ? formatAmount(amountToCents(d.amount) - amountToCents(d.remittance_amount)) : null,
    receivedAt: new Date(d.created_at).toISOString(),
  };
  if (outcome) view.outcome = outcome;
  return view;
}

function openRemittanceView(r: OpenRemittanceRow): Record<string, unknown> {
  return { id: r.id, paymentDate: r.payment_date, amount: r.amount, traceNumber: r.trace_number, payer: { id: r.payer_id, name: r.payer_name }, href: `/v1/remittances/${r.id}` };
}

function limitOf(value: string | undefined): number {
  if (value === undefined) return 500;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1000) throw invalidQuery('limit', 'limit must be an integer from 1 to 1000');
  return Number(value);
}

@Injectable()
export class DepositsService {
  constructor(
    private readonly store: ReconciliationStore,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** Reads the upload by its media type; every problem is reported at once and nothing is stored. */
  parse(body: unknown, contentType: string | undefined): DepositInput[] {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!(DEPOSIT_MEDIA_TYPES as readonly string[]).includes(type)) throw new GatewayError(ErrorCode.UnsupportedMediaType, `request body must be ${DEPOSIT_MEDIA_TYPES.join(', ')}`);
    if (typeof body !== 'string' || body.trim() === '') throw new GatewayError(ErrorCode.EmptyBody, 'the request body is empty; send deposits as a JSON array or CSV');
    let parsed: DepositParse;
    if (type === 'application/json') {
      let value: unknown;
      try {
        value = JSON.parse(body);
      } catch {
        throw new GatewayError(ErrorCode.MalformedJson, 'request body is not valid JSON');
      }
      parsed = depositsFromJson(value);
    } else {
      parsed = depositsFromCsv(body);
    }
    if (!parsed.ok) throw validationFailed('the deposits are not valid; nothing was stored', parsed.errors);
    return parsed.deposits;
  }

  async upload(body: unknown, contentType: string | undefined): Promise<Record<string, unknown>> {
    const deposits = this.parse(body, contentType);
    let outcome: { id: string; outcome: 'new' | 'duplicate' }[];
    try {
      outcome = await this.unitOfWork.run((tx) => this.storeAll(tx, deposits));
    } catch (err) {
      // A concurrent upload matched one of the remittances (or stored the same traced deposit) first: once more sees it.
      if (!isUniqueViolation(err)) throw err;
      outcome = await this.unitOfWork.run((tx) => this.storeAll(tx, deposits));
    }
    const rows = new Map((await this.store.depositsByIds(outcome.map((o) => o.id))).map((d) => [d.id, d]));
    const views = outcome.map((o) => depositView(rows.get(o.id)!, o.outcome));
    const fresh = views.filter((v) => v.outcome === 'new');
    return {
      deposits: views,
      reconciled: fresh.filter((v) => v.status === 'reconciled').length,
      unreconciled: fresh.filter((v) => v.status === 'unreconciled').length,
      duplicates: views.length - fresh.length,
      remittancesWithoutDeposit: (await this.store.remittancesWithoutDeposit(500)).map(openRemittanceView),
    };
  }

  private async storeAll(tx: Tx, deposits: DepositInput[]): Promise<{ id: string; outcome: 'new' | 'duplicate' }[]> {
    const out: { id: string; outcome: 'new' | 'duplicate' }[] = [];
    for (const d of deposits) {
      if (d.trace) {
        const existing = await this.store.findDuplicateDeposit(tx, { date: d.date, amount: d.amount, trace: d.trace });
        if (existing) {
          out.push({ id: existing.id, outcome: 'duplicate' });
          continue;
        }
      }
      let remittanceId: string | null = null;
      let matchedBy: string | null = null;
      if (d.trace) {
        remittanceId = await this.store.remittanceByTrace(tx, d.trace, d.amount);
        if (remittanceId) matchedBy = 'trace';
      }
      if (!remittanceId) {
        remittanceId = await this.store.remittanceByAmountAndDate(tx, d.amount, d.date, DATE_TOLERANCE_DAYS);
        if (remittanceId) matchedBy = 'amount_date';
      }
      const id = randomUUID();
      await this.store.insertDeposit(tx, { id, date: d.date, amount: d.amount, trace: d.trace, remittanceId, matchedBy });
      out.push({ id, outcome: 'new' });
    }
    return out;
  }

  async list(query: { status?: string; limit?: string }): Promise<Record<string, unknown>> {
    if (query.status !== undefined && query.status !== 'reconciled' && query.status !== 'unreconciled') throw invalidQuery('status', 'status must be reconciled or unreconciled');
    const limit = limitOf(query.limit);
    const status = (query.status as DepositStatus | undefined) ?? null;
    const [deposits, open, counts] = [await this.store.listDeposits(status, limit), await this.store.remittancesWithoutDeposit(limit), await this.store.depositCounts()];
    return { counts, deposits: deposits.map((d) => depositView(d)), remittancesWithoutDeposit: open.map(openRemittanceView) };
  }
}
