// Element values of the 835 into model values: X12 R amounts → integer cents → "12.50", CCYYMMDD
// → YYYY-MM-DD, R quantities → minimal decimal strings. The hot path (plain `-123.45`) is parsed
// inline; anything else goes through the core's `parseAmount`, which defines what is accepted.

import { formatDecimal, isValidDate, parseAmount } from '../core/format';

/** Integer cents of an X12 R amount; throws the core's INVALID_NUMBER X12Error when it is not one. */
export function centsOf(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return parseAmount(text);
  let i = 0;
  let negative = false;
  if (text.charCodeAt(0) === 45 /* - */) {
    negative = true;
    i = 1;
  }
  let whole = 0;
  let digits = 0;
  let c = 0;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + (c - 48);
    digits++;
  }
  let cents = whole * 100;
  if (i < n) {
    if (c !== 46 /* . */ || n - i > 3 || digits === 0) return parseAmount(text);
    const d1 = i + 1 < n ? text.charCodeAt(i + 1) - 48 : 0;
    const d2 = i + 2 < n ? text.charCodeAt(i + 2) - 48 : 0;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return parseAmount(text);
    cents += d1 * 10 + d2;
  } else if (digits === 0) {
    return parseAmount(text);
  }
  return negative && cents !== 0 ? -cents : cents;
}

/** ".00" … ".99": the cents part of every amount, built once. */
const CENTS = Array.from({ length: 100 }, (_, i) => (i < 10 ? '.0' : '.') + i);

/** Integer cents → the model's amount string with exactly two decimals: -1250 → "-12.50". */
export function formatCents(cents: number): string {
  const negative = cents < 0;
  const a = negative ? -cents : cents;
  const frac = a % 100;
  const text = (a - frac) / 100 + CENTS[frac];
  return negative ? '-' + text : text;
}

/** CCYYMMDD → YYYY-MM-DD, or undefined when it is not a real date. */
export function isoDate(ccyymmdd: string): string | undefined {
  if (!isValidDate(ccyymmdd)) return undefined;
  return ccyymmdd.slice(0, 4) + '-' + ccyymmdd.slice(4, 6) + '-' + ccyymmdd.slice(6, 8);
}

/** An R quantity in minimal form ("8.00" → "8"); throws INVALID_NUMBER when it is not a decimal. */
export function decimalOf(text: string): string {
  // Fast path: plain digits without leading zeros are already minimal.
  const n = text.length;
  if (n > 0 && n < 10 && text.charCodeAt(0) !== 48) {
    let plain = true;
    for (let i = 0; i < n && plain; i++) {
      const c = text.charCodeAt(i);
      plain = c >= 48 && c <= 57;
    }
    if (plain) return text;
  }
  return formatDecimal(text);
}
