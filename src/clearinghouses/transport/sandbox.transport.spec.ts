// SandboxTransport on a temporary directory: a delivered 837 is kept and answered into inbound/
// (TA1, 999, 277CA, 835), redelivery is idempotent, a different file under the same name is
// REMOTE_FILE_EXISTS, and the inbound side lists, fetches and archives like the folder adapter.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SandboxTransport } from './sandbox.transport';
import { TransportError, TransportErrorCode } from './transport.errors';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'edi-samples/837/837p-office-visit-one-line.x12'), 'utf8');
/** The sample with ISA14 = 1, so a TA1 is asked for. */
const WITH_TA1 = SAMPLE.replace(/^(ISA(?:\*[^*]*){13}\*)0\*/, '$11*');
const clock = (): Date => new Date('2025-04-02T09:30:00Z');

describe('SandboxTransport', () => {
  let root: string;
  const transport = (): SandboxTransport => new SandboxTransport({ root, clock });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-sandbox-'));
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps the 837 and answers with TA1, 999, 277CA and 835 in inbound/', async () => {
    expect(WITH_TA1).not.toBe(SAMPLE);
    const t = transport();
    await expect(t.deliver({ name: '000000001.837', content: WITH_TA1 })).resolves.toEqual({ remoteName: '000000001.837', alreadyDelivered: false });
    expect(fs.readFileSync(path.join(root, 'received', '000000001.837'), 'utf8')).toBe(WITH_TA1);
    const names = (await t.listInbound()).map((f) => f.name).sort();
    expect(names).toEqual(['000000001-99999.835', '000000001.277', '000000001.999', '000000001.ta1']);
    expect(fs.readdirSync(path.join(root, 'inbound')).filter((n) => n.startsWith('.'))).toEqual([]);
    const to = path.join(root, 'downloaded.999');
    await expect(t.download('000000001.999', to)).resolves.toEqual({ bytes: fs.statSync(path.join(root, 'inbound', '000000001.999')).size });
    expect(fs.readFileSync(to, 'utf8')).toMatch(/^ISA\*.*IK5\*A~/s);
  });

  it('sends no TA1 when ISA14 is 0', async () => {
    const t = transport();
    await t.deliver({ name: 'a.837', content: SAMPLE });
    expect((await t.listInbound()).map((f) => f.name).sort()).toEqual(['000000001-99999.835', '000000001.277', '000000001.999']);
  });

  it('answers an identical redelivery with nothing new', async () => {
    const t = transport();
    await t.deliver({ name: 'a.837', content: SAMPLE });
    for (const f of await t.listInbound()) await t.acknowledge(f.name);
    await expect(t.deliver({ name: 'a.837', content: SAMPLE })).resolves.toEqual({ remoteName: 'a.837', alreadyDelivered: true });
    expect(await t.listInbound()).toEqual([]);
  });

  it('refuses a different file under a delivered name (REMOTE_FILE_EXISTS)', async () => {
    const t = transport();
    await t.deliver({ name: 'a.837', content: SAMPLE });
    const err = await t.deliver({ name: 'a.837', content: WITH_TA1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as TransportError).code).toBe(TransportErrorCode.RemoteFileExists);
  });

  it('archives acknowledged files', async () => {
    const t = transport();
    await t.deliver({ name: 'a.837', content: SAMPLE });
    await t.acknowledge('000000001.999');
    expect(fs.existsSync(path.join(root, 'archive', '000000001.999'))).toBe(true);
    expect((await t.listInbound()).map((f) => f.name)).not.toContain('000000001.999');
  });

  it('keeps a file that is not X12 without answering it', async () => {
    const t = transport();
    await expect(t.deliver({ name: 'junk.837', content: 'hello' })).resolves.toEqual({ remoteName: 'junk.837', alreadyDelivered: false });
    expect(await t.listInbound()).toEqual([]);
  });

  it('is always up', async () => {
    await expect(transport().check()).resolves.toEqual({ status: 'up', adapter: 'sandbox' });
  });
});
