// Foundation schema: API keys, claims with their normalized fields, the append-only claim history,
// and idempotency records. Plain SQL that runs unchanged on PostgreSQL 15 and PGlite (Postgres 18).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764190000000 implements MigrationInterface {
  name = 'Foundation1764190000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        prefix text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);

    await q.query(`
      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('professional', 'institutional', 'dental')),
        status text NOT NULL,
        payer_id text NOT NULL,
        payer_name text,
        billing_npi text,
        billing_provider_key text NOT NULL,
        patient_control_number text NOT NULL,
        frequency_code text NOT NULL,
        total_charge numeric(14, 2) NOT NULL,
        service_date_from date,
        service_date_to date,
        usage_indicator text NOT NULL CHECK (usage_indicator IN ('T', 'P')),
        line_count int NOT NULL,
        source text NOT NULL,
        submitted jsonb NOT NULL,
        document jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One live original (frequency 1) per billing provider and patient control number. A claim that
    // failed our edits or was rejected by the payer may be sent again as a new original.
    await q.query(`
      CREATE UNIQUE INDEX claims_original_pcn_unique ON claims (billing_provider_key, patient_control_number)
        WHERE frequency_code = '1' AND status NOT IN ('invalid', 'rejected')`);
    await q.query(`CREATE INDEX claims_status_received_idx ON claims (status, received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX claims_payer_received_idx ON claims (payer_id, received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX claims_received_idx ON claims (received_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE claim_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        claim_id uuid NOT NULL REFERENCES claims (id),
        sequence int NOT NULL,
        status text NOT NULL,
        previous_status text,
        cause text NOT NULL,
        detail jsonb,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (claim_id, sequence)
      )`);
    await q.query(`
      CREATE FUNCTION claim_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'claim_events is append-only' USING ERRCODE = 'restrict_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER claim_events_no_update_or_delete BEFORE UPDATE OR DELETE ON claim_events
        FOR EACH ROW EXECUTE FUNCTION claim_events_append_only()`);

    await q.query(`
      CREATE TABLE idempotency_records (
        principal text NOT NULL,
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        state text NOT NULL CHECK (state IN ('in_flight', 'completed')),
        response_status int,
        response_body jsonb,
        locked_until timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (principal, idempotency_key)
      )`);
    await q.query(`CREATE INDEX idempotency_records_expires_idx ON idempotency_records (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_records`);
    await q.query(`DROP TABLE claim_events`);
    await q.query(`DROP FUNCTION claim_events_append_only()`);
    await q.query(`DROP TABLE claims`);
    await q.query(`DROP TABLE api_keys`);
  }
}
