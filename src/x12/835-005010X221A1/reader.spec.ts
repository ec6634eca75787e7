// The 835 reader's structure and leniency: loops dispatched by the table, what real files do
// (BOM, newline terminators, CRLF, several interchanges, trailing empty elements, the retired CR
// group) read without crashing, problems as coded diagnostics with segment indexes, and the few
// inputs that are not an 835 at all as a Remittance835Error.
import { read835, read835FromStream } from './read-835';
import { DISPATCH, Loop, Remittance835Reader, handlerOf } from './reader';
import { Remittance835Error } from './diagnostics';
import type { Remittance835Document, Remittance835Transaction } from './model';
import { tokenize } from '../core/tokenizer';

const ISA = 'ISA*00*          *00*          *ZZ*PAYER01        *ZZ*PROVIDER01     *240315*0800*^*00501*000000501*0*P*:';
const HEADER = [
  'BPR*I*100*C*ACH*CCP*01*999999992*DA*123456789*1512345678**01*999988880*DA*987654321*20240315',
  'TRN*1*EFT0001234*1512345678',
  'N1*PR*ACME HEALTH PLAN',
  'REF*2U*ACME01',
  'PER*BL*EDI SUPPORT*TE*8005551212',
  'N1*PE*GOOD HEALTH CLINIC*XX*1234567893',
];
const CLAIM = ['LX*1', 'CLP*PCN1*1*120*100*5*12*ICN1*11*1', 'NM1*QC*1*DOE*JOHN****MI*W1', 'SVC*HC:99213:25:GT*120*100**1', 'DTM*472*20240301', 'CAS*CO*45*15', 'CAS*PR*3*5', 'REF*6R*L1'];

interface Options {
  isa13?: string;
  term?: string;
  lineBreak?: string;
  gs08?: string;
  st01?: string;
}

/** One interchange, one group, one transaction set around `body`, with computed counts. */
function x12(body: readonly string[], o: Options = {}): string {
  const term = o.term ?? '~';
  const n = o.isa13 ?? '000000501';
  const isa = ISA.replace('000000501', n);
  const segs = [`GS*HP*PAYER01*PROVIDER01*20240315*0800*501*X*${o.gs08 ?? '005010X221A1'}`, `ST*${o.st01 ?? '835'}*0001`, ...body, `SE*${body.length + 2}*0001`, 'GE*1*501', `IEA*1*${n}`];
  return isa + term + (o.lineBreak ?? '') + segs.map((s) => s + term + (o.lineBreak ?? '')).join('');
}

function one(doc: Remittance835Document): Remittance835Transaction {
  expect(doc.transactions).toHaveLength(1);
  return doc.transactions[0];
}

const codes = (tx: Remittance835Transaction) => tx.diagnostics.map((d) => d.code);

