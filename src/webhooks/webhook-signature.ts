// Signing of webhook bodies, Stripe-style: `X12gw-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>`
// over "<t>.<raw body>" with the subscription's secret. The timestamp inside the signed text lets a
// receiver refuse replays older than its tolerance. Receivers (and our tests) use
// verifyWebhookSignature; it needs no Nest and no database.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X12gw-Signature';
export const EVENT_HEADER = 'X12gw-Event';
export const DELIVERY_HEADER = 'X12gw-Delivery';
export const TIMESTAMP_HEADER = 'X12gw-Timestamp';

/** Five minutes, as receivers commonly allow for clock skew and queueing. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A fresh signing secret: `whsec_` and 32 random bytes, base64url. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function hmacHex(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/** The X12gw-Signature header value for a body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, rawBody: string | Buffer, timestamp: number): string {
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, rawBody)}`;
}

/**
 * True when `header` carries a `v1` signature of `rawBody` made with `secret` at a timestamp no
 * further than `toleranceSeconds` from now. Pass the body exactly as received (bytes or the
 * undecoded string): a re-serialized JSON object will not verify. Several `v1` entries are
 * allowed (a secret being rotated); any one matching is enough.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  rawBody: string | Buffer,
  toleranceSeconds: number = DEFAULT_TOLERANCE_SECONDS,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): boolean {
  if (!secret || typeof header !== 'string') return false;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === null || signatures.length === 0) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmacHex(secret, timestamp, rawBody), 'hex');
  return signatures.some((s) => timingSafeEqual(expected, Buffer.from(s, 'hex')));
}
