// The control-number ledger against real databases: four batchers on four connections get
// distinct, gapless numbers while some of them roll back; a rolled-back number goes to the next
// caller; 999999999 wraps to 1; numbers survive closing and reopening the database. The core runs
// on PGlite too.
import { DataSource } from 'typeorm';
import { TypeormControlNumberLedger } from '../../src/batching/typeorm-control-number.ledger';
import type { AllocatedControlNumbers, ControlNumberRequest } from '../../src/batching/control-number-ledger.port';
import { openDatabase } from '../../src/persistence/data-source';
import type { Tx } from '../../src/persistence/unit-of-work';
import { createTestDatabase, type Engine, type TestDatabase } from '../support/databases';

const PAIR = { sender: 'ZZ:X12GW', receiver: 'ZZ:CLEARINGHOUSE' };

function request(transactions: number, pair = PAIR): ControlNumberRequest {
  return { ...pair, interchanges: 1, groups: 1, transactions };
}

function allocateIn(ds: DataSource, req: ControlNumberRequest, during?: (numbers: AllocatedControlNumbers) => Promise<void>): Promise<AllocatedControlNumbers> {
  const ledger = new TypeormControlNumberLedger(ds);
  return ds.transaction(async (m) => {
    const numbers = await ledger.allocate(m as unknown as Tx, req);
    if (during) await during(numbers);
    return numbers;
  });
}

const values = (list: { value: number }[]) => list.map((n) => n.value);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

class Rollback extends Error {}

describe.each<Engine>(['postgres', 'pglite'])('control-number ledger on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = await openDatabase(db.config, true);
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    await ds.query(`DELETE FROM control_number_counters`);
  });

  it('starts at 1 and hands out consecutive numbers per kind', async () => {
    const first = await allocateIn(ds, request(3));
    expect([values(first.interchanges), values(first.groups), values(first.transactions)]).toEqual([[1], [1], [1, 2, 3]]);
    const second = await allocateIn(ds, { ...PAIR, interchanges: 2, groups: 1, transactions: 0 });
    expect([values(second.interchanges), values(second.groups), second.transactions]).toEqual([[2, 3], [2], []]);
    const last = await new TypeormControlNumberLedger(ds).lastIssued(PAIR.sender, PAIR.receiver);
    expect(last).toEqual({ interchange: { value: 3, serial: 3 }, group: { value: 2, serial: 2 }, transaction: { value: 3, serial: 3 } });
  });

  it('keeps one counter per sender/receiver pair', async () => {
    await allocateIn(ds, request(1));
    const other = await allocateIn(ds, request(1, { sender: 'ZZ:X12GW', receiver: '01:030240928' }));
    const again = await allocateIn(ds, request(1));
    expect(values(other.interchanges)).toEqual([1]);
    expect(values(again.interchanges)).toEqual([2]);
  });

  it('gives a rolled-back number to the next allocation: nothing is skipped', async () => {
    await allocateIn(ds, request(2));
    const lost = await allocateIn(ds, request(2), async () => {
      throw new Rollback('the batch failed after numbering');
    }).catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(Rollback);
    const next = await allocateIn(ds, request(1));
    expect([values(next.interchanges), values(next.groups), values(next.transactions)]).toEqual([[2], [2], [3]]);
  });

  it('gives the numbers of a rolled-back first allocation (new counter row) to the next one', async () => {
    await allocateIn(ds, request(1), async () => {
      throw new Rollback();
    }).catch(() => undefined);
    expect(await ds.query(`SELECT * FROM control_number_counters`)).toEqual([]);
    expect(values((await allocateIn(ds, request(1))).interchanges)).toEqual([1]);
  });

  it('wraps 999999999 to 1 while the serial keeps counting', async () => {
    await allocateIn(ds, request(1));
    await ds.query(`UPDATE control_number_counters SET issued = 999999998`);
    const a = await allocateIn(ds, request(3));
    expect(a.interchanges).toEqual([{ value: 999_999_999, serial: 999_999_999 }]);
    expect(a.transactions).toEqual([
      { value: 999_999_999, serial: 999_999_999 },
      { value: 1, serial: 1_000_000_000 },
      { value: 2, serial: 1_000_000_001 },
    ]);
    const b = await allocateIn(ds, request(1));
    expect(b.interchanges).toEqual([{ value: 1, serial: 1_000_000_000 }]);
    expect(b.groups).toEqual([{ value: 1, serial: 1_000_000_000 }]);
  });

  it('keeps its place across a restart (closing and reopening the database)', async () => {
    await allocateIn(ds, request(5));
    await allocateIn(ds, request(5));
    await ds.destroy();
    ds = await openDatabase(db.config, true);
    const next = await allocateIn(ds, request(1));
    expect([values(next.interchanges), values(next.groups), values(next.transactions)]).toEqual([[3], [3], [11]]);
  });

  it('serializes concurrent allocations in one process, with rollbacks, into gapless numbers', async () => {
    const committed: AllocatedControlNumbers[] = [];
    await Promise.all(
      range(1, 24).map(async (i) => {
        try {
          committed.push(
            await allocateIn(ds, request((i % 3) + 1), async () => {
              if (i % 5 === 0) throw new Rollback();
            }),
          );
        } catch (e) {
          if (!(e instanceof Rollback)) throw e;
        }
      }),
    );
    expect(committed).toHaveLength(20);
    expect(committed.flatMap((c) => values(c.interchanges)).sort((a, b) => a - b)).toEqual(range(1, 20));
    const st = committed.flatMap((c) => values(c.transactions)).sort((a, b) => a - b);
    expect(st).toEqual(range(1, st.length));
  });
});

