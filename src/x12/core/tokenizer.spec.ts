import { Tokenizer, iterateSegments, tokenize, tokenizeLenient } from './tokenizer';
import { Segment } from './segment';
import { X12Error, X12ErrorCode, type X12Diagnostic } from './errors';

function isa(o: { el?: string; rep?: string; comp?: string; term?: string; version?: string; control?: string } = {}): string {
  const el = o.el ?? '*';
  return (
    [
      'ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', 'SENDER'.padEnd(15), 'ZZ', 'RECEIVER'.padEnd(15),
      '240301', '1200', o.rep ?? '^', o.version ?? '00501', o.control ?? '000000001', '0', 'T', o.comp ?? ':',
    ].join(el) + (o.term ?? '~')
  );
}

const BODY = [
  'GS*HC*SENDER*RECEIVER*20240301*1200*1*X*005010X222A1',
  'ST*837*0001*005010X222A1',
  'NM1*85*2*ACME CLINIC*****XX*1234567893',
  'SV1*HC:99213:25*100*UN*1***1:2',
  'CTX*A^B:C',
  'SE*5*0001',
  'GE*1*1',
  'IEA*1*000000001',
];
const SIMPLE = isa() + BODY.map((s) => s + '~').join('');

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof X12Error) return err.code;
    throw err;
  }
  return undefined;
}

