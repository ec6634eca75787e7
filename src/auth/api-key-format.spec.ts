import { generateApiKey, hashSecret, parseApiKey, secretMatches } from './api-key-format';
import { grants } from './scopes';

describe('API key format', () => {
  it('generates a key whose prefix finds it and whose secret only matches its own hash', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^x12gw_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(a.prefix).not.toBe(b.prefix);
    const parsed = parseApiKey(a.key)!;
    expect(parsed.prefix).toBe(a.prefix);
    expect(secretMatches(parsed.secret, a.secretHash)).toBe(true);
    expect(secretMatches(parseApiKey(b.key)!.secret, a.secretHash)).toBe(false);
    expect(a.secretHash).toBe(hashSecret(parsed.secret));
    expect(a.secretHash).not.toContain(parsed.secret);
  });

  it.each(['', 'x12gw_', 'x12gw_abc_def', 'Bearer x12gw_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'sk_live_123'])('rejects %p', (value) => {
    expect(parseApiKey(value)).toBeNull();
  });

  it('admin grants every scope; others grant only themselves', () => {
    expect(grants(['admin'], 'claims:write')).toBe(true);
    expect(grants(['claims:read'], 'claims:read')).toBe(true);
    expect(grants(['claims:read'], 'claims:write')).toBe(false);
    expect(grants([], 'remittance:read')).toBe(false);
  });
});
