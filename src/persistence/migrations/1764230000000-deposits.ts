// Bank deposits for 835 reassociation (835-structure §2): each deposit a finance user uploads is
// matched to at most one posted remittance — by TRN02 trace number, else by amount and payment date
// within three days — and a remittance is matched by at most one deposit.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Deposits1764230000000 implements MigrationInterface {
  name = 'Deposits1764230000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bank_deposits (
        id uuid PRIMARY KEY,
        deposit_date date NOT NULL,
        amount numeric(14, 2) NOT NULL,
        trace text,
        remittance_id uuid REFERENCES remittances (id),
        matched_by text CHECK (matched_by IN ('trace', 'amount_date')),
        created_at timestamptz NOT NULL DEFAULT now(),
        reconciled_at timestamptz,
        CHECK ((remittance_id IS NULL) = (matched_by IS NULL)),
        CHECK ((remittance_id IS NULL) = (reconciled_at IS NULL))
      )`);
    // One deposit per remittance: the index that keeps concurrent uploads from matching it twice.
    await q.query(`CREATE UNIQUE INDEX bank_deposits_remittance_unique ON bank_deposits (remittance_id) WHERE remittance_id IS NOT NULL`);
    // The same traced deposit uploaded twice is one deposit.
    await q.query(`CREATE UNIQUE INDEX bank_deposits_trace_unique ON bank_deposits (trace, amount, deposit_date) WHERE trace IS NOT NULL`);
    await q.query(`CREATE INDEX bank_deposits_created_idx ON bank_deposits (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX remittances_trace_idx ON remittances (trace_number) WHERE status = 'posted'`);
    await q.query(`CREATE INDEX remittances_payment_date_idx ON remittances (payment_date) WHERE status = 'posted'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX remittances_payment_date_idx`);
    await q.query(`DROP INDEX remittances_trace_idx`);
    await q.query(`DROP TABLE bank_deposits`);
  }
}
