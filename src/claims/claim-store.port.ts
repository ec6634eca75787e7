// Port for stored claims and their history; the TypeORM adapter sits beside it.
import type { Tx } from '../persistence/unit-of-work';
import type { ClaimStatus } from './claim-status';

export interface NewClaim {
  id: string;
  kind: string;
  status: ClaimStatus;
  payerId: string;
  payerName: string | null;
  billingNpi: string | null;
  billingProviderKey: string;
  patientControlNumber: string;
  frequencyCode: string;
  totalCharge: string;
  serviceDateFrom: string | null;
  serviceDateTo: string | null;
  usageIndicator: string;
  lineCount: number;
  source: string;
  submitted: unknown;
  document: unknown;
}

export interface ClaimEvent {
  sequence: number;
  status: string;
  previousStatus: string | null;
  cause: string;
  detail: Record<string, unknown> | null;
  occurredAt: Date;
}

export interface StoredClaim extends NewClaim {
  receivedAt: Date;
  updatedAt: Date;
}

export interface ClaimListFilter {
  status?: ClaimStatus;
  payerId?: string;
  /** Received at or after this instant. */
  from?: Date;
  /** Received before this instant. */
  to?: Date;
}

export interface ClaimCursor {
  receivedAt: string;
  id: string;
}

export abstract class ClaimStore {
  /** Inserts a claim and its first event (sequence 1). */
  abstract insert(tx: Tx, claim: NewClaim, cause: string, detail: Record<string, unknown> | null): Promise<StoredClaim>;
  /** Moves a claim to a new status and appends the event, under a row lock. */
  abstract transition(tx: Tx, claimId: string, to: ClaimStatus, cause: string, detail: Record<string, unknown> | null): Promise<ClaimEvent>;
  /**
   * Moves many claims to one status in a single statement set (each gets its own event and detail).
   * Returns how many claims moved; a claim id that does not exist is an error.
   */
  abstract transitionMany(tx: Tx, moves: { claimId: string; detail: Record<string, unknown> | null }[], to: ClaimStatus, cause: string): Promise<number>;
  abstract findById(id: string): Promise<StoredClaim | null>;
  abstract history(id: string): Promise<ClaimEvent[]>;
  /** The live original (frequency 1) with this billing provider and patient control number. */
  abstract findLiveOriginal(billingProviderKey: string, patientControlNumber: string): Promise<{ id: string } | null>;
  /** Newest first; `limit + 1` rows are read to know whether another page exists. */
  abstract list(filter: ClaimListFilter, after: ClaimCursor | null, limit: number): Promise<{ items: StoredClaim[]; next: ClaimCursor | null }>;
}
