// One acknowledgment file (TA1, 999 or 277CA) as received: applied once per sha256, or recorded as
// a duplicate of the first copy. The raw text is kept (acknowledgments are small).
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'acknowledgments' })
export class AcknowledgmentEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** `TA1`, `999`, `277CA`. */
  @Column('text')
  type: string;

  /** `applied` or `duplicate`. */
  @Column('text')
  status: string;

  @Column('uuid', { name: 'duplicate_of', nullable: true })
  duplicateOf: string | null;

  @Column('text')
  sha256: string;

  @Column('text', { name: 'file_name', nullable: true })
  fileName: string | null;

  @Column('text')
  source: string;

  /** `ISA05:ISA06` of the acknowledgment (the clearinghouse). */
  @Column('text', { name: 'isa_sender', nullable: true })
  isaSender: string | null;

  /** `ISA07:ISA08` of the acknowledgment (us). */
  @Column('text', { name: 'isa_receiver', nullable: true })
  isaReceiver: string | null;

  /** ISA13 of the acknowledgment's own interchange. */
  @Column('text', { nullable: true })
  isa13: string | null;

  /** What it answers: TA101s, AK102/AK202s, 277CA ST02/BHT03. */
  @Column('jsonb', { name: 'control_numbers' })
  controlNumbers: Record<string, unknown>;

  @Column('jsonb')
  summary: Record<string, unknown>;

  @Column('jsonb')
  diagnostics: unknown[];

  @Column('text', { name: 'file_text' })
  fileText: string;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt: Date;
}
