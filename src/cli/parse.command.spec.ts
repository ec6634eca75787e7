// `x12gw parse FILE --json` through commander, as src/cli.ts runs it: exit 0 with the streamed
// JSON model (equal to the golden files, sha256 from node:crypto), exit 0 with the acknowledgment
// model for a TA1, 999 or 277CA, exit 1 with an error object for anything else, never a stack
// trace; and the 835 output really is streamed: the first claim is printed while the file (a
// FIFO here) is still being written.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { CliExit, type CliContext } from './cli-context';
import { parseSource, registerParseCommands } from './parse.command';

const SCENARIOS = path.resolve(__dirname, '../../edi-samples/835');
const PUBLIC = path.resolve(__dirname, '../..', '../shared/edi-samples/public');

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

/** Register the command on a fresh program and run it the way src/cli.ts's run() does. */
async function parse(args: string[], io = capture()): Promise<{ code: number; out: string[]; err: string[] }> {
  const program = new Command('x12gw').exitOverride().configureOutput({ writeOut: () => undefined, writeErr: (s) => io.io.err(s) });
  const ctx: CliContext = {
    io: io.io,
    env: {},
    config: () => {
      throw new Error('parse must not need the configuration');
    },
  };
  registerParseCommands(program, ctx);
  let code = 0;
  try {
    await program.parseAsync(['node', 'x12gw', 'parse', ...args]);
  } catch (e) {
    if (e instanceof CliExit) code = e.exitCode;
    else if (e instanceof CommanderError) code = e.exitCode;
    else throw e;
  }
  return { code, out: io.out, err: io.err };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-parse-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function tmpFile(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('x12gw parse FILE --json', () => {
  it.each(fs.readdirSync(SCENARIOS).filter((f) => f.endsWith('.835')))('%s: exit 0, JSON equal to the golden file', async (name) => {
    const file = path.join(SCENARIOS, name);
    const r = await parse([file, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const doc = JSON.parse(r.out.join('\n'));
    expect(doc).toEqual(JSON.parse(fs.readFileSync(file.replace(/\.835$/, '.json'), 'utf8')));
    expect(doc.sha256).toBe(createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  });

  it('prints one claim per line', async () => {
    const r = await parse([path.join(SCENARIOS, 'multiple-payments.835'), '--json']);
    const lines = r.out.join('\n').split('\n');
    expect(lines.filter((l) => /^,?\{"patientControlNumber"/.test(l))).toHaveLength(4);
    expect(lines[0]).toBe('{"type":"835","transactions":[');
  });

  it.each([
    ['empty', '', 'EMPTY_INPUT'],
    ['prose', 'This is not an EDI file.\n', 'NOT_X12'],
    ['no ISA', 'ST*835*0001~BPR*I*1*C*CHK~SE*3*0001~', 'MISSING_ISA'],
  ])('%s file: exit 1 with {"error":{code,message,segmentIndex}}', async (name, content, code) => {
    const r = await parse([tmpFile(`${name}.x12`, content), '--json']);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(1);
    const printed = JSON.parse(r.out[0]);
    expect(printed).toEqual({ error: { code, message: expect.any(String), segmentIndex: null } });
    expect(r.err.join('\n')).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('binary file: exit 1, NOT_X12', async () => {
    const bytes = new Uint8Array(65536 * 3);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    const r = await parse([tmpFile('random.bin', bytes), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out[0]).error.code).toBe('NOT_X12');
  });

  it('missing file: exit 1, FILE_NOT_READABLE', async () => {
    const r = await parse([path.join(tmp, 'nope.835'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out[0])).toEqual({ error: { code: 'FILE_NOT_READABLE', message: expect.stringContaining('ENOENT'), segmentIndex: null } });
  });

  const ack = path.join(PUBLIC, '999', 'staedi__simple999.edi');
  (fs.existsSync(ack) ? it : it.skip)('a 999: exit 0 with the 999 model (AK9*P, 3 transaction responses)', async () => {
    const r = await parse([ack, '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const doc = JSON.parse(r.out.join('\n'));
    expect(doc.type).toBe('999');
    expect(doc.transactions[0].groupResponse).toMatchObject({ ackCode: 'P', groupControlNumber: '17456', includedCount: 3, receivedCount: 3, acceptedCount: 1 });
    expect(doc.transactions[0].transactionResponses.map((t: { ackCode: string }) => t.ackCode)).toEqual(['A', 'R', 'R']);
    expect(doc.sha256).toBe(createHash('sha256').update(fs.readFileSync(ack)).digest('hex'));
  });

  /** acks.md §1, verbatim. */
  const TA1_ONLY = [
    'ISA*00*          *00*          *ZZ*RECEIVER01     *ZZ*SUBMITTER01    *240315*1201*^*00501*000000904*0*T*:~',
    'TA1*000000101*240315*1200*A*000~',
    'IEA*0*000000904~',
  ].join('\n');

  it('a TA1: exit 0 with the TA1 model', async () => {
    const r = await parse([tmpFile('ta1.x12', TA1_ONLY), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.join('\n'))).toEqual({
      type: 'TA1',
      acknowledgments: [
        { interchangeControlNumber: '000000101', date: '240315', time: '1200', acknowledgmentCode: 'A', noteCode: '000', noteDescription: expect.any(String), segmentIndex: 1 },
      ],
      diagnostics: [],
      sha256: createHash('sha256').update(TA1_ONLY).digest('hex'),
    });
  });

  it('a 999 with a TA1 between ISA and GS (Office Ally): the 999 model keeps the TA1', async () => {
    const text = [
      'ISA*00*          *00*          *ZZ*RECEIVER01     *ZZ*SUBMITTER01    *240316*0900*^*00501*000000905*0*T*:~',
      'TA1*000000101*240315*1200*A*000~',
      'GS*FA*RECEIVER01*SUBMITTER01*20240316*0900*1*X*005010X231A1~',
      'ST*999*0001*005010X231A1~AK1*HC*101*005010X222A1~AK2*837*0001*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~',
      'GE*1*1~IEA*1*000000905~',
    ].join('\n');
    const r = await parse([tmpFile('oa.999', text), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out.join('\n'));
    expect(doc.type).toBe('999');
    expect(doc.interchangeAcknowledgments).toEqual([expect.objectContaining({ interchangeControlNumber: '000000101', acknowledgmentCode: 'A' })]);
    expect(doc.transactions[0].transactionResponses[0]).toMatchObject({ controlNumber: '0001', ackCode: 'A' });
    expect(doc.diagnostics).toEqual([]);
  });

  const ca = path.join(PUBLIC, '277ca', 'oopfactory-x12__FromAlexbrodsky.txt');
  (fs.existsSync(ca) ? it : it.skip)('a 277CA: exit 0 with the claims', async () => {
    const r = await parse([ca, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out.join('\n'));
    expect(doc.type).toBe('277CA');
    expect(doc.transactions[0].claims).toEqual([expect.objectContaining({ patientControlNumber: '3920394930203', payerClaimControlNumber: '1107000000001120', accepted: false })]);
  });

  const request = path.join(PUBLIC, '276-277', 'lfh-x12__claim-level-status.276');
  (fs.existsSync(request) ? it : it.skip)('a 276 (neither 835 nor acknowledgment): exit 1 with {"type":"276","error":{UNSUPPORTED_TRANSACTION}}', async () => {
    const r = await parse([request, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out[0])).toEqual({
      type: '276',
      error: { code: 'UNSUPPORTED_TRANSACTION', message: expect.stringContaining('276'), segmentIndex: expect.any(Number) },
    });
  });

  it('an acknowledgment without --json: summary lines', async () => {
    const r = await parse([tmpFile('ta1-summary.x12', TA1_ONLY)]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^TA1 000000101 \(240315 1200\): A 000/);
    expect(r.out[r.out.length - 1]).toMatch(/^sha256 [0-9a-f]{64}$/);
  });

  it('an acknowledgment read from a chunked source (stdin path) is still read whole', async () => {
    const data = new TextEncoder().encode(TA1_ONLY);
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < data.length; i += 7) yield data.subarray(i, i + 7);
    }
    const io = capture();
    expect(await parseSource(chunks(), { json: true }, io.io)).toBe(0);
    expect(JSON.parse(io.out.join('\n')).acknowledgments[0].interchangeControlNumber).toBe('000000101');
  });

  it('a file with diagnostics still exits 0', async () => {
    const r = await parse([path.join(SCENARIOS, 'unbalanced.835'), '--json']);
    expect(r.code).toBe(0);
    const tx = JSON.parse(r.out.join('\n')).transactions[0];
    expect(tx.balanced).toBe(false);
    expect(tx.diagnostics.map((d: { code: string }) => d.code)).toEqual(['CLAIM_OUT_OF_BALANCE', 'LINE_OUT_OF_BALANCE', 'PAYMENT_OUT_OF_BALANCE']);
  });

  it('without --json: one summary line per transaction, diagnostics indented', async () => {
    const r = await parse([path.join(SCENARIOS, 'unbalanced.835')]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('835 0001: 200.00 C ACH 2024-04-24 trace EFT20240422A, payer ACME HEALTH PLAN, payee GOOD HEALTH CLINIC; 2 claims, 1 provider adjustments, NOT BALANCED');
    expect(r.out.slice(1, 4).every((l) => l.startsWith('  ['))).toBe(true);
    const bad = await parse([tmpFile('bad.txt', 'hello')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toEqual([expect.stringMatching(/^x12gw parse: \[NOT_X12\] /)]);
  });
});

describe('x12gw parse streams', () => {
  it('writes each claim as soon as it is read from a slow source', async () => {
    const data = fs.readFileSync(path.join(SCENARIOS, 'multiple-payments.835'));
    const io = capture();
    const printedWhenPulled: number[] = [];
    async function* slow(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < data.length; i += 64) {
        printedWhenPulled.push(io.out.join('\n').split('\n').filter((l) => l.includes('"patientControlNumber"')).length);
        await new Promise((r) => setImmediate(r));
        yield data.subarray(i, i + 64);
      }
    }
    expect(await parseSource(slow(), { json: true }, io.io, () => 'x')).toBe(0);
    // Claims were on the output while most of the input had not been pulled yet.
    const half = Math.floor(printedWhenPulled.length / 2);
    expect(printedWhenPulled[half]).toBeGreaterThanOrEqual(1);
    expect(printedWhenPulled[half]).toBeLessThan(4);
    expect(JSON.parse(io.out.join('\n')).transactions).toHaveLength(3);
  });

  const haveMkfifo = (() => {
    try {
      execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
      return process.platform !== 'win32';
    } catch {
      return false;
    }
  })();

  (haveMkfifo ? it : it.skip)('prints the first claim while the file is still being written (FIFO)', async () => {
    const fifo = path.join(tmp, 'slow.835');
    execFileSync('mkfifo', [fifo]);
    const data = fs.readFileSync(path.join(SCENARIOS, 'plb-interest-and-recovery.835'));
    // The first claim is complete once the next CLP segment (terminator included) has been read.
    const split = data.indexOf('~', data.indexOf('CLP*PCN2002')) + 1;
    const io = capture();
    let writerDone = false;
    const claimLinesWhenHalfWritten: number[] = [];
    const claimLines = () => io.out.join('\n').split('\n').filter((l) => l.includes('"patientControlNumber"')).length;

    const writing = (async () => {
      const w = fs.createWriteStream(fifo);
      w.write(data.subarray(0, split));
      // Wait until the reader has printed the first claim, then send the rest.
      for (let i = 0; i < 500 && !io.out.some((l) => l.includes('"PCN2001"')); i++) await new Promise((r) => setTimeout(r, 10));
      claimLinesWhenHalfWritten.push(claimLines());
      w.end(data.subarray(split));
      await new Promise<void>((resolve) => w.on('close', () => resolve()));
      writerDone = true;
    })();

    const r = await parse([fifo, '--json'], io);
    await writing;
    expect(writerDone).toBe(true);
    expect(claimLinesWhenHalfWritten).toEqual([1]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out.join('\n'));
    expect(doc.transactions[0].claims).toHaveLength(2);
    expect(doc.sha256).toBe(createHash('sha256').update(data).digest('hex'));
  });
});
