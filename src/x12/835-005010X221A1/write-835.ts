// The 835 writer (005010X221A1, 835-structure.md): payments to one payee per transaction set, in
// integer cents. Only charges and adjustments are given; every paid amount is computed from them
// so the three balancing rules (835-structure §7) hold by construction: SVC03 = SVC02 − line CAS,
// CLP04 = CLP03 − claim CAS − line CAS, BPR02 = Σ CLP04 − Σ PLB. CLP05 is the sum of the PR
// adjustments. A negative payment total is refused: carry it with a PLB FB instead (§6).

import { InterchangeWriter, type GroupHeader, type InterchangeHeader } from '../core/envelope';
import { formatAmount } from '../core/format';
import type { Component, ElementValue, SegmentWriterOptions } from '../core/writer';
import { IMPLEMENTATION_GUIDE_835 } from './codes';

/** One CAS triplet, cents; positive reduces the payment. */
export interface AdjustmentWrite {
  /** CAS01: CO, PR, OA, PI. */
  group: 'CO' | 'PR' | 'OA' | 'PI';
  /** CARC. */
  reason: string;
  amountCents: number;
  /** Units adjusted (decimal string). */
  quantity?: string;
}

/** Loop 2110. */
export interface ServicePaymentWrite {
  /** SVC01: `HC` CPT/HCPCS, `AD` dental, `NU` revenue code only, …; code; modifiers. */
  procedure: { qualifier: string; code: string; modifiers?: readonly string[] };
  /** SVC02. */
  chargeCents: number;
  /** SVC04: revenue code (institutional lines that also carry a HCPCS). */
  revenueCode?: string;
  /** SVC05: units paid (decimal string). */
  units?: string;
  /** DTM*472 `CCYYMMDD`; with a different `serviceDateEnd`, written DTM*150 + DTM*151. */
  serviceDate?: string;
  serviceDateEnd?: string;
  /** REF*6R: the line item control number of the claim line. */
  lineItemControlNumber?: string;
  adjustments: readonly AdjustmentWrite[];
  /** AMT*B6. */
  allowedCents?: number;
  /** LQ*HE RARCs. */
  remarks?: readonly string[];
}

/** Loop 2100. */
export interface ClaimPaymentWrite {
  /** CLP01. */
  patientControlNumber: string;
  /** CLP02: 1/2/3 processed, 4 denied, 22 reversal, … */
  status: string;
  /** CLP03 (negative on a reversal). */
  chargeCents: number;
  /** CLP06: 835 claim filing indicator. */
  filingIndicator: string;
  /** CLP07. */
  payerClaimControlNumber: string;
  /** CLP08: facility type / place of service. */
  facilityCode?: string;
  /** CLP09: claim frequency code. */
  frequencyCode?: string;
  /** NM1*QC (NM108 MI when a member ID is given). */
  patient: { lastName: string; firstName?: string; memberId?: string };
  /** Claim-level CAS. */
  adjustments: readonly AdjustmentWrite[];
  /** REF*F8: the original payer claim number a correction replaces. */
  originalReferenceNumber?: string;
  /** DTM*232 / DTM*233 statement period, `CCYYMMDD`. */
  statementFrom?: string;
  statementTo?: string;
  services: readonly ServicePaymentWrite[];
}

/** One PLB pair, cents: positive is withheld from the payment, negative added (835-structure §6). */
export interface ProviderAdjustmentWrite {
  /** PLB01. */
  providerId: string;
  /** PLB02 `CCYYMMDD`. */
  fiscalPeriodDate: string;
  /** PLB03-1: L6, WO, FB, … */
  reason: string;
  /** PLB03-2. */
  reference?: string;
  amountCents: number;
}

