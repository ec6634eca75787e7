import { DEFAULT_DELIMITERS, ISA_LENGTH, detectDelimiters, looksLikeSegment, readIsa, validateDelimiters } from './delimiters';
import { X12Error, X12ErrorCode } from './errors';

/** A fixed-width ISA with the given delimiters (fields padded to their widths). */
function isa(o: { el?: string; rep?: string; comp?: string; term?: string; version?: string } = {}): string {
  const el = o.el ?? '*';
  const fields = [
    'ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', 'SENDER'.padEnd(15), 'ZZ', 'RECEIVER'.padEnd(15),
    '240301', '1200', o.rep ?? '^', o.version ?? '00501', '000000042', '0', 'T', o.comp ?? ':',
  ];
  return fields.join(el) + (o.term ?? '~');
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof X12Error) return err.code;
    throw err;
  }
  return undefined;
}

describe('readIsa: delimiters by named offsets', () => {
  it('reads the standard delimiters and version from a 106-character ISA', () => {
    const text = isa() + 'GS*HC~';
    expect(isa().length).toBe(ISA_LENGTH);
    const h = readIsa(text);
    expect(h.delimiters).toEqual({ element: '*', component: ':', repetition: '^', segment: '~' });
    expect(h.version).toBe('00501');
    expect(h.length).toBe(106);
    expect(h.fixedWidth).toBe(true);
    expect(h.lineBreak).toBe('');
    expect(h.elements).toHaveLength(17);
    expect(h.elements[6]).toBe('SENDER         '); // raw, padding kept
    expect(h.elements[13]).toBe('000000042');
    expect(h.elements[16]).toBe(':');
  });

  it.each<[string, { el?: string; comp?: string; rep?: string; term?: string }]>([
    ['element |, component !, repetition ^', { el: '|', comp: '!', rep: '^' }],
    ['component >, repetition `', { comp: '>', rep: '`' }],
    ['component ^, repetition |', { comp: '^', rep: '|' }],
    ['component |, repetition !', { comp: '|', rep: '!' }],
    ['terminator newline', { term: '\n' }],
    ['terminator CR', { term: '\r' }],
    ['FS/GS/RS control delimiters', { el: '\x1d', comp: '\x1f', rep: '\x1e', term: '\x1c' }],
  ])('reads odd delimiters: %s', (_name, o) => {
    const h = readIsa(isa(o) + 'GS');
    expect(h.delimiters).toEqual({
      element: o.el ?? '*',
      component: o.comp ?? ':',
      repetition: o.rep ?? '^',
      segment: o.term ?? '~',
    });
  });

  it('does not look for ISA16 by splitting: ISA16 equal to a data character is still found at offset 104', () => {
    // A component separator "0" would be alphanumeric (refused), so use "." which also appears in ISA02.
    const text = isa({ comp: '.' }).replace(' '.repeat(10), 'AB.CD     ');
    expect(readIsa(text).delimiters.component).toBe('.');
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
    ['none', ''],
  ])('detects the line break after the terminator: %s', (_name, br) => {
    expect(readIsa(isa() + br + 'GS*HC~').lineBreak).toBe(br);
  });

  it('reports no line break when the newline is the terminator itself', () => {
    expect(readIsa(isa({ term: '\n' }) + 'GS*HC\n').lineBreak).toBe('');
  });

  it('treats a 4010 ISA11 "U" as "no repetition separator" without complaint', () => {
    const h = readIsa(isa({ rep: 'U', version: '00401' }));
    expect(h.delimiters.repetition).toBe('');
    expect(h.warnings).toEqual([]);
  });

  it('warns (does not fail) when a 5010 ISA carries an alphanumeric ISA11', () => {
    const h = readIsa(isa({ rep: 'U' }));
    expect(h.delimiters.repetition).toBe('');
    expect(h.warnings.map((w) => w.code)).toEqual([X12ErrorCode.BAD_DELIMITERS]);
  });

  it.each([
    ['element = component', { comp: '*' }],
    ['component = terminator', { comp: '~' }],
    ['repetition = element', { rep: '*' }],
    ['alphanumeric component', { comp: 'A' }],
    ['alphanumeric terminator', { term: 'Z' }],
    ['space terminator', { term: ' ' }],
    ['space component', { comp: ' ' }],
  ])('rejects colliding or alphanumeric delimiters: %s', (_name, o) => {
    expect(codeOf(() => readIsa(isa(o) + 'GS'))).toBe(X12ErrorCode.BAD_DELIMITERS);
  });

  it('reports ISA_TOO_SHORT when the input ends inside the ISA', () => {
    expect(codeOf(() => readIsa(isa().slice(0, 80)))).toBe(X12ErrorCode.ISA_TOO_SHORT);
    expect(codeOf(() => readIsa('ISA'))).toBe(X12ErrorCode.ISA_TOO_SHORT);
  });

  it('rejects an ISA that is not fixed-width (strict) and recovers it with a warning (lenient)', () => {
    const short = 'ISA*00**00**ZZ*SENDER*ZZ*RECEIVER*240301*1200*^*00501*000000042*0*T*:~GS*HC*A*B~';
    expect(codeOf(() => readIsa(short))).toBe(X12ErrorCode.BAD_ISA);
    const h = readIsa(short, 0, { lenient: true });
    expect(h.fixedWidth).toBe(false);
    expect(h.delimiters).toEqual(DEFAULT_DELIMITERS);
    expect(h.elements[6]).toBe('SENDER');
    expect(h.elements[16]).toBe(':');
    expect(h.length).toBe(short.indexOf('GS'));
    expect(h.warnings.map((w) => w.code)).toEqual([X12ErrorCode.BAD_ISA]);
  });

  it('rejects an ISA with an element separator inside a field even if the offsets line up', () => {
    const text = isa().replace(' '.repeat(10), '*'.repeat(1) + ' '.repeat(9));
    expect(codeOf(() => readIsa(text))).toBe(X12ErrorCode.BAD_ISA);
  });

  it('reads an ISA that starts later in the text', () => {
    const text = 'xxxx' + isa({ el: '|', comp: '>' });
    expect(readIsa(text, 4).delimiters.element).toBe('|');
  });
});