describe('835 reader: model', () => {
  it('reads header, payer, payee, claim, line, adjustments and remarks into the JSON model', () => {
    const doc = read835(x12([...HEADER, ...CLAIM, 'LQ*HE*N381', 'LQ*RX*12']));
    expect(doc.type).toBe('835');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    const tx = one(doc);
    expect(tx).toEqual({
      controlNumber: '0001',
      payment: {
        handlingCode: 'I',
        amount: '100.00',
        creditDebit: 'C',
        method: 'ACH',
        date: '2024-03-15',
        traceNumber: 'EFT0001234',
        payerIdentifier: '1512345678',
      },
      payer: { name: 'ACME HEALTH PLAN', id: 'ACME01' },
      payee: { name: 'GOOD HEALTH CLINIC', idQualifier: 'XX', id: '1234567893' },
      claims: [
        {
          patientControlNumber: 'PCN1',
          status: '1',
          charge: '120.00',
          paid: '100.00',
          patientResponsibility: '5.00',
          filingIndicator: '12',
          payerClaimControlNumber: 'ICN1',
          patient: { lastName: 'DOE', firstName: 'JOHN', memberId: 'W1' },
          adjustments: [],
          remarks: [],
          services: [
            {
              procedure: { qualifier: 'HC', code: '99213', modifiers: ['25', 'GT'] },
              charge: '120.00',
              paid: '100.00',
              units: '1',
              serviceDate: '2024-03-01',
              lineItemControlNumber: 'L1',
              adjustments: [
                { group: 'CO', reason: '45', amount: '15.00', quantity: null },
                { group: 'PR', reason: '3', amount: '5.00', quantity: null },
              ],
              remarks: ['N381'],
            },
          ],
        },
      ],
      providerAdjustments: [],
      balanced: true,
      diagnostics: [],
    });
  });

  it('uses N104 as payer id without REF*2U, BPR10 without TRN03, and the claim date for lines without one', () => {
    const header = ['BPR*I*100*C*CHK******1512345678*****20240315', 'TRN*1*CHK1', 'N1*PR*ACME*XV*PLAN7', 'N1*PE*CLINIC*FI*371234567'];
    const claim = ['CLP*PCN1*1*100*100**12*ICN1', 'NM1*QC*1*DOE*JOHN', 'DTM*232*20240220', 'DTM*233*20240221', 'SVC*HC:99213*60*60', 'SVC*HC:99214*40*40', 'DTM*150*20240221', 'DTM*151*20240221'];
    const tx = one(read835(x12([...header, ...claim])));
    expect(tx.payer).toEqual({ name: 'ACME', id: 'PLAN7' });
    expect(tx.payment.payerIdentifier).toBe('1512345678');
    expect(tx.claims[0].services.map((s) => s.serviceDate)).toEqual(['2024-02-20', '2024-02-21']);
    expect(tx.claims[0].services[0].units).toBeNull();
    expect(tx.claims[0].patient).toEqual({ lastName: 'DOE', firstName: 'JOHN', memberId: null });
    expect(tx.diagnostics).toEqual([]);
  });

  it('collects claim remarks from MOA03–07 and MIA05/MIA20–23, quantities as minimal decimals', () => {
    const claim = [
      'CLP*PCN1*1*100*80**MA*ICN1',
      'CAS*CO*45*20*1.50',
      'NM1*QC*1*DOE*JOHN',
      'MIA*3**0*0*MA61***************MA01*MA02*N1*N2',
      'MOA***N130*MA01*M15*N4*N5',
      'QTY*CA*8.00',
    ];
    const c = one(read835(x12([...HEADER, ...claim]))).claims[0];
    expect(c.remarks).toEqual(['MA61', 'MA01', 'MA02', 'N1', 'N2', 'N130', 'MA01', 'M15', 'N4', 'N5']);
    expect(c.adjustments).toEqual([{ group: 'CO', reason: '45', amount: '20.00', quantity: '1.5' }]);
  });

  it('splits every CAS triplet and every PLB pair; several PLB segments add up', () => {
    const body = [
      ...HEADER.map((s) => s.replace('*100*C*', '*60*C*')),
      'CLP*PCN1*1*200*100*60*12*ICN1',
      'NM1*QC*1*DOE*JOHN',
      'SVC*HC:99213*200*100',
      'CAS*PR*1*10*1*2*20**3*30*1',
      'CAS*CO*45*35*2*253*5',
      'PLB*1234567893*20241231*L6:INT1*-10*WO:ICN9 PCN9*30',
      'PLB*1234567893*20241231*FB:X*20',
    ];
    const tx = one(read835(x12(body)));
    expect(tx.diagnostics).toEqual([]);
    expect(tx.claims[0].services[0].adjustments.map((a) => [a.group, a.reason, a.amount, a.quantity])).toEqual([
      ['PR', '1', '10.00', '1'],
      ['PR', '2', '20.00', null],
      ['PR', '3', '30.00', '1'],
      ['CO', '45', '35.00', '2'],
      ['CO', '253', '5.00', null],
    ]);
    expect(tx.providerAdjustments).toEqual([
      { providerId: '1234567893', fiscalPeriodDate: '2024-12-31', reason: 'L6', reference: 'INT1', amount: '-10.00' },
      { providerId: '1234567893', fiscalPeriodDate: '2024-12-31', reason: 'WO', reference: 'ICN9 PCN9', amount: '30.00' },
      { providerId: '1234567893', fiscalPeriodDate: '2024-12-31', reason: 'FB', reference: 'X', amount: '20.00' },
    ]);
  });

  it('dispatches through an explicit table of the guide loops', () => {
    expect(Object.values(Loop)).toEqual(['Header', '1000A', '1000B', '2000', '2100', '2110', 'Summary']);
    const reader = new Remittance835Reader();
    const loops: string[] = [];
    for (const seg of tokenize(x12([...HEADER, ...CLAIM, 'PLB*1*20241231*L6*-1']))) {
      reader.push(seg);
      const tx = (reader as unknown as { tx?: { loop: string } }).tx;
      if (tx) loops.push(`${seg.id}:${tx.loop}`);
    }
    expect(loops).toEqual([
      'ST:Header',
      'BPR:Header',
      'TRN:Header',
      'N1:1000A',
      'REF:1000A',
      'PER:1000A',
      'N1:1000B',
      'LX:2000',
      'CLP:2100',
      'NM1:2100',
      'SVC:2110',
      'DTM:2110',
      'CAS:2110',
      'CAS:2110',
      'REF:2110',
      'PLB:Summary',
    ]);
  });
});

