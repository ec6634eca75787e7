// The events a webhook subscription can ask for, and the topics they travel on. Events are made by
// database triggers (migration 1764280000000-webhooks) in the transaction of the change they
// announce; their bodies carry ids, statuses, codes, amounts as strings, timestamps and links —
// never a patient's or subscriber's name, member id, birth date or address (no PHI).
export const WEBHOOK_EVENT_TYPES = [
  /** A claim's status changed (its first status included): claimId, status, previousStatus, cause, payerId, totalCharge, links. */
  'claim.status_changed',
  /** An 835 transaction set was posted (at ingest, or released by hand): remittanceId, amount, traceNumber, claim counts. */
  'remittance.posted',
  /**
   * A submission (837 interchange) was refused or could not be delivered: `reason` is
   * `ta1_rejected` (a TA1 with TA104 = R for its ISA13), `999_rejected` (a 999 rejected at least one
   * of its claims: IK501/AK901 R, M, W or X) or `dead_lettered` (delivery to the clearinghouse gave
   * up after its last attempt). One event per (acknowledgment, submission), or per dead-lettering.
   */
  'submission.rejected',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Subscribes to every event type, including ones added later. */
export const ALL_EVENTS = '*';


/** What receivers get as the request body. */
export interface WebhookEvent {
  /** `evt_` + 32 hex digits, derived from what the event announces: the same change never makes two events. */
  id: string;
  type: WebhookEventType;
  createdAt: string;
  data: Record<string, unknown>;
}

/** Outbox → bus topic of new events (written by the triggers); the fan-out consumer reads it. */
export const WEBHOOK_EVENTS_TOPIC = 'webhooks.events';
export const WEBHOOK_FANOUT_QUEUE = 'webhooks.fanout';
/** One message per (event, subscription): `{ deliveryId }`; the delivery consumer reads it. */
export const WEBHOOK_DELIVERY_TOPIC = 'webhooks.delivery';
export const WEBHOOK_DELIVERY_QUEUE = 'webhooks.delivery';

export interface WebhookDeliveryMessage {
  deliveryId: string;
}

export function isWebhookEvent(value: unknown): value is WebhookEvent {
  const v = value as Partial<WebhookEvent> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.type === 'string' && typeof v.createdAt === 'string' && typeof v.data === 'object' && v.data !== null;
}
