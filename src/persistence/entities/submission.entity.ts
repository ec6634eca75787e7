// One 837 interchange made by batching: the file exactly as it will be sent, its sha256, the
// control numbers it carries, and where it is in transmission (`status`, starting at `queued`).
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'submissions' })
export class SubmissionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'clearinghouse_id' })
  clearinghouseId: string;

  @Column('text', { name: 'payer_id' })
  payerId: string;

  @Column('text')
  kind: string;

  @Column('text', { name: 'usage_indicator' })
  usageIndicator: string;

  @Column('text')
  status: string;

  /** `ISA05:ISA06` */
  @Column('text', { name: 'isa_sender' })
  isaSender: string;

  /** `ISA07:ISA08` */
  @Column('text', { name: 'isa_receiver' })
  isaReceiver: string;

  @Column('int')
  isa13: number;

  /** The ledger serial behind ISA13 (unique per sender and receiver, never wraps). */
  @Column('bigint', { name: 'isa13_serial' })
  isa13Serial: string;

  @Column('int')
  gs06: number;

  @Column('bigint', { name: 'gs06_serial' })
  gs06Serial: string;

  /** ST02 of each transaction set, in file order, as written. */
  @Column('text', { array: true })
  st02: string[];

  @Column('int', { name: 'transaction_count' })
  transactionCount: number;

  @Column('int', { name: 'claim_count' })
  claimCount: number;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('text', { name: 'file_text' })
  fileText: string;

  @Column('int', { name: 'byte_length' })
  byteLength: number;

  @Column('text')
  sha256: string;

  /** Failed delivery attempts so far (the bus's attempt count when the last one failed). */
  @Column('int', { name: 'delivery_attempts' })
  deliveryAttempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  /** The name the file got on the clearinghouse side (after the profile's name pattern). */
  @Column('text', { name: 'remote_name', nullable: true })
  remoteName: string | null;

  @Column('timestamptz', { name: 'transmitted_at', nullable: true })
  transmittedAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
