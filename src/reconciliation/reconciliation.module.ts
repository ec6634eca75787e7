// Reconciliation: manual matching of unmatched claim payments, the finance summary and CSV exports
// over posted remittances, and bank deposits matched to remittances (reassociation).
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClaimsModule } from '../claims/claims.module';
import { RemittanceModule } from '../remittance/remittance.module';
import { DepositsService } from './deposits.service';
import { ManualMatchService } from './manual-match.service';
import { ReconciliationController } from './reconciliation.controller';
import { ReconciliationService } from './reconciliation.service';
import { ReconciliationStore } from './reconciliation.store';

@Module({
  imports: [ClaimsModule, RemittanceModule],
  controllers: [ReconciliationController],
  providers: [
    { provide: ReconciliationStore, useFactory: (ds: DataSource) => new ReconciliationStore(ds), inject: [DataSource] },
    ReconciliationService,
    ManualMatchService,
    DepositsService,
  ],
})
export class ReconciliationModule {}
