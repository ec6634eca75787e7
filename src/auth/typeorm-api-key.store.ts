import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiKeyEntity } from '../persistence/entities';
import { ApiKeyStore, type StoredApiKey } from './api-key-store.port';

export class TypeormApiKeyStore extends ApiKeyStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async insert(key: { name: string; prefix: string; secretHash: string; scopes: string[] }): Promise<StoredApiKey> {
    const row = this.dataSource.getRepository(ApiKeyEntity).create({ id: randomUUID(), ...key, createdAt: new Date(), revokedAt: null });
    await this.dataSource.getRepository(ApiKeyEntity).insert(row);
    return row;
  }

  findByPrefix(prefix: string): Promise<StoredApiKey | null> {
    return this.dataSource.getRepository(ApiKeyEntity).findOne({ where: { prefix } });
  }

  list(): Promise<StoredApiKey[]> {
    return this.dataSource.getRepository(ApiKeyEntity).find({ order: { createdAt: 'ASC' } });
  }

  async revoke(idOrPrefix: string): Promise<boolean> {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrPrefix);
    const result = await this.dataSource
      .createQueryBuilder()
      .update(ApiKeyEntity)
      .set({ revokedAt: () => 'now()' })
      .where(isUuid ? 'id = :value' : 'prefix = :value', { value: idOrPrefix })
      .andWhere('revoked_at IS NULL')
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
