import { Module, OnApplicationShutdown, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AmqpBusHealth } from '../messaging/amqp-bus-health';
import { BusHealth } from '../messaging/bus-health.port';
import { EmbeddedBusHealth } from '../messaging/embedded-bus-health';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({
  controllers: [HealthController],
  providers: [
    {
      provide: BusHealth,
      useFactory: (config: AppConfig, ds: DataSource) => (config.amqpUrl ? new AmqpBusHealth(config.amqpUrl) : new EmbeddedBusHealth(ds)),
      inject: [APP_CONFIG, DataSource],
    },
    HealthService,
  ],
})
export class HealthModule implements OnApplicationShutdown {
  constructor(@Inject(BusHealth) private readonly bus: BusHealth) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}
