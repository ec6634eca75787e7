// Outbound delivery: the per-clearinghouse consumers that take queued submissions off the bus and
// hand them to the clearinghouse transports. Started by the worker roles (serve, tests), not by CLI
// commands that only build the app.
import { Module } from '@nestjs/common';
import { BatchingModule } from '../../batching/batching.module';
import { ClaimsModule } from '../../claims/claims.module';
import { ClearinghousesModule } from '../clearinghouses.module';
import { OutboundDeliveryWorker } from './outbound-delivery.worker';

@Module({
  imports: [BatchingModule, ClaimsModule, ClearinghousesModule],
  providers: [OutboundDeliveryWorker],
  exports: [OutboundDeliveryWorker],
})
export class OutboundModule {}
