// Webhook subscriptions and the delivery log on PostgreSQL/PGlite.
import { DataSource } from 'typeorm';
import { olderThanCursor } from '../persistence/keyset';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import type { WebhookEvent } from './webhook-events';
import {
  WebhookStore,
  type AttemptOutcome,
  type DeliveryAttempt,
  type DeliveryCursor,
  type NewWebhookSubscription,
  type SigningSubscription,
  type StoredDelivery,
  type WebhookDelivery,
  type WebhookSubscription,
} from './webhook-store.port';

interface SubscriptionRow {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  secret?: string;
  active: boolean;
  created_by: string | null;
  created_at: Date;
  deactivated_at: Date | null;
}

interface DeliveryRow {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  payload?: WebhookEvent;
  status: WebhookDelivery['status'];
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
  created_at: Date;
}

const SUBSCRIPTION_COLUMNS = `id, url, events, description, active, created_by, created_at, deactivated_at`;
const DELIVERY_COLUMNS = `id, subscription_id, event_id, event_type, status, attempts, last_status_code, last_error, next_attempt_at, delivered_at, created_at`;

function toSubscription(r: SubscriptionRow): WebhookSubscription {
  return {
    id: r.id,
    url: r.url,
    events: r.events,
    description: r.description,
    active: r.active,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
    deactivatedAt: r.deactivated_at ? new Date(r.deactivated_at) : null,
  };
}

function toDelivery(r: DeliveryRow): WebhookDelivery {
  return {
    id: r.id,
    subscriptionId: r.subscription_id,
    eventId: r.event_id,
    eventType: r.event_type,
    status: r.status,
    attempts: r.attempts,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    nextAttemptAt: r.next_attempt_at ? new Date(r.next_attempt_at) : null,
    deliveredAt: r.delivered_at ? new Date(r.delivered_at) : null,
    createdAt: new Date(r.created_at),
  };
}

