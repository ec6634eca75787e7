// The JSON model of a 277CA claim acknowledgment (acks.md §3): per transaction set, the four HL
// levels (20 information source, 21 information receiver, 19 billing provider, PT patient/claim),
// each with its statuses. Amounts are strings with two decimals ("430.00") made from integer
// cents, dates are YYYY-MM-DD, absent values are null. `hlId`/`parentHlId` rebuild the tree.

import type { AckDiagnostic } from '../acks/diagnostics';
import type { Ta1Acknowledgment } from '../ta1/model';

/** A signed amount with exactly two decimals, e.g. `"430.00"`. */
export type Amount = string;
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Ack277CADocument {
  type: '277CA';
  /** TA1 segments found in the same file (between ISA and GS), in order. */
  interchangeAcknowledgments: Ta1Acknowledgment[];
  transactions: Ack277CATransaction[];
  diagnostics: AckDiagnostic[];
}

export interface Ack277CATransaction {
  /** ST02. */
  controlNumber: string;
  /** BHT03: the 277CA's own reference. */
  referenceId: string | null;
  /** BHT04. */
  date: IsoDate | null;
  /** 2000A (HL 20): payer or clearinghouse sending the 277CA. */
  informationSources: InformationSource[];
  /** 2000B (HL 21): us, the submitter; the batch-level status. */
  informationReceivers: InformationReceiver[];
  /** 2000C (HL 19): billing providers. */
  billingProviders: BillingProvider[];
  /** 2200D (under HL PT): one entry per claim, in file order. */
  claims: ClaimAcknowledgment[];
}

export interface InformationSource {
  hlId: string;
  /** NM103. */
  name: string | null;
  /** NM108: PI payer ID, 46 ETIN, FI tax ID, … */
  idQualifier: string | null;
  /** NM109. */
  id: string | null;
  /** TRN02 (TRN*1): receipt trace. */
  traceNumber: string | null;
  /** DTP*050. */
  receivedDate: IsoDate | null;
  /** DTP*009. */
  processedDate: IsoDate | null;
}

/** Counts (QTY) and totals (AMT) of accepted and rejected claims, at the receiver and provider levels. */
export interface LevelTotals {
  /** QTY*90 (receiver) or QTY*QA (provider). */
  acceptedQuantity: number | null;
  /** QTY*AA (receiver) or QTY*QC (provider). */
  rejectedQuantity: number | null;
  /** AMT*YU. */
  acceptedAmount: Amount | null;
  /** AMT*YY. */
  rejectedAmount: Amount | null;
}

export interface InformationReceiver extends LevelTotals {
  hlId: string;
  parentHlId: string | null;
  name: string | null;
  idQualifier: string | null;
  id: string | null;
  /** TRN02 (TRN*2): batch reference, often our BHT03. */
  traceNumber: string | null;
  statuses: StatusInfo[];
}

export interface BillingProvider extends LevelTotals {
  hlId: string;
  parentHlId: string | null;
  name: string | null;
  /** NM109 when NM108 is XX. */
  npi: string | null;
  idQualifier: string | null;
  id: string | null;
  /** TRN02 (TRN*1): provider-level trace. */
  traceNumber: string | null;
  statuses: StatusInfo[];
}

/** One claim (loop 2200D). */
export interface ClaimAcknowledgment {
  /** HL01 of the patient level holding the claim. */
  hlId: string;
  /** TRN02 (TRN*2) at the claim level: our CLM01. */
  patientControlNumber: string | null;
  /** REF*1K: the payer's claim number (later the 835 CLP07). */
  payerClaimControlNumber: string | null;
  /** REF*D9: clearinghouse trace number. */
  clearinghouseTraceNumber: string | null;
  /** REF*BLT: institutional bill type. */
  billTypeCode: string | null;
  /** NPI of the billing provider (HL 19) above this claim. */
  billingProviderNpi: string | null;
  patient: Patient;
  /** DTP*472, start (or single date). */
  serviceDateFrom: IsoDate | null;
  /** DTP*472, end (equal to the start for a single date). */
  serviceDateTo: IsoDate | null;
  statuses: StatusInfo[];
  /** No STC rejects (STC03 `U` or category A3/A4/A6/A7/A8) and at least one accepts (A0/A1/A2/A5). */
  accepted: boolean;
  /** Loop 2220D, present only when the 277CA reports lines. */
  serviceLines?: ServiceLineAcknowledgment[];
}

/** NM1*QC (loop 2100D). */
export interface Patient {
  /** NM103. */
  lastName: string | null;
  /** NM104. */
  firstName: string | null;
  /** NM109 (NM108 MI). */
  memberId: string | null;
}

/** One service line (loop 2220D). */
export interface ServiceLineAcknowledgment {
  /** SVC01, components joined by `:` (`HC:99213`). */
  procedure: string | null;
  /** SVC02. */
  chargeAmount: Amount | null;
  /** REF*FJ: our line item control number (837 REF*6R). */
  lineItemControlNumber: string | null;
  serviceDateFrom: IsoDate | null;
  serviceDateTo: IsoDate | null;
  statuses: StatusInfo[];
}

/** A status code triple: STC01 (or STC10, STC11). */
export interface StatusCode {
  /** -1: category (A1, A2, A7, …). */
  categoryCode: string | null;
  /** -2: status (19, 20, 562, …). */
  statusCode: string | null;
  /** -3: entity the status refers to (85, 82, PR, …). */
  entityCode: string | null;
  categoryDescription: string | null;
  statusDescription: string | null;
}

/** STC — status information: `STC*A7:562:82*20240316*U*180~`. */
export interface StatusInfo extends StatusCode {
  /** STC02 (none at the provider level). */
  date: IsoDate | null;
  /** STC03: WQ accept, U reject. */
  action: string | null;
  /** STC04: total charge the status applies to. */
  amount: Amount | null;
  /** STC12: free-form message. */
  message: string | null;
  /** STC10 and STC11, when present. */
  additional: StatusCode[];
}
