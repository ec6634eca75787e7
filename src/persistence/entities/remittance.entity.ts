// One ingested 835 transaction set (ST/SE): its payment (BPR/TRN), payer and payee, balance and
// diagnostics, and whether it was posted, recognized as a duplicate, or rejected unposted.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'remittances' })
export class RemittanceEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** SHA-256 (hex) of the whole file the transaction set came in. */
  @Column('text')
  sha256: string;

  @Column('text', { name: 'file_name', nullable: true })
  fileName: string | null;

  /** `api`, `cli`, … */
  @Column('text')
  source: string;

  /** 0-based position of the transaction set in the file. */
  @Column('int', { name: 'transaction_index' })
  transactionIndex: number;

  /** ST02. */
  @Column('text', { name: 'transaction_control_number' })
  transactionControlNumber: string;

  @Column('text', { name: 'payer_id', nullable: true })
  payerId: string | null;

  @Column('text', { name: 'payer_name', nullable: true })
  payerName: string | null;

  @Column('text', { name: 'payee_name', nullable: true })
  payeeName: string | null;

  @Column('text', { name: 'payee_id_qualifier', nullable: true })
  payeeIdQualifier: string | null;

  @Column('text', { name: 'payee_id', nullable: true })
  payeeId: string | null;

  /** BPR01. */
  @Column('text', { name: 'payment_handling_code', nullable: true })
  paymentHandlingCode: string | null;

  /** BPR02. */
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  amount: string | null;

  /** BPR03. */
  @Column('text', { name: 'credit_debit', nullable: true })
  creditDebit: string | null;

  /** BPR04. */
  @Column('text', { name: 'payment_method', nullable: true })
  paymentMethod: string | null;

  /** BPR16. */
  @Column('date', { name: 'payment_date', nullable: true })
  paymentDate: string | null;

  /** TRN02. */
  @Column('text', { name: 'trace_number', nullable: true })
  traceNumber: string | null;

  /** TRN03 (else BPR10). */
  @Column('text', { name: 'payer_identifier', nullable: true })
  payerIdentifier: string | null;

  @Column('boolean')
  balanced: boolean;

  @Column('jsonb')
  diagnostics: unknown[];

  @Column('text')
  status: 'posted' | 'duplicate' | 'rejected';

  @Column('uuid', { name: 'duplicate_of', nullable: true })
  duplicateOf: string | null;

  @Column('text', { name: 'duplicate_reason', nullable: true })
  duplicateReason: 'same_file' | 'same_payment' | null;

  @Column('int', { name: 'claim_count' })
  claimCount: number;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;

  /**
   * What was read of a set rejected only because it does not balance (header, claims, PLB), kept
   * so it can be released by hand; null otherwise. Not loaded by default: it can be large.
   */
  @Column('jsonb', { name: 'held_transaction', nullable: true, select: false })
  heldTransaction: unknown;

  /** When a rejected set was released by hand (POST /v1/remittances/:id/release); it is then `posted`. */
  @Column('timestamptz', { name: 'released_at', nullable: true })
  releasedAt: Date | null;

  @Column('text', { name: 'release_reason', nullable: true })
  releaseReason: string | null;

  /** The API key id that released it. */
  @Column('text', { name: 'released_by', nullable: true })
  releasedBy: string | null;
}