/** One 835 transaction set: one payment to one payee. */
export interface Remittance835Write {
  /** ST02. */
  controlNumber: number | string;
  /** BPR04 when money moves (`CHK` — no bank details needed); a zero payment is `BPR*H*0*C*NON`. */
  method: 'CHK';
  /** BPR16 `CCYYMMDD`. */
  paymentDate: string;
  /** TRN02: check number. */
  traceNumber: string;
  /** TRN03: `1` + the payer's 9-digit EIN. */
  payerIdentifier: string;
  /** DTM*405 `CCYYMMDD`. */
  productionDate?: string;
  /** 1000A: N1*PR, N3, N4, REF*2U, PER*BL. */
  payer: {
    name: string;
    id?: string;
    address: { line1: string; city: string; state: string; postalCode: string };
    technicalContact: { name: string; phone: string };
  };
  /** 1000B: N1*PE (N103 XX NPI). */
  payee: { name: string; npi: string };
  claims: readonly ClaimPaymentWrite[];
  providerAdjustments: readonly ProviderAdjustmentWrite[];
}

export interface Write835Input {
  interchange: InterchangeHeader;
  /** GS02–GS06 of the 835's own group (GS01 `HP`, GS08 `005010X221A1` are fixed). */
  group: Omit<GroupHeader, 'functionalId' | 'version'>;
  transactions: readonly Remittance835Write[];
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** SVC03 = SVC02 − Σ line CAS. */
export function servicePaidCents(s: ServicePaymentWrite): number {
  return s.chargeCents - sum(s.adjustments.map((a) => a.amountCents));
}

/** CLP04 = CLP03 − Σ claim CAS − Σ line CAS. */
export function claimPaidCents(c: ClaimPaymentWrite): number {
  return c.chargeCents - sum(c.adjustments.map((a) => a.amountCents)) - sum(c.services.flatMap((s) => s.adjustments.map((a) => a.amountCents)));
}

/** CLP05 = Σ PR adjustments (claim and lines). */
export function patientResponsibilityCents(c: ClaimPaymentWrite): number {
  const pr = (list: readonly AdjustmentWrite[]): number => sum(list.filter((a) => a.group === 'PR').map((a) => a.amountCents));
  return pr(c.adjustments) + sum(c.services.map((s) => pr(s.adjustments)));
}

/** BPR02 = Σ CLP04 − Σ PLB. */
export function paymentCents(t: Pick<Remittance835Write, 'claims' | 'providerAdjustments'>): number {
  return sum(t.claims.map(claimPaidCents)) - sum(t.providerAdjustments.map((p) => p.amountCents));
}

export function write835(input: Write835Input, options: SegmentWriterOptions = {}): string {
  const w = new InterchangeWriter(input.interchange, options);
  w.beginGroup({ ...input.group, functionalId: 'HP', version: IMPLEMENTATION_GUIDE_835 });
  for (const t of input.transactions) writeTransaction(w, t);
  w.endGroup();
  return w.end();
}

type Seg = (id: string, elements: readonly ElementValue[]) => void;

function writeTransaction(w: InterchangeWriter, t: Remittance835Write): void {
  const seg: Seg = (id, elements) => {
    w.segment(id, elements);
  };
  const amount = paymentCents(t);
  if (amount < 0) throw new Error(`write835: transaction ${String(t.controlNumber)} pays ${formatAmount(amount)}; carry a negative balance with a PLB FB`);
  w.beginTransaction({ id: '835', controlNumber: t.controlNumber });
  if (amount === 0) seg('BPR', ['H', '0', 'C', 'NON', '', '', '', '', '', '', '', '', '', '', '', t.paymentDate]);
  else seg('BPR', ['C', formatAmount(amount), 'C', t.method, '', '', '', '', '', '', '', '', '', '', '', t.paymentDate]);
  seg('TRN', ['1', t.traceNumber, t.payerIdentifier]);
  if (t.productionDate) seg('DTM', ['405', t.productionDate]);
  seg('N1', ['PR', t.payer.name]);
  seg('N3', [t.payer.address.line1]);
  seg('N4', [t.payer.address.city, t.payer.address.state, t.payer.address.postalCode]);
  if (t.payer.id) seg('REF', ['2U', t.payer.id]);
  seg('PER', ['BL', t.payer.technicalContact.name, 'TE', t.payer.technicalContact.phone]);
  seg('N1', ['PE', t.payee.name, 'XX', t.payee.npi]);
  if (t.claims.length > 0) {
    seg('LX', ['1']);
    for (const c of t.claims) writeClaim(seg, c);
  }
  writePlb(seg, t.providerAdjustments);
  w.endTransaction();
}

function writeClaim(seg: Seg, c: ClaimPaymentWrite): void {
  const pr = patientResponsibilityCents(c);
  seg('CLP', [
    c.patientControlNumber,
    c.status,
    formatAmount(c.chargeCents),
    formatAmount(claimPaidCents(c)),
    pr !== 0 ? formatAmount(pr) : '',
    c.filingIndicator,
    c.payerClaimControlNumber,
    c.facilityCode,
    c.frequencyCode,
  ]);
  writeCas(seg, c.adjustments);
  seg('NM1', ['QC', '1', c.patient.lastName, c.patient.firstName, '', '', '', c.patient.memberId ? 'MI' : '', c.patient.memberId]);
  if (c.originalReferenceNumber) seg('REF', ['F8', c.originalReferenceNumber]);
  if (c.statementFrom) seg('DTM', ['232', c.statementFrom]);
  if (c.statementTo) seg('DTM', ['233', c.statementTo]);
  for (const s of c.services) {
    const procedure: Component[] = [s.procedure.qualifier, s.procedure.code, ...(s.procedure.modifiers ?? [])];
    seg('SVC', [procedure, formatAmount(s.chargeCents), formatAmount(servicePaidCents(s)), s.revenueCode, s.units]);
    if (s.serviceDate) {
      if (s.serviceDateEnd && s.serviceDateEnd !== s.serviceDate) {
        seg('DTM', ['150', s.serviceDate]);
        seg('DTM', ['151', s.serviceDateEnd]);
      } else seg('DTM', ['472', s.serviceDate]);
    }
    writeCas(seg, s.adjustments);
    if (s.lineItemControlNumber) seg('REF', ['6R', s.lineItemControlNumber]);
    if (s.allowedCents !== undefined) seg('AMT', ['B6', formatAmount(s.allowedCents)]);
    for (const r of s.remarks ?? []) seg('LQ', ['HE', r]);
  }
}

/** One CAS per group code, up to six reason/amount/quantity triplets each (835-structure §5). */
function writeCas(seg: Seg, adjustments: readonly AdjustmentWrite[]): void {
  const groups: string[] = [];
  for (const a of adjustments) if (!groups.includes(a.group)) groups.push(a.group);
  for (const g of groups) {
    const list = adjustments.filter((a) => a.group === g);
    for (let i = 0; i < list.length; i += 6) {
      const elements: string[] = [g];
      for (const a of list.slice(i, i + 6)) elements.push(a.reason, formatAmount(a.amountCents), a.quantity ?? '');
      seg('CAS', elements);
    }
  }
}

/** PLB: up to six reason/amount pairs per segment for the same provider and fiscal date. */
function writePlb(seg: Seg, adjustments: readonly ProviderAdjustmentWrite[]): void {
  const keys: string[] = [];
  for (const p of adjustments) {
    const key = `${p.providerId}\u0000${p.fiscalPeriodDate}`;
    if (!keys.includes(key)) keys.push(key);
  }
  for (const key of keys) {
    const list = adjustments.filter((p) => `${p.providerId}\u0000${p.fiscalPeriodDate}` === key);
    for (let i = 0; i < list.length; i += 6) {
      const elements: ElementValue[] = [list[0].providerId, list[0].fiscalPeriodDate];
      for (const p of list.slice(i, i + 6)) elements.push([p.reason, p.reference], formatAmount(p.amountCents));
      seg('PLB', elements);
    }
  }
}
