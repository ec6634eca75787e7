import { PglitePool, PgliteSessionBusyError } from './pglite-pool';

/** A stand-in for PGlite that records statements; the real engine is covered in test/integration. */
function fakeDb() {
  const log: string[] = [];
  const db = {
    closed: false,
    log,
    async query(sql: string) {
      log.push(sql);
      return { rows: [{ ok: 1 }], affectedRows: 0, fields: [{ name: 'ok', dataTypeID: 23 }] };
    },
    async exec(sql: string) {
      log.push(sql);
      return [{ rows: [], affectedRows: 2, fields: [] }];
    },
    async close() {
      db.closed = true;
    },
  };
  return db;
}

function connect(pool: PglitePool): Promise<{ client: any; release: () => void }> {
  return new Promise((resolve, reject) => pool.connect((err, client, release) => (err ? reject(err) : resolve({ client, release: release as () => void }))));
}

describe('PglitePool', () => {
  it('lends the one session to one holder at a time, in arrival order', async () => {
    const db = fakeDb();
    const pool = new PglitePool({ pglite: db as never });
    const first = await connect(pool);
    const order: string[] = [];
    const second = connect(pool).then((c) => (order.push('second'), c));
    const third = connect(pool).then((c) => (order.push('third'), c));
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    first.release();
    const s = await second;
    expect(order).toEqual(['second']);
    s.release();
    (await third).release();
    expect(order).toEqual(['second', 'third']);
  });

  it('fails a waiter with a coded error instead of hanging when the session is never released', async () => {
    const pool = new PglitePool({ pglite: fakeDb() as never, acquireTimeoutMs: 20 });
    await connect(pool);
    await expect(connect(pool)).rejects.toBeInstanceOf(PgliteSessionBusyError);
    await expect(connect(pool)).rejects.toMatchObject({ code: 'PGLITE_SESSION_BUSY' });
  });

  it('releasing twice does not hand the session to two holders', async () => {
    const pool = new PglitePool({ pglite: fakeDb() as never, acquireTimeoutMs: 30 });
    const first = await connect(pool);
    const second = connect(pool);
    first.release();
    first.release();
    await second;
    await expect(connect(pool)).rejects.toBeInstanceOf(PgliteSessionBusyError);
  });

  it('uses the extended protocol with parameters and the simple one without, reporting pg-style results', async () => {
    const db = fakeDb();
    const pool = new PglitePool({ pglite: db as never });
    const { client, release } = await connect(pool);
    await expect(client.query('SELECT $1::int AS ok', [1])).resolves.toMatchObject({ rows: [{ ok: 1 }], command: 'SELECT' });
    await expect(client.query('UPDATE t SET a = 1; UPDATE t SET b = 2')).resolves.toMatchObject({ rowCount: 2, command: 'UPDATE' });
    release();
    expect(db.log).toEqual(['SELECT $1::int AS ok', 'UPDATE t SET a = 1; UPDATE t SET b = 2']);
  });

  it('closes the database when the pool ends and refuses new holders', async () => {
    const db = fakeDb();
    const pool = new PglitePool({ pglite: db as never });
    await new Promise<void>((resolve, reject) => pool.end((err) => (err ? reject(err) : resolve())));
    expect(db.closed).toBe(true);
    await expect(connect(pool)).rejects.toThrow(/ended/);
  });
});
