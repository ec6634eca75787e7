// The 835 reader as a pure state machine: segments in (`push`), events out (`take`) — a
// transaction's header, then each claim as soon as it is complete, then the transaction's end with
// its provider adjustments, balance and diagnostics. It does no I/O and holds one claim at a time,
// so memory is bounded by the largest claim, not the file. Shells: read-835.ts.

import { EnvelopeChecker } from '../core/envelope-check';
import { X12ErrorCode, type X12Diagnostic } from '../core/errors';
import type { Segment } from '../core/segment';
import { IMPLEMENTATION_GUIDE_835, isClaimStatusCode } from './codes';
import {
  BALANCE_CODES,
  Remittance835Code,
  Remittance835Error,
  fromX12Diagnostic,
  type Remittance835Diagnostic,
  type Remittance835DiagnosticCode,
} from './diagnostics';
import type {
  ClaimPayment,
  Payee,
  Payer,
  Payment,
  ProviderAdjustment,
  Remittance835Event,
  ServicePayment,
  TransactionEndEvent,
} from './model';
import { amountOf, known, readCas, readMiaRemarks, readMoaRemarks, readPlb, readProcedure, type ElementReader } from './segments';
import { centsOf, decimalOf, formatCents, isoDate } from './values';

export interface Remittance835ReaderOptions {
  /** Diagnostics kept per transaction; the rest are counted in one TOO_MANY_DIAGNOSTICS. Default 1000. */
  maxDiagnostics?: number;
}

/** Loops of the 835 as the guide names them (835-structure §1); the reader is in exactly one. */
export const Loop = {
  /** BPR, TRN, CUR, REF, DTM — before loop 1000A. */
  Header: 'Header',
  /** Payer identification: N1*PR, N3, N4, REF, PER. */
  Loop1000A: '1000A',
  /** Payee identification: N1*PE, N3, N4, REF, RDM. */
  Loop1000B: '1000B',
  /** Header number: LX, TS3, TS2 (a container; LX01 is not used). */
  Loop2000: '2000',
  /** Claim payment: CLP, CAS, NM1, MIA, MOA, REF, DTM, PER, AMT, QTY. */
  Loop2100: '2100',
  /** Service payment: SVC, DTM, CAS, REF, AMT, QTY, LQ. */
  Loop2110: '2110',
  /** PLB provider adjustments, after the last claim. */
  Summary: 'Summary',
} as const;
export type Loop = (typeof Loop)[keyof typeof Loop];

type Handler = (r: Remittance835Reader, tx: TransactionState, seg: Segment) => void;

/**
 * The service line being read (loop 2110), with the cents its balancing needs. One instance per
 * transaction is reused for every line (only one is open at a time); its `model` is new each time.
 */
class LineState {
  /** Set when the line opens (SVC); read only while it is open. */
  model!: ServicePayment;
  segmentIndex = 0;
  charge: number | null = null;
  paid: number | null = null;
  /** Σ line CAS (NaN when one is unreadable). */
  adjusted = 0;
  date472: string | null = null;
  date150: string | null = null;
}

/** The claim being read (loop 2100); reused like LineState. */
class ClaimState {
  /** Set when the claim opens (CLP); read only while it is open. */
  model!: ClaimPayment;
  segmentIndex = 0;
  ordinal = 0;
  charge: number | null = null;
  paid: number | null = null;
  /** Σ claim-level CAS (NaN when one is unreadable). */
  claimAdjusted = 0;
  /** Σ line-level CAS of all its lines (NaN when one is unreadable). */
  lineAdjusted = 0;
  /** DTM*232 statement period start: the date of lines that carry none. */
  statementDate: string | null = null;
  /** The open line, or undefined. */
  line: LineState | undefined;
  readonly lineSlot = new LineState();
}

/** One open 835 transaction set. */
class TransactionState {
  loop: Loop = Loop.Header;
  /** DISPATCH[loop], cached: one property lookup per segment on the hot path. */
  table: Readonly<Record<string, Handler>> = HEADER_TABLE;
  readonly payment: Payment = {
    handlingCode: null,
    amount: null,
    creditDebit: null,
    method: null,
    date: null,
    traceNumber: null,
    payerIdentifier: null,
  };
  readonly payer: Payer = { name: null, id: null };
  readonly payee: Payee = { name: null, idQualifier: null, id: null };
  payerRef2U: string | null = null;
  payerN104: string | null = null;
  bprIdentifier: string | null = null;
  started = false;
  sawBpr = false;
  sawTrn = false;
  sawPayer = false;
  sawPayee = false;
  /** BPR02 in cents (null/NaN when missing or unreadable). */
  paymentCents: number | null = null;
  /** Where BPR02 is: payment diagnostics point there (at ST when there is no BPR). */
  paymentSegmentIndex: number;
  /** Σ CLP04 (NaN when one is unreadable). */
  claimPaid = 0;
  /** Σ PLB amounts (NaN when one is unreadable). */
  plbTotal = 0;
  claimCount = 0;
  /** The open claim, or undefined. */
  claim: ClaimState | undefined;
  readonly claimSlot = new ClaimState();
  readonly providerAdjustments: ProviderAdjustment[] = [];
  readonly diagnostics: Remittance835Diagnostic[];
  dropped = 0;
  balanced = true;

