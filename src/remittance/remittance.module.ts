// Remittance: 835 files in (POST /v1/inbound, `x12gw ingest`), posted exactly once per transaction
// set against the claims they pay; remittances and claim payments read back.
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClaimsModule } from '../claims/claims.module';
import { CodeLists } from './code-lists';
import { InboundFileService } from './inbound-file.service';
import { RemittanceController } from './remittance.controller';
import { RemittanceReadService } from './remittance-read.service';
import { RemittanceStore } from './remittance-store.port';
import { RemittanceService } from './remittance.service';
import { TypeormRemittanceStore } from './typeorm-remittance.store';

@Module({
  imports: [ClaimsModule],
  controllers: [RemittanceController],
  providers: [
    { provide: RemittanceStore, useFactory: (ds: DataSource) => new TypeormRemittanceStore(ds), inject: [DataSource] },
    // CARC/RARC descriptions, read once at start-up (config/code-lists or CODE_LISTS_DIR).
    { provide: CodeLists, useFactory: () => CodeLists.load() },
    RemittanceService,
    RemittanceReadService,
    InboundFileService,
  ],
  exports: [RemittanceService, CodeLists],
})
export class RemittanceModule {}
