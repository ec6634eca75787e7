// One step of a claim's history. Rows are append-only (a trigger refuses UPDATE and DELETE).
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'claim_events' })
export class ClaimEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'claim_id' })
  claimId: string;

  @Column('int')
  sequence: number;

  @Column('text')
  status: string;

  @Column('text', { name: 'previous_status', nullable: true })
  previousStatus: string | null;

  /** What caused the step, e.g. `intake.api`; `detail` says which file, segment or edit. */
  @Column('text')
  cause: string;

  @Column('jsonb', { nullable: true })
  detail: Record<string, unknown> | null;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt: Date;
}
