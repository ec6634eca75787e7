import {
  formatGroupControlNumber,
  formatInterchangeControlNumber,
  formatTransactionSetControlNumber,
  isValidGroupControlNumber,
  isValidInterchangeControlNumber,
  isValidTransactionSetControlNumber,
  nextControlNumber,
  parseControlNumber,
} from './control-numbers';
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

describe('control numbers', () => {
  it.each([
    [1, '000000001'],
    [42, '000000042'],
    [999999999, '999999999'],
    [42n, '000000042'],
    ['42', '000000042'],
    ['000000042', '000000042'],
  ])('ISA13 %p → %s', (n, text) => {
    expect(formatInterchangeControlNumber(n)).toBe(text);
  });

  it.each([[0], [-1], [1000000000], [1.5], ['abc'], ['1234567890'], ['']])('ISA13 refuses %p', (n) => {
    expect(codeOf(() => formatInterchangeControlNumber(n))).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
  });

  it('GS06 is 1–9 digits without padding', () => {
    expect(formatGroupControlNumber(7)).toBe('7');
    expect(formatGroupControlNumber('0007')).toBe('7');
    expect(formatGroupControlNumber(999999999)).toBe('999999999');
    expect(codeOf(() => formatGroupControlNumber(0))).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
  });

  it('ST02 numbers are padded to 4 digits; ST02 strings must be 4–9 letters/digits', () => {
    expect(formatTransactionSetControlNumber(1)).toBe('0001');
    expect(formatTransactionSetControlNumber(12345)).toBe('12345');
    expect(formatTransactionSetControlNumber(999999999)).toBe('999999999');
    expect(formatTransactionSetControlNumber('A0001')).toBe('A0001');
    expect(codeOf(() => formatTransactionSetControlNumber('001'))).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
    expect(codeOf(() => formatTransactionSetControlNumber('0000000001'))).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
    expect(codeOf(() => formatTransactionSetControlNumber('00 1'))).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
    expect(codeOf(() => formatTransactionSetControlNumber(1000000000))).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
  });

  it('validates what was read from a file', () => {
    expect(isValidInterchangeControlNumber('000010216')).toBe(true);
    expect(isValidInterchangeControlNumber('10216')).toBe(false);
    expect(isValidInterchangeControlNumber('43434343')).toBe(false);
    expect(isValidGroupControlNumber('383880001')).toBe(true);
    expect(isValidGroupControlNumber('1234567890')).toBe(false);
    expect(isValidTransactionSetControlNumber('11280001')).toBe(true);
    expect(isValidTransactionSetControlNumber('123')).toBe(false);
    expect(parseControlNumber('000000905')).toBe(905);
    expect(codeOf(() => parseControlNumber('9O5'))).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
  });

  it('nextControlNumber adds one and wraps from 999999999 to 1 (never 0)', () => {
    expect(nextControlNumber(1)).toBe(2);
    expect(nextControlNumber(999999998)).toBe(999999999);
    expect(nextControlNumber(999999999)).toBe(1);
    expect(nextControlNumber(999999999, 'group')).toBe(1);
    expect(nextControlNumber(9999, 'transaction')).toBe(10000);
    expect(formatTransactionSetControlNumber(nextControlNumber(9999, 'transaction'))).toBe('10000');
    expect(codeOf(() => nextControlNumber(0))).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
    expect(codeOf(() => nextControlNumber(1e9))).toBe(X12ErrorCode.INVALID_CONTROL_NUMBER);
  });
});
