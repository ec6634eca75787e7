import { GatewayError } from '../common/gateway-error';
import { toNewWebhookInput } from './create-webhook.pipe';

function issues(body: unknown, allowPrivateNetworks = false): string[] {
  try {
    toNewWebhookInput(body, { allowPrivateNetworks });
  } catch (err) {
    return ((err as GatewayError).details.errors ?? []).map((e) => `${e.path}:${e.code}`);
  }
  return [];
}

describe('POST /v1/webhooks body', () => {
  it('takes https anywhere and http on localhost, and normalizes the event list', () => {
    expect(toNewWebhookInput({ url: 'https://hooks.example.com/x12', events: ['remittance.posted', 'claim.status_changed', 'claim.status_changed'] })).toEqual({
      url: 'https://hooks.example.com/x12',
      events: ['claim.status_changed', 'remittance.posted'],
      secret: null,
      description: null,
    });
    expect(toNewWebhookInput({ url: 'http://127.0.0.1:4000/h', events: ['*', 'submission.rejected'], secret: 'a'.repeat(16), description: ' ops ' })).toEqual({
      url: 'http://127.0.0.1:4000/h',
      events: ['*'],
      secret: 'a'.repeat(16),
      description: 'ops',
    });
    expect(issues({ url: 'http://localhost:9/h', events: ['*'] })).toEqual([]);
  });

  it('refuses other schemes, http off localhost, credentials and garbage', () => {
    expect(issues({ url: 'ftp://example.com/h', events: ['*'] })).toEqual(['url:UNSUPPORTED_SCHEME']);
    expect(issues({ url: 'file:///etc/passwd', events: ['*'] })).toEqual(['url:UNSUPPORTED_SCHEME']);
    expect(issues({ url: 'http://example.com/h', events: ['*'] })).toEqual(['url:INSECURE_URL']);
    expect(issues({ url: 'https://u:p@example.com/h', events: ['*'] })).toEqual(['url:CREDENTIALS_IN_URL']);
    expect(issues({ url: 'not a url', events: ['*'] })).toEqual(['url:INVALID_URL']);
    expect(issues({ url: 'http://127.example.com/h', events: ['*'] })).toEqual(['url:INSECURE_URL']);
  });

  it('refuses an IP-literal host in a private or reserved range, unless WEBHOOK_ALLOW_PRIVATE_NETWORKS opens private ones', () => {
    expect(issues({ url: 'https://169.254.169.254/latest', events: ['*'] })).toEqual(['url:PRIVATE_ADDRESS']);
    expect(issues({ url: 'https://10.0.0.5/h', events: ['*'] })).toEqual(['url:PRIVATE_ADDRESS']);
    expect(issues({ url: 'https://[::ffff:10.0.0.1]/h', events: ['*'] })).toEqual(['url:PRIVATE_ADDRESS']);
    expect(issues({ url: 'https://127.0.0.1:4000/h', events: ['*'] })).toEqual(['url:PRIVATE_ADDRESS']);
    expect(issues({ url: 'https://0x7f.1/h', events: ['*'] })).toEqual(['url:PRIVATE_ADDRESS']);
    expect(issues({ url: 'https://hooks.example.com/x', events: ['*'] })).toEqual([]);
    expect(issues({ url: 'https://8.8.8.8/x', events: ['*'] })).toEqual([]);
    expect(issues({ url: 'http://127.0.0.1:4000/h', events: ['*'] })).toEqual([]);
    expect(issues({ url: 'https://10.0.0.5/h', events: ['*'] }, true)).toEqual([]);
    expect(issues({ url: 'https://169.254.169.254/latest', events: ['*'] }, true)).toEqual(['url:PRIVATE_ADDRESS']);
    try {
      toNewWebhookInput({ url: 'https://169.254.169.254/latest', events: ['*'] });
    } catch (err) {
      expect((err as GatewayError).details.errors).toEqual([{ path: 'url', code: 'PRIVATE_ADDRESS', message: 'webhooks may not be sent to a link-local address (169.254.169.254)' }]);
    }
    expect.assertions(11);
  });

  it('refuses unknown or missing events, short secrets and unknown fields', () => {
    expect(issues({ url: 'https://example.com', events: ['claim.deleted'] })).toEqual(['events:UNKNOWN_EVENT']);
    expect(issues({ url: 'https://example.com', events: [] })).toEqual(['events:OUT_OF_RANGE']);
    expect(issues({ url: 'https://example.com' })).toContain('events:NOT_AN_ARRAY');
    expect(issues({ url: 'https://example.com', events: ['*'], secret: 'short' })).toEqual(['secret:OUT_OF_RANGE']);
    expect(issues({ url: 'https://example.com', events: ['*'], active: false })).toEqual(['active:UNKNOWN_FIELD']);
    expect(issues([])).toEqual([':NOT_AN_OBJECT']);
  });
});
