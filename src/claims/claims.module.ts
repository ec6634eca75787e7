// Claim intake: validation at the edge, scrubbing against the guides and payer rules, exactly-once
// storage, history, and the read API.
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ClaimCorrectionsService } from './claim-corrections.service';
import { ClaimStore } from './claim-store.port';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';
import { ScrubService, scrubServiceProvider } from './scrub/scrub.service';
import { TypeormClaimStore } from './typeorm-claim.store';
import { X12IntakeService } from './x12-intake.service';

@Module({
  imports: [IdempotencyModule],
  controllers: [ClaimsController],
  providers: [{ provide: ClaimStore, useFactory: (ds: DataSource) => new TypeormClaimStore(ds), inject: [DataSource] }, scrubServiceProvider, ClaimsService, ClaimCorrectionsService, X12IntakeService],
  exports: [ClaimsService, ClaimStore, ScrubService],
})
export class ClaimsModule {}
