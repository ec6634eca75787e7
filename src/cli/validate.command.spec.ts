// `x12gw validate FILE [--json]` through commander, as src/cli.ts runs it: exit 0 for valid files
// (the docs examples, the writer's golden 837s, the public samples outside broken/), exit 1 with
// coded errors and positions for every file in ../shared/edi-samples/public/broken/ and for
// empty, binary and huge garbage input (quickly, in bounded memory), exit 2 for a path that
// cannot be read; never a stack trace.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { CliExit, type CliContext } from './cli-context';
import { registerValidateCommands, type ValidateJson } from './validate.command';

const ROOT = path.resolve(__dirname, '../..');
const PUBLIC = path.resolve(ROOT, '../shared/edi-samples/public');
const BROKEN = path.join(PUBLIC, 'broken');
const GOLDEN = path.join(ROOT, 'edi-samples/837');
const DOCS = path.resolve(ROOT, '../shared/docs/837-structure.md');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

/** Register the command on a fresh program and run it the way src/cli.ts's run() does. */
async function validate(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const io = capture();
  const program = new Command('x12gw').exitOverride().configureOutput({ writeOut: (s) => io.io.out(s), writeErr: (s) => io.io.err(s) });
  const ctx: CliContext = {
    io: io.io,
    env: {},
    config: () => {
      throw new Error('validate must not need the configuration');
    },
  };
  registerValidateCommands(program, ctx);
  let code = 0;
  try {
    await program.parseAsync(['node', 'x12gw', 'validate', ...args]);
  } catch (e) {
    if (e instanceof CliExit) {
      code = e.exitCode;
      if (e.message) io.io.err(e.message);
    } else if (e instanceof CommanderError) code = e.exitCode;
    else throw e;
  }
  return { code, out: io.out, err: io.err };
}

