// SandboxResponder on temporary folders: answers each 837 once into the inbound folder (no temp
// names left), releases answers kind by kind with the same bytes as all at once, stays silent on a
// file that is not an interchange, skips in-flight uploads, and answers again only new content.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runSandboxClearinghouse } from './sandbox-clearinghouse';
import { answerKind, SandboxResponder } from './sandbox-responder';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'edi-samples/837/837p-office-visit-one-line.x12'), 'utf8');
/** The sample with ISA14 = 1, so a TA1 is asked for. */
const WITH_TA1 = SAMPLE.replace(/^(ISA(?:\*[^*]*){13}\*)0\*/, '$11*');
const AT = new Date('2025-04-02T09:30:00Z');

describe('SandboxResponder', () => {
  let root: string;
  let outbound: string;
  let inbound: string;
  let now: Date;
  const responder = () => new SandboxResponder({ outbound, inbound, clock: () => now });
  const inboundNames = () => fs.readdirSync(inbound).sort();

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-responder-'));
    outbound = path.join(root, 'outbound');
    inbound = path.join(root, 'inbound');
    fs.mkdirSync(outbound);
    now = AT;
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('names answer kinds by extension', () => {
    expect(['1.ta1', '1.999', '1.277', '1-99999.835', '1.837'].map(answerKind)).toEqual(['ta1', '999', '277', '835', null]);
  });

  it('answers a new 837 with exactly the sandbox clearinghouse files, once', async () => {
    fs.writeFileSync(path.join(outbound, 'a.837'), WITH_TA1);
    const expected = runSandboxClearinghouse(WITH_TA1, { clock: () => AT });
    const r = responder();
    const first = await r.scan();
    expect(first).toEqual({ answered: [{ file: 'a.837', responses: expect.arrayContaining(expected.map((f) => f.name)) }], ignored: [] });
    expect(inboundNames()).toEqual(expected.map((f) => f.name).sort());
    for (const f of expected) expect(fs.readFileSync(path.join(inbound, f.name), 'latin1')).toBe(f.content);

    // Picked up and removed by the gateway: a rescan, and a new responder on the same state, answer nothing.
    for (const name of inboundNames()) fs.rmSync(path.join(inbound, name));
    expect(await r.scan()).toEqual({ answered: [], ignored: [] });
    expect(await responder().scan()).toEqual({ answered: [], ignored: [] });
    expect(inboundNames()).toEqual([]);
  });

  it('releases the answers kind by kind, with the dates of the first release', async () => {
    fs.writeFileSync(path.join(outbound, 'a.837'), WITH_TA1);
    const all = runSandboxClearinghouse(WITH_TA1, { clock: () => AT });
    await responder().scan(['ta1', '999']);
    expect(inboundNames().map(answerKind).sort()).toEqual(['999', 'ta1']);
    now = new Date('2025-04-09T09:30:00Z');
    await responder().scan(['277']);
    await responder().scan(['835']);
    expect(inboundNames()).toEqual(all.map((f) => f.name).sort());
    for (const f of all) expect(fs.readFileSync(path.join(inbound, f.name), 'latin1')).toBe(f.content);
  });

  it('stays silent on a file that is not an interchange, skips hidden and .part names', async () => {
    fs.writeFileSync(path.join(outbound, 'notes.txt'), 'not X12');
    fs.writeFileSync(path.join(outbound, '.b.837.part'), WITH_TA1);
    fs.writeFileSync(path.join(outbound, 'c.837.part'), WITH_TA1);
    expect(await responder().scan()).toEqual({ answered: [], ignored: ['notes.txt'] });
    expect(await responder().scan()).toEqual({ answered: [], ignored: [] });
    expect(fs.existsSync(inbound) ? inboundNames() : []).toEqual([]);
  });

  it('answers again when the same name holds new content', async () => {
    fs.writeFileSync(path.join(outbound, 'a.837'), SAMPLE);
    await responder().scan();
    expect(inboundNames().some((n) => n.endsWith('.ta1'))).toBe(false);
    fs.writeFileSync(path.join(outbound, 'a.837'), WITH_TA1);
    const again = await responder().scan();
    expect(again.answered).toHaveLength(1);
    expect(inboundNames().some((n) => n.endsWith('.ta1'))).toBe(true);
  });

  it('scans on an interval until stopped', async () => {
    const r = responder();
    const scans: number[] = [];
    r.start(20, { onScan: (scan) => scans.push(scan.answered.length) });
    fs.writeFileSync(path.join(outbound, 'a.837'), WITH_TA1);
    const deadline = Date.now() + 5000;
    while (!scans.some((n) => n > 0) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
    await r.stop();
    expect(scans.some((n) => n > 0)).toBe(true);
    const count = scans.length;
    await new Promise((res) => setTimeout(res, 60));
    expect(scans.length).toBe(count);
  });
});
