#!/usr/bin/env node
// Tokenizer benchmark: the gateway's X12 core (src/x12) against node-x12 on a synthetic 837P.
//
//   npm run bench                     # ~10 MB file, 3 timed runs per case (after one warm-up)
//   BENCH_MB=50 BENCH_RUNS=5 npm run bench
//
// Method
// - Throughput: every case runs in THIS process (re-launched with --expose-gc), one after the
//   other, on the same in-memory input; the heap is collected before each case, which gets one
//   untimed warm-up run, then BENCH_RUNS timed runs; the table shows the median. MB = 10^6 characters of input. "× node-x12" compares with node-x12's
//   X12Parser stream reader fed the same 64 KiB chunks.
// - Memory: RSS readings inside one process are polluted by earlier cases (V8 keeps heap pages),
//   so each case is re-run once in a fresh child process (`--expose-gc`). The child loads its
//   input from a temporary file, collects garbage, notes its RSS, runs the case once, and reports
//   `resourceUsage().maxRSS` (the kernel's high-water mark) minus that RSS: the peak extra memory
//   the case needed on top of holding the input.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { Readable } = require('node:stream');

const root = path.resolve(__dirname, '..');
const CHUNK = 64 * 1024;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 3));
const TARGET_MB = Number(process.env.BENCH_MB || 10);
const PARSE_MB = Number(process.env.BENCH_PARSE_MB || 2);

// ---- loading the library --------------------------------------------------------------------

/** Build, then load the compiled library; returns the module and its path (for the children). */
function loadX12() {
  // Build first so the benchmark always measures the current sources.
  let x12Path;
  try {
    require('./build.js').build();
    x12Path = require.resolve(path.join(root, 'dist', 'src', 'x12', 'index.js'));
  } catch (err) {
    // Another module under src/ may not compile yet; compile src/x12 alone rather than give up.
    console.error(`bench: full build failed (${String(err && err.message).split('\n')[0]}); compiling src/x12 only`);
    x12Path = compileX12Only();
  }
  return { x12: require(x12Path), x12Path };
}

function compileX12Only() {
  const swc = require('@swc/core');
  const srcDir = path.join(root, 'src', 'x12');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12-bench-'));
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (full.endsWith('.ts') && !full.endsWith('.spec.ts')) {
        const target = path.join(outDir, path.relative(srcDir, full)).replace(/\.ts$/, '.js');
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const { code } = swc.transformFileSync(full, {
          jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
          module: { type: 'commonjs' },
        });
        fs.writeFileSync(target, code);
      }
    }
  };
  walk(srcDir);
  return path.join(outDir, 'index.js');
}

// ---- synthetic input --------------------------------------------------------------------------

