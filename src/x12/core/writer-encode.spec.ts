// SegmentWriter.encode (the byte path InterchangeWriter uses) must write exactly what segment()
// returns and refuse exactly what segment() refuses, with nothing committed on a refusal.

import { ByteOutput, SegmentWriter, repeat, type ElementValue } from './writer';
import { InterchangeWriter, type InterchangeHeader } from './envelope';
import { X12Error } from './errors';

function outcome(fn: () => string): string {
  try {
    return 'ok ' + fn();
  } catch (err) {
    if (!(err instanceof X12Error)) throw err;
    return `error ${err.code} ${err.message} ${JSON.stringify([err.segmentId, err.element, err.component])}`;
  }
}

function encoded(w: SegmentWriter, id: string, elements: readonly ElementValue[], out = new ByteOutput(8)): string {
  const before = out.length;
  try {
    w.encode(id, elements, out);
  } finally {
    if (out.length < before) throw new Error('encode shrank the output');
  }
  return out.text().slice(before);
}

const CASES: [string, ElementValue[]][] = [
  ['NM1', ['85', '2', 'ACME', '', '', '', '', 'XX', '1234567893']],
  ['NM1', ['85', '2', 'ACME', undefined, null, '', '']],
  ['SV1', [['HC', '99213', '25', '', undefined], '150', 'UN', '1', undefined, undefined, ['1', '2']]],
  ['SV1', [['HC', undefined, '', ''], 'X']],
  ['SV1', [[undefined, 'A'], ['', ''], 'B']],
  ['CLM', ['PCN', '1', undefined, undefined, ['11', 'B', '1'], ...new Array(20).fill(undefined), 'Y']],
  ['REF', ['6R', 'X'.repeat(300)]],
  ['ISB', [repeat('A', ['B', 'C'], undefined, ''), 'X']],
  ['ISB', [repeat(undefined, ['', ''], 'A'), repeat('', undefined)]],
  ['PER', ['IC', 'jane@example.com', 'EM', 'a_b{c}|d']],
  // Refusals: delimiter, control character, non-ASCII, untrimmed, empty segment, bad ID.
  ['NM1', ['IL', '1', 'DO*E']],
  ['NM1', ['IL', '1', 'DOE', 'A:B']],
  ['SV1', [['HC', '99~213']]],
  ['ISB', [repeat('A', ['B', 'C^'])]],
  ['NTE', ['ADD', 'line\nbreak']],
  ['NM1', ['IL', '1', 'JOSÉ']],
  ['NM1', ['IL', '1', 'DOE', ' ANN']],
  ['NM1', ['IL', '1', 'DOE', 'ANN ']],
  ['NM1', [undefined, '', null, ['', undefined]]],
  ['nm1', ['IL']],
  ['N', ['IL']],
  ['NM12', ['IL']],
];

describe('SegmentWriter.encode', () => {
  for (const options of [{}, { lineBreak: '\r\n' as const }, { delimiters: { element: '|', component: '>', repetition: '!', segment: '\n' } }, { charset: 'basic' as const }]) {
    const w = new SegmentWriter(options);
    it(`writes and refuses exactly like segment() (${JSON.stringify(options)})`, () => {
      for (const [id, elements] of CASES) {
        expect(outcome(() => encoded(w, id, elements))).toBe(outcome(() => w.segment(id, elements)));
      }
    });
  }

  it('commits nothing when a segment is refused, and grows the buffer across segments', () => {
    const w = new SegmentWriter();
    const out = new ByteOutput(4);
    w.encode('ST', ['837', '0001'], out);
    const length = out.length;
    expect(() => w.encode('NM1', ['IL', '1', 'X'.repeat(100), 'A*B'], out)).toThrow(X12Error);
    expect(out.length).toBe(length);
    w.encode('SE', ['2', '0001'], out);
    expect(out.text()).toBe('ST*837*0001~SE*2*0001~');
  });

  it('is not used for delimiters above U+00FF', () => {
    expect(new SegmentWriter({ delimiters: { element: '§' } }).encodable).toBe(true);
    expect(new SegmentWriter({ delimiters: { element: '€' } }).encodable).toBe(false);
  });
});

describe('InterchangeWriter output paths', () => {
  const header: InterchangeHeader = {
    senderQualifier: 'ZZ',
    senderId: 'SENDER',
    receiverQualifier: 'ZZ',
    receiverId: 'RECEIVER',
    date: '20250401',
    time: '1200',
    controlNumber: 7,
    acknowledgmentRequested: false,
    usage: 'T',
  };
  const write = (element: string): string => {
    const w = new InterchangeWriter(header, { delimiters: { element } });
    w.beginGroup({ functionalId: 'HC', senderCode: 'SENDER', receiverCode: 'RECEIVER', date: '20250401', time: '1200', controlNumber: 1, version: '005010X222A1' });
    w.beginTransaction({ id: '837', controlNumber: 1, implementationReference: '005010X222A1' });
    w.segment('BHT', ['0019', '00', '0001', '20250401', '1200', 'CH']);
    w.segment('REF', ['EI', '123', undefined, ['2U', 'X']]);
    w.endTransaction();
    w.endGroup();
    return w.end();
  };

  it('writes the same interchange through bytes (latin1 delimiter) and through strings (delimiter above U+00FF)', () => {
    const viaBytes = write('§');
    const viaStrings = write('€');
    expect(viaBytes).toContain('BHT§0019§00§0001§20250401§1200§CH~REF§EI§123§§2U:X~');
    expect(viaStrings.replaceAll('€', '§')).toBe(viaBytes);
  });

  it('appends pre-encoded segments and counts them in SE01', () => {
    const w = new InterchangeWriter(header);
    w.beginGroup({ functionalId: 'HC', senderCode: 'SENDER', receiverCode: 'RECEIVER', date: '20250401', time: '1200', controlNumber: 1, version: '005010X222A1' });
    expect(() => w.appendEncoded('X*1~', 1)).toThrow(X12Error);
    w.beginTransaction({ id: '837', controlNumber: 1 });
    const out = new ByteOutput();
    w.writer.encode('HL', ['1', undefined, '20', '1'], out);
    w.writer.encode('PRV', ['BI', 'PXC', '207Q00000X'], out);
    w.appendEncoded(out.text(), 2);
    w.endTransaction();
    w.endGroup();
    expect(w.end()).toContain('ST*837*0001~HL*1**20*1~PRV*BI*PXC*207Q00000X~SE*4*0001~');
  });
});
