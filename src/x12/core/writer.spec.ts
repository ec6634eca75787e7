import { SegmentWriter, formatSegment, repeat } from './writer';
import { findInvalidCharacter, isValidX12Text, sanitizeText } from './charset';
import { DEFAULT_DELIMITERS } from './delimiters';
import { X12Error, X12ErrorCode } from './errors';

function errorOf(fn: () => unknown): X12Error {
  try {
    fn();
  } catch (err) {
    if (err instanceof X12Error) return err;
    throw err;
  }
  throw new Error('expected an X12Error');
}

describe('SegmentWriter: building segments', () => {
  const w = new SegmentWriter();

  it('joins elements and terminates the segment', () => {
    expect(w.segment('NM1', ['85', '2', 'ACME', '', '', '', '', 'XX', '1234567893'])).toBe('NM1*85*2*ACME*****XX*1234567893~');
  });

  it('drops trailing empty elements (x12-basics §2)', () => {
    expect(w.segment('NM1', ['82', '1', 'SMITH', '', undefined, null, ''])).toBe('NM1*82*1*SMITH~');
    expect(w.segment('REF', ['EI', '123', ['', '']])).toBe('REF*EI*123~');
  });

  it('writes composites and drops their trailing empty components', () => {
    expect(w.segment('SV1', [['HC', '99213', '25'], '100', 'UN', '1', '', '', ['1', '2']])).toBe('SV1*HC:99213:25*100*UN*1***1:2~');
    expect(w.segment('SV1', [['HC', '99213', '', '', ''], '100'])).toBe('SV1*HC:99213*100~');
    expect(w.segment('CLM', ['A1', '10', '', '', ['11', '', '1']])).toBe('CLM*A1*10***11::1~');
    expect(w.segment('HI', [['ABK', 'J069', undefined], ['ABF', 'R509']])).toBe('HI*ABK:J069*ABF:R509~');
  });

  it('writes repetitions and drops trailing empty ones', () => {
    expect(w.segment('CTX', [repeat('A', ['B', 'C'], '', undefined)])).toBe('CTX*A^B:C~');
    expect(w.segment('CTX', [repeat('A', '', 'B')])).toBe('CTX*A^^B~');
    expect(w.segment('CTX', ['X', repeat('', undefined)])).toBe('CTX*X~');
  });

  it('uses the configured delimiters and line break', () => {
    const odd = new SegmentWriter({ delimiters: { element: '|', component: '>', repetition: '!', segment: '\n' } });
    expect(odd.segment('SV1', [['HC', '99213'], '100'])).toBe('SV1|HC>99213|100\n');
    const crlf = new SegmentWriter({ lineBreak: '\r\n' });
    expect(crlf.segment('LX', ['1'])).toBe('LX*1~\r\n');
    expect(formatSegment('LX', ['1'])).toBe('LX*1~');
  });

  it('refuses unusable writer delimiters', () => {
    expect(errorOf(() => new SegmentWriter({ delimiters: { component: '*' } })).code).toBe(X12ErrorCode.BAD_DELIMITERS);
    expect(errorOf(() => new SegmentWriter({ delimiters: { repetition: '' } })).code).toBe(X12ErrorCode.BAD_DELIMITERS);
  });

  it('refuses bad segment IDs and empty segments', () => {
    expect(errorOf(() => w.segment('nm1', ['1'])).code).toBe(X12ErrorCode.BAD_SEGMENT_ID);
    expect(errorOf(() => w.segment('ABCD', ['1'])).code).toBe(X12ErrorCode.BAD_SEGMENT_ID);
    expect(errorOf(() => w.segment('LX', [])).code).toBe(X12ErrorCode.EMPTY_SEGMENT);
    expect(errorOf(() => w.segment('LX', ['', undefined, ['']])).code).toBe(X12ErrorCode.EMPTY_SEGMENT);
  });
});

