// The JSON model of an 835 and the events of the streaming reader. Amounts are strings with two
// decimals ("-12.50") made from integer cents, dates are YYYY-MM-DD, absent values are null:
// the model is what `x12gw parse --json` prints and what remittance posting will consume.

import type { Remittance835Diagnostic } from './diagnostics';

/** A signed amount with exactly two decimals, e.g. `"135.25"`, `"-200.00"`. */
export type Amount = string;
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** A whole file: every 835 transaction set (ST/SE) in it, in order. */
export interface Remittance835Document {
  type: '835';
  /** SHA-256 of the file's bytes (hex), when the caller supplied or asked for it. */
  sha256: string | null;
  transactions: Remittance835Transaction[];
}

/** One 835 transaction set: normally one payment (check or EFT) to one payee (835-structure §1). */
export interface Remittance835Transaction extends TransactionHeader {
  claims: ClaimPayment[];
  providerAdjustments: ProviderAdjustment[];
  /** All three balancing rules hold for every line, every claim and the payment (835-structure §7). */
  balanced: boolean;
  diagnostics: Remittance835Diagnostic[];
}

export interface TransactionHeader {
  /** ST02. */
  controlNumber: string;
  payment: Payment;
  payer: Payer;
  payee: Payee;
}

/** BPR and TRN (835-structure §2). */
export interface Payment {
  /** BPR01: C, D, H, I, P, U, X. */
  handlingCode: string | null;
  /** BPR02: total actual provider payment. */
  amount: Amount | null;
  /** BPR03: C credit, D debit. */
  creditDebit: string | null;
  /** BPR04: ACH, CHK, BOP, FWT, NON. */
  method: string | null;
  /** BPR16: check issue or EFT effective date. */
  date: IsoDate | null;
  /** TRN02: check or EFT trace number — the reassociation key with the deposit. */
  traceNumber: string | null;
  /** TRN03 (payer identifier, `1` + EIN), else BPR10. */
  payerIdentifier: string | null;
}

/** Loop 1000A. */
export interface Payer {
  /** N102. */
  name: string | null;
  /** REF*2U payer ID, else N104. */
  id: string | null;
}

/** Loop 1000B. */
export interface Payee {
  /** N102. */
  name: string | null;
  /** N103: XX (NPI), FI (TIN), XV. */
  idQualifier: string | null;
  /** N104. */
  id: string | null;
}

/** Loop 2100. */
export interface ClaimPayment {
  /** CLP01 = the CLM01 we sent. */
  patientControlNumber: string;
  /** CLP02 (see `ClaimStatusCode`); 22 is a reversal with negated amounts. */
  status: string;
  /** CLP03. */
  charge: Amount | null;
  /** CLP04. */
  paid: Amount | null;
  /** CLP05 (informational; not part of balancing). */
  patientResponsibility: Amount | null;
  /** CLP06. */
  filingIndicator: string | null;
  /** CLP07: payer claim control number (the REF*F8 of a replacement 837). */
  payerClaimControlNumber: string | null;
  /** NM1*QC; null when the claim has none. */
  patient: Patient | null;
  /** Claim-level CAS, one entry per reason/amount triplet. */
  adjustments: Adjustment[];
  /** Claim-level RARCs from MOA03–MOA07 and MIA05, MIA20–MIA23. */
  remarks: string[];
  services: ServicePayment[];
}

/** NM1*QC. */
export interface Patient {
  /** NM103. */
  lastName: string | null;
  /** NM104. */
  firstName: string | null;
  /** NM109. */
  memberId: string | null;
}

/** Loop 2110. */
export interface ServicePayment {
  /** SVC01 (the adjudicated procedure). */
  procedure: Procedure;
  /** SVC02. */
  charge: Amount | null;
  /** SVC03. */
  paid: Amount | null;
  /** SVC05 as a decimal string (`"1"`, `"2.5"`); null when absent (the guide reads absent as 1). */
  units: string | null;
  /** DTM*472, else DTM*150 (period start), else the claim's DTM*232 (claim dates apply to lines). */
  serviceDate: IsoDate | null;
  /** REF*6R: the line item control number we sent. */
  lineItemControlNumber: string | null;
  adjustments: Adjustment[];
  /** LQ*HE remark codes. */
  remarks: string[];
}

/** SVC01 composite. */
export interface Procedure {
  /** SVC01-1: HC, AD, NU, N4, … */
  qualifier: string | null;
  /** SVC01-2. */
  code: string | null;
  /** SVC01-3 … SVC01-6, empty ones left out. */
  modifiers: string[];
}

/** One CAS triplet (835-structure §5). Positive amounts reduce the payment. */
export interface Adjustment {
  /** CAS01: CO, OA, PI, PR (CR accepted). */
  group: string;
  /** CARC. */
  reason: string;
  amount: Amount | null;
  /** Decimal string; null when absent. */
  quantity: string | null;
}

/** One PLB reason/amount pair (835-structure §6). Positive = withheld from the payment. */
export interface ProviderAdjustment {
  /** PLB01. */
  providerId: string | null;
  /** PLB02. */
  fiscalPeriodDate: IsoDate | null;
  /** PLBxx-1. */
  reason: string;
  /** PLBxx-2; null when absent. */
  reference: string | null;
  amount: Amount | null;
}

/** Events of the streaming reader, in input order: start, claims, end — per transaction. */
export type Remittance835Event = TransactionStartEvent | ClaimEvent | TransactionEndEvent;

export interface TransactionStartEvent extends TransactionHeader {
  type: 'transaction-start';
}

export interface ClaimEvent {
  type: 'claim';
  claim: ClaimPayment;
}

export interface TransactionEndEvent {
  type: 'transaction-end';
  controlNumber: string;
  /** Number of claims emitted for this transaction. */
  claimCount: number;
  providerAdjustments: ProviderAdjustment[];
  balanced: boolean;
  diagnostics: Remittance835Diagnostic[];
}
