// The outbox on PostgreSQL/PGlite. Pending rows are claimed with FOR UPDATE SKIP LOCKED, so several
// relays (one per worker process) never publish the same row at the same time.
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import { OutboxStore, type OutboxMessage, type PendingOutboxMessage } from './outbox.port';

interface Row {
  id: string;
  topic: string;
  body: unknown;
  headers: Record<string, string> | null;
  created_at: Date;
  publish_attempts: number;
}

export class TypeormOutboxStore extends OutboxStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(tx: Tx, m: OutboxMessage): Promise<void> {
    await managerOf(tx).query(
      `INSERT INTO outbox_messages (id, topic, body, headers) VALUES ($1, $2, $3::jsonb, $4::jsonb) ON CONFLICT (id) DO NOTHING`,
      [m.id, m.topic, JSON.stringify(m.body ?? null), JSON.stringify(m.headers ?? {})],
    );
  }

  async claimPending(tx: Tx, limit: number): Promise<PendingOutboxMessage[]> {
    const rows: Row[] = await managerOf(tx).query(
      `SELECT id, topic, body, headers, created_at, publish_attempts FROM outbox_messages
        WHERE published_at IS NULL ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map((r) => ({ id: r.id, topic: r.topic, body: r.body, headers: r.headers ?? {}, createdAt: r.created_at, publishAttempts: r.publish_attempts }));
  }

  async markPublished(tx: Tx, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await managerOf(tx).query(`UPDATE outbox_messages SET published_at = now(), publish_attempts = publish_attempts + 1, last_error = NULL WHERE id = ANY($1::text[])`, [ids]);
  }

  async markFailed(tx: Tx, id: string, error: string): Promise<void> {
    await managerOf(tx).query(`UPDATE outbox_messages SET publish_attempts = publish_attempts + 1, last_error = $2 WHERE id = $1`, [id, error.slice(0, 2000)]);
  }

  async purgePublished(before: Date): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH gone AS (DELETE FROM outbox_messages WHERE published_at IS NOT NULL AND published_at < $1 RETURNING 1) SELECT 1 FROM gone`,
      [before],
    );
    return rows.length;
  }

  async pendingCount(): Promise<number> {
    const [row]: { n: string }[] = await this.dataSource.query(`SELECT count(*)::text AS n FROM outbox_messages WHERE published_at IS NULL`);
    return Number(row.n);
  }
}
