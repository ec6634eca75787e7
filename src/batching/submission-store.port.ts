// Port for submissions: one 837 interchange each, the file as it will be sent, its control numbers,
// and the claims it carries with their ST02 and loop 2300 segment range.
import type { PageCursor } from '../common/page-cursor';
import type { Tx } from '../persistence/unit-of-work';
import type { ClaimKind, UsageIndicator } from '../x12/claim-json/claim-document';

/** queued → transmitted; a failed attempt → failed (retrying); past the attempt limit → dead_lettered. */
export const SUBMISSION_STATUSES = ['queued', 'failed', 'transmitted', 'dead_lettered'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export interface SubmissionClaim {
  claimId: string;
  /** 0-based position of the transaction set in the file. */
  transactionIndex: number;
  st02: string;
  /** 0-based position of the claim in its transaction set. */
  claimIndex: number;
  patientControlNumber: string;
  /** Segment positions counted from the transaction's ST as 1 (the IK3/AK3 convention). */
  loop2300: { firstSegment: number; lastSegment: number };
}

export interface NewSubmission {
  id: string;
  clearinghouseId: string;
  payerId: string;
  kind: ClaimKind;
  usage: UsageIndicator;
  status: SubmissionStatus;
  isaSender: string;
  isaReceiver: string;
  isa13: number;
  isa13Serial: number;
  gs06: number;
  gs06Serial: number;
  st02: string[];
  claimCount: number;
  fileName: string;
  fileText: string;
  byteLength: number;
  sha256: string;
  createdAt: Date;
}

export interface StoredSubmission extends Omit<NewSubmission, 'fileText'> {
  transactionCount: number;
  deliveryAttempts: number;
  lastError: string | null;
  remoteName: string | null;
  transmittedAt: Date | null;
  updatedAt: Date;
}

export interface SubmissionListFilter {
  status?: SubmissionStatus;
  clearinghouseId?: string;
}

/** Newest first: (createdAt, id) of the last item of the previous page. */
export type SubmissionCursor = PageCursor;

export abstract class SubmissionStore {
  /** Inserts the submission and its claim rows in the caller's transaction. */
  abstract insert(tx: Tx, submission: NewSubmission, claims: readonly SubmissionClaim[]): Promise<void>;
  /** Metadata only (the file is read with `file`). */
  abstract findById(id: string): Promise<StoredSubmission | null>;
  /** The claims of a submission in file order. */
  abstract claimsOf(id: string): Promise<SubmissionClaim[]>;
  abstract file(id: string): Promise<{ fileName: string; text: string; sha256: string } | null>;
  /** Newest first, without files. */
  abstract list(filter: SubmissionListFilter, after: SubmissionCursor | null, limit: number): Promise<{ items: StoredSubmission[]; next: SubmissionCursor | null }>;
}
