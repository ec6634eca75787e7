// 999 reading: the two acks.md §2 examples (validated with pyx12) against objects written by hand
// from the doc, a TA1 between ISA and GS (Office Ally), and malformed IK3/IK4/IK5 as diagnostics.
import { interchange, transactionSet } from '../acks/synthetic';
import { read999 } from './reader';

/** acks.md §2 "Accepted", verbatim. */
const DOC_ACCEPTED = ['ST*999*0001*005010X231A1~', 'AK1*HC*101*005010X222A1~', 'AK2*837*0001*005010X222A1~', 'IK5*A~', 'AK9*A*1*1*1~', 'SE*6*0001~'].join('');

/** acks.md §2 "Rejected", verbatim. */
const DOC_REJECTED = [
  'ST*999*0001*005010X231A1~',
  'AK1*HC*101*005010X222A1~',
  'AK2*837*0001*005010X222A1~',
  'IK3*SV1*28*2400*8~',
  'CTX*CLM01:PCN1001~',
  'IK4*3*355*7*XX~',
  'IK5*R*I5~',
  'AK9*R*1*1*0~',
  'SE*9*0001~',
].join('');

const fa = (...transactionSets: string[]) => interchange([{ functionalId: 'FA', version: '005010X231A1', transactionSets }]);
const ack = (body: string[]) => fa(transactionSet('999', '0001', '005010X231A1', body));

