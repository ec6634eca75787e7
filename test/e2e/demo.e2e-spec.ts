// `npm run demo` as a newcomer runs it: the real bin script in a child process, with nothing but
// the installed package. It must exit 0, show every claim's journey to its end (277CA rejection,
// denial, partial payments) and the reconciliation summary, print no patient names, and leave
// nothing behind in its temp folder.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/x12gw.js');

/** Every first and last name in the sample claims (subscriber, dependent, patient). */
function sampleNames(): string[] {
  const names = new Set<string>();
  const visit = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) v.forEach((x) => visit(x));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
    else if (typeof v === 'string' && /^(firstName|lastName)$/.test(key) && v.length > 2) names.add(v);
  };
  const dir = path.join(root, 'edi-samples/claims');
  for (const f of fs.readdirSync(dir)) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown> | Record<string, unknown>[];
    for (const claim of Array.isArray(doc) ? doc : [doc]) for (const who of ['subscriber', 'dependent', 'patient']) visit(claim[who]);
  }
  return [...names];
}

describe('npm run demo', () => {
  let stdout = '';
  let stderr = '';
  let code: number | null = null;
  let tmp: string;
  let seconds = 0;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-demo-test-'));
    // The demo always runs embedded; the services of the test run must not leak into it.
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, DATABASE_URL: '', AMQP_URL: '', CLEARINGHOUSES_DIR: '' };
    const started = Date.now();
    try {
      ({ stdout, stderr } = await exec(process.execPath, [bin, 'demo', '--timeout', '100'], { cwd: root, env, maxBuffer: 16 * 1024 * 1024, timeout: 110_000 }));
      code = 0;
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      ({ stdout = '', stderr = '' } = e);
      code = typeof e.code === 'number' ? e.code : -1;
    }
    seconds = (Date.now() - started) / 1000;
  }, 120_000);

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('exits 0 within a minute and says it finished', () => {
    if (code !== 0) throw new Error(`demo exited ${code}:\n${stderr}\n${stdout.slice(-3000)}`);
    expect(stdout).toMatch(/demo finished in \d+\.\d s/);
    expect(seconds).toBeLessThan(60);
  });

  it('submits every sample claim plus the marked REJ and TERM copies, and routes every answer', () => {
    expect(stdout).toMatch(/Submitting 25 claims from edi-samples\/claims \(test data/);
    expect(stdout).not.toMatch(/refused:/);
    expect(stdout).toContain('demo-copy-member-REJ');
    expect(stdout).toContain('demo-copy-member-TERM');
    for (const wave of ['TA1', '999', '277CA', '835']) expect(stdout).toMatch(new RegExp(`${wave} \\(.*\\)\\s+\\d+ files? routed  \\[`));
    expect(stdout).not.toMatch(/quarantined/);
  });

  it("prints each claim's journey in order, through 999 and 277CA to its end, with amounts", () => {
    const journey = (label: string) => {
      const start = stdout.indexOf(`\n  ${label} — `);
      expect(start).toBeGreaterThan(-1);
      const end = stdout.indexOf('\n\n', start + 1);
      return stdout.slice(start, end);
    };
    const statuses = (block: string) => [...block.matchAll(/^ {4}\d\d:\d\d:\d\d\.\d{3}\s+(\w+)/gm)].map((m) => m[1]);
    const visit = journey('837p-office-visit-one-line');
    expect(visit).toContain('PCN PCN1OV0001, professional, charge 120.00: PAID');
    expect(statuses(visit)).toEqual(['received', 'ready', 'batched', 'transmitted', 'transmitted', 'accepted_by_clearinghouse', 'accepted_by_payer', 'paid']);
    expect(visit).toMatch(/TA1 accepted interchange/);
    expect(visit).toMatch(/999 accepted/);
    expect(visit).toMatch(/277CA accepted: payer claim number SBX\d{13}/);
    expect(visit).toMatch(/payment: CLP02 1 {2}charge 120\.00 {2}paid 65\.00 {2}patient resp\. 25\.00/);

    const rejected = journey('demo-copy-member-REJ');
    expect(rejected).toContain(': REJECTED');
    expect(statuses(rejected).at(-1)).toBe('rejected');
    expect(rejected).toMatch(/277CA rejected: category A7 .*status 164/);
    expect(rejected).not.toMatch(/payment:/);

    const denied = journey('demo-copy-member-TERM');
    expect(denied).toContain(': DENIED');
    expect(statuses(denied).slice(-2)).toEqual(['accepted_by_payer', 'denied']);
    expect(denied).toMatch(/payment: CLP02 4 {2}charge 120\.00 {2}paid 0\.00/);

    const corrected = journey('837p-corrected-claim');
    // The sandbox reverses a payment this gateway never posted (its pretend original), so the
    // correction does not account for the whole charge here: partially paid.
    expect(statuses(corrected).slice(-2)).toEqual(['reversed', 'partially_paid']);
  });

  it('ends with the reconciliation summary, balanced, and the count of claims by final status', () => {
    expect(stdout).toMatch(/Reconciliation summary[^\n]*\n {2}remittances \d+ \([\d.]+\), claim payments \d+/);
    expect(stdout).toContain('payment difference 0.00');
    expect(stdout).toMatch(/Claims by final status: .*denied 1.* paid \d+.*partially_paid \d+.*rejected 1/);
  });

  it('prints no patient names and leaves nothing behind', () => {
    const names = sampleNames();
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(stdout).not.toContain(name);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
});