/** A realistic 837P: one billing provider per ST, 1,000 claims of 2 service lines per ST (~0.5 MB). */
function generate837(x12, targetChars) {
  const w = new x12.InterchangeWriter(
    {
      senderQualifier: 'ZZ',
      senderId: 'SUBMITTER01',
      receiverQualifier: 'ZZ',
      receiverId: 'CLEARINGHOUSE',
      date: '2024-03-01',
      time: '12:00',
      controlNumber: 1,
      acknowledgmentRequested: false,
      usage: 'T',
    },
    { lineBreak: '\n' },
  );
  w.beginGroup({
    functionalId: 'HC',
    senderCode: 'SUBMITTER01',
    receiverCode: 'CLEARINGHOUSE',
    date: '2024-03-01',
    time: '12:00',
    controlNumber: 1,
    version: '005010X222A1',
  });
  let chars = 0;
  let claim = 0;
  let st = 0;
  const seg = (id, els) => {
    w.segment(id, els);
    chars += id.length + 2; // separator-ish overhead, terminator and line break
    for (const e of els) chars += 1 + (Array.isArray(e) ? e.join(':').length : e.length);
  };
  while (chars < targetChars) {
    st++;
    w.beginTransaction({ id: '837', controlNumber: st, implementationReference: '005010X222A1' });
    seg('BHT', ['0019', '00', `BATCH${st}`, '20240301', '1200', 'CH']);
    seg('NM1', ['41', '2', 'SUBMITTER CLINIC', '', '', '', '', '46', 'SUBMITTER01']);
    seg('PER', ['IC', 'BILLING DESK', 'TE', '5555550100']);
    seg('NM1', ['40', '2', 'CLEARINGHOUSE INC', '', '', '', '', '46', 'CLEARINGHOUSE']);
    seg('HL', ['1', '', '20', '1']);
    seg('NM1', ['85', '2', 'ANYTOWN MEDICAL GROUP', '', '', '', '', 'XX', '1234567893']);
    seg('N3', ['100 HEALTH PARK DRIVE']);
    seg('N4', ['ANYTOWN', 'PA', '170001234']);
    seg('REF', ['EI', '123456789']);
    for (let i = 0; i < 1000; i++) {
      claim++;
      const hl = String(i + 2);
      seg('HL', [hl, '1', '22', '0']);
      seg('SBR', ['P', '18', '', '', '', '', '', '', 'CI']);
      seg('NM1', ['IL', '1', 'DOE', 'JOHN', 'Q', '', '', 'MI', `W${String(100000000 + claim)}`]);
      seg('N3', ['123 MAIN STREET', 'APT 4B']);
      seg('N4', ['ANYTOWN', 'PA', '17000']);
      seg('DMG', ['D8', '19800101', 'M']);
      seg('NM1', ['PR', '2', 'ACME HEALTH PLAN', '', '', '', '', 'PI', '12345']);
      seg('CLM', [`PCN${claim}`, x12.formatAmount(12550), '', '', ['11', 'B', '1'], 'Y', 'A', 'Y', 'Y']);
      seg('HI', [['ABK', 'J069'], ['ABF', 'R509']]);
      seg('NM1', ['82', '1', 'SMITH', 'JANE', '', '', '', 'XX', '1234567893']);
      seg('PRV', ['PE', 'PXC', '207Q00000X']);
      seg('LX', ['1']);
      seg('SV1', [['HC', '99213', '25'], x12.formatAmount(10000), 'UN', '1', '', '', ['1']]);
      seg('DTP', ['472', 'D8', '20240301']);
      seg('REF', ['6R', `${claim}A`]);
      seg('LX', ['2']);
      seg('SV1', [['HC', '87880'], x12.formatAmount(2550), 'UN', '1', '', '', ['1', '2']]);
      seg('DTP', ['472', 'D8', '20240301']);
      seg('REF', ['6R', `${claim}B`]);
    }
    w.endTransaction();
  }
  w.endGroup();
  return w.end();
}

// ---- cases -------------------------------------------------------------------------------------

function chunksOf(buffer) {
  const out = [];
  for (let i = 0; i < buffer.length; i += CHUNK) out.push(buffer.subarray(i, i + CHUNK));
  return out;
}

function makeCases(x12, X12Parser) {
  return {
    'baseline: count terminators (indexOf)': {
      input: 'big',
      run: (text) => {
        let n = 0;
        for (let i = text.indexOf('~'); i !== -1; i = text.indexOf('~', i + 1)) n++;
        return n;
      },
    },
    'x12 iterateSegments (whole string, lazy)': {
      input: 'big',
      run: (text) => {
        let n = 0;
        for (const _ of x12.iterateSegments(text)) n++;
        return n;
      },
    },
    'x12 tokenize (whole string -> array)': {
      input: 'big',
      run: (text) => x12.tokenize(text).length,
    },
    'x12 readSegmentBatches (64 KiB byte chunks)': {
      input: 'bigChunks',
      run: async (chunks) => {
        let n = 0;
        for await (const batch of x12.readSegmentBatches(chunks)) n += batch.length;
        return n;
      },
    },
    'x12 readSegments (64 KiB byte chunks)': {
      input: 'bigChunks',
      run: async (chunks) => {
        let n = 0;
        for await (const _ of x12.readSegments(chunks)) n++;
        return n;
      },
    },
    'x12 validateX12 (tokenize + envelope check)': {
      input: 'big',
      run: (text) => {
        const r = x12.validateX12(text);
        if (!r.valid) throw new Error('synthetic file should be valid: ' + JSON.stringify(r.diagnostics[0]));
        return r.totals.segments;
      },
    },
    'node-x12 X12Parser stream (64 KiB byte chunks)': {
      input: 'bigChunks',
      reference: true,
      run: (chunks) =>
        new Promise((resolve, reject) => {
          let n = 0;
          const parser = new X12Parser();
          parser.on('data', () => n++);
          parser.on('end', () => resolve(n));
          parser.on('error', reject);
          Readable.from(chunks, { objectMode: false }).on('error', reject).pipe(parser);
        }),
    },
    [`x12 tokenize (${PARSE_MB} MB)`]: {
      input: 'small',
      run: (text) => x12.tokenize(text).length,
    },
    [`node-x12 X12Parser.parse (${PARSE_MB} MB)`]: {
      input: 'small',
      run: (text) => {
        const ic = new X12Parser().parse(text);
        let n = 0;
        for (const g of ic.functionalGroups) for (const t of g.transactions) n += t.segments.length + 2;
        return n + 2 * ic.functionalGroups.length + 2;
      },
    },
  };
}

