// TA1 reading: the acks.md §1 example by hand, several TA1 in one interchange, malformed TA1
// elements as diagnostics, and the errors for input that is not X12 or holds no TA1.
import { AcknowledgmentError } from '../acks/diagnostics';
import { interchange } from '../acks/synthetic';
import { readTa1 } from './reader';

/** acks.md §1, verbatim. */
const DOC_TA1 = [
  'ISA*00*          *00*          *ZZ*RECEIVER01     *ZZ*SUBMITTER01    *240315*1201*^*00501*000000904*0*T*:~',
  'TA1*000000101*240315*1200*A*000~',
  'IEA*0*000000904~',
].join('\n');

describe('readTa1', () => {
  it('reads the acks.md example', () => {
    expect(readTa1(DOC_TA1)).toEqual({
      type: 'TA1',
      acknowledgments: [
        {
          interchangeControlNumber: '000000101',
          date: '240315',
          time: '1200',
          acknowledgmentCode: 'A',
          noteCode: '000',
          noteDescription: expect.stringMatching(/no error/i),
          segmentIndex: 1,
        },
      ],
      diagnostics: [],
    });
  });

  it('describes a rejecting note code (TA105 022)', () => {
    const doc = readTa1(interchange([], ['TA1*000000101*240315*1200*R*022']));
    expect(doc.acknowledgments[0]).toMatchObject({ acknowledgmentCode: 'R', noteCode: '022', noteDescription: expect.stringMatching(/control structure/i) });
    expect(doc.diagnostics).toEqual([]);
  });

  it('reads every TA1 of an interchange, in order', () => {
    const doc = readTa1(interchange([], ['TA1*000000101*240315*1200*A*000', 'TA1*000000102*240315*1300*E*021']));
    expect(doc.acknowledgments.map((a) => [a.interchangeControlNumber, a.acknowledgmentCode])).toEqual([
      ['000000101', 'A'],
      ['000000102', 'E'],
    ]);
  });

  it('reports malformed elements and keeps the values', () => {
    const doc = readTa1(interchange([], ['TA1*101*20240315**Q*999']));
    expect(doc.acknowledgments[0]).toMatchObject({ interchangeControlNumber: '101', date: '20240315', time: null, acknowledgmentCode: 'Q', noteCode: '999', noteDescription: null });
    expect(doc.diagnostics.map((d) => [d.code, d.segmentIndex])).toEqual([
      ['INVALID_NUMBER', 1],
      ['INVALID_DATE', 1],
      ['MISSING_VALUE', 1],
      ['UNKNOWN_CODE', 1],
      ['UNKNOWN_CODE', 1],
    ]);
  });

  it.each([
    ['', 'EMPTY_INPUT'],
    ['hello, this is prose\n', 'NOT_X12'],
  ])('throws a coded AcknowledgmentError for %j', (text, code) => {
    expect(() => readTa1(text)).toThrow(AcknowledgmentError);
    expect(() => readTa1(text)).toThrow(expect.objectContaining({ code }));
  });

  it('throws UNSUPPORTED_TRANSACTION for an interchange without TA1', () => {
    const text = interchange([{ functionalId: 'FA', version: '005010X231A1', transactionSets: ['ST*999*0001*005010X231A1~AK1*HC*1~AK9*A*0*0*0~SE*4*0001~'] }]);
    expect(() => readTa1(text)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_TRANSACTION', transactionType: '999' }));
  });
});