export class TypeormWebhookStore extends WebhookStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async insert(s: NewWebhookSubscription): Promise<WebhookSubscription> {
    const [row]: SubscriptionRow[] = await this.dataSource.query(
      `INSERT INTO webhook_subscriptions (id, url, events, description, secret, created_by) VALUES ($1, $2, $3::text[], $4, $5, $6) RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [s.id, s.url, s.events, s.description, s.secret, s.createdBy],
    );
    return toSubscription(row);
  }

  async findById(id: string): Promise<WebhookSubscription | null> {
    const rows: SubscriptionRow[] = await this.dataSource.query(`SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE id = $1`, [id]);
    return rows[0] ? toSubscription(rows[0]) : null;
  }

  async list(): Promise<WebhookSubscription[]> {
    const rows: SubscriptionRow[] = await this.dataSource.query(`SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions ORDER BY created_at DESC, id DESC`);
    return rows.map(toSubscription);
  }

  async deactivate(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE webhook_subscriptions SET active = false, deactivated_at = coalesce(deactivated_at, clock_timestamp()) WHERE id = $1 RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  async matching(tx: Tx, type: string, at: Date): Promise<WebhookSubscription[]> {
    const rows: SubscriptionRow[] = await managerOf(tx).query(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions
        WHERE active AND created_at <= $2 AND ($1 = ANY (events) OR '*' = ANY (events)) ORDER BY created_at, id`,
      [type, at],
    );
    return rows.map(toSubscription);
  }

  async addDeliveries(tx: Tx, event: WebhookEvent, subscriptionIds: string[]): Promise<{ id: string; subscriptionId: string }[]> {
    if (subscriptionIds.length === 0) return [];
    const rows: { id: string; subscription_id: string }[] = await managerOf(tx).query(
      `INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, payload)
       SELECT gen_random_uuid(), s, $2, $3, $4::jsonb FROM unnest($1::uuid[]) AS s
       ON CONFLICT (event_id, subscription_id) DO NOTHING RETURNING id, subscription_id`,
      [subscriptionIds, event.id, event.type, JSON.stringify(event)],
    );
    return rows.map((r) => ({ id: r.id, subscriptionId: r.subscription_id }));
  }

  async findDelivery(id: string): Promise<StoredDelivery | null> {
    const rows: DeliveryRow[] = await this.dataSource.query(`SELECT ${DELIVERY_COLUMNS}, payload FROM webhook_deliveries WHERE id = $1`, [id]);
    return rows[0] ? { ...toDelivery(rows[0]), payload: rows[0].payload! } : null;
  }

  async signingSubscription(id: string): Promise<SigningSubscription | null> {
    const rows: SubscriptionRow[] = await this.dataSource.query(`SELECT ${SUBSCRIPTION_COLUMNS}, secret FROM webhook_subscriptions WHERE id = $1`, [id]);
    return rows[0] ? { ...toSubscription(rows[0]), secret: rows[0].secret! } : null;
  }

  async recordAttempt(deliveryId: string, o: AttemptOutcome): Promise<number> {
    const [row]: { attempt: number }[] = await this.dataSource.query(
      `WITH d AS (
         UPDATE webhook_deliveries SET attempts = attempts + 1, status = $2::text, last_status_code = $3::int, last_error = $4::text,
                next_attempt_at = $5::timestamptz, delivered_at = CASE WHEN $2::text = 'delivered' THEN clock_timestamp() ELSE delivered_at END
          WHERE id = $1::uuid RETURNING attempts)
       INSERT INTO webhook_delivery_attempts (delivery_id, attempt, status_code, error, duration_ms)
       SELECT $1::uuid, attempts, $3::int, $4::text, $6::int FROM d RETURNING attempt`,
      [deliveryId, o.status, o.statusCode, o.error?.slice(0, 2000) ?? null, o.nextAttemptAt, Math.round(o.durationMs)],
    );
    return row?.attempt ?? 0;
  }

  async cancel(deliveryId: string, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE webhook_deliveries SET status = 'cancelled', last_error = $2, next_attempt_at = NULL WHERE id = $1 AND status = 'pending'`, [deliveryId, reason]);
  }

  async reopen(deliveryId: string, subscriptionId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = clock_timestamp() WHERE id = $1 AND subscription_id = $2 AND status <> 'pending' RETURNING id`,
      [deliveryId, subscriptionId],
    );
    return rows.length > 0;
  }

  async deliveries(subscriptionId: string, after: DeliveryCursor | null, limit: number): Promise<{ items: WebhookDelivery[]; next: DeliveryCursor | null }> {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries
        WHERE subscription_id = $1 AND ($3::uuid IS NULL OR ${olderThanCursor({ table: 'webhook_deliveries', time: 'created_at', alias: '' }, '$2', '$3')})
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [subscriptionId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    const items = rows.slice(0, limit).map(toDelivery);
    const last = items[items.length - 1];
    return { items, next: rows.length > limit && last ? { at: last.createdAt, id: last.id } : null };
  }

  async attempts(deliveryIds: string[]): Promise<Map<string, DeliveryAttempt[]>> {
    const out = new Map<string, DeliveryAttempt[]>(deliveryIds.map((id) => [id, []]));
    if (deliveryIds.length === 0) return out;
    const rows: { delivery_id: string; attempt: number; status_code: number | null; error: string | null; duration_ms: number; attempted_at: Date }[] = await this.dataSource.query(
      `SELECT delivery_id, attempt, status_code, error, duration_ms, attempted_at FROM webhook_delivery_attempts WHERE delivery_id = ANY ($1::uuid[]) ORDER BY delivery_id, attempt`,
      [deliveryIds],
    );
    for (const r of rows) out.get(r.delivery_id)!.push({ attempt: r.attempt, statusCode: r.status_code, error: r.error, durationMs: r.duration_ms, attemptedAt: new Date(r.attempted_at) });
    return out;
  }
}
