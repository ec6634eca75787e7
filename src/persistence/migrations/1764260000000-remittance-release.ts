// Manual release of an 835 transaction set that did not balance (835-structure §7: keep it, post
// nothing automatically). A set rejected only for balancing keeps what was read of it
// (`held_transaction`: header, claims, PLB) so finance can post it after review; the release is
// recorded on the row (when, why, which API key) and the row becomes `posted`.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RemittanceRelease1764260000000 implements MigrationInterface {
  name = 'RemittanceRelease1764260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE remittances
        ADD COLUMN held_transaction jsonb,
        ADD COLUMN released_at timestamptz,
        ADD COLUMN release_reason text,
        ADD COLUMN released_by text`);
    // A release is a posting: only a posted row can carry one, and always with its reason.
    await q.query(`
      ALTER TABLE remittances
        ADD CONSTRAINT remittances_release_check
        CHECK (released_at IS NULL OR (status = 'posted' AND release_reason IS NOT NULL AND length(btrim(release_reason)) > 0))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE remittances DROP CONSTRAINT remittances_release_check`);
    await q.query(`ALTER TABLE remittances DROP COLUMN released_by, DROP COLUMN release_reason, DROP COLUMN released_at, DROP COLUMN held_transaction`);
  }
}
