// The transport path: the transactional outbox (rows written in the same transaction as the
// submission or inbound file they announce, published by the relay), the delivery state of each
// submission, and inbound files picked up from clearinghouses (raw bytes, sha256, routing outcome).
// Plain SQL for PostgreSQL 15 and PGlite.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Transport1764250000000 implements MigrationInterface {
  name = 'Transport1764250000000';

  async up(q: QueryRunner): Promise<void> {
    // `id` is the message id consumers dedupe by (a submission id, an inbound file id, …).
    await q.query(`
      CREATE TABLE outbox_messages (
        id text PRIMARY KEY,
        topic text NOT NULL,
        body jsonb NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        published_at timestamptz,
        publish_attempts int NOT NULL DEFAULT 0,
        last_error text
      )
    `);
    await q.query(`CREATE INDEX outbox_messages_pending_idx ON outbox_messages (created_at, id) WHERE published_at IS NULL`);
    await q.query(`CREATE INDEX outbox_messages_published_idx ON outbox_messages (published_at) WHERE published_at IS NOT NULL`);

    // Delivery state: queued → transmitted, or failed (retrying) → dead_lettered → (retry) queued.
    await q.query(`ALTER TABLE submissions ADD COLUMN delivery_attempts int NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE submissions ADD COLUMN last_error text`);
    await q.query(`ALTER TABLE submissions ADD COLUMN remote_name text`);
    await q.query(`ALTER TABLE submissions ADD COLUMN transmitted_at timestamptz`);
    await q.query(`ALTER TABLE submissions ADD CONSTRAINT submissions_status_check CHECK (status IN ('queued', 'failed', 'transmitted', 'dead_lettered'))`);

    // One row per distinct file content: the same bytes picked up again only bump seen_count.
    await q.query(`
      CREATE TABLE inbound_files (
        id uuid PRIMARY KEY,
        clearinghouse_id text NOT NULL,
        remote_name text NOT NULL,
        sha256 text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        byte_length int NOT NULL CHECK (byte_length >= 0),
        content bytea NOT NULL,
        status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'processed', 'quarantined')),
        transaction_type text,
        error_code text,
        error_message text,
        segment_index int,
        result jsonb,
        seen_count int NOT NULL DEFAULT 1,
        received_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      )
    `);
    await q.query(`CREATE INDEX inbound_files_status_received_idx ON inbound_files (status, received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX inbound_files_received_idx ON inbound_files (received_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbound_files`);
    await q.query(`ALTER TABLE submissions DROP CONSTRAINT submissions_status_check`);
    for (const c of ['transmitted_at', 'remote_name', 'last_error', 'delivery_attempts']) await q.query(`ALTER TABLE submissions DROP COLUMN ${c}`);
    await q.query(`DROP TABLE outbox_messages`);
  }
}
