// The JSON model of a 999 implementation acknowledgment (acks.md §2): one entry per 999
// transaction set, each answering one functional group of ours (AK1) and, per transaction set of
// ours that it reports (AK2), the segment (IK3) and element (IK4) errors. Absent values are null.

import type { AckDiagnostic } from '../acks/diagnostics';
import type { Ta1Acknowledgment } from '../ta1/model';

export interface Ack999Document {
  type: '999';
  /** TA1 segments found in the same file (between ISA and GS), in order. */
  interchangeAcknowledgments: Ta1Acknowledgment[];
  transactions: Ack999Transaction[];
  diagnostics: AckDiagnostic[];
}

export interface Ack999Transaction {
  /** ST02 of the 999. */
  controlNumber: string;
  groupResponse: GroupResponse;
  transactionResponses: TransactionResponse[];
}

/** AK1 + AK9: the answer for our whole functional group. */
export interface GroupResponse {
  /** AK101: GS01 of our group (`HC` for 837). */
  functionalIdentifier: string | null;
  /** AK102: GS06 of our group. */
  groupControlNumber: string | null;
  /** AK103: GS08 of our group. */
  version: string | null;
  /** AK901: A, E, P, R, M, W, X. */
  ackCode: string | null;
  ackDescription: string | null;
  /** AK905–AK909. */
  errorCodes: string[];
  /** AK902: transaction sets our GE01 said were included. */
  includedCount: number | null;
  /** AK903: transaction sets received. */
  receivedCount: number | null;
  /** AK904: transaction sets accepted (A or E). */
  acceptedCount: number | null;
}

/** Loop 2000: AK2 … IK5, the answer for one of our transaction sets. */
export interface TransactionResponse {
  /** AK201: ST01 of our set (`837`). */
  transactionSetId: string | null;
  /** AK202: ST02 of our set. */
  controlNumber: string | null;
  /** AK203: ST03 of our set. */
  implementationGuide: string | null;
  /** IK501: A, E, R, M, W, X. */
  ackCode: string | null;
  ackDescription: string | null;
  /** IK502–IK506. */
  errorCodes: string[];
  segmentErrors: SegmentError[];
}

/** Loop 2100: IK3 with its CTX and IK4s. */
export interface SegmentError {
  /** IK301: segment ID in error (`SV1`). */
  segmentId: string | null;
  /** IK302: position of that segment in our transaction set, ST = 1. */
  position: number | null;
  /** IK303: loop ID (`2400`). */
  loopId: string | null;
  /** IK304: segment error code. */
  errorCode: string | null;
  description: string | null;
  /** CTX after IK3: situational trigger and business unit (`CTX*CLM01:PCN1001`). */
  context: ErrorContext[];
  elementErrors: ElementError[];
}

/** Loop 2110: IK4 with its CTX. */
export interface ElementError {
  /** IK401-1: element position in the segment. */
  position: number | null;
  /** IK401-2: component position in the composite. */
  component: number | null;
  /** IK401-3: repetition position. */
  repeat: number | null;
  /** IK402: data element reference number. */
  reference: string | null;
  /** IK403: element error code. */
  errorCode: string | null;
  description: string | null;
  /** IK404: copy of the bad value. */
  badData: string | null;
  /** CTX after IK4. */
  context: ErrorContext[];
}

/**
 * CTX — context: `CTX*CLM01:PCN1001~` (business unit: name CLM01, reference PCN1001) or
 * `CTX*SITUATIONAL TRIGGER*CLM*43**5:3*C023:1325~` (the segment whose content triggered the error).
 */
export interface ErrorContext {
  /** CTX01-1 (first repetition): `CLM01`, `SITUATIONAL TRIGGER`, … */
  name: string | null;
  /** CTX01-2: the value, e.g. our CLM01. */
  reference: string | null;
  /** CTX02: segment ID of the trigger. */
  segmentId: string | null;
  /** CTX03: its position in the transaction set. */
  segmentPosition: number | null;
  /** CTX04: loop ID. */
  loopId: string | null;
  /** CTX05: element position, component, repetition (components joined by `:`). */
  elementPosition: string | null;
  /** CTX06: data element reference(s) (components joined by `:`). */
  elementReference: string | null;
}
