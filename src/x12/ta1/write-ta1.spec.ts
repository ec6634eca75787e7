// writeTa1: the acks.md §1 example, byte for byte, and read back by readTa1.
import { writeTa1 } from './write-ta1';
import { readTa1 } from './reader';

describe('writeTa1', () => {
  const text = writeTa1({
    interchange: { senderQualifier: 'ZZ', senderId: 'RECEIVER01', receiverQualifier: 'ZZ', receiverId: 'SUBMITTER01', date: '20240315', time: '1201', controlNumber: 904, acknowledgmentRequested: false, usage: 'T' },
    acknowledgments: [{ interchangeControlNumber: 101, date: '240315', time: '1200', acknowledgmentCode: 'A', noteCode: '000' }],
  });

  it('writes the TA1 between ISA and IEA, with IEA01 = 0', () => {
    expect(text).toBe(
      'ISA*00*          *00*          *ZZ*RECEIVER01     *ZZ*SUBMITTER01    *240315*1201*^*00501*000000904*0*T*:~' + 'TA1*000000101*240315*1200*A*000~' + 'IEA*0*000000904~',
    );
  });

  it('reads back without diagnostics', () => {
    const doc = readTa1(text);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.acknowledgments[0]).toMatchObject({ interchangeControlNumber: '000000101', acknowledgmentCode: 'A', noteCode: '000' });
  });
});