describe('tokenize: segments and elements', () => {
  it('cuts segments and numbers elements as the guides do (elements[0] is the ID)', () => {
    const segs = tokenize(SIMPLE);
    expect(segs.map((s) => s.id)).toEqual(['ISA', 'GS', 'ST', 'NM1', 'SV1', 'CTX', 'SE', 'GE', 'IEA']);
    const nm1 = segs[3];
    expect(nm1).toBeInstanceOf(Segment);
    expect(nm1.elements).toEqual(['NM1', '85', '2', 'ACME CLINIC', '', '', '', '', 'XX', '1234567893']);
    expect(nm1.element(3)).toBe('ACME CLINIC');
    expect(nm1.element(4)).toBe('');
    expect(nm1.element(42)).toBe('');
    expect(nm1.elementCount).toBe(9);
    expect(nm1.toString()).toBe(BODY[2]);
  });

  it('splits components (ISA16) and repetitions (ISA11) lazily through helpers', () => {
    const [, , , , sv1, ctx] = tokenize(SIMPLE);
    expect(sv1.element(1)).toBe('HC:99213:25');
    expect(sv1.components(1)).toEqual(['HC', '99213', '25']);
    expect(sv1.component(1, 2)).toBe('99213');
    expect(sv1.component(1, 4)).toBe('');
    expect(sv1.components(7)).toEqual(['1', '2']);
    expect(sv1.components(2)).toEqual(['100']);
    expect(ctx.repetitions(1)).toEqual(['A', 'B:C']);
    expect(ctx.components(1, 1)).toEqual(['B', 'C']);
    expect(ctx.component(1, 1)).toBe('A');
    expect(ctx.repetitions(9)).toEqual(['']);
  });

  it('never splits the ISA below its elements', () => {
    const [isaSeg] = tokenize(SIMPLE);
    expect(isaSeg.elements).toHaveLength(17);
    expect(isaSeg.element(11)).toBe('^');
    expect(isaSeg.element(16)).toBe(':');
    expect(isaSeg.repetitions(11)).toEqual(['^']);
    expect(isaSeg.components(16)).toEqual([':']);
    expect(isaSeg.toString() + '~').toBe(isa());
  });

  it('counts index (0-based, whole input), line (1-based, LF) and offset', () => {
    const text = '\uFEFF' + isa() + '\r\n' + BODY.map((s) => '  ' + s + '~\r\n').join('');
    const segs = tokenize(text);
    expect(segs.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(segs.map((s) => s.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(segs[0].offset).toBe(1); // after the BOM
    expect(text.startsWith('GS*', segs[1].offset)).toBe(true);
    expect(text.startsWith('IEA*', segs[8].offset)).toBe(true);
  });

  it('skips CR, LF, spaces, tabs and stray BOMs after a terminator', () => {
    const text = isa() + '\r\n\r\n\t ' + BODY.join('~\n   \uFEFF') + '~\r\n\r\n';
    expect(tokenize(text).map((s) => s.toString())).toEqual(tokenize(SIMPLE).map((s) => s.toString()));
  });

  it('reads a file whose segment terminator is a newline, with LF or CRLF line ends', () => {
    const lf = isa({ term: '\n' }) + BODY.join('\n') + '\n';
    const crlf = isa({ term: '\n' }).replace(/\n$/, '\r\n') + BODY.join('\r\n') + '\r\n';
    const expected = BODY.map((s) => s);
    expect(tokenize(lf).slice(1).map((s) => s.toString())).toEqual(expected);
    // With CRLF the ISA's terminator position holds "\r", so CR is the terminator and LF is skipped.
    expect(tokenize(crlf).slice(1).map((s) => s.toString())).toEqual(expected);
    expect(tokenize(lf).map((s) => s.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('drops a CR in front of an LF terminator', () => {
    const text = isa({ term: '\n' }) + 'GS*HC*A*B*20240301*1200*1*X*V\r\nIEA*0*000000001\r\n';
    expect(tokenize(text).map((s) => s.elements[s.elements.length - 1])).toEqual([':', 'V', '000000001']);
  });

  it('handles several interchanges, each with its own delimiters', () => {
    const second = isa({ el: '|', comp: '>', rep: '!', term: '\n', control: '000000002' }) + 'GS|HP|A|B|20240301|1200|2|X|005010X221A1\nIEA|1|000000002\n';
    const segs = tokenize(SIMPLE + '\n' + second);
    expect(segs.map((s) => s.id)).toEqual(['ISA', 'GS', 'ST', 'NM1', 'SV1', 'CTX', 'SE', 'GE', 'IEA', 'ISA', 'GS', 'IEA']);
    expect(segs[10].element(1)).toBe('HP');
    expect(segs[10].delimiters).toEqual({ element: '|', component: '>', repetition: '!', segment: '\n' });
    expect(segs[3].delimiters.element).toBe('*');
    expect(segs[11].index).toBe(11);
  });

  it('accepts an ISA that follows a non-closed interchange (the envelope checker reports it)', () => {
    const text = isa() + 'GS*HC~' + isa({ el: '|' }) + 'IEA|0|000000001~';
    expect(tokenize(text).map((s) => s.id)).toEqual(['ISA', 'GS', 'ISA', 'IEA']);
  });

  it('keeps trailing empty elements as they are in the input', () => {
    const segs = tokenize(isa() + 'CLM*1*0***~IEA*0*000000001~');
    expect(segs[1].elements).toEqual(['CLM', '1', '0', '', '', '']);
  });

  it('cuts segments wider than its scratch of element positions, and IDs with and without elements', () => {
    const wide = ['REF', ...Array.from({ length: 300 }, (_, i) => `E${i}`)];
    const text = isa() + ['GS*HC*S*R*20240301*1200*1*X*005010X222A1', wide.join('*'), 'LX', 'N3**', 'SE*4*0001'].map((s) => s + '~').join('');
    const segs = tokenize(text);
    expect(segs[2].elements).toEqual(wide);
    expect(segs[3].elements).toEqual(['LX']);
    expect(segs[4].elements).toEqual(['N3', '', '']);
    expect(segs[5].elements).toEqual(['SE', '4', '0001']);
  });

  it('gives every segment with the same ID the same ID string, and keeps odd IDs as they are', () => {
    const { segments, diagnostics } = tokenizeLenient(isa() + 'N1*PR~N1*PE~n1*x~N1X2*y~N\u00e9*z~IEA*1*000000001~');
    expect(segments.map((s) => s.id)).toEqual(['ISA', 'N1', 'N1', 'n1', 'N1X2', 'N\u00e9', 'IEA']);
    expect(segments[1].elements[0]).toBe(segments[2].id);
    expect(diagnostics.map((d) => [d.code, d.segmentIndex])).toEqual([[X12ErrorCode.BAD_SEGMENT_ID, 3], [X12ErrorCode.BAD_SEGMENT_ID, 4], [X12ErrorCode.BAD_SEGMENT_ID, 5]]);
  });

  it('offers a lazy iterator that yields the same segments', () => {
    const it = iterateSegments(SIMPLE);
    expect(it[Symbol.iterator]()).toBe(it);
    expect([...it]).toEqual(tokenize(SIMPLE));
  });

  it('waits for two characters after the ISA so the sender’s line break is known whatever the chunking', () => {
    const t = new Tokenizer();
    expect(t.push(isa())).toEqual([]); // the ISA alone is not enough yet
    expect(t.push('\r').map((s) => s.id)).toEqual([]);
    expect(t.push('\nGS*HC~').map((s) => s.id)).toEqual(['ISA', 'GS']);
    expect(t.isa?.lineBreak).toBe('\r\n');
    const ended = new Tokenizer();
    ended.push(isa());
    expect(ended.end().map((s) => s.id)).toEqual(['ISA']);
    expect(ended.isa?.lineBreak).toBe('');
  });

  it('push()/end() return the segments each chunk completes', () => {
    const t = new Tokenizer();
    const a = t.push(SIMPLE.slice(0, 150));
    expect(a.map((s) => s.id)).toEqual(['ISA']);
    expect(t.delimiters).toEqual({ element: '*', component: ':', repetition: '^', segment: '~' });
    expect(t.isa?.version).toBe('00501');
    const b = t.push(SIMPLE.slice(150));
    const c = t.end();
    expect([...a, ...b, ...c].map((s) => s.id)).toHaveLength(9);
    expect(t.segmentCount).toBe(9);
    expect(() => t.append('x')).toThrow();
  });
});

describe('tokenize: problems are coded errors (strict)', () => {
  it.each([
    ['empty input', '', X12ErrorCode.EMPTY_INPUT],
    ['whitespace only', ' \r\n\t\uFEFF', X12ErrorCode.EMPTY_INPUT],
    ['binary input', '\x00\x01\x02\x03\xff\xfe PK\x03\x04', X12ErrorCode.NOT_X12],
    ['prose', 'Business Scenario 3a\r\n' + SIMPLE, X12ErrorCode.NOT_X12],
    ['segments without ISA', 'ST*835*1234~BPR*I~SE*3*1234~', X12ErrorCode.MISSING_ISA],
    ['truncated ISA', isa().slice(0, 60), X12ErrorCode.ISA_TOO_SHORT],
    ['unterminated last segment', SIMPLE.slice(0, -1), X12ErrorCode.UNTERMINATED_SEGMENT],
    ['garbage after IEA', SIMPLE + '\r\nTHIS IS NOT EDI', X12ErrorCode.DATA_AFTER_INTERCHANGE],
    ['a segment after IEA', SIMPLE + 'GS*HC*A*B~', X12ErrorCode.DATA_AFTER_INTERCHANGE],
    ['Ctrl-Z after IEA', SIMPLE + '\x1a', X12ErrorCode.DATA_AFTER_INTERCHANGE],
    ['lower-case segment ID', isa() + 'gs*HC~', X12ErrorCode.BAD_SEGMENT_ID],
    ['4-character segment ID', isa() + 'ABCD*1~', X12ErrorCode.BAD_SEGMENT_ID],
    ['empty segment', isa() + 'GS*HC~~IEA*0*000000001~', X12ErrorCode.BAD_SEGMENT_ID],
    ['colliding delimiters', isa({ comp: '*' }) + 'IEA*0*1~', X12ErrorCode.BAD_DELIMITERS],
    ['ISA not fixed-width', 'ISA*00**00**ZZ*S*ZZ*R*240301*1200*^*00501*000000001*0*T*:~IEA*0*000000001~', X12ErrorCode.BAD_ISA],
  ])('%s', (_name, text, code) => {
    expect(codeOf(() => tokenize(text))).toBe(code);
  });

  it('positions the error (segment index, line, offset)', () => {
    const text = isa() + '\nGS*HC~\nbad*1~\n';
    let caught: unknown;
    try {
      tokenize(text);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(X12Error);
    const e = caught as X12Error;
    expect(e.code).toBe(X12ErrorCode.BAD_SEGMENT_ID);
    expect(e.segmentIndex).toBe(2);
    expect(e.segmentId).toBe('bad');
    expect(e.line).toBe(3);
    expect(e.offset).toBe(text.indexOf('bad'));
  });

  it('bounds memory: no terminator within maxSegmentLength is SEGMENT_TOO_LONG, even mid-stream', () => {
    const t = new Tokenizer({ maxSegmentLength: 1000 });
    t.push(isa());
    expect(codeOf(() => t.push('NM1*' + 'A'.repeat(2000)))).toBe(X12ErrorCode.SEGMENT_TOO_LONG);
    expect(codeOf(() => tokenize(isa() + 'NM1*' + 'A'.repeat(2000) + '~', { maxSegmentLength: 1000 }))).toBe(
      X12ErrorCode.SEGMENT_TOO_LONG,
    );
  });
});

describe('tokenize: lenient mode reports diagnostics and recovers', () => {
  const codes = (ds: X12Diagnostic[]) => ds.map((d) => `${d.code}:${d.severity}`);

  it('skips prose before the first ISA with a LEADING_GARBAGE warning', () => {
    const text = 'Business Scenario 3a\r\nThe ISA is below. ISADORA\r\n\r\n' + SIMPLE;
    const { segments, diagnostics } = tokenizeLenient(text);
    expect(segments).toHaveLength(9);
    expect(codes(diagnostics)).toEqual(['LEADING_GARBAGE:warning']);
    expect(diagnostics[0].offset).toBe(0);
    expect(segments[0].line).toBe(4);
  });

  it('reports a missing ISA when none is ever found', () => {
    expect(codes(tokenizeLenient('ST*835*1234~SE*2*1234~').diagnostics)).toEqual(['MISSING_ISA:error']);
    expect(codes(tokenizeLenient('hello world').diagnostics)).toEqual(['NOT_X12:error']);
    expect(codes(tokenizeLenient('').diagnostics)).toEqual(['EMPTY_INPUT:error']);
  });

  it('skips data after an IEA up to the next ISA', () => {
    const second = isa({ control: '000000002' }) + 'IEA*0*000000002~';
    const { segments, diagnostics } = tokenizeLenient(SIMPLE + 'JUNK*1~MORE~' + second + '\x1a');
    expect(segments.map((s) => s.id)).toEqual([...tokenize(SIMPLE).map((s) => s.id), 'ISA', 'IEA']);
    expect(codes(diagnostics)).toEqual(['DATA_AFTER_INTERCHANGE:error', 'DATA_AFTER_INTERCHANGE:error']);
  });

  it('hands out an unterminated last segment with a diagnostic', () => {
    const { segments, diagnostics } = tokenizeLenient(SIMPLE.slice(0, -1) + '\r\n');
    expect(segments[segments.length - 1].elements).toEqual(['IEA', '1', '000000001']);
    expect(codes(diagnostics)).toEqual(['UNTERMINATED_SEGMENT:error']);
  });

  it('emits segments with malformed IDs and skips empty segments', () => {
    const { segments, diagnostics } = tokenizeLenient(isa() + 'gs*HC~~IEA*0*000000001~');
    expect(segments.map((s) => s.id)).toEqual(['ISA', 'gs', 'IEA']);
    expect(codes(diagnostics)).toEqual(['BAD_SEGMENT_ID:error', 'BAD_SEGMENT_ID:warning']);
  });

  it('recovers a non-fixed-width ISA with a BAD_ISA warning', () => {
    const text = 'ISA*00**00**ZZ*S*ZZ*R*240301*1200*^*00501*000000001*0*T*:~IEA*0*000000001~';
    const { segments, diagnostics } = tokenizeLenient(text);
    expect(segments.map((s) => s.id)).toEqual(['ISA', 'IEA']);
    expect(codes(diagnostics)).toEqual(['BAD_ISA:warning']);
  });

  it('does not report ISA-like words inside skipped text, but does report an unreadable real ISA', () => {
    const prose = 'Notes: ISA-like words, ISA* too.\r\n';
    expect(codes(tokenizeLenient(prose + SIMPLE).diagnostics)).toEqual(['LEADING_GARBAGE:warning']);
    expect(codes(tokenizeLenient(prose + isa({ comp: '*' }) + 'IEA*0*1~').diagnostics)).toEqual(['BAD_DELIMITERS:error']);
  });

  it('skips an unreadable ISA and resumes at the next one', () => {
    const text = isa({ comp: '*' }) + 'GS*X~IEA*0*000000001~' + isa({ control: '000000002' }) + 'IEA*0*000000002~';
    const { segments, diagnostics } = tokenizeLenient(text);
    expect(segments.map((s) => s.id)).toEqual(['ISA', 'IEA']);
    expect(segments[0].element(13)).toBe('000000002');
    expect(codes(diagnostics)).toEqual(['BAD_DELIMITERS:error']);
  });

  it('stops at SEGMENT_TOO_LONG and caps stored diagnostics', () => {
    const seen: X12Diagnostic[] = [];
    const t = new Tokenizer({ lenient: true, maxSegmentLength: 100, maxDiagnostics: 1, onDiagnostic: (d) => seen.push(d) });
    t.push(isa() + 'gs*1~gs*2~');
    t.push('NM1*' + 'A'.repeat(500));
    t.end();
    expect(seen.map((d) => d.code)).toEqual(['BAD_SEGMENT_ID', 'BAD_SEGMENT_ID', 'SEGMENT_TOO_LONG']);
    expect(t.diagnostics).toHaveLength(1);
  });
});
