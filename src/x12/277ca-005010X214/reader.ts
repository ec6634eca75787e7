// The 277CA reader (005010X214) as a state machine over segments: HL opens one of the four levels
// (acks.md §3) and each level reads its body through its own dispatch table; inside the patient
// level, TRN*2 opens a claim (2200D) and SVC a service line (2220D). Malformed pieces become
// diagnostics. Shell: `read277CA` (acknowledgments are small).

import { AckCode, mergeDiagnostics, type AckDiagnostic } from '../acks/diagnostics';
import { AckTransactionReader } from '../acks/transaction-reader';
import { noneOf, tokenizeAck } from '../acks/input';
import { isValidDate, parseAmount } from '../core/format';
import type { Segment } from '../core/segment';
import { ACCEPTING_CATEGORIES, IMPLEMENTATION_GUIDE_277CA, REJECTING_CATEGORIES, STC01_1, STC01_2, STC03 } from './codes';
import type {
  Ack277CADocument,
  Ack277CATransaction,
  BillingProvider,
  ClaimAcknowledgment,
  InformationReceiver,
  InformationSource,
  LevelTotals,
  Patient,
  ServiceLineAcknowledgment,
  StatusCode,
  StatusInfo,
} from './model';

type Handler = (r: Ack277CAReader, tx: Open277, seg: Segment) => void;

/** HL03 level codes of the 277CA. */
export const HlLevel = {
  InformationSource: '20',
  InformationReceiver: '21',
  BillingProvider: '19',
  Patient: 'PT',
  /** 277 status responses (005010X212) put claims under the subscriber (22) or dependent (23). */
  Subscriber: '22',
  Dependent: '23',
} as const;

/** The 277CA transaction set being read and the level, claim and line open inside it. */
class Open277 {
  table: Readonly<Record<string, Handler>> = HEADER_TABLE;
  source: InformationSource | undefined;
  receiver: InformationReceiver | undefined;
  provider: BillingProvider | undefined;
  /** Patient level (HL PT) open: its HL01, parent and NM1*QC. */
  patientHl: string | undefined;
  patientParent: string | null = null;
  patient: Patient = { lastName: null, firstName: null, memberId: null };
  claim: ClaimAcknowledgment | undefined;
  line: ServiceLineAcknowledgment | undefined;
  /** Billing provider NPI by HL01, for the claims below them. */
  readonly npiByHl = new Map<string, string | null>();
  /** HL02 by HL01: a dependent (23) reaches its provider through its subscriber (22). */
  readonly parentByHl = new Map<string, string | null>();

  /** NPI of the nearest billing provider above HL `id`. */
  providerNpi(id: string | null): string | null {
    for (let hl = id, hops = 0; hl !== null && hops < 100; hl = this.parentByHl.get(hl) ?? null, hops++) {
      if (this.npiByHl.has(hl)) return this.npiByHl.get(hl) ?? null;
    }
    return null;
  }

  constructor(readonly model: Ack277CATransaction) {}
}

// ---- values ---------------------------------------------------------------------------------------

