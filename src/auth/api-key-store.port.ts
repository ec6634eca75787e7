// Port for stored API keys; the TypeORM adapter sits beside it.
export interface StoredApiKey {
  id: string;
  name: string;
  prefix: string;
  secretHash: string;
  scopes: string[];
  createdAt: Date;
  revokedAt: Date | null;
}

export abstract class ApiKeyStore {
  abstract insert(key: { name: string; prefix: string; secretHash: string; scopes: string[] }): Promise<StoredApiKey>;
  abstract findByPrefix(prefix: string): Promise<StoredApiKey | null>;
  abstract list(): Promise<StoredApiKey[]>;
  /** Returns false when no active key has that id or prefix. */
  abstract revoke(idOrPrefix: string): Promise<boolean>;
}
