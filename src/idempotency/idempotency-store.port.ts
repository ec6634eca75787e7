// Port for idempotency records; the TypeORM adapter sits beside it.
import type { Tx } from '../persistence/unit-of-work';

export type BeginOutcome =
  | { kind: 'acquired' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in_flight' };

export interface BeginRequest {
  principal: string;
  key: string;
  requestHash: string;
  ttlSeconds: number;
  lockSeconds: number;
}

export abstract class IdempotencyStore {
  /** Claims the key for this request, or says why not (atomic across processes). */
  abstract begin(request: BeginRequest): Promise<BeginOutcome>;
  /** Stores the response, inside the same transaction as the work it describes. */
  abstract complete(tx: Tx, principal: string, key: string, status: number, body: unknown): Promise<void>;
  /** Gives the key back after a failure so that a retry runs again. */
  abstract release(principal: string, key: string): Promise<void>;
}
