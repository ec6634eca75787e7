#!/usr/bin/env node
// Tokenizer benchmark: the gateway's X12 core (src/x12) against node-x12 on a synthetic 837P.
//
//   npm run bench                     # ~10 MB file, 3 timed runs per case (after one warm-up)
//   BENCH_MB=50 BENCH_RUNS=5 npm run bench
//   BENCH_ONLY=837 BENCH_837_CLAIMS=2000,50000 npm run bench   # only the 837 generation section
//   BENCH_ONLY=pickup BENCH_PICKUP_MB=200 npm run bench          # only the inbound pickup section (end of file)
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
const { benchProfileYaml } = require('./bench-profile.js');

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

// ---- 837 generation: render837 versus node-x12's X12Generator --------------------------------
//
// Claims/s for turning claim documents into an 837P. render837 starts from the normalized claim
// documents (the scenario files of edi-samples/claims, copied with fresh claim and line numbers),
// so its time includes mapping every claim to segments, grouping, HL numbering and formatting.
// node-x12 is given the very same segments already split into elements (prepared untimed from
// render837's output) and only assembles a JSEDINotation and serializes it with
// X12Generator.toString() — the fairest reading of "the same claims' segments". Same process,
// same warm-up and median-of-BENCH_RUNS method as above. BENCH_837_CLAIMS sets the claim counts
// (comma-separated, default 2000,10000: about 1.3 and 6.4 MB, around the 5 MB file limit of
// config/clearinghouses/sandbox.yaml). The third row runs node-x12 behind the same loop writers.

/** Claim counts to measure (node-x12 slows down more than linearly with the file size). */
const BENCH_837_SIZES = String(process.env.BENCH_837_CLAIMS || '2000,10000')
  .split(',')
  .map((n) => Math.max(100, Number(n)));
const CLAIMS_PER_ST = 5000;
const BENCH_PARTIES = {
  senderQualifier: 'ZZ',
  senderId: 'X12GWBENCH',
  receiverQualifier: 'ZZ',
  receiverId: 'CLEARINGHOUSE',
  gsSenderId: 'X12GWBENCH',
  gsReceiverId: 'CLEARINGHOUSE',
  usage: 'T',
  submitter: { name: 'X12GW BENCH', id: 'X12GWBENCH', contactName: 'EDI DESK', phone: '8005550100' },
  receiver: { name: 'CLEARINGHOUSE', id: 'CLEARINGHOUSE' },
};

/** The 837P scenario claims, as normalized documents (the files need only the mapper's defaults). */
function professionalScenarios() {
  const dir = path.join(root, 'edi-samples', 'claims');
  const docs = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('837p-') && f.endsWith('.json')).sort()) {
    const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const claim of Array.isArray(json) ? json : [json]) docs.push({ claimIdentifier: 'CH', usageIndicator: 'T', ...claim });
  }
  return docs;
}

/** `count` claims cycling through the scenarios, each with its own CLM01, REF*6R and subscriber, in sets of 5000. */
function benchTransactions(count) {
  const scenarios = professionalScenarios();
  const transactions = [];
  for (let i = 0; i < count; i++) {
    const doc = JSON.parse(JSON.stringify(scenarios[i % scenarios.length]));
    const pcn = `BENCH${String(i).padStart(7, '0')}`;
    doc.claimInformation.patientControlNumber = pcn;
    doc.claimInformation.serviceLines.forEach((line, n) => (line.providerControlNumber = `${pcn}-${n + 1}`));
    // A different subscriber on every claim, as in a real batch: no 2000B is shared.
    doc.subscriber.memberId = `M${String(i).padStart(9, '0')}`;
    if (i % CLAIMS_PER_ST === 0) transactions.push([]);
    transactions[transactions.length - 1].push(doc);
  }
  return transactions;
}

function render837Input(transactions) {
  return {
    kind: 'professional',
    parties: BENCH_PARTIES,
    controlNumbers: { isa13: 1, gs06: 1, st02: transactions.map((_, i) => i + 1) },
    createdAt: { date: '20250401', time: '1200' },
    transactions,
  };
}

