// One PLB reason/amount pair of a remittance (835-structure §6). Positive = withheld from the payment.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'provider_adjustments' })
export class ProviderAdjustmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'remittance_id' })
  remittanceId: string;

  @Column('int')
  position: number;

  @Column('text', { name: 'provider_id', nullable: true })
  providerId: string | null;

  @Column('date', { name: 'fiscal_period_date', nullable: true })
  fiscalPeriodDate: string | null;

  @Column('text')
  reason: string;

  @Column('text', { nullable: true })
  reference: string | null;

  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  amount: string | null;
}
