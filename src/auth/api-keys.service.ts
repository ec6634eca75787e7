// Creates, lists, revokes and checks API keys. The plain key is shown once, at creation.
import { Injectable } from '@nestjs/common';
import { ApiKeyStore, type StoredApiKey } from './api-key-store.port';
import { generateApiKey, parseApiKey, secretMatches } from './api-key-format';
import { isScope, SCOPES, type Scope } from './scopes';

export interface AuthenticatedKey {
  id: string;
  prefix: string;
  scopes: string[];
}

export class InvalidScopesError extends Error {
  readonly code = 'INVALID_SCOPES';
}

@Injectable()
export class ApiKeysService {
  constructor(private readonly store: ApiKeyStore) {}

  async create(name: string, scopes: string[]): Promise<{ key: string; record: StoredApiKey }> {
    const unknown = scopes.filter((s) => !isScope(s));
    if (scopes.length === 0 || unknown.length > 0) {
      throw new InvalidScopesError(`scopes must be a non-empty list of ${SCOPES.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
    }
    const generated = generateApiKey();
    const record = await this.store.insert({ name, prefix: generated.prefix, secretHash: generated.secretHash, scopes: [...new Set(scopes as Scope[])] });
    return { key: generated.key, record };
  }

  list(): Promise<StoredApiKey[]> {
    return this.store.list();
  }

  revoke(idOrPrefix: string): Promise<boolean> {
    return this.store.revoke(idOrPrefix);
  }

  /** The active key this presented key string belongs to, or null. */
  async authenticate(presented: string): Promise<AuthenticatedKey | null> {
    const parsed = parseApiKey(presented);
    if (!parsed) return null;
    const stored = await this.store.findByPrefix(parsed.prefix);
    if (!stored || stored.revokedAt || !secretMatches(parsed.secret, stored.secretHash)) return null;
    return { id: stored.id, prefix: stored.prefix, scopes: stored.scopes };
  }
}
