// SQL of reconciliation, plain PostgreSQL 15 / PGlite: aggregates over posted remittances in a
// payment-date range, keyset pages for the CSV exports, the manual match writes and bank deposits.
// Writes go through the caller's Tx only.
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import type { AdjustmentLike } from '../remittance/posting-rules';
import { queryAdjustments } from '../remittance/typeorm-remittance.store';
import type { AdjustmentAggregate, SummaryInput } from './summary';

export interface RemittanceRange {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  payerId: string | null;
}

export interface ExportCursor {
  paymentDate: string;
  remittanceId: string;
  claimIndex: number;
}

export interface ExportPaymentRow {
  remittance_id: string;
  payment_date: string | null;
  trace_number: string | null;
  payer_id: string | null;
  payer_name: string | null;
  id: string;
  claim_index: number;
  claim_id: string | null;
  patient_control_number: string;
  payer_claim_control_number: string | null;
  status_code: string;
  charge: string | null;
  paid: string | null;
  patient_responsibility: string;
  is_reversal: boolean;
  claim_status_after: string | null;
  adjustments: unknown[];
  remarks: string[];
}

export interface ExportServiceRow {
  claim_payment_id: string;
  line_index: number;
  procedure_code: string | null;
  service_date: string | null;
  adjustments: unknown[];
}

export interface LockedPayment {
  id: string;
  remittance_id: string;
  claim_id: string | null;
  patient_control_number: string;
  status_code: string;
  paid: string | null;
}

export interface LockedClaim {
  id: string;
  status: string;
  total_charge: string;
  patient_control_number: string;
  document: unknown;
}

export interface DepositRow {
  id: string;
  deposit_date: string;
  amount: string;
  trace: string | null;
  remittance_id: string | null;
  matched_by: string | null;
  created_at: Date;
  reconciled_at: Date | null;
  remittance_amount: string | null;
  remittance_trace: string | null;
  remittance_payment_date: string | null;
}

export interface OpenRemittanceRow {
  id: string;
  payment_date: string | null;
  amount: string | null;
  trace_number: string | null;
  payer_id: string | null;
  payer_name: string | null;
}

/** `WHERE` of posted remittances in range, with its parameters from $1. */
function rangeWhere(range: RemittanceRange, alias = 'r'): { sql: string; params: unknown[] } {
  const params: unknown[] = [range.from, range.to];
  let sql = `${alias}.status = 'posted' AND ${alias}.payment_date BETWEEN $1::date AND $2::date`;
  if (range.payerId !== null) {
    params.push(range.payerId);
    sql += ` AND (${alias}.payer_id = $3 OR ${alias}.payer_identifier = $3)`;
  }
  return { sql, params };
}

function toInt(value: unknown): number {
  return Number(value ?? 0);
}

export class ReconciliationStore {
  constructor(private readonly dataSource: DataSource) {}

