// Golden tests over the public sample corpus (../shared/edi-samples/public, see its SOURCES.md):
// every well-formed file tokenizes strictly, with as many segments as a naive split finds, and
// passes the envelope check; every file under broken/ yields the coded problems it is known for.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tokenize, tokenizeLenient } from '../../../src/x12/core/tokenizer';
import { checkEnvelope, validateX12 } from '../../../src/x12/core/envelope-check';
import { readIsa, skipLeadingWhitespace } from '../../../src/x12/core/delimiters';
import { X12Error, type X12ErrorCode } from '../../../src/x12/core/errors';

const SAMPLES = path.resolve(__dirname, '../../..', '../shared/edi-samples/public');
const HAVE_SAMPLES = fs.existsSync(SAMPLES);
const describeSamples = HAVE_SAMPLES ? describe : describe.skip;
const skipNote = HAVE_SAMPLES ? '' : ` (SKIPPED: ${SAMPLES} not found)`;

function listFiles(): string[] {
  if (!HAVE_SAMPLES) return [];
  return fs
    .readdirSync(SAMPLES, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(SAMPLES, f)).isFile() && f !== 'SOURCES.md' && !f.startsWith('.'))
    .sort();
}

const ALL = listFiles();
const GOOD = ALL.filter((f) => !f.startsWith(`broken${path.sep}`));
const BROKEN = ALL.filter((f) => f.startsWith(`broken${path.sep}`));

function read(file: string): string {
  return fs.readFileSync(path.join(SAMPLES, file), 'utf8');
}

/** Independent count: split on the terminator found at ISA offset 105, ignore blank pieces. */
function naiveSegmentCount(text: string): number {
  const start = text.indexOf('ISA');
  const term = text[start + 105];
  return text
    .slice(start)
    .split(term)
    .filter((piece) => piece.trim().length > 0).length;
}

/** Envelope findings that SOURCES.md documents for files outside broken/. */
const KNOWN_IN_GOOD: Record<string, X12ErrorCode[]> = {
  // "TA1-only interchange (no GS); note IEA01=1 although there are 0 groups"
  [path.join('ta1', 'staedi__x12_interchange_ack.txt')]: ['COUNT_MISMATCH'],
};

describeSamples(`public samples outside broken/${skipNote}`, () => {
  it('finds the corpus (test premise)', () => {
    expect(GOOD.length).toBeGreaterThanOrEqual(50);
  });

  it.each(GOOD)('%s: strict tokenize, naive segment count, envelope check', (file) => {
    const text = read(file);
    const segments = tokenize(text); // throws on any lexical problem
    expect(segments.length).toBe(naiveSegmentCount(text));
    expect(segments[0].id).toBe('ISA');
    expect(segments[segments.length - 1].id).toBe('IEA');
    const codes = checkEnvelope(segments).map((d) => d.code);
    expect(codes).toEqual(KNOWN_IN_GOOD[file] ?? []);
  });

  it('matches what SOURCES.md says about the odd files', () => {
    const byName = (name: string) => GOOD.find((f) => f.endsWith(name)) as string;
    const ids = (name: string) => tokenize(read(byName(name))).map((s) => s.id);

    // newline is the segment terminator (no "~" at all)
    const nl = read(byName('multi-line-not-delimited.edi'));
    expect(readIsa(nl).delimiters.segment).toBe('\n');
    expect(nl.includes('~')).toBe(false);
    // 3 ISA interchanges; UTF-8 BOM, indented segments, CRLF
    const multi = read(byName('835_WithMultipleInterchanges.txt'));
    expect(multi.charCodeAt(0)).toBe(0xfeff);
    expect(ids('835_WithMultipleInterchanges.txt').filter((id) => id === 'ISA')).toHaveLength(3);
    expect(readIsa(multi, skipLeadingWhitespace(multi)).lineBreak).toBe('\r\n');
    // 2 ISA, 8 GS, 12 ST mixing 835/278/837 (004010)
    const mixed = ids('mult_isa.txt');
    expect([mixed.filter((i) => i === 'ISA').length, mixed.filter((i) => i === 'GS').length, mixed.filter((i) => i === 'ST').length]).toEqual([2, 8, 12]);
    // element separator "|" and component "^" in a 4010 271 (ISA11 is the 4010 "U")
    const pipe = tokenize(read(byName('271-example.txt')));
    expect(pipe[0].delimiters).toEqual({ element: '|', component: '^', repetition: '', segment: '~' });
    // repetition separators ">", "`", "!", "|" and component separators ">", "|"
    expect(tokenize(read(byName('dollars-and-data-sent-separate.edi')))[0].delimiters.repetition).toBe('>');
    expect(tokenize(read(byName('COB-claim-from-billing-provider-to-payer-a.edi')))[0].delimiters.repetition).toBe('`');
    expect(tokenize(read(byName('834_ls_le_ls_5010.999.txt')))[0].delimiters.repetition).toBe('!');
    const medicaid = tokenize(read(byName('MedicaidExample.txt')))[0].delimiters;
    expect([medicaid.repetition, medicaid.component]).toEqual(['|', '>']);
    expect(tokenize(read(byName('x12_999_rejected.txt')))[0].delimiters.component).toBe('|');
    // single line, no newlines at all
    const oneLine = tokenize(read(byName('profee-one-line.edi')));
    expect(oneLine.every((s) => s.line === 1)).toBe(true);
  });
});

/**
 * What is wrong with each broken/ file (SOURCES.md), as codes: `strict` is the error the strict
 * tokenizer throws (undefined: it tokenizes), `codes` the distinct codes `validateX12` reports.
 */
