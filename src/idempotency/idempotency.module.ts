import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdempotencyStore } from './idempotency-store.port';
import { IdempotencyService } from './idempotency.service';
import { TypeormIdempotencyStore } from './typeorm-idempotency.store';

@Module({
  providers: [{ provide: IdempotencyStore, useFactory: (ds: DataSource) => new TypeormIdempotencyStore(ds), inject: [DataSource] }, IdempotencyService],
  exports: [IdempotencyService],
})
export class IdempotencyModule {}
