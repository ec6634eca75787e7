// Port for the claims batching takes: the `ready` queues by payer, kind and usage, and the oldest
// ready claims of one queue, locked for this transaction and skipped by every other batcher.
import type { Tx } from '../persistence/unit-of-work';
import type { ClaimDocument, ClaimKind, UsageIndicator } from '../x12/claim-json/claim-document';

export interface ReadyQueue {
  payerId: string;
  kind: ClaimKind;
  usage: UsageIndicator;
  claims: number;
}

export interface ReadyClaim {
  id: string;
  patientControlNumber: string;
  document: ClaimDocument;
}

export abstract class ReadyClaims {
  /** The ready claims counted by (payer, kind, usage); committed state, no locks. */
  abstract queues(): Promise<ReadyQueue[]>;
  /**
   * Up to `limit` ready claims of the queue, oldest first, locked `FOR UPDATE SKIP LOCKED`: rows
   * another transaction holds are passed over, never waited for, never taken twice.
   */
  abstract lockOldest(tx: Tx, queue: Omit<ReadyQueue, 'claims'>, limit: number, excludeIds: readonly string[]): Promise<ReadyClaim[]>;
}
