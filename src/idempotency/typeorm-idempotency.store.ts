import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import { IdempotencyStore, type BeginOutcome, type BeginRequest } from './idempotency-store.port';

interface RecordRow {
  request_hash: string;
  state: 'in_flight' | 'completed';
  response_status: number | null;
  response_body: unknown;
  expired: boolean;
  lock_expired: boolean;
}

export class TypeormIdempotencyStore extends IdempotencyStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  begin(request: BeginRequest): Promise<BeginOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const { principal, key, requestHash, ttlSeconds, lockSeconds } = request;
      // Expired records are only ever read to be replaced; sweep a few on each call so the table
      // stays the size of the replay window without a separate job.
      await manager.query(
        `DELETE FROM idempotency_records WHERE ctid IN (
           SELECT ctid FROM idempotency_records WHERE expires_at <= now() LIMIT 50)`,
      );
      // A concurrent insert of the same key waits here until the other transaction ends, then sees its row.
      const inserted: unknown[] = await manager.query(
        `INSERT INTO idempotency_records (principal, idempotency_key, request_hash, state, locked_until, expires_at)
         VALUES ($1, $2, $3, 'in_flight', now() + make_interval(secs => $4), now() + make_interval(secs => $5))
         ON CONFLICT (principal, idempotency_key) DO NOTHING
         RETURNING 1`,
        [principal, key, requestHash, lockSeconds, ttlSeconds],
      );
      if (inserted.length === 1) return { kind: 'acquired' };

      const rows: RecordRow[] = await manager.query(
        `SELECT request_hash, state, response_status, response_body,
                expires_at <= now() AS expired, locked_until <= now() AS lock_expired
           FROM idempotency_records WHERE principal = $1 AND idempotency_key = $2 FOR UPDATE`,
        [principal, key],
      );
      const row = rows[0];
      if (!row || row.expired || (row.state === 'in_flight' && row.lock_expired && row.request_hash === requestHash)) {
        // Past the replay window, or abandoned by a process that died mid-request: take it over.
        await manager.query(
          `INSERT INTO idempotency_records (principal, idempotency_key, request_hash, state, locked_until, expires_at, created_at)
           VALUES ($1, $2, $3, 'in_flight', now() + make_interval(secs => $4), now() + make_interval(secs => $5), now())
           ON CONFLICT (principal, idempotency_key) DO UPDATE SET
             request_hash = EXCLUDED.request_hash, state = 'in_flight', response_status = NULL, response_body = NULL,
             locked_until = EXCLUDED.locked_until, expires_at = EXCLUDED.expires_at, created_at = now()`,
          [principal, key, requestHash, lockSeconds, ttlSeconds],
        );
        return { kind: 'acquired' };
      }
      if (row.request_hash !== requestHash) return { kind: 'mismatch' };
      if (row.state === 'completed') return { kind: 'replay', status: row.response_status ?? 200, body: row.response_body };
      return { kind: 'in_flight' };
    });
  }

  async complete(tx: Tx, principal: string, key: string, status: number, body: unknown): Promise<void> {
    await managerOf(tx).query(
      `UPDATE idempotency_records SET state = 'completed', response_status = $3, response_body = $4
        WHERE principal = $1 AND idempotency_key = $2`,
      [principal, key, status, JSON.stringify(body)],
    );
  }

  async release(principal: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_records WHERE principal = $1 AND idempotency_key = $2 AND state = 'in_flight'`, [principal, key]);
  }
}
