// The 277CA writer (005010X214, acks.md §3): one transaction set with the four HL levels —
// 20 information source, 21 information receiver (the submitter), 19 billing provider, PT one per
// claim — and the claim statuses. The HL numbering, the accepted/rejected counts (QTY) and totals
// (AMT) at the receiver and provider levels are computed from the claim statuses, with the same
// accepted/rejected rule as the reader (`isAccepted`), so the two levels can never disagree.

import { InterchangeWriter, type GroupHeader, type InterchangeHeader } from '../core/envelope';
import { formatAmount } from '../core/format';
import type { ElementValue, SegmentWriterOptions } from '../core/writer';
import { ACCEPTING_CATEGORIES, IMPLEMENTATION_GUIDE_277CA, REJECTING_CATEGORIES, STC03 } from './codes';

/** One STC: `STC*A7:562:82*20240316*U*180~` (amount in integer cents). */
export interface StatusWrite {
  /** STC01-1: A1, A2, A3, A7, … */
  categoryCode: string;
  /** STC01-2: 19, 20, 562, … */
  statusCode: string;
  /** STC01-3: entity the status refers to (85, IL, PR, …). */
  entityCode?: string;
  /** STC03: WQ accept, U reject. */
  action: 'WQ' | 'U';
  /** STC12: free-form text. */
  message?: string;
}

/** One claim (loops 2000D/2100D/2200D). */
export interface ClaimStatusWrite {
  /** NM1*QC NM103/NM104 (patient) and NM109 (member ID, NM108 MI). */
  patient: { lastName: string; firstName?: string; memberId?: string };
  /** TRN02: the claim's CLM01. */
  patientControlNumber: string;
  /** STC04: CLM02 in cents. */
  chargeCents: number;
  statuses: readonly StatusWrite[];
  /** REF*1K: payer claim control number (accepted claims). */
  payerClaimControlNumber?: string;
  /** REF*D9: clearinghouse trace number. */
  clearinghouseTraceNumber?: string;
  /** REF*BLT: institutional bill type. */
  billTypeCode?: string;
  /** DTP*472 (required in 2200D): `CCYYMMDD`; with `serviceDateTo` after it, written RD8. */
  serviceDateFrom: string;
  serviceDateTo?: string;
}

/** One billing provider (loops 2000C/2100C/2200C) and its claims. */
export interface ProviderStatusWrite {
  /** NM103: organization name, or last name when `firstName` is given (NM102 1 person, else 2). */
  name: string;
  /** NM104. */
  firstName?: string;
  /** NM109 (NM108 XX). */
  npi: string;
  /** TRN02 (TRN*1): provider-level trace. */
  traceNumber: string;
  claims: readonly ClaimStatusWrite[];
}

export interface Ack277CAWrite {
  /** ST02. */
  controlNumber: number | string;
  /** BHT03: the 277CA's own reference. */
  referenceId: string;
  /** BHT04, STC02 and DTP*009: `CCYYMMDD`. */
  date: string;
  /** BHT05: `HHMM`. */
  time: string;
  /** 2000A: who sends the 277CA; `PR` payer (NM108 PI) or `AY` clearinghouse (NM108 46). */
  source: { entity: 'PR' | 'AY'; name: string; id: string; traceNumber: string; receivedDate: string };
  /** 2000B: the submitter the claims came from; `traceNumber` is TRN02 (often their BHT03). */
  receiver: { name: string; id: string; traceNumber: string };
  providers: readonly ProviderStatusWrite[];
}

export interface Write277CAInput {
  interchange: InterchangeHeader;
  /** GS02–GS06 of the 277CA's own group (GS01 `HN`, GS08 `005010X214` are fixed). */
  group: Omit<GroupHeader, 'functionalId' | 'version'>;
  transactions: readonly Ack277CAWrite[];
}

/** The reader's rule (acks.md §3): no rejecting STC, at least one accepting one. */
export function claimAccepted(statuses: readonly StatusWrite[]): boolean {
  if (statuses.some((s) => s.action === STC03.Reject || REJECTING_CATEGORIES.has(s.categoryCode))) return false;
  return statuses.some((s) => ACCEPTING_CATEGORIES.has(s.categoryCode));
}

interface Totals {
  accepted: number;
  rejected: number;
  acceptedCents: number;
  rejectedCents: number;
}

function totalsOf(claims: readonly ClaimStatusWrite[]): Totals {
  const t: Totals = { accepted: 0, rejected: 0, acceptedCents: 0, rejectedCents: 0 };
  for (const c of claims) {
    if (claimAccepted(c.statuses)) {
      t.accepted++;
      t.acceptedCents += c.chargeCents;
    } else {
      t.rejected++;
      t.rejectedCents += c.chargeCents;
    }
  }
  return t;
}

