import { controlNumberOfSerial } from './control-number-ledger.port';

describe('controlNumberOfSerial', () => {
  it('counts 1 … 999999999 and wraps to 1, never 0', () => {
    expect([1, 2, 999_999_998, 999_999_999, 1_000_000_000, 1_000_000_001, 1_999_999_998, 1_999_999_999].map((s) => controlNumberOfSerial(s))).toEqual([
      1, 2, 999_999_998, 999_999_999, 1, 2, 999_999_999, 1,
    ]);
  });
});