describe('835 reader: dispatch', () => {
  it('dispatches every loop exactly as its table says (2100 and 2110 go through switches)', () => {
    const ids = new Set(['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA', 'TA1', 'XYZ', 'NM']);
    for (const table of Object.values(DISPATCH)) for (const id of Object.keys(table)) ids.add(id);
    for (const loop of Object.values(Loop)) {
      const table = DISPATCH[loop];
      for (const id of ids) {
        expect({ loop, id, handler: handlerOf(table, id) }).toEqual({ loop, id, handler: table[id] });
      }
    }
  });
});

describe('835 reader: leniency (what real files do)', () => {
  const body = [...HEADER, ...CLAIM];
  const plain = read835(x12(body));

  it('a UTF-8 BOM, CRLF or LF after terminators, and indentation read the same', () => {
    for (const text of ['\ufeff' + x12(body), x12(body, { lineBreak: '\r\n' }), x12(body, { lineBreak: '\n  ' })]) {
      const doc = read835(text, { sha256: 'x' });
      expect(doc.transactions).toEqual(plain.transactions);
    }
  });

  it('a newline as the segment terminator (with or without CR) reads the same', () => {
    expect(read835(x12(body, { term: '\n' })).transactions).toEqual(plain.transactions);
    expect(read835(x12(body, { term: '\n' }).replace(/\n/g, '\r\n')).transactions).toEqual(plain.transactions);
  });

  it('trailing empty elements and components are accepted silently', () => {
    const padded = body.map((s) => (s.startsWith('SVC') ? 'SVC*HC:99213:25:GT:*120*100**1**' : s.startsWith('CLP') ? s + '***' : s));
    expect(read835(x12(padded)).transactions).toEqual(plain.transactions);
  });

  it('several interchanges: one transaction each, in order; delimiters re-read per ISA', () => {
    const second = x12(body, { isa13: '000000502' }).replace(/\*/g, '|').replace(/:/g, '>').replace(/~/g, '!');
    const doc = read835(x12(body) + second);
    expect(doc.transactions).toHaveLength(2);
    expect(doc.transactions[1]).toEqual(doc.transactions[0]);
    // A problem on the second ISA belongs to the second transaction, not the first.
    const again = read835(x12(body) + x12(body));
    expect(codes(again.transactions[0])).toEqual([]);
    expect(again.transactions[1].diagnostics).toEqual([
      { code: 'DUPLICATE_CONTROL_NUMBER', message: 'ISA13 000000501 appears twice in this file', segmentIndex: 20 },
    ]);
  });

  it('the retired CR group code is read, with a RETIRED_CODE diagnostic; unknown codes are kept', () => {
    const tx = one(read835(x12([...HEADER, 'CLP*PCN1*99*100*100**12*ICN1', 'NM1*QC*1*DOE', 'SVC*HC:1*100*100', 'CAS*CR*18*5', 'CAS*ZZ*18*-5'])));
    expect(tx.claims[0].status).toBe('99');
    expect(tx.claims[0].services[0].adjustments.map((a) => a.group)).toEqual(['CR', 'ZZ']);
    expect(codes(tx)).toEqual(['UNKNOWN_CODE', 'RETIRED_CODE', 'UNKNOWN_CODE']);
    expect(tx.balanced).toBe(true);
  });

  it('a segment out of place is skipped with UNEXPECTED_SEGMENT and its segment index', () => {
    const tx = one(read835(x12([...HEADER.slice(0, 2), 'SVC*HC:1*1*1', ...HEADER.slice(2), ...CLAIM, 'NM1*QC*1*X', 'XYZ*1'])));
    expect(tx.diagnostics).toEqual([
      { code: 'UNEXPECTED_SEGMENT', message: 'SVC is not expected in the 835 header', segmentIndex: 5 },
      { code: 'UNEXPECTED_SEGMENT', message: 'NM1 is not expected in loop 2110', segmentIndex: 18 },
      { code: 'UNEXPECTED_SEGMENT', message: 'XYZ is not expected in loop 2110', segmentIndex: 19 },
    ]);
    expect(tx.claims).toHaveLength(1);
  });

  it('a segment id that names an inherited object property is unexpected, not handled', () => {
    const tx = one(read835(x12([...HEADER.slice(0, 2), 'constructor*1', ...HEADER.slice(2), ...CLAIM])));
    expect(tx.diagnostics).toContainEqual(expect.objectContaining({ code: 'UNEXPECTED_SEGMENT', message: expect.stringContaining('constructor') }));
    expect(tx.claims).toHaveLength(1);
  });

  it('a claim after the PLB is read, with SEGMENT_OUT_OF_ORDER', () => {
    const tx = one(read835(x12([...HEADER.map((s) => s.replace('*100*C*', '*99*C*')), 'PLB*1*20241231*L6*1', ...CLAIM])));
    expect(tx.claims).toHaveLength(1);
    expect(codes(tx)).toEqual(['SEGMENT_OUT_OF_ORDER']);
    expect(tx.balanced).toBe(true);
  });

  it('missing required segments are reported, never fatal', () => {
    const tx = one(read835(x12(['CLP*PCN1*1*100*100', 'SVC*HC:1*100*100'])));
    expect(codes(tx)).toEqual(['MISSING_SEGMENT', 'MISSING_SEGMENT', 'MISSING_SEGMENT', 'MISSING_SEGMENT', 'MISSING_SEGMENT']);
    expect(tx.payment.amount).toBeNull();
    expect(tx.claims[0].patient).toBeNull();
    expect(tx.balanced).toBe(false);
  });

  it('bad dates and numbers become null with INVALID_DATE / INVALID_NUMBER', () => {
    const tx = one(read835(x12([HEADER[0].replace('20240315', '20240230'), ...HEADER.slice(1), ...CLAIM.map((s) => (s.startsWith('SVC') ? 'SVC*HC:99213*120*100**one' : s))])));
    expect(tx.payment.date).toBeNull();
    expect(tx.claims[0].services[0].units).toBeNull();
    expect(codes(tx)).toEqual(['INVALID_DATE', 'INVALID_NUMBER']);
  });

  it('reports envelope problems (SE01, control numbers) on the transaction they concern', () => {
    const text = x12(body).replace('SE*16*0001', 'SE*17*0002').replace('IEA*1*000000501', 'IEA*2*000000501');
    expect(text).not.toEqual(x12(body)); // test premise
    const tx = one(read835(text));
    expect(codes(tx)).toEqual(['COUNT_MISMATCH', 'CONTROL_NUMBER_MISMATCH', 'COUNT_MISMATCH']);
    expect(tx.diagnostics.map((d) => d.segmentIndex)).toEqual([17, 17, 19]);
  });

  it('a version other than 005010X221A1 is read with UNSUPPORTED_VERSION', () => {
    expect(codes(one(read835(x12(body, { gs08: '004010X091A1' }))))).toEqual(['UNSUPPORTED_VERSION']);
  });

  it('a truncated file: what was read is kept, the envelope checker reports the rest', () => {
    const text = x12(body);
    const tx = one(read835(text.slice(0, text.indexOf('REF*6R'))));
    expect(tx.claims).toHaveLength(1);
    expect(codes(tx)).toEqual(['TRUNCATED_INTERCHANGE']);
  });

  it('other transaction sets in an 835 file are skipped with UNSUPPORTED_TRANSACTION', () => {
    const other = x12(['AK1*HC*1*005010X222A1', 'AK9*A*1*1*1'], { st01: '999', isa13: '000000502' });
    const before = one(read835(other + x12(body)));
    expect(before.diagnostics).toEqual([
      { code: 'UNSUPPORTED_TRANSACTION', message: 'transaction set "999" (ST02 "0001") is not an 835; skipped', segmentIndex: 2 },
    ]);
    expect(before.claims).toHaveLength(1);
    // After the last 835, the finding still reaches the transaction before it.
    const after = one(read835(x12(body) + other));
    expect(codes(after)).toEqual(['UNSUPPORTED_TRANSACTION']);
    expect(after.diagnostics[0].segmentIndex).toBe(22);
  });

  it('text before the first ISA is skipped with LEADING_GARBAGE', () => {
    const tx = one(read835('Remittance from ACME, see attached.\n' + x12(body)));
    expect(codes(tx)).toEqual(['LEADING_GARBAGE']);
    expect(tx.claims).toHaveLength(1);
  });

  it('keeps at most maxDiagnostics per transaction and counts the rest', () => {
    const noise = Array.from({ length: 30 }, () => 'XYZ*1');
    const tx = one(read835(x12([...body, ...noise]), { maxDiagnostics: 5 }));
    expect(tx.diagnostics).toHaveLength(6);
    expect(tx.diagnostics[5]).toEqual({ code: 'TOO_MANY_DIAGNOSTICS', message: '25 more diagnostics in this transaction were not kept', segmentIndex: null });
  });
});

