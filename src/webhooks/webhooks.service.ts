// Webhook subscriptions as a use case: create (the secret shown once), list, read, deactivate, the
// delivery log of a subscription, and a manual redelivery. Delivery itself is the worker's.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { decodePageCursor, encodePageCursor, isUuid, pageLimit } from '../common/page-cursor';
import { MessageBus } from '../messaging/message-bus.port';
import type { NewWebhookInput } from './create-webhook.pipe';
import { WEBHOOK_DELIVERY_TOPIC, type WebhookDeliveryMessage } from './webhook-events';
import { generateWebhookSecret } from './webhook-signature';
import { WebhookStore, type DeliveryAttempt, type DeliveryCursor, type WebhookDelivery, type WebhookSubscription } from './webhook-store.port';

export interface WebhookView {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  createdAt: string;
  deactivatedAt: string | null;
}

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: WebhookDelivery['status'];
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  attemptLog: { attempt: number; statusCode: number | null; error: string | null; durationMs: number; attemptedAt: string }[];
}

export interface DeliveryListQuery {
  cursor?: string;
  limit?: string;
}

function view(s: WebhookSubscription): WebhookView {
  return {
    id: s.id,
    url: s.url,
    events: s.events,
    description: s.description,
    active: s.active,
    createdAt: s.createdAt.toISOString(),
    deactivatedAt: s.deactivatedAt?.toISOString() ?? null,
  };
}

function deliveryView(d: WebhookDelivery, attempts: DeliveryAttempt[]): DeliveryView {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    attemptLog: attempts.map((a) => ({ attempt: a.attempt, statusCode: a.statusCode, error: a.error, durationMs: a.durationMs, attemptedAt: a.attemptedAt.toISOString() })),
  };
}

function notFound(what: string): GatewayError {
  return new GatewayError(ErrorCode.NotFound, `${what} not found`);
}

@Injectable()
export class WebhooksService {
  constructor(
    private readonly store: WebhookStore,
    private readonly bus: MessageBus,
  ) {}

  /** The only response that carries the secret. */
  async create(input: NewWebhookInput, createdBy: string | null): Promise<WebhookView & { secret: string }> {
    const secret = input.secret ?? generateWebhookSecret();
    const stored = await this.store.insert({ id: randomUUID(), url: input.url, events: input.events, description: input.description, secret, createdBy });
    return { ...view(stored), secret };
  }

  async list(): Promise<{ items: WebhookView[] }> {
    return { items: (await this.store.list()).map(view) };
  }

  async get(id: string): Promise<WebhookView> {
    return view(await this.find(id));
  }

  /** Stops new deliveries at once; deliveries still being retried are cancelled at their next attempt. */
  async deactivate(id: string): Promise<WebhookView> {
    if (!isUuid(id) || !(await this.store.deactivate(id))) throw notFound('webhook');
    return this.get(id);
  }

  async deliveries(id: string, query: DeliveryListQuery): Promise<{ items: DeliveryView[]; nextCursor: string | null }> {
    await this.find(id);
    const page = await this.store.deliveries(id, query.cursor ? decodePageCursor(query.cursor) : null, pageLimit(query.limit));
    const attempts = await this.store.attempts(page.items.map((d) => d.id));
    return {
      items: page.items.map((d) => deliveryView(d, attempts.get(d.id) ?? [])),
      nextCursor: page.next ? encodePageCursor(page.next) : null,
    };
  }

  /** Sends a finished delivery (delivered, failed or cancelled) again, continuing its attempt count. */
  async redeliver(id: string, deliveryId: string): Promise<{ deliveryId: string; status: 'pending' }> {
    const subscription = await this.find(id);
    if (!subscription.active) throw new GatewayError(ErrorCode.WebhookNotRedeliverable, 'the webhook is deactivated', { reason: 'webhook_inactive' });
    const delivery = isUuid(deliveryId) ? await this.store.findDelivery(deliveryId) : null;
    if (!delivery || delivery.subscriptionId !== id) throw notFound('delivery');
    if (!(await this.store.reopen(deliveryId, id))) throw new GatewayError(ErrorCode.WebhookNotRedeliverable, 'the delivery is still being attempted', { reason: 'delivery_pending' });
    const body: WebhookDeliveryMessage = { deliveryId };
    await this.bus.publish(WEBHOOK_DELIVERY_TOPIC, { id: `${deliveryId}.${delivery.attempts}`, body });
    return { deliveryId, status: 'pending' };
  }

  private async find(id: string): Promise<WebhookSubscription> {
    const found = isUuid(id) ? await this.store.findById(id) : null;
    if (!found) throw notFound('webhook');
    return found;
  }
}
