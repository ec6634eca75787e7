// A bank deposit uploaded for reassociation, and the posted remittance it was matched to (if any).
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'bank_deposits' })
export class BankDepositEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** YYYY-MM-DD. */
  @Column('date', { name: 'deposit_date' })
  depositDate: string;

  @Column('numeric', { precision: 14, scale: 2 })
  amount: string;

  /** The bank's trace / check number, compared with the 835's TRN02. */
  @Column('text', { nullable: true })
  trace: string | null;

  @Column('uuid', { name: 'remittance_id', nullable: true })
  remittanceId: string | null;

  /** `trace` or `amount_date`. */
  @Column('text', { name: 'matched_by', nullable: true })
  matchedBy: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'reconciled_at', nullable: true })
  reconciledAt: Date | null;
}
