import { InterchangeWriter, buildInterchange, type GroupHeader, type InterchangeHeader, type InterchangeSpec } from './envelope';
import { tokenize } from './tokenizer';
import { checkEnvelope } from './envelope-check';
import { readIsa } from './delimiters';
import { X12Error, X12ErrorCode } from './errors';

const ISA_HEADER: InterchangeHeader = {
  senderQualifier: 'ZZ',
  senderId: 'SUBMITTER01',
  receiverQualifier: 'ZZ',
  receiverId: 'CLEARINGHOUSE',
  date: '2024-03-01',
  time: '09:05',
  controlNumber: 905,
  acknowledgmentRequested: true,
  usage: 'T',
};

const GS_HEADER: GroupHeader = {
  functionalId: 'HC',
  senderCode: 'SUBMITTER01',
  receiverCode: 'CLEARINGHOUSE',
  date: '2024-03-01',
  time: '09:05',
  controlNumber: 17,
  version: '005010X222A1',
};

const SPEC: InterchangeSpec = {
  header: ISA_HEADER,
  groups: [
    {
      header: GS_HEADER,
      transactions: [
        {
          header: { id: '837', controlNumber: 1, implementationReference: '005010X222A1' },
          segments: [
            ['BHT', '0019', '00', 'B1', '20240301', '0905', 'CH'],
            ['HL', '1', '', '20', '1'],
            ['NM1', '85', '2', 'ACME CLINIC', '', '', '', '', 'XX', '1234567893'],
            ['CLM', 'PCN1', '125.5', '', '', ['11', 'B', '1'], 'Y', 'A', 'Y', 'Y'],
          ],
        },
        { header: { id: '837', controlNumber: 2, implementationReference: '005010X222A1' }, segments: [['BHT', '0019', '00', 'B2']] },
      ],
    },
    {
      header: { ...GS_HEADER, controlNumber: 18 },
      transactions: [{ header: { id: '837', controlNumber: 1 }, segments: [['BHT', '0019'], ['HL', '1', '', '20', '0']] }],
    },
  ],
};

function errorOf(fn: () => unknown): X12Error {
  try {
    fn();
  } catch (err) {
    if (err instanceof X12Error) return err;
    throw err;
  }
  throw new Error('expected an X12Error');
}

describe('buildInterchange: computed counts and control numbers', () => {
  const text = buildInterchange(SPEC);
  const segs = tokenize(text);
  const byId = (id: string) => segs.filter((s) => s.id === id);

  it('writes a 106-character fixed-width ISA with padded fields', () => {
    const isa = text.slice(0, 106);
    expect(isa).toBe('ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*CLEARINGHOUSE  *240301*0905*^*00501*000000905*1*T*:~');
    const h = readIsa(text);
    expect(h.fixedWidth).toBe(true);
    expect(h.elements[13]).toBe('000000905');
  });

  it('SE01 counts ST through SE; SE02 = ST02', () => {
    const ses = byId('SE');
    expect(ses.map((s) => s.elements.slice(1))).toEqual([
      ['6', '0001'],
      ['3', '0002'],
      ['4', '0001'],
    ]);
    expect(byId('ST').map((s) => s.element(2))).toEqual(['0001', '0002', '0001']);
    expect(byId('ST')[2].elementCount).toBe(2); // ST03 omitted, no trailing separator
  });

  it('GE01 = number of ST, GE02 = GS06; IEA01 = number of GS, IEA02 = ISA13', () => {
    expect(byId('GS').map((s) => s.element(6))).toEqual(['17', '18']);
    expect(byId('GE').map((s) => s.elements.slice(1))).toEqual([
      ['2', '17'],
      ['1', '18'],
    ]);
    expect(byId('IEA')[0].elements.slice(1)).toEqual(['2', '000000905']);
  });

  it('writes GS04 as CCYYMMDD, GS05 as HHMM, GS07 X', () => {
    expect(byId('GS')[0].elements).toEqual(['GS', 'HC', 'SUBMITTER01', 'CLEARINGHOUSE', '20240301', '0905', '17', 'X', '005010X222A1']);
  });

  it('round trip: build → tokenize → envelope check finds nothing', () => {
    expect(checkEnvelope(segs)).toEqual([]);
    expect(segs.find((s) => s.id === 'CLM')?.component(5, 2)).toBe('B');
  });

  it('round trip with odd delimiters and CRLF line breaks', () => {
    const odd = buildInterchange(SPEC, { delimiters: { element: '|', component: '>', repetition: '!', segment: '\n' } });
    const oddSegs = tokenize(odd);
    expect(checkEnvelope(oddSegs)).toEqual([]);
    // Same content once composites are split with each file's own component separator.
    const parsed = (list: typeof segs) => list.filter((s) => s.id !== 'ISA').map((s) => s.elements.map((_, i) => s.components(i)));
    expect(parsed(oddSegs)).toEqual(parsed(segs));
    expect(oddSegs.find((s) => s.id === 'CLM')?.element(5)).toBe('11>B>1');
    const crlf = buildInterchange(SPEC, { lineBreak: '\r\n' });
    expect(crlf.split('\r\n')).toHaveLength(segs.length + 1);
    expect(readIsa(crlf).lineBreak).toBe('\r\n');
    expect(checkEnvelope(tokenize(crlf))).toEqual([]);
  });
});