describe('control-number ledger with four batchers on separate PostgreSQL connections', () => {
  let db: TestDatabase;
  const sources: DataSource[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    const migrated = await openDatabase(db.config, true);
    await migrated.destroy();
    // Four data sources = four pools = four independent batchers, as four processes would be.
    for (let i = 0; i < 4; i++) sources.push(await openDatabase(db.config, false));
  });
  afterAll(async () => {
    for (const s of sources) await s.destroy().catch(() => undefined);
    await db?.drop();
  });

  it('a batcher waits for the one holding the counter; it gets the next number on commit, the same number on rollback', async () => {
    const [a, b] = sources;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let aAllocated!: () => void;
    const aHas = new Promise<void>((resolve) => (aAllocated = resolve));
    const aRun = allocateIn(a, request(1), async () => {
      aAllocated();
      await held;
      throw new Rollback();
    }).catch((e: unknown) => e);
    await aHas;
    let bDone = false;
    const bRun = allocateIn(b, request(1)).then((r) => {
      bDone = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(bDone).toBe(false); // blocked on A's row lock, not racing ahead
    release();
    expect(await aRun).toBeInstanceOf(Rollback);
    const bNumbers = await bRun;
    expect(values(bNumbers.interchanges)).toEqual([1]); // A's number, given back

    let releaseC!: () => void;
    const heldC = new Promise<void>((resolve) => (releaseC = resolve));
    let cAllocated!: () => void;
    const cHas = new Promise<void>((resolve) => (cAllocated = resolve));
    const cRun = allocateIn(a, request(1), async () => {
      cAllocated();
      await heldC;
    });
    await cHas;
    const dRun = allocateIn(b, request(1));
    await new Promise((r) => setTimeout(r, 100));
    releaseC();
    expect(values((await cRun).interchanges)).toEqual([2]);
    expect(values((await dRun).interchanges)).toEqual([3]); // after C's commit, not a duplicate of 2
  });

  it('four concurrent batchers get distinct, gapless ISA13, GS06 and ST02 numbers while some roll back', async () => {
    await sources[0].query(`DELETE FROM control_number_counters`);
    const committed: { worker: number; numbers: AllocatedControlNumbers }[] = [];
    let rolledBack = 0;
    await Promise.all(
      sources.map(async (ds, worker) => {
        for (let i = 0; i < 30; i++) {
          try {
            const numbers = await allocateIn(ds, request(1 + ((i + worker) % 4)), async () => {
              // Hold the counters a little, as rendering and storing a file would.
              await ds.query(`SELECT pg_sleep($1)`, [((i * 7 + worker * 3) % 5) / 1000]);
              if ((i + worker) % 6 === 0) throw new Rollback();
            });
            committed.push({ worker, numbers });
          } catch (e) {
            if (!(e instanceof Rollback)) throw e;
            rolledBack++;
          }
        }
      }),
    );
    expect(rolledBack).toBeGreaterThan(10);
    const n = committed.length;
    expect(n).toBe(120 - rolledBack);
    const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
    expect(sorted(committed.flatMap((c) => values(c.numbers.interchanges)))).toEqual(range(1, n));
    expect(sorted(committed.flatMap((c) => values(c.numbers.groups)))).toEqual(range(1, n));
    const st = sorted(committed.flatMap((c) => values(c.numbers.transactions)));
    expect(st).toEqual(range(1, st.length));
    // Each batch got one consecutive ST02 run, and ISA13 order follows ST02 order (one lock order).
    for (const { numbers } of committed) {
      const t = values(numbers.transactions);
      expect(t).toEqual(range(t[0], t[0] + t.length - 1));
    }
    const byIsa = [...committed].sort((x, y) => x.numbers.interchanges[0].value - y.numbers.interchanges[0].value);
    expect(byIsa.map((c) => c.numbers.transactions[0].value)).toEqual(sorted(byIsa.map((c) => c.numbers.transactions[0].value)));
    // The batchers really interleaved: the owner of consecutive ISA13s changes many times.
    const owners = byIsa.map((c) => c.worker);
    expect(owners.filter((w, i) => i > 0 && w !== owners[i - 1]).length).toBeGreaterThan(20);
    const [{ issued }] = await sources[0].query(`SELECT issued FROM control_number_counters WHERE kind = 'interchange'`);
    expect(Number(issued)).toBe(n);
  });
});