describe('read999: acks.md examples', () => {
  it('accepted', () => {
    expect(read999(fa(DOC_ACCEPTED))).toEqual({
      type: '999',
      interchangeAcknowledgments: [],
      transactions: [
        {
          controlNumber: '0001',
          groupResponse: {
            functionalIdentifier: 'HC',
            groupControlNumber: '101',
            version: '005010X222A1',
            ackCode: 'A',
            ackDescription: expect.stringMatching(/^accepted/i),
            errorCodes: [],
            includedCount: 1,
            receivedCount: 1,
            acceptedCount: 1,
          },
          transactionResponses: [
            {
              transactionSetId: '837',
              controlNumber: '0001',
              implementationGuide: '005010X222A1',
              ackCode: 'A',
              ackDescription: expect.stringMatching(/^accepted/i),
              errorCodes: [],
              segmentErrors: [],
            },
          ],
        },
      ],
      diagnostics: [],
    });
  });

  it('rejected: SV1 at position 28 in loop 2400, element 3 (355) invalid code XX, claim PCN1001', () => {
    const doc = read999(fa(DOC_REJECTED));
    expect(doc.diagnostics).toEqual([]);
    expect(doc.transactions).toEqual([
      {
        controlNumber: '0001',
        groupResponse: {
          functionalIdentifier: 'HC',
          groupControlNumber: '101',
          version: '005010X222A1',
          ackCode: 'R',
          ackDescription: expect.stringMatching(/rejected/i),
          errorCodes: [],
          includedCount: 1,
          receivedCount: 1,
          acceptedCount: 0,
        },
        transactionResponses: [
          {
            transactionSetId: '837',
            controlNumber: '0001',
            implementationGuide: '005010X222A1',
            ackCode: 'R',
            ackDescription: expect.stringMatching(/rejected/i),
            errorCodes: ['I5'],
            segmentErrors: [
              {
                segmentId: 'SV1',
                position: 28,
                loopId: '2400',
                errorCode: '8',
                description: expect.stringMatching(/element errors/i),
                context: [
                  { name: 'CLM01', reference: 'PCN1001', segmentId: null, segmentPosition: null, loopId: null, elementPosition: null, elementReference: null },
                ],
                elementErrors: [
                  {
                    position: 3,
                    component: null,
                    repeat: null,
                    reference: '355',
                    errorCode: '7',
                    description: expect.stringMatching(/invalid code value/i),
                    badData: 'XX',
                    context: [],
                  },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });
});

describe('read999: structure', () => {
  it('reads a TA1 between ISA and GS (Office Ally) into interchangeAcknowledgments', () => {
    const text = interchange([{ functionalId: 'FA', version: '005010X231A1', transactionSets: [DOC_ACCEPTED] }], ['TA1*000000101*240315*1200*A*000']);
    const doc = read999(text);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.interchangeAcknowledgments).toEqual([
      expect.objectContaining({ interchangeControlNumber: '000000101', acknowledgmentCode: 'A', noteCode: '000', segmentIndex: 1 }),
    ]);
    expect(doc.transactions).toHaveLength(1);
    expect(doc.transactions[0].transactionResponses[0].ackCode).toBe('A');
  });

  it('IK401 composite: element, component and repetition positions; CTX after IK4 is element context', () => {
    const doc = read999(
      ack(['AK1*HC*7*005010X222A1', 'AK2*837*0002', 'IK3*CLM*5*2300*8', 'IK4*11:2:3*1362*7*ZZ', 'CTX*SITUATIONAL TRIGGER*CLM*5*2300*11:2', 'IK5*R*5', 'AK9*R*1*1*0']),
    );
    expect(doc.diagnostics).toEqual([]);
    const e = doc.transactions[0].transactionResponses[0].segmentErrors[0];
    expect(e.context).toEqual([]);
    expect(e.elementErrors[0]).toMatchObject({ position: 11, component: 2, repeat: 3, reference: '1362', badData: 'ZZ' });
    expect(e.elementErrors[0].context).toEqual([
      { name: 'SITUATIONAL TRIGGER', reference: null, segmentId: 'CLM', segmentPosition: 5, loopId: '2300', elementPosition: '11:2', elementReference: null },
    ]);
  });

  it('several AK2 loops and 999 transaction sets', () => {
    const t1 = transactionSet('999', '0001', '005010X231A1', ['AK1*HC*1', 'AK2*837*0001', 'IK5*A', 'AK2*837*0002', 'IK5*E', 'AK9*E*2*2*2']);
    const t2 = transactionSet('999', '0002', '005010X231A1', ['AK1*HC*2', 'AK9*A*1*1*1']);
    const doc = read999(fa(t1, t2));
    expect(doc.transactions.map((t) => [t.controlNumber, t.groupResponse.groupControlNumber, t.transactionResponses.map((r) => r.ackCode)])).toEqual([
      ['0001', '1', ['A', 'E']],
      ['0002', '2', []],
    ]);
    expect(doc.diagnostics).toEqual([]);
  });
});

describe('read999: malformed pieces become diagnostics', () => {
  const codes = (text: string) => read999(text).diagnostics.map((d) => [d.code, d.segmentIndex]);
  // Segment indexes: ISA 0, GS 1, ST 2, AK1 3, AK2 4, then the segments under test from 5.

  it('IK3 with an empty IK301, a non-numeric IK302 and an unknown IK304', () => {
    const doc = read999(ack(['AK1*HC*1', 'AK2*837*0001', 'IK3**X1*2300*Q', 'IK5*R*5', 'AK9*R*1*1*0']));
    expect(doc.diagnostics.map((d) => [d.code, d.segmentIndex])).toEqual([
      ['MISSING_VALUE', 5],
      ['INVALID_NUMBER', 5],
      ['UNKNOWN_CODE', 5],
    ]);
    // Still in the model, with what could be read.
    expect(doc.transactions[0].transactionResponses[0].segmentErrors[0]).toMatchObject({ segmentId: null, position: null, loopId: '2300', errorCode: 'Q', description: null });
  });

  it('IK3 outside an AK2 loop, IK4 and CTX without an IK3', () => {
    expect(codes(ack(['AK1*HC*1', 'IK3*CLM*5**8', 'IK4*1**1', 'CTX*CLM01:X', 'AK9*R*1*1*0']))).toEqual([
      ['UNEXPECTED_SEGMENT', 4],
      ['UNEXPECTED_SEGMENT', 5],
      ['UNEXPECTED_SEGMENT', 6],
    ]);
  });

  it('IK4 with a non-numeric position, a missing IK403, an unknown IK403', () => {
    expect(codes(ack(['AK1*HC*1', 'AK2*837*0001', 'IK3*CLM*5**8', 'IK4*A*782', 'IK4*2*782*Z9', 'IK4*:2*782*1', 'IK5*R*5', 'AK9*R*1*1*0']))).toEqual([
      ['INVALID_NUMBER', 6],
      ['MISSING_VALUE', 6],
      ['UNKNOWN_CODE', 7],
      ['MISSING_VALUE', 8],
    ]);
  });

  it('an AK2 loop without IK5, a 999 without AK1 or AK9', () => {
    expect(codes(ack(['AK2*837*0001', 'AK2*837*0002', 'IK5*A']))).toEqual([
      ['MISSING_SEGMENT', 2],
      ['MISSING_SEGMENT', 2],
      ['MISSING_SEGMENT', 3],
      ['MISSING_SEGMENT', 3],
    ]);
  });

  it('non-numeric AK9 counts and unknown codes', () => {
    const doc = read999(ack(['AK1*HC*1', 'AK9*Z*one*1*1*77']));
    expect(doc.transactions[0].groupResponse).toMatchObject({ ackCode: 'Z', ackDescription: null, includedCount: null, receivedCount: 1, errorCodes: ['77'] });
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_CODE', 'INVALID_NUMBER', 'UNKNOWN_CODE']);
  });

  it('a segment that is not part of a 999', () => {
    expect(codes(ack(['AK1*HC*1', 'CLP*X*1', 'AK9*A*0*0*0']))).toEqual([['UNEXPECTED_SEGMENT', 4]]);
  });
});