describe('InterchangeWriter: refuses what would make a bad envelope', () => {
  it.each([
    ['over-long sender ID', { senderId: 'X'.repeat(16) }, X12ErrorCode.VALUE_TOO_LONG, 6],
    ['over-long receiver ID', { receiverId: 'X'.repeat(16) }, X12ErrorCode.VALUE_TOO_LONG, 8],
    ['empty sender ID', { senderId: '' }, X12ErrorCode.MISSING_VALUE, 6],
    ['1-character qualifier', { senderQualifier: 'Z' }, X12ErrorCode.VALUE_TOO_SHORT, 5],
    ['over-long ISA02', { authorizationInformation: 'X'.repeat(11) }, X12ErrorCode.VALUE_TOO_LONG, 2],
    ['delimiter in the sender ID', { senderId: 'A*B' }, X12ErrorCode.DELIMITER_IN_DATA, 6],
    ['component separator in the receiver ID', { receiverId: 'A:B' }, X12ErrorCode.DELIMITER_IN_DATA, 8],
    ['untrimmed sender ID', { senderId: 'ABC ' }, X12ErrorCode.UNTRIMMED_VALUE, 6],
    ['bad usage indicator', { usage: 'X' as 'P' }, X12ErrorCode.INVALID_VALUE, 15],
    ['bad version', { version: '501' }, X12ErrorCode.VALUE_TOO_SHORT, 12],
  ])('ISA: %s', (_name, patch, code, element) => {
    const e = errorOf(() => new InterchangeWriter({ ...ISA_HEADER, ...patch }));
    expect(e.code).toBe(code);
    expect(e.segmentId).toBe('ISA');
    expect(e.element).toBe(element);
  });

  it('ISA: refuses invalid dates, times and control numbers', () => {
    expect(errorOf(() => new InterchangeWriter({ ...ISA_HEADER, date: '2024-02-30' })).code).toBe(X12ErrorCode.INVALID_DATE);
    expect(errorOf(() => new InterchangeWriter({ ...ISA_HEADER, time: '25:00' })).code).toBe(X12ErrorCode.INVALID_TIME);
    expect(errorOf(() => new InterchangeWriter({ ...ISA_HEADER, controlNumber: 0 })).code).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
    expect(errorOf(() => new InterchangeWriter({ ...ISA_HEADER, controlNumber: 1e9 })).code).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
  });

  it('GS/ST: refuses bad lengths and duplicate control numbers', () => {
    const w = new InterchangeWriter(ISA_HEADER);
    expect(errorOf(() => w.beginGroup({ ...GS_HEADER, senderCode: 'X' })).code).toBe(X12ErrorCode.VALUE_TOO_SHORT);
    expect(errorOf(() => w.beginGroup({ ...GS_HEADER, receiverCode: 'X'.repeat(16) })).code).toBe(X12ErrorCode.VALUE_TOO_LONG);
    w.beginGroup(GS_HEADER);
    expect(errorOf(() => w.beginTransaction({ id: '8370', controlNumber: 1 })).code).toBe(X12ErrorCode.VALUE_TOO_LONG);
    w.beginTransaction({ id: '837', controlNumber: 1 }).segment('BHT', ['0019']).endTransaction();
    expect(errorOf(() => w.beginTransaction({ id: '837', controlNumber: '0001' })).code).toBe(X12ErrorCode.DUPLICATE_CONTROL_NUMBER);
    w.beginTransaction({ id: '837', controlNumber: 2 }).segment('BHT', ['0019']).endTransaction().endGroup();
    expect(errorOf(() => w.beginGroup(GS_HEADER)).code).toBe(X12ErrorCode.DUPLICATE_CONTROL_NUMBER);
    expect(w.end()).toMatch(/GE\*2\*17~IEA\*1\*000000905~$/);
  });

  it('enforces the call order and refuses empty groups and transaction sets', () => {
    const w = new InterchangeWriter(ISA_HEADER);
    expect(errorOf(() => w.beginTransaction({ id: '837', controlNumber: 1 })).code).toBe(X12ErrorCode.ENVELOPE_STATE);
    expect(errorOf(() => w.endGroup()).code).toBe(X12ErrorCode.ENVELOPE_STATE);
    w.beginGroup(GS_HEADER);
    expect(errorOf(() => w.segment('BHT', ['0019'])).code).toBe(X12ErrorCode.ENVELOPE_STATE);
    expect(errorOf(() => w.endGroup()).code).toBe(X12ErrorCode.ENVELOPE_STATE); // no ST yet
    w.beginTransaction({ id: '837', controlNumber: 1 });
    expect(w.transactionSegmentCount).toBe(1);
    expect(errorOf(() => w.endTransaction()).code).toBe(X12ErrorCode.ENVELOPE_STATE); // no body
    expect(errorOf(() => w.segment('SE', ['2', '0001'])).code).toBe(X12ErrorCode.ENVELOPE_STATE);
    expect(errorOf(() => w.beginGroup(GS_HEADER)).code).toBe(X12ErrorCode.ENVELOPE_STATE);
    expect(errorOf(() => w.end()).code).toBe(X12ErrorCode.ENVELOPE_STATE);
    w.segment('BHT', ['0019']);
    expect(w.transactionSegmentCount).toBe(2);
    w.endTransaction().endGroup();
    w.end();
    expect(errorOf(() => w.end()).code).toBe(X12ErrorCode.ENVELOPE_STATE);
    expect(errorOf(() => w.beginGroup({ ...GS_HEADER, controlNumber: 99 })).code).toBe(X12ErrorCode.ENVELOPE_STATE);
  });

  it('an interchange with no groups is IEA*0', () => {
    expect(new InterchangeWriter(ISA_HEADER).end()).toMatch(/~IEA\*0\*000000905~$/);
  });
});
