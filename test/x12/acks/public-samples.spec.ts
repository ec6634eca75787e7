// Every 999, TA1 and 277CA of the public sample corpus (../shared/edi-samples/public, see its
// SOURCES.md), and every file of mixed/ that holds one, reads into the model without an
// exception; counts match a naive scan of the file (AK2/IK3/IK4, TA1, STC, claim TRN); what the
// corpus notes say about particular files shows up in the model or as the expected diagnostics.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Ack277CADocument } from '../../../src/x12/277ca-005010X214/model';
import { read277CA } from '../../../src/x12/277ca-005010X214/reader';
import type { Ack999Document } from '../../../src/x12/999-005010X231A1/model';
import { read999 } from '../../../src/x12/999-005010X231A1/reader';
import { readTa1 } from '../../../src/x12/ta1/reader';
import { readAcknowledgment } from '../../../src/x12/acks/read-ack';

const ROOT = path.resolve(__dirname, '../../..', '../shared/edi-samples/public');

function filesOf(folder: string): string[] {
  const dir = path.join(ROOT, folder);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => path.join(folder, f)) : [];
}

/** Segments by a plain scan with each interchange's own delimiters: [id, ...elements] (components unsplit). */
function naiveSegments(file: string): string[][] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const out: string[][] = [];
  for (let i = text.indexOf('ISA'); i !== -1; i = text.indexOf('ISA', i + 106)) {
    const sep = text[i + 3];
    const term = text[i + 105];
    const end = text.indexOf(`IEA${sep}`, i);
    const body = text.slice(i, end === -1 ? text.length : end);
    for (const s of body.split(term)) if (s.trim() !== '') out.push(s.trim().split(sep));
  }
  return out;
}

const count = (segs: string[][], id: string) => segs.filter((s) => s[0] === id).length;
/** TRN segments inside a patient-level HL (HL03 PT): one per claim (2200D). */
function claimTrnCount(segs: string[][]): number {
  let level = '';
  let n = 0;
  for (const s of segs) {
    if (s[0] === 'HL') level = s[3];
    else if (s[0] === 'TRN' && level === 'PT') n++;
  }
  return n;
}
const holds = (segs: string[][], id: string, st01?: string) => segs.some((s) => s[0] === id && (st01 === undefined || s[1] === st01));

const MIXED = filesOf('mixed').filter((f) => {
  const segs = naiveSegments(f);
  return holds(segs, 'TA1') || holds(segs, 'ST', '999') || holds(segs, 'ST', '277');
});
const FILES_999 = [...filesOf('999'), ...MIXED.filter((f) => holds(naiveSegments(f), 'ST', '999'))];
const FILES_TA1 = [...filesOf('ta1'), ...MIXED.filter((f) => holds(naiveSegments(f), 'TA1'))];
const FILES_277 = [...filesOf('277ca'), ...MIXED.filter((f) => holds(naiveSegments(f), 'ST', '277'))];

const describe999 = FILES_999.length > 0 ? describe : describe.skip;
const describeTa1 = FILES_TA1.length > 0 ? describe : describe.skip;
const describe277 = FILES_277.length > 0 ? describe : describe.skip;

/** `it.each` over files. An empty list is only acceptable when the public corpus is absent. */
function eachFile(files: readonly string[], name: string, fn: (file: string) => void): void {
  if (files.length === 0) it(`${name}: no files, because ../shared/edi-samples/public is absent`, () => expect(fs.existsSync(ROOT)).toBe(false));
  else it.each(files)(name, fn);
}

/** Codes that would mean the reader lost part of a file's structure. */
const STRUCTURE_CODES = ['UNEXPECTED_SEGMENT', 'MISSING_SEGMENT'];

describe999('public 999 samples', () => {
  eachFile(FILES_999, '%s: one transaction response per AK2, one segment error per IK3, one element error per IK4', (file) => {
    const doc = readAcknowledgment(fs.readFileSync(path.join(ROOT, file))) as Ack999Document;
    expect(doc.type).toBe('999');
    const segs = naiveSegments(file);
    const responses = doc.transactions.flatMap((t) => t.transactionResponses);
    const segmentErrors = responses.flatMap((r) => r.segmentErrors);
    expect(doc.transactions).toHaveLength(segs.filter((s) => s[0] === 'ST' && s[1] === '999').length);
    expect(responses).toHaveLength(count(segs, 'AK2'));
    expect(segmentErrors).toHaveLength(count(segs, 'IK3'));
    expect(segmentErrors.flatMap((e) => e.elementErrors)).toHaveLength(count(segs, 'IK4'));
    const contexts = segmentErrors.flatMap((e) => [...e.context, ...e.elementErrors.flatMap((x) => x.context)]);
    expect(contexts).toHaveLength(count(segs, 'CTX'));
    // Every AK2 ended with an IK5 and every group with an AK9: each has its code.
    expect(responses.every((r) => r.ackCode !== null)).toBe(true);
    expect(doc.transactions.every((t) => t.groupResponse.ackCode !== null && t.groupResponse.receivedCount !== null)).toBe(true);
    expect(doc.diagnostics.filter((d) => STRUCTURE_CODES.includes(d.code))).toEqual([]);
    // The specific reader agrees with the dispatcher.
    expect(read999(fs.readFileSync(path.join(ROOT, file)))).toEqual(doc);
  });

  const partial = ['999/staedi__simple999.edi', '999/stupidedi__response-to-functional-group-containing-3-837s.edi', '999/oopfactory-x12__DHS_Wisconsin_Sample.txt'].filter((f) =>
    FILES_999.includes(f),
  );
  eachFile(partial, '%s: AK9*P*3*3*1, set 2 rejected at CLM (22) with CLM01 123456789, set 3 at REF (57)', (file) => {
    const [tx] = read999(fs.readFileSync(path.join(ROOT, file))).transactions;
    expect(tx.groupResponse).toMatchObject({ ackCode: 'P', includedCount: 3, receivedCount: 3, acceptedCount: 1, groupControlNumber: '17456' });
    expect(tx.transactionResponses.map((r) => r.ackCode)).toEqual(['A', 'R', 'R']);
    const clm = tx.transactionResponses[1].segmentErrors[0];
    expect(clm).toMatchObject({ segmentId: 'CLM', position: 22, errorCode: '8' });
    expect(clm.context[0]).toMatchObject({ name: 'CLM01', reference: '123456789' });
    expect(clm.elementErrors[0]).toMatchObject({ position: 2, reference: '782', errorCode: '1' });
    expect(tx.transactionResponses[2].segmentErrors[0]).toMatchObject({ segmentId: 'REF', position: 57, errorCode: '3' });
  });
});

