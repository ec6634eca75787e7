import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { readSegmentBatches, readSegments } from '../../../src/x12/core/read-segments';
import { tokenize, tokenizeLenient, type TokenizerOptions } from '../../../src/x12/core/tokenizer';
import type { Segment } from '../../../src/x12/core/segment';
import { X12Error, X12ErrorCode, type X12Diagnostic } from '../../../src/x12/core/errors';

const SAMPLES = path.resolve(__dirname, '../../..', '../shared/edi-samples/public');

function isa(o: { el?: string; rep?: string; comp?: string; term?: string; control?: string } = {}): string {
  const el = o.el ?? '*';
  return (
    [
      'ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', 'SENDER'.padEnd(15), 'ZZ', 'RECEIVER'.padEnd(15),
      '240301', '1200', o.rep ?? '^', '00501', o.control ?? '000000001', '0', 'T', o.comp ?? ':',
    ].join(el) + (o.term ?? '~')
  );
}

/** Several interchanges, odd delimiters, CRLF, indentation, and multi-byte characters in data. */
const SYNTHETIC =
  '\uFEFF' +
  isa() +
  '\r\n  GS*HC*SENDER*RECEIVER*20240301*1200*1*X*005010X222A1~\r\n  ST*837*0001~\r\n' +
  '    NM1*IL*1*JOSÉ*ÅSA****MI*名前123~\r\n    MSG*😀 emoji split across chunks~\r\n' +
  '    SV1*HC:99213:25*100*UN*1~\r\n  SE*5*0001~\r\n  GE*1*1~\r\nIEA*1*000000001~\r\n' +
  isa({ el: '|', comp: '>', rep: '!', term: '\n', control: '000000002' }) +
  'GS|HP|A|B|20240301|1200|2|X|005010X221A1\nST|835|0002\nCLP|A>B|1|10.5\nSE|3|0002\nGE|1|2\nIEA|1|000000002\n';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fixedChunks<T extends { length: number; subarray?: unknown; slice: (a: number, b: number) => T }>(data: T, size: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < data.length; i += size) out.push(data.slice(i, i + size));
  return out;
}

function randomChunks(bytes: Uint8Array, seed: number): Uint8Array[] {
  const rnd = mulberry32(seed);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; ) {
    const n = 1 + Math.floor(rnd() * 300);
    out.push(bytes.subarray(i, i + n));
    i += n;
  }
  return out;
}

async function collect(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, options?: TokenizerOptions): Promise<Segment[]> {
  const out: Segment[] = [];
  for await (const s of readSegments(source, options)) out.push(s);
  return out;
}

/** What the streaming reader must reproduce: the whole-string tokenizer on the file read as a string (BOM kept). */
function expected(bytes: Uint8Array): Segment[] {
  return tokenize(Buffer.from(bytes).toString('utf8'));
}

