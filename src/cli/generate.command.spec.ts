// `x12gw generate` on a fresh commander program with a captured Io: every scenario file of
// edi-samples/claims passes intake validation and renders to its golden 837 (modulo the sandbox
// parties), NDJSON and arrays are read, and bad claims exit 1 with coded JSON lines, no stack.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { validateClaimBody } from '../claims/claim-validation';
import { CliExit, type CliContext } from './cli-context';
import { registerGenerateCommands, SANDBOX_PARTIES } from './generate.command';

const ROOT = path.resolve(__dirname, '../..');
const CLAIMS = path.join(ROOT, 'edi-samples/claims');
const KIND = { '837p': 'professional', '837i': 'institutional', '837d': 'dental' } as const;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

/** Runs `generate …` on a fresh program; resolves with the exit code (CliExit / commander errors). */
async function run(args: string[]) {
  const c = capture();
  const program = new Command('x12gw').exitOverride().configureOutput({ writeOut: c.io.out, writeErr: c.io.err });
  const ctx: CliContext = { io: c.io, env: { ...process.env }, config: () => { throw new Error('generate needs no config'); } };
  registerGenerateCommands(program, ctx);
  let code = 0;
  try {
    await program.parseAsync(['node', 'x12gw', 'generate', ...args]);
  } catch (e) {
    if (e instanceof CliExit) {
      if (e.message) c.err.push(e.message);
      code = e.exitCode;
    } else if (e instanceof CommanderError) code = e.exitCode;
    else throw e;
  }
  return { code, ...c };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-generate-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function write(name: string, content: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

const SCENARIOS = fs.readdirSync(CLAIMS).filter((f) => f.endsWith('.json')).sort();

describe('x12gw generate', () => {
  it.each(SCENARIOS)('%s passes intake validation and generates its golden 837 with the sandbox parties', async (file) => {
    const body: unknown = JSON.parse(fs.readFileSync(path.join(CLAIMS, file), 'utf8'));
    for (const claim of Array.isArray(body) ? body : [body]) expect(validateClaimBody(KIND[file.slice(0, 4) as keyof typeof KIND], claim)).toMatchObject({ ok: true });

    const r = await run(['--input', path.join(CLAIMS, file), '--type', file.slice(0, 4).toUpperCase(), '--created-at', '202504011200', '--line-break']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    // Same claims as the golden file, which was rendered with other parties: compare the HL tree.
    const golden = fs.readFileSync(path.join(ROOT, 'edi-samples/837', file.replace(/\.json$/, '.x12')), 'utf8');
    const tree = (text: string) => text.slice(text.indexOf('HL*1**20*1'), text.indexOf('SE*'));
    expect(tree(r.out.join('\n'))).toBe(tree(golden));
    expect(r.out[0]).toContain(`*ZZ*${SANDBOX_PARTIES.senderId.padEnd(15)}*ZZ*${SANDBOX_PARTIES.receiverId.padEnd(15)}*250401*1200*^*00501*000000001*0*T*:~`);
  });

  it('reads NDJSON, fills missing line control numbers, and writes DIR/<ISA13>.837', async () => {
    const claim = JSON.parse(fs.readFileSync(path.join(CLAIMS, '837p-office-visit-one-line.json'), 'utf8'));
    delete claim.claimInformation.serviceLines[0].providerControlNumber;
    const second = { ...claim, claimInformation: { ...claim.claimInformation, patientControlNumber: 'PCN-SECOND' } };
    const input = write('claims.ndjson', `${JSON.stringify(claim)}\n\n${JSON.stringify(second)}\n`);
    const out = path.join(tmp, 'out');
    const r = await run(['--input', input, '--type', '837p', '--out', out, '--sender-id', 'MYETIN', '--receiver-id', 'THEIRID', '--created-at', '202504011200']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^wrote .*000000001\.837 \(2 claims, \d+ bytes\)$/);
    const text = fs.readFileSync(path.join(out, '000000001.837'), 'utf8');
    expect(text).toContain('REF*6R*PCN1OV0001-1~');
    expect(text).toContain('REF*6R*PCNSECOND-1~');
    expect(text).toContain('*ZZ*MYETIN         *ZZ*THEIRID        *');
    expect(text).toContain('GS*HC*MYETIN*THEIRID*');
    expect(text).toContain('NM1*41*2*EXAMPLE BILLING SERVICE*****46*MYETIN~');
    expect(text).toContain('NM1*40*2*X12GW SANDBOX CLEARINGHOUSE*****46*THEIRID~');
  });

  it('reports every invalid claim as a JSON line {index, path, code, message} and exits 1', async () => {
    const good = JSON.parse(fs.readFileSync(path.join(CLAIMS, '837p-office-visit-one-line.json'), 'utf8'));
    const bad = JSON.parse(JSON.stringify(good));
    delete bad.claimInformation.patientControlNumber;
    bad.claimInformation.serviceLines[0].professionalService.lineItemChargeAmount = 'ten';
    const input = write('bad.json', JSON.stringify([good, bad]));
    const r = await run(['--input', input, '--type', '837P']);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    const lines = r.err.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual(
      expect.arrayContaining([
        { index: 1, path: 'claimInformation.patientControlNumber', code: 'REQUIRED', message: expect.any(String) },
        expect.objectContaining({ index: 1, path: 'claimInformation.serviceLines[0].professionalService.lineItemChargeAmount', code: 'INVALID_AMOUNT' }),
      ]),
    );
    expect(r.err.join('\n')).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('reports scrub errors and render errors the same way', async () => {
    const claim = JSON.parse(fs.readFileSync(path.join(CLAIMS, '837p-office-visit-one-line.json'), 'utf8'));
    claim.billing.npi = '1558374620'; // wrong check digit
    const scrub = await run(['--input', write('npi.json', JSON.stringify(claim)), '--type', '837P']);
    expect(scrub.code).toBe(1);
    expect(scrub.err.map((l) => JSON.parse(l))).toEqual(expect.arrayContaining([expect.objectContaining({ index: 0, path: 'billing.npi' })]));

    const delimiter = JSON.parse(fs.readFileSync(path.join(CLAIMS, '837p-office-visit-one-line.json'), 'utf8'));
    delimiter.subscriber.firstName = 'JANE~ANN';
    const rendered = await run(['--input', write('delimiter.json', JSON.stringify(delimiter)), '--type', '837P']);
    expect(rendered.code).toBe(1);
    expect(rendered.err.map((l) => JSON.parse(l))).toEqual([
      { index: 0, path: 'subscriber', code: 'DELIMITER_IN_DATA', message: expect.stringContaining('NM104') },
    ]);
  });

  it('refuses claims whose usage differs from --usage, unreadable files and bad JSON', async () => {
    const usage = await run(['--input', path.join(CLAIMS, '837p-void-claim.json'), '--type', '837P', '--usage', 'P']);
    expect(usage.code).toBe(1);
    expect(JSON.parse(usage.err[0])).toMatchObject({ index: 0, path: 'usageIndicator', code: 'USAGE_MISMATCH' });

    const missing = await run(['--input', path.join(tmp, 'nope.json'), '--type', '837P']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.err[0])).toMatchObject({ index: null, code: 'FILE_NOT_READABLE' });

    const broken = await run(['--input', write('broken.json', '{"a": 1}\n{oops'), '--type', '837P']);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.err[0])).toMatchObject({ index: 1, code: 'INVALID_JSON' });

    const type = await run(['--input', path.join(CLAIMS, '837p-void-claim.json'), '--type', '835']);
    expect(type.code).toBe(64);
  });
});
