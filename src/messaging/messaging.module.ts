// The message bus and the outbox, chosen once by the composition root's config: RabbitMQ when
// AMQP_URL is set, otherwise the table queue in the gateway's own database. Global, so capability
// modules inject MessageBus / Outbox without knowing the adapter.
import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ROOT_LOGGER } from '../logging/logger';
import { UnitOfWork } from '../persistence/unit-of-work';
import { describeError, MessageBus } from './message-bus.port';
import { Outbox, OutboxStore } from './outbox.port';
import { OutboxRelay } from './outbox-relay';
import { RabbitMqBus } from './rabbitmq.bus';
import { TableQueueBus } from './table-queue.bus';
import { TypeormOutboxStore } from './typeorm-outbox.store';

export function createMessageBus(config: AppConfig, dataSource: DataSource, logger: Logger): MessageBus {
  const onError = (err: unknown) => logger.warn({ error: describeError(err) }, 'message bus error');
  if (config.amqpUrl) return RabbitMqBus.open(config.amqpUrl, { onError, connectionName: 'x12gw', exchange: config.busNamespace, queuePrefix: `${config.busNamespace}.` });
  return new TableQueueBus(dataSource, { onError });
}

@Global()
@Module({
  providers: [
    { provide: MessageBus, useFactory: createMessageBus, inject: [APP_CONFIG, DataSource, ROOT_LOGGER] },
    { provide: OutboxStore, useFactory: (ds: DataSource) => new TypeormOutboxStore(ds), inject: [DataSource] },
    { provide: Outbox, useExisting: OutboxStore },
    {
      provide: OutboxRelay,
      useFactory: (store: OutboxStore, uow: UnitOfWork, bus: MessageBus, logger: Logger) => new OutboxRelay(store, uow, bus, logger),
      inject: [OutboxStore, UnitOfWork, MessageBus, ROOT_LOGGER],
    },
  ],
  exports: [MessageBus, Outbox, OutboxStore, OutboxRelay],
})
export class MessagingModule implements OnApplicationShutdown {
  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(MessageBus) private readonly bus: MessageBus,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.bus.close();
  }
}
