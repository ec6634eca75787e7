// The transactional outbox: a message is written in the same database transaction as the change it
// announces (a submission, an inbound file, a claim status), so either both exist or neither does.
// The relay (outbox-relay.ts) publishes pending rows to the message bus and marks them published.
import type { Tx } from '../persistence/unit-of-work';

export interface OutboxMessage {
  /** The message id consumers dedupe by; adding the same id twice keeps the first row. */
  id: string;
  topic: string;
  body: unknown;
  headers?: Record<string, string>;
}

export interface PendingOutboxMessage extends Required<OutboxMessage> {
  createdAt: Date;
  publishAttempts: number;
}

export abstract class Outbox {
  abstract add(tx: Tx, message: OutboxMessage): Promise<void>;
}

/** What the relay needs from storage; the rows are locked by `claimPending` until `tx` ends. */
export abstract class OutboxStore extends Outbox {
  abstract claimPending(tx: Tx, limit: number): Promise<PendingOutboxMessage[]>;
  abstract markPublished(tx: Tx, ids: readonly string[]): Promise<void>;
  abstract markFailed(tx: Tx, id: string, error: string): Promise<void>;
  /** Deletes rows published before `before`; returns how many. */
  abstract purgePublished(before: Date): Promise<number>;
  abstract pendingCount(): Promise<number>;
}
