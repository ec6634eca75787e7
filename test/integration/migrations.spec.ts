// One set of migrations, two engines: the schema that comes out must be the same, migrations must
// be re-runnable, and the rules the schema enforces (append-only history) must hold on both.
import { DataSource } from 'typeorm';
import { openDatabase } from '../../src/persistence/data-source';
import { MIGRATIONS } from '../../src/persistence/migrations';
import { createTestDatabase, type TestDatabase } from '../support/databases';

async function columns(ds: DataSource): Promise<string[]> {
  const rows: { table_name: string; column_name: string; data_type: string; is_nullable: string }[] = await ds.query(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, column_name`,
  );
  return rows.map((r) => `${r.table_name}.${r.column_name} ${r.data_type} ${r.is_nullable}`);
}

async function indexes(ds: DataSource): Promise<string[]> {
  const rows: { indexname: string }[] = await ds.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`);
  return rows.map((r) => r.indexname);
}

describe('migrations on PostgreSQL and PGlite', () => {
  const opened: { db: TestDatabase; ds: DataSource }[] = [];

  beforeAll(async () => {
    for (const engine of ['postgres', 'pglite'] as const) {
      const db = await createTestDatabase(engine);
      opened.push({ db, ds: await openDatabase(db.config, true) });
    }
  });
  afterAll(async () => {
    for (const { db, ds } of opened) {
      await ds.destroy().catch(() => undefined);
      await db.drop();
    }
  });

  it('produce the same tables, columns and indexes on both engines', async () => {
    const [pg, lite] = opened.map((o) => o.ds);
    const pgColumns = await columns(pg);
    expect(pgColumns).toContain('claims.total_charge numeric NO');
    expect(pgColumns).toContain('claim_events.detail jsonb YES');
    expect(await columns(lite)).toEqual(pgColumns);
    expect(await indexes(lite)).toEqual(await indexes(pg));
  });

  it('record every migration and apply nothing on a second run', async () => {
    for (const { ds } of opened) {
      const applied: { name: string }[] = await ds.query(`SELECT name FROM schema_migrations ORDER BY id`);
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await ds.runMigrations()).toEqual([]);
      expect(ds.options.synchronize).toBe(false);
    }
  });

  it('keep the claim history append-only on both engines', async () => {
    for (const { ds } of opened) {
      const [{ id }] = await ds.query(
        `INSERT INTO claims (kind, status, payer_id, billing_provider_key, patient_control_number, frequency_code, total_charge,
                             usage_indicator, line_count, source, submitted, document)
         VALUES ('professional', 'received', '99999', '1558374629', 'PCN1', '1', 10.5, 'T', 1, 'test', '{}', '{}') RETURNING id`,
      );
      await ds.query(`INSERT INTO claim_events (claim_id, sequence, status, cause) VALUES ($1, 1, 'received', 'test')`, [id]);
      await expect(ds.query(`UPDATE claim_events SET status = 'paid' WHERE claim_id = $1`, [id])).rejects.toThrow(/append-only/);
      await expect(ds.query(`DELETE FROM claim_events WHERE claim_id = $1`, [id])).rejects.toThrow(/append-only/);
      const [row] = await ds.query(`SELECT total_charge FROM claims WHERE id = $1`, [id]);
      expect(row.total_charge).toBe('10.50');
    }
  });
});
