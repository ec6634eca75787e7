// readAcknowledgment dispatches by content: a 999 or 277 transaction set decides the reader, a
// TA1-only interchange is a TA1; anything else is a coded AcknowledgmentError (the core's codes
// for input that is not X12).
import { AcknowledgmentError } from './diagnostics';
import { readAcknowledgment } from './read-ack';
import { interchange, transactionSet } from './synthetic';

const ACK999 = transactionSet('999', '0001', '005010X231A1', ['AK1*HC*101*005010X222A1', 'AK2*837*0001*005010X222A1', 'IK5*A', 'AK9*A*1*1*1']);
const ACK277 = transactionSet('277', '0001', '005010X214', ['BHT*0085*08*A1*20240316*0900*TH', 'HL*1**20*1', 'HL*2*1*21*1', 'HL*3*2*19*1', 'HL*4*3*PT', 'TRN*2*PCN1', 'STC*A2:20*20240316*WQ*1']);

describe('readAcknowledgment', () => {
  it('a TA1-only interchange is a TA1', () => {
    const doc = readAcknowledgment(interchange([], ['TA1*000000101*240315*1200*R*022']));
    expect(doc.type).toBe('TA1');
    expect(doc.diagnostics).toEqual([]);
  });

  it('a TA1 in front of a 999 is kept inside the 999 document', () => {
    const doc = readAcknowledgment(interchange([{ functionalId: 'FA', version: '005010X231A1', transactionSets: [ACK999] }], ['TA1*000000101*240315*1200*A*000']));
    expect(doc.type).toBe('999');
    if (doc.type !== '999') return;
    expect(doc.interchangeAcknowledgments.map((a) => a.interchangeControlNumber)).toEqual(['000000101']);
    expect(doc.transactions[0].groupResponse.groupControlNumber).toBe('101');
    expect(doc.diagnostics).toEqual([]);
  });

  it('a 277 is a 277CA; bytes with a BOM are fine', () => {
    const text = interchange([{ functionalId: 'HN', version: '005010X214', transactionSets: [ACK277] }]);
    const doc = readAcknowledgment(new TextEncoder().encode('\uFEFF' + text));
    expect(doc.type).toBe('277CA');
    if (doc.type !== '277CA') return;
    expect(doc.transactions[0].claims[0]).toMatchObject({ patientControlNumber: 'PCN1', accepted: true });
    expect(doc.diagnostics).toEqual([]);
  });

  it('other transaction sets in the file are skipped with UNSUPPORTED_TRANSACTION', () => {
    const other = transactionSet('835', '0002', '005010X221A1', ['BPR*I*1*C*CHK']);
    const doc = readAcknowledgment(interchange([{ functionalId: 'FA', version: '005010X231A1', transactionSets: [ACK999, other] }]));
    expect(doc.type).toBe('999');
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['UNSUPPORTED_TRANSACTION']);
  });

  it.each([
    ['', 'EMPTY_INPUT'],
    ['This is not an EDI file.\n', 'NOT_X12'],
    ['ST*999*0001~AK1*HC*1~SE*3*0001~', 'MISSING_ISA'],
  ])('%j: AcknowledgmentError %s', (text, code) => {
    let error: unknown;
    try {
      readAcknowledgment(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AcknowledgmentError);
    expect((error as AcknowledgmentError).toJSON()).toEqual({ code, message: expect.any(String), segmentIndex: null });
  });

  it('an 835 is UNSUPPORTED_TRANSACTION with its type', () => {
    const text = interchange([{ functionalId: 'HP', version: '005010X221A1', transactionSets: [transactionSet('835', '0001', '005010X221A1', ['BPR*I*1*C*CHK'])] }]);
    expect(() => readAcknowledgment(text)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_TRANSACTION', transactionType: '835', segmentIndex: 2 }));
  });

  it('an interchange with neither ST nor TA1 is NO_TRANSACTION_SET', () => {
    expect(() => readAcknowledgment(interchange([]))).toThrow(expect.objectContaining({ code: 'NO_TRANSACTION_SET' }));
  });
});