describe('835 reader: input that is not an 835', () => {
  const fail = (input: string | Uint8Array): Remittance835Error => {
    try {
      read835(input);
    } catch (err) {
      expect(err).toBeInstanceOf(Remittance835Error);
      return err as Remittance835Error;
    }
    throw new Error('expected a Remittance835Error');
  };

  it.each([
    ['empty', '', 'EMPTY_INPUT'],
    ['whitespace only', ' \r\n\t', 'EMPTY_INPUT'],
    ['prose', 'Dear provider, your payment is on its way.', 'NOT_X12'],
    ['segments without ISA', 'ST*835*0001~BPR*I*1*C*CHK~SE*3*0001~', 'MISSING_ISA'],
    ['an interchange without transaction sets', `${ISA}~GS*HP*A*B*20240315*0800*1*X*005010X221A1~GE*0*1~IEA*1*000000501~`, 'NO_TRANSACTION_SET'],
  ])('%s → %s', (_name, input, code) => {
    const err = fail(input);
    expect(err.code).toBe(code);
    expect(JSON.parse(JSON.stringify(err))).toEqual({ code, message: err.message, segmentIndex: err.segmentIndex });
  });

  it('binary bytes → NOT_X12', () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) & 0xff;
    expect(fail(bytes).code).toBe('NOT_X12');
  });

  it('only other transaction sets → UNSUPPORTED_TRANSACTION naming the first ST01', () => {
    const err = fail(x12(['AK1*HC*1*005010X222A1', 'AK9*A*1*1*1'], { st01: '999' }));
    expect(err).toMatchObject({ code: 'UNSUPPORTED_TRANSACTION', transactionType: '999', segmentIndex: 2 });
  });

  it('a TA1-only interchange → UNSUPPORTED_TRANSACTION of type TA1', () => {
    const err = fail(`${ISA}~TA1*000000123*240315*0800*A*000~IEA*0*000000501~`);
    expect(err).toMatchObject({ code: 'UNSUPPORTED_TRANSACTION', transactionType: 'TA1', segmentIndex: 1 });
  });
});

