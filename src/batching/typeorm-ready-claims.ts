// Ready claims on PostgreSQL/PGlite. `FOR UPDATE SKIP LOCKED` lets any number of batchers work the
// same queue: each takes rows nobody else holds, and a row another batcher has just moved to
// `batched` fails the re-checked `status = 'ready'` and is not returned.
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import { ReadyClaims, type ReadyClaim, type ReadyQueue } from './ready-claims.port';

export class TypeormReadyClaims extends ReadyClaims {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async queues(): Promise<ReadyQueue[]> {
    const rows: { payer_id: string; kind: ReadyQueue['kind']; usage_indicator: ReadyQueue['usage']; claims: number }[] = await this.dataSource.query(
      `SELECT payer_id, kind, usage_indicator, count(*)::int AS claims FROM claims WHERE status = 'ready'
        GROUP BY payer_id, kind, usage_indicator ORDER BY min(received_at), payer_id, kind, usage_indicator`,
    );
    return rows.map((r) => ({ payerId: r.payer_id, kind: r.kind, usage: r.usage_indicator, claims: r.claims }));
  }

  async lockOldest(tx: Tx, queue: Omit<ReadyQueue, 'claims'>, limit: number, excludeIds: readonly string[]): Promise<ReadyClaim[]> {
    const rows: { id: string; patient_control_number: string; document: ReadyClaim['document'] }[] = await managerOf(tx).query(
      `SELECT id, patient_control_number, document FROM claims
        WHERE status = 'ready' AND payer_id = $1 AND kind = $2 AND usage_indicator = $3 AND NOT (id = ANY($4::uuid[]))
        ORDER BY received_at, id
        LIMIT $5
        FOR UPDATE SKIP LOCKED`,
      [queue.payerId, queue.kind, queue.usage, [...excludeIds], limit],
    );
    return rows.map((r) => ({ id: r.id, patientControlNumber: r.patient_control_number, document: r.document }));
  }
}
