// The Nest application: configuration, the opened database, and the capability modules.
import { DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AcknowledgmentsModule } from './acknowledgments/acknowledgments.module';
import { AuthModule } from './auth/auth.module';
import { BatchingModule } from './batching/batching.module';
import { ClaimsModule } from './claims/claims.module';
import { InboundModule } from './clearinghouses/inbound/inbound.module';
import { OutboundModule } from './clearinghouses/outbound/outbound.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { HealthModule } from './health/health.module';
import { MessagingModule } from './messaging/messaging.module';
import { PersistenceModule } from './persistence/persistence.module';
import { RemittanceModule } from './remittance/remittance.module';
import { ReconciliationModule } from './reconciliation/reconciliation.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({})
export class AppModule {
  static create(config: AppConfig, dataSource: DataSource, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config, logger), PersistenceModule.forDataSource(dataSource), MessagingModule, AuthModule, ClaimsModule, BatchingModule, HealthModule, RemittanceModule, AcknowledgmentsModule, ReconciliationModule, OutboundModule, InboundModule, WebhooksModule],
    };
  }
}
