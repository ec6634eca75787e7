// Acknowledgments: TA1, 999 and 277CA files in (POST /v1/inbound routes them here by content,
// `x12gw ingest` too), correlated with our submissions and claims; claim timelines read back.
// Global so that the inbound door (RemittanceModule's InboundFileService) can hand files over
// without the remittance module importing this one.
import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClaimsModule } from '../claims/claims.module';
import { AcknowledgmentStore } from './acknowledgment-store.port';
import { AcknowledgmentsController } from './acknowledgments.controller';
import { AcknowledgmentsService } from './acknowledgments.service';
import { ClaimTimelineService } from './claim-timeline.service';
import { TypeormAcknowledgmentStore } from './typeorm-acknowledgment.store';

@Global()
@Module({
  imports: [ClaimsModule],
  controllers: [AcknowledgmentsController],
  providers: [
    { provide: AcknowledgmentStore, useFactory: (ds: DataSource) => new TypeormAcknowledgmentStore(ds), inject: [DataSource] },
    AcknowledgmentsService,
    ClaimTimelineService,
  ],
  exports: [AcknowledgmentsService],
})
export class AcknowledgmentsModule {}
