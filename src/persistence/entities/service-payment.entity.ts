// One service payment (835 loop 2110) and the claim service line it matched, if any.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'service_payments' })
export class ServicePaymentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'claim_payment_id' })
  claimPaymentId: string;

  /** 0-based position of the SVC in its claim payment. */
  @Column('int', { name: 'line_index' })
  lineIndex: number;

  @Column('text', { name: 'procedure_qualifier', nullable: true })
  procedureQualifier: string | null;

  @Column('text', { name: 'procedure_code', nullable: true })
  procedureCode: string | null;

  @Column('jsonb')
  modifiers: string[];

  /** SVC02. */
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  charge: string | null;

  /** SVC03. */
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  paid: string | null;

  /** SVC05. */
  @Column('numeric', { precision: 15, scale: 3, nullable: true })
  units: string | null;

  @Column('date', { name: 'service_date', nullable: true })
  serviceDate: string | null;

  /** REF*6R. */
  @Column('text', { name: 'line_item_control_number', nullable: true })
  lineItemControlNumber: string | null;

  /** 0-based index of the matched line in the claim's serviceLines; null when none matched. */
  @Column('int', { name: 'matched_line_index', nullable: true })
  matchedLineIndex: number | null;

  @Column('jsonb')
  adjustments: unknown[];

  @Column('jsonb')
  remarks: string[];
}
