// Port for stored claims and their history; the TypeORM adapter sits beside it.
import type { Tx } from '../persistence/unit-of-work';
import type { PageCursor } from '../common/page-cursor';
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
  /** The claim this one corrects or voids; null for a claim sent through intake. */
  replacesClaimId?: string | null;
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

/** The payer's claim control number learned for a claim, and where from. */
export interface PayerClaimNumber {
  value: string;
  /** `835` (CLP07) or `277CA` (2200D REF*1K). */
  source: '835' | '277CA';
}

/** A claim made by a correction or void of another. */
export interface ClaimReplacement {
  id: string;
  status: ClaimStatus;
  frequencyCode: string;
  receivedAt: Date;
}

export interface ClaimListFilter {
  status?: ClaimStatus;
  payerId?: string;
  /** Received at or after this instant. */
  from?: Date;
  /** Received before this instant. */
  to?: Date;
}

/** Newest first: (receivedAt, id) of the last claim of the previous page. */
export type ClaimCursor = PageCursor;

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
  /** Reads a claim and locks its row until the transaction ends (for a correction or void). */
  abstract lockById(tx: Tx, id: string): Promise<StoredClaim | null>;
  /**
   * The payer's claim control number of a claim: the newest 835 CLP07 posted to it, else the newest
   * 277CA REF*1K among its events; null when the payer never told us one.
   */
  abstract payerClaimNumber(tx: Tx, claimId: string): Promise<PayerClaimNumber | null>;
  /** Claims that name this one as the claim they replace, newest first. */
  abstract replacementsOf(claimId: string, tx?: Tx): Promise<ClaimReplacement[]>;
  abstract history(id: string): Promise<ClaimEvent[]>;
  /** The live original (frequency 1) with this billing provider and patient control number. */
  abstract findLiveOriginal(billingProviderKey: string, patientControlNumber: string): Promise<{ id: string } | null>;
  /** Newest first; `limit + 1` rows are read to know whether another page exists. */
  abstract list(filter: ClaimListFilter, after: ClaimCursor | null, limit: number): Promise<{ items: StoredClaim[]; next: ClaimCursor | null }>;
}
