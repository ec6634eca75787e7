// Golden tests over the scenario files in edi-samples/835 (each VALID under pyx12): every `.835`
// reads — whole, and streamed in 64 KiB / 7-byte / 1-byte chunks — to exactly its `.json`.
// Regenerate the goldens after a deliberate model change with UPDATE_GOLDEN=1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { read835, read835FromStream } from '../../../src/x12/835-005010X221A1/read-835';

const DIR = path.resolve(__dirname, '../../../edi-samples/835');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith('.835')).sort();

function* chunksOf(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('835 golden files (edi-samples/835)', () => {
  it('has the scenarios the remittance issue asks for', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        'plb-interest-and-recovery.835',
        'reversal-and-correction.835',
        'denial.835',
        'multiple-payments.835',
        'split-claim-1-of-2.835',
        'split-claim-2-of-2.835',
        'newline-terminated.835',
        'line-cas-multiple-triplets.835',
        'unbalanced.835',
      ]),
    );
  });

  it.each(FILES)('%s reads to its golden JSON', async (file) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(DIR, file)));
    const golden = path.join(DIR, file.replace(/\.835$/, '.json'));
    const doc = read835(bytes);
    if (UPDATE) fs.writeFileSync(golden, JSON.stringify(doc, null, 2) + '\n');
    const expected = JSON.parse(fs.readFileSync(golden, 'utf8'));
    expect(JSON.parse(JSON.stringify(doc))).toEqual(expected);
    for (const size of [65536, 7, 1]) {
      expect(await read835FromStream(chunksOf(bytes, size))).toEqual(expected);
    }
  });
});
