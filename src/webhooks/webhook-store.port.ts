// Port for webhook subscriptions and their delivery log; the TypeORM adapter sits beside it.
import type { PageCursor } from '../common/page-cursor';
import type { Tx } from '../persistence/unit-of-work';
import type { WebhookEvent } from './webhook-events';

export interface NewWebhookSubscription {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  secret: string;
  createdBy: string | null;
}

export interface WebhookSubscription {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  createdBy: string | null;
  createdAt: Date;
  deactivatedAt: Date | null;
}

/** A subscription as the delivery consumer needs it: with the signing secret. */
export interface SigningSubscription extends WebhookSubscription {
  secret: string;
}

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryAttempt {
  attempt: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: Date;
}

export interface WebhookDelivery {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export interface StoredDelivery extends WebhookDelivery {
  payload: WebhookEvent;
}

export interface AttemptOutcome {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** delivered, still pending (nextAttemptAt set), or failed for good. */
  status: 'delivered' | 'pending' | 'failed';
  nextAttemptAt: Date | null;
}

/** Newest first: (createdAt, id) of the last delivery of the previous page. */
export type DeliveryCursor = PageCursor;

export abstract class WebhookStore {
  abstract insert(subscription: NewWebhookSubscription): Promise<WebhookSubscription>;
  abstract findById(id: string): Promise<WebhookSubscription | null>;
  abstract list(): Promise<WebhookSubscription[]>;
  /** Sets active = false; false when there is no such subscription. Already inactive stays as it was. */
  abstract deactivate(id: string): Promise<boolean>;
  /** Active subscriptions created at or before `at` whose events include `type` or `*`. */
  abstract matching(tx: Tx, type: string, at: Date): Promise<WebhookSubscription[]>;
  /**
   * One delivery row per (event, subscription); returns the ids of rows this call created (a
   * redelivered event creates none).
   */
  abstract addDeliveries(tx: Tx, event: WebhookEvent, subscriptionIds: string[]): Promise<{ id: string; subscriptionId: string }[]>;
  abstract findDelivery(id: string): Promise<StoredDelivery | null>;
  abstract signingSubscription(id: string): Promise<SigningSubscription | null>;
  /** Appends the next attempt (numbered from the stored count, so a redelivery continues it) and updates the delivery; returns its number. */
  abstract recordAttempt(deliveryId: string, outcome: AttemptOutcome): Promise<number>;
  abstract cancel(deliveryId: string, reason: string): Promise<void>;
  /** Puts a finished delivery back to pending with its attempt count kept; false when not found or still pending. */
  abstract reopen(deliveryId: string, subscriptionId: string): Promise<boolean>;
  abstract deliveries(subscriptionId: string, after: DeliveryCursor | null, limit: number): Promise<{ items: WebhookDelivery[]; next: DeliveryCursor | null }>;
  abstract attempts(deliveryIds: string[]): Promise<Map<string, DeliveryAttempt[]>>;
}