async function timeCase(c, input) {
  const started = process.hrtime.bigint();
  const count = await c.run(input);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, count };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// ---- child process: one memory measurement ----------------------------------------------------

async function child(caseName, file, x12Path) {
  const x12 = require(x12Path);
  const { X12Parser } = require('node-x12');
  const c = makeCases(x12, X12Parser)[caseName];
  const bytes = fs.readFileSync(file);
  const input = c.input === 'bigChunks' ? chunksOf(bytes) : bytes.toString('utf8');
  global.gc();
  global.gc();
  const before = process.memoryUsage().rss;
  const { count } = await timeCase(c, input);
  const peakKb = process.resourceUsage().maxRSS;
  process.stdout.write(JSON.stringify({ peakDelta: peakKb * 1024 - before, count }));
}

function measureMemory(caseName, file, x12Path) {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, '--child', caseName, file, x12Path], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) return { error: (r.stderr || '').split('\n').find((l) => l.trim()) || `exit ${r.status}` };
  return JSON.parse(r.stdout);
}

// ---- main --------------------------------------------------------------------------------------

async function main() {
  const { x12, x12Path } = loadX12();
  const { X12Parser } = require('node-x12');

  let started = process.hrtime.bigint();
  const big = generate837(x12, TARGET_MB * 1e6);
  const writeSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const small = generate837(x12, PARSE_MB * 1e6);
  const bigBytes = Buffer.from(big, 'utf8');
  const inputs = { big, small, bigChunks: chunksOf(bigBytes) };
  const naive = (text) => text.split('~').length - 1;

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'x12-bench-data-'));
  const files = { big: path.join(tmp, 'big.x12'), small: path.join(tmp, 'small.x12') };
  fs.writeFileSync(files.big, big);
  fs.writeFileSync(files.small, small);
  files.bigChunks = files.big;

  console.log(
    `node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}; ` +
      `input: synthetic 837P, ${(big.length / 1e6).toFixed(1)} MB / ${naive(big)} segments ` +
      `(parse cases: ${(small.length / 1e6).toFixed(1)} MB); ${RUNS} timed runs per case, median shown`,
  );
  console.log(`writer: InterchangeWriter produced the ${(big.length / 1e6).toFixed(1)} MB input at ${(big.length / 1e6 / writeSeconds).toFixed(0)} MB/s\n`);

  const cases = makeCases(x12, X12Parser);
  const rows = [];
  for (const [name, c] of Object.entries(cases)) {
    global.gc(); // start every case from a collected heap, not from the previous case's garbage
    const input = inputs[c.input];
    const size = c.input === 'small' ? small.length : big.length;
    const expected = naive(c.input === 'small' ? small : big);
    await timeCase(c, input); // warm-up
    const times = [];
    let count = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await timeCase(c, input);
      times.push(r.seconds);
      count = r.count;
    }
    const seconds = median(times);
    rows.push({ name, reference: c.reference, mbps: size / 1e6 / seconds, seconds, count, ok: count === expected });
  }
  const ref = rows.find((r) => r.reference);

  for (const row of rows) row.memory = measureMemory(row.name, files[cases[row.name].input], x12Path);
  fs.rmSync(tmp, { recursive: true, force: true });

  const header = ['case', 'MB/s', 'median s', '× node-x12 stream', 'segments', 'peak RSS Δ'];
  const table = rows.map((r) => [
    r.name,
    r.mbps.toFixed(1),
    r.seconds.toFixed(3),
    ref ? (r.mbps / ref.mbps).toFixed(1) + '×' : '-',
    String(r.count) + (r.ok ? '' : ' (≠ naive count!)'),
    r.memory.error ? `error: ${r.memory.error}` : `${(r.memory.peakDelta / 1048576).toFixed(0)} MB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log('\npeak RSS Δ: extra resident memory at the high-water mark, measured in a fresh child process per case.');
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], process.argv[5]).catch((err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  });
} else if (require.main === module && typeof global.gc !== 'function') {
  // Re-run with --expose-gc so cases can start from a collected heap.
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
} else if (require.main === module) {
  main().catch((err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  });
}

module.exports = { generate837, compileX12Only };