describe('readSegments: chunk boundaries never change the result', () => {
  const bytes = Buffer.from(SYNTHETIC, 'utf8');

  it('has multi-byte characters to split and a BOM (test premise)', () => {
    expect(bytes.length).toBeGreaterThan(SYNTHETIC.length);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('counts a BOM in offsets exactly like the whole-string tokenizer', async () => {
    const segs = await collect([bytes]);
    expect(segs[0].offset).toBe(1);
    expect(segs.map((s) => s.offset)).toEqual(tokenize(SYNTHETIC).map((s) => s.offset));
  });

  it.each([1, 2, 3, 7, 64, 105, 106, 107, 108, 65536])('byte chunks of %i', async (size) => {
    expect(await collect(fixedChunks(bytes, size))).toEqual(expected(bytes));
  });

  it.each([1, 2, 3, 5, 8, 13, 21])('random byte chunks (seed %i)', async (seed) => {
    expect(await collect(randomChunks(bytes, seed))).toEqual(expected(bytes));
  });

  it.each([1, 7, 106])('string chunks of %i characters (surrogate pairs split too)', async (size) => {
    expect(await collect(fixedChunks(SYNTHETIC, size))).toEqual(tokenize(SYNTHETIC));
  });

  it('mixed string and byte chunks', async () => {
    const text = SYNTHETIC.replace('\uFEFF', '');
    const b = Buffer.from(text, 'utf8');
    const cut = b.indexOf(Buffer.from('É')) + 1; // inside the 2-byte É
    const chunks: (string | Uint8Array)[] = [b.subarray(0, cut), b.subarray(cut, cut + 1), new TextDecoder().decode(b.subarray(cut + 1))];
    expect(await collect(chunks)).toEqual(tokenize(text));
  });

  it('reads a Node Readable and decodes multi-byte data exactly', async () => {
    const segs = await collect(Readable.from(fixedChunks(bytes, 3)));
    const nm1 = segs.find((s) => s.id === 'NM1');
    expect(nm1?.element(3)).toBe('JOSÉ');
    expect(nm1?.element(9)).toBe('名前123');
    expect(segs.find((s) => s.id === 'MSG')?.element(1)).toBe('😀 emoji split across chunks');
    expect(segs.filter((s) => s.id === 'ISA')).toHaveLength(2);
    expect(segs.find((s) => s.id === 'CLP')?.components(1)).toEqual(['A', 'B']);
  });

  it('lenient diagnostics do not depend on chunking either', async () => {
    const text = 'Prose before, with IS and ISA-like bits: ISABEL\r\n' + SYNTHETIC.replace('\uFEFF', '') + 'JUNK~';
    const whole = tokenizeLenient(text);
    for (const size of [1, 2, 3, 7, 50]) {
      const seen: X12Diagnostic[] = [];
      const segs = await collect(fixedChunks(text, size), { lenient: true, onDiagnostic: (d) => seen.push(d) });
      expect(segs).toEqual(whole.segments);
      expect(seen).toEqual(whole.diagnostics);
    }
    expect(whole.diagnostics.map((d) => d.code)).toEqual([X12ErrorCode.LEADING_GARBAGE, X12ErrorCode.DATA_AFTER_INTERCHANGE]);
  });

  const corpus = fs.existsSync(SAMPLES)
    ? fs
        .readdirSync(SAMPLES, { recursive: true, encoding: 'utf8' })
        .filter((f) => !f.startsWith('broken') && /\.(edi|txt|x12|835|837|837i|270|271|276|277)$/.test(f))
        .slice(0, 80)
    : [];
  (corpus.length > 0 ? it : it.skip)(`public samples in 1-, 7- and random-byte chunks (${corpus.length} files; skipped if ${SAMPLES} is absent)`, async () => {
    for (const [i, f] of corpus.entries()) {
      const b = fs.readFileSync(path.join(SAMPLES, f));
      const want = expected(b);
      expect({ f, segs: await collect(fixedChunks(b, 1)) }).toEqual({ f, segs: want });
      expect({ f, segs: await collect(fixedChunks(b, 7)) }).toEqual({ f, segs: want });
      expect({ f, segs: await collect(randomChunks(b, i + 1)) }).toEqual({ f, segs: want });
    }
  });
});

describe('readSegments: errors, batches and cleanup', () => {
  it('rejects with a coded X12Error in strict mode', async () => {
    const bytes = Buffer.from(SYNTHETIC.slice(0, -2), 'utf8'); // drop the last terminator
    await expect(collect(fixedChunks(bytes, 7))).rejects.toBeInstanceOf(X12Error);
    await expect(collect(fixedChunks(bytes, 7))).rejects.toMatchObject({ code: X12ErrorCode.UNTERMINATED_SEGMENT });
    await expect(collect([])).rejects.toMatchObject({ code: X12ErrorCode.EMPTY_INPUT });
    await expect(collect([new Uint8Array([0, 1, 2, 255, 254, 7, 8])])).rejects.toMatchObject({ code: X12ErrorCode.NOT_X12 });
  });

  it('readSegmentBatches yields one array per chunk that completed segments', async () => {
    const batches: Segment[][] = [];
    for await (const b of readSegmentBatches(fixedChunks(SYNTHETIC, 200))) batches.push(b);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.every((b) => b.length > 0)).toBe(true);
    expect(batches.flat()).toEqual(tokenize(SYNTHETIC));
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    async function* source() {
      try {
        for (const c of fixedChunks(SYNTHETIC, 50)) yield c;
      } finally {
        closed = true;
      }
    }
    for await (const s of readSegments(source())) {
      if (s.id === 'ST') break;
    }
    expect(closed).toBe(true);
  });

  it('serves concurrent next() calls in order', async () => {
    const it = readSegments(fixedChunks(SYNTHETIC, 30));
    const results = await Promise.all([it.next(), it.next(), it.next()]);
    expect(results.map((r) => (r.done ? null : r.value.id))).toEqual(['ISA', 'GS', 'ST']);
  });

  it('decodes 8-bit files with another encoding when asked', async () => {
    const latin1 = Buffer.from(isa() + 'NM1*IL*1*JOS\xc9~IEA*0*000000001~', 'latin1');
    const segs = await collect(fixedChunks(latin1, 5), { encoding: 'latin1' } as TokenizerOptions);
    expect(segs[1].element(3)).toBe('JOSÉ');
  });
});
