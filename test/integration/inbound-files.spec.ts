// Inbound file storage in chunks on both engines: a file of several chunks goes in and comes back
// byte for byte, one chunk per query; a known sha256 writes no chunks; the pickup downloads into a
// scratch file that is gone afterwards, also when the database fails mid-transaction (then nothing
// of the file is kept); and the migration moves content between the old column and the chunks.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
import type { ClearinghouseTransports } from '../../src/clearinghouses/clearinghouse-transports';
import { INBOUND_CHUNK_BYTES } from '../../src/clearinghouses/inbound/inbound-file-store.port';
import { InboundPickupService } from '../../src/clearinghouses/inbound/inbound-pickup.service';
import { InboundSpool } from '../../src/clearinghouses/inbound/inbound-spool';
import { TypeormInboundFileStore } from '../../src/clearinghouses/inbound/typeorm-inbound-file.store';
import { FolderTransport } from '../../src/clearinghouses/transport/folder.transport';
import { TypeormOutboxStore } from '../../src/messaging/typeorm-outbox.store';
import { openDatabase } from '../../src/persistence/data-source';
import { TypeormUnitOfWork } from '../../src/persistence/unit-of-work';
import { createTestDatabase, type Engine, type TestDatabase } from '../support/databases';

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

async function* inChunks(content: Buffer, size = INBOUND_CHUNK_BYTES): AsyncIterable<Buffer> {
  for (let at = 0; at < content.length; at += size) yield content.subarray(at, at + size);
}

