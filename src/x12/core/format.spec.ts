import {
  formatAmount,
  formatDate,
  formatDateQualified,
  formatDateRange,
  formatDecimal,
  formatInteger,
  formatIsaDate,
  formatTime,
  isCalendarDate,
  isValidDate,
  isValidIsaDate,
  isValidTime,
  parseAmount,
  parseDate,
} from './format';
import { X12Error, X12ErrorCode } from './errors';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof X12Error) return err.code;
    throw err;
  }
  return undefined;
}

describe('formatAmount: integer cents → minimal R form', () => {
  it.each([
    [15000, '150'],
    [1250, '12.5'],
    [1205, '12.05'],
    [1200, '12'],
    [5, '0.05'],
    [50, '0.5'],
    [100, '1'],
    [0, '0'],
    [-0, '0'],
    [-5, '-0.05'],
    [-1250, '-12.5'],
    [-15000, '-150'],
    [9999999999, '99999999.99'],
    [15000n, '150'],
    [-1n, '-0.01'],
    [0n, '0'],
  ])('%p cents → %s', (cents, text) => {
    expect(formatAmount(cents)).toBe(text);
  });

  it.each([[12.5], [0.1], [Number.NaN], [Infinity], [2 ** 53]])('refuses non-integer or unsafe cents %p', (cents) => {
    expect(codeOf(() => formatAmount(cents))).toBe(X12ErrorCode.INVALID_NUMBER);
  });

  it('enforces the HIPAA 10-digit limit unless told otherwise', () => {
    expect(codeOf(() => formatAmount(10000000000))).toBe(X12ErrorCode.VALUE_TOO_LONG);
    expect(codeOf(() => formatAmount(-10000000000n))).toBe(X12ErrorCode.VALUE_TOO_LONG);
    expect(formatAmount(10000000000, { maxDigits: 18 })).toBe('100000000');
  });
});

