// Delivers webhook events, in two bus consumers. The fan-out consumer takes each event the
// triggers put in the outbox and, in one transaction, writes one delivery row per matching active
// subscription and one outbox message per new row (idempotent by (event id, subscription id)).
// The delivery consumer POSTs the signed event to the subscriber; a non-2xx answer, a timeout or
// a refused connection is a failed attempt that goes back to the bus (exponential backoff) until
// the last one, which is dead-lettered. A URL the sender refuses to reach (BLOCKED_ADDRESS: it
// resolves to a private or otherwise refused address, see address-policy.ts) fails at once and is
// dead-lettered without retries: the answer would not change. Every attempt is written to the
// delivery log; log lines carry ids and status codes, never a body.
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ROOT_LOGGER } from '../logging/logger';
import { ConsumerGroup } from '../messaging/consumer-group';
import { backoffAfter, describeError, MessageBus, type DeliveredMessage } from '../messaging/message-bus.port';
import { Outbox } from '../messaging/outbox.port';
import { OutboxRelay } from '../messaging/outbox-relay';
import { UnitOfWork } from '../persistence/unit-of-work';
import { BLOCKED_ADDRESS } from './address-policy';
import {
  isWebhookEvent,
  WEBHOOK_DELIVERY_QUEUE,
  WEBHOOK_DELIVERY_TOPIC,
  WEBHOOK_EVENTS_TOPIC,
  WEBHOOK_FANOUT_QUEUE,
  type WebhookDeliveryMessage,
} from './webhook-events';
import { WebhookSender } from './webhook-sender.port';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './webhook-signature';
import { WebhookStore } from './webhook-store.port';

const MAX_BACKOFF_MS = 3_600_000;

/** Thrown to skip the bus's retries: the message goes straight to the dead-letter queue. */
class PermanentWebhookError extends Error {
  readonly permanent = true;
  constructor(message: string) {
    super(message);
    this.name = 'PermanentWebhookError';
  }
}

/** A failed attempt; the bus retries it after the backoff, unless it is permanent. */
class WebhookAttemptFailed extends Error {
  constructor(readonly code: string, message: string, readonly permanent = false) {
    super(message);
    this.name = 'WebhookAttemptFailed';
  }
}

/** base, 2×base, 4×base, … (capped at an hour), one delay per retry. */
export function webhookBackoff(maxAttempts: number, baseMs: number): number[] {
  return Array.from({ length: Math.max(1, maxAttempts - 1) }, (_, i) => Math.min(baseMs * 2 ** i, MAX_BACKOFF_MS));
}

export type DeliveryOutcome = 'delivered' | 'failed' | 'skipped' | 'cancelled';

@Injectable()
export class WebhookDeliveryWorker implements OnModuleDestroy {
  private readonly consumers: ConsumerGroup;
  private readonly backoffMs: number[];

  constructor(
    private readonly store: WebhookStore,
    private readonly sender: WebhookSender,
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly relay: OutboxRelay,
    bus: MessageBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.backoffMs = webhookBackoff(config.webhooks.maxAttempts, config.webhooks.retryBaseMs);
    this.consumers = new ConsumerGroup(bus, logger, 'webhooks');
  }

  start(): Promise<void> {
    return this.consumers.start(() => [
      {
        queue: WEBHOOK_FANOUT_QUEUE,
        topics: [WEBHOOK_EVENTS_TOPIC],
        handler: (m: DeliveredMessage) => this.fanOut(m).then(() => undefined),
        options: { prefetch: 4, maxAttempts: 8, backoffMs: [1000, 5000, 30_000, 120_000] },
      },
      {
        queue: WEBHOOK_DELIVERY_QUEUE,
        topics: [WEBHOOK_DELIVERY_TOPIC],
        handler: (m: DeliveredMessage) => this.deliver(m).then(() => undefined),
        options: { prefetch: 8, maxAttempts: this.config.webhooks.maxAttempts, backoffMs: this.backoffMs },
      },
    ]);
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  stop(): Promise<void> {
    return this.consumers.stop();
  }

  /** One event → one delivery row and one queued message per matching subscription; returns how many were new. */
  async fanOut(message: DeliveredMessage): Promise<number> {
    const event = message.body;
    if (!isWebhookEvent(event)) throw new PermanentWebhookError(`message ${message.id} is not a webhook event`);
    const created = await this.unitOfWork.run(async (tx) => {
      const subs = await this.store.matching(tx, event.type, new Date(event.createdAt));
      const rows = await this.store.addDeliveries(tx, event, subs.map((s) => s.id));
      for (const row of rows) {
        const body: WebhookDeliveryMessage = { deliveryId: row.id };
        await this.outbox.add(tx, { id: row.id, topic: WEBHOOK_DELIVERY_TOPIC, body });
      }
      return rows;
    });
    if (created.length > 0) {
      this.relay.wake();
      this.logger.debug({ eventId: event.id, eventType: event.type, deliveries: created.length }, 'webhook event fanned out');
    }
    return created.length;
  }

  /** One attempt of one delivery. */
  async deliver(message: DeliveredMessage): Promise<DeliveryOutcome> {
    const { deliveryId } = (message.body ?? {}) as Partial<WebhookDeliveryMessage>;
    const delivery = typeof deliveryId === 'string' ? await this.store.findDelivery(deliveryId) : null;
    if (!delivery) throw new PermanentWebhookError(`message ${message.id} names no webhook delivery`);
    if (delivery.status !== 'pending') return 'skipped';
    const subscription = await this.store.signingSubscription(delivery.subscriptionId);
    if (!subscription?.active) {
      await this.store.cancel(delivery.id, 'the webhook was deactivated');
      return 'cancelled';
    }

    const event = delivery.payload;
    const body = JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt, data: event.data });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': 'x12gw-webhooks/1',
      [EVENT_HEADER]: event.type,
      [DELIVERY_HEADER]: delivery.id,
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signWebhook(subscription.secret, body, timestamp),
    };
    const started = performance.now();
    const res = await this.sender.post({ url: subscription.url, body, headers, timeoutMs: this.config.webhooks.timeoutMs });
    const durationMs = performance.now() - started;
    const ok = res.statusCode !== null && res.statusCode >= 200 && res.statusCode < 300;
    const blocked = res.error?.startsWith(`${BLOCKED_ADDRESS}:`) ?? false;
    const last = !ok && (blocked || message.attempt >= this.config.webhooks.maxAttempts);
    const error = ok ? null : (res.error ?? `HTTP ${res.statusCode}`);
    const nextAttemptAt = ok || last ? null : new Date(Date.now() + backoffAfter(message.attempt, this.backoffMs));
    const attempt = await this.store.recordAttempt(delivery.id, { statusCode: res.statusCode, error, durationMs, status: ok ? 'delivered' : last ? 'failed' : 'pending', nextAttemptAt });
    const log = { deliveryId: delivery.id, subscriptionId: subscription.id, eventId: event.id, eventType: event.type, attempt, statusCode: res.statusCode, durationMs: Math.round(durationMs) };
    if (ok) {
      this.logger.info(log, 'webhook delivered');
      return 'delivered';
    }
    this.logger.warn({ ...log, error, deadLettered: last }, last ? 'webhook delivery dead-lettered' : 'webhook delivery failed, will retry');
    if (blocked) throw new WebhookAttemptFailed('WEBHOOK_BLOCKED', error!, true);
    throw new WebhookAttemptFailed(res.statusCode === null ? 'WEBHOOK_UNREACHABLE' : 'WEBHOOK_REFUSED', error!);
  }
}