  constructor(
    readonly controlNumber: string,
    readonly segmentIndex: number,
    carried: Remittance835Diagnostic[],
  ) {
    this.diagnostics = carried;
    this.paymentSegmentIndex = segmentIndex;
  }
}

const ignore: Handler = () => undefined;

function enter(tx: TransactionState, loop: Loop): void {
  tx.loop = loop;
  // A switch on constants: this runs for every claim and line, a keyed lookup was measurable.
  switch (loop) {
    case Loop.Loop2100:
      tx.table = TABLE_2100;
      return;
    case Loop.Loop2110:
      tx.table = TABLE_2110;
      return;
    default:
      tx.table = DISPATCH[loop];
  }
}

// ---- header, 1000A, 1000B ----------------------------------------------------------------------

/** BPR — financial information: `BPR*I*135.25*C*ACH*CCP*01*999999992*DA*123456789*1512345678**01*999988880*DA*987654321*20240315~`. */
const onBpr: Handler = (r, tx, seg) => {
  tx.sawBpr = true;
  tx.paymentSegmentIndex = seg.index;
  const p = tx.payment;
  p.handlingCode = r.text(seg, 1);
  tx.paymentCents = r.cents(seg, 2, true);
  p.amount = amountOf(tx.paymentCents, seg.elements[2]);
  p.creditDebit = r.text(seg, 3);
  p.method = r.text(seg, 4);
  tx.bprIdentifier = r.text(seg, 10);
  p.date = r.date(seg, 16);
};

/** TRN — reassociation trace number: `TRN*1*EFT0001234*1512345678~`. */
const onTrn: Handler = (r, tx, seg) => {
  tx.sawTrn = true;
  tx.payment.traceNumber = r.text(seg, 2);
  tx.payment.payerIdentifier = r.text(seg, 3);
};

/** N1 — opens 1000A (`N1*PR*ACME HEALTH PLAN~`) or 1000B (`N1*PE*GOOD HEALTH CLINIC*XX*1234567893~`). */
const onN1: Handler = (r, tx, seg) => {
  const entity = seg.element(1);
  if (entity === 'PR') {
    tx.sawPayer = true;
    tx.payer.name = r.text(seg, 2);
    tx.payerN104 = r.text(seg, 4);
    enter(tx, Loop.Loop1000A);
  } else if (entity === 'PE') {
    tx.sawPayee = true;
    tx.payee.name = r.text(seg, 2);
    tx.payee.idQualifier = r.text(seg, 3);
    tx.payee.id = r.text(seg, 4);
    enter(tx, Loop.Loop1000B);
  } else {
    r.report(Remittance835Code.UNEXPECTED_SEGMENT, `N1 with entity ${JSON.stringify(entity)}: the 835 header has only N1*PR and N1*PE`, seg);
  }
};

/** REF in 1000A — additional payer identification: `REF*2U*999~` (payer ID). */
const onPayerRef: Handler = (r, tx, seg) => {
  if (seg.element(1) === '2U' && tx.payerRef2U === null) tx.payerRef2U = r.text(seg, 2);
};

// ---- 2000, 2100 ---------------------------------------------------------------------------------

/** LX — opens loop 2000 (header number), `LX*1~`; its TS3/TS2 provider summaries are not modelled. */
const onLx: Handler = (r, tx, seg) => {
  r.leaveHeader(tx, seg);
  r.closeClaim(tx);
  enter(tx, Loop.Loop2000);
};

