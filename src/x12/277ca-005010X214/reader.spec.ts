// 277CA reading: the acks.md §3 example (validated with pyx12) against objects written by hand
// from the doc, service lines (2220D), STC10/STC11, the accepted rule, and malformed STC pieces.
import { interchange, transactionSet } from '../acks/synthetic';
import { isAccepted, read277CA } from './reader';
import type { StatusInfo } from './model';

/** acks.md §3, verbatim: PCN1001 accepted, PCN1002 rejected (rendering NPI invalid). */
const DOC_277CA = [
  'ST*277*0001*005010X214~',
  'BHT*0085*08*ACK0001*20240316*0900*TH~',
  'HL*1**20*1~',
  'NM1*PR*2*ACME HEALTH PLAN*****PI*12345~',
  'TRN*1*RCPT20240316001~',
  'DTP*050*D8*20240315~',
  'DTP*009*D8*20240316~',
  'HL*2*1*21*1~',
  'NM1*41*2*GOOD HEALTH BILLING*****46*SUBMITTER01~',
  'TRN*2*BATCH0001~',
  'STC*A1:19:PR*20240316*WQ*430~',
  'QTY*90*1~',
  'QTY*AA*1~',
  'AMT*YU*250~',
  'AMT*YY*180~',
  'HL*3*2*19*1~',
  'NM1*85*2*GOOD HEALTH CLINIC*****XX*1234567893~',
  'TRN*1*PRV0001~',
  'STC*A1:19:PR**WQ*430~',
  'QTY*QA*1~',
  'QTY*QC*1~',
  'AMT*YU*250~',
  'AMT*YY*180~',
  'HL*4*3*PT~',
  'NM1*QC*1*DOE*JOHN****MI*W123456789~',
  'TRN*2*PCN1001~',
  'STC*A2:20*20240316*WQ*250~',
  'REF*1K*PAYERCLM0001~',
  'DTP*472*D8*20240301~',
  'HL*5*3*PT~',
  'NM1*QC*1*ROE*MARY****MI*W555000111~',
  'TRN*2*PCN1002~',
  'STC*A7:562:82*20240316*U*180~',
  'DTP*472*D8*20240302~',
  'SE*35*0001~',
].join('');

const hn = (...sets: string[]) => interchange([{ functionalId: 'HN', version: '005010X214', transactionSets: sets }]);
/** A 277CA whose patient level is `claim` (segment indexes: ISA 0, GS 1, ST 2, BHT 3, HL 4, HL 5, HL 6, HL 7, then `claim` from 8). */
const withClaim = (claim: string[]) =>
  hn(transactionSet('277', '0001', '005010X214', ['BHT*0085*08*A1*20240316*0900*TH', 'HL*1**20*1', 'HL*2*1*21*1', 'HL*3*2*19*1', 'HL*4*3*PT', ...claim]));

const status = (over: Partial<StatusInfo>): StatusInfo => ({
  categoryCode: null,
  statusCode: null,
  entityCode: null,
  categoryDescription: null,
  statusDescription: null,
  date: null,
  action: null,
  amount: null,
  message: null,
  additional: [],
  ...over,
});