describe('read835Batches: decoding byte chunks', () => {
  // Multi-byte characters (2, 3 and 4 bytes), a cut sequence and a lone continuation byte, with and
  // without a line break after each terminator: every way of cutting the bytes reads the same.
  const body = ['N1*PR*CAISSE D\u2019ASSURANCE MALADIE R\u00c9GION \u{1F3E5}', 'N1*PE*CLINIQUE \u00c9TOILE*XX*1234567893', ...CLAIM.slice(1)];
  const cases: [string, Uint8Array][] = [
    ['no line breaks', new TextEncoder().encode(x12([...HEADER.slice(0, 4), ...body]))],
    ['line breaks', new TextEncoder().encode(x12([...HEADER.slice(0, 4), ...body], { lineBreak: '\n' }))],
  ];
  const broken = new TextEncoder().encode(x12([...HEADER.slice(0, 4), 'N1*PR*BAD XX BYTES', ...body.slice(1)]));
  const at = new TextDecoder().decode(broken).indexOf('XX');
  broken[at] = 0xe2; // a 3-byte lead cut short by the next byte
  broken[at + 1] = 0x82;
  broken[at + 2] = 0x41; // 'A'
  broken[at + 3] = 0x80; // a lone continuation byte
  cases.push(['invalid sequences', broken]);

  it.each(cases)('%s: streamed in chunks of every size from 1 to 9, the model equals the whole read', async (_name, bytes) => {
    const whole = read835(bytes, { sha256: 'x' });
    expect(whole.transactions[0].payer.name).toMatch(/^(CAISSE|BAD)/);
    for (let size = 1; size <= 9; size++) {
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(await read835FromStream(chunks, { sha256: 'x' })).toEqual(whole);
    }
  });

  it('mixes string and byte chunks without losing a character cut between them', async () => {
    const bytes = cases[0][1];
    const whole = read835(bytes, { sha256: 'x' });
    const cut = new TextDecoder().decode(bytes).indexOf('\u00c9') ;
    const byteCut = new TextEncoder().encode(new TextDecoder().decode(bytes).slice(0, cut)).length + 1; // inside the É
    const rest = new TextDecoder().decode(bytes.subarray(byteCut + 1));
    expect(await read835FromStream([bytes.subarray(0, byteCut), bytes.subarray(byteCut, byteCut + 1), rest], { sha256: 'x' })).toEqual(whole);
  });
});
