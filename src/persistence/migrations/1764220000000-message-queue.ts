// The embedded message bus: a table queue on the gateway's own database. `queue_bindings` says which
// queues receive a topic (like RabbitMQ bindings, they outlive the consumer); `queue_messages` holds
// one row per (queue, message id) until it is acknowledged (deleted) or dead-lettered.
// Plain SQL for PostgreSQL 15 and PGlite.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MessageQueue1764220000000 implements MigrationInterface {
  name = 'MessageQueue1764220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE queue_bindings (
        topic text NOT NULL,
        queue text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (topic, queue)
      )
    `);
    // The key (queue, id) makes a re-publish of a message still pending in a queue a no-op, which
    // absorbs the duplicates an at-least-once outbox relay produces. `attempts` counts claims, and
    // doubles as the fencing token of a claim: an ack or failure only applies to the claim it ends.
    await q.query(`
      CREATE TABLE queue_messages (
        queue text NOT NULL,
        id text NOT NULL,
        topic text NOT NULL,
        body jsonb NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        available_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        status text NOT NULL DEFAULT 'ready' CHECK (status IN ('ready', 'dead')),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (queue, id)
      )
    `);
    // The claim query: ready rows of one queue in available_at order.
    await q.query(`CREATE INDEX queue_messages_claim_idx ON queue_messages (queue, available_at) WHERE status = 'ready'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE queue_messages`);
    await q.query(`DROP TABLE queue_bindings`);
  }
}
