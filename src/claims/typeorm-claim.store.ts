import { DataSource } from 'typeorm';
import { ClaimEntity, ClaimEventEntity } from '../persistence/entities';
import { olderThanCursor } from '../persistence/keyset';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import type { ClaimStatus } from './claim-status';
import { ClaimStore, type ClaimCursor, type ClaimEvent, type ClaimListFilter, type ClaimReplacement, type NewClaim, type PayerClaimNumber, type StoredClaim } from './claim-store.port';

/** The partial unique index that allows one live original per billing provider and PCN. */
export const ORIGINAL_PCN_CONSTRAINT = 'claims_original_pcn_unique';

function toEvent(row: ClaimEventEntity): ClaimEvent {
  return {
    sequence: row.sequence,
    status: row.status,
    previousStatus: row.previousStatus,
    cause: row.cause,
    detail: row.detail,
    occurredAt: row.occurredAt,
  };
}

export class TypeormClaimStore extends ClaimStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async insert(tx: Tx, claim: NewClaim, cause: string, detail: Record<string, unknown> | null): Promise<StoredClaim> {
    const manager = managerOf(tx);
    const now = new Date();
    const row = manager.create(ClaimEntity, { ...claim, replacesClaimId: claim.replacesClaimId ?? null, receivedAt: now, updatedAt: now });
    await manager.insert(ClaimEntity, row as never);
    await manager.insert(ClaimEventEntity, {
      claimId: claim.id,
      sequence: 1,
      status: claim.status,
      previousStatus: null,
      cause,
      detail,
      occurredAt: now,
    } as never);
    return row as StoredClaim;
  }

  async transition(tx: Tx, claimId: string, to: ClaimStatus, cause: string, detail: Record<string, unknown> | null): Promise<ClaimEvent> {
    const manager = managerOf(tx);
    const rows: { status: string }[] = await manager.query(`SELECT status FROM claims WHERE id = $1 FOR UPDATE`, [claimId]);
    if (rows.length === 0) throw new Error(`claim ${claimId} does not exist`);
    const [{ next }]: { next: number }[] = await manager.query(`SELECT coalesce(max(sequence), 0) + 1 AS next FROM claim_events WHERE claim_id = $1`, [claimId]);
    const occurredAt = new Date();
    const event = { claimId, sequence: Number(next), status: to, previousStatus: rows[0].status, cause, detail, occurredAt };
    await manager.insert(ClaimEventEntity, event as never);
    await manager.update(ClaimEntity, { id: claimId }, { status: to, updatedAt: occurredAt });
    return toEvent(event as ClaimEventEntity);
  }

  async transitionMany(tx: Tx, moves: { claimId: string; detail: Record<string, unknown> | null }[], to: ClaimStatus, cause: string): Promise<number> {
    if (moves.length === 0) return 0;
    const manager = managerOf(tx);
    const payload = JSON.stringify(moves.map((m) => ({ id: m.claimId, detail: m.detail })));
    // Lock the claims, append one event each (next sequence per claim), then set the status: three
    // statements for any number of claims instead of four round trips per claim.
    const locked: { id: string }[] = await manager.query(
      `SELECT c.id FROM claims c JOIN jsonb_to_recordset($1::jsonb) AS m(id uuid, detail jsonb) ON m.id = c.id ORDER BY c.id FOR UPDATE OF c`,
      [payload],
    );
    if (locked.length !== new Set(moves.map((m) => m.claimId)).size) throw new Error('transitionMany: some claims do not exist');
    await manager.query(
      `INSERT INTO claim_events (claim_id, sequence, status, previous_status, cause, detail, occurred_at)
       SELECT c.id, coalesce((SELECT max(e.sequence) FROM claim_events e WHERE e.claim_id = c.id), 0) + 1, $2, c.status, $3, m.detail, now()
         FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, detail jsonb) JOIN claims c ON c.id = m.id`,
      [payload, to, cause],
    );
    const [, affected]: [unknown, number] = await manager.query(
      `UPDATE claims c SET status = $2, updated_at = now() FROM jsonb_to_recordset($1::jsonb) AS m(id uuid, detail jsonb) WHERE c.id = m.id`,
      [payload, to],
    );
    return affected;
  }

  async findById(id: string): Promise<StoredClaim | null> {
    return (await this.dataSource.getRepository(ClaimEntity).findOne({ where: { id } })) as StoredClaim | null;
  }

  async lockById(tx: Tx, id: string): Promise<StoredClaim | null> {
    return (await managerOf(tx).getRepository(ClaimEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })) as StoredClaim | null;
  }

  async payerClaimNumber(tx: Tx, claimId: string): Promise<PayerClaimNumber | null> {
    // An 835 (the payer's adjudication) wins over a 277CA acceptance; within each, the newest.
    const rows: { value: string; source: '835' | '277CA' }[] = await managerOf(tx).query(
      `SELECT value, source FROM (
         SELECT p.payer_claim_control_number AS value, '835' AS source, 1 AS rank, p.created_at AS at
           FROM claim_payments p WHERE p.claim_id = $1 AND coalesce(p.payer_claim_control_number, '') <> ''
         UNION ALL
         SELECT e.detail->>'payerClaimControlNumber', '277CA', 2, e.occurred_at
           FROM claim_events e WHERE e.claim_id = $1 AND e.cause = 'acknowledgment.277ca' AND coalesce(e.detail->>'payerClaimControlNumber', '') <> ''
       ) n ORDER BY rank, at DESC LIMIT 1`,
      [claimId],
    );
    return rows[0] ?? null;
  }

  async replacementsOf(claimId: string, tx?: Tx): Promise<ClaimReplacement[]> {
    const source = tx ? managerOf(tx) : this.dataSource;
    const rows: { id: string; status: ClaimStatus; frequency_code: string; received_at: Date }[] = await source.query(
      `SELECT id, status, frequency_code, received_at FROM claims WHERE replaces_claim_id = $1 ORDER BY received_at DESC, id DESC`,
      [claimId],
    );
    return rows.map((r) => ({ id: r.id, status: r.status, frequencyCode: r.frequency_code, receivedAt: new Date(r.received_at) }));
  }

  async history(id: string): Promise<ClaimEvent[]> {
    const rows = await this.dataSource.getRepository(ClaimEventEntity).find({ where: { claimId: id }, order: { sequence: 'ASC' } });
    return rows.map(toEvent);
  }

  async findLiveOriginal(billingProviderKey: string, patientControlNumber: string): Promise<{ id: string } | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM claims WHERE billing_provider_key = $1 AND patient_control_number = $2
          AND frequency_code = '1' AND status NOT IN ('invalid', 'rejected', 'rejected_by_clearinghouse') LIMIT 1`,
      [billingProviderKey, patientControlNumber],
    );
    return rows[0] ?? null;
  }

  async list(filter: ClaimListFilter, after: ClaimCursor | null, limit: number): Promise<{ items: StoredClaim[]; next: ClaimCursor | null }> {
    const qb = this.dataSource.getRepository(ClaimEntity).createQueryBuilder('c');
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.payerId) qb.andWhere('c.payer_id = :payerId', { payerId: filter.payerId });
    if (filter.from) qb.andWhere('c.received_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('c.received_at < :to', { to: filter.to });
    if (after) qb.andWhere(olderThanCursor({ table: 'claims', time: 'received_at', alias: 'c' }, ':afterAt', ':afterId'), { afterAt: after.at, afterId: after.id });
    qb.orderBy('c.received_at', 'DESC').addOrderBy('c.id', 'DESC').limit(limit + 1);
    const rows = (await qb.getMany()) as StoredClaim[];
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const next = rows.length > limit && last ? { at: last.receivedAt, id: last.id } : null;
    return { items, next };
  }
}
