// The message bus port: topics in, durable per-subscription queues out, at-least-once delivery with
// retries on a backoff schedule and a dead-letter queue. Two real adapters live beside it: a
// PostgreSQL table queue (embedded default) and RabbitMQ (production). Handlers must be idempotent
// by message id: a crash between handling and acknowledging redelivers the message.
import type { Tx } from '../persistence/unit-of-work';

/** How /health sees the bus (and other components). */
export interface ComponentHealth {
  status: 'up' | 'down';
  adapter: string;
  error?: string;
}

export interface OutgoingMessage {
  /** Stable id chosen by the producer (e.g. the outbox row id); consumers dedupe by it. */
  id: string;
  /** Any JSON value. */
  body: unknown;
  headers?: Record<string, string>;
}

export interface DeliveredMessage {
  id: string;
  topic: string;
  queue: string;
  body: unknown;
  headers: Record<string, string>;
  /** 1 on first delivery; a failed attempt or a consumer that died without acking counts as one. */
  attempt: number;
}

export interface DeadLetter {
  id: string;
  topic: string;
  body: unknown;
  headers: Record<string, string>;
  attempts: number;
  error: string;
}

export interface PublishOptions {
  /** How long to wait for the broker (or database) to accept the message before rejecting. */
  timeoutMs?: number;
}

export interface SubscribeOptions {
  /** Most messages handled at once by this subscription. */
  prefetch: number;
  /** After this many failed attempts the message goes to the dead-letter queue. */
  maxAttempts: number;
  /** Delay before attempt n+1 is backoffMs[n-1]; the last entry repeats. Empty: retry at once. */
  backoffMs: number[];
}

export type MessageHandler = (message: DeliveredMessage) => Promise<void>;

export interface CloseSubscriptionOptions {
  /**
   * How long to wait for handlers in flight before abandoning them. An abandoned message is not
   * acknowledged and comes back (table queue: after the visibility timeout; RabbitMQ: at once).
   */
  drainMs?: number;
}

export interface Subscription {
  readonly queue: string;
  close(options?: CloseSubscriptionOptions): Promise<void>;
}

export type MessageBusErrorCode = 'NOT_SUPPORTED' | 'BUS_CLOSED' | 'BUS_UNAVAILABLE' | 'NOT_FOUND' | 'INVALID_NAME' | 'INVALID_OPTIONS';

export class MessageBusError extends Error {
  constructor(
    readonly code: MessageBusErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageBusError';
  }
}

export abstract class MessageBus {
  /** Resolves only once the message is durably accepted (broker confirm / committed row). */
  abstract publish(topic: string, message: OutgoingMessage, options?: PublishOptions): Promise<void>;
  /** Publishes inside the caller's database transaction; adapters that cannot throw NOT_SUPPORTED. */
  abstract publishInTx(tx: Tx, topic: string, message: OutgoingMessage): Promise<void>;
  /** Declares the durable queue, binds it to the topics (exact names) and starts consuming. */
  abstract subscribe(queue: string, topics: string[], handler: MessageHandler, options: SubscribeOptions): Promise<Subscription>;
  abstract deadLetters(queue: string): Promise<DeadLetter[]>;
  /** Moves a dead-lettered message back to its work queue with a fresh attempt count. */
  abstract replay(queue: string, id: string): Promise<void>;
  abstract check(): Promise<ComponentHealth>;
  abstract close(): Promise<void>;
}

/** An error a handler throws to skip the retries: the message goes straight to the dead-letter queue. */
export function isPermanentError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { permanent?: unknown }).permanent === true;
}

export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}

/** The delay after failed attempt `attempt` (1-based); the last entry of the list repeats. */
export function backoffAfter(attempt: number, backoffMs: number[]): number {
  if (backoffMs.length === 0) return 0;
  return backoffMs[Math.min(attempt, backoffMs.length) - 1];
}

// Names become RabbitMQ routing keys and queue names; `*` and `#` would turn into patterns there,
// so both adapters accept the same plain names and topics always match exactly.
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;

export function assertName(kind: 'queue' | 'topic', name: string): void {
  if (!NAME.test(name)) throw new MessageBusError('INVALID_NAME', `invalid ${kind} name ${JSON.stringify(name)}: letters, digits, _ . : - only`);
}

export function assertSubscribeOptions(topics: string[], options: SubscribeOptions): void {
  if (topics.length === 0) throw new MessageBusError('INVALID_OPTIONS', 'a subscription needs at least one topic');
  topics.forEach((t) => assertName('topic', t));
  if (!Number.isInteger(options.prefetch) || options.prefetch < 1) throw new MessageBusError('INVALID_OPTIONS', 'prefetch must be a positive integer');
  if (!Number.isInteger(options.maxAttempts) || options.maxAttempts < 1) throw new MessageBusError('INVALID_OPTIONS', 'maxAttempts must be a positive integer');
  if (options.backoffMs.some((ms) => !Number.isInteger(ms) || ms < 0)) throw new MessageBusError('INVALID_OPTIONS', 'backoffMs must be non-negative integers');
}
