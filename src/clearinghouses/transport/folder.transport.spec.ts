// FolderTransport on a temporary directory: temp-name + link delivery, idempotent redelivery,
// inbox listing, download, acknowledge (archive and delete), check.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FolderTransport } from './folder.transport';
import { TransportError, TransportErrorCode } from './transport.errors';
import { parseTransportSettings, type FolderTransportSettings } from './transport-settings';

async function rejection(promise: Promise<unknown>): Promise<TransportError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(TransportError);
    return err as TransportError;
  }
  throw new Error('expected a rejection');
}

describe('FolderTransport', () => {
  let root: string;
  let outbox: string;
  let inbox: string;
  let archive: string;
  const transport = (overrides: Record<string, unknown> = {}): FolderTransport =>
    new FolderTransport(parseTransportSettings('folder', { outbox, inbox, archive, ...overrides }) as FolderTransportSettings);

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-folder-'));
    outbox = path.join(root, 'out');
    inbox = path.join(root, 'in');
    archive = path.join(root, 'archive');
    fs.mkdirSync(outbox);
    fs.mkdirSync(inbox);
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('delivers under the final name and leaves no part file', async () => {
    await expect(transport().deliver({ name: 'a.837', content: 'ISA~' })).resolves.toEqual({ remoteName: 'a.837', alreadyDelivered: false });
    expect(fs.readdirSync(outbox)).toEqual(['a.837']);
    expect(fs.readFileSync(path.join(outbox, 'a.837'), 'utf8')).toBe('ISA~');
  });

  it('applies the file name pattern with vars and the given name', async () => {
    const t = transport({ fileNamePattern: '{isa13}-{base}.{ext}' });
    await expect(t.deliver({ name: 'claims.837', content: Buffer.from('x') }, { isa13: '000000042' })).resolves.toMatchObject({ remoteName: '000000042-claims.837' });
    expect((await rejection(t.deliver({ name: 'claims.837', content: 'x' }))).code).toBe(TransportErrorCode.InvalidFileName);
    expect((await rejection(t.deliver({ name: '../escape.837', content: 'x' }, { isa13: '1' }))).code).toBe(TransportErrorCode.InvalidFileName);
    expect(fs.readdirSync(root).sort()).toEqual(['in', 'out']);
  });

  it('treats an identical redelivery as delivered and refuses a different file with the same name', async () => {
    const t = transport();
    await t.deliver({ name: 'b.837', content: 'same' });
    await expect(t.deliver({ name: 'b.837', content: 'same' })).resolves.toEqual({ remoteName: 'b.837', alreadyDelivered: true });
    const err = await rejection(t.deliver({ name: 'b.837', content: 'SAME' }));
    expect(err.code).toBe(TransportErrorCode.RemoteFileExists);
    expect(err.retryable).toBe(false);
    expect(fs.readFileSync(path.join(outbox, 'b.837'), 'utf8')).toBe('same');
    expect(fs.readdirSync(outbox)).toEqual(['b.837']);
  });

  it('a missing outbox is REMOTE_FILE_NOT_FOUND and check() reports down', async () => {
    fs.rmSync(outbox, { recursive: true });
    const t = transport();
    expect((await rejection(t.deliver({ name: 'c.837', content: 'x' }))).code).toBe(TransportErrorCode.RemoteFileNotFound);
    await expect(t.check()).resolves.toMatchObject({ status: 'down', adapter: 'folder', error: expect.stringContaining('REMOTE_FILE_NOT_FOUND') });
  });

  it('check() reports up when both folders are usable', async () => {
    await expect(transport().check()).resolves.toEqual({ status: 'up', adapter: 'folder' });
  });

  it('lists inbox files oldest first without hidden or part files, and downloads them', async () => {
    fs.writeFileSync(path.join(inbox, 'new.999'), 'new');
    fs.utimesSync(path.join(inbox, 'new.999'), new Date('2026-02-02'), new Date('2026-02-02'));
    fs.writeFileSync(path.join(inbox, 'old.835'), 'older');
    fs.utimesSync(path.join(inbox, 'old.835'), new Date('2026-02-01'), new Date('2026-02-01'));
    fs.writeFileSync(path.join(inbox, '.half.835.part'), 'h');
    fs.mkdirSync(path.join(inbox, 'sub'));
    const t = transport();
    const list = await t.listInbound();
    expect(list.map((f) => f.name)).toEqual(['old.835', 'new.999']);
    expect(list[0]).toEqual({ name: 'old.835', size: 5, modifiedAt: new Date('2026-02-01') });
    const to = path.join(root, 'local.835');
    fs.writeFileSync(to, 'something longer that the download must replace');
    await expect(t.download('old.835', to)).resolves.toEqual({ bytes: 5 });
    expect(fs.readFileSync(to, 'utf8')).toBe('older');
    expect(fs.readFileSync(path.join(inbox, 'old.835'), 'utf8')).toBe('older');
    expect((await rejection(t.download('gone.835', to))).code).toBe(TransportErrorCode.RemoteFileNotFound);
    expect((await rejection(t.download('../out/x', to))).code).toBe(TransportErrorCode.InvalidFileName);
  });

  it('acknowledge archives (keeping both copies of a repeated name) or deletes', async () => {
    const t = transport();
    fs.writeFileSync(path.join(inbox, 'r.999'), 'one');
    await t.acknowledge('r.999');
    fs.writeFileSync(path.join(inbox, 'r.999'), 'two');
    await t.acknowledge('r.999');
    expect(fs.readdirSync(inbox)).toEqual([]);
    const archived = fs.readdirSync(archive).sort();
    expect(archived).toHaveLength(2);
    expect(fs.readFileSync(path.join(archive, 'r.999'), 'utf8')).toBe('one');
    expect((await rejection(t.acknowledge('r.999'))).code).toBe(TransportErrorCode.RemoteFileNotFound);

    const d = transport({ acknowledge: 'delete', archive: undefined });
    fs.writeFileSync(path.join(inbox, 'd.277'), 'x');
    await d.acknowledge('d.277');
    expect(fs.readdirSync(inbox)).toEqual([]);
  });
});