/** CLP — opens loop 2100: `CLP*PCN1001*1*250*160*20*12*PAYERCLM0001*11*1~`. */
const onClp: Handler = (r, tx, seg) => {
  r.leaveHeader(tx, seg);
  r.closeClaim(tx);
  const status = seg.elements[2] ?? '';
  if (status === '') r.report(Remittance835Code.MISSING_VALUE, 'CLP02 claim status is empty', seg);
  else if (!isClaimStatusCode(status)) r.report(Remittance835Code.UNKNOWN_CODE, `CLP02 claim status ${JSON.stringify(status)} is not in the 835 list`, seg);
  const patientControlNumber = seg.elements[1] ?? '';
  if (patientControlNumber === '') r.report(Remittance835Code.MISSING_VALUE, 'CLP01 patient control number is empty', seg);
  const charge = r.cents(seg, 3, true);
  const paid = r.cents(seg, 4, true);
  const responsibility = r.cents(seg, 5, false);
  tx.claimCount++;
  const claim = tx.claimSlot;
  claim.model = {
    patientControlNumber,
    status,
    charge: amountOf(charge, seg.elements[3]),
    paid: amountOf(paid, seg.elements[4]),
    patientResponsibility: amountOf(responsibility, seg.elements[5]),
    filingIndicator: r.text(seg, 6),
    payerClaimControlNumber: r.text(seg, 7),
    patient: null,
    adjustments: [],
    remarks: [],
    services: [],
  };
  claim.segmentIndex = seg.index;
  claim.ordinal = tx.claimCount;
  claim.charge = charge;
  claim.paid = paid;
  claim.claimAdjusted = 0;
  claim.lineAdjusted = 0;
  claim.statementDate = null;
  claim.line = undefined;
  tx.claim = claim;
  enter(tx, Loop.Loop2100);
};

/** CAS in 2100 — claim-level adjustment: `CAS*CO*45*73348.57~`. */
const onClaimCas: Handler = (r, tx, seg) => {
  const claim = tx.claim as ClaimState;
  claim.claimAdjusted += readCas(seg, r, claim.model.adjustments);
};

/** NM1 in 2100 — only the patient is modelled: `NM1*QC*1*DOE*JOHN****MI*W123456789~`. */
const onClaimNm1: Handler = (r, tx, seg) => {
  if (seg.elements[1] !== 'QC') return; // IL, 74, 82, TT, PR, GB: not in the model
  const claim = tx.claim as ClaimState;
  if (claim.model.patient === null) {
    claim.model.patient = { lastName: r.text(seg, 3), firstName: r.text(seg, 4), memberId: r.text(seg, 9) };
  }
};

/** MIA — inpatient adjudication: `MIA*0***138018.4~` (remarks in MIA05, MIA20–23). */
const onMia: Handler = (_r, tx, seg) => readMiaRemarks(seg, (tx.claim as ClaimState).model.remarks);

/** MOA — outpatient adjudication: `MOA***MA02~` (remarks in MOA03–07). */
const onMoa: Handler = (_r, tx, seg) => readMoaRemarks(seg, (tx.claim as ClaimState).model.remarks);

/** DTM in 2100 — `DTM*232*20240301~` statement period start (applies to lines without a date). */
const onClaimDtm: Handler = (r, tx, seg) => {
  if (seg.elements[1] === '232') (tx.claim as ClaimState).statementDate = r.date(seg, 2);
};

// ---- 2110 ---------------------------------------------------------------------------------------

/** SVC — opens loop 2110: `SVC*HC:99214*150*100**1~` (SVC06/07: original procedure, not modelled). */
const onSvc: Handler = (r, tx, seg) => {
  const claim = tx.claim as ClaimState;
  r.closeLine(claim);
  const charge = r.cents(seg, 2, true);
  const paid = r.cents(seg, 3, true);
  const line = claim.lineSlot;
  line.model = {
    procedure: readProcedure(seg, 1),
    charge: amountOf(charge, seg.elements[2]),
    paid: amountOf(paid, seg.elements[3]),
    units: r.decimal(seg, 5),
    serviceDate: null,
    lineItemControlNumber: null,
    adjustments: [],
    remarks: [],
  };
  line.segmentIndex = seg.index;
  line.charge = charge;
  line.paid = paid;
  line.adjusted = 0;
  line.date472 = null;
  line.date150 = null;
  claim.line = line;
  enter(tx, Loop.Loop2110);
};

/** DTM in 2110 — `DTM*472*20240301~` service date, or `DTM*150*…` / `DTM*151*…` period. */
const onLineDtm: Handler = (r, tx, seg) => {
  const line = (tx.claim as ClaimState).line as LineState;
  const q = seg.elements[1];
  if (q === '472') line.date472 = r.date(seg, 2);
  else if (q === '150') line.date150 = r.date(seg, 2);
};

/** CAS in 2110 — line adjustment: `CAS*CO*45*30~`, `CAS*PR*1*50*1*2*20~`. */
const onLineCas: Handler = (r, tx, seg) => {
  const line = (tx.claim as ClaimState).line as LineState;
  line.adjusted += readCas(seg, r, line.model.adjustments);
};

/** REF in 2110 — `REF*6R*PCN1001L1~` line item control number (other service REFs not modelled). */
const onLineRef: Handler = (r, tx, seg) => {
  const line = (tx.claim as ClaimState).line as LineState;
  if (seg.elements[1] === '6R' && line.model.lineItemControlNumber === null) line.model.lineItemControlNumber = r.text(seg, 2);
};

