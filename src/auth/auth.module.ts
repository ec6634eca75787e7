// API keys: hashed storage, the global guard that every route passes through, scopes.
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeyStore } from './api-key-store.port';
import { ApiKeysService } from './api-keys.service';
import { TypeormApiKeyStore } from './typeorm-api-key.store';

@Module({
  providers: [
    { provide: ApiKeyStore, useFactory: (ds: DataSource) => new TypeormApiKeyStore(ds), inject: [DataSource] },
    ApiKeysService,
    { provide: APP_GUARD, useClass: ApiKeyGuard },
  ],
  exports: [ApiKeysService],
})
export class AuthModule {}
