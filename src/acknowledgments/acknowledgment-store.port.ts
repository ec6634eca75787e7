// Port for acknowledgment files, unmatched references and the submission lookups that correlate
// acknowledgments with what we sent; the TypeORM adapter sits beside it.
import type { Tx } from '../persistence/unit-of-work';

export type AckFileType = 'TA1' | '999' | '277CA';

export interface NewAcknowledgment {
  id: string;
  type: AckFileType;
  sha256: string;
  fileName: string | null;
  source: string;
  isaSender: string | null;
  isaReceiver: string | null;
  isa13: string | null;
  controlNumbers: Record<string, unknown>;
  diagnostics: unknown[];
  fileText: string;
}

export interface NewUnmatched {
  type: AckFileType;
  reason: 'no_submission' | 'no_transaction_set' | 'no_claim';
  reference: Record<string, unknown>;
  detail: Record<string, unknown> | null;
}

export interface SubmissionRef {
  id: string;
  isaSender: string;
  isaReceiver: string;
  isa13: number;
  gs06: number;
  kind: string;
  st02: string[];
  fileName: string;
  /** ISA09 and ISA10 of the stored file. */
  isaDate: string;
  isaTime: string;
  createdAt: Date;
}

export interface SubmittedClaimRef {
  claimId: string;
  submissionId: string;
  st02: string;
  patientControlNumber: string;
  first: number;
  last: number;
  billingNpi: string | null;
  payerId: string;
  totalCharge: string;
  submittedAt: Date;
}

export interface AcknowledgmentRow {
  id: string;
  type: string;
  status: string;
  duplicateOf: string | null;
  sha256: string;
  fileName: string | null;
  source: string;
  controlNumbers: Record<string, unknown>;
  summary: Record<string, unknown>;
  diagnostics: unknown[];
  receivedAt: Date;
}

export interface UnmatchedRow extends NewUnmatched {
  id: string;
  acknowledgmentId: string;
  fileName: string | null;
  createdAt: Date;
}

export abstract class AcknowledgmentStore {
  /** Inserts an `applied` row; a unique violation means another copy of the file was applied first. */
  abstract insertApplied(tx: Tx, row: NewAcknowledgment): Promise<void>;
  abstract insertDuplicate(tx: Tx, row: NewAcknowledgment, duplicateOf: string, summary: Record<string, unknown>): Promise<void>;
  abstract findApplied(tx: Tx, sha256: string): Promise<{ id: string; summary: Record<string, unknown> } | null>;
  abstract setSummary(tx: Tx, id: string, summary: Record<string, unknown>): Promise<void>;
  abstract insertUnmatched(tx: Tx, acknowledgmentId: string, items: NewUnmatched[]): Promise<void>;
  abstract submissionsByIsa13(tx: Tx, isa13: number): Promise<SubmissionRef[]>;
  abstract submissionsByGs06(tx: Tx, gs06: number): Promise<SubmissionRef[]>;
  abstract claimsOfSubmission(tx: Tx, submissionId: string): Promise<SubmittedClaimRef[]>;
  /** Submitted claims whose CLM01 is `pcn` (case-insensitive), newest submission first. */
  abstract claimsByPatientControlNumber(tx: Tx, pcn: string): Promise<SubmittedClaimRef[]>;
  /** Locks the claims and returns their statuses. */
  abstract lockStatuses(tx: Tx, claimIds: string[]): Promise<Map<string, string>>;
  abstract listAcknowledgments(limit: number): Promise<AcknowledgmentRow[]>;
  abstract listUnmatched(limit: number): Promise<UnmatchedRow[]>;
  abstract submissionFiles(ids: string[]): Promise<Map<string, string>>;
}
