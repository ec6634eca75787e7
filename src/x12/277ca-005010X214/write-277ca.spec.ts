// write277CA: the two-claim example of acks.md §3 (one accepted, one rejected), with the counts
// and totals computed, read back by read277CA.
import { write277CA } from './write-277ca';
import { read277CA } from './reader';

describe('write277CA', () => {
  const text = write277CA({
    interchange: { senderQualifier: 'ZZ', senderId: 'PAYER01', receiverQualifier: 'ZZ', receiverId: 'SUBMITTER01', date: '20240316', time: '0900', controlNumber: 77, acknowledgmentRequested: false, usage: 'T' },
    group: { senderCode: 'PAYER01', receiverCode: 'SUBMITTER01', date: '20240316', time: '0900', controlNumber: 77 },
    transactions: [
      {
        controlNumber: 1,
        referenceId: 'ACK0001',
        date: '20240316',
        time: '0900',
        source: { entity: 'PR', name: 'ACME HEALTH PLAN', id: '12345', traceNumber: 'RCPT20240316001', receivedDate: '20240315' },
        receiver: { name: 'GOOD HEALTH BILLING', id: 'SUBMITTER01', traceNumber: 'BATCH0001' },
        providers: [
          {
            name: 'GOOD HEALTH CLINIC',
            npi: '1234567893',
            traceNumber: 'PRV0001',
            claims: [
              { patient: { lastName: 'DOE', firstName: 'JOHN', memberId: 'W123456789' }, patientControlNumber: 'PCN1001', chargeCents: 25000, statuses: [{ categoryCode: 'A2', statusCode: '20', action: 'WQ' }], payerClaimControlNumber: 'PAYERCLM0001', serviceDateFrom: '20240301' },
              { patient: { lastName: 'ROE', firstName: 'MARY', memberId: 'W555000111' }, patientControlNumber: 'PCN1002', chargeCents: 18000, statuses: [{ categoryCode: 'A7', statusCode: '562', entityCode: '82', action: 'U' }], serviceDateFrom: '20240302' },
            ],
          },
        ],
      },
    ],
  });

  it('writes the acks.md example segment for segment', () => {
    const body = text.slice(text.indexOf('ST*'), text.indexOf('GE*')).split('~').filter(Boolean);
    expect(body).toEqual([
      'ST*277*0001*005010X214',
      'BHT*0085*08*ACK0001*20240316*0900*TH',
      'HL*1**20*1',
      'NM1*PR*2*ACME HEALTH PLAN*****PI*12345',
      'TRN*1*RCPT20240316001',
      'DTP*050*D8*20240315',
      'DTP*009*D8*20240316',
      'HL*2*1*21*1',
      'NM1*41*2*GOOD HEALTH BILLING*****46*SUBMITTER01',
      'TRN*2*BATCH0001',
      'STC*A1:19:PR*20240316*WQ*430',
      'QTY*90*1',
      'QTY*AA*1',
      'AMT*YU*250',
      'AMT*YY*180',
      'HL*3*2*19*1',
      'NM1*85*2*GOOD HEALTH CLINIC*****XX*1234567893',
      'TRN*1*PRV0001',
      'STC*A1:19:PR**WQ*430',
      'QTY*QA*1',
      'QTY*QC*1',
      'AMT*YU*250',
      'AMT*YY*180',
      'HL*4*3*PT',
      'NM1*QC*1*DOE*JOHN****MI*W123456789',
      'TRN*2*PCN1001',
      'STC*A2:20*20240316*WQ*250',
      'REF*1K*PAYERCLM0001',
      'DTP*472*D8*20240301',
      'HL*5*3*PT',
      'NM1*QC*1*ROE*MARY****MI*W555000111',
      'TRN*2*PCN1002',
      'STC*A7:562:82*20240316*U*180',
      'DTP*472*D8*20240302',
      'SE*35*0001',
    ]);
  });

  it('reads back: PCN1001 accepted with its payer claim number, PCN1002 rejected', () => {
    const doc = read277CA(text);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.transactions[0].claims.map((c) => [c.patientControlNumber, c.accepted, c.payerClaimControlNumber])).toEqual([
      ['PCN1001', true, 'PAYERCLM0001'],
      ['PCN1002', false, null],
    ]);
  });
});
