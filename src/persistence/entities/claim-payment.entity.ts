// One claim payment (835 loop 2100) as posted: the claim it matched (null when none did), CLP
// amounts, the reversal it is or the payment it reverses, and the claim status it led to.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'claim_payments' })
export class ClaimPaymentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'remittance_id' })
  remittanceId: string;

  /** 0-based position of the CLP in its transaction set. */
  @Column('int', { name: 'claim_index' })
  claimIndex: number;

  @Column('uuid', { name: 'claim_id', nullable: true })
  claimId: string | null;

  /** CLP01. */
  @Column('text', { name: 'patient_control_number' })
  patientControlNumber: string;

  /** CLP02. */
  @Column('text', { name: 'status_code' })
  statusCode: string;

  /** CLP03. */
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  charge: string | null;

  /** CLP04. */
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  paid: string | null;

  /** CLP05 as the payer sent it. */
  @Column('numeric', { name: 'reported_patient_responsibility', precision: 14, scale: 2, nullable: true })
  reportedPatientResponsibility: string | null;

  /** Σ PR adjustments (claim and lines). */
  @Column('numeric', { name: 'patient_responsibility', precision: 14, scale: 2 })
  patientResponsibility: string;

  /** CLP07. */
  @Column('text', { name: 'payer_claim_control_number', nullable: true })
  payerClaimControlNumber: string | null;

  /** CLP06. */
  @Column('text', { name: 'filing_indicator', nullable: true })
  filingIndicator: string | null;

  @Column('boolean', { name: 'is_reversal' })
  isReversal: boolean;

  @Column('uuid', { name: 'reverses_payment_id', nullable: true })
  reversesPaymentId: string | null;

  @Column('text', { name: 'claim_status_before', nullable: true })
  claimStatusBefore: string | null;

  @Column('text', { name: 'claim_status_after', nullable: true })
  claimStatusAfter: string | null;

  @Column('text', { name: 'posting_note', nullable: true })
  postingNote: string | null;

  @Column('jsonb', { nullable: true })
  patient: unknown;

  @Column('jsonb')
  adjustments: unknown[];

  @Column('jsonb')
  remarks: string[];

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
