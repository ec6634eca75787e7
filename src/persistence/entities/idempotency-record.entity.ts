// The first response to an Idempotency-Key, kept per API key for the replay window.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'idempotency_records' })
export class IdempotencyRecordEntity {
  @PrimaryColumn('text')
  principal: string;

  @PrimaryColumn('text', { name: 'idempotency_key' })
  idempotencyKey: string;

  @Column('text', { name: 'request_hash' })
  requestHash: string;

  @Column('text')
  state: 'in_flight' | 'completed';

  @Column('int', { name: 'response_status', nullable: true })
  responseStatus: number | null;

  @Column('jsonb', { name: 'response_body', nullable: true })
  responseBody: unknown;

  @Column('timestamptz', { name: 'locked_until' })
  lockedUntil: Date;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;
}
