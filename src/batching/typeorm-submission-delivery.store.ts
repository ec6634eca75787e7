// Delivery state on the submissions table (PostgreSQL/PGlite). Every update is conditional on the
// current status, so a late failure report never undoes a transmission.
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import { SubmissionDeliveryStore } from './submission-delivery-store.port';

export class TypeormSubmissionDeliveryStore extends SubmissionDeliveryStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async markTransmitted(tx: Tx, id: string, remoteName: string, attempt: number): Promise<boolean> {
    const rows: unknown[] = await managerOf(tx).query(
      `UPDATE submissions SET status = 'transmitted', remote_name = $2, delivery_attempts = GREATEST(delivery_attempts, $3 - 1),
              transmitted_at = now(), updated_at = now()
        WHERE id = $1 AND status <> 'transmitted' RETURNING id`,
      [id, remoteName, attempt],
    );
    return rows.length > 0;
  }

  async recordFailure(id: string, status: 'failed' | 'dead_lettered', attempt: number, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE submissions SET status = $2, delivery_attempts = GREATEST(delivery_attempts, $3), last_error = $4, updated_at = now()
        WHERE id = $1 AND status <> 'transmitted'`,
      [id, status, attempt, error.slice(0, 2000)],
    );
  }

  async requeue(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE submissions SET status = 'queued', delivery_attempts = 0, updated_at = now() WHERE id = $1 AND status <> 'transmitted' RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  async batchedClaims(tx: Tx, id: string): Promise<string[]> {
    const rows: { claim_id: string }[] = await managerOf(tx).query(
      `SELECT sc.claim_id FROM submission_claims sc JOIN claims c ON c.id = sc.claim_id
        WHERE sc.submission_id = $1 AND c.status = 'batched' ORDER BY sc.transaction_index, sc.claim_index`,
      [id],
    );
    return rows.map((r) => r.claim_id);
  }
}
