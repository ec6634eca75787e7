// Element values → model values: amounts through integer cents (the inline fast path must agree
// with the core's parseAmount on every form), two-decimal output, dates and quantities; and the
// pure-JS SHA-256 against the FIPS 180-4 test vectors.
import { parseAmount } from '../core/format';
import { amountOf } from './segments';
import { Sha256, sha256Hex } from './sha256';
import { centsOf, decimalOf, formatCents, isoDate } from './values';

describe('835 values', () => {
  it.each([
    ['0', 0],
    ['150', 15000],
    ['150.5', 15050],
    ['150.50', 15050],
    ['-12.5', -1250],
    ['-0.05', -5],
    ['.5', 50],
    ['-.5', -50],
    ['100.', 10000],
    ['00.50', 50],
    ['1.500', 150],
    ['-0', 0],
    ['99999999.99', 9999999999],
  ])('centsOf(%j) = %d, as the core parseAmount says', (text, cents) => {
    expect(centsOf(text)).toBe(cents);
    expect(centsOf(text)).toBe(parseAmount(text));
  });

  it.each(['', '-', '.', '1.005', '+5', '1e3', '12a', '1.2a', '1,000', ' 1', '1.-5', '--1'])('centsOf(%j) throws INVALID_NUMBER', (text) => {
    expect(() => centsOf(text)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
  });

  it('formats cents with exactly two decimals and a leading minus', () => {
    expect([0, 5, -5, 1250, -1250, 100, 9999999999, -30000].map(formatCents)).toEqual([
      '0.00',
      '0.05',
      '-0.05',
      '12.50',
      '-12.50',
      '1.00',
      '99999999.99',
      '-300.00',
    ]);
  });

  it('reuses the element text only when it is already in the model form', () => {
    expect(amountOf(21749, '217.49')).toBe('217.49');
    expect(amountOf(5, '0.05')).toBe('0.05');
    expect(amountOf(50, '00.50')).toBe('0.50');
    expect(amountOf(0, '-0.00')).toBe('0.00');
    expect(amountOf(-1250, '-12.50')).toBe('-12.50');
    expect(amountOf(1250, '12.5')).toBe('12.50');
    expect(amountOf(null, '')).toBeNull();
    expect(amountOf(NaN, 'x')).toBeNull();
  });

  it('dates: CCYYMMDD → YYYY-MM-DD, impossible dates → undefined', () => {
    expect(isoDate('20240229')).toBe('2024-02-29');
    expect(isoDate('20230229')).toBeUndefined();
    expect(isoDate('2024031')).toBeUndefined();
  });

  it('quantities: minimal decimal strings, never floats', () => {
    expect(['1', '8.00', '0.5', '-2', '007', '9.999'].map(decimalOf)).toEqual(['1', '8', '0.5', '-2', '7', '9.999']);
    expect(() => decimalOf('1e2')).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
  });
});

describe('Sha256 (FIPS 180-4 vectors)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('sha256(%j)', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex);
  });

  it('one million "a", fed in uneven pieces, and a multi-byte string', () => {
    const h = new Sha256();
    const a = new Uint8Array(1_000_000).fill(0x61);
    for (let i = 0, step = 1; i < a.length; i += step, step = (step * 7 + 3) % 997) h.update(a.subarray(i, i + step));
    expect(h.digest()).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    expect(sha256Hex('DOÉ')).toBe(sha256Hex(new TextEncoder().encode('DOÉ')));
  });
});