/** node-x12's input: the same interchange as JSEDINotation pieces (ISA, GS, then ST + body per set). */
function nodeX12Pieces(x12, text) {
  const segs = x12.tokenize(text).map((s) => s.elements.slice());
  const sets = [];
  for (const s of segs.slice(2)) {
    if (s[0] === 'ST') sets.push({ header: s.slice(1), body: [] });
    else if (s[0] !== 'SE' && s[0] !== 'GE' && s[0] !== 'IEA') sets[sets.length - 1].body.push(s);
  }
  return { isa: segs[0].slice(1), gs: segs[1].slice(1), sets };
}

/**
 * The same loop writers as render837 (HL grouping, 2000A–2400), writing into a JSEDINotation
 * instead of the InterchangeWriter: node-x12 doing the whole job, mapping included.
 */
function nodeX12EndToEnd(x12Path, input, JSEDINotation, X12Generator, options) {
  const dir = path.dirname(x12Path);
  const { planHierarchy, writeHierarchy } = require(path.join(dir, '837-common', 'hierarchy.js'));
  const { writeHeader } = require(path.join(dir, '837-common', 'transaction.js'));
  const { professional837 } = require(path.join(dir, '837p-005010X222A1', 'writer.js'));
  const flat = (e) => (e === undefined || e === null ? '' : Array.isArray(e) ? e.map((c) => c ?? '').join(':').replace(/:+$/, '') : e);
  return () => {
    const isa = ['00', '          ', '00', '          ', 'ZZ', input.parties.senderId.padEnd(15), 'ZZ', input.parties.receiverId.padEnd(15), input.createdAt.date.slice(2), input.createdAt.time, '^', '00501', '000000001', '0', 'T', ':'];
    const jsen = new JSEDINotation(isa, options);
    const group = jsen.addFunctionalGroup(['HC', input.parties.gsSenderId, input.parties.gsReceiverId, input.createdAt.date, input.createdAt.time, '1', 'X', professional837.version]);
    input.transactions.forEach((claims, t) => {
      const st02 = String(t + 1).padStart(4, '0');
      const tx = group.addTransaction(['837', st02, professional837.version]);
      let count = 1;
      const sink = {
        loop: '', path: '', claimIndex: -1,
        get count() { return count; },
        enter(loop, p) { this.loop = loop; this.path = p; },
        segment(id, elements) {
          const values = elements.map(flat);
          while (values.length > 0 && values[values.length - 1] === '') values.pop();
          tx.addSegment(id, values);
          count++;
        },
      };
      const groups = planHierarchy(professional837, { transactionIndex: t, claims: claims.map((doc, c) => ({ index: c, position: c, doc })) });
      writeHeader(sink, { st02, date: input.createdAt.date, time: input.createdAt.time, claimIdentifier: 'CH', claimSubmitter: professional837.submitter(claims[0]), parties: input.parties });
      writeHierarchy(sink, professional837, groups, t, 2);
    });
    return new X12Generator(jsen, options).toString();
  };
}

async function bench837(x12, x12Path) {
  for (const claims of BENCH_837_SIZES) await bench837Size(x12, x12Path, claims);
}

