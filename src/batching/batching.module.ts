// Batching: ready claims → 837 interchanges with ledger control numbers, stored as submissions;
// the routes that run a batch and read submissions; the scheduler that `serve` starts.
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClaimsModule } from '../claims/claims.module';
import { ClearinghousesModule } from '../clearinghouses/clearinghouses.module';
import { BatchScheduler } from './batch-scheduler';
import { BatchingController } from './batching.controller';
import { BatchingService } from './batching.service';
import { Claim837Renderer } from './claim-837-renderer.port';
import { Clock, SystemClock } from './clock';
import { ControlNumberLedger } from './control-number-ledger.port';
import { ReadyClaims } from './ready-claims.port';
import { SubmissionDeliveryStore } from './submission-delivery-store.port';
import { SubmissionStore } from './submission-store.port';
import { SubmissionsService } from './submissions.service';
import { TypeormControlNumberLedger } from './typeorm-control-number.ledger';
import { TypeormReadyClaims } from './typeorm-ready-claims';
import { TypeormSubmissionDeliveryStore } from './typeorm-submission-delivery.store';
import { TypeormSubmissionStore } from './typeorm-submission.store';
import { X12Claim837Renderer } from './x12-claim-837.renderer';

@Module({
  imports: [ClaimsModule, ClearinghousesModule],
  controllers: [BatchingController],
  providers: [
    { provide: ControlNumberLedger, useFactory: (ds: DataSource) => new TypeormControlNumberLedger(ds), inject: [DataSource] },
    { provide: SubmissionStore, useFactory: (ds: DataSource) => new TypeormSubmissionStore(ds), inject: [DataSource] },
    { provide: SubmissionDeliveryStore, useFactory: (ds: DataSource) => new TypeormSubmissionDeliveryStore(ds), inject: [DataSource] },
    { provide: ReadyClaims, useFactory: (ds: DataSource) => new TypeormReadyClaims(ds), inject: [DataSource] },
    { provide: Claim837Renderer, useClass: X12Claim837Renderer },
    { provide: Clock, useClass: SystemClock },
    BatchingService,
    SubmissionsService,
    BatchScheduler,
  ],
  exports: [BatchingService, BatchScheduler, SubmissionStore, SubmissionDeliveryStore, SubmissionsService, ControlNumberLedger],
})
export class BatchingModule {}
