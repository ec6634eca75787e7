import { createHmac } from 'node:crypto';
import { generateWebhookSecret, signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test_secret';
  const body = '{"id":"evt_1","type":"claim.status_changed","createdAt":"2026-11-26T00:00:00.000Z","data":{"claimId":"c1"}}';
  const t = 1_790_000_000;

  it('signs HMAC-SHA256(secret, "<t>.<body>") as t=…,v1=<hex>', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signWebhook(secret, body, t)).toBe(`t=${t},v1=${expected}`);
  });

  it('verifies its own signature within the tolerance, from a string or the same bytes', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature(secret, header, body, 300, t)).toBe(true);
    expect(verifyWebhookSignature(secret, header, Buffer.from(body, 'utf8'), 300, t + 299)).toBe(true);
    expect(verifyWebhookSignature(secret, header, body, 300, t - 300)).toBe(true);
  });

  it('refuses a tampered body', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature(secret, header, body.replace('c1', 'c2'), 300, t)).toBe(false);
    expect(verifyWebhookSignature(secret, header, `${body} `, 300, t)).toBe(false);
  });

  it('refuses a signature made with another secret', () => {
    expect(verifyWebhookSignature(secret, signWebhook('whsec_other', body, t), body, 300, t)).toBe(false);
  });

  it('refuses a timestamp outside the tolerance, old or in the future', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature(secret, header, body, 300, t + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, 300, t - 301)).toBe(false);
  });

  it('refuses a timestamp changed after signing (it is part of the signed text)', () => {
    const v1 = signWebhook(secret, body, t).split('v1=')[1];
    expect(verifyWebhookSignature(secret, `t=${t + 1},v1=${v1}`, body, 300, t)).toBe(false);
  });

  it('refuses malformed or missing headers', () => {
    for (const header of [undefined, null, '', 'garbage', `t=${t}`, `v1=${'a'.repeat(64)}`, `t=abc,v1=${'a'.repeat(64)}`, `t=${t},v1=xyz`]) {
      expect(verifyWebhookSignature(secret, header, body, 300, t)).toBe(false);
    }
    expect(verifyWebhookSignature('', signWebhook('', body, t), body, 300, t)).toBe(false);
  });

  it('accepts any one of several v1 entries (secret rotation)', () => {
    const good = signWebhook(secret, body, t).split('v1=')[1];
    expect(verifyWebhookSignature(secret, `t=${t},v1=${'0'.repeat(64)},v1=${good}`, body, 300, t)).toBe(true);
  });

  it('generates distinct whsec_ secrets of 32 random bytes', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(a);
  });
});
