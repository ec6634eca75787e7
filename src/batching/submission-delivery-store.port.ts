// The delivery state of submissions: what the outbound worker records after each attempt, and what
// a retry of a dead-lettered submission resets.
import type { Tx } from '../persistence/unit-of-work';

export abstract class SubmissionDeliveryStore {
  /** queued/failed/dead_lettered → transmitted; false when it already was (a redelivered message). */
  abstract markTransmitted(tx: Tx, id: string, remoteName: string, attempt: number): Promise<boolean>;
  /** Records a failed attempt; never moves a transmitted submission back. */
  abstract recordFailure(id: string, status: 'failed' | 'dead_lettered', attempt: number, error: string): Promise<void>;
  /** Back to queued with attempts reset after a replay; false when it was transmitted meanwhile. */
  abstract requeue(id: string): Promise<boolean>;
  /** The claims of the submission still waiting for it to leave (status batched). */
  abstract batchedClaims(tx: Tx, id: string): Promise<string[]>;
}