describeTa1('public TA1 samples', () => {
  eachFile(FILES_TA1, '%s: one acknowledgment per TA1 segment', (file) => {
    const bytes = fs.readFileSync(path.join(ROOT, file));
    const doc = readAcknowledgment(bytes);
    const segs = naiveSegments(file);
    const ta1 = doc.type === 'TA1' ? doc.acknowledgments : doc.interchangeAcknowledgments;
    expect(ta1).toHaveLength(count(segs, 'TA1'));
    expect(ta1.every((a) => a.interchangeControlNumber !== null && a.acknowledgmentCode !== null)).toBe(true);
    expect(readTa1(bytes).acknowledgments).toEqual(ta1);
  });

  const oop = 'ta1/oopfactory-x12__TechnicalAcknowledgment_Sample1.txt';
  (FILES_TA1.includes(oop) ? it : it.skip)('OopFactory: two TA1, 4-digit TA101, CCYYMMDD TA102, no TA105 — kept, with diagnostics', () => {
    const doc = readTa1(fs.readFileSync(path.join(ROOT, oop)));
    expect(doc.acknowledgments.map((a) => [a.interchangeControlNumber, a.date, a.noteCode])).toEqual([
      ['0659', '20110922', null],
      ['0660', '20110922', null],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['INVALID_NUMBER', 'INVALID_DATE', 'MISSING_VALUE', 'INVALID_NUMBER', 'INVALID_DATE', 'MISSING_VALUE']);
  });

  const staedi = 'ta1/staedi__x12_interchange_ack.txt';
  (FILES_TA1.includes(staedi) ? it : it.skip)('StAEDI: IEA01 says 1 group for a TA1-only interchange (COUNT_MISMATCH)', () => {
    const doc = readTa1(fs.readFileSync(path.join(ROOT, staedi)));
    expect(doc.acknowledgments[0]).toMatchObject({ interchangeControlNumber: '000000050', acknowledgmentCode: 'A', noteCode: '000' });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['COUNT_MISMATCH']);
  });
});

describe277('public 277CA samples', () => {
  eachFile(FILES_277, '%s: one status per STC, one claim per patient-level TRN', (file) => {
    const doc = readAcknowledgment(fs.readFileSync(path.join(ROOT, file))) as Ack277CADocument;
    expect(doc.type).toBe('277CA');
    const segs = naiveSegments(file);
    const tx = doc.transactions;
    const statuses = tx.flatMap((t) => [
      ...t.informationReceivers.flatMap((r) => r.statuses),
      ...t.billingProviders.flatMap((p) => p.statuses),
      ...t.claims.flatMap((c) => [...c.statuses, ...(c.serviceLines ?? []).flatMap((l) => l.statuses)]),
    ]);
    expect(statuses).toHaveLength(count(segs, 'STC'));
    expect(tx.flatMap((t) => t.claims)).toHaveLength(claimTrnCount(segs));
    expect(tx.flatMap((t) => t.claims).every((c) => c.patientControlNumber !== null && c.billingProviderNpi !== null)).toBe(true);
    expect(doc.diagnostics.filter((d) => STRUCTURE_CODES.includes(d.code))).toEqual([]);
    expect(read277CA(fs.readFileSync(path.join(ROOT, file)))).toEqual(doc);
  });

  const cases: [string, [string | null, string | null, boolean][]][] = [
    ['277ca/imsweb-x12__x12_277CA_accepted.txt', [['5781', '1107000000014420', true]]],
    // Category A7 (rejected: invalid information) although STC03 says WQ: rejected.
    ['277ca/oopfactory-x12__FromAlexbrodsky.txt', [['3920394930203', '1107000000001120', false]]],
    // Masked: category X9 (UNKNOWN_CODE), every claim STC03 U.
    [
      '277ca/oopfactory-x12__277_Deidentified_from_nth.txt',
      [
        ['99999999-99999', null, false],
        ['99999999-99999', null, false],
        ['99999999-99999', null, false],
      ],
    ],
  ];
  for (const [file, expected] of cases) {
    (FILES_277.includes(file) ? it : it.skip)(`${file}: claims as read by hand`, () => {
      const doc = read277CA(fs.readFileSync(path.join(ROOT, file)));
      expect(doc.transactions[0].claims.map((c) => [c.patientControlNumber, c.payerClaimControlNumber, c.accepted])).toEqual(expected);
    });
  }
});

it('mixed/ holds no acknowledgment today (the filter above is what picks them up)', () => {
  // pyx12 mult_isa.txt: 278/837/835 only. If an ack is added to mixed/, the suites above take it.
  for (const f of filesOf('mixed').filter((x) => !MIXED.includes(x))) {
    expect(() => readAcknowledgment(fs.readFileSync(path.join(ROOT, f)))).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_TRANSACTION' }));
  }
});