/** LQ — remark code: `LQ*HE*N381~` (LQ*RX NCPDP codes are not RARCs and are not modelled). */
const onLq: Handler = (_r, tx, seg) => {
  if (seg.elements[1] !== 'HE') return;
  const code = seg.elements[2];
  if (code) ((tx.claim as ClaimState).line as LineState).model.remarks.push(code);
};

// ---- summary ------------------------------------------------------------------------------------

/** PLB — provider adjustment: `PLB*1234567893*20241231*L6*-5.25*WO:PAYERCLM0555*50~`. */
const onPlb: Handler = (r, tx, seg) => {
  r.leaveHeader(tx, seg);
  r.closeClaim(tx);
  tx.plbTotal += readPlb(seg, r, tx.providerAdjustments);
  enter(tx, Loop.Summary);
};

/** A loop-opening segment after PLB: read it, but say the order is wrong. */
function afterSummary(handler: Handler): Handler {
  return (r, tx, seg) => {
    r.report(Remittance835Code.SEGMENT_OUT_OF_ORDER, `${seg.id} after the PLB provider adjustments`, seg);
    handler(r, tx, seg);
  };
}

/**
 * The dispatch table: for each loop, the segments it may hold and who reads them. A segment not
 * listed for the current loop is UNEXPECTED_SEGMENT and skipped. Loop changes happen only in
 * the handlers of loop-opening segments (N1, LX, CLP, SVC, PLB).
 * @internal Exported for the test that checks `handlerOf` against it.
 */
export const DISPATCH: Readonly<Record<Loop, Readonly<Record<string, Handler>>>> = {
  [Loop.Header]: { BPR: onBpr, TRN: onTrn, CUR: ignore, REF: ignore, DTM: ignore, N1: onN1, LX: onLx, CLP: onClp, PLB: onPlb },
  [Loop.Loop1000A]: { N3: ignore, N4: ignore, REF: onPayerRef, PER: ignore, N1: onN1, LX: onLx, CLP: onClp, PLB: onPlb },
  [Loop.Loop1000B]: { N3: ignore, N4: ignore, REF: ignore, RDM: ignore, N1: onN1, LX: onLx, CLP: onClp, PLB: onPlb },
  [Loop.Loop2000]: { TS3: ignore, TS2: ignore, LX: onLx, CLP: onClp, PLB: onPlb },
  [Loop.Loop2100]: {
    CAS: onClaimCas,
    NM1: onClaimNm1,
    MIA: onMia,
    MOA: onMoa,
    REF: ignore,
    DTM: onClaimDtm,
    PER: ignore,
    AMT: ignore,
    QTY: ignore,
    SVC: onSvc,
    LX: onLx,
    CLP: onClp,
    PLB: onPlb,
  },
  [Loop.Loop2110]: {
    DTM: onLineDtm,
    CAS: onLineCas,
    REF: onLineRef,
    AMT: ignore,
    QTY: ignore,
    LQ: onLq,
    SVC: onSvc,
    LX: onLx,
    CLP: onClp,
    PLB: onPlb,
  },
  [Loop.Summary]: { PLB: onPlb, LX: afterSummary(onLx), CLP: afterSummary(onClp) },
};
const HEADER_TABLE = DISPATCH[Loop.Header];
const TABLE_2100 = DISPATCH[Loop.Loop2100];
const TABLE_2110 = DISPATCH[Loop.Loop2110];

/**
 * `DISPATCH[2100][id]` as a switch, most frequent first: loops 2100 and 2110 hold nearly every
 * segment of a file. A keyed lookup with a different ID each time is a megamorphic load (a stub
 * cache probe per segment); a switch on the shared ID strings is a few pointer compares
 * (measured: the 835 stream read 2–5% faster). Must list exactly the table's entries (a test
 * in reader.spec checks).
 */
function handler2100(id: string): Handler | undefined {
  switch (id) {
    case 'NM1':
      return onClaimNm1;
    case 'DTM':
      return onClaimDtm;
    case 'CAS':
      return onClaimCas;
    case 'SVC':
      return onSvc;
    case 'REF':
    case 'PER':
    case 'AMT':
    case 'QTY':
      return ignore;
    case 'MIA':
      return onMia;
    case 'MOA':
      return onMoa;
    case 'CLP':
      return onClp;
    case 'LX':
      return onLx;
    case 'PLB':
      return onPlb;
    default:
      return undefined;
  }
}

/** `DISPATCH[2110][id]` as a switch (see handler2100). */
function handler2110(id: string): Handler | undefined {
  switch (id) {
    case 'DTM':
      return onLineDtm;
    case 'CAS':
      return onLineCas;
    case 'REF':
      return onLineRef;
    case 'AMT':
    case 'QTY':
      return ignore;
    case 'SVC':
      return onSvc;
    case 'LQ':
      return onLq;
    case 'CLP':
      return onClp;
    case 'LX':
      return onLx;
    case 'PLB':
      return onPlb;
    default:
      return undefined;
  }
}

