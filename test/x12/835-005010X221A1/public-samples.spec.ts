// Every 835 of the public sample corpus (../shared/edi-samples/public/835, see its SOURCES.md)
// reads without an exception, whole and streamed, with one claim per CLP segment; what the
// corpus notes say about particular files (4010, masked amounts, CR groups, BOM, several
// interchanges, newline terminators) shows up as the expected diagnostics.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { read835, read835FromStream } from '../../../src/x12/835-005010X221A1/read-835';
import type { Remittance835Document } from '../../../src/x12/835-005010X221A1/model';

const DIR = path.resolve(__dirname, '../../..', '../shared/edi-samples/public/835');
const HAVE = fs.existsSync(DIR);
const describeSamples = HAVE ? describe : describe.skip;
const FILES = HAVE ? fs.readdirSync(DIR).filter((f) => !f.startsWith('.')).sort() : [];

function bytes(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(DIR, file)));
}

/** An independent count: CLP segments found by a plain scan with the file's own delimiters. */
function clpCount(data: Uint8Array): number {
  const text = new TextDecoder().decode(data);
  let n = 0;
  for (let i = text.indexOf('ISA'); i !== -1; i = text.indexOf('ISA', i + 106)) {
    const sep = text[i + 3];
    const term = text[i + 105];
    const end = text.indexOf(`IEA${sep}`, i);
    const body = text.slice(i, end === -1 ? text.length : end);
    n += body.split(term).filter((s) => s.trim().startsWith(`CLP${sep}`)).length;
  }
  return n;
}

const claimCount = (doc: Remittance835Document) => doc.transactions.reduce((n, t) => n + t.claims.length, 0);
const allCodes = (doc: Remittance835Document) => [...new Set(doc.transactions.flatMap((t) => t.diagnostics.map((d) => d.code)))].sort();

/** Files whose own arithmetic does not balance, and why (checked by hand, see the report). */
const KNOWN_UNBALANCED: Record<string, string> = {
  // Amounts masked to 9s (999.99, 99.99) by the corpus: the masking broke the arithmetic.
  'oopfactory-x12__835_WithMultipleInterchanges.txt': 'masked amounts',
  // 4010 sample: BPR02 5.75 = Σ CLP04 exactly, yet it also carries PLB CV -1.27.
  'oopfactory-x12__Example1_GripElements.txt': 'PLB not reflected in BPR02',
};

describeSamples(`public 835 samples${HAVE ? '' : ` (SKIPPED: ${DIR} not found)`}`, () => {
  it('finds the corpus (test premise)', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(14);
  });

  it.each(FILES)('%s: reads, one claim per CLP, same model streamed', async (file) => {
    const data = bytes(file);
    const doc = read835(data);
    expect(doc.transactions.length).toBeGreaterThan(0);
    expect(claimCount(doc)).toBe(clpCount(data));
    for (const tx of doc.transactions) {
      expect(tx.balanced).toBe(!(file in KNOWN_UNBALANCED));
      for (const c of tx.claims) expect(c.patient).not.toBeNull();
    }
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < data.length; i += 7) chunks.push(data.subarray(i, i + 7));
    expect(await read835FromStream(chunks)).toEqual(doc);
  });

  it('the corpus notes show up as diagnostics', () => {
    const read = (name: string) => read835(bytes(FILES.find((f) => f.includes(name)) as string));
    // OLD VERSION 4010 (version-rejection test): read as 5010 with UNSUPPORTED_VERSION; retired CR groups.
    const grip = read('Example1_GripElements');
    expect(allCodes(grip)).toEqual(['PAYMENT_OUT_OF_BALANCE', 'RETIRED_CODE', 'UNSUPPORTED_VERSION']);
    const reversal = grip.transactions[0].claims.find((c) => c.status === '22');
    expect(reversal).toMatchObject({ charge: '-42.58', paid: '-42.58' });
    expect(reversal?.services[0].units).toBe('-2');
    // 3 ISA interchanges, BOM, indented, CRLF: three transactions, masked amounts do not balance.
    const multi = read('835_WithMultipleInterchanges');
    expect(multi.transactions).toHaveLength(3);
    expect(allCodes(multi)).toEqual(['CLAIM_OUT_OF_BALANCE', 'LINE_OUT_OF_BALANCE', 'PAYMENT_OUT_OF_BALANCE']);
    // Newline as the segment terminator: the same model as the one-line version of the file.
    expect(read('multi-line-not-delimited').transactions).toEqual(read('profee-one-line').transactions);
    // Medicare Part A with a negative PLB (interest-like CV adjustment added to the payment).
    const partA = read('medicare-part-a').transactions[0];
    expect(partA.providerAdjustments).toEqual([{ providerId: '6543210903', fiscalPeriodDate: '2002-12-31', reason: 'CV', reference: 'CP', amount: '-1.27' }]);
    expect(partA.claims[0].remarks).toEqual([]);
    expect(partA.claims[1].remarks).toEqual(['MA02']);
    // Component separator ">" in SVC01.
    expect(read('united_healthcare').transactions[0].claims[0].services[0].procedure).toEqual({ qualifier: 'HC', code: 'B4152', modifiers: [] });
  });
});
