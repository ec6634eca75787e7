// Batching: the control-number ledger, submissions (one 837 interchange each, with the file) and
// the claims each carried with their ST02 and 2300 segment range. Plain SQL for PostgreSQL 15 and
// PGlite (Postgres 18).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Batching1764200000000 implements MigrationInterface {
  name = 'Batching1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per (kind, ISA sender, ISA receiver). `issued` counts every number ever handed out
    // and only grows; the X12 value is ((issued - 1) mod 999999999) + 1, so 999999999 wraps to 1
    // while the serial stays unique. Rows are bumped inside the batch transaction: a rollback
    // gives the numbers back, a commit keeps them.
    await q.query(`
      CREATE TABLE control_number_counters (
        kind text NOT NULL CHECK (kind IN ('interchange', 'group', 'transaction')),
        sender text NOT NULL,
        receiver text NOT NULL,
        issued bigint NOT NULL DEFAULT 0 CHECK (issued >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, sender, receiver)
      )`);

    await q.query(`
      CREATE TABLE submissions (
        id uuid PRIMARY KEY,
        clearinghouse_id text NOT NULL,
        payer_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('professional', 'institutional', 'dental')),
        usage_indicator text NOT NULL CHECK (usage_indicator IN ('T', 'P')),
        status text NOT NULL DEFAULT 'queued',
        isa_sender text NOT NULL,
        isa_receiver text NOT NULL,
        isa13 int NOT NULL CHECK (isa13 BETWEEN 1 AND 999999999),
        isa13_serial bigint NOT NULL,
        gs06 int NOT NULL CHECK (gs06 BETWEEN 1 AND 999999999),
        gs06_serial bigint NOT NULL,
        st02 text[] NOT NULL,
        transaction_count int NOT NULL CHECK (transaction_count > 0),
        claim_count int NOT NULL CHECK (claim_count > 0),
        file_name text NOT NULL,
        file_text text NOT NULL,
        byte_length int NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A second guard behind the ledger: the same serial can never be written twice for a pair.
    await q.query(`CREATE UNIQUE INDEX submissions_isa13_serial_unique ON submissions (isa_sender, isa_receiver, isa13_serial)`);
    await q.query(`CREATE UNIQUE INDEX submissions_gs06_serial_unique ON submissions (isa_sender, isa_receiver, gs06_serial)`);
    // TA1 and 999 quote ISA13 / GS06 back; acknowledgment matching looks them up here.
    await q.query(`CREATE INDEX submissions_isa13_idx ON submissions (isa_sender, isa_receiver, isa13)`);
    await q.query(`CREATE INDEX submissions_status_created_idx ON submissions (status, created_at)`);
    await q.query(`CREATE INDEX submissions_created_idx ON submissions (created_at DESC, id DESC)`);

    // Segment positions count from the ST of the claim's transaction set as 1 (the IK3/AK3
    // convention), so an IK3 segment position inside [first, last] names the claim.
    await q.query(`
      CREATE TABLE submission_claims (
        submission_id uuid NOT NULL REFERENCES submissions (id),
        claim_id uuid NOT NULL REFERENCES claims (id),
        transaction_index int NOT NULL CHECK (transaction_index >= 0),
        st02 text NOT NULL,
        claim_index int NOT NULL CHECK (claim_index >= 0),
        patient_control_number text NOT NULL,
        loop2300_first_segment int NOT NULL CHECK (loop2300_first_segment > 0),
        loop2300_last_segment int NOT NULL CHECK (loop2300_last_segment >= loop2300_first_segment),
        PRIMARY KEY (submission_id, claim_id),
        UNIQUE (submission_id, st02, claim_index)
      )`);
    await q.query(`CREATE INDEX submission_claims_claim_idx ON submission_claims (claim_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE submission_claims`);
    await q.query(`DROP TABLE submissions`);
    await q.query(`DROP TABLE control_number_counters`);
  }
}
