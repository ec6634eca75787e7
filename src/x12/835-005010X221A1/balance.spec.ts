// Balancing (835-structure §7): the line, claim and payment rules, each shown to hold on the
// guide's worked example (§9) and to fail on its own when one amount is changed. Reversals keep
// their negative amounts; a debit payment (BPR03 = D) nets to −BPR02.
import { read835 } from './read-835';
import type { Remittance835Transaction } from './model';

/** The pyx12-validated example of 835-structure §9 (PLB and a reversal), with counts computed. */
const EXAMPLE_BODY = [
  'BPR*I*135.25*C*ACH*CCP*01*999999992*DA*123456789*1512345678**01*999988880*DA*987654321*20240315',
  'TRN*1*EFT0001234*1512345678',
  'DTM*405*20240314',
  'N1*PR*ACME HEALTH PLAN',
  'N3*PO BOX 1000',
  'N4*SPRINGFIELD*IL*627010000',
  'PER*BL*EDI SUPPORT*TE*8005551212',
  'N1*PE*GOOD HEALTH CLINIC*XX*1234567893',
  'LX*1',
  'CLP*PCN1001*1*250*160*20*12*PAYERCLM0001*11*1',
  'NM1*QC*1*DOE*JOHN****MI*W123456789',
  'SVC*HC:99214*150*100**1',
  'DTM*472*20240301',
  'CAS*CO*45*30',
  'CAS*PR*3*20',
  'REF*6R*PCN1001L1',
  'AMT*B6*120',
  'SVC*HC:85025*100*60**1',
  'DTM*472*20240301',
  'CAS*CO*45*40',
  'REF*6R*PCN1001L2',
  'AMT*B6*60',
  'LQ*HE*N381',
  'CLP*PCN0950*22*-300*-200**12*PAYERCLM0777*11*1',
  'NM1*QC*1*DOE*JOHN****MI*W123456789',
  'SVC*HC:99215*-300*-200',
  'DTM*472*20240201',
  'CAS*CO*45*-100',
  'CLP*PCN0950*1*300*220**12*PAYERCLM0778*11*1',
  'NM1*QC*1*DOE*JOHN****MI*W123456789',
  'SVC*HC:99215*300*220',
  'DTM*472*20240201',
  'CAS*CO*45*80',
  'PLB*1234567893*20241231*L6*-5.25*WO:PAYERCLM0555*50',
];

function interchange835(body: readonly string[], gs08 = '005010X221A1'): string {
  return [
    'ISA*00*          *00*          *ZZ*PAYER01        *ZZ*PROVIDER01     *240315*0800*^*00501*000000501*0*P*:',
    `GS*HP*PAYER01*PROVIDER01*20240315*0800*501*X*${gs08}`,
    'ST*835*0001',
    ...body,
    `SE*${body.length + 2}*0001`,
    'GE*1*501',
    'IEA*1*000000501',
  ].join('~\n') + '~\n';
}

function readOne(body: readonly string[]): Remittance835Transaction {
  const doc = read835(interchange835(body));
  expect(doc.transactions).toHaveLength(1);
  return doc.transactions[0];
}

function replace(body: readonly string[], from: string, to: string): string[] {
  const i = body.indexOf(from);
  if (i === -1) throw new Error(`test premise: ${from} not in the body`);
  return [...body.slice(0, i), to, ...body.slice(i + 1)];
}

const codes = (tx: Remittance835Transaction) => tx.diagnostics.map((d) => d.code);

