// The idempotency records on both engines: the states a key goes through, takeover of abandoned
// and expired records, and the sweep that keeps the table to the replay window.
import { DataSource } from 'typeorm';
import { TypeormIdempotencyStore } from '../../src/idempotency/typeorm-idempotency.store';
import { openDatabase } from '../../src/persistence/data-source';
import { TypeormUnitOfWork } from '../../src/persistence/unit-of-work';
import { createTestDatabase, type Engine, type TestDatabase } from '../support/databases';

describe.each(['postgres', 'pglite'] as Engine[])('idempotency records on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: TypeormIdempotencyStore;
  const req = (key: string, requestHash = 'h1') => ({ principal: 'apikey:1', key, requestHash, ttlSeconds: 3600, lockSeconds: 60 });

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = await openDatabase(db.config, true);
    store = new TypeormIdempotencyStore(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('acquired → in flight → completed → replayed; another body is a mismatch', async () => {
    await expect(store.begin(req('a'))).resolves.toEqual({ kind: 'acquired' });
    await expect(store.begin(req('a'))).resolves.toEqual({ kind: 'in_flight' });
    await expect(store.begin(req('a', 'other'))).resolves.toEqual({ kind: 'mismatch' });
    await new TypeormUnitOfWork(ds).run((tx) => store.complete(tx, 'apikey:1', 'a', 200, { id: 'c1' }));
    await expect(store.begin(req('a'))).resolves.toEqual({ kind: 'replay', status: 200, body: { id: 'c1' } });
    await expect(store.begin({ ...req('a'), principal: 'apikey:2' })).resolves.toEqual({ kind: 'acquired' });
  });

  it('a completion rolled back with its transaction leaves the key in flight, and release frees it', async () => {
    await store.begin(req('b'));
    await expect(
      new TypeormUnitOfWork(ds).run(async (tx) => {
        await store.complete(tx, 'apikey:1', 'b', 200, { id: 'lost' });
        throw new Error('the claim insert failed');
      }),
    ).rejects.toThrow('the claim insert failed');
    await expect(store.begin(req('b'))).resolves.toEqual({ kind: 'in_flight' });
    await store.release('apikey:1', 'b');
    await expect(store.begin(req('b'))).resolves.toEqual({ kind: 'acquired' });
  });

  it('takes over a record abandoned past its lock, and one past the replay window even with another body', async () => {
    await store.begin(req('c'));
    await ds.query(`UPDATE idempotency_records SET locked_until = now() - interval '1 second' WHERE idempotency_key = 'c'`);
    await expect(store.begin(req('c'))).resolves.toEqual({ kind: 'acquired' });

    await store.begin(req('d'));
    await new TypeormUnitOfWork(ds).run((tx) => store.complete(tx, 'apikey:1', 'd', 200, { id: 'old' }));
    await ds.query(`UPDATE idempotency_records SET expires_at = now() - interval '1 second' WHERE idempotency_key = 'd'`);
    await expect(store.begin(req('d', 'new-body'))).resolves.toEqual({ kind: 'acquired' });
  });

  it('sweeps expired records of other keys', async () => {
    for (const key of ['old-1', 'old-2', 'fresh']) await store.begin(req(key));
    await ds.query(`UPDATE idempotency_records SET expires_at = now() - interval '1 day' WHERE idempotency_key LIKE 'old-%'`);
    await store.begin(req('trigger'));
    const rows: { idempotency_key: string }[] = await ds.query(`SELECT idempotency_key FROM idempotency_records WHERE idempotency_key IN ('old-1', 'old-2', 'fresh')`);
    expect(rows.map((r) => r.idempotency_key)).toEqual(['fresh']);
  });
});
