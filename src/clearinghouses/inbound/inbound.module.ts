// Inbound files: pickup from each clearinghouse (on schedule and on demand), storage with sha256
// dedupe, and the router that hands them to acknowledgments or remittance posting.
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AcknowledgmentsModule } from '../../acknowledgments/acknowledgments.module';
import { RemittanceModule } from '../../remittance/remittance.module';
import { ClearinghousesModule } from '../clearinghouses.module';
import { InboundFileStore } from './inbound-file-store.port';
import { InboundFilesController } from './inbound-files.controller';
import { InboundFilesService } from './inbound-files.service';
import { InboundPickupService } from './inbound-pickup.service';
import { InboundRouterWorker } from './inbound-router.worker';
import { InboundScheduler } from './inbound-scheduler';
import { InboundSpool } from './inbound-spool';
import { TypeormInboundFileStore } from './typeorm-inbound-file.store';

@Module({
  imports: [ClearinghousesModule, RemittanceModule, AcknowledgmentsModule],
  controllers: [InboundFilesController],
  providers: [
    { provide: InboundFileStore, useFactory: (ds: DataSource) => new TypeormInboundFileStore(ds), inject: [DataSource] },
    { provide: InboundSpool, useFactory: () => new InboundSpool() },
    InboundPickupService,
    InboundRouterWorker,
    InboundScheduler,
    InboundFilesService,
  ],
  exports: [InboundPickupService, InboundRouterWorker, InboundScheduler],
})
export class InboundModule {}