describe('detectDelimiters: whole text', () => {
  it('tolerates a UTF-8 BOM and leading whitespace', () => {
    expect(detectDelimiters('\uFEFF' + isa()).delimiters).toEqual(DEFAULT_DELIMITERS);
    expect(detectDelimiters('\r\n  \t' + isa({ el: '|' })).delimiters.element).toBe('|');
    expect(detectDelimiters('\uFEFF  ' + isa()).delimiters.segment).toBe('~');
  });

  it('classifies input that does not start with ISA', () => {
    expect(codeOf(() => detectDelimiters(''))).toBe(X12ErrorCode.EMPTY_INPUT);
    expect(codeOf(() => detectDelimiters(' \r\n'))).toBe(X12ErrorCode.EMPTY_INPUT);
    expect(codeOf(() => detectDelimiters('ST*835*0001~BPR*I~'))).toBe(X12ErrorCode.MISSING_ISA);
    expect(codeOf(() => detectDelimiters('GS*HC*A*B~'))).toBe(X12ErrorCode.MISSING_ISA);
    expect(codeOf(() => detectDelimiters('Business scenario 3a'))).toBe(X12ErrorCode.NOT_X12);
    expect(codeOf(() => detectDelimiters('\x00\x01\x02PK'))).toBe(X12ErrorCode.NOT_X12);
  });

  it('looksLikeSegment recognises segment starts only', () => {
    expect(looksLikeSegment('NM1*85', 0)).toBe(true);
    expect(looksLikeSegment('ST|835', 0)).toBe(true);
    expect(looksLikeSegment('Business', 0)).toBe(false);
    expect(looksLikeSegment('ABCD*', 0)).toBe(false);
    expect(looksLikeSegment('A*', 0)).toBe(false);
    expect(looksLikeSegment('NM', 0)).toBe(false);
  });
});

describe('validateDelimiters', () => {
  it('accepts the defaults and an absent repetition separator', () => {
    expect(() => validateDelimiters(DEFAULT_DELIMITERS)).not.toThrow();
    expect(() => validateDelimiters({ ...DEFAULT_DELIMITERS, repetition: '' })).not.toThrow();
  });

  it.each([
    [{ element: '' }],
    [{ element: '**' }],
    [{ component: '\n' }],
    [{ element: '\t' }],
    [{ segment: '7' }],
    [{ repetition: '~' }],
  ])('rejects %j', (patch) => {
    expect(codeOf(() => validateDelimiters({ ...DEFAULT_DELIMITERS, ...patch }))).toBe(X12ErrorCode.BAD_DELIMITERS);
  });
});
