// write835: the PLB-and-reversal example of 835-structure §9 from charges and adjustments alone —
// every paid amount, CLP05 and BPR02 computed — read back balanced by read835.
import { write835, type Write835Input } from './write-835';
import { read835 } from './read-835';

const input: Write835Input = {
  interchange: { senderQualifier: 'ZZ', senderId: 'PAYER01', receiverQualifier: 'ZZ', receiverId: 'PROVIDER01', date: '20240315', time: '0800', controlNumber: 501, acknowledgmentRequested: false, usage: 'P' },
  group: { senderCode: 'PAYER01', receiverCode: 'PROVIDER01', date: '20240315', time: '0800', controlNumber: 501 },
  transactions: [
    {
      controlNumber: 1,
      method: 'CHK',
      paymentDate: '20240315',
      traceNumber: 'EFT0001234',
      payerIdentifier: '1512345678',
      productionDate: '20240314',
      payer: { name: 'ACME HEALTH PLAN', address: { line1: 'PO BOX 1000', city: 'SPRINGFIELD', state: 'IL', postalCode: '627010000' }, technicalContact: { name: 'EDI SUPPORT', phone: '8005551212' } },
      payee: { name: 'GOOD HEALTH CLINIC', npi: '1234567893' },
      claims: [
        {
          patientControlNumber: 'PCN1001',
          status: '1',
          chargeCents: 25000,
          filingIndicator: '12',
          payerClaimControlNumber: 'PAYERCLM0001',
          facilityCode: '11',
          frequencyCode: '1',
          patient: { lastName: 'DOE', firstName: 'JOHN', memberId: 'W123456789' },
          adjustments: [],
          services: [
            { procedure: { qualifier: 'HC', code: '99214' }, chargeCents: 15000, units: '1', serviceDate: '20240301', lineItemControlNumber: 'PCN1001L1', allowedCents: 12000, adjustments: [{ group: 'CO', reason: '45', amountCents: 3000 }, { group: 'PR', reason: '3', amountCents: 2000 }] },
            { procedure: { qualifier: 'HC', code: '85025' }, chargeCents: 10000, units: '1', serviceDate: '20240301', lineItemControlNumber: 'PCN1001L2', allowedCents: 6000, adjustments: [{ group: 'CO', reason: '45', amountCents: 4000 }], remarks: ['N381'] },
          ],
        },
        {
          patientControlNumber: 'PCN0950',
          status: '22',
          chargeCents: -30000,
          filingIndicator: '12',
          payerClaimControlNumber: 'PAYERCLM0777',
          facilityCode: '11',
          frequencyCode: '1',
          patient: { lastName: 'DOE', firstName: 'JOHN', memberId: 'W123456789' },
          adjustments: [],
          services: [{ procedure: { qualifier: 'HC', code: '99215' }, chargeCents: -30000, serviceDate: '20240201', adjustments: [{ group: 'CO', reason: '45', amountCents: -10000 }] }],
        },
        {
          patientControlNumber: 'PCN0950',
          status: '1',
          chargeCents: 30000,
          filingIndicator: '12',
          payerClaimControlNumber: 'PAYERCLM0778',
          facilityCode: '11',
          frequencyCode: '1',
          patient: { lastName: 'DOE', firstName: 'JOHN', memberId: 'W123456789' },
          adjustments: [],
          services: [{ procedure: { qualifier: 'HC', code: '99215' }, chargeCents: 30000, serviceDate: '20240201', adjustments: [{ group: 'CO', reason: '45', amountCents: 8000 }] }],
        },
      ],
      providerAdjustments: [
        { providerId: '1234567893', fiscalPeriodDate: '20241231', reason: 'L6', amountCents: -525 },
        { providerId: '1234567893', fiscalPeriodDate: '20241231', reason: 'WO', reference: 'PAYERCLM0555', amountCents: 5000 },
      ],
    },
  ],
};

describe('write835', () => {
  const text = write835(input);

  it('computes SVC03, CLP04, CLP05 and BPR02 from the charges and adjustments', () => {
    expect(text).toContain('BPR*C*135.25*C*CHK************20240315~');
    expect(text).toContain('CLP*PCN1001*1*250*160*20*12*PAYERCLM0001*11*1~');
    expect(text).toContain('SVC*HC:99214*150*100**1~DTM*472*20240301~CAS*CO*45*30~CAS*PR*3*20~REF*6R*PCN1001L1~AMT*B6*120~');
    expect(text).toContain('CLP*PCN0950*22*-300*-200**12*PAYERCLM0777*11*1~');
    expect(text).toContain('PLB*1234567893*20241231*L6*-5.25*WO:PAYERCLM0555*50~');
  });

  it('reads back balanced, without diagnostics', () => {
    const t = read835(text).transactions[0];
    expect(t.diagnostics).toEqual([]);
    expect(t.balanced).toBe(true);
    expect(t.payment.amount).toBe('135.25');
  });

  it('writes a zero payment as BPR*H*0*C*NON', () => {
    const denied = write835({ ...input, transactions: [{ ...input.transactions[0], claims: [], providerAdjustments: [] }] });
    expect(denied).toContain('BPR*H*0*C*NON************20240315~');
  });

  it('refuses a negative payment', () => {
    expect(() => write835({ ...input, transactions: [{ ...input.transactions[0], claims: [input.transactions[0].claims[1]], providerAdjustments: [] }] })).toThrow(/FB/);
  });
});
