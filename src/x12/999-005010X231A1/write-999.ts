// The 999 writer (005010X231A1, acks.md §2): per functional group of the other side one 999
// transaction set — AK1, per transaction set an AK2 loop with its IK3/CTX/IK4 errors and IK5, then
// AK9. The results a receiver must not contradict are computed: IK5 is R when a set has errors
// (unless the caller says otherwise), AK9's code and its received and accepted counts come from
// the IK5s, and every envelope count comes from the envelope writer.

import { InterchangeWriter, type GroupHeader, type InterchangeHeader } from '../core/envelope';
import type { SegmentWriterOptions } from '../core/writer';
import { IMPLEMENTATION_GUIDE_999 } from './codes';

/** CTX business unit: `CTX*CLM01:PCN1001~` (acks.md §2). */
export interface BusinessUnitWrite {
  /** CTX01-1, e.g. `CLM01`. */
  name: string;
  /** CTX01-2, e.g. the patient control number. */
  reference: string;
}

/** Loop 2110: IK4. */
export interface ElementErrorWrite {
  /** IK401-1: element position in the segment. */
  position: number;
  /** IK401-2: component position. */
  component?: number;
  /** IK401-3: repetition position. */
  repeat?: number;
  /** IK402: data element reference number. */
  reference?: string;
  /** IK403: element error code (IK403 table). */
  errorCode: string;
  /** IK404: copy of the bad value. */
  badData?: string;
}

/** Loop 2100: IK3 with its business-unit CTX and IK4s. */
export interface SegmentErrorWrite {
  /** IK301: segment ID in error. */
  segmentId: string;
  /** IK302: position in the transaction set, ST = 1. */
  position: number;
  /** IK303: loop ID. */
  loopId?: string;
  /** IK304: segment error code (IK304 table). */
  errorCode: string;
  businessUnit?: BusinessUnitWrite;
  elementErrors?: readonly ElementErrorWrite[];
}

/** Loop 2000: AK2 … IK5 for one transaction set of the other side. */
export interface TransactionResponseWrite {
  /** AK201: ST01 (`837`). */
  transactionSetId: string;
  /** AK202: ST02. */
  controlNumber: string;
  /** AK203: ST03. */
  implementationGuide?: string;
  /** IK501; default `R` when there are segment errors or error codes, else `A`. */
  ackCode?: 'A' | 'E' | 'R' | 'M' | 'W' | 'X';
  /** IK502–IK506; default `I5` for a rejected set with segment errors. */
  errorCodes?: readonly string[];
  segmentErrors?: readonly SegmentErrorWrite[];
}

/** One 999 transaction set: the answer to one functional group. */
export interface Ack999Write {
  /** ST02 of the 999. */
  controlNumber: number | string;
  /** AK101: GS01 of the group answered (`HC`). */
  functionalIdentifier: string;
  /** AK102: its GS06. */
  groupControlNumber: string;
  /** AK103: its GS08. */
  version: string;
  /** AK902: the number of sets its GE01 announced (default: the sets answered here). */
  includedCount?: number;
  /** AK905–AK909. */
  groupErrorCodes?: readonly string[];
  transactionResponses: readonly TransactionResponseWrite[];
}

export interface Write999Input {
  interchange: InterchangeHeader;
  /** GS02–GS06 of the 999's own group (GS01 `FA`, GS08 `005010X231A1` are fixed). */
  group: Omit<GroupHeader, 'functionalId' | 'version'>;
  transactions: readonly Ack999Write[];
}

/** IK501 as written: the caller's, else R when anything is in error. */
export function ik501Of(t: TransactionResponseWrite): string {
  if (t.ackCode) return t.ackCode;
  return (t.segmentErrors?.length ?? 0) > 0 || (t.errorCodes?.length ?? 0) > 0 ? 'R' : 'A';
}

/** AK901 from the IK5s: all accepted A (E if any E), none accepted R, some P. */
function ak901Of(codes: readonly string[], groupErrors: number): string {
  const accepted = codes.filter((c) => c === 'A' || c === 'E').length;
  if (groupErrors > 0 && accepted === 0) return 'R';
  if (accepted === codes.length) return codes.includes('E') ? 'E' : 'A';
  return accepted === 0 ? 'R' : 'P';
}

export function write999(input: Write999Input, options: SegmentWriterOptions = {}): string {
  const w = new InterchangeWriter(input.interchange, options);
  w.beginGroup({ ...input.group, functionalId: 'FA', version: IMPLEMENTATION_GUIDE_999 });
  for (const t of input.transactions) {
    w.beginTransaction({ id: '999', controlNumber: t.controlNumber, implementationReference: IMPLEMENTATION_GUIDE_999 });
    w.segment('AK1', [t.functionalIdentifier, t.groupControlNumber, t.version]);
    const codes: string[] = [];
    for (const r of t.transactionResponses) {
      w.segment('AK2', [r.transactionSetId, r.controlNumber, r.implementationGuide]);
      for (const e of r.segmentErrors ?? []) {
        w.segment('IK3', [e.segmentId, String(e.position), e.loopId, e.errorCode]);
        if (e.businessUnit) w.segment('CTX', [[e.businessUnit.name, e.businessUnit.reference]]);
        for (const el of e.elementErrors ?? []) {
          w.segment('IK4', [
            [String(el.position), el.component === undefined ? undefined : String(el.component), el.repeat === undefined ? undefined : String(el.repeat)],
            el.reference,
            el.errorCode,
            el.badData,
          ]);
        }
      }
      const ik501 = ik501Of(r);
      codes.push(ik501);
      const errorCodes = r.errorCodes ?? (ik501 === 'R' && (r.segmentErrors?.length ?? 0) > 0 ? ['I5'] : []);
      w.segment('IK5', [ik501, ...errorCodes.slice(0, 5)]);
    }
    const groupErrors = t.groupErrorCodes ?? [];
    w.segment('AK9', [
      ak901Of(codes, groupErrors.length),
      String(t.includedCount ?? t.transactionResponses.length),
      String(t.transactionResponses.length),
      String(codes.filter((c) => c === 'A' || c === 'E').length),
      ...groupErrors.slice(0, 5),
    ]);
    w.endTransaction();
  }
  w.endGroup();
  return w.end();
}