/** @internal What `push` dispatches segment `id` to in `table` (a DISPATCH entry). */
export function handlerOf(table: Readonly<Record<string, Handler>>, id: string): Handler | undefined {
  if (table === TABLE_2110) return handler2110(id);
  if (table === TABLE_2100) return handler2100(id);
  // Own properties only: a garbage segment id such as `toString` must stay unexpected.
  return Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined;
}

/**
 * Incremental 835 reader. `push` every segment of the input in order (lexical diagnostics from the
 * tokenizer through `lexical`), collect events with `take`, and call `end` once at the end.
 * Transactions of other types are skipped with a diagnostic; input that holds no 835 at all makes
 * `end` throw a Remittance835Error.
 */
export class Remittance835Reader implements ElementReader {
  private readonly maxDiagnostics: number;
  private out: Remittance835Event[] = [];
  private readonly envelope = new EnvelopeChecker({ syntax: false });
  private envelopeSeen = 0;
  /** Tokenizer diagnostics waiting for the reader to reach their segment. */
  private lexicalQueue: X12Diagnostic[] = [];
  /** Diagnostics before the first 835 transaction: carried into it. */
  private carried: Remittance835Diagnostic[] = [];
  private carriedDropped = 0;
  private tx: TransactionState | undefined;
  /** The last transaction's end, held back until the next ST (or the end) so that GE/IEA findings reach it. */
  private pendingEnd: TransactionEndEvent | undefined;
  private pendingDropped = 0;
  /** Diagnostics still go to `pendingEnd` (true from its SE until the next ISA, GS or ST). */
  private pendingOpen = false;
  private groupVersion = '';
  private skipping = false;
  private transactions = 0;
  private firstOther: { type: string; segmentIndex: number } | undefined;
  private firstFatal: X12Diagnostic | undefined;
  private segments = 0;
  private ended = false;
  private lastDateText = '';
  private lastDate: string | null = null;

  constructor(options: Remittance835ReaderOptions = {}) {
    this.maxDiagnostics = options.maxDiagnostics ?? 1000;
  }

  /** Number of 835 transaction sets started so far. */
  get transactionCount(): number {
    return this.transactions;
  }

  /** Events produced since the last call (the reader keeps none of them). */
  take(): Remittance835Event[] {
    const events = this.out;
    if (events.length === 0) return events;
    this.out = [];
    return events;
  }

  /** A lexical diagnostic from the tokenizer (lenient mode). */
  lexical(d: X12Diagnostic): void {
    if (this.firstFatal === undefined && d.severity === 'error') this.firstFatal = d;
    this.lexicalQueue.push(d);
  }

  push(seg: Segment): void {
    if (this.lexicalQueue.length > 0 || this.pendingOpen) this.beforeSegment(seg);
    this.segments++;
    const envelope = this.envelope;
    const tx = this.tx;
    // Hot path: a body segment of an open 835 — one lookup in the current loop's table. The
    // tables hold no envelope segment, so the checker only has to count it and check its place.
    // handlerOf(tx.table, seg.id), written out: V8 does not always inline the call here.
    let handler: Handler | undefined;
    if (tx !== undefined) {
      const table = tx.table;
      const id = seg.id;
      handler = table === TABLE_2110 ? handler2110(id) : table === TABLE_2100 ? handler2100(id) : Object.prototype.hasOwnProperty.call(table, id) ? table[id] : undefined;
    }
    if (handler !== undefined) {
      envelope.pushBody(seg);
      handler(this, tx as TransactionState, seg);
    } else {
      envelope.push(seg);
      this.envelopeOrUnexpected(seg);
    }
    if (envelope.diagnostics.length > this.envelopeSeen) this.flushEnvelope();
  }

  /** Queued tokenizer diagnostics up to this segment, and the end of `pendingOpen`. */
  private beforeSegment(seg: Segment): void {
    if (this.lexicalQueue.length > 0) this.flushLexical(seg.index - 1);
    // After an SE, GE/IEA findings still belong to that transaction; an ISA, GS or ST opens
    // something new, and what is found from there on belongs to the next one.
    if (this.pendingOpen) {
      const id = seg.id;
      if (id === 'ISA' || id === 'GS' || id === 'ST') this.pendingOpen = false;
    }
    if (this.lexicalQueue.length > 0) this.flushLexical(seg.index);
  }