describe('SegmentWriter: refuses data that would corrupt the file', () => {
  const w = new SegmentWriter();

  it.each([
    ['element separator', 'SMITH*JONES', 3, undefined],
    ['component separator', 'A:B', 3, undefined],
    ['repetition separator', 'A^B', 3, undefined],
    ['segment terminator', 'A~B', 3, undefined],
  ])('DELIMITER_IN_DATA for the %s in a simple element', (which, value, element) => {
    const e = errorOf(() => w.segment('NM1', ['IL', '1', value]));
    expect(e.code).toBe(X12ErrorCode.DELIMITER_IN_DATA);
    expect(e.segmentId).toBe('NM1');
    expect(e.element).toBe(element);
    expect(e.message).toContain(which);
    expect(e.message).toContain('NM103');
    expect(e.message).not.toContain(value); // values may be PHI: never echoed
  });

  it('names the component and checks components and repetitions too', () => {
    const e = errorOf(() => w.segment('SV1', [['HC', '99*13']]));
    expect(e.code).toBe(X12ErrorCode.DELIMITER_IN_DATA);
    expect([e.element, e.component]).toEqual([1, 2]);
    expect(e.message).toContain('SV101-2');
    expect(errorOf(() => w.segment('CTX', [repeat('A', 'B~')])).code).toBe(X12ErrorCode.DELIMITER_IN_DATA);
    expect(errorOf(() => w.segment('CTX', [repeat(['A', 'B^'])])).code).toBe(X12ErrorCode.DELIMITER_IN_DATA);
  });

  it('respects custom delimiters: "*" becomes ordinary data when it is not a delimiter', () => {
    const pipe = new SegmentWriter({ delimiters: { element: '|' } });
    expect(pipe.segment('NM1', ['IL', '1', 'A*B'])).toBe('NM1|IL|1|A*B~');
    expect(errorOf(() => pipe.segment('NM1', ['IL', '1', 'A|B'])).code).toBe(X12ErrorCode.DELIMITER_IN_DATA);
  });

  it.each([
    ['a line feed', 'LINE\nTWO'],
    ['a tab', 'A\tB'],
    ['a NUL', 'A\u0000'],
    ['a non-ASCII letter', 'JOSÉ'],
    ['an emoji', 'HI 😀'],
  ])('INVALID_CHARACTER for %s', (_name, value) => {
    expect(errorOf(() => w.segment('NM1', ['IL', '1', value])).code).toBe(X12ErrorCode.INVALID_CHARACTER);
  });

  it('applies the basic charset when asked (no lower case, no @)', () => {
    const basic = new SegmentWriter({ charset: 'basic' });
    expect(errorOf(() => basic.segment('PER', ['IC', 'Smith'])).code).toBe(X12ErrorCode.INVALID_CHARACTER);
    expect(errorOf(() => basic.segment('PER', ['IC', 'A', 'EM', 'A@B.COM'])).code).toBe(X12ErrorCode.INVALID_CHARACTER);
    expect(w.segment('PER', ['IC', 'Smith', 'EM', 'a.b@example.com'])).toBe('PER*IC*Smith*EM*a.b@example.com~');
  });

  it('refuses leading or trailing spaces (only the ISA pads)', () => {
    expect(errorOf(() => w.segment('N3', [' 1 MAIN ST'])).code).toBe(X12ErrorCode.UNTRIMMED_VALUE);
    expect(errorOf(() => w.segment('N3', ['1 MAIN ST '])).code).toBe(X12ErrorCode.UNTRIMMED_VALUE);
    expect(w.segment('N3', ['1 MAIN ST'])).toBe('N3*1 MAIN ST~');
  });
});

describe('charset helpers', () => {
  it('finds the first character outside the charset', () => {
    expect(findInvalidCharacter('ABC 123')).toBe(-1);
    expect(findInvalidCharacter('ABC\r')).toBe(3);
    expect(findInvalidCharacter('abc', 'basic')).toBe(0);
    expect(isValidX12Text('abc{}|<>#$%@[]_\\`^~')).toBe(true);
    expect(isValidX12Text('é')).toBe(false);
  });

  it('sanitizeText cleans free text: delimiters and controls → space, collapse, trim, truncate', () => {
    expect(sanitizeText('  SMITH*JONES~  ', DEFAULT_DELIMITERS)).toBe('SMITH JONES');
    expect(sanitizeText('A:B^C\r\nD\t\tE', DEFAULT_DELIMITERS)).toBe('A B C D E');
    expect(sanitizeText('José Ñúñez', DEFAULT_DELIMITERS, { upperCase: true })).toBe('JOSE NUNEZ');
    expect(sanitizeText('ABCDEFGHIJ KLM', DEFAULT_DELIMITERS, { maxLength: 11 })).toBe('ABCDEFGHIJ');
    expect(sanitizeText('名前', DEFAULT_DELIMITERS)).toBe('');
    expect(sanitizeText('a@b', DEFAULT_DELIMITERS, { charset: 'basic' })).toBe('');
  });
});
