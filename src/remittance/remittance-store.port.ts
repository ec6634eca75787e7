// Port for posted remittances: the writes of one posting transaction (all on the caller's Tx, so a
// transaction set is posted whole or not at all) and the read side of the routes. Adapter beside it.
import type { PageCursor } from '../common/page-cursor';
import type { Tx } from '../persistence/unit-of-work';
import type { AdjustmentLike } from './posting-rules';
import type { ClaimPayment, Payee, Payer, Payment, ProviderAdjustment } from '../x12';

export type RemittanceStatus = 'posted' | 'duplicate' | 'rejected';
export type DuplicateReason = 'same_file' | 'same_payment';

export interface NewRemittance {
  id: string;
  sha256: string;
  fileName: string | null;
  source: string;
  transactionIndex: number;
  transactionControlNumber: string;
  payerId: string | null;
  payerName: string | null;
  payeeName: string | null;
  payeeIdQualifier: string | null;
  payeeId: string | null;
  paymentHandlingCode: string | null;
  amount: string | null;
  creditDebit: string | null;
  paymentMethod: string | null;
  paymentDate: string | null;
  traceNumber: string | null;
  payerIdentifier: string | null;
  balanced: boolean;
  diagnostics: unknown[];
  status: RemittanceStatus;
  duplicateOf: string | null;
  duplicateReason: DuplicateReason | null;
  claimCount: number;
  /** What was read of a set rejected only for balancing, kept for a manual release; else null. */
  heldTransaction: HeldTransactionSet | null;
}

/**
 * An 835 transaction set as the reader gave it (transaction-start, claims, transaction-end's PLB),
 * kept with a rejected remittance so that a release posts exactly what was read.
 */
export interface HeldTransactionSet {
  controlNumber: string;
  payment: Payment;
  payer: Payer;
  payee: Payee;
  claims: ClaimPayment[];
  providerAdjustments: ProviderAdjustment[];
}

export interface StoredRemittance extends Omit<NewRemittance, 'heldTransaction'> {
  receivedAt: Date;
  releasedAt: Date | null;
  releaseReason: string | null;
  releasedBy: string | null;
}

/** A remittance row locked for a release, with what it holds. */
export interface ReleaseCandidate {
  remittance: StoredRemittance;
  heldTransaction: HeldTransactionSet | null;
}

export interface Release {
  at: Date;
  reason: string;
  /** API key id, when known. */
  by: string | null;
}

export interface NewServicePayment {
  id: string;
  lineIndex: number;
  procedureQualifier: string | null;
  procedureCode: string | null;
  modifiers: string[];
  charge: string | null;
  paid: string | null;
  units: string | null;
  serviceDate: string | null;
  lineItemControlNumber: string | null;
  matchedLineIndex: number | null;
  adjustments: unknown[];
  remarks: string[];
}

export interface NewClaimPayment {
  id: string;
  remittanceId: string;
  claimIndex: number;
  claimId: string | null;
  patientControlNumber: string;
  statusCode: string;
  charge: string | null;
  paid: string | null;
  reportedPatientResponsibility: string | null;
  patientResponsibility: string;
  payerClaimControlNumber: string | null;
  filingIndicator: string | null;
  isReversal: boolean;
  reversesPaymentId: string | null;
  claimStatusBefore: string | null;
  claimStatusAfter: string | null;
  postingNote: string | null;
  patient: unknown;
  adjustments: unknown[];
  remarks: string[];
  services: NewServicePayment[];
}

export interface StoredClaimPayment extends NewClaimPayment {
  createdAt: Date;
}

export interface NewProviderAdjustment {
  id: string;
  position: number;
  providerId: string | null;
  fiscalPeriodDate: string | null;
  reason: string;
  reference: string | null;
  amount: string | null;
}

/** The claim a CLP01 names, locked for the posting transaction. */
export interface PayableClaim {
  id: string;
  status: string;
  totalCharge: string;
  document: unknown;
}

/** The identity of a payment for duplicate detection (835-structure §2 and §11). */
export interface PaymentKey {
  sha256: string;
  transactionIndex: number;
  payerKey: string | null;
  traceNumber: string | null;
  amount: string | null;
  paymentDate: string | null;
  creditDebit: string | null;
}

/** Newest first: (timestamp, id) of the last item of the previous page. */
export type { PageCursor };

export interface PaymentFilter {
  claimId?: string;
  unmatched?: boolean;
}

export abstract class RemittanceStore {
  /** The posted remittance this one repeats: the same file's same transaction set, else the same payment. */
  abstract findPostedDuplicate(tx: Tx, key: PaymentKey): Promise<{ id: string; reason: DuplicateReason } | null>;
  abstract insertRemittance(tx: Tx, remittance: NewRemittance): Promise<void>;
  /**
   * The claim a claim payment (CLP) is for, locked FOR UPDATE: by patient control number
   * (case-insensitive); among several (an original and its corrections), first the one the payer
   * already knows by the CLP07 claim number (from a 277CA or an earlier 835), then the one of this
   * payer, a live one before a rejected or voided one, the newest.
   */
  abstract lockClaimForPayment(tx: Tx, patientControlNumber: string, payerId: string | null, payerClaimControlNumber: string | null): Promise<PayableClaim | null>;
  /** Σ CLP04 of every payment posted to the claim so far (decimal string). */
  abstract netPaid(tx: Tx, claimId: string): Promise<string>;
  /** The CAS adjustments of every payment already posted to the claim (reversals negative). */
  abstract claimAdjustments(tx: Tx, claimId: string): Promise<AdjustmentLike[]>;
  /**
   * The latest payment a reversal takes back: same claim (or, unmatched, same CLP01), not a
   * reversal, not reversed yet; the same CLP07 first (835-structure §8).
   */
  abstract findReversible(tx: Tx, claimId: string | null, patientControlNumber: string, payerClaimControlNumber: string | null): Promise<{ id: string } | null>;
  abstract insertClaimPayment(tx: Tx, payment: NewClaimPayment): Promise<void>;
  abstract insertProviderAdjustments(tx: Tx, remittanceId: string, adjustments: NewProviderAdjustment[]): Promise<void>;
  /** The remittance with its held transaction set, locked FOR UPDATE (two releases serialize here). */
  abstract lockForRelease(tx: Tx, id: string): Promise<ReleaseCandidate | null>;
  /** Marks a rejected remittance released: status `posted`, with when, why and by whom. */
  abstract markReleased(tx: Tx, id: string, release: Release): Promise<void>;

  abstract list(after: PageCursor | null, limit: number): Promise<{ items: StoredRemittance[]; next: PageCursor | null }>;
  abstract findById(id: string): Promise<{ remittance: StoredRemittance; payments: StoredClaimPayment[]; providerAdjustments: NewProviderAdjustment[] } | null>;
  abstract listPayments(filter: PaymentFilter, after: PageCursor | null, limit: number): Promise<{ items: StoredClaimPayment[]; next: PageCursor | null }>;
}