  /** The exact sums the summary adds up (every amount numeric → text with two decimals). */
  async summaryInput(range: RemittanceRange): Promise<SummaryInput> {
    const { sql, params } = rangeWhere(range);
    const q = <T>(text: string) => this.dataSource.query(text, params) as Promise<T[]>;
    const [remittances] = await q<{ count: string; amount: string }>(
      `SELECT count(*) AS count,
              coalesce(sum(CASE WHEN r.credit_debit = 'D' THEN -r.amount ELSE r.amount END), 0)::numeric(14, 2)::text AS amount
         FROM remittances r WHERE ${sql}`,
    );
    const [payments] = await q<{ count: string; billed: string; paid: string; unmatched_count: string; unmatched_charge: string; unmatched_paid: string }>(
      `SELECT count(*) AS count,
              coalesce(sum(p.charge), 0)::numeric(14, 2)::text AS billed,
              coalesce(sum(p.paid), 0)::numeric(14, 2)::text AS paid,
              count(*) FILTER (WHERE p.claim_id IS NULL) AS unmatched_count,
              coalesce(sum(p.charge) FILTER (WHERE p.claim_id IS NULL), 0)::numeric(14, 2)::text AS unmatched_charge,
              coalesce(sum(p.paid) FILTER (WHERE p.claim_id IS NULL), 0)::numeric(14, 2)::text AS unmatched_paid
         FROM claim_payments p JOIN remittances r ON r.id = p.remittance_id
        WHERE ${sql}`,
    );
    // Claim-level (2100) and line-level (2110) CAS, each adjustment once.
    const adjustments = await q<{ grp: string | null; reason: string | null; denied: boolean; count: string; amount: string }>(
      `WITH adj AS (
         SELECT a->>'group' AS grp, a->>'reason' AS reason, (a->>'amount')::numeric AS amount,
                p.status_code = '4' AS denied, p.is_reversal
           FROM claim_payments p JOIN remittances r ON r.id = p.remittance_id
          CROSS JOIN LATERAL jsonb_array_elements(p.adjustments) a
          WHERE ${sql}
         UNION ALL
         SELECT a->>'group', a->>'reason', (a->>'amount')::numeric,
                p.status_code = '4', p.is_reversal
           FROM claim_payments p JOIN remittances r ON r.id = p.remittance_id
           JOIN service_payments s ON s.claim_payment_id = p.id
          CROSS JOIN LATERAL jsonb_array_elements(s.adjustments) a
          WHERE ${sql}
       )
       SELECT grp, reason, denied, sum(CASE WHEN is_reversal THEN -1 ELSE 1 END) AS count,
              coalesce(sum(amount), 0)::numeric(14, 2)::text AS amount
         FROM adj GROUP BY grp, reason, denied`,
    );
    const plb = await q<{ reason: string; amount: string }>(
      `SELECT a.reason, coalesce(sum(a.amount), 0)::numeric(14, 2)::text AS amount
         FROM provider_adjustments a JOIN remittances r ON r.id = a.remittance_id
        WHERE ${sql} GROUP BY a.reason`,
    );
    return {
      remittances: { count: toInt(remittances.count), amount: remittances.amount },
      claimPayments: { count: toInt(payments.count), billed: payments.billed, paid: payments.paid },
      unmatched: { count: toInt(payments.unmatched_count), charge: payments.unmatched_charge, paid: payments.unmatched_paid },
      adjustments: adjustments.map((a): AdjustmentAggregate => ({ group: a.grp, reason: a.reason, denied: a.denied === true, count: toInt(a.count), amount: a.amount })),
      providerAdjustments: plb,
    };
  }

  /** One page of claim payments of posted remittances in range, in (payment date, remittance, CLP) order. */
  async exportPage(range: RemittanceRange, after: ExportCursor | null, limit: number): Promise<ExportPaymentRow[]> {
    const { sql, params } = rangeWhere(range);
    let where = sql;
    if (after) {
      const n = params.length;
      params.push(after.paymentDate, after.remittanceId, after.claimIndex);
      where += ` AND (r.payment_date, r.id, p.claim_index) > ($${n + 1}::date, $${n + 2}::uuid, $${n + 3}::int)`;
    }
    params.push(limit);
    return this.dataSource.query(
      `SELECT r.id AS remittance_id, r.payment_date, r.trace_number, coalesce(r.payer_id, r.payer_identifier) AS payer_id, r.payer_name,
              p.id, p.claim_index, p.claim_id, p.patient_control_number, p.payer_claim_control_number, p.status_code,
              p.charge, p.paid, p.patient_responsibility, p.is_reversal, p.claim_status_after, p.adjustments, p.remarks
         FROM claim_payments p JOIN remittances r ON r.id = p.remittance_id
        WHERE ${where} AND r.payment_date IS NOT NULL
        ORDER BY r.payment_date, r.id, p.claim_index
        LIMIT $${params.length}`,
      params,
    );
  }

