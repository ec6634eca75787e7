// Webhooks: subscriptions by API, events made by database triggers in the transaction of each
// change, fan-out and signed delivery through the message bus with a delivery log.
import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { HttpWebhookSender } from './http-webhook.sender';
import { TypeormWebhookStore } from './typeorm-webhook.store';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';
import { WebhookSender } from './webhook-sender.port';
import { WebhookStore } from './webhook-store.port';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

@Module({
  controllers: [WebhooksController],
  providers: [
    { provide: WebhookStore, useFactory: (ds: DataSource) => new TypeormWebhookStore(ds), inject: [DataSource] },
    { provide: WebhookSender, useFactory: (config: AppConfig) => new HttpWebhookSender({ allowPrivateNetworks: config.webhooks.allowPrivateNetworks }), inject: [APP_CONFIG] },
    WebhooksService,
    WebhookDeliveryWorker,
  ],
  exports: [WebhookDeliveryWorker, WebhooksService],
})
export class WebhooksModule {}