describe('read277CA: the acks.md example', () => {
  const doc = read277CA(hn(DOC_277CA));

  it('has no diagnostics', () => {
    expect(doc.diagnostics).toEqual([]);
    expect(doc.type).toBe('277CA');
    expect(doc.transactions).toHaveLength(1);
  });

  it('claims: PCN1001 accepted with REF*1K, PCN1002 rejected (A7 562 82)', () => {
    expect(doc.transactions[0].claims).toEqual([
      {
        hlId: '4',
        patientControlNumber: 'PCN1001',
        payerClaimControlNumber: 'PAYERCLM0001',
        clearinghouseTraceNumber: null,
        billTypeCode: null,
        billingProviderNpi: '1234567893',
        patient: { lastName: 'DOE', firstName: 'JOHN', memberId: 'W123456789' },
        serviceDateFrom: '2024-03-01',
        serviceDateTo: '2024-03-01',
        statuses: [
          status({
            categoryCode: 'A2',
            statusCode: '20',
            categoryDescription: expect.stringMatching(/accept/i),
            statusDescription: expect.stringMatching(/accepted for processing/i),
            date: '2024-03-16',
            action: 'WQ',
            amount: '250.00',
          }),
        ],
        accepted: true,
      },
      {
        hlId: '5',
        patientControlNumber: 'PCN1002',
        payerClaimControlNumber: null,
        clearinghouseTraceNumber: null,
        billTypeCode: null,
        billingProviderNpi: '1234567893',
        patient: { lastName: 'ROE', firstName: 'MARY', memberId: 'W555000111' },
        serviceDateFrom: '2024-03-02',
        serviceDateTo: '2024-03-02',
        statuses: [
          status({
            categoryCode: 'A7',
            statusCode: '562',
            entityCode: '82',
            categoryDescription: expect.stringMatching(/invalid information/i),
            statusDescription: expect.stringMatching(/NPI/),
            date: '2024-03-16',
            action: 'U',
            amount: '180.00',
          }),
        ],
        accepted: false,
      },
    ]);
  });

  it('levels: payer, receiver (batch), billing provider', () => {
    const tx = doc.transactions[0];
    expect(tx).toMatchObject({ controlNumber: '0001', referenceId: 'ACK0001', date: '2024-03-16' });
    expect(tx.informationSources).toEqual([
      { hlId: '1', name: 'ACME HEALTH PLAN', idQualifier: 'PI', id: '12345', traceNumber: 'RCPT20240316001', receivedDate: '2024-03-15', processedDate: '2024-03-16' },
    ]);
    expect(tx.informationReceivers).toEqual([
      {
        hlId: '2',
        parentHlId: '1',
        name: 'GOOD HEALTH BILLING',
        idQualifier: '46',
        id: 'SUBMITTER01',
        traceNumber: 'BATCH0001',
        statuses: [status({ categoryCode: 'A1', statusCode: '19', entityCode: 'PR', categoryDescription: expect.any(String), statusDescription: expect.stringMatching(/receipt/i), date: '2024-03-16', action: 'WQ', amount: '430.00' })],
        acceptedQuantity: 1,
        rejectedQuantity: 1,
        acceptedAmount: '250.00',
        rejectedAmount: '180.00',
      },
    ]);
    expect(tx.billingProviders).toEqual([
      {
        hlId: '3',
        parentHlId: '2',
        name: 'GOOD HEALTH CLINIC',
        npi: '1234567893',
        idQualifier: 'XX',
        id: '1234567893',
        traceNumber: 'PRV0001',
        statuses: [status({ categoryCode: 'A1', statusCode: '19', entityCode: 'PR', categoryDescription: expect.any(String), statusDescription: expect.any(String), date: null, action: 'WQ', amount: '430.00' })],
        acceptedQuantity: 1,
        rejectedQuantity: 1,
        acceptedAmount: '250.00',
        rejectedAmount: '180.00',
      },
    ]);
  });
});

describe('read277CA: claims and lines', () => {
  it('service lines (2220D) with REF*FJ, their own STC and dates; REF*D9; RD8 ranges', () => {
    const doc = read277CA(
      withClaim([
        'NM1*QC*1*DOE*JOHN****MI*W1',
        'TRN*2*PCN1',
        'STC*A2:20*20240316*WQ*150.5',
        'REF*D9*CH0001',
        'DTP*472*RD8*20240301-20240305',
        'SVC*HC:99213*100*****1',
        'STC*A7:21:82*20240316*U*100',
        'REF*FJ*LINE1',
        'DTP*472*D8*20240301',
        'SVC*HC:85025*50.5',
        'STC*A2:20*20240316*WQ*50.5',
        'REF*FJ*LINE2',
      ]),
    );
    expect(doc.diagnostics).toEqual([]);
    const [claim] = doc.transactions[0].claims;
    expect(claim).toMatchObject({ patientControlNumber: 'PCN1', clearinghouseTraceNumber: 'CH0001', serviceDateFrom: '2024-03-01', serviceDateTo: '2024-03-05' });
    expect(claim.statuses).toHaveLength(1);
    expect(claim.statuses[0].amount).toBe('150.50');
    expect(claim.serviceLines).toEqual([
      {
        procedure: 'HC:99213',
        chargeAmount: '100.00',
        lineItemControlNumber: 'LINE1',
        serviceDateFrom: '2024-03-01',
        serviceDateTo: '2024-03-01',
        statuses: [expect.objectContaining({ categoryCode: 'A7', statusCode: '21', action: 'U', amount: '100.00' })],
      },
      {
        procedure: 'HC:85025',
        chargeAmount: '50.50',
        lineItemControlNumber: 'LINE2',
        serviceDateFrom: null,
        serviceDateTo: null,
        statuses: [expect.objectContaining({ categoryCode: 'A2' })],
      },
    ]);
  });

  it('several claims (TRN*2) under one patient; no serviceLines key without SVC', () => {
    const doc = read277CA(withClaim(['NM1*QC*1*DOE*JOHN****MI*W1', 'TRN*2*PCN1', 'STC*A2:20*20240316*WQ*1', 'TRN*2*PCN2', 'STC*A1:19*20240316*WQ*2']));
    expect(doc.transactions[0].claims.map((c) => [c.patientControlNumber, c.patient.lastName, c.accepted])).toEqual([
      ['PCN1', 'DOE', true],
      ['PCN2', 'DOE', true],
    ]);
    expect('serviceLines' in doc.transactions[0].claims[0]).toBe(false);
  });

  it('STC10 and STC11 and STC12 are read; a rejecting STC10 category rejects the claim', () => {
    const doc = read277CA(withClaim(['TRN*2*PCN1', 'STC*A1:19:PR*20240316*WQ*1******A8:21:85*A6:35*NPI MISMATCH']));
    const [s] = doc.transactions[0].claims[0].statuses;
    expect(s.message).toBe('NPI MISMATCH');
    expect(s.additional).toEqual([
      expect.objectContaining({ categoryCode: 'A8', statusCode: '21', entityCode: '85' }),
      expect.objectContaining({ categoryCode: 'A6', statusCode: '35', entityCode: null }),
    ]);
    expect(doc.transactions[0].claims[0].accepted).toBe(false);
  });
});

