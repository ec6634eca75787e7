// The TypeORM adapter of RemittanceStore. Writes go through the caller's Tx only: PGlite is one
// session, and a posting transaction must never wait on another connection.
import { DataSource, In, type EntityManager } from 'typeorm';
import { ClaimPaymentEntity, ProviderAdjustmentEntity, RemittanceEntity, ServicePaymentEntity } from '../persistence/entities';
import { olderThanCursor } from '../persistence/keyset';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import type { AdjustmentLike } from './posting-rules';
import {
  RemittanceStore,
  type DuplicateReason,
  type NewClaimPayment,
  type NewProviderAdjustment,
  type NewRemittance,
  type HeldTransactionSet,
  type PageCursor,
  type Release,
  type ReleaseCandidate,
  type PayableClaim,
  type PaymentFilter,
  type PaymentKey,
  type StoredClaimPayment,
  type StoredRemittance,
} from './remittance-store.port';

/** Names the unique indexes whose violation means "someone posted this first". */
export const REMITTANCE_UNIQUE_CONSTRAINTS = ['remittances_file_unique', 'remittances_payment_unique'];

export class TypeormRemittanceStore extends RemittanceStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async findPostedDuplicate(tx: Tx, key: PaymentKey): Promise<{ id: string; reason: DuplicateReason } | null> {
    const m = managerOf(tx);
    const same: { id: string }[] = await m.query(`SELECT id FROM remittances WHERE sha256 = $1 AND transaction_index = $2 AND status = 'posted' LIMIT 1`, [key.sha256, key.transactionIndex]);
    if (same[0]) return { id: same[0].id, reason: 'same_file' };
    if (key.traceNumber === null) return null;
    const rows: { id: string }[] = await m.query(
      `SELECT id FROM remittances
        WHERE status = 'posted' AND trace_number = $2 AND coalesce(payer_identifier, payer_id, '') = coalesce($1, '')
          AND amount IS NOT DISTINCT FROM $3::numeric AND payment_date IS NOT DISTINCT FROM $4::date AND credit_debit IS NOT DISTINCT FROM $5
        LIMIT 1`,
      [key.payerKey, key.traceNumber, key.amount, key.paymentDate, key.creditDebit],
    );
    return rows[0] ? { id: rows[0].id, reason: 'same_payment' } : null;
  }

  async insertRemittance(tx: Tx, remittance: NewRemittance): Promise<void> {
    await managerOf(tx).insert(RemittanceEntity, { ...remittance, receivedAt: new Date() } as never);
  }

  async lockClaimForPayment(tx: Tx, patientControlNumber: string, payerId: string | null, payerClaimControlNumber: string | null): Promise<PayableClaim | null> {
    // A late 835 for an original that was corrected since carries the original's claim number: it
    // belongs to the original, not to the newest claim of the PCN.
    const rows: { id: string; status: string; total_charge: string; document: unknown }[] = await managerOf(tx).query(
      `SELECT c.id, c.status, c.total_charge, c.document FROM claims c
        WHERE upper(c.patient_control_number) = upper($1)
        ORDER BY (coalesce($3, '') <> '' AND (
                   EXISTS (SELECT 1 FROM claim_payments p WHERE p.claim_id = c.id AND p.payer_claim_control_number = $3)
                   OR EXISTS (SELECT 1 FROM claim_events e WHERE e.claim_id = c.id AND e.cause = 'acknowledgment.277ca' AND e.detail->>'payerClaimControlNumber' = $3))) DESC,
                 (c.payer_id = $2) DESC NULLS LAST, (c.status IN ('invalid', 'rejected_by_clearinghouse', 'voided')) ASC, c.received_at DESC, c.id DESC
        LIMIT 1 FOR UPDATE OF c`,
      [patientControlNumber, payerId, payerClaimControlNumber],
    );
    const row = rows[0];
    return row ? { id: row.id, status: row.status, totalCharge: row.total_charge, document: row.document } : null;
  }

  async netPaid(tx: Tx, claimId: string): Promise<string> {
    const [row]: { total: string }[] = await managerOf(tx).query(`SELECT coalesce(sum(paid), 0)::numeric(14, 2)::text AS total FROM claim_payments WHERE claim_id = $1`, [claimId]);
    return row.total;
  }

  async claimAdjustments(tx: Tx, claimId: string): Promise<AdjustmentLike[]> {
    return queryAdjustments(managerOf(tx), 'claim', claimId);
  }

  async findReversible(tx: Tx, claimId: string | null, patientControlNumber: string, payerClaimControlNumber: string | null): Promise<{ id: string } | null> {
    const rows: { id: string }[] = await managerOf(tx).query(
      `SELECT p.id FROM claim_payments p
        WHERE ${claimId ? 'p.claim_id = $1' : 'p.claim_id IS NULL AND upper(p.patient_control_number) = upper($1)'}
          AND NOT p.is_reversal
          AND NOT EXISTS (SELECT 1 FROM claim_payments r WHERE r.reverses_payment_id = p.id)
        ORDER BY (p.payer_claim_control_number IS NOT DISTINCT FROM $2) DESC, p.created_at DESC, p.claim_index DESC
        LIMIT 1`,
      [claimId ?? patientControlNumber, payerClaimControlNumber],
    );
    return rows[0] ?? null;
  }

  async insertClaimPayment(tx: Tx, payment: NewClaimPayment): Promise<void> {
    const m = managerOf(tx);
    const { services, ...row } = payment;
    await m.insert(ClaimPaymentEntity, { ...row, createdAt: new Date() } as never);
    if (services.length > 0) await m.insert(ServicePaymentEntity, services.map((s) => ({ ...s, claimPaymentId: payment.id })) as never);
  }

  async insertProviderAdjustments(tx: Tx, remittanceId: string, adjustments: NewProviderAdjustment[]): Promise<void> {
    if (adjustments.length === 0) return;
    await managerOf(tx).insert(ProviderAdjustmentEntity, adjustments.map((a) => ({ ...a, remittanceId })) as never);
  }

  async lockForRelease(tx: Tx, id: string): Promise<ReleaseCandidate | null> {
    const m = managerOf(tx);
    const rows: { id: string }[] = await m.query(`SELECT id FROM remittances WHERE id = $1 FOR UPDATE`, [id]);
    if (!rows[0]) return null;
    const remittance = await m.getRepository(RemittanceEntity).createQueryBuilder('r').addSelect('r.heldTransaction').where('r.id = :id', { id }).getOne();
    if (!remittance) return null;
    const { heldTransaction, ...rest } = remittance;
    return { remittance: rest as StoredRemittance, heldTransaction: (heldTransaction ?? null) as HeldTransactionSet | null };
  }

  async markReleased(tx: Tx, id: string, release: Release): Promise<void> {
    await managerOf(tx).query(
      `UPDATE remittances SET status = 'posted', released_at = $2, release_reason = $3, released_by = $4 WHERE id = $1 AND status = 'rejected' AND released_at IS NULL`,
      [id, release.at, release.reason, release.by],
    );
  }

  async list(after: PageCursor | null, limit: number): Promise<{ items: StoredRemittance[]; next: PageCursor | null }> {
    const qb = this.dataSource.getRepository(RemittanceEntity).createQueryBuilder('r');
    if (after) qb.andWhere(olderThanCursor({ table: 'remittances', time: 'received_at', alias: 'r' }, ':afterAt', ':afterId'), { afterAt: after.at, afterId: after.id });
    qb.orderBy('r.received_at', 'DESC').addOrderBy('r.id', 'DESC').limit(limit + 1);
    const rows = (await qb.getMany()) as StoredRemittance[];
    return page(rows, limit, (r) => ({ at: r.receivedAt, id: r.id }));
  }

  async findById(id: string): Promise<{ remittance: StoredRemittance; payments: StoredClaimPayment[]; providerAdjustments: NewProviderAdjustment[] } | null> {
    const remittance = (await this.dataSource.getRepository(RemittanceEntity).findOne({ where: { id } })) as StoredRemittance | null;
    if (!remittance) return null;
    const rows = await this.dataSource.getRepository(ClaimPaymentEntity).find({ where: { remittanceId: id }, order: { claimIndex: 'ASC' } });
    const payments = await this.withServices(rows);
    const providerAdjustments = await this.dataSource.getRepository(ProviderAdjustmentEntity).find({ where: { remittanceId: id }, order: { position: 'ASC' } });
    return { remittance, payments, providerAdjustments };
  }

  async listPayments(filter: PaymentFilter, after: PageCursor | null, limit: number): Promise<{ items: StoredClaimPayment[]; next: PageCursor | null }> {
    const qb = this.dataSource.getRepository(ClaimPaymentEntity).createQueryBuilder('p');
    if (filter.claimId) qb.andWhere('p.claim_id = :claimId', { claimId: filter.claimId });
    if (filter.unmatched === true) qb.andWhere('p.claim_id IS NULL');
    if (filter.unmatched === false) qb.andWhere('p.claim_id IS NOT NULL');
    if (after) qb.andWhere(olderThanCursor({ table: 'claim_payments', time: 'created_at', alias: 'p' }, ':afterAt', ':afterId'), { afterAt: after.at, afterId: after.id });
    qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id', 'DESC').limit(limit + 1);
    const rows = await qb.getMany();
    const items = await this.withServices(rows.slice(0, limit));
    return page([...items, ...rows.slice(limit).map((r) => r as unknown as StoredClaimPayment)], limit, (p) => ({ at: p.createdAt, id: p.id }));
  }

  private async withServices(rows: ClaimPaymentEntity[]): Promise<StoredClaimPayment[]> {
    if (rows.length === 0) return [];
    const services = await this.dataSource.getRepository(ServicePaymentEntity).find({ where: { claimPaymentId: In(rows.map((r) => r.id)) }, order: { lineIndex: 'ASC' } });
    return rows.map((r) => ({ ...r, services: services.filter((s) => s.claimPaymentId === r.id) }) as unknown as StoredClaimPayment);
  }
}

function page<T>(rows: T[], limit: number, cursorOf: (row: T) => PageCursor): { items: T[]; next: PageCursor | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? cursorOf(last) : null };
}

/**
 * Every CAS adjustment (claim level and line level) of the payments of a claim, or of one payment.
 * Shared with the reconciliation store (manual matching settles a claim the same way).
 */
export function queryAdjustments(manager: Pick<EntityManager, 'query'>, by: 'claim' | 'payment', id: string): Promise<AdjustmentLike[]> {
  const where = by === 'claim' ? 'p.claim_id = $1' : 'p.id = $1';
  return manager.query(
    `SELECT a->>'group' AS "group", a->>'reason' AS reason, a->>'amount' AS amount
       FROM claim_payments p CROSS JOIN LATERAL jsonb_array_elements(p.adjustments) a WHERE ${where}
     UNION ALL
     SELECT a->>'group', a->>'reason', a->>'amount'
       FROM claim_payments p JOIN service_payments s ON s.claim_payment_id = p.id
      CROSS JOIN LATERAL jsonb_array_elements(s.adjustments) a WHERE ${where}`,
    [id],
  );
}
