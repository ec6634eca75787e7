// Port for the control-number ledger: ISA13, GS06 and ST02 numbers per ISA sender and receiver,
// handed out inside the caller's transaction so they are kept exactly when the submission is.
import type { Tx } from '../persistence/unit-of-work';
import type { ControlNumberKind } from '../x12';

export interface ControlNumberRequest {
  /** `ISA05:ISA06` */
  sender: string;
  /** `ISA07:ISA08` */
  receiver: string;
  /** How many ISA13 numbers. */
  interchanges: number;
  /** How many GS06 numbers. */
  groups: number;
  /** How many ST02 numbers. */
  transactions: number;
}

/** One issued number: the X12 value and the ledger serial behind it (unique, never wraps). */
export interface IssuedControlNumber {
  value: number;
  serial: number;
}

export interface AllocatedControlNumbers {
  interchanges: IssuedControlNumber[];
  groups: IssuedControlNumber[];
  transactions: IssuedControlNumber[];
}

export type LastIssued = Record<ControlNumberKind, IssuedControlNumber | null>;

export abstract class ControlNumberLedger {
  /**
   * The next numbers after the last ones issued for this pair, consecutive per kind (wrapping from
   * 999999999 to 1). Holds the pair's counters until `tx` ends: a commit keeps the numbers, a
   * rollback returns them to the next caller, so none is skipped or issued twice.
   */
  abstract allocate(tx: Tx, request: ControlNumberRequest): Promise<AllocatedControlNumbers>;
  /** The last committed number of each kind for the pair (null: none yet). */
  abstract lastIssued(sender: string, receiver: string): Promise<LastIssued>;
}

/** The X12 value of the n-th number ever issued: 1, 2, … 999999999, 1, 2, … */
export function controlNumberOfSerial(serial: number, max = 999_999_999): number {
  return ((serial - 1) % max) + 1;
}
