// The JSON model of TA1 interchange acknowledgments (acks.md §1). Values are kept as sent: TA102
// and TA103 are compared with our own ISA09/ISA10 as strings, so they are not reformatted.

import type { AckDiagnostic } from '../acks/diagnostics';

/** One TA1 segment: the answer to one of our interchanges. */
export interface Ta1Acknowledgment {
  /** TA101: ISA13 of our interchange being acknowledged. */
  interchangeControlNumber: string | null;
  /** TA102: ISA09 (YYMMDD) of our interchange, as sent. */
  date: string | null;
  /** TA103: ISA10 (HHMM) of our interchange, as sent. */
  time: string | null;
  /** TA104: A accepted, E accepted with errors, R rejected. */
  acknowledgmentCode: string | null;
  /** TA105: interchange note code (`000` = no error). */
  noteCode: string | null;
  /** TA105 in words, from the code table; null when absent or unknown. */
  noteDescription: string | null;
  /** Where the TA1 is (0-based over the whole input). */
  segmentIndex: number;
}

/**
 * A file whose acknowledgment is the TA1 alone. A list, because one interchange may carry several
 * TA1 segments (one per interchange of ours it answers; the OopFactory sample has two).
 */
export interface Ta1Document {
  type: 'TA1';
  acknowledgments: Ta1Acknowledgment[];
  diagnostics: AckDiagnostic[];
}
