// The envelope walk the 999 and 277CA readers share: ISA/GS/GE/IEA set or clear the group's
// version (the guide an ST without ST03 is read under), a TA1 between ISA and GS is read as an
// interchange acknowledgment, ST closes any open transaction set and opens the next, SE closes it,
// and every other segment goes to the open set's body, or is passed over outside one (the envelope
// checker reports that). A reader adds what its transaction set holds.

import { AckCode, AckDiagnostics } from './diagnostics';
import type { Segment } from '../core/segment';
import type { Ta1Acknowledgment } from '../ta1/model';
import { readTa1Segment } from '../ta1/reader';

/** `Open` is the reader's state of the transaction set being read. Push every segment in order, then `end()`. */
export abstract class AckTransactionReader<Open> {
  readonly d = new AckDiagnostics();
  readonly interchangeAcknowledgments: Ta1Acknowledgment[] = [];
  protected tx: Open | undefined;
  /** GS08 of the group being read; '' outside a group. */
  protected groupVersion = '';

  push(seg: Segment): void {
    switch (seg.id) {
      case 'ISA':
      case 'GE':
      case 'IEA':
        this.groupVersion = '';
        return;
      case 'GS':
        this.groupVersion = seg.element(8);
        return;
      case 'TA1':
        if (this.tx) this.unexpected(seg, 'TA1 inside a transaction set');
        else this.interchangeAcknowledgments.push(readTa1Segment(seg, this.d));
        return;
      case 'ST':
        this.close();
        this.tx = this.open(seg);
        return;
      case 'SE':
        this.close();
        return;
    }
    // Outside a transaction set of this kind, or inside a skipped one.
    if (this.tx !== undefined) this.body(this.tx, seg);
  }

  end(): void {
    this.close();
  }

  unexpected(seg: Segment, why: string): void {
    this.d.report(AckCode.UNEXPECTED_SEGMENT, `${why}; skipped`, seg);
  }

  /** ST: the state of the new transaction set, or undefined to skip it (another kind, reported). */
  protected abstract open(st: Segment): Open | undefined;

  /** A segment inside the open transaction set. */
  protected abstract body(tx: Open, seg: Segment): void;

  /** The open transaction set ends (SE, the next ST, or the end of input): final checks. */
  protected abstract finish(tx: Open): void;

  private close(): void {
    const tx = this.tx;
    this.tx = undefined;
    if (tx !== undefined) this.finish(tx);
  }
}
