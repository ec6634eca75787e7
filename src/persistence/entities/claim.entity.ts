// A submitted claim: its JSON exactly as received, the normalized document later steps render,
// and the fields that queues and reports query (payer, billing provider, PCN, charge, dates).
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'claims' })
export class ClaimEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: string;

  @Column('text')
  status: string;

  @Column('text', { name: 'payer_id' })
  payerId: string;

  @Column('text', { name: 'payer_name', nullable: true })
  payerName: string | null;

  @Column('text', { name: 'billing_npi', nullable: true })
  billingNpi: string | null;

  @Column('text', { name: 'billing_provider_key' })
  billingProviderKey: string;

  @Column('text', { name: 'patient_control_number' })
  patientControlNumber: string;

  @Column('text', { name: 'frequency_code' })
  frequencyCode: string;

  /** numeric(14,2), read as a decimal string: money never becomes a float. */
  @Column('numeric', { name: 'total_charge', precision: 14, scale: 2 })
  totalCharge: string;

  @Column('date', { name: 'service_date_from', nullable: true })
  serviceDateFrom: string | null;

  @Column('date', { name: 'service_date_to', nullable: true })
  serviceDateTo: string | null;

  @Column('text', { name: 'usage_indicator' })
  usageIndicator: string;

  @Column('int', { name: 'line_count' })
  lineCount: number;

  @Column('text')
  source: string;

  @Column('jsonb')
  submitted: unknown;

  @Column('jsonb')
  document: unknown;

  /** The claim this one corrects or voids (POST /v1/claims/:id/corrections, /void). */
  @Column('uuid', { name: 'replaces_claim_id', nullable: true })
  replacesClaimId: string | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
