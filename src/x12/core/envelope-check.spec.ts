import { EnvelopeChecker, checkEnvelope, validateX12, validateX12Stream } from './envelope-check';
import { tokenize } from './tokenizer';
import { X12ErrorCode, type X12Diagnostic } from './errors';

function isa(control = '000000001', o: { date?: string; time?: string; ack?: string; usage?: string } = {}): string {
  return (
    [
      'ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', 'SENDER'.padEnd(15), 'ZZ', 'RECEIVER'.padEnd(15),
      o.date ?? '240301', o.time ?? '1200', '^', '00501', control, o.ack ?? '0', o.usage ?? 'T', ':',
    ].join('*') + '~'
  );
}

/** A valid interchange: 1 group, 2 transaction sets. Lines are edited per test. */
const LINES = [
  'GS*HC*S*R*20240301*1200*7*X*005010X222A1',
  'ST*837*0001*005010X222A1',
  'BHT*0019*00*1*20240301*1200*CH',
  'HL*1**20*1',
  'SE*4*0001',
  'ST*837*0002*005010X222A1',
  'BHT*0019*00*2*20240301*1200*CH',
  'SE*3*0002',
  'GE*2*7',
  'IEA*1*000000001',
];

function file(lines: string[] = LINES, header = isa()): string {
  return header + lines.map((l) => l + '~').join('');
}

function check(text: string): X12Diagnostic[] {
  return checkEnvelope(tokenize(text, { lenient: true }));
}

const summary = (ds: X12Diagnostic[]) => ds.map((d) => `${d.code}@${d.segmentIndex}${d.element ? '.' + d.element : ''}`);

function edit(index: number, line: string | null): string[] {
  const copy = [...LINES];
  if (line === null) copy.splice(index, 1);
  else copy[index] = line;
  return copy;
}