async function validateJson(file: string): Promise<{ code: number; report: ValidateJson; err: string[] }> {
  const r = await validate([file, '--json']);
  expect(r.out).toHaveLength(1);
  return { code: r.code, report: JSON.parse(r.out[0]) as ValidateJson, err: r.err };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-validate-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function tmpFile(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

function noStackTrace(lines: string[]): void {
  for (const l of lines) expect(l).not.toMatch(/\n\s+at |Error: .*\n/);
}

const EXAMPLE_837P = fs.existsSync(DOCS)
  ? [...fs.readFileSync(DOCS, 'utf8').matchAll(/```\n(ISA[\s\S]*?)```/g)][0][1].replace(/~\n/g, '~')
  : undefined;

describe('x12gw validate: valid files', () => {
  (EXAMPLE_837P ? it : it.skip)('the 837P of docs/837-structure.md: exit 0, a summary with the guide that was checked', async () => {
    const file = tmpFile('example.837', EXAMPLE_837P!);
    const r = await validate([file]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(`${file}: valid — 35 segments, 1 interchange, 1 group, 1 transaction set; 0 errors, 0 warnings`);
    expect(r.out[1]).toBe('  837 guide check: 1×005010X222A1');
    const json = await validateJson(file);
    expect(json.code).toBe(0);
    expect(json.report).toMatchObject({ valid: true, diagnostics: [], omitted: 0, summary: { transactionSets: 1, guideChecked: { '005010X222A1': 1 } } });
  });

  const golden = fs.existsSync(GOLDEN) ? fs.readdirSync(GOLDEN).filter((f) => f.endsWith('.x12')) : [];
  (golden.length > 0 ? it.each(golden) : it.skip.each(['(no golden files)']))('writer golden file %s: exit 0', async (name) => {
    const { code, report } = await validateJson(path.join(GOLDEN, name));
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  const good = fs.existsSync(PUBLIC)
    ? fs
        .readdirSync(PUBLIC, { recursive: true, encoding: 'utf8' })
        .filter((f) => !f.startsWith('broken') && f !== 'SOURCES.md' && fs.statSync(path.join(PUBLIC, f)).isFile())
        .sort()
    : [];
  /** Files outside broken/ that validate flags, and why (SOURCES.md; see also 837-guide/check.spec.ts). */
  const KNOWN_INVALID: Record<string, string> = {
    'ta1/staedi__x12_interchange_ack.txt': 'IEA01=1 with no group (SOURCES.md)',
    '837D/oopfactory-x12__Spec_4.1.2B_COB.txt': '004010 837D: UNSUPPORTED_VERSION (version-rejection sample)',
    'mixed/pyx12__mult_isa.txt': '004010 837s: UNSUPPORTED_VERSION',
    '837P/oopfactory-x12__MedicaidExample.txt': 'masked data (9/X) breaks code values',
    '837P/oopfactory-x12__Example1_2_And_3_Combined.txt': '4010-style DMG in 2320',
    '837I/oopfactory-x12__Spec_3.1.3_PPORepricedClaim.txt': 'composites written with ">" while ISA16 is ":"',
    '837I/stupidedi__837-institutional-claim.edi': 'DTP*434*RD8 with one date',
  };
  (good.length > 0 ? it.each(good) : it.skip.each(['(no public samples)']))('public %s', async (file) => {
    const { code, report } = await validateJson(path.join(PUBLIC, file));
    const key = file.replace(/\\/g, '/');
    if (KNOWN_INVALID[key]) {
      expect(code).toBe(1);
      expect(report.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    } else {
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(code).toBe(0);
    }
  });
});

const BROKEN_FILES = fs.existsSync(BROKEN) ? fs.readdirSync(BROKEN).sort() : [];

(BROKEN_FILES.length > 0 ? describe : describe.skip)(`x12gw validate: every file in ${BROKEN} is rejected`, () => {
  it('finds the broken corpus (test premise)', () => {
    expect(BROKEN_FILES.length).toBeGreaterThanOrEqual(21);
  });

  it.each(BROKEN_FILES)('%s: exit 1 with a coded error and a position', async (name) => {
    const { code, report, err } = await validateJson(path.join(BROKEN, name));
    expect(code).toBe(1);
    expect(report.valid).toBe(false);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const d of errors) {
      expect(d.code).toMatch(/^[A-Z0-9_]+$/);
      expect(d.segmentIndex !== null || d.line !== null).toBe(true);
    }
    noStackTrace(err);
  });

  it('the two guide-level files fail on what SOURCES.md says is wrong with them', async () => {
    const kartik = (await validateJson(path.join(BROKEN, 'kartik-x12__batch_with_one_bad_transaction.x12'))).report;
    // "the 2nd has NM1*IL*9 (invalid entity type)"
    expect(kartik.diagnostics).toEqual([expect.objectContaining({ code: 'INVALID_CODE', segmentId: 'NM1', element: 2, severity: 'error' })]);
    const header = (await validateJson(path.join(BROKEN, 'staedi__837-header-ref-only.edi'))).report;
    // "header only (BHT01=DATA, no HL loops)"
    expect(header.diagnostics.map((d) => [d.code, d.segmentId, d.element])).toEqual(
      expect.arrayContaining([
        ['MISSING_LOOP', 'ST', null],
        ['INVALID_CODE', 'BHT', 1],
        ['UNEXPECTED_SEGMENT', 'REF', null],
      ]),
    );
    expect(header.diagnostics.filter((d) => d.code === 'MISSING_LOOP').map((d) => d.message)).toEqual([
      expect.stringContaining('1000A'),
      expect.stringContaining('1000B'),
      expect.stringContaining('2000A'),
    ]);
  });

  it('prints positions in the summary form', async () => {
    const r = await validate([path.join(BROKEN, 'tigershark-zentist__5010-835-example-2.txt')]);
    expect(r.code).toBe(1);
    expect(r.out[0]).toContain('INVALID');
    expect(r.out.join('\n')).toMatch(/error CONTROL_NUMBER_MISMATCH segment \d+ \(SE, line \d+, SE02\)/);
  });
});

describe('x12gw validate: any input ends quickly with a coded error, never a crash or a hang', () => {
  const cases: Array<[string, string, () => string | Uint8Array]> = [
    ['an empty file', 'EMPTY_INPUT', () => ''],
    ['whitespace only', 'EMPTY_INPUT', () => '  \r\n\t\n'],
    ['binary garbage', 'NOT_X12', () => Uint8Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + 13) % 256)],
    ['an ISA cut short', 'ISA_TOO_SHORT', () => 'ISA*00*          *00*    '],
    ['an ISA with letters as delimiters', 'BAD_DELIMITERS', () => 'ISA*00*          *00*          *ZZ*A              *ZZ*B              *240315*1200*X*00501*000000001*0*T*YZ'],
    ['JSON', 'NOT_X12', () => '{"claimInformation": {}}'],
  ];
  it.each(cases)('%s: exit 1 with %s', async (name, expectedCode, content) => {
    const file = tmpFile(name.replace(/\W+/g, '-'), content());
    const { code, report } = await validateJson(file);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => d.code)).toContain(expectedCode);
  });

  it('a 50 MB file of "A" ends within seconds with NOT_X12', async () => {
    const file = path.join(tmp, 'fifty-mb-of-a');
    fs.writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 'A'));
    const started = Date.now();
    const { code, report } = await validateJson(file);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(1);
    expect(report.diagnostics).toEqual([expect.objectContaining({ code: 'NOT_X12', line: 1 })]);
  }, 30_000);

  it('a valid ISA followed by 20 MB without a terminator stops at the segment-length bound', async () => {
    const isa = 'ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *240315*1200*^*00501*000000101*1*T*:~';
    const file = path.join(tmp, 'no-terminator');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(isa + 'GS*HC*'), Buffer.alloc(20 * 1024 * 1024, 'B')]));
    const started = Date.now();
    const { code, report } = await validateJson(file);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => d.code)).toContain('SEGMENT_TOO_LONG');
  }, 30_000);

  it('a truncated 837 is reported with TRUNCATED_INTERCHANGE and the guide findings of the open transaction set', async () => {
    if (!EXAMPLE_837P) return;
    const file = tmpFile('truncated.837', EXAMPLE_837P.slice(0, EXAMPLE_837P.indexOf('LX*2')));
    const { code, report } = await validateJson(file);
    expect(code).toBe(1);
    // The cut drops line 2, so CLM02 no longer adds up: the open transaction set was still guide-checked.
    expect(report.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['TRUNCATED_INTERCHANGE', 'CLAIM_TOTAL_MISMATCH']));
  });

  it('a missing path is exit 2, a directory is exit 2, with a one-line message', async () => {
    const missing = await validate([path.join(tmp, 'nope.x12')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual([expect.stringMatching(/^x12gw validate: cannot read .*nope\.x12: ENOENT$/)]);
    const dir = await validate([tmp]);
    expect(dir.code).toBe(2);
    expect(dir.err).toEqual([expect.stringContaining('is not a file')]);
  });
});
