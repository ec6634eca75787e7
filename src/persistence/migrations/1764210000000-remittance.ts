// Remittance posting: one `remittances` row per 835 transaction set (ST/SE) that was ingested, with
// the claim payments (loop 2100), service payments (loop 2110) and provider adjustments (PLB) it
// posted. Money is numeric(14,2). Plain SQL for PostgreSQL 15 and PGlite.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Remittance1764210000000 implements MigrationInterface {
  name = 'Remittance1764210000000';

  async up(q: QueryRunner): Promise<void> {
    // A file holds several transaction sets, so the file's sha256 is unique per transaction set
    // (transaction_index), and only among `posted` rows: a duplicate or rejected ingest is kept as
    // its own row for the record. The two partial unique indexes are what make posting exactly
    // once under concurrency: the losing insert fails and is recorded as a duplicate.
    await q.query(`
      CREATE TABLE remittances (
        id uuid PRIMARY KEY,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        file_name text,
        source text NOT NULL,
        transaction_index int NOT NULL CHECK (transaction_index >= 0),
        transaction_control_number text NOT NULL,
        payer_id text,
        payer_name text,
        payee_name text,
        payee_id_qualifier text,
        payee_id text,
        payment_handling_code text,
        amount numeric(14, 2),
        credit_debit text,
        payment_method text,
        payment_date date,
        trace_number text,
        payer_identifier text,
        balanced boolean NOT NULL,
        diagnostics jsonb NOT NULL DEFAULT '[]'::jsonb,
        status text NOT NULL CHECK (status IN ('posted', 'duplicate', 'rejected')),
        duplicate_of uuid REFERENCES remittances (id),
        duplicate_reason text CHECK (duplicate_reason IN ('same_file', 'same_payment')),
        claim_count int NOT NULL DEFAULT 0 CHECK (claim_count >= 0),
        received_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'duplicate') = (duplicate_of IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX remittances_file_unique ON remittances (sha256, transaction_index) WHERE status = 'posted'`);
    // 835-structure §2: (TRN03, TRN02) with BPR02 and BPR16 identify a payment; payers resend ERAs.
    await q.query(`
      CREATE UNIQUE INDEX remittances_payment_unique
        ON remittances (coalesce(payer_identifier, payer_id, ''), trace_number, amount, payment_date, credit_debit)
        WHERE status = 'posted' AND trace_number IS NOT NULL`);
    await q.query(`CREATE INDEX remittances_received_idx ON remittances (received_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE claim_payments (
        id uuid PRIMARY KEY,
        remittance_id uuid NOT NULL REFERENCES remittances (id),
        claim_index int NOT NULL CHECK (claim_index >= 0),
        claim_id uuid REFERENCES claims (id),
        patient_control_number text NOT NULL,
        status_code text NOT NULL,
        charge numeric(14, 2),
        paid numeric(14, 2),
        reported_patient_responsibility numeric(14, 2),
        patient_responsibility numeric(14, 2) NOT NULL,
        payer_claim_control_number text,
        filing_indicator text,
        is_reversal boolean NOT NULL,
        reverses_payment_id uuid REFERENCES claim_payments (id),
        claim_status_before text,
        claim_status_after text,
        posting_note text,
        patient jsonb,
        adjustments jsonb NOT NULL DEFAULT '[]'::jsonb,
        remarks jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (remittance_id, claim_index)
      )`);
    await q.query(`CREATE INDEX claim_payments_claim_idx ON claim_payments (claim_id, created_at)`);
    await q.query(`CREATE INDEX claim_payments_unmatched_idx ON claim_payments (created_at DESC, id DESC) WHERE claim_id IS NULL`);
    await q.query(`CREATE INDEX claim_payments_created_idx ON claim_payments (created_at DESC, id DESC)`);
    // CLP01 is compared case-insensitively (835-structure §3).
    await q.query(`CREATE INDEX claims_pcn_upper_idx ON claims (upper(patient_control_number))`);

    await q.query(`
      CREATE TABLE service_payments (
        id uuid PRIMARY KEY,
        claim_payment_id uuid NOT NULL REFERENCES claim_payments (id),
        line_index int NOT NULL CHECK (line_index >= 0),
        procedure_qualifier text,
        procedure_code text,
        modifiers jsonb NOT NULL DEFAULT '[]'::jsonb,
        charge numeric(14, 2),
        paid numeric(14, 2),
        units numeric(15, 3),
        service_date date,
        line_item_control_number text,
        matched_line_index int CHECK (matched_line_index >= 0),
        adjustments jsonb NOT NULL DEFAULT '[]'::jsonb,
        remarks jsonb NOT NULL DEFAULT '[]'::jsonb,
        UNIQUE (claim_payment_id, line_index)
      )`);

    await q.query(`
      CREATE TABLE provider_adjustments (
        id uuid PRIMARY KEY,
        remittance_id uuid NOT NULL REFERENCES remittances (id),
        position int NOT NULL CHECK (position >= 0),
        provider_id text,
        fiscal_period_date date,
        reason text NOT NULL,
        reference text,
        amount numeric(14, 2),
        UNIQUE (remittance_id, position)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE provider_adjustments`);
    await q.query(`DROP TABLE service_payments`);
    await q.query(`DROP TABLE claim_payments`);
    await q.query(`DROP INDEX claims_pcn_upper_idx`);
    await q.query(`DROP TABLE remittances`);
  }
}
