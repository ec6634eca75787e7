// Corrections and voids: a claim made by POST /v1/claims/:id/corrections or /void names the claim it
// replaces (`replaces_claim_id`; the other direction, "replaced by", is derived by query). The
// one-live-original rule now also lets a claim the clearinghouse rejected (999/TA1) be sent again
// as a new original: like a 277CA rejection, the payer never got it. Plain SQL for PostgreSQL 15 and PGlite.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClaimCorrections1764270000000 implements MigrationInterface {
  name = 'ClaimCorrections1764270000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims ADD COLUMN replaces_claim_id uuid REFERENCES claims (id)`);
    await q.query(`CREATE INDEX claims_replaces_idx ON claims (replaces_claim_id, received_at DESC) WHERE replaces_claim_id IS NOT NULL`);
    await q.query(`DROP INDEX claims_original_pcn_unique`);
    await q.query(`
      CREATE UNIQUE INDEX claims_original_pcn_unique ON claims (billing_provider_key, patient_control_number)
        WHERE frequency_code = '1' AND status NOT IN ('invalid', 'rejected', 'rejected_by_clearinghouse')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claims_original_pcn_unique`);
    await q.query(`
      CREATE UNIQUE INDEX claims_original_pcn_unique ON claims (billing_provider_key, patient_control_number)
        WHERE frequency_code = '1' AND status NOT IN ('invalid', 'rejected')`);
    await q.query(`DROP INDEX claims_replaces_idx`);
    await q.query(`ALTER TABLE claims DROP COLUMN replaces_claim_id`);
  }
}