  private envelopeOrUnexpected(seg: Segment): void {
    switch (seg.id) {
      case 'ISA':
      case 'IEA':
      case 'GE':
        return;
      case 'GS':
        this.groupVersion = seg.element(8);
        return;
      case 'ST':
        return this.onSt(seg);
      case 'SE':
        if (this.tx) this.finishTransaction(this.tx);
        this.skipping = false;
        return;
      case 'TA1':
        if (this.tx === undefined && !this.skipping) this.other('TA1', seg);
        return;
      default: {
        const tx = this.tx;
        // Outside a transaction (the envelope checker reports it) or inside a skipped one.
        if (tx !== undefined) this.report(Remittance835Code.UNEXPECTED_SEGMENT, `${seg.id} is not expected in ${loopName(tx.loop)}`, seg);
      }
    }
  }

  /** End of input: finish what is open and flush the last events. Throws when no 835 was read. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.flushLexical(Infinity);
    this.envelope.end();
    this.flushEnvelope();
    if (this.tx) this.finishTransaction(this.tx);
    if (this.pendingEnd !== undefined && this.carried.length > 0) {
      // Findings after the last 835 (a trailing interchange, other transaction sets): keep them.
      this.pendingOpen = true;
      for (const d of this.carried) this.add(d);
      this.pendingDropped += this.carriedDropped;
      this.carried = [];
      this.carriedDropped = 0;
    }
    this.emitPendingEnd();
    if (this.transactions > 0) return;
    if (this.firstOther) {
      throw new Remittance835Error(
        Remittance835Code.UNSUPPORTED_TRANSACTION,
        `not an 835: the input holds ${this.firstOther.type === 'TA1' ? 'a TA1 interchange acknowledgment' : `transaction set ${this.firstOther.type}`}, which this reader does not read`,
        this.firstOther.segmentIndex,
        this.firstOther.type,
      );
    }
    const fatal = this.firstFatal;
    if (fatal) throw new Remittance835Error(fatal.code, fatal.message, fatal.segmentIndex ?? null);
    if (this.segments === 0) throw new Remittance835Error(X12ErrorCode.EMPTY_INPUT, 'the input is empty', null);
    throw new Remittance835Error(Remittance835Code.NO_TRANSACTION_SET, 'the input holds no transaction set (no ST segment)', null);
  }

  // ---- ElementReader (used by the segment interpreters) ------------------------------------------

  /** @internal */
  text(seg: Segment, n: number): string | null {
    return seg.elements[n] || null;
  }

  /** @internal */
  cents(seg: Segment, n: number, required: boolean): number | null {
    const text = seg.elements[n];
    if (!text) {
      if (required) this.report(Remittance835Code.MISSING_VALUE, `${elementLabel(seg.id, n)} amount is empty`, seg);
      return null;
    }
    try {
      return centsOf(text);
    } catch {
      this.report(Remittance835Code.INVALID_NUMBER, `${elementLabel(seg.id, n)} ${JSON.stringify(text.slice(0, 20))} is not an amount`, seg);
      return NaN;
    }
  }

  /** @internal */
  date(seg: Segment, n: number): string | null {
    const text = seg.elements[n];
    if (!text) return null;
    // Dates repeat (every line of a claim, every claim of a run): convert each distinct one once.
    if (text === this.lastDateText) return this.lastDate;
    const iso = isoDate(text);
    if (iso === undefined) {
      this.report(Remittance835Code.INVALID_DATE, `${elementLabel(seg.id, n)} ${JSON.stringify(text.slice(0, 20))} is not a CCYYMMDD date`, seg);
      return null;
    }
    this.lastDateText = text;
    this.lastDate = iso;
    return iso;
  }

  /** @internal */
  decimal(seg: Segment, n: number): string | null {
    const text = seg.elements[n];
    if (!text) return null;
    try {
      return decimalOf(text);
    } catch {
      this.report(Remittance835Code.INVALID_NUMBER, `${elementLabel(seg.id, n)} ${JSON.stringify(text.slice(0, 20))} is not a number`, seg);
      return null;
    }
  }

  /** @internal */
  report(code: Remittance835DiagnosticCode, message: string, seg: Segment | null): void {
    this.add({ code, message, segmentIndex: seg ? seg.index : null });
  }

  // ---- loop transitions (called by the handlers) ------------------------------------------------

  /** @internal The first segment after the header: the header is complete, emit it. */
  leaveHeader(tx: TransactionState, seg: Segment | null): void {
    if (tx.started) return;
    tx.started = true;
    if (!tx.sawBpr) this.report(Remittance835Code.MISSING_SEGMENT, 'the transaction has no BPR (financial information)', seg);
    if (!tx.sawTrn) this.report(Remittance835Code.MISSING_SEGMENT, 'the transaction has no TRN (reassociation trace number)', seg);
    if (!tx.sawPayer) this.report(Remittance835Code.MISSING_SEGMENT, 'the transaction has no N1*PR payer (loop 1000A)', seg);
    if (!tx.sawPayee) this.report(Remittance835Code.MISSING_SEGMENT, 'the transaction has no N1*PE payee (loop 1000B)', seg);
    if (tx.payment.payerIdentifier === null) tx.payment.payerIdentifier = tx.bprIdentifier;
    tx.payer.id = tx.payerRef2U ?? tx.payerN104;
    this.out.push({ type: 'transaction-start', controlNumber: tx.controlNumber, payment: tx.payment, payer: tx.payer, payee: tx.payee });
  }