const BROKEN_EXPECTED: Record<string, { strict?: X12ErrorCode; codes: X12ErrorCode[] }> = {
  'pyx12__explicit_missing.txt': { codes: ['TRUNCATED_INTERCHANGE'] },
  'pyx12__trailing_terms.txt': { codes: ['TRAILING_EMPTY_ELEMENT'] },
  // SE01/SE02, GE01/GE02, IEA01/IEA02 all wrong; GS04 20080543 is not a date either
  'badx12__error_validation.edi': { codes: ['INVALID_DATE', 'COUNT_MISMATCH', 'CONTROL_NUMBER_MISMATCH'] },
  // only an ISA whose terminator is a newline, then nothing: no IEA
  'badx12__segment_terminator.edi': { codes: ['TRUNCATED_INTERCHANGE'] },
  // HL/NM1 segments before the ST, SE01 wrong
  'badx12__unknown_segment_error.edi': { codes: ['UNEXPECTED_SEGMENT', 'COUNT_MISMATCH'] },
  'imsweb-x12__x12_no_isa_line.txt': { strict: 'MISSING_ISA', codes: ['MISSING_ISA'] },
  // 3 GS but IEA01=1, SE01 wrong; also ISA11 "U" in a 00501 header and repeated GS06
  'imsweb-x12__x12_multiple_gs.txt': { codes: ['BAD_DELIMITERS', 'COUNT_MISMATCH', 'DUPLICATE_CONTROL_NUMBER'] },
  'imsweb-x12__x12_multiple_st.txt': { codes: ['BAD_DELIMITERS', 'COUNT_MISMATCH', 'DUPLICATE_CONTROL_NUMBER'] },
  'imsweb-x12__x12_many_claims.txt': { codes: ['BAD_DELIMITERS', 'COUNT_MISMATCH'] },
  'imsweb-x12__x12_complex.txt': { codes: ['BAD_DELIMITERS', 'COUNT_MISMATCH'] },
  // IEA02 != ISA13, GS05 102497 invalid
  'imsweb-x12__x12_999_accepted.txt': { codes: ['INVALID_TIME', 'CONTROL_NUMBER_MISMATCH'] },
  // truncated: no SE/GE/IEA
  'vscode-x12__odd-separator.edi': { codes: ['TRUNCATED_INTERCHANGE'] },
  // bare 835 starting at ST
  'edi835parser__blue_cross_nc_sample.txt': { strict: 'MISSING_ISA', codes: ['MISSING_ISA'] },
  'tigershark-zentist__5010-835-example-2.txt': { codes: ['CONTROL_NUMBER_MISMATCH'] },
  // prose before ISA (lenient: skipped with a warning); SE01 is 39 for 41 segments
  'stupidedi__3a.edi': { strict: 'NOT_X12', codes: ['LEADING_GARBAGE', 'COUNT_MISMATCH'] },
  'oopfactory-x12__FromBogeyone.txt': { codes: ['TRUNCATED_INTERCHANGE'] },
  // IEA02 != ISA13; its masked ISA is not fixed-width either (ISA09 "3434  ", 6-char ISA12, 8-digit ISA13)
  'oopfactory-x12__FromLatitude81uk.txt': {
    strict: 'BAD_ISA',
    codes: ['BAD_ISA', 'INVALID_CONTROL_NUMBER', 'INVALID_DATE', 'CONTROL_NUMBER_MISMATCH'],
  },
  'node-x12__271.edi': { codes: ['TRUNCATED_INTERCHANGE'] },
  'lfh-x12__subscriber-health-benefit-check-error.271': { codes: ['CONTROL_NUMBER_MISMATCH'] },
  // Not detectable by the core: the envelope is fine, the problem is guide-level
  // (270 NM1*IL*9 entity type; 837P with no HL loops). The 270/837P readers must catch these.
  'kartik-x12__batch_with_one_bad_transaction.x12': { codes: [] },
  'staedi__837-header-ref-only.edi': { codes: [] },
};

describeSamples(`public samples in broken/${skipNote}`, () => {
  it('has an expectation for every broken file (test premise)', () => {
    expect(BROKEN.map((f) => path.basename(f)).sort()).toEqual(Object.keys(BROKEN_EXPECTED).sort());
  });

  it.each(BROKEN)('%s yields its known coded problems', (file) => {
    const text = read(file);
    const want = BROKEN_EXPECTED[path.basename(file)];
    let strict: string | undefined;
    try {
      tokenize(text);
    } catch (err) {
      if (!(err instanceof X12Error)) throw err;
      strict = err.code;
    }
    expect(strict).toBe(want.strict);
    const result = validateX12(text);
    expect([...new Set(result.diagnostics.map((d) => d.code))].sort()).toEqual([...want.codes].sort());
    if (want.codes.length > 0) expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) {
      expect(typeof d.message).toBe('string');
      expect(d.segmentIndex !== undefined || d.offset !== undefined).toBe(true);
    }
  });

  it('every broken file except the two guide-level ones yields at least one error or warning', () => {
    const silent = BROKEN.filter((f) => validateX12(read(f)).diagnostics.length === 0).map((f) => path.basename(f));
    expect(silent.sort()).toEqual(['kartik-x12__batch_with_one_bad_transaction.x12', 'staedi__837-header-ref-only.edi']);
  });

  it('lenient tokenizing recovers the segments of files the strict tokenizer rejects', () => {
    const threeA = tokenizeLenient(read(BROKEN.find((f) => f.endsWith('stupidedi__3a.edi')) as string));
    expect(threeA.segments[0].id).toBe('ISA');
    expect(threeA.segments[0].line).toBe(5);
    expect(threeA.segments[0].element(2)).toBe('..........');
  });
});
