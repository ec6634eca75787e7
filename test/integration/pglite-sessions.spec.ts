// PGlite is one Postgres session. These tests run two transactions at once on the real embedded
// database and check that neither can commit or roll back the other's work.
import { DataSource } from 'typeorm';
import { openDatabase } from '../../src/persistence/data-source';
import { createPgliteDatabase, type TestDatabase } from '../support/databases';

async function names(ds: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await ds.query(`SELECT name FROM api_keys ORDER BY name`);
  return rows.map((r) => r.name);
}

function insertKey(manager: { query: (sql: string, p: unknown[]) => Promise<unknown> }, name: string) {
  return manager.query(`INSERT INTO api_keys (name, prefix, secret_hash, scopes) VALUES ($1, $2, 'x', '{admin}')`, [name, name]);
}

describe('PGlite transactions are serialized', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = createPgliteDatabase();
    ds = await openDatabase(db.config, true);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    await ds.query(`DELETE FROM api_keys`);
  });

  it('a failing transaction rolls back only its own work while another commits', async () => {
    const order: string[] = [];
    let releaseA!: () => void;
    const aMayFinish = new Promise<void>((resolve) => (releaseA = resolve));
    let aInserted!: () => void;
    const aHasInserted = new Promise<void>((resolve) => (aInserted = resolve));

    const a = ds.transaction(async (m) => {
      await insertKey(m, 'from-a');
      order.push('a inserted');
      aInserted();
      await aMayFinish;
      order.push('a fails');
      throw new Error('A fails on purpose');
    });
    await aHasInserted;
    const b = ds.transaction(async (m) => {
      order.push('b started');
      await insertKey(m, 'from-b');
      order.push('b inserted');
    });
    // B is queued behind A's open transaction; let A go on and fail.
    await new Promise((r) => setTimeout(r, 50));
    releaseA();
    await expect(a).rejects.toThrow('A fails on purpose');
    await expect(b).resolves.toBeUndefined();

    expect(await names(ds)).toEqual(['from-b']);
    expect(order).toEqual(['a inserted', 'a fails', 'b started', 'b inserted']);
  });

  it('a committing transaction keeps its work when the one queued behind it fails', async () => {
    let releaseA!: () => void;
    const aMayFinish = new Promise<void>((resolve) => (releaseA = resolve));
    let aInserted!: () => void;
    const aHasInserted = new Promise<void>((resolve) => (aInserted = resolve));
    const a = ds.transaction(async (m) => {
      await insertKey(m, 'kept');
      aInserted();
      await aMayFinish;
    });
    await aHasInserted;
    const b = ds.transaction(async (m) => {
      await insertKey(m, 'discarded');
      throw new Error('B fails');
    });
    // A query outside any transaction waits for A too, and then sees only committed rows.
    const plain = ds.query(`SELECT count(*)::int AS n FROM api_keys`);
    await new Promise((r) => setTimeout(r, 30));
    releaseA();
    await expect(a).resolves.toBeUndefined();
    await expect(b).rejects.toThrow('B fails');
    expect(await plain).toEqual([{ n: 1 }]);
    expect(await names(ds)).toEqual(['kept']);
  });

  it('many concurrent transactions with failures leave exactly the successful rows', async () => {
    const work = Array.from({ length: 12 }, (_, i) =>
      ds.transaction(async (m) => {
        await insertKey(m, `t${String(i).padStart(2, '0')}`);
        await new Promise((r) => setTimeout(r, i % 3));
        if (i % 3 === 0) throw new Error(`t${i} fails`);
      }),
    );
    const results = await Promise.allSettled(work);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    expect(await names(ds)).toEqual(['t01', 't02', 't04', 't05', 't07', 't08', 't10', 't11']);
  });

  it('a unique violation inside one transaction does not disturb the other', async () => {
    await insertKey(ds, 'existing');
    const dup = ds.transaction(async (m) => {
      await insertKey(m, 'fresh-in-dup');
      await insertKey(m, 'existing');
    });
    const ok = ds.transaction(async (m) => insertKey(m, 'other'));
    await expect(dup).rejects.toMatchObject({ driverError: { code: '23505' } });
    await expect(ok).resolves.toBeDefined();
    expect(await names(ds)).toEqual(['existing', 'other']);
  });

  it('the data survives closing and reopening the folder', async () => {
    await insertKey(ds, 'durable');
    await ds.destroy();
    ds = await openDatabase(db.config, true);
    expect(await names(ds)).toEqual(['durable']);
  });

  it('a second process-level open of the same folder is refused while it is in use', async () => {
    await expect(openDatabase(db.config, false)).rejects.toMatchObject({ code: 'DATA_DIR_LOCKED' });
  });
});