  /** @internal Close the open service line: rule 1, SVC02 − Σ line CAS = SVC03 (835-structure §7). */
  closeLine(claim: ClaimState): void {
    const line = claim.line;
    if (line === undefined) return;
    claim.line = undefined;
    line.model.serviceDate = line.date472 ?? line.date150 ?? claim.statementDate;
    claim.model.services.push(line.model);
    claim.lineAdjusted += line.adjusted;
    if (!known(line.charge) || !known(line.paid) || line.adjusted !== line.adjusted) {
      this.add({
        code: Remittance835Code.BALANCE_NOT_VERIFIABLE,
        message: `${lineName(claim, line)}: an amount is missing or unreadable, so the line cannot be balanced`,
        segmentIndex: line.segmentIndex,
      });
    } else if (line.charge - line.adjusted !== line.paid) {
      this.add({
        code: Remittance835Code.LINE_OUT_OF_BALANCE,
        message:
          `${lineName(claim, line)}: charge ${formatCents(line.charge)} − adjustments ${formatCents(line.adjusted)} = ` +
          `${formatCents(line.charge - line.adjusted)}, but paid is ${formatCents(line.paid)}`,
        segmentIndex: line.segmentIndex,
      });
    }
  }

  /** @internal Close the open claim: rule 2, CLP03 − Σ claim CAS − Σ line CAS = CLP04; then emit it. */
  closeClaim(tx: TransactionState): void {
    const claim = tx.claim;
    if (claim === undefined) return;
    this.closeLine(claim);
    tx.claim = undefined;
    tx.claimPaid += known(claim.paid) ? claim.paid : NaN;
    const adjusted = claim.claimAdjusted + claim.lineAdjusted;
    if (!known(claim.charge) || !known(claim.paid) || adjusted !== adjusted) {
      this.add({
        code: Remittance835Code.BALANCE_NOT_VERIFIABLE,
        message: `${claimName(claim)}: an amount is missing or unreadable, so the claim cannot be balanced`,
        segmentIndex: claim.segmentIndex,
      });
    } else if (claim.charge - adjusted !== claim.paid) {
      this.add({
        code: Remittance835Code.CLAIM_OUT_OF_BALANCE,
        message:
          `${claimName(claim)}: charge ${formatCents(claim.charge)} − claim adjustments ${formatCents(claim.claimAdjusted)} − ` +
          `line adjustments ${formatCents(claim.lineAdjusted)} = ${formatCents(claim.charge - adjusted)}, ` +
          `but paid is ${formatCents(claim.paid)}`,
        segmentIndex: claim.segmentIndex,
      });
    }
    if (claim.model.patient === null) {
      this.add({ code: Remittance835Code.MISSING_SEGMENT, message: `${claimName(claim)} has no NM1*QC patient`, segmentIndex: claim.segmentIndex });
    }
    this.out.push({ type: 'claim', claim: claim.model });
  }

  // ---- envelope -----------------------------------------------------------------------------------

  private onSt(seg: Segment): void {
    if (this.tx) this.finishTransaction(this.tx); // ST without SE: the envelope checker reports it
    this.skipping = false;
    const type = seg.element(1);
    if (type !== '835') {
      this.skipping = true;
      this.other(type || '(empty ST01)', seg);
      this.report(
        Remittance835Code.UNSUPPORTED_TRANSACTION,
        `transaction set ${JSON.stringify(type)} (ST02 ${JSON.stringify(seg.element(2))}) is not an 835; skipped`,
        seg,
      );
      return;
    }
    this.emitPendingEnd();
    this.transactions++;
    const carried = this.carried;
    this.carried = [];
    const tx = new TransactionState(seg.element(2), seg.index, carried);
    tx.dropped = this.carriedDropped;
    this.carriedDropped = 0;
    this.tx = tx;
    if (this.groupVersion !== IMPLEMENTATION_GUIDE_835) {
      this.report(
        Remittance835Code.UNSUPPORTED_VERSION,
        `GS08 is ${JSON.stringify(this.groupVersion)}, not ${IMPLEMENTATION_GUIDE_835}; read as ${IMPLEMENTATION_GUIDE_835}`,
        seg,
      );
    }
  }

  private other(type: string, seg: Segment): void {
    if (this.firstOther === undefined) this.firstOther = { type, segmentIndex: seg.index };
  }