async function bench837Size(x12, x12Path, claimCount) {
  const { JSEDINotation, X12Generator } = require('node-x12');
  const options = { elementDelimiter: '*', segmentTerminator: '~', subElementDelimiter: ':', repetitionDelimiter: '^' };
  const transactions = benchTransactions(claimCount);
  const input = render837Input(transactions);
  const ours = x12.render837(input).text;
  const pieces = nodeX12Pieces(x12, ours);
  const viaNodeX12 = () => {
    const jsen = new JSEDINotation(pieces.isa, options);
    const group = jsen.addFunctionalGroup(pieces.gs);
    for (const set of pieces.sets) {
      const tx = group.addTransaction(set.header);
      for (const seg of set.body) tx.addSegment(seg[0], seg.slice(1));
    }
    return new X12Generator(jsen, options).toString();
  };
  if (viaNodeX12() !== ours) throw new Error('node-x12 did not produce the same interchange; the comparison would be unfair');

  const cases = [
    { name: 'x12 render837 (claim documents → 837P)', run: () => x12.render837(input).text.length },
    { name: 'node-x12 JSEDINotation → X12Generator.toString() (same segments)', run: () => viaNodeX12().length, reference: true },
  ];
  if (x12Path) {
    const endToEnd = nodeX12EndToEnd(x12Path, input, JSEDINotation, X12Generator, options);
    if (endToEnd() !== ours) throw new Error('node-x12 end to end did not produce the same interchange');
    cases.push({ name: 'node-x12 end to end (same loop writers → JSEDINotation → toString)', run: () => endToEnd().length });
  }
  const rows = [];
  for (const c of cases) {
    global.gc();
    await timeCase(c, null); // warm-up
    const times = [];
    for (let i = 0; i < RUNS; i++) times.push((await timeCase(c, null)).seconds);
    const seconds = median(times);
    rows.push({ ...c, seconds, best: Math.min(...times), perSecond: claimCount / seconds });
  }
  const ref = rows.find((r) => r.reference);
  const segments = ours.split('~').length - 1;
  console.log(
    `\n837 generation: ${claimCount} claims (${transactions.length} ST, ${segments} segments, ` +
      `${(ours.length / 1e6).toFixed(1)} MB) cycling through the 837P scenarios of edi-samples/claims; median of ${RUNS} runs`,
  );
  // Best-of next to the median: on a busy machine the fastest run is the better estimate of the cost.
  const header = ['case', 'claims/s', 'median s', 'best s', '× node-x12', '× (best)'];
  const table = rows.map((r) => [
    r.name,
    r.perSecond.toFixed(0),
    r.seconds.toFixed(3),
    r.best.toFixed(3),
    (r.perSecond / ref.perSecond).toFixed(1) + '×',
    (ref.best / r.best).toFixed(1) + '×',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  const ratio = rows[0].perSecond / ref.perSecond;
  console.log(`render837 is ${ratio.toFixed(1)}× node-x12's generator by the median, ${(ref.best / rows[0].best).toFixed(1)}× by the best run (target ≥ 10×)`);
}

// ---- main --------------------------------------------------------------------------------------

async function main() {
  const { x12, x12Path } = loadX12();
  if (process.env.BENCH_ONLY === '837') return bench837(x12, x12Path);
  if (process.env.BENCH_ONLY === 'pickup') return benchPickup(x12Path);
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

  await bench837(x12, x12Path);
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

module.exports = { generate837, compileX12Only, bench837, benchPickup };

// =================================================================================================
// 835 remittance reading (src/x12/835-005010X221A1) — section owned by the remittance work.
//
//   npm run bench                      # runs after the sections above, in the same run
//   BENCH_835_MB=1,10 npm run bench    # sizes of the generated 835 files (default 1,10,100)
//   BENCH_835=0 npm run bench          # skip this section (so does BENCH_ONLY=<another section>)
//   node --expose-gc -e "require('./scripts/bench.js').bench835()"   # this section alone
//
// Method
// - Input: synthetic, valid and balanced 835s (1,000 claims per payment, 1–4 lines per claim,
//   reversals, claim- and line-level CAS, PLB) written to temporary files by the generator in
//   src/x12/835-005010X221A1/synthetic.ts, one transaction set at a time.
// - Every case runs in its own child process (`--expose-gc --max-old-space-size=4096`) that reads
//   the file from disk (page cache is warm): one collection, then on 1 MB and 10 MB about 20 MB of
//   untimed warm-up runs (steady-state JIT) and 5 / 3 timed runs (median shown); on 100 MB one cold
//   run. "peak RSS" is the child's `resourceUsage().maxRSS` — the whole process, absolute.
// - "x12 835 stream" builds the full JSON model of every claim (events from read835Batches over
//   fs.createReadStream) and drops each claim after counting it: what `x12gw parse --json` does.
//   node-x12 cases: its X12Parser stream reader (segments only, no 835 model) and its
//   X12Parser.parse() on the whole file read as a string. "raw scan" counts "~" bytes.
// =================================================================================================

const BENCH_835_RUNS = { 1: 5, 10: 3 };
const BENCH_835_CASES = ['raw scan (count "~" bytes)', 'x12 835 stream (full model)', 'x12 read835 (whole model in memory)', 'node-x12 X12Parser stream', 'node-x12 X12Parser.parse()'];

/** Runs ONE case inside a child (`node -e`): keep it self-contained, it is sent as source text. */
async function child835Main() {
  const fs = require('node:fs');
  const [caseName, file, x12Path, nodeX12Path, runsText, warmupsText] = process.argv.slice(1);
  const x12 = require(x12Path);
  const { X12Parser } = require(nodeX12Path);
  const stream = () => fs.createReadStream(file, { highWaterMark: 64 * 1024 });
  const cases = {
    'raw scan (count "~" bytes)': async () => {
      let n = 0;
      for await (const chunk of stream()) for (let i = chunk.indexOf(126); i !== -1; i = chunk.indexOf(126, i + 1)) n++;
      return { segments: n };
    },
    'x12 835 stream (full model)': async () => {
      let claims = 0;
      let balanced = true;
      for await (const batch of x12.read835Batches(stream())) {
        for (const e of batch) {
          if (e.type === 'claim') claims++;
          else if (e.type === 'transaction-end') balanced = balanced && e.balanced;
        }
      }
      if (!balanced) throw new Error('synthetic 835 should balance');
      return { claims };
    },
    'x12 read835 (whole model in memory)': async () => {
      const doc = x12.read835(new Uint8Array(fs.readFileSync(file)), { sha256: 'skip' });
      return { claims: doc.transactions.reduce((n, t) => n + t.claims.length, 0) };
    },
    'node-x12 X12Parser stream': () =>
      new Promise((resolve, reject) => {
        let claims = 0;
        const parser = new X12Parser();
        parser.on('data', (s) => {
          if (s.tag === 'CLP') claims++;
        });
        parser.on('end', () => resolve({ claims }));
        parser.on('error', reject);
        stream().on('error', reject).pipe(parser);
      }),
    'node-x12 X12Parser.parse()': async () => {
      const ic = new X12Parser().parse(fs.readFileSync(file, 'utf8'));
      let claims = 0;
      for (const g of ic.functionalGroups) for (const t of g.transactions) for (const s of t.segments) if (s.tag === 'CLP') claims++;
      return { claims };
    },
  };
  const times = [];
  const cpu = [];
  let result;
  // As in the section above: collect once, untimed warm-up runs (small files only), then the
  // timed runs. A full GC before every run would shrink the young generation back to its minimum
  // each time and measure the collector's resizing rather than the reader.
  global.gc();
  for (let i = 0; i < Number(warmupsText); i++) await cases[caseName]();
  for (let i = 0; i < Number(runsText); i++) {
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    result = await cases[caseName]();
    const used = process.cpuUsage(cpuStarted);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    cpu.push((used.user + used.system) / 1e6);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  process.stdout.write(JSON.stringify({ ...result, seconds: median(times), cpuSeconds: median(cpu), peakRss: process.resourceUsage().maxRSS * 1024 }));
}

function measure835(caseName, file, x12Path, runs, warmups) {
  const nodeX12Path = require.resolve('node-x12', { paths: [root] });
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', '-e', `(${child835Main.toString()})().catch((e) => { console.error(e && e.stack || e); process.exit(1); })`, caseName, file, x12Path, nodeX12Path, String(runs), String(warmups)],
    { encoding: 'utf8', maxBuffer: 1 << 20, timeout: 15 * 60 * 1000 },
  );
  if (r.status === 0) return JSON.parse(r.stdout);
  const stderr = r.stderr || '';
  if (/heap out of memory|Allocation failed/i.test(stderr)) return { error: 'out of memory (4 GB heap)' };
  if (r.error && r.error.code === 'ETIMEDOUT') return { error: 'timed out' };
  return { error: stderr.split('\n').find((l) => l.trim()) || `exit ${r.status}` };
}

async function bench835() {
  const { x12Path } = loadX12();
  const { synthetic835 } = require(path.join(path.dirname(x12Path), '835-005010X221A1', 'synthetic.js'));
  const sizes = (process.env.BENCH_835_MB || '1,10,100').split(',').map(Number).filter((n) => n > 0);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'x12-bench-835-'));
  console.log('\n835 remittance reading: synthetic 835 files, each case in its own child process (~20 MB warm-up, then median of 5/3 runs on 1/10 MB; one cold run on 100 MB)');
  const header = ['file', 'case', 'MB/s', 'claims/s', 'seconds', 'CPU s', 'peak RSS', '× node-x12 parse()', '× node-x12 stream'];
  const rows = [];
  const notes = [];
  try {
    for (const mb of sizes) {
      const file = path.join(tmp, `synthetic-${mb}mb.835`);
      const stats = { chars: 0, transactions: 0, claims: 0, lines: 0 };
      const fd = fs.openSync(file, 'w');
      for (const chunk of synthetic835({ targetChars: mb * 1e6, stats })) fs.writeSync(fd, chunk);
      fs.closeSync(fd);
      const bytes = fs.statSync(file).size;
      const runs = BENCH_835_RUNS[mb] || 1;
      // Steady state: about 20 MB of untimed warm-up input per case (none for the 100 MB file).
      const warmups = mb >= 100 ? 0 : Math.ceil(20 / mb);
      const results = {};
      for (const name of BENCH_835_CASES) {
        if (name.startsWith('x12 read835') && mb > 10) {
          results[name] = { error: 'skipped (whole model is for small files; big ones stream)' };
          continue;
        }
        results[name] = measure835(name, file, x12Path, runs, warmups);
        const r = results[name];
        if (!r.error && r.claims !== undefined && r.claims !== stats.claims) {
          notes.push(`${name} on ${(bytes / 1e6).toFixed(1)} MB saw ${r.claims} CLP segments; the file has ${stats.claims}`);
        }
      }
      const parse = results['node-x12 X12Parser.parse()'];
      const nstream = results['node-x12 X12Parser stream'];
      for (const name of BENCH_835_CASES) {
        const r = results[name];
        const ratio = (ref) => (!r.error && ref && !ref.error ? `${(ref.seconds / r.seconds).toFixed(1)}×` : '-');
        if (r.error) notes.push(`${name} on ${(bytes / 1e6).toFixed(1)} MB: ${r.error}`);
        rows.push(
          r.error
            ? [`${(bytes / 1e6).toFixed(1)} MB`, name, '-', '-', '-', '-', '-', '-', '-']
            : [
                `${(bytes / 1e6).toFixed(1)} MB`,
                name,
                (bytes / 1e6 / r.seconds).toFixed(1),
                String(Math.round(stats.claims / r.seconds)),
                r.seconds.toFixed(3),
                r.cpuSeconds.toFixed(3),
                `${(r.peakRss / 1048576).toFixed(0)} MB`,
                ratio(parse),
                ratio(nstream),
              ],
        );
      }
      console.log(`  ${path.basename(file)}: ${(bytes / 1e6).toFixed(1)} MB, ${stats.transactions} payments, ${stats.claims} claims, ${stats.lines} service lines`);
      fs.rmSync(file, { force: true });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const note of notes) console.log(`  note: ${note}`);
  console.log(
    '\n× columns: how many times faster (wall clock) than node-x12 on the same file in this run. "CPU s" is the\n' +
      'process CPU time (all threads, GC helpers included) — the steadier figure when the machine is busy.\n' +
      'peak RSS is the whole child process.',
  );
}

module.exports.bench835 = bench835;

const run835Section = process.env.BENCH_835 !== '0' && (!process.env.BENCH_ONLY || process.env.BENCH_ONLY === '835');
if (require.main === module && typeof global.gc === 'function' && process.argv[2] !== '--child' && run835Section) {
  // After the tokenizer section's main() has finished (the event loop empties), run this one.
  process.once('beforeExit', () => {
    bench835().catch((err) => {
      console.error(err && err.stack ? err.stack : err);
      process.exitCode = 1;
    });
  });
}

// =================================================================================================
// Inbound pickup of a large 835 (src/clearinghouses/inbound) — bounded memory end to end.
//
//   BENCH_ONLY=pickup npm run bench                  # ~200 MB 835, embedded PGlite in a temp folder
//   BENCH_ONLY=pickup BENCH_PICKUP_MB=50 npm run bench
//   set -a; . /tmp/x12gw-services/env; set +a; BENCH_ONLY=pickup npm run bench   # a fresh database on DATABASE_URL
//
// Method
// - Input: a synthetic, valid and balanced 835 (src/x12/835-005010X221A1/synthetic.ts) written to a
//   folder clearinghouse's inbox one transaction set at a time (never whole in memory).
// - One process, the gateway booted from dist/ (AppModule, migrations) without the workers, so the
//   phases can be timed one by one: the pickup (InboundPickupService.poll: download into the
//   spool, sha256, chunks and outbox row in one transaction), routing (InboundRouterWorker.handle:
//   sniff, envelope check, 835 hash pass and posting pass over the stored chunks), and the read-back
//   through GET /v1/inbound-files/:id/content over HTTP (hashed as it arrives, compared).
// - Baselines on the same file in the same process, first: a plain fs.copyFile plus a streamed
//   sha256 (what the pickup does minus the database), and the 835 reader alone over the file
//   (read835Batches over fs.createReadStream: routing minus the database).
// - Peak RSS per phase: the kernel's high-water mark (VmHWM) reset before each phase by writing 5
//   to /proc/self/clear_refs (Linux); "Δ" is that peak minus the RSS at the phase start. The
//   embedded PGlite lives in this process, so its buffers count here; on PostgreSQL they do not.
// =================================================================================================

/** Resets the peak-RSS mark; false where the kernel does not allow it (then peaks are since start). */
function resetPeakRss() {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function peakRss() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS * 1024;
}

async function phase(name, bytes, work) {
  global.gc?.();
  const resettable = resetPeakRss();
  const startRss = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  const value = await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = peakRss();
  return { name, seconds, mbps: bytes / 1e6 / seconds, peak, delta: peak - startRss, resettable, value };
}

async function benchPickup(x12PathArg) {
  const x12Path = x12PathArg || loadX12().x12Path;
  const dist = (p) => require(path.join(root, 'dist', 'src', p));
  const x12 = require(x12Path);
  const { synthetic835 } = require(path.join(path.dirname(x12Path), '835-005010X221A1', 'synthetic.js'));
  const { createHash } = require('node:crypto');
  const { pipeline } = require('node:stream/promises');
  const mb = Number(process.env.BENCH_PICKUP_MB || 200);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'x12-bench-pickup-'));
  const inbox = path.join(tmp, 'inbox');
  const profiles = path.join(tmp, 'profiles');
  for (const d of [inbox, profiles, path.join(tmp, 'outbox'), path.join(tmp, 'archive')]) fs.mkdirSync(d);
  fs.writeFileSync(
    path.join(profiles, 'bench.yaml'),
    benchProfileYaml({ id: 'bench', adapter: 'folder', transport: `{ outbox: ${path.join(tmp, 'outbox')}, inbox: ${inbox}, archive: ${path.join(tmp, 'archive')} }` }),
  );

  const stats = { chars: 0, transactions: 0, claims: 0, lines: 0 };
  const file = path.join(tmp, 'big.835');
  const fd = fs.openSync(file, 'w');
  for (const chunk of synthetic835({ targetChars: mb * 1e6, stats })) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  const bytes = fs.statSync(file).size;
  const sha256 = await (async () => {
    const h = createHash('sha256');
    for await (const c of fs.createReadStream(file, { highWaterMark: 1 << 20 })) h.update(c);
    return h.digest('hex');
  })();

  let database = null;
  const env = { LOG_LEVEL: 'silent', CLEARINGHOUSES_DIR: profiles, X12GW_SANDBOX_DIR: path.join(tmp, 'sandbox') };
  if (process.env.DATABASE_URL) {
    const { Client } = require('pg');
    const name = `x12gw_bench_${Date.now().toString(36)}`;
    const admin = async (sql) => {
      const c = new Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    };
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    database = { label: `PostgreSQL (fresh database on DATABASE_URL)`, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  } else {
    env.X12GW_DATA_DIR = path.join(tmp, 'pglite');
    database = { label: 'embedded PGlite (in this process)', drop: async () => undefined };
  }

  console.log(
    `\nInbound pickup of a large 835 through the folder transport into ${database.label}: ${(bytes / 1e6).toFixed(1)} MB, ` +
      `${stats.transactions} payments, ${stats.claims} claims; node ${process.version}`,
  );
  const rows = [];
  let gateway;
  try {
    // Baselines first, on the same file, in this process.
    rows.push(
      await phase('baseline: fs.copyFile + streamed sha256 (no database)', bytes, async () => {
        const copy = path.join(tmp, 'copy.835');
        await fs.promises.copyFile(file, copy);
        const h = createHash('sha256');
        for await (const c of fs.createReadStream(copy, { highWaterMark: 1 << 20 })) h.update(c);
        fs.rmSync(copy);
        if (h.digest('hex') !== sha256) throw new Error('copy differs');
      }),
    );
    rows.push(
      await phase('baseline: 835 reader alone (read835Batches over the file)', bytes, async () => {
        let claims = 0;
        for await (const batch of x12.read835Batches(fs.createReadStream(file, { highWaterMark: 1 << 20 }))) for (const e of batch) if (e.type === 'claim') claims++;
        if (claims !== stats.claims) throw new Error(`reader saw ${claims} claims, the file has ${stats.claims}`);
      }),
    );

    const { loadConfig } = dist('config/app-config.js');
    const { createGateway } = dist('main.js');
    const { InboundPickupService } = dist('clearinghouses/inbound/inbound-pickup.service.js');
    const { InboundRouterWorker } = dist('clearinghouses/inbound/inbound-router.worker.js');
    const { ApiKeysService } = dist('auth/api-keys.service.js');
    const { TypeormApiKeyStore } = dist('auth/typeorm-api-key.store.js');
    gateway = await createGateway(loadConfig(env));
    const key = (await new ApiKeysService(new TypeormApiKeyStore(gateway.dataSource)).create('bench', ['claims:read'])).key;
    const server = await gateway.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${server.address().port}`;
    const rssAfterBoot = process.memoryUsage().rss;

    fs.copyFileSync(file, path.join(inbox, 'big.835'));
    const pickup = gateway.app.get(InboundPickupService);
    const picked = await phase('gateway: pickup (download to spool, sha256, 1 MiB chunks + outbox row, 1 tx)', bytes, async () => {
      const r = await pickup.poll('bench');
      if (r.received.length !== 1) throw new Error(`pickup: ${JSON.stringify(r)}`);
      return r.received[0].id;
    });
    rows.push(picked);
    const id = picked.value;

    const router = gateway.app.get(InboundRouterWorker);
    const message = { id, topic: 'inbound.received', queue: 'inbound', headers: {}, attempt: 1, body: { inboundFileId: id, clearinghouseId: 'bench' } };
    rows.push(
      await phase('gateway: route (sniff, envelope check, 835 hash pass + posting)', bytes, async () => {
        const outcome = await router.handle(message);
        if (outcome !== 'processed') throw new Error(`route: ${outcome}`);
      }),
    );
    const [{ n: posted }] = await gateway.dataSource.query(`SELECT count(*)::int AS n FROM claim_payments`);

    rows.push(
      await phase('gateway: GET /v1/inbound-files/:id/content (streamed chunks, hashed)', bytes, async () => {
        const res = await fetch(`${base}/v1/inbound-files/${id}/content`, { headers: { Authorization: `Bearer ${key}` } });
        if (res.status !== 200 || Number(res.headers.get('content-length')) !== bytes) throw new Error(`content: ${res.status} ${res.headers.get('content-length')}`);
        const h = createHash('sha256');
        await pipeline(res.body, async function* (source) {
          for await (const c of source) h.update(c);
        });
        if (h.digest('hex') !== sha256) throw new Error('served content differs');
      }),
    );

    // Speed against the baseline doing the same job without the database; memory against the
    // streaming 835 reader (the copy moves no bytes through the heap, so its Δ is about zero).
    const header = ['phase', 'MB/s', 'seconds', 'peak RSS', 'peak Δ', '× baseline speed', '× reader peak Δ'];
    const baselineOf = (r) => (r.name.includes('route') ? rows[1] : rows[0]);
    const reader = rows[1];
    const table = rows.map((r) => {
      const isBaseline = r.name.startsWith('baseline');
      return [
        r.name,
        r.mbps.toFixed(1),
        r.seconds.toFixed(2),
        `${(r.peak / 1048576).toFixed(0)} MB`,
        `${(Math.max(0, r.delta) / 1048576).toFixed(0)} MB`,
        isBaseline ? '-' : `${(r.mbps / baselineOf(r).mbps).toFixed(2)}×`,
        r === reader ? '-' : `${(Math.max(0, r.delta) / Math.max(reader.delta, 1)).toFixed(1)}×`,
      ];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
    const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of table) console.log(line(row));
    console.log(
      `\n${posted} of ${stats.claims} claims posted; served bytes identical (sha256). RSS after the gateway booted: ${(rssAfterBoot / 1048576).toFixed(0)} MB.` +
        `\nspeed: pickup and read-back compare with the copy + sha256 row, route with the 835 reader row; memory: every row with the reader's peak Δ.` +
        (rows.every((r) => r.resettable) ? '' : '\nnote: /proc/self/clear_refs was not writable: peaks are since process start, not per phase.'),
    );
  } finally {
    if (gateway) await gateway.close().catch(() => undefined);
    await database.drop().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
