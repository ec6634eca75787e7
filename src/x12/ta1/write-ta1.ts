// The TA1 writer (acks.md §1): one interchange acknowledgment inside its own ISA/IEA, without
// GS/GE. The envelope writer builds the ISA and the IEA (IEA01 = 0: no functional groups); the TA1
// segment goes between them.

import { InterchangeWriter, type InterchangeHeader } from '../core/envelope';
import { ISA_LENGTH } from '../core/delimiters';
import { formatInterchangeControlNumber } from '../core/control-numbers';
import type { SegmentWriterOptions } from '../core/writer';

/** What one TA1 says about one interchange of the other side. */
export interface Ta1Write {
  /** TA101: the ISA13 being acknowledged (written as 9 digits). */
  interchangeControlNumber: number | string;
  /** TA102: that interchange's ISA09, `YYMMDD`, as it was sent. */
  date: string;
  /** TA103: that interchange's ISA10, `HHMM`, as it was sent. */
  time: string;
  /** TA104: A accepted, E accepted with errors, R rejected. */
  acknowledgmentCode: 'A' | 'E' | 'R';
  /** TA105: interchange note code, `000` when there is no error. */
  noteCode: string;
}

export interface WriteTa1Input {
  /** The TA1's own ISA (sender and receiver are the acknowledged interchange's, swapped). */
  interchange: InterchangeHeader;
  acknowledgments: readonly Ta1Write[];
}

/** `ISA…~TA1*000000101*240315*1200*A*000~IEA*0*…~`. */
export function writeTa1(input: WriteTa1Input, options: SegmentWriterOptions = {}): string {
  if (input.acknowledgments.length === 0) throw new Error('writeTa1: no acknowledgment to write');
  const w = new InterchangeWriter(input.interchange, options);
  const envelope = w.end();
  const head = ISA_LENGTH + w.writer.lineBreak.length;
  const body = input.acknowledgments
    .map((a) => w.writer.segment('TA1', [formatInterchangeControlNumber(a.interchangeControlNumber), a.date, a.time, a.acknowledgmentCode, a.noteCode]))
    .join('');
  return envelope.slice(0, head) + body + envelope.slice(head);
}
