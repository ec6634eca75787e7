// A claim carried by a submission: its transaction set (ST02) and the segment range of its loop
// 2300, counted from that ST as 1, so a 999 IK3 segment position can be traced back to the claim.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'submission_claims' })
export class SubmissionClaimEntity {
  @PrimaryColumn('uuid', { name: 'submission_id' })
  submissionId: string;

  @PrimaryColumn('uuid', { name: 'claim_id' })
  claimId: string;

  /** 0-based position of the transaction set in the file. */
  @Column('int', { name: 'transaction_index' })
  transactionIndex: number;

  @Column('text')
  st02: string;

  /** 0-based position of the claim within its transaction set. */
  @Column('int', { name: 'claim_index' })
  claimIndex: number;

  /** CLM01 as written. */
  @Column('text', { name: 'patient_control_number' })
  patientControlNumber: string;

  /** Segment position of the CLM (ST = 1). */
  @Column('int', { name: 'loop2300_first_segment' })
  loop2300FirstSegment: number;

  /** Segment position of the last segment of the claim's 2300 loop and its 2400 lines (ST = 1). */
  @Column('int', { name: 'loop2300_last_segment' })
  loop2300LastSegment: number;
}
