// Acknowledgments (TA1, 999, 277CA) received for our 837s: one `acknowledgments` row per file
// ingested (applied once per sha256, later copies kept as `duplicate` rows), and every reference
// that pointed at nothing we sent kept in `unmatched_acknowledgments`. Plain SQL for PostgreSQL 15
// and PGlite.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Acknowledgments1764240000000 implements MigrationInterface {
  name = 'Acknowledgments1764240000000';

  async up(q: QueryRunner): Promise<void> {
    // The partial unique index on sha256 is what makes applying a file exactly once under
    // concurrency: the losing insert fails and the file is recorded as a duplicate of the winner.
    await q.query(`
      CREATE TABLE acknowledgments (
        id uuid PRIMARY KEY,
        type text NOT NULL CHECK (type IN ('TA1', '999', '277CA')),
        status text NOT NULL CHECK (status IN ('applied', 'duplicate')),
        duplicate_of uuid REFERENCES acknowledgments (id),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        file_name text,
        source text NOT NULL,
        isa_sender text,
        isa_receiver text,
        isa13 text,
        control_numbers jsonb NOT NULL DEFAULT '{}'::jsonb,
        summary jsonb NOT NULL DEFAULT '{}'::jsonb,
        diagnostics jsonb NOT NULL DEFAULT '[]'::jsonb,
        file_text text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'duplicate') = (duplicate_of IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX acknowledgments_sha256_unique ON acknowledgments (sha256) WHERE status = 'applied'`);
    await q.query(`CREATE INDEX acknowledgments_received_idx ON acknowledgments (received_at DESC, id DESC)`);

    // What an acknowledgment pointed at that we never sent (an ISA13, GS06, ST02 or patient control
    // number of no submission): never dropped, listed by GET /v1/acknowledgments?unmatched=true.
    await q.query(`
      CREATE TABLE unmatched_acknowledgments (
        id uuid PRIMARY KEY,
        acknowledgment_id uuid NOT NULL REFERENCES acknowledgments (id),
        type text NOT NULL CHECK (type IN ('TA1', '999', '277CA')),
        reason text NOT NULL,
        reference jsonb NOT NULL,
        detail jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX unmatched_acknowledgments_created_idx ON unmatched_acknowledgments (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX unmatched_acknowledgments_ack_idx ON unmatched_acknowledgments (acknowledgment_id)`);
    // 999 AK102 looks submissions up by GS06 (ISA13 already has an index).
    await q.query(`CREATE INDEX submissions_gs06_idx ON submissions (isa_sender, isa_receiver, gs06)`);
    // 277CA TRN02 is our CLM01, compared case-insensitively.
    await q.query(`CREATE INDEX submission_claims_pcn_upper_idx ON submission_claims (upper(patient_control_number))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX submission_claims_pcn_upper_idx`);
    await q.query(`DROP INDEX submissions_gs06_idx`);
    await q.query(`DROP TABLE unmatched_acknowledgments`);
    await q.query(`DROP TABLE acknowledgments`);
  }
}
