// The streaming reader: the model does not depend on where chunks are cut (1 byte, 7 bytes,
// 64 KiB, strings or bytes, a multi-byte character split in two), claims come out while the input
// is still being read, and memory stays bounded by one claim on a ~50 MB file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { read835, read835Batches, read835Events, read835FromStream } from '../../../src/x12/835-005010X221A1/read-835';
import { synthetic835, synthetic835Text, type Synthetic835Stats } from '../../../src/x12/835-005010X221A1/synthetic';
import type { ClaimPayment, Remittance835Event } from '../../../src/x12/835-005010X221A1/model';

const SCENARIOS = path.resolve(__dirname, '../../../edi-samples/835');

function* chunksOf(data: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

const encoder = new TextEncoder();

describe('835 streaming: chunking does not change the model', () => {
  const files = fs
    .readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.835'))
    .map((f) => path.join(SCENARIOS, f));
  const synthetic = encoder.encode(synthetic835Text({ targetChars: 300_000, claimsPerTransaction: 150 }));

  it.each([...files.map((f) => [path.basename(f), new Uint8Array(fs.readFileSync(f))] as const), ['synthetic 300 KB', synthetic] as const])(
    '%s: 1-byte, 7-byte and 64 KiB chunks give the identical model',
    async (_name, data) => {
      const whole = read835(data);
      for (const size of [1, 7, 65536]) expect(await read835FromStream(chunksOf(data, size))).toEqual(whole);
    },
  );

  it('string chunks, and a multi-byte character cut between byte chunks, read the same', async () => {
    const text = synthetic835Text({ targetChars: 5_000, claimsPerTransaction: 5 }).replace(/DOE\*JOHN/g, 'DOÉ*JÖHN');
    const data = encoder.encode(text);
    const whole = read835(data);
    expect(whole.transactions[0].claims[0].patient).toMatchObject({ lastName: 'DOÉ', firstName: 'JÖHN' });
    const cut = data.indexOf(0xc3); // first byte of "É"
    expect(await read835FromStream([data.subarray(0, cut + 1), data.subarray(cut + 1)])).toEqual(whole);
    const strings: string[] = [];
    for (let i = 0; i < text.length; i += 13) strings.push(text.slice(i, i + 13));
    expect(await read835FromStream(strings)).toEqual(whole);
  });

  it('events come in order: start, claims, end — per transaction', async () => {
    const data = fs.readFileSync(path.join(SCENARIOS, 'multiple-payments.835'));
    const types: string[] = [];
    for await (const e of read835Events([data])) types.push(e.type === 'transaction-start' ? `start ${e.controlNumber}` : e.type === 'claim' ? 'claim' : `end ${e.controlNumber} (${e.claimCount})`);
    expect(types).toEqual(['start 0001', 'claim', 'end 0001 (1)', 'start 0002', 'claim', 'claim', 'end 0002 (2)', 'start 0001', 'claim', 'end 0001 (1)']);
  });
});

describe('835 streaming: output while input is still arriving', () => {
  it('emits the header and each claim before the rest of the input has been pulled', async () => {
    const data = encoder.encode(synthetic835Text({ targetChars: 200_000, claimsPerTransaction: 400 }));
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (const chunk of chunksOf(data, 4096)) {
        pulled += chunk.length;
        yield chunk;
      }
    }
    const seen: { type: Remittance835Event['type']; pulled: number }[] = [];
    for await (const e of read835Events(source())) seen.push({ type: e.type, pulled });
    const firstClaim = seen.find((s) => s.type === 'claim') as { pulled: number };
    expect(seen[0]).toEqual({ type: 'transaction-start', pulled: expect.any(Number) });
    expect(seen[0].pulled).toBeLessThanOrEqual(8192);
    expect(firstClaim.pulled).toBeLessThanOrEqual(8192);
    const claimEvents = seen.filter((s) => s.type === 'claim');
    expect(claimEvents[Math.floor(claimEvents.length / 2)].pulled).toBeLessThan(data.length / 2 + 8192);
  });

  it('breaking out of the loop stops reading the source', async () => {
    const data = encoder.encode(synthetic835Text({ targetChars: 200_000 }));
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (const chunk of chunksOf(data, 4096)) {
        pulled += chunk.length;
        yield chunk;
      }
    }
    for await (const e of read835Events(source())) if (e.type === 'claim') break;
    expect(pulled).toBeLessThan(16384);
  });
});

/** `global.gc` without --expose-gc: turn the flag on and take `gc` from a fresh context. */
function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** The synthetic file as 64 KiB byte chunks, generated on the fly (the file never exists whole). */
async function* syntheticChunks(targetChars: number, stats: Synthetic835Stats): AsyncGenerator<Uint8Array> {
  for (const part of synthetic835({ targetChars, stats })) {
    const bytes = encoder.encode(part);
    for (let i = 0; i < bytes.length; i += 65536) yield bytes.subarray(i, i + 65536);
  }
}

/** Read through the streaming API; `keep` decides which claims the consumer holds on to. Returns the largest heap growth after a GC. */
async function heapGrowthWhileReading(targetChars: number, keep: (c: ClaimPayment) => boolean, gc: () => void) {
  const stats: Synthetic835Stats = { chars: 0, transactions: 0, claims: 0, lines: 0 };
  const kept: ClaimPayment[] = [];
  gc();
  const base = process.memoryUsage().heapUsed;
  let maxGrowth = 0;
  let batches = 0;
  let claims = 0;
  let balanced = true;
  for await (const batch of read835Batches(syntheticChunks(targetChars, stats))) {
    for (const e of batch) {
      if (e.type === 'claim') {
        claims++;
        if (keep(e.claim)) kept.push(e.claim);
      } else if (e.type === 'transaction-end') balanced &&= e.balanced && e.diagnostics.length === 0;
    }
    if (++batches % 64 === 0) {
      gc();
      maxGrowth = Math.max(maxGrowth, process.memoryUsage().heapUsed - base);
    }
  }
  return { maxGrowth, claims, stats, balanced, kept: kept.length };
}

describe('835 streaming: memory is bounded by the largest claim, not the file', () => {
  const MB = 1024 * 1024;

  it('reads a ~50 MB file with heap growth under 32 MB', async () => {
    const gc = exposeGc();
    const r = await heapGrowthWhileReading(50e6, () => false, gc);
    expect(r.stats.chars).toBeGreaterThan(50e6);
    expect(r.claims).toBe(r.stats.claims);
    expect(r.balanced).toBe(true);
    expect(r.maxGrowth).toBeLessThan(32 * MB);
  }, 120_000);

  it('the measurement catches retention: keeping every claim of only 12 MB already exceeds the bound', async () => {
    const gc = exposeGc();
    const r = await heapGrowthWhileReading(12e6, () => true, gc);
    expect(r.kept).toBe(r.stats.claims);
    expect(r.maxGrowth).toBeGreaterThan(32 * MB);
  }, 120_000);
});
