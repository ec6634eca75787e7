// A reference in an acknowledgment that points at nothing we sent (an ISA13, GS06, ST02 or patient
// control number of no submission). Kept, never dropped.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'unmatched_acknowledgments' })
export class UnmatchedAcknowledgmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'acknowledgment_id' })
  acknowledgmentId: string;

  @Column('text')
  type: string;

  /** `no_submission`, `no_transaction_set`, `no_claim`. */
  @Column('text')
  reason: string;

  /** The control numbers or claim keys that matched nothing. */
  @Column('jsonb')
  reference: Record<string, unknown>;

  @Column('jsonb', { nullable: true })
  detail: Record<string, unknown> | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
