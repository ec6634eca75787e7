// Claim intake: validation at the edge, exactly-once storage, history, and the read API.
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ClaimStore } from './claim-store.port';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { TypeormClaimStore } from './typeorm-claim.store';

@Module({
  imports: [IdempotencyModule],
  controllers: [ClaimsController],
  providers: [{ provide: ClaimStore, useFactory: (ds: DataSource) => new TypeormClaimStore(ds), inject: [DataSource] }, ClaimsService],
  exports: [ClaimsService, ClaimStore],
})
export class ClaimsModule {}