describe('isAccepted (acks.md §3 category families)', () => {
  it.each([
    [[{ categoryCode: 'A0', action: 'WQ' }], true],
    [[{ categoryCode: 'A1', action: 'WQ' }], true],
    [[{ categoryCode: 'A2', action: 'WQ' }], true],
    [[{ categoryCode: 'A5', action: 'WQ' }], true],
    [[{ categoryCode: 'A3', action: 'WQ' }], false],
    [[{ categoryCode: 'A4', action: 'WQ' }], false],
    [[{ categoryCode: 'A6', action: 'U' }], false],
    // Category says rejected even when the action says accept (the OopFactory sample does this).
    [[{ categoryCode: 'A7', action: 'WQ' }], false],
    [[{ categoryCode: 'A2', action: 'WQ' }, { categoryCode: 'A7', action: 'WQ' }], false],
    [[{ categoryCode: 'A1', action: 'WQ' }, { categoryCode: 'A3', action: 'WQ' }], false],
    [[{ categoryCode: 'A1', action: 'WQ' }, { categoryCode: 'A4', action: 'WQ' }], false],
    [[{ categoryCode: 'A8', action: 'U' }], false],
    [[{ categoryCode: 'A2', action: 'WQ' }, { categoryCode: 'A6', action: 'WQ' }], false],
    [[{ categoryCode: 'A2', action: 'WQ' }, { categoryCode: 'A8', action: 'WQ' }], false],
    // Action U rejects whatever the category.
    [[{ categoryCode: 'A2', action: 'U' }], false],
    [[{ categoryCode: 'A2', action: 'WQ' }, { categoryCode: 'A7', action: 'U' }], false],
    // Pending / finalized alone say nothing about front-end acceptance.
    [[{ categoryCode: 'P1', action: null }], false],
    [[], false],
  ])('%j → %s', (statuses, expected) => {
    expect(isAccepted(statuses.map((s) => status(s)))).toBe(expected);
  });
});

describe('read277CA: malformed pieces become diagnostics', () => {
  const codes = (text: string) => read277CA(text).diagnostics.map((d) => [d.code, d.segmentIndex]);

  it('STC with an empty STC01, an unknown category, a bad date, a bad amount', () => {
    const doc = read277CA(withClaim(['TRN*2*PCN1', 'STC**20240316*U*1', 'STC*Z9:20*20241399*WQ*abc']));
    expect(doc.diagnostics.map((d) => [d.code, d.segmentIndex])).toEqual([
      ['MISSING_VALUE', 9],
      ['MISSING_VALUE', 9],
      ['UNKNOWN_CODE', 10],
      ['INVALID_DATE', 10],
      ['INVALID_NUMBER', 10],
    ]);
    expect(doc.transactions[0].claims[0].statuses[1]).toMatchObject({ categoryCode: 'Z9', categoryDescription: null, date: null, amount: null, action: 'WQ' });
  });

  it('STC before the claim TRN opens a claim without a patient control number', () => {
    const doc = read277CA(withClaim(['STC*A2:20*20240316*WQ*1', 'TRN*2*PCN2', 'STC*A2:20*20240316*WQ*2']));
    expect(doc.diagnostics.map((d) => [d.code, d.segmentIndex])).toEqual([['MISSING_SEGMENT', 8]]);
    expect(doc.transactions[0].claims.map((c) => c.patientControlNumber)).toEqual([null, 'PCN2']);
  });

  it('STC before any HL, an unknown HL level, a segment out of place', () => {
    const text = hn(transactionSet('277', '0001', '005010X214', ['BHT*0085*08*A1*20240316*0900*TH', 'STC*A1:19*20240316*WQ*1', 'HL*1**99*1', 'NM1*PR*2*X', 'HL*2**20*1', 'SVC*HC:1*1']));
    expect(codes(text)).toEqual([
      ['UNEXPECTED_SEGMENT', 4],
      ['UNKNOWN_CODE', 5],
      ['UNEXPECTED_SEGMENT', 6],
      ['UNEXPECTED_SEGMENT', 8],
    ]);
  });

  it('a 277 of another guide is read with UNSUPPORTED_VERSION', () => {
    const text = interchange([{ functionalId: 'HN', version: '005010X212', transactionSets: [transactionSet('277', '0001', '005010X212', ['BHT*0010*08*A1*20240316*0900*DG'])] }]);
    expect(codes(text)).toEqual([['UNSUPPORTED_VERSION', 2]]);
  });
});
