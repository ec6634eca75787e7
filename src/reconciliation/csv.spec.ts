import { csvField, csvRecord, CsvSyntaxError, parseCsv } from './csv';

describe('csvField / csvRecord (RFC 4180)', () => {
  it('quotes only fields with a comma, a double quote, CR or LF, doubling quotes', () => {
    expect(csvField('PCN-1')).toBe('PCN-1');
    expect(csvField('ACME, INC')).toBe('"ACME, INC"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded ')).toBe(' padded ');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(false)).toBe('false');
    expect(csvField('-1.00')).toBe('-1.00');
  });

  it('ends each record with CRLF', () => {
    expect(csvRecord(['a', 'b,c', null, '"'])).toBe('a,"b,c",,""""\r\n');
  });

  it('round-trips through parseCsv', () => {
    const values = ['x', 'y, z', 'q "uoted"', 'multi\r\nline', ''];
    expect(parseCsv(csvRecord(values) + csvRecord(['1', '2', '3', '4', '5']))).toEqual([
      { line: 1, fields: values },
      { line: 3, fields: ['1', '2', '3', '4', '5'] },
    ]);
  });
});

describe('parseCsv', () => {
  it('reads LF or CRLF records, skips blank lines and a BOM', () => {
    expect(parseCsv('\ufeffdate,amount\n\n2025-04-01,1.00\r\n')).toEqual([
      { line: 1, fields: ['date', 'amount'] },
      { line: 3, fields: ['2025-04-01', '1.00'] },
    ]);
  });

  it('refuses a stray quote or an unclosed quoted field', () => {
    expect(() => parseCsv('a,b"c\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,"b\n')).toThrow(/not closed/);
    expect(() => parseCsv('"a"b,c\n')).toThrow(/must end/);
  });
});