describe('parseAmount: every R form → integer cents', () => {
  it.each([
    ['150', 15000],
    ['150.00', 15000],
    ['150.', 15000],
    ['12.5', 1250],
    ['12.50', 1250],
    ['12.05', 1205],
    ['0.05', 5],
    ['.5', 50],
    ['-.5', -50],
    ['00.50', 50],
    ['-0', 0],
    ['-1922.86', -192286],
    ['1.500', 150],
    ['99999999.99', 9999999999],
  ])('%s → %i', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  it.each([[''], ['-'], ['.'], ['+1'], ['1e3'], ['1,000'], ['$5'], [' 5'], ['1.005'], ['1.2.3'], ['12a']])('refuses %p', (text) => {
    expect(codeOf(() => parseAmount(text))).toBe(X12ErrorCode.INVALID_NUMBER);
  });

  it('round-trips with formatAmount', () => {
    for (const cents of [0, 1, 9, 10, 99, 100, 101, 12345, -12345, 9999999999]) {
      expect(parseAmount(formatAmount(cents))).toBe(cents);
    }
  });
});

describe('formatDecimal / formatInteger', () => {
  it.each([
    ['1', '1'],
    ['1.50', '1.5'],
    ['1.0', '1'],
    ['007', '7'],
    ['0.25', '0.25'],
    ['.25', '0.25'],
    ['-0.5', '-0.5'],
    ['-0', '0'],
    ['-0.000', '0'],
    ['15.000', '15'],
    [3, '3'],
    [0, '0'],
    [12n, '12'],
  ])('decimal %p → %s', (value, text) => {
    expect(formatDecimal(value)).toBe(text);
  });

  it.each([[''], ['1.'.repeat(2)], ['+1'], ['1e2'], ['1,5'], [' 1'], [1.5], [Number.NaN]])('refuses decimal %p', (value) => {
    expect(codeOf(() => formatDecimal(value))).toBe(X12ErrorCode.INVALID_NUMBER);
  });

  it('refuses extra precision and too many digits instead of rounding', () => {
    expect(codeOf(() => formatDecimal('1.125', { maxFractionDigits: 2 }))).toBe(X12ErrorCode.INVALID_NUMBER);
    expect(formatDecimal('1.120', { maxFractionDigits: 2 })).toBe('1.12');
    expect(codeOf(() => formatDecimal('123456', { maxDigits: 5 }))).toBe(X12ErrorCode.VALUE_TOO_LONG);
    expect(formatDecimal('0.12345', { maxDigits: 5 })).toBe('0.12345');
  });

  it.each([
    [42, '42'],
    [-3, '-3'],
    ['0042', '42'],
    ['-0', '0'],
    [7n, '7'],
  ])('integer %p → %s', (value, text) => {
    expect(formatInteger(value)).toBe(text);
  });

  it.each([[1.5], ['1.0'], ['x'], ['']])('refuses integer %p', (value) => {
    expect(codeOf(() => formatInteger(value))).toBe(X12ErrorCode.INVALID_NUMBER);
  });
});

describe('dates and times', () => {
  it.each([
    ['2024-03-01', '20240301'],
    ['20240301', '20240301'],
    ['2024-02-29', '20240229'],
    ['2000-02-29', '20000229'],
    [{ year: 1999, month: 12, day: 31 }, '19991231'],
  ])('formatDate(%p) → %s', (input, text) => {
    expect(formatDate(input)).toBe(text);
  });

  it.each([
    ['2023-02-29'],
    ['1900-02-29'],
    ['2024-04-31'],
    ['2024-13-01'],
    ['2024-00-10'],
    ['2024-3-1'],
    ['2024-03-01T10:00:00Z'],
    ['20240301 '],
    ['2024-0301'],
    [{ year: 2024, month: 2, day: 30 }],
  ])('formatDate refuses %p', (input) => {
    expect(codeOf(() => formatDate(input))).toBe(X12ErrorCode.INVALID_DATE);
  });

  it('formats ISA09 as YYMMDD', () => {
    expect(formatIsaDate('2024-03-01')).toBe('240301');
  });

  it.each([
    ['09:05', '0905'],
    ['0905', '0905'],
    ['23:59:59', '2359'],
    [{ hour: 0, minute: 0 }, '0000'],
  ])('formatTime(%p) → %s', (input, text) => {
    expect(formatTime(input)).toBe(text);
  });

  it.each([['24:00'], ['12:60'], ['9:05'], ['12:00:61'], [{ hour: 1.5, minute: 0 }]])('formatTime refuses %p', (input) => {
    expect(codeOf(() => formatTime(input))).toBe(X12ErrorCode.INVALID_TIME);
  });

  it('formats D8 / RD8 date elements', () => {
    expect(formatDateRange('2024-03-01', '2024-03-05')).toBe('20240301-20240305');
    expect(formatDateRange('2024-03-01', '2024-03-01')).toBe('20240301-20240301');
    expect(codeOf(() => formatDateRange('2024-03-05', '2024-03-01'))).toBe(X12ErrorCode.INVALID_DATE);
    expect(formatDateQualified('2024-03-01')).toEqual({ qualifier: 'D8', value: '20240301' });
    expect(formatDateQualified('2024-03-01', '2024-03-02')).toEqual({ qualifier: 'RD8', value: '20240301-20240302' });
  });

  it('validates and parses element values', () => {
    expect(isValidDate('20240229')).toBe(true);
    expect(isValidDate('20230229')).toBe(false);
    expect(isValidDate('20080543')).toBe(false);
    expect(isValidDate('2024031')).toBe(false);
    expect(isValidIsaDate('240229')).toBe(true);
    expect(isValidIsaDate('3434  ')).toBe(false);
    expect(isValidTime('1200')).toBe(true);
    expect(isValidTime('163745')).toBe(true);
    expect(isValidTime('16374599')).toBe(true);
    expect(isValidTime('102497')).toBe(false);
    expect(isValidTime('2400')).toBe(false);
    expect(isValidTime('12')).toBe(false);
    expect(parseDate('20240301')).toEqual({ year: 2024, month: 3, day: 1 });
    expect(codeOf(() => parseDate('2024-03-01'))).toBe(X12ErrorCode.INVALID_DATE);
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2100, 2, 29)).toBe(false);
  });
});
