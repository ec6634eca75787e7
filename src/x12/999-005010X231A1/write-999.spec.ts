// write999: the accepted and rejected examples of acks.md §2, transaction set for transaction set,
// and read back by read999 with the same results.
import { write999, type Write999Input } from './write-999';
import { read999 } from './reader';

const envelope: Omit<Write999Input, 'transactions'> = {
  interchange: { senderQualifier: 'ZZ', senderId: 'RECEIVER01', receiverQualifier: 'ZZ', receiverId: 'SUBMITTER01', date: '20240315', time: '1201', controlNumber: 905, acknowledgmentRequested: false, usage: 'T' },
  group: { senderCode: 'RECEIVER01', receiverCode: 'SUBMITTER01', date: '20240315', time: '1201', controlNumber: 905 },
};
const body = (text: string): string => text.slice(text.indexOf('ST*'), text.indexOf('GE*'));

describe('write999', () => {
  it('writes the accepted example', () => {
    const text = write999({
      ...envelope,
      transactions: [{ controlNumber: 1, functionalIdentifier: 'HC', groupControlNumber: '101', version: '005010X222A1', transactionResponses: [{ transactionSetId: '837', controlNumber: '0001', implementationGuide: '005010X222A1' }] }],
    });
    expect(body(text)).toBe('ST*999*0001*005010X231A1~AK1*HC*101*005010X222A1~AK2*837*0001*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~');
    expect(text).toContain('GS*FA*RECEIVER01*SUBMITTER01*20240315*1201*905*X*005010X231A1~');
  });

  it('writes the rejected example (IK3/CTX/IK4, IK5 R I5, AK9 R) and reads it back', () => {
    const text = write999({
      ...envelope,
      transactions: [
        {
          controlNumber: 1,
          functionalIdentifier: 'HC',
          groupControlNumber: '101',
          version: '005010X222A1',
          transactionResponses: [
            {
              transactionSetId: '837',
              controlNumber: '0001',
              implementationGuide: '005010X222A1',
              segmentErrors: [{ segmentId: 'SV1', position: 28, loopId: '2400', errorCode: '8', businessUnit: { name: 'CLM01', reference: 'PCN1001' }, elementErrors: [{ position: 3, reference: '355', errorCode: '7', badData: 'XX' }] }],
            },
          ],
        },
      ],
    });
    expect(body(text)).toBe('ST*999*0001*005010X231A1~AK1*HC*101*005010X222A1~AK2*837*0001*005010X222A1~IK3*SV1*28*2400*8~CTX*CLM01:PCN1001~IK4*3*355*7*XX~IK5*R*I5~AK9*R*1*1*0~SE*9*0001~');
    const doc = read999(text);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.transactions[0].transactionResponses[0].segmentErrors[0]).toMatchObject({ segmentId: 'SV1', position: 28, loopId: '2400', errorCode: '8' });
  });

  it('answers P when some sets are accepted and some rejected', () => {
    const text = write999({
      ...envelope,
      transactions: [
        {
          controlNumber: 1,
          functionalIdentifier: 'HC',
          groupControlNumber: '7',
          version: '005010X222A1',
          transactionResponses: [
            { transactionSetId: '837', controlNumber: '0001' },
            { transactionSetId: '837', controlNumber: '0002', errorCodes: ['4'] },
          ],
        },
      ],
    });
    expect(text).toContain('IK5*R*4~AK9*P*2*2*1~');
  });
});
