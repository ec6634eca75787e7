// One control-number counter: how many ISA13, GS06 or ST02 numbers were ever issued from one ISA
// sender to one ISA receiver. Only the ledger adapter writes it, inside the batch transaction.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'control_number_counters' })
export class ControlNumberCounterEntity {
  /** `interchange` (ISA13), `group` (GS06) or `transaction` (ST02). */
  @PrimaryColumn('text')
  kind: string;

  /** `ISA05:ISA06`, e.g. `ZZ:X12GW`. */
  @PrimaryColumn('text')
  sender: string;

  /** `ISA07:ISA08`. */
  @PrimaryColumn('text')
  receiver: string;

  /** int8, read as a string: numbers issued so far (never decreases). */
  @Column('bigint')
  issued: string;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
