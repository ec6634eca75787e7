import { amountToCents, formatAmount, normalizeAmount, sumAmounts } from './money';

describe('amountToCents', () => {
  it.each([
    ['0', 0n],
    ['150', 15000n],
    ['150.5', 15050n],
    ['150.05', 15005n],
    ['0.1', 10n],
    ['007.50', 750n],
    ['-1.05', -105n],
    ['123456789012345678', 12345678901234567800n],
  ])('%s → %s', (amount, cents) => {
    expect(amountToCents(amount)).toBe(cents);
  });

  it.each(['', '1.234', '1.', '.5', '1e3', ' 1', '1,000.00', '+1', '--1', 'abc'])('rejects %j', (amount) => {
    expect(() => amountToCents(amount)).toThrow(RangeError);
  });

  it('does not echo the rejected text in the error', () => {
    expect(() => amountToCents('98765.4321')).toThrow(expect.objectContaining({ message: expect.not.stringContaining('98765') }));
  });
});

describe('formatAmount', () => {
  it.each([
    [0n, '0.00'],
    [5n, '0.05'],
    [50n, '0.50'],
    [15000n, '150.00'],
    [-105n, '-1.05'],
    [-5n, '-0.05'],
    [12345678901234567899n, '123456789012345678.99'],
  ])('%s → %s', (cents, text) => {
    expect(formatAmount(cents)).toBe(text);
  });

  it('round-trips every amount with cents', () => {
    for (const text of ['0.00', '0.01', '9.99', '10.00', '1234.56', '-0.01']) expect(formatAmount(amountToCents(text))).toBe(text);
  });
});

describe('normalizeAmount and sumAmounts', () => {
  it('writes exactly two decimals', () => {
    expect(normalizeAmount('150')).toBe('150.00');
    expect(normalizeAmount('120.5')).toBe('120.50');
    expect(normalizeAmount('0030.00')).toBe('30.00');
  });

  it('adds without floating point error', () => {
    expect(0.1 + 0.2).not.toBe(0.3); // why this module exists
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(Array.from({ length: 1000 }, () => '0.01'))).toBe('10.00');
    expect(sumAmounts(['90071992547409.91', '0.02'])).toBe('90071992547409.93'); // beyond 2^53 cents
    expect(sumAmounts([])).toBe('0.00');
  });
});