async function readAll(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

describe.each<Engine>(['postgres', 'pglite'])('inbound files in chunks on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;
  let store: TypeormInboundFileStore;
  let unitOfWork: TypeormUnitOfWork;

  const chunkRows = async (id: string): Promise<{ seq: number; bytes: number }[]> =>
    ds.query(`SELECT seq, octet_length(data) AS bytes FROM inbound_file_chunks WHERE inbound_file_id = $1 ORDER BY seq`, [id]);
  const allChunkRows = async (): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM inbound_file_chunks`))[0].n;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = await openDatabase(db.config, true);
    store = new TypeormInboundFileStore(ds);
    unitOfWork = new TypeormUnitOfWork(ds);
  });
  afterAll(async () => {
    await ds?.destroy().catch(() => undefined);
    await db?.drop();
  });

  it('stores a 2.5 MiB file as three chunks and reads it back identical, one chunk per query', async () => {
    const content = randomBytes(2.5 * 1024 * 1024);
    const id = randomUUID();
    const stored = await unitOfWork.run((tx) =>
      store.receive(tx, { id, clearinghouseId: 'c1', remoteName: 'big.835', sha256: sha256(content), byteLength: content.length, chunks: () => inChunks(content) }),
    );
    expect(stored).toEqual({ id, isNew: true });
    expect(await chunkRows(id)).toEqual([
      { seq: 0, bytes: INBOUND_CHUNK_BYTES },
      { seq: 1, bytes: INBOUND_CHUNK_BYTES },
      { seq: 2, bytes: INBOUND_CHUNK_BYTES / 2 },
    ]);
    expect(await store.findById(id)).toMatchObject({ byteLength: content.length, sha256: sha256(content) });

    const query = jest.spyOn(ds, 'query');
    try {
      const reader = store.openContent(id)[Symbol.asyncIterator]();
      const first = await reader.next();
      expect(first.value).toHaveLength(INBOUND_CHUNK_BYTES);
      // Lazy: the first chunk costs one query, not a read of the whole file.
      expect(query).toHaveBeenCalledTimes(1);
      const rest: Buffer[] = [];
      for (let r = await reader.next(); !r.done; r = await reader.next()) rest.push(r.value);
      const back = Buffer.concat([first.value as Buffer, ...rest]);
      expect(back.equals(content)).toBe(true);
      expect(sha256(back)).toBe(sha256(content));
      // Three chunks, then one query that finds no fourth.
      expect(query).toHaveBeenCalledTimes(4);
    } finally {
      query.mockRestore();
    }
    expect(await readAll(store.openContent(randomUUID()))).toHaveLength(0);
  });

  it('counts a known sha256 as seen without opening or writing its chunks', async () => {
    const content = randomBytes(1024 * 1024 + 10);
    const first = await unitOfWork.run((tx) =>
      store.receive(tx, { id: randomUUID(), clearinghouseId: 'c1', remoteName: 'a.835', sha256: sha256(content), byteLength: content.length, chunks: () => inChunks(content) }),
    );
    const before = await allChunkRows();
    const chunks = jest.fn(() => inChunks(content));
    const again = await unitOfWork.run((tx) => store.receive(tx, { id: randomUUID(), clearinghouseId: 'c1', remoteName: 'b.835', sha256: sha256(content), byteLength: content.length, chunks }));
    expect(again).toEqual({ id: first.id, isNew: false });
    expect(chunks).not.toHaveBeenCalled();
    expect(await allChunkRows()).toBe(before);
    expect(await store.findById(first.id)).toMatchObject({ seenCount: 2, remoteName: 'a.835' });
  });

  it('refuses chunks that do not add up to the byte length, keeping nothing', async () => {
    const content = randomBytes(3000);
    const id = randomUUID();
    await expect(
      unitOfWork.run((tx) => store.receive(tx, { id, clearinghouseId: 'c1', remoteName: 'short.835', sha256: sha256(content), byteLength: content.length + 1, chunks: () => inChunks(content, 1000) })),
    ).rejects.toThrow(/3000 bytes stored, 3001 expected/);
    expect(await store.findById(id)).toBeNull();
    expect(await chunkRows(id)).toEqual([]);
  });

  describe('pickup through the folder transport', () => {
    let root: string;
    let inbox: string;
    let spool: InboundSpool;
    let outbox: TypeormOutboxStore;
    let pickup: InboundPickupService;

    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-inbound-spec-'));
      inbox = path.join(root, 'inbox');
      fs.mkdirSync(inbox);
      spool = new InboundSpool(path.join(root, 'spool'));
      outbox = new TypeormOutboxStore(ds);
      const transport = new FolderTransport({ adapter: 'folder', outbox: path.join(root, 'out'), inbox, archive: path.join(root, 'archive'), fileNamePattern: '{name}', acknowledge: 'archive' });
      const transports = { get: () => transport } as unknown as ClearinghouseTransports;
      pickup = new InboundPickupService(transports, store, outbox, unitOfWork, spool, pino({ level: 'silent' }));
    });
    afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

    const spooled = (): string[] => (fs.existsSync(spool.dir) ? fs.readdirSync(spool.dir) : []);

    it('stores a multi-chunk file from its scratch copy, removes the scratch file, and stores a second copy of it no more', async () => {
      const content = randomBytes(2 * INBOUND_CHUNK_BYTES + 77);
      fs.writeFileSync(path.join(inbox, 'one.835'), content);
      const receive = jest.spyOn(store, 'receive');
      let scratchDuringStore: string[] = [];
      receive.mockImplementation(async (tx, file) => {
        scratchDuringStore = spooled();
        return TypeormInboundFileStore.prototype.receive.call(store, tx, file);
      });
      try {
        const first = await pickup.poll('c1');
        expect(first).toMatchObject({ listed: 1, duplicates: [], failed: [], error: null });
        expect(scratchDuringStore).toHaveLength(1);
        expect(spooled()).toEqual([]);
        const id = first.received[0].id;
        expect((await chunkRows(id)).map((c) => c.bytes)).toEqual([INBOUND_CHUNK_BYTES, INBOUND_CHUNK_BYTES, 77]);
        expect((await readAll(store.openContent(id))).equals(content)).toBe(true);
        expect(await store.findById(id)).toMatchObject({ sha256: sha256(content), byteLength: content.length });

        const before = await allChunkRows();
        fs.writeFileSync(path.join(inbox, 'two.835'), content);
        const second = await pickup.poll('c1');
        expect(second).toMatchObject({ listed: 1, received: [], duplicates: [{ id, name: 'two.835' }], failed: [] });
        expect(await allChunkRows()).toBe(before);
        expect(spooled()).toEqual([]);
        expect(fs.readdirSync(inbox)).toEqual([]);
      } finally {
        receive.mockRestore();
      }
    });

    it('removes the scratch file and keeps nothing when the database fails after the chunks were written', async () => {
      const content = randomBytes(INBOUND_CHUNK_BYTES + 5);
      fs.writeFileSync(path.join(inbox, 'fails.835'), content);
      const add = jest.spyOn(outbox, 'add').mockImplementationOnce(async (tx) => {
        // The chunks are in (inside the transaction) when the outbox write fails.
        expect(spooled()).toHaveLength(1);
        await (tx as unknown as { query: (sql: string) => Promise<unknown> }).query(`SELECT 1 FROM no_such_table`);
      });
      try {
        const failed = await pickup.poll('c1');
        expect(failed).toMatchObject({ listed: 1, received: [], duplicates: [], failed: [{ name: 'fails.835', error: expect.stringMatching(/no_such_table/) }] });
        expect(spooled()).toEqual([]);
        expect(fs.readdirSync(inbox)).toEqual(['fails.835']);
        const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM inbound_files WHERE sha256 = $1`, [sha256(content)]);
        expect(n).toBe(0);

        // The next poll picks it up whole.
        const retried = await pickup.poll('c1');
        expect(retried.received).toHaveLength(1);
        expect((await readAll(store.openContent(retried.received[0].id))).equals(content)).toBe(true);
        expect(spooled()).toEqual([]);
      } finally {
        add.mockRestore();
      }
    });

    it('removes the scratch file when the download itself fails halfway', async () => {
      fs.writeFileSync(path.join(inbox, 'cut.835'), 'ISA*partial');
      const transport = new FolderTransport({ adapter: 'folder', outbox: path.join(root, 'out'), inbox, archive: null, fileNamePattern: '{name}', acknowledge: 'delete' });
      jest.spyOn(transport, 'download').mockImplementation(async (_name, to) => {
        fs.writeFileSync(to, 'half a file');
        throw new Error('connection lost');
      });
      const broken = new InboundPickupService({ get: () => transport } as unknown as ClearinghouseTransports, store, outbox, unitOfWork, spool, pino({ level: 'silent' }));
      const result = await broken.poll('c1');
      expect(result.failed).toEqual([{ name: 'cut.835', error: expect.stringMatching(/connection lost/) }]);
      expect(spooled()).toEqual([]);
      expect(fs.readdirSync(inbox)).toEqual(['cut.835']);
    });
  });

  it('the migration moves existing content into chunk 0, and its down joins the chunks back', async () => {
    const content = randomBytes(2 * INBOUND_CHUNK_BYTES + 3);
    const id = randomUUID();
    await unitOfWork.run((tx) => store.receive(tx, { id, clearinghouseId: 'c1', remoteName: 'm.835', sha256: sha256(content), byteLength: content.length, chunks: () => inChunks(content) }));
    const empty = randomUUID();
    await unitOfWork.run((tx) => store.receive(tx, { id: empty, clearinghouseId: 'c1', remoteName: 'empty', sha256: sha256(Buffer.alloc(0)), byteLength: 0, chunks: () => inChunks(Buffer.alloc(0)) }));

    await ds.undoLastMigration({ transaction: 'each' });
    const [row] = await ds.query(`SELECT content FROM inbound_files WHERE id = $1`, [id]);
    expect(Buffer.from(row.content).equals(content)).toBe(true);
    const [none] = await ds.query(`SELECT octet_length(content) AS n FROM inbound_files WHERE id = $1`, [empty]);
    expect(none.n).toBe(0);

    await ds.runMigrations({ transaction: 'each' });
    expect(await chunkRows(id)).toEqual([{ seq: 0, bytes: content.length }]);
    expect(await chunkRows(empty)).toEqual([]);
    expect((await readAll(store.openContent(id))).equals(content)).toBe(true);
    expect(await readAll(store.openContent(empty))).toHaveLength(0);
  });
});
