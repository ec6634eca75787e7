// Money as exact integer cents. Claim amounts arrive as decimal strings ("150", "0.10", "120.5")
// and must never pass through binary floating point: 0.1 + 0.2 is not 0.3 in a double, and a
// total that is off by a cent fails the payer's CLM02 = sum(SV102) balancing edit.

const AMOUNT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "150" → 15000n, "0.1" → 10n, "-1.05" → -105n. Throws a RangeError on anything else. */
export function amountToCents(amount: string): bigint {
  const m = AMOUNT.exec(amount);
  if (!m) throw new RangeError('not a decimal amount with at most two decimal places');
  const [, sign, whole, fraction = ''] = m;
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  return sign === '-' ? -cents : cents;
}

/** 15000n → "150.00", 5n → "0.05", -105n → "-1.05". */
export function formatAmount(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** Rewrites an amount with exactly two decimals: "150" → "150.00", "007.5" → "7.50". */
export function normalizeAmount(amount: string): string {
  return formatAmount(amountToCents(amount));
}

/** Exact sum of decimal amount strings, formatted with two decimals ("0.10" + "0.20" → "0.30"). */
export function sumAmounts(amounts: Iterable<string>): string {
  let total = 0n;
  for (const amount of amounts) total += amountToCents(amount);
  return formatAmount(total);
}