/** Integer cents → an amount with exactly two decimals: -1250 → "-12.50". */
function formatCents(c: number): string {
  const neg = c < 0;
  const a = neg ? -c : c;
  const text = `${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
  return neg ? '-' + text : text;
}

function amount(r: Ack277CAReader, seg: Segment, n: number, name: string): string | null {
  const text = seg.element(n);
  if (text === '') return null;
  try {
    return formatCents(parseAmount(text));
  } catch {
    r.d.report(AckCode.INVALID_NUMBER, `${name} ${JSON.stringify(text)} is not an amount`, seg);
    return null;
  }
}

function isoDate(r: Ack277CAReader, seg: Segment, text: string, name: string): string | null {
  if (text === '') return null;
  if (isValidDate(text)) return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  r.d.report(AckCode.INVALID_DATE, `${name} ${JSON.stringify(text)} is not a CCYYMMDD date`, seg);
  return null;
}

/** DTP*472*D8*20240301 or DTP*472*RD8*20240301-20240305 → [from, to]. */
function dateRange(r: Ack277CAReader, seg: Segment): [string | null, string | null] {
  const format = seg.element(2);
  const text = seg.element(3);
  if (format === 'RD8') {
    const [a = '', b = ''] = text.split('-');
    return [isoDate(r, seg, a, 'DTP03'), isoDate(r, seg, b, 'DTP03')];
  }
  const d = isoDate(r, seg, text, 'DTP03');
  return [d, d];
}

function statusCode(r: Ack277CAReader, seg: Segment, n: number): StatusCode {
  const categoryCode = orNull(seg.component(n, 1));
  const code = orNull(seg.component(n, 2));
  const name = `STC${String(n).padStart(2, '0')}`;
  if (categoryCode === null) r.d.report(AckCode.MISSING_VALUE, `${name}-1 (category) is empty in STC`, seg);
  if (code === null) r.d.report(AckCode.MISSING_VALUE, `${name}-2 (status) is empty in STC`, seg);
  return {
    categoryCode,
    statusCode: code,
    entityCode: orNull(seg.component(n, 3)),
    categoryDescription: r.d.describe(seg, STC01_1, categoryCode, `${name}-1`),
    // The status list is open: an undescribed code is not a problem.
    statusDescription: code === null ? null : (STC01_2[code] ?? null),
  };
}

/** STC — status information: `STC*A7:562:82*20240316*U*180~`. */
function readStc(r: Ack277CAReader, seg: Segment): StatusInfo {
  const additional: StatusCode[] = [];
  for (const n of [10, 11]) if (seg.element(n) !== '') additional.push(statusCode(r, seg, n));
  return {
    ...statusCode(r, seg, 1),
    date: isoDate(r, seg, seg.element(2), 'STC02'),
    action: orNull(seg.element(3)),
    amount: amount(r, seg, 4, 'STC04'),
    message: orNull(seg.element(12)),
    additional,
  };
}

function orNull(v: string): string | null {
  return v === '' ? null : v;
}

function totals(): LevelTotals {
  return { acceptedQuantity: null, rejectedQuantity: null, acceptedAmount: null, rejectedAmount: null };
}

/** QTY*90/AA (2200B) or QTY*QA/QC (2200C): accepted and rejected claim counts. */
function readQty(r: Ack277CAReader, seg: Segment, t: LevelTotals, accepted: string, rejected: string): void {
  const q = seg.element(1);
  const n = r.d.integer(seg, seg.element(2), 'QTY02');
  if (q === accepted) t.acceptedQuantity = n;
  else if (q === rejected) t.rejectedQuantity = n;
  else r.d.report(AckCode.UNKNOWN_CODE, `QTY01 ${JSON.stringify(q)} is not ${accepted} or ${rejected} at this level`, seg);
}

/** AMT*YU / AMT*YY: accepted and rejected totals. */
function readAmt(r: Ack277CAReader, seg: Segment, t: LevelTotals): void {
  const q = seg.element(1);
  if (q === 'YU') t.acceptedAmount = amount(r, seg, 2, 'AMT02');
  else if (q === 'YY') t.rejectedAmount = amount(r, seg, 2, 'AMT02');
  else r.d.report(AckCode.UNKNOWN_CODE, `AMT01 ${JSON.stringify(q)} is not YU or YY`, seg);
}

const ignore: Handler = () => undefined;

// ---- header ---------------------------------------------------------------------------------------

/** BHT — beginning of hierarchical transaction: `BHT*0085*08*ACK0001*20240316*0900*TH~`. */
const onBht: Handler = (r, tx, seg) => {
  tx.model.referenceId = orNull(seg.element(3));
  tx.model.date = isoDate(r, seg, seg.element(4), 'BHT04');
};

// ---- 2000A/2100A/2200A: information source (HL 20) ------------------------------------------------

/** NM1 — `NM1*PR*2*ACME HEALTH PLAN*****PI*12345~`. */
const onSourceNm1: Handler = (r, tx, seg) => {
  const s = tx.source as InformationSource;
  s.name = orNull(seg.element(3));
  s.idQualifier = orNull(seg.element(8));
  s.id = orNull(seg.element(9));
};

const onSourceTrn: Handler = (r, tx, seg) => {
  (tx.source as InformationSource).traceNumber = r.d.required(seg, 2, 'TRN02');
};

/** DTP*050 received, DTP*009 processed. */
const onSourceDtp: Handler = (r, tx, seg) => {
  const s = tx.source as InformationSource;
  const q = seg.element(1);
  if (q === '050') s.receivedDate = isoDate(r, seg, seg.element(3), 'DTP03');
  else if (q === '009') s.processedDate = isoDate(r, seg, seg.element(3), 'DTP03');
  else r.d.report(AckCode.UNKNOWN_CODE, `DTP01 ${JSON.stringify(q)} is not 050 or 009 in loop 2200A`, seg);
};

// ---- 2000B/2100B/2200B: information receiver (HL 21) ----------------------------------------------

/** NM1 — `NM1*41*2*GOOD HEALTH BILLING*****46*SUBMITTER01~`. */
const onReceiverNm1: Handler = (r, tx, seg) => {
  const v = tx.receiver as InformationReceiver;
  v.name = orNull(seg.element(3));
  v.idQualifier = orNull(seg.element(8));
  v.id = orNull(seg.element(9));
};

const onReceiverTrn: Handler = (r, tx, seg) => {
  (tx.receiver as InformationReceiver).traceNumber = r.d.required(seg, 2, 'TRN02');
};

const onReceiverStc: Handler = (r, tx, seg) => {
  (tx.receiver as InformationReceiver).statuses.push(readStc(r, seg));
};

const onReceiverQty: Handler = (r, tx, seg) => readQty(r, seg, tx.receiver as InformationReceiver, '90', 'AA');
const onReceiverAmt: Handler = (r, tx, seg) => readAmt(r, seg, tx.receiver as InformationReceiver);

// ---- 2000C/2100C/2200C: billing provider (HL 19) --------------------------------------------------

/** NM1 — `NM1*85*2*GOOD HEALTH CLINIC*****XX*1234567893~`. */
const onProviderNm1: Handler = (r, tx, seg) => {
  const p = tx.provider as BillingProvider;
  p.name = orNull(seg.element(3));
  p.idQualifier = orNull(seg.element(8));
  p.id = orNull(seg.element(9));
  p.npi = p.idQualifier === 'XX' ? p.id : null;
  tx.npiByHl.set(p.hlId, p.npi);
};

const onProviderTrn: Handler = (r, tx, seg) => {
  (tx.provider as BillingProvider).traceNumber = r.d.required(seg, 2, 'TRN02');
};

const onProviderStc: Handler = (r, tx, seg) => {
  (tx.provider as BillingProvider).statuses.push(readStc(r, seg));
};

const onProviderQty: Handler = (r, tx, seg) => readQty(r, seg, tx.provider as BillingProvider, 'QA', 'QC');
const onProviderAmt: Handler = (r, tx, seg) => readAmt(r, seg, tx.provider as BillingProvider);

// ---- 2000D/2100D/2200D/2220D: patient, claim, service line (HL PT) -----------------------------------

/** NM1 — `NM1*QC*1*DOE*JOHN****MI*W123456789~`. */
const onPatientNm1: Handler = (r, tx, seg) => {
  // QC patient; IL subscriber in a 005010X212 status response.
  const entity = seg.element(1);
  if (entity !== 'QC' && entity !== 'IL') r.d.report(AckCode.UNKNOWN_CODE, `NM101 ${JSON.stringify(entity)} is not QC in loop 2100D`, seg);
  tx.patient = { lastName: orNull(seg.element(3)), firstName: orNull(seg.element(4)), memberId: orNull(seg.element(9)) };
  tx.claim = undefined;
  tx.line = undefined;
};

/** TRN*2*{CLM01} — opens a claim (2200D). */
const onClaimTrn: Handler = (r, tx, seg) => {
  r.openClaim(tx, seg, r.d.required(seg, 2, 'TRN02'));
};

/** The open claim; a claim segment before any TRN opens one without a patient control number. */
function claimOf(r: Ack277CAReader, tx: Open277, seg: Segment): ClaimAcknowledgment {
  if (tx.claim) return tx.claim;
  r.d.report(AckCode.MISSING_SEGMENT, `${seg.id} in loop 2200D before its TRN (the claim has no patient control number)`, seg);
  return r.openClaim(tx, seg, null);
}

const onClaimStc: Handler = (r, tx, seg) => {
  const status = readStc(r, seg);
  if (tx.line) tx.line.statuses.push(status);
  else claimOf(r, tx, seg).statuses.push(status);
};

/** REF*1K payer claim number, REF*D9 clearinghouse trace, REF*BLT bill type; REF*FJ on a line. */
const onClaimRef: Handler = (r, tx, seg) => {
  const q = seg.element(1);
  const value = r.d.required(seg, 2, 'REF02');
  if (tx.line) {
    if (q === 'FJ') tx.line.lineItemControlNumber = value;
    else r.d.report(AckCode.UNKNOWN_CODE, `REF01 ${JSON.stringify(q)} is not FJ in loop 2220D`, seg);
    return;
  }
  const claim = claimOf(r, tx, seg);
  if (q === '1K') claim.payerClaimControlNumber = value;
  else if (q === 'D9') claim.clearinghouseTraceNumber = value;
  else if (q === 'BLT') claim.billTypeCode = value;
  else r.d.report(AckCode.UNKNOWN_CODE, `REF01 ${JSON.stringify(q)} is not 1K, D9 or BLT in loop 2200D`, seg);
};

/** DTP*472 service date(s), of the line or the claim. */
const onClaimDtp: Handler = (r, tx, seg) => {
  if (seg.element(1) !== '472') {
    r.d.report(AckCode.UNKNOWN_CODE, `DTP01 ${JSON.stringify(seg.element(1))} is not 472 in loop 2200D/2220D`, seg);
    return;
  }
  const [from, to] = dateRange(r, seg);
  const target = tx.line ?? claimOf(r, tx, seg);
  target.serviceDateFrom = from;
  target.serviceDateTo = to;
};

/** SVC — opens a service line (2220D): `SVC*HC:99213*100*****1~`. */
const onSvc: Handler = (r, tx, seg) => {
  const claim = claimOf(r, tx, seg);
  const line: ServiceLineAcknowledgment = {
    procedure: orNull(seg.components(1).join(':')),
    chargeAmount: amount(r, seg, 2, 'SVC02'),
    lineItemControlNumber: null,
    serviceDateFrom: null,
    serviceDateTo: null,
    statuses: [],
  };
  (claim.serviceLines ??= []).push(line);
  tx.line = line;
};

// ---- dispatch tables, one per level ---------------------------------------------------------------

/** Between ST and the first HL. */
const HEADER_TABLE: Readonly<Record<string, Handler>> = { BHT: onBht };
const SOURCE_TABLE: Readonly<Record<string, Handler>> = { NM1: onSourceNm1, TRN: onSourceTrn, DTP: onSourceDtp, PER: ignore };
const RECEIVER_TABLE: Readonly<Record<string, Handler>> = {
  NM1: onReceiverNm1,
  TRN: onReceiverTrn,
  STC: onReceiverStc,
  QTY: onReceiverQty,
  AMT: onReceiverAmt,
};
const PROVIDER_TABLE: Readonly<Record<string, Handler>> = {
  NM1: onProviderNm1,
  TRN: onProviderTrn,
  STC: onProviderStc,
  // 2100C/2200C REF: provider secondary IDs, not part of the model.
  REF: ignore,
  QTY: onProviderQty,
  AMT: onProviderAmt,
};
const PATIENT_TABLE: Readonly<Record<string, Handler>> = {
  NM1: onPatientNm1,
  TRN: onClaimTrn,
  STC: onClaimStc,
  REF: onClaimRef,
  DTP: onClaimDtp,
  SVC: onSvc,
};
const TABLE_BY_LEVEL: Readonly<Record<string, Readonly<Record<string, Handler>>>> = {
  [HlLevel.InformationSource]: SOURCE_TABLE,
  [HlLevel.InformationReceiver]: RECEIVER_TABLE,
  [HlLevel.BillingProvider]: PROVIDER_TABLE,
  [HlLevel.Patient]: PATIENT_TABLE,
  [HlLevel.Subscriber]: PATIENT_TABLE,
  [HlLevel.Dependent]: PATIENT_TABLE,
};

/** Push every segment in order, then `end()`. */
export class Ack277CAReader extends AckTransactionReader<Open277> {
  readonly transactions: Ack277CATransaction[] = [];

  protected body(tx: Open277, seg: Segment): void {
    if (seg.id === 'HL') return this.onHl(tx, seg);
    const handler = tx.table[seg.id];
    if (handler) handler(this, tx, seg);
    else this.unexpected(seg, `${seg.id} is not expected here`);
  }

  openClaim(tx: Open277, seg: Segment, patientControlNumber: string | null): ClaimAcknowledgment {
    const claim: ClaimAcknowledgment = {
      hlId: tx.patientHl ?? '',
      patientControlNumber,
      payerClaimControlNumber: null,
      clearinghouseTraceNumber: null,
      billTypeCode: null,
      billingProviderNpi: tx.providerNpi(tx.patientParent),
      patient: tx.patient,
      serviceDateFrom: null,
      serviceDateTo: null,
      statuses: [],
      accepted: false,
    };
    tx.model.claims.push(claim);
    tx.claim = claim;
    tx.line = undefined;
    return claim;
  }

  /** HL — opens a level: `HL*4*3*PT~`. */
  private onHl(tx: Open277, seg: Segment): void {
    const id = seg.element(1);
    const parent = orNull(seg.element(2));
    const level = seg.element(3);
    tx.claim = undefined;
    tx.line = undefined;
    tx.parentByHl.set(id, parent);
    const table = TABLE_BY_LEVEL[level];
    if (table === undefined) {
      this.d.report(AckCode.UNKNOWN_CODE, `HL03 ${JSON.stringify(level)} is not 20, 21, 19 or PT (22/23 in a 277 status response); the level is skipped`, seg);
      tx.table = {};
      return;
    }
    if (id === '') this.d.report(AckCode.MISSING_VALUE, 'HL01 is empty in HL', seg);
    tx.table = table;
    switch (level) {
      case HlLevel.InformationSource:
        tx.source = { hlId: id, name: null, idQualifier: null, id: null, traceNumber: null, receivedDate: null, processedDate: null };
        tx.model.informationSources.push(tx.source);
        return;
      case HlLevel.InformationReceiver:
        tx.receiver = { hlId: id, parentHlId: parent, name: null, idQualifier: null, id: null, traceNumber: null, statuses: [], ...totals() };
        tx.model.informationReceivers.push(tx.receiver);
        return;
      case HlLevel.BillingProvider:
        tx.provider = { hlId: id, parentHlId: parent, name: null, npi: null, idQualifier: null, id: null, traceNumber: null, statuses: [], ...totals() };
        tx.model.billingProviders.push(tx.provider);
        return;
      default:
        tx.patientHl = id;
        tx.patientParent = parent;
        tx.patient = { lastName: null, firstName: null, memberId: null };
    }
  }

  protected open(seg: Segment): Open277 | undefined {
    if (seg.element(1) !== '277') {
      this.d.report(AckCode.UNSUPPORTED_TRANSACTION, `transaction set ${JSON.stringify(seg.element(1))} is not a 277; skipped`, seg);
      return undefined;
    }
    const guide = seg.element(3) || this.groupVersion;
    if (guide !== IMPLEMENTATION_GUIDE_277CA) {
      this.d.report(AckCode.UNSUPPORTED_VERSION, `277 labelled ${JSON.stringify(guide)}, not ${IMPLEMENTATION_GUIDE_277CA}; read as a 277CA anyway`, seg);
    }
    const model: Ack277CATransaction = {
      controlNumber: seg.element(2),
      referenceId: null,
      date: null,
      informationSources: [],
      informationReceivers: [],
      billingProviders: [],
      claims: [],
    };
    this.transactions.push(model);
    return new Open277(model);
  }

  /** SE or end of input: decide each claim's `accepted`. */
  protected finish(tx: Open277): void {
    for (const claim of tx.model.claims) claim.accepted = isAccepted(claim.statuses);
  }
}

/**
 * acks.md §3: rejected when any STC says `U` or has a rejecting category (A3/A4/A6/A7/A8, in STC01,
 * STC10 or STC11); accepted when none does and at least one has an accepting one (A0/A1/A2/A5).
 * Other families (P, F, R, E, D0) alone decide nothing, so the claim is not counted as accepted.
 */
export function isAccepted(statuses: readonly StatusInfo[]): boolean {
  let accepting = false;
  for (const s of statuses) {
    if (s.action === STC03.Reject) return false;
    for (const c of [s, ...s.additional]) {
      if (c.categoryCode === null) continue;
      if (REJECTING_CATEGORIES.has(c.categoryCode)) return false;
      if (ACCEPTING_CATEGORIES.has(c.categoryCode)) accepting = true;
    }
  }
  return accepting;
}

/** Read a whole 277CA file. Throws an AcknowledgmentError when the input is not X12 or holds no 277. */
export function read277CA(input: string | Uint8Array): Ack277CADocument {
  const { segments, diagnostics } = tokenizeAck(input);
  return read277CASegments(segments, diagnostics);
}

/** The same, over segments already tokenized (`carried`: their lexical and envelope diagnostics). */
export function read277CASegments(segments: readonly Segment[], carried: readonly AckDiagnostic[] = []): Ack277CADocument {
  const reader = new Ack277CAReader();
  for (const seg of segments) reader.push(seg);
  reader.end();
  if (reader.transactions.length === 0) noneOf('277', segments);
  return {
    type: '277CA',
    interchangeAcknowledgments: reader.interchangeAcknowledgments,
    transactions: reader.transactions,
    diagnostics: mergeDiagnostics(carried, reader.d.list),
  };
}
