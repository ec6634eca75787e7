// Oracle test: node-x12 (an independent parser) must see the same segment IDs and element
// values as our tokenizer on a spread of public samples, and must accept what our writer builds.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { X12Parser, type X12Segment } from 'node-x12';
import { tokenize } from '../../../src/x12/core/tokenizer';
import { skipLeadingWhitespace } from '../../../src/x12/core/delimiters';
import { buildInterchange } from '../../../src/x12/core/envelope';

const SAMPLES = path.resolve(__dirname, '../../..', '../shared/edi-samples/public');
const HAVE_SAMPLES = fs.existsSync(SAMPLES);

interface Flat {
  id: string;
  values: string[];
}

/** node-x12's stream parser, fed the whole text, returns every segment in order. */
async function nodeX12(text: string): Promise<Flat[]> {
  const parser = new X12Parser();
  const out: Flat[] = [];
  parser.on('data', (seg: X12Segment) => out.push({ id: seg.tag, values: seg.elements.map((e) => e.value) }));
  await new Promise<void>((resolve, reject) => {
    parser.on('end', () => resolve());
    parser.on('error', reject);
    parser.end(Buffer.from(text, 'utf8'));
  });
  return out;
}

/** Ours, normalised to node-x12's two documented quirks: it strips zeros from ISA13 and IEA02. */
function ours(text: string): Flat[] {
  return tokenize(text).map((s) => {
    const values = s.elements.slice(1);
    if (s.id === 'ISA') values[12] = String(parseInt(values[12], 10));
    if (s.id === 'IEA' && values.length === 2) values[1] = String(parseInt(values[1], 10));
    return { id: s.id, values };
  });
}

/** Notable samples (always compared), plus every other well-formed sample in the corpus. */
const NOTABLE = [
  '835/stupidedi__dollars-and-data-sent-separate.edi', // single line, repetition ">"
  '835/stupidedi__multiple-claims-single-check.edi', // CRLF
  '835/tastypackets-x12__multi-line-not-delimited.edi', // newline terminator
  '835/edi835parser__united_healthcare_legacy_sample.txt', // component ">"
  '837P/oopfactory-x12__MedicaidExample.txt', // BOM, indented, repetition "|"
  '837I/oopfactory-x12__Spec_3.1.3_PPORepricedClaim.txt', // BOM, indented, CRLF
  '999/staedi__simple999.edi', // repetition inside CTX
  '270-271/tigershark__271-example.txt', // element separator "|", 4010
  '277ca/oopfactory-x12__FromAlexbrodsky.txt', // component "|"
];
const FILES = HAVE_SAMPLES
  ? [
      ...NOTABLE,
      ...fs
        .readdirSync(SAMPLES, { recursive: true, encoding: 'utf8' })
        .map((f) => f.split(path.sep).join('/'))
        .filter((f) => !f.startsWith('broken/') && f !== 'SOURCES.md' && fs.statSync(path.join(SAMPLES, f)).isFile())
        .filter((f) => !NOTABLE.includes(f))
        .sort(),
    ]
  : [];

(HAVE_SAMPLES ? describe : describe.skip)(`oracle: node-x12 agrees on public samples${HAVE_SAMPLES ? '' : ` (SKIPPED: ${SAMPLES} not found)`}`, () => {
  it.each(FILES)('%s', async (file) => {
    const raw = fs.readFileSync(path.join(SAMPLES, file), 'utf8');
    // node-x12 expects the ISA at offset 0: give it the text without BOM/leading whitespace.
    const text = raw.slice(skipLeadingWhitespace(raw));
    const theirs = await nodeX12(text);
    const mine = ours(raw);
    expect(mine.length).toBeGreaterThanOrEqual(3); // ISA … IEA at least
    expect(mine.map((s) => s.id)).toEqual(theirs.map((s) => s.id));
    expect(mine).toEqual(theirs);
  });
});

describe('oracle: node-x12 parses what our envelope writer builds', () => {
  it('agrees on counts and values, and its strict mode finds nothing wrong', async () => {
    const text = buildInterchange({
      header: {
        senderQualifier: 'ZZ',
        senderId: 'SUBMITTER01',
        receiverQualifier: 'ZZ',
        receiverId: 'CLEARINGHOUSE',
        date: '2024-03-01',
        time: '09:05',
        controlNumber: 12,
        acknowledgmentRequested: false,
        usage: 'T',
      },
      groups: [
        {
          header: {
            functionalId: 'HC',
            senderCode: 'SUBMITTER01',
            receiverCode: 'CLEARINGHOUSE',
            date: '2024-03-01',
            time: '09:05',
            controlNumber: 3,
            version: '005010X222A1',
          },
          transactions: [1, 2].map((n) => ({
            header: { id: '837', controlNumber: n, implementationReference: '005010X222A1' },
            segments: [
              ['BHT', '0019', '00', `B${n}`, '20240301', '0905', 'CH'] as const,
              ['SV1', ['HC', '99213', '25'], '100', 'UN', '1'] as const,
            ],
          })),
        },
      ],
    });
    expect(await nodeX12(text)).toEqual(ours(text));
    const interchange = new X12Parser(true).parse(text) as { functionalGroups: { transactions: unknown[] }[] };
    expect(interchange.functionalGroups[0].transactions).toHaveLength(2);
  });
});