describe('checkEnvelope', () => {
  it('finds nothing wrong with a valid interchange (test premise)', () => {
    expect(check(file())).toEqual([]);
  });

  it.each([
    ['SE01 too small', edit(4, 'SE*3*0001'), ['COUNT_MISMATCH@5.1']],
    ['SE01 too large', edit(7, 'SE*4*0002'), ['COUNT_MISMATCH@8.1']],
    ['SE01 not a number', edit(4, 'SE*X*0001'), ['INVALID_NUMBER@5.1']],
    ['SE02 ≠ ST02', edit(4, 'SE*4*0009'), ['CONTROL_NUMBER_MISMATCH@5.2']],
    ['GE01 ≠ number of ST', edit(8, 'GE*1*7'), ['COUNT_MISMATCH@9.1']],
    ['GE02 ≠ GS06', edit(8, 'GE*2*8'), ['CONTROL_NUMBER_MISMATCH@9.2']],
    ['IEA01 ≠ number of GS', edit(9, 'IEA*2*000000001'), ['COUNT_MISMATCH@10.1']],
    ['IEA02 ≠ ISA13', edit(9, 'IEA*1*000000002'), ['CONTROL_NUMBER_MISMATCH@10.2']],
    ['IEA02 unpadded', edit(9, 'IEA*1*1'), ['CONTROL_NUMBER_MISMATCH@10.2']],
    ['duplicate ST02 in a group', edit(5, 'ST*837*0001*005010X222A1').map((l) => (l === 'SE*3*0002' ? 'SE*3*0001' : l)), ['DUPLICATE_CONTROL_NUMBER@6.2']],
    ['ST02 too short', ['GS*HC*S*R*20240301*1200*7*X*V', 'ST*837*01', 'BHT*1', 'SE*3*01', 'GE*1*7', 'IEA*1*000000001'], ['INVALID_CONTROL_NUMBER@2.2']],
    ['GS06 not digits', ['GS*HC*S*R*20240301*1200*A7*X*V', 'ST*837*0001', 'BHT*1', 'SE*3*0001', 'GE*1*A7', 'IEA*1*000000001'], ['INVALID_CONTROL_NUMBER@1.6']],
    ['GS04 not a date', edit(0, 'GS*HC*S*R*20080543*1200*7*X*005010X222A1'), ['INVALID_DATE@1.4']],
    ['GS05 not a time', edit(0, 'GS*HC*S*R*20240301*102497*7*X*005010X222A1'), ['INVALID_TIME@1.5']],
    ['missing SE before the next ST', edit(4, null), ['MISSING_TRAILER@5']],
    ['missing GE before IEA', edit(8, null), ['MISSING_TRAILER@9']],
    ['ST outside a group', ['ST*837*0001', 'BHT*1', 'SE*3*0001', 'IEA*0*000000001'], ['MISSING_GS@1']],
    ['body segment outside a transaction set', ['GS*HC*S*R*20240301*1200*7*X*V', 'HL*1**20*1', 'ST*837*0001', 'BHT*1', 'SE*3*0001', 'GE*1*7', 'IEA*1*000000001'], ['UNEXPECTED_SEGMENT@2']],
    ['GE without GS', ['GE*0*7', 'IEA*0*000000001'], ['UNEXPECTED_SEGMENT@1']],
    ['SE without ST', ['GS*HC*S*R*20240301*1200*7*X*V', 'SE*2*0001', 'GE*0*7', 'IEA*1*000000001'], ['UNEXPECTED_SEGMENT@2']],
    ['trailing empty element (warning)', edit(3, 'HL*1**20*1*'), ['TRAILING_EMPTY_ELEMENT@4.5']],
    ['trailing empty component (warning)', edit(2, 'BHT*0019:*00*1*20240301*1200*CH'), ['TRAILING_EMPTY_COMPONENT@3.1']],
  ])('%s', (_name, lines, expected) => {
    expect(summary(check(file(lines)))).toEqual(expected);
  });

  it('reports a truncated interchange at the innermost open envelope', () => {
    const ds = check(file(LINES.slice(0, 3)));
    expect(summary(ds)).toEqual(['TRUNCATED_INTERCHANGE@2']);
    expect(ds[0].message).toContain('missing SE, GE, IEA');
    expect(summary(check(isa()))).toEqual(['TRUNCATED_INTERCHANGE@0']);
  });

  it('checks the ISA’s own fields and duplicate ISA13s in one file', () => {
    expect(summary(check(file(LINES, isa('12345678'))))).toEqual(['INVALID_CONTROL_NUMBER@0.13', 'CONTROL_NUMBER_MISMATCH@10.2']);
    expect(summary(check(file(LINES, isa(undefined, { date: '240230', time: '2460', ack: '2', usage: 'X' }))))).toEqual([
      'INVALID_DATE@0.9',
      'INVALID_TIME@0.10',
      'INVALID_VALUE@0.14',
      'INVALID_VALUE@0.15',
    ]);
    expect(summary(check(file() + file()))).toEqual(['DUPLICATE_CONTROL_NUMBER@11.13']);
  });

  it('accepts TA1 at interchange level and an interchange without groups', () => {
    expect(check(isa() + 'TA1*000000050*200229*1200*A*000~IEA*0*000000001~')).toEqual([]);
    expect(summary(check(isa() + 'TA1*000000050*200229*1200*A*000~IEA*1*000000001~'))).toEqual(['COUNT_MISMATCH@2.1']);
    expect(summary(check(file(edit(2, 'TA1*1*2*3*A'))))).toEqual([]); // inside ST it is just a body segment
  });

  it('checks several interchanges independently', () => {
    const second = file(LINES.map((l) => l.replace('000000001', '000000002')), isa('000000002'));
    expect(check(file() + second)).toEqual([]);
    const badSecond = file(LINES.map((l) => l.replace('000000001', '000000002').replace('GE*2*7', 'GE*3*7')), isa('000000002'));
    expect(summary(check(file() + badSecond))).toEqual(['COUNT_MISMATCH@20.1']);
  });

  it('gives positions a reader can act on', () => {
    const [d] = check(isa() + '\n' + edit(4, 'SE*9*0001').join('~\n') + '~\n');
    expect(d).toMatchObject({ code: 'COUNT_MISMATCH', severity: 'error', segmentId: 'SE', element: 1, segmentIndex: 5, line: 6 });
    expect(d.message).toBe('SE01 is 9 but there are 4 segments from ST to SE');
  });

  it('can skip the syntax warnings and caps the number of diagnostics', () => {
    expect(checkEnvelope(tokenize(file(edit(3, 'HL*1**20*1*'))), { syntax: false })).toEqual([]);
    const checker = new EnvelopeChecker({ maxDiagnostics: 2 });
    for (const s of tokenize(file(['GS*HC*S*R*20240301*1200*7*X*V', 'X1*1', 'X2*2', 'X3*3', 'GE*0*7', 'IEA*1*000000001']))) checker.push(s);
    expect(checker.end()).toHaveLength(2);
    expect(checker.droppedCount).toBe(1);
    expect(checker.totals).toEqual({ segments: 7, interchanges: 1, groups: 1, transactionSets: 0 });
  });
});

describe('validateX12: lexical + envelope diagnostics in input order', () => {
  it('combines tokenizer and envelope findings and never throws', () => {
    const text = 'Prose first\r\n' + file(edit(4, 'SE*3*0001')).slice(0, -1);
    const r = validateX12(text);
    expect(r.valid).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      X12ErrorCode.LEADING_GARBAGE,
      X12ErrorCode.COUNT_MISMATCH,
      X12ErrorCode.UNTERMINATED_SEGMENT,
    ]);
    expect(r.totals.interchanges).toBe(1);
    expect(validateX12('').diagnostics.map((d) => d.code)).toEqual([X12ErrorCode.EMPTY_INPUT]);
    expect(validateX12('\x00\x01binary').valid).toBe(false);
  });

  it('is valid for a clean file, with warnings allowed', () => {
    expect(validateX12(file())).toMatchObject({ valid: true, diagnostics: [], dropped: 0 });
    expect(validateX12(file(edit(3, 'HL*1**20*1*')))).toMatchObject({ valid: true });
  });

  it('has a streaming form with the same result', async () => {
    const text = file(edit(8, 'GE*1*7'));
    const chunks = Array.from({ length: Math.ceil(text.length / 9) }, (_, i) => Buffer.from(text.slice(i * 9, i * 9 + 9)));
    await expect(validateX12Stream(chunks)).resolves.toEqual(validateX12(text));
  });
});