  /** SE (or the end of input): close the last claim, check rule 3, hold back the end event. */
  private finishTransaction(tx: TransactionState): void {
    this.leaveHeader(tx, null);
    this.closeClaim(tx);
    this.tx = undefined;
    const p = tx.paymentCents;
    if (known(p) || tx.sawBpr) {
      // BPR03 = D: the payment is a debit to the provider, so the claims and PLBs net to −BPR02.
      const expected = known(p) && tx.payment.creditDebit === 'D' ? -p : p;
      const net = tx.claimPaid - tx.plbTotal;
      if (!known(expected) || net !== net) {
        this.addTo(tx, {
          code: Remittance835Code.BALANCE_NOT_VERIFIABLE,
          message: 'BPR02 or a claim/PLB amount is missing or unreadable, so the payment cannot be balanced',
          segmentIndex: tx.paymentSegmentIndex,
        });
      } else if (expected !== net) {
        this.addTo(tx, {
          code: Remittance835Code.PAYMENT_OUT_OF_BALANCE,
          message:
            `BPR02 ${tx.payment.creditDebit === 'D' ? '(debit) ' : ''}${formatCents(p as number)} ≠ Σ claim payments ` +
            `${formatCents(tx.claimPaid)} − Σ provider adjustments ${formatCents(tx.plbTotal)} = ${formatCents(net)}`,
          segmentIndex: tx.paymentSegmentIndex,
        });
      }
    } else {
      tx.balanced = false; // no BPR: nothing to balance against (MISSING_SEGMENT says so)
    }
    this.pendingEnd = {
      type: 'transaction-end',
      controlNumber: tx.controlNumber,
      claimCount: tx.claimCount,
      providerAdjustments: tx.providerAdjustments,
      balanced: tx.balanced,
      diagnostics: tx.diagnostics,
    };
    this.pendingDropped = tx.dropped;
    this.pendingOpen = true;
  }

  private emitPendingEnd(): void {
    const end = this.pendingEnd;
    if (end === undefined) return;
    this.pendingEnd = undefined;
    this.pendingOpen = false;
    if (this.pendingDropped > 0) {
      end.diagnostics.push({
        code: Remittance835Code.TOO_MANY_DIAGNOSTICS,
        message: `${this.pendingDropped} more diagnostics in this transaction were not kept`,
        segmentIndex: null,
      });
    }
    this.out.push(end);
  }

  // ---- diagnostics routing ----------------------------------------------------------------------

  /** Route a diagnostic: the open transaction, else the one just closed (until an ISA/GS/ST), else the next one. */
  private add(d: Remittance835Diagnostic): void {
    const tx = this.tx;
    if (tx !== undefined) return this.addTo(tx, d);
    const end = this.pendingEnd;
    if (end !== undefined && this.pendingOpen) {
      if (BALANCE_CODES.has(d.code)) end.balanced = false;
      if (end.diagnostics.length < this.maxDiagnostics) end.diagnostics.push(d);
      else this.pendingDropped++;
      return;
    }
    if (this.carried.length < this.maxDiagnostics) this.carried.push(d);
    else this.carriedDropped++;
  }

  private addTo(tx: TransactionState, d: Remittance835Diagnostic): void {
    if (BALANCE_CODES.has(d.code)) tx.balanced = false;
    if (tx.diagnostics.length < this.maxDiagnostics) tx.diagnostics.push(d);
    else tx.dropped++;
  }

  /** Deliver queued tokenizer diagnostics that belong at or before segment `index`. */
  private flushLexical(index: number): void {
    const queue = this.lexicalQueue;
    let i = 0;
    while (i < queue.length && (queue[i].segmentIndex ?? -1) <= index) {
      const d = queue[i++];
      // Whether the input is X12 at all is decided in end(); these still matter inside a file.
      this.add(fromX12Diagnostic(d));
    }
    if (i > 0) this.lexicalQueue = i === queue.length ? [] : queue.slice(i);
  }

  private flushEnvelope(): void {
    const all = this.envelope.diagnostics;
    for (let i = this.envelopeSeen; i < all.length; i++) this.add(fromX12Diagnostic(all[i]));
    this.envelopeSeen = all.length;
  }
}

function claimName(claim: ClaimState): string {
  return `claim ${claim.ordinal} (CLP at segment ${claim.segmentIndex})`;
}

function lineName(claim: ClaimState, line: LineState): string {
  return `claim ${claim.ordinal}, service line ${claim.model.services.length} (SVC at segment ${line.segmentIndex})`;
}

function loopName(loop: Loop): string {
  return loop === Loop.Header || loop === Loop.Summary ? `the 835 ${loop.toLowerCase()}` : `loop ${loop}`;
}

function elementLabel(id: string, n: number): string {
  return id + String(n).padStart(2, '0');
}