describe('835 balancing (835-structure §7)', () => {
  it('the worked example of §9 balances: lines, claims (reversal included) and the payment', () => {
    const tx = readOne(EXAMPLE_BODY);
    expect(tx.diagnostics).toEqual([]);
    expect(tx.balanced).toBe(true);
    expect(tx.payment.amount).toBe('135.25');
    expect(tx.claims.map((c) => [c.status, c.charge, c.paid])).toEqual([
      ['1', '250.00', '160.00'],
      ['22', '-300.00', '-200.00'],
      ['1', '300.00', '220.00'],
    ]);
    expect(tx.claims[1].services[0].adjustments).toEqual([{ group: 'CO', reason: '45', amount: '-100.00', quantity: null }]);
    expect(tx.providerAdjustments.map((p) => [p.reason, p.reference, p.amount])).toEqual([
      ['L6', null, '-5.25'],
      ['WO', 'PAYERCLM0555', '50.00'],
    ]);
  });

  it('rule 1 fails alone: a line whose SVC03 is not SVC02 − its CAS (claim still balances)', () => {
    // Line 2 pays 60 after 40 CO45; say the CAS was 30 and move the 10 to a claim-level CAS.
    let body = replace(EXAMPLE_BODY, 'CAS*CO*45*40', 'CAS*CO*45*30');
    body = [...body.slice(0, 10), 'CAS*OA*23*10', ...body.slice(10)];
    const tx = readOne(body);
    expect(codes(tx)).toEqual(['LINE_OUT_OF_BALANCE']);
    expect(tx.balanced).toBe(false);
    expect(tx.diagnostics[0]).toEqual({
      code: 'LINE_OUT_OF_BALANCE',
      // ISA is segment 0, so body[i] is segment 3 + i; the inserted CAS moves line 2 to 21.
      message: 'claim 1, service line 2 (SVC at segment 21): charge 100.00 − adjustments 30.00 = 70.00, but paid is 60.00',
      segmentIndex: 21,
    });
  });

  it('rule 2 fails alone: CLP04 is not CLP03 − claim CAS − line CAS (lines and payment balance)', () => {
    // Pay 10 more on the claim and take 10 more PLB, so only the claim equation breaks.
    let body = replace(EXAMPLE_BODY, 'CLP*PCN1001*1*250*160*20*12*PAYERCLM0001*11*1', 'CLP*PCN1001*1*250*170*20*12*PAYERCLM0001*11*1');
    body = replace(body, 'PLB*1234567893*20241231*L6*-5.25*WO:PAYERCLM0555*50', 'PLB*1234567893*20241231*L6*-5.25*WO:PAYERCLM0555*60');
    const tx = readOne(body);
    expect(codes(tx)).toEqual(['CLAIM_OUT_OF_BALANCE']);
    expect(tx.diagnostics[0].message).toBe(
      'claim 1 (CLP at segment 12): charge 250.00 − claim adjustments 0.00 − line adjustments 90.00 = 160.00, but paid is 170.00',
    );
    expect(tx.balanced).toBe(false);
  });

  it('rule 2 counts claim-level and line-level CAS together', () => {
    // Claim-level CO 10 on PCN1001: CLP04 must drop by 10 (and BPR02 with it) to stay balanced.
    let body = replace(EXAMPLE_BODY, 'CLP*PCN1001*1*250*160*20*12*PAYERCLM0001*11*1', 'CLP*PCN1001*1*250*150*20*12*PAYERCLM0001*11*1');
    body = [...body.slice(0, 10), 'CAS*CO*45*10', ...body.slice(10)];
    body = replace(body, body[0], body[0].replace('135.25', '125.25'));
    const tx = readOne(body);
    expect(tx.diagnostics).toEqual([]);
    expect(tx.claims[0].adjustments).toEqual([{ group: 'CO', reason: '45', amount: '10.00', quantity: null }]);
    // Without the claim-level CAS the same CLP04 no longer balances.
    const without = readOne(body.filter((s) => s !== 'CAS*CO*45*10'));
    expect(codes(without)).toEqual(['CLAIM_OUT_OF_BALANCE']);
  });

  it('rule 3 fails alone: BPR02 is not Σ CLP04 − Σ PLB (PLB sign: positive is withheld)', () => {
    const tx = readOne(replace(EXAMPLE_BODY, EXAMPLE_BODY[0], EXAMPLE_BODY[0].replace('135.25', '225.25')));
    expect(codes(tx)).toEqual(['PAYMENT_OUT_OF_BALANCE']);
    expect(tx.diagnostics[0]).toEqual({
      code: 'PAYMENT_OUT_OF_BALANCE',
      message: 'BPR02 225.25 ≠ Σ claim payments 180.00 − Σ provider adjustments 44.75 = 135.25',
      segmentIndex: 3,
    });
    // Reading the PLB sign the intuitive way (positive = added) would have given 224.75, not 135.25.
    expect(tx.balanced).toBe(false);
  });

  it('an imbalance is never fatal: later claims and transactions are still read', () => {
    const tx = readOne(replace(EXAMPLE_BODY, 'SVC*HC:99214*150*100**1', 'SVC*HC:99214*150*999**1'));
    expect(tx.claims).toHaveLength(3);
    expect(codes(tx)).toEqual(['LINE_OUT_OF_BALANCE']);
  });

  it('a debit payment (BPR03 = D) balances against −BPR02', () => {
    const body = [
      'BPR*I*50*D*ACH*CCP*01*999999992*DA*123456789*1512345678**01*999988880*DA*987654321*20240315',
      ...EXAMPLE_BODY.slice(1, 9),
      'CLP*PCN0950*22*-300*-200**12*PAYERCLM0777*11*1',
      'NM1*QC*1*DOE*JOHN****MI*W123456789',
      'SVC*HC:99215*-300*-200',
      'CAS*CO*45*-100',
      'CLP*PCN0950*1*300*150**12*PAYERCLM0778*11*1',
      'NM1*QC*1*DOE*JOHN****MI*W123456789',
      'SVC*HC:99215*300*150',
      'CAS*CO*45*150',
    ];
    expect(readOne(body).diagnostics).toEqual([]);
    expect(codes(readOne(replace(body, body[0], body[0].replace('*D*', '*C*'))))).toEqual(['PAYMENT_OUT_OF_BALANCE']);
  });

  it('claims without service lines balance on claim-level CAS alone', () => {
    const body = [...EXAMPLE_BODY.slice(0, 9), 'CLP*PCN7*4*125*0**12*ICN7*11*1', 'CAS*CO*29*125', 'NM1*QC*1*DOE*JANE****MI*W1'];
    const head = replace(body, body[0], body[0].replace('135.25', '0'));
    expect(readOne(head).diagnostics).toEqual([]);
    expect(codes(readOne(replace(head, 'CAS*CO*29*125', 'CAS*CO*29*120')))).toEqual(['CLAIM_OUT_OF_BALANCE']);
  });

  it('an unreadable amount makes its rules unverifiable, not silently balanced', () => {
    const tx = readOne(replace(EXAMPLE_BODY, 'CAS*CO*45*30', 'CAS*CO*45*3O'));
    expect(codes(tx)).toEqual(['INVALID_NUMBER', 'BALANCE_NOT_VERIFIABLE', 'BALANCE_NOT_VERIFIABLE']);
    expect(tx.balanced).toBe(false);
    expect(tx.claims[0].services[0].adjustments[0]).toEqual({ group: 'CO', reason: '45', amount: null, quantity: null });
  });

  it('a missing CLP04 makes the claim and the payment unverifiable', () => {
    const tx = readOne(replace(EXAMPLE_BODY, 'CLP*PCN1001*1*250*160*20*12*PAYERCLM0001*11*1', 'CLP*PCN1001*1*250**20*12*PAYERCLM0001*11*1'));
    expect(codes(tx)).toEqual(['MISSING_VALUE', 'BALANCE_NOT_VERIFIABLE', 'BALANCE_NOT_VERIFIABLE']);
    expect(tx.claims[0].paid).toBeNull();
  });

  it('amounts are exact in cents (no float drift over many small amounts)', () => {
    // 0.1 + 0.2 ≠ 0.3 in floats; ten lines of 0.10 + 0.20 must balance exactly.
    const lines: string[] = [];
    for (let i = 0; i < 10; i++) lines.push('SVC*HC:99211*0.3*0.1', 'CAS*CO*45*0.2');
    const body = [
      EXAMPLE_BODY[0].replace('135.25', '1'),
      ...EXAMPLE_BODY.slice(1, 9),
      'CLP*PCN1*1*3*1**12*ICN1',
      'NM1*QC*1*DOE*JOHN',
      ...lines,
    ];
    const tx = readOne(body);
    expect(tx.diagnostics).toEqual([]);
    expect(tx.claims[0].services[0]).toMatchObject({ charge: '0.30', paid: '0.10' });
  });
});