export function write277CA(input: Write277CAInput, options: SegmentWriterOptions = {}): string {
  const w = new InterchangeWriter(input.interchange, options);
  w.beginGroup({ ...input.group, functionalId: 'HN', version: IMPLEMENTATION_GUIDE_277CA });
  for (const t of input.transactions) writeTransaction(w, t);
  w.endGroup();
  return w.end();
}

function writeTransaction(w: InterchangeWriter, t: Ack277CAWrite): void {
  const seg = (id: string, elements: readonly ElementValue[]): void => {
    w.segment(id, elements);
  };
  const claims = t.providers.flatMap((p) => p.claims);
  if (claims.length === 0) throw new Error('write277CA: a transaction set needs at least one claim');
  w.beginTransaction({ id: '277', controlNumber: t.controlNumber, implementationReference: IMPLEMENTATION_GUIDE_277CA });
  // BHT02 08 status, BHT06 TH receipt acknowledgment (X214 2000 BHT).
  seg('BHT', ['0085', '08', t.referenceId, t.date, t.time, 'TH']);
  let hl = 0;
  // 2000A/2100A/2200A information source.
  const sourceHl = ++hl;
  seg('HL', [String(sourceHl), '', '20', '1']);
  seg('NM1', [t.source.entity, '2', t.source.name, '', '', '', '', t.source.entity === 'PR' ? 'PI' : '46', t.source.id]);
  seg('TRN', ['1', t.source.traceNumber]);
  seg('DTP', ['050', 'D8', t.source.receivedDate]);
  seg('DTP', ['009', 'D8', t.date]);
  // 2000B/2100B/2200B information receiver: batch-level receipt status and totals.
  const receiverHl = ++hl;
  seg('HL', [String(receiverHl), String(sourceHl), '21', '1']);
  seg('NM1', ['41', '2', t.receiver.name, '', '', '', '', '46', t.receiver.id]);
  seg('TRN', ['2', t.receiver.traceNumber]);
  const all = totalsOf(claims);
  seg('STC', [['A1', '19', 'PR'], t.date, 'WQ', formatAmount(all.acceptedCents + all.rejectedCents)]);
  writeTotals(seg, all, '90', 'AA');
  for (const p of t.providers) {
    if (p.claims.length === 0) continue;
    // 2000C/2100C/2200C billing provider (STC02 not used at this level).
    const providerHl = ++hl;
    seg('HL', [String(providerHl), String(receiverHl), '19', '1']);
    seg('NM1', ['85', p.firstName ? '1' : '2', p.name, p.firstName, '', '', '', 'XX', p.npi]);
    seg('TRN', ['1', p.traceNumber]);
    const totals = totalsOf(p.claims);
    seg('STC', [['A1', '19', 'PR'], '', 'WQ', formatAmount(totals.acceptedCents + totals.rejectedCents)]);
    writeTotals(seg, totals, 'QA', 'QC');
    for (const c of p.claims) {
      // 2000D/2100D/2200D one patient level per claim.
      seg('HL', [String(++hl), String(providerHl), 'PT']);
      seg('NM1', ['QC', '1', c.patient.lastName, c.patient.firstName, '', '', '', c.patient.memberId ? 'MI' : '', c.patient.memberId]);
      seg('TRN', ['2', c.patientControlNumber]);
      for (const s of c.statuses) {
        seg('STC', [[s.categoryCode, s.statusCode, s.entityCode], t.date, s.action, formatAmount(c.chargeCents), '', '', '', '', '', '', '', s.message]);
      }
      if (c.payerClaimControlNumber) seg('REF', ['1K', c.payerClaimControlNumber]);
      if (c.clearinghouseTraceNumber) seg('REF', ['D9', c.clearinghouseTraceNumber]);
      if (c.billTypeCode) seg('REF', ['BLT', c.billTypeCode]);
      const ranged = c.serviceDateTo !== undefined && c.serviceDateTo !== c.serviceDateFrom;
      seg('DTP', ['472', ranged ? 'RD8' : 'D8', ranged ? `${c.serviceDateFrom}-${c.serviceDateTo}` : c.serviceDateFrom]);
    }
  }
  w.endTransaction();
}

/** QTY accepted/rejected counts and AMT YU/YY totals; zero counts are left out (situational). */
function writeTotals(seg: (id: string, elements: readonly ElementValue[]) => void, t: Totals, acceptedQty: string, rejectedQty: string): void {
  if (t.accepted > 0) seg('QTY', [acceptedQty, String(t.accepted)]);
  if (t.rejected > 0) seg('QTY', [rejectedQty, String(t.rejected)]);
  if (t.accepted > 0) seg('AMT', ['YU', formatAmount(t.acceptedCents)]);
  if (t.rejected > 0) seg('AMT', ['YY', formatAmount(t.rejectedCents)]);
}