  async exportServices(claimPaymentIds: string[]): Promise<ExportServiceRow[]> {
    if (claimPaymentIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT claim_payment_id, line_index, procedure_code, service_date, adjustments
         FROM service_payments
        WHERE claim_payment_id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))
        ORDER BY claim_payment_id, line_index`,
      [JSON.stringify(claimPaymentIds)],
    );
  }

  // --- manual match -------------------------------------------------------------------------

  async lockPayment(tx: Tx, id: string): Promise<LockedPayment | null> {
    const rows: LockedPayment[] = await managerOf(tx).query(
      `SELECT id, remittance_id, claim_id, patient_control_number, status_code, paid FROM claim_payments WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async lockClaim(tx: Tx, id: string): Promise<LockedClaim | null> {
    const rows: LockedClaim[] = await managerOf(tx).query(`SELECT id, status, total_charge, patient_control_number, document FROM claims WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /** Σ CLP04 already posted to the claim. */
  async netPaid(tx: Tx, claimId: string): Promise<string> {
    const [row]: { total: string }[] = await managerOf(tx).query(`SELECT coalesce(sum(paid), 0)::numeric(14, 2)::text AS total FROM claim_payments WHERE claim_id = $1`, [claimId]);
    return row.total;
  }

  /** The CAS adjustments of one payment, or of every payment of a claim. */
  adjustments(tx: Tx, by: 'claim' | 'payment', id: string): Promise<AdjustmentLike[]> {
    return queryAdjustments(managerOf(tx), by, id);
  }

  async paymentServices(tx: Tx, claimPaymentId: string): Promise<{ id: string; procedure_qualifier: string | null; procedure_code: string | null; modifiers: string[]; service_date: string | null; line_item_control_number: string | null }[]> {
    return managerOf(tx).query(
      `SELECT id, procedure_qualifier, procedure_code, modifiers, service_date, line_item_control_number FROM service_payments WHERE claim_payment_id = $1 ORDER BY line_index`,
      [claimPaymentId],
    );
  }

  async assignPayment(tx: Tx, paymentId: string, claimId: string, before: string, after: string, note: string | null, lineMatches: { id: string; matched: number | null }[]): Promise<void> {
    const m = managerOf(tx);
    await m.query(
      `UPDATE claim_payments SET claim_id = $2, claim_status_before = $3, claim_status_after = $4, posting_note = $5 WHERE id = $1 AND claim_id IS NULL`,
      [paymentId, claimId, before, after, note],
    );
    if (lineMatches.length > 0) {
      await m.query(
        `UPDATE service_payments s SET matched_line_index = x.matched
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, matched int) WHERE s.id = x.id`,
        [JSON.stringify(lineMatches)],
      );
    }
  }

  // --- deposits ---------------------------------------------------------------------------------

  async findDuplicateDeposit(tx: Tx, d: { date: string; amount: string; trace: string }): Promise<DepositRow | null> {
    const rows: { id: string }[] = await managerOf(tx).query(
      `SELECT id FROM bank_deposits WHERE trace = $1 AND amount = $2::numeric AND deposit_date = $3::date LIMIT 1`,
      [d.trace, d.amount, d.date],
    );
    return rows[0] ? this.depositById(tx, rows[0].id) : null;
  }

  /** A posted remittance with this TRN02 and no deposit yet, the same amount first; locked. */
  async remittanceByTrace(tx: Tx, trace: string, amount: string): Promise<string | null> {
    const rows: { id: string }[] = await managerOf(tx).query(
      `SELECT r.id FROM remittances r
        WHERE r.status = 'posted' AND upper(r.trace_number) = upper($1)
          AND NOT EXISTS (SELECT 1 FROM bank_deposits d WHERE d.remittance_id = r.id)
        ORDER BY (r.amount = $2::numeric) DESC, r.payment_date, r.id
        LIMIT 1 FOR UPDATE OF r`,
      [trace, amount],
    );
    return rows[0]?.id ?? null;
  }

  /** A posted remittance of this amount paid within ±days of the date, with no deposit yet, the nearest date first; locked. */
  async remittanceByAmountAndDate(tx: Tx, amount: string, date: string, days: number): Promise<string | null> {
    const rows: { id: string }[] = await managerOf(tx).query(
      `SELECT r.id FROM remittances r
        WHERE r.status = 'posted' AND r.amount = $1::numeric AND coalesce(r.credit_debit, 'C') = 'C'
          AND r.payment_date BETWEEN $2::date - $3::int AND $2::date + $3::int
          AND NOT EXISTS (SELECT 1 FROM bank_deposits d WHERE d.remittance_id = r.id)
        ORDER BY abs(r.payment_date - $2::date), r.received_at, r.id
        LIMIT 1 FOR UPDATE OF r`,
      [amount, date, days],
    );
    return rows[0]?.id ?? null;
  }

  async insertDeposit(tx: Tx, d: { id: string; date: string; amount: string; trace: string | null; remittanceId: string | null; matchedBy: string | null }): Promise<void> {
    await managerOf(tx).query(
      `INSERT INTO bank_deposits (id, deposit_date, amount, trace, remittance_id, matched_by, created_at, reconciled_at)
       VALUES ($1, $2::date, $3::numeric, $4, $5, $6, now(), CASE WHEN $5::uuid IS NULL THEN NULL ELSE now() END)`,
      [d.id, d.date, d.amount, d.trace, d.remittanceId, d.matchedBy],
    );
  }

  private static readonly DEPOSIT_SELECT = `
    SELECT d.id, d.deposit_date, d.amount, d.trace, d.remittance_id, d.matched_by, d.created_at, d.reconciled_at,
           r.amount AS remittance_amount, r.trace_number AS remittance_trace, r.payment_date AS remittance_payment_date
      FROM bank_deposits d LEFT JOIN remittances r ON r.id = d.remittance_id`;

  async depositById(tx: Tx, id: string): Promise<DepositRow | null> {
    const rows: DepositRow[] = await managerOf(tx).query(`${ReconciliationStore.DEPOSIT_SELECT} WHERE d.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async depositsByIds(ids: string[]): Promise<DepositRow[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(`${ReconciliationStore.DEPOSIT_SELECT} WHERE d.id IN (SELECT value::uuid FROM jsonb_array_elements_text($1::jsonb))`, [JSON.stringify(ids)]);
  }

  async listDeposits(status: 'reconciled' | 'unreconciled' | null, limit: number): Promise<DepositRow[]> {
    const where = status === 'reconciled' ? 'WHERE d.remittance_id IS NOT NULL' : status === 'unreconciled' ? 'WHERE d.remittance_id IS NULL' : '';
    return this.dataSource.query(`${ReconciliationStore.DEPOSIT_SELECT} ${where} ORDER BY d.deposit_date DESC, d.created_at DESC, d.id DESC LIMIT $1`, [limit]);
  }

  async depositCounts(): Promise<{ reconciled: number; unreconciled: number; remittancesWithoutDeposit: number }> {
    const [row]: { reconciled: string; unreconciled: string; open: string }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM bank_deposits WHERE remittance_id IS NOT NULL) AS reconciled,
              (SELECT count(*) FROM bank_deposits WHERE remittance_id IS NULL) AS unreconciled,
              (SELECT count(*) FROM remittances r WHERE ${OPEN_REMITTANCE}) AS open`,
    );
    return { reconciled: toInt(row.reconciled), unreconciled: toInt(row.unreconciled), remittancesWithoutDeposit: toInt(row.open) };
  }

  /** Posted remittances that moved money to us (credit, more than 0.00) and no deposit matched. */
  async remittancesWithoutDeposit(limit: number): Promise<OpenRemittanceRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.payment_date, r.amount, r.trace_number, coalesce(r.payer_id, r.payer_identifier) AS payer_id, r.payer_name
         FROM remittances r WHERE ${OPEN_REMITTANCE}
        ORDER BY r.payment_date DESC NULLS LAST, r.received_at DESC, r.id DESC LIMIT $1`,
      [limit],
    );
  }
}

const OPEN_REMITTANCE = `r.status = 'posted' AND r.amount > 0 AND coalesce(r.credit_debit, 'C') = 'C' AND coalesce(r.payment_method, '') <> 'NON'
  AND NOT EXISTS (SELECT 1 FROM bank_deposits d WHERE d.remittance_id = r.id)`;
