// The built-in sandbox clearinghouse, as a pure function: one 837 file in, the files a
// clearinghouse and its payers would send back out — a TA1 (when ISA14 = 1), a 999 from the
// project's own 837 guide checker, a 277CA with one status per claim, and one 835 per payer for
// the accepted claims (rules in sandbox-adjudication.ts). Control numbers come from the 837's
// ISA13 and dates from the injected clock, so the same 837 at the same time gives the same bytes.

import {
  GuideCode,
  X12ErrorCode,
  checkTransaction,
  chooseGuide,
  claimPaidCents,
  paymentCents,
  parseAmount,
  read837,
  tokenizeLenient,
  write277CA,
  write835,
  write999,
  writeTa1,
  type Ack277CAWrite,
  type ClaimPaymentWrite,
  type ClaimStatusWrite,
  type GuideDiagnostic,
  type InterchangeHeader,
  type ProviderAdjustmentWrite,
  type Read837Claim,
  type Remittance835Write,
  type SegmentErrorWrite,
  type TransactionResponseWrite,
} from '../../x12';
import type { Segment } from '../../x12';
import type { ClaimDocument, ClaimDocumentByKind } from '../../x12/claim-json/claim-document';
import {
  INTEREST_PERCENT,
  INTEREST_THRESHOLD_CENTS,
  claimPayments,
  frontEndStatus,
  payerClaimControlNumber,
  percentOf,
  type FrontEndOptions,
  type SandboxClaim,
  type SandboxLine,
} from './sandbox-adjudication';

export interface SandboxOptions extends FrontEndOptions {
  /** The time written into every response (ISA09/10, GS04/05, BHT, STC02, BPR16). Default: now. */
  clock?: () => Date;
}

export interface SandboxResponseFile {
  name: string;
  content: string;
}

/** The sandbox cannot answer at all: no ISA to take the parties and ISA13 from. */
export class SandboxInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SandboxInputError';
  }
}

/** IK3 per 999 transaction response at most (the loop may repeat more; the first errors say enough). */
const MAX_SEGMENT_ERRORS = 50;

/** Response file kinds → the last two digits of their ISA13 (see `responseControlNumber`). */
const RESPONSE_SLOT = { ta1: 0, '999': 1, '277': 2, '835': 10 } as const;

/**
 * ISA13 (and GS06) of a response: the 837's ISA13 modulo 10^7, times 100, plus a slot per file —
 * 00 TA1, 01 999, 02 277CA, 10 + n the 835 of the n-th payer (n < 90).
 */
export function responseControlNumber(isa13: string, slot: number): number {
  return (Number(isa13) % 10_000_000) * 100 + slot;
}

interface InboundEnvelope {
  isa: Segment;
  isa13: string;
  gs: Segment | undefined;
}

interface TransactionSpan {
  gs: Segment | undefined;
  segments: Segment[];
}

/** A claim's key in both the 999 pass and read837: its ST02 and the CLM's position (ST = 1). */
const claimKey = (st02: string, position: number): string => `${st02}|${position}`;

export function runSandboxClearinghouse(x12: string, options: SandboxOptions = {}): SandboxResponseFile[] {
  const now = (options.clock ?? (() => new Date()))();
  const date = utcDate(now);
  const time = utcTime(now);
  const { segments } = tokenizeLenient(x12);
  const isa = segments.find((s) => s.id === 'ISA');
  if (!isa) throw new SandboxInputError('the input has no ISA segment');
  const isa13 = isa.element(13).trim();
  if (!/^\d{1,9}$/.test(isa13)) throw new SandboxInputError('ISA13 is not a control number');
  const envelope: InboundEnvelope = { isa, isa13: isa13.padStart(9, '0'), gs: segments.find((s) => s.id === 'GS') };
  const base = envelope.isa13;

  const interchange = (slot: number): InterchangeHeader => ({
    senderQualifier: isa.element(7).trim(),
    senderId: isa.element(8).trim(),
    receiverQualifier: isa.element(5).trim(),
    receiverId: isa.element(6).trim(),
    date,
    time,
    controlNumber: responseControlNumber(base, slot),
    acknowledgmentRequested: false,
    usage: isa.element(15) === 'P' ? 'P' : 'T',
  });
  const group = (slot: number) => ({
    senderCode: envelope.gs?.element(3) || isa.element(8).trim(),
    receiverCode: envelope.gs?.element(2) || isa.element(6).trim(),
    date,
    time,
    controlNumber: responseControlNumber(base, slot),
  });

  const files: SandboxResponseFile[] = [];

  // TA1 (acks.md §1): asked for by ISA14 = 1, and sent regardless when the envelope is rejected
  // (R 001: IEA02 differs from ISA13) — then nothing inside is processed.
  const iea = segments.find((s) => s.id === 'IEA');
  const rejected = iea !== undefined && iea.element(2).trim() !== isa.element(13).trim();
  if (isa.element(14) === '1' || rejected) {
    files.push({
      name: `${base}.ta1`,
      content: writeTa1({
        interchange: interchange(RESPONSE_SLOT.ta1),
        acknowledgments: [{ interchangeControlNumber: base, date: isa.element(9), time: isa.element(10), acknowledgmentCode: rejected ? 'R' : 'A', noteCode: rejected ? '001' : '000' }],
      }),
    });
  }
  if (rejected) return files;

  // 999 (acks.md §2): one transaction set per functional group, one AK2 per 837 transaction set.
  const groups = transactionsByGroup(segments);
  const accepted = new Set<string>();
  const answers = groups.map((g, i) => {
    const responses = g.transactions.map((t) => {
      const response = answer(t);
      if (response.ackCode === 'A') {
        const st = t.segments[0];
        for (const seg of t.segments) if (seg.id === 'CLM') accepted.add(claimKey(st.element(2), seg.index - st.index + 1));
      }
      return response;
    });
    const ge = g.ge;
    const included = ge && /^\d+$/.test(ge.element(1)) ? Number(ge.element(1)) : g.transactions.length;
    return {
      controlNumber: i + 1,
      functionalIdentifier: g.gs.element(1),
      groupControlNumber: g.gs.element(6),
      version: g.gs.element(8),
      includedCount: included,
      groupErrorCodes: included !== g.transactions.length ? ['5'] : [],
      transactionResponses: responses,
    };
  });
  if (answers.length > 0) files.push({ name: `${base}.999`, content: write999({ interchange: interchange(RESPONSE_SLOT['999']), group: group(RESPONSE_SLOT['999']), transactions: answers }) });

  // 277CA (acks.md §3): every readable claim of an accepted transaction set.
  const read = read837(x12);
  const claims = read.claims.filter((c) => accepted.has(claimKey(c.st02, c.loop2300.firstSegment))).map((c) => ({ read: c, claim: sandboxClaim(c.document, c.kind), number: payerClaimControlNumber(base, c.index) }));
  if (claims.length === 0) return files;
  const statuses = claims.map((c) => ({ ...c, status: frontEndStatus(c.claim, options) }));
  files.push({
    name: `${base}.277`,
    content: write277CA({
      interchange: interchange(RESPONSE_SLOT['277']),
      group: group(RESPONSE_SLOT['277']),
      transactions: [claimAcknowledgment(statuses, envelope, segments, date, time)],
    }),
  });

  // 835 (835-structure.md): per payer, one transaction set per billing provider (the payee).
  const payable = statuses.filter((c) => c.status.action === 'WQ');
  const payers = [...new Set(payable.map((c) => c.claim.payerId))];
  payers.forEach((payerId, p) => {
    if (p >= 90) return; // the ISA13 slots run out: payers past the 90th of one file get no 835
    const mine = payable.filter((c) => c.claim.payerId === payerId);
    const payees = [...new Set(mine.map((c) => c.claim.billingProvider.npi))];
    const transactions = payees.map((npi, t) => remittance(mine.filter((c) => c.claim.billingProvider.npi === npi), `${base}${String(p + 1).padStart(2, '0')}${String(t + 1).padStart(3, '0')}`, t + 1, date));
    const slot = RESPONSE_SLOT['835'] + p;
    files.push({
      name: `${base}-${payerId.replace(/[^A-Za-z0-9]/g, '_')}.835`,
      content: write835({ interchange: interchange(slot), group: group(slot), transactions }),
    });
  });
  return files;
}

// ---- 999 --------------------------------------------------------------------------------------

interface GroupSpan {
  gs: Segment;
  ge: Segment | undefined;
  transactions: TransactionSpan[];
}

/** ST..SE spans by GS..GE. */
function transactionsByGroup(segments: readonly Segment[]): GroupSpan[] {
  const groups: GroupSpan[] = [];
  let current: GroupSpan | undefined;
  let open: TransactionSpan | undefined;
  for (const seg of segments) {
    if (seg.id === 'GS') {
      current = { gs: seg, ge: undefined, transactions: [] };
      groups.push(current);
    } else if (seg.id === 'GE') {
      if (current) current.ge = seg;
      open = undefined;
    } else if (seg.id === 'ST') {
      open = { gs: current?.gs, segments: [seg] };
      current?.transactions.push(open);
    } else if (open) {
      open.segments.push(seg);
      if (seg.id === 'SE') open = undefined;
    }
  }
  return groups;
}

/** AK2…IK5 for one transaction set: the guide checker's errors as IK3/IK4, SE01/SE02 as IK502. */
function answer(t: TransactionSpan): TransactionResponseWrite {
  const st = t.segments[0];
  const base: TransactionResponseWrite = { transactionSetId: st.element(1), controlNumber: st.element(2), implementationGuide: st.element(3) || undefined };
  if (st.element(1) !== '837') return { ...base, ackCode: 'R', errorCodes: ['1'] };
  const choice = chooseGuide(st, t.gs);
  if (!choice.schema) return { ...base, ackCode: 'R', errorCodes: ['I6'] };
  const errorCodes: string[] = [];
  const last = t.segments[t.segments.length - 1];
  if (last.id !== 'SE') errorCodes.push('2');
  else {
    if (last.element(1) !== String(t.segments.length)) errorCodes.push('4');
    if (last.element(2) !== st.element(2)) errorCodes.push('3');
  }
  const checked = checkTransaction(choice.schema, t.segments);
  const bySegmentIndex = new Map(t.segments.map((s) => [s.index, s]));
  const clmBefore = (index: number): string | undefined => {
    let pcn: string | undefined;
    for (const s of t.segments) {
      if (s.index > index) break;
      if (s.id === 'CLM') pcn = s.element(1);
      if (s.id === 'HL') pcn = undefined;
    }
    return pcn;
  };
  const segmentErrors: SegmentErrorWrite[] = [];
  for (const d of checked.diagnostics) {
    if (d.severity !== 'error' || d.segmentIndex === undefined) continue;
    if (segmentErrors.length >= MAX_SEGMENT_ERRORS) break;
    const seg = bySegmentIndex.get(d.segmentIndex);
    if (!seg) continue;
    const pcn = clmBefore(seg.index);
    segmentErrors.push({
      ...segmentError(d, seg, seg.index - st.index + 1),
      businessUnit: pcn !== undefined && pcn !== '' ? { name: 'CLM01', reference: pcn } : undefined,
    });
  }
  if (segmentErrors.length > 0) errorCodes.push('I5');
  if (errorCodes.length === 0) return { ...base, ackCode: 'A' };
  return { ...base, ackCode: 'R', errorCodes, segmentErrors };
}

/** IK403 by diagnostic code (element-level findings). */
const ELEMENT_ERRORS: Readonly<Record<string, string>> = {
  [GuideCode.MISSING_ELEMENT]: '1',
  [GuideCode.TOO_MANY_ELEMENTS]: '3',
  [GuideCode.INVALID_CODE]: '7',
  [X12ErrorCode.INVALID_DATE]: '8',
  [X12ErrorCode.INVALID_TIME]: '9',
  [X12ErrorCode.INVALID_NUMBER]: '6',
  [GuideCode.HL_SEQUENCE]: 'I12',
  [GuideCode.HL_PARENT]: 'I12',
  [GuideCode.HL_CHILD_CODE]: 'I12',
  [GuideCode.LINE_NUMBER_SEQUENCE]: 'I12',
  [GuideCode.CLAIM_TOTAL_MISMATCH]: 'I12',
};

/** IK304 by diagnostic code (segment-level findings). */
const SEGMENT_ERRORS: Readonly<Record<string, string>> = {
  [GuideCode.MISSING_SEGMENT]: '3',
  [GuideCode.MISSING_LOOP]: 'I7',
  [GuideCode.TOO_MANY_SEGMENTS]: '5',
  [GuideCode.TOO_MANY_LOOPS]: '4',
  [GuideCode.SEGMENT_OUT_OF_ORDER]: '7',
  [X12ErrorCode.UNEXPECTED_SEGMENT]: '2',
};

/**
 * One guide finding as IK3 (+ IK4). A missing segment is reported at the segment that starts its
 * loop (where the checker found the gap), under the missing segment's own ID.
 */
function segmentError(d: GuideDiagnostic, seg: Segment, position: number): SegmentErrorWrite {
  const loopId = d.loop && /^\d{4}[A-Z]?$/.test(d.loop) ? d.loop : undefined;
  const segmentCode = SEGMENT_ERRORS[d.code];
  if (segmentCode !== undefined) {
    const missing = d.code === GuideCode.MISSING_SEGMENT ? /has no ([A-Z][A-Z0-9]{1,2}) \(/.exec(d.message)?.[1] : undefined;
    return { segmentId: missing ?? seg.id, position, loopId, errorCode: segmentCode };
  }
  const elementCode = ELEMENT_ERRORS[d.code];
  if (elementCode !== undefined && d.element !== undefined) {
    const value = d.component !== undefined ? seg.component(d.element, d.component) : seg.element(d.element);
    const badData = value !== '' && (d.code === GuideCode.INVALID_CODE || d.code === X12ErrorCode.INVALID_DATE || d.code === X12ErrorCode.INVALID_TIME) ? value : undefined;
    return { segmentId: seg.id, position, loopId, errorCode: '8', elementErrors: [{ position: d.element, component: d.component, errorCode: elementCode, badData }] };
  }
  return { segmentId: seg.id, position, loopId, errorCode: '8' };
}

// ---- 277CA ------------------------------------------------------------------------------------

interface StatusedClaim {
  read: Read837Claim;
  claim: SandboxClaim;
  number: string;
  status: ReturnType<typeof frontEndStatus>;
}

function claimAcknowledgment(claims: StatusedClaim[], envelope: InboundEnvelope, segments: readonly Segment[], date: string, time: string): Ack277CAWrite {
  const submitter = segments.find((s) => s.id === 'NM1' && s.element(1) === '41');
  const bht = segments.find((s) => s.id === 'BHT');
  const npis = [...new Set(claims.map((c) => c.claim.billingProvider.npi))];
  return {
    controlNumber: 1,
    referenceId: `SBX${envelope.isa13}`,
    date,
    time,
    source: { entity: 'AY', name: 'X12GW SANDBOX CLEARINGHOUSE', id: envelope.isa.element(8).trim(), traceNumber: `SBX${envelope.isa13}`, receivedDate: date },
    receiver: {
      name: submitter?.element(3) || 'SUBMITTER',
      id: submitter?.element(9) || envelope.isa.element(6).trim(),
      traceNumber: bht?.element(3) || envelope.isa13,
    },
    providers: npis.map((npi, i) => {
      const mine = claims.filter((c) => c.claim.billingProvider.npi === npi);
      return {
        name: mine[0].claim.billingProvider.name,
        firstName: mine[0].claim.billingProvider.firstName,
        npi,
        traceNumber: `SBX${envelope.isa13}P${i + 1}`,
        claims: mine.map((c): ClaimStatusWrite => {
          const span = serviceSpan(c.claim, date);
          return {
            patient: { ...c.claim.patient, memberId: c.claim.memberId },
            patientControlNumber: c.claim.patientControlNumber,
            chargeCents: c.claim.chargeCents,
            statuses: [c.status],
            payerClaimControlNumber: c.status.action === 'WQ' ? c.number : undefined,
            clearinghouseTraceNumber: `SBX${envelope.isa13}C${c.read.index + 1}`,
            billTypeCode: c.claim.kind === 'institutional' ? `${c.claim.facilityCode}${c.claim.frequencyCode}` : undefined,
            serviceDateFrom: span.from,
            serviceDateTo: span.to,
          };
        }),
      };
    }),
  };
}

/**
 * The claim's service dates for DTP*472 (required in 2200D). A predetermination has none (nothing
 * was done yet): it gets the date the sandbox received it.
 */
function serviceSpan(claim: SandboxClaim, received: string): { from: string; to: string } {
  if (claim.statementFrom) return { from: claim.statementFrom, to: claim.statementTo ?? claim.statementFrom };
  const dates = claim.lines.flatMap((l) => [l.serviceDate, l.serviceDateEnd]).filter((d): d is string => d !== undefined).sort();
  if (dates.length === 0) return { from: received, to: received };
  return { from: dates[0], to: dates[dates.length - 1] };
}

// ---- 835 --------------------------------------------------------------------------------------

/** One payment to one payee: the claims' payments, interest on large ones, a forwarding balance when negative. */
function remittance(claims: StatusedClaim[], traceNumber: string, st02: number, date: string): Remittance835Write {
  const first = claims[0].claim;
  const payments: ClaimPaymentWrite[] = claims.flatMap((c) => claimPayments(c.claim, c.number));
  const fiscalPeriodDate = `${date.slice(0, 4)}1231`;
  const npi = first.billingProvider.npi;
  const plb: ProviderAdjustmentWrite[] = [];
  for (const p of payments) {
    const paid = claimPaidCents(p);
    if (p.status !== '22' && paid >= INTEREST_THRESHOLD_CENTS) {
      // Interest paid to the provider is a negative L6 (835-structure §6).
      plb.push({ providerId: npi, fiscalPeriodDate, reason: 'L6', reference: p.payerClaimControlNumber, amountCents: -percentOf(paid, INTEREST_PERCENT) });
    }
  }
  const total = paymentCents({ claims: payments, providerAdjustments: plb });
  if (total < 0) {
    // A payment cannot be negative: the debt is carried to a later 835 (negative FB).
    plb.push({ providerId: npi, fiscalPeriodDate, reason: 'FB', reference: traceNumber, amountCents: total });
  }
  return {
    controlNumber: st02,
    method: 'CHK',
    paymentDate: date,
    traceNumber,
    payerIdentifier: payerEin(first.payerId),
    productionDate: date,
    payer: {
      name: first.payerName,
      id: first.payerId,
      address: first.payerAddress ?? { line1: 'PO BOX 1000', city: 'SPRINGFIELD', state: 'IL', postalCode: '627010000' },
      technicalContact: { name: 'SANDBOX EDI SUPPORT', phone: '8005550199' },
    },
    payee: { name: [first.billingProvider.firstName, first.billingProvider.name].filter(Boolean).join(' '), npi },
    claims: payments,
    providerAdjustments: plb,
  };
}

/** TRN03: `1` + a 9-digit number made from the payer ID's digits (the sandbox's payers have no EIN). */
function payerEin(payerId: string): string {
  const digits = payerId.replace(/\D/g, '');
  return `1${(digits === '' ? '0' : digits).slice(-9).padStart(9, '0')}`;
}

// ---- the 837 claim as the sandbox sees it -----------------------------------------------------

function cents(value: string | undefined): number {
  return value === undefined || value === '' ? 0 : parseAmount(value);
}

function personName(p: { organizationName?: string; lastName?: string; firstName?: string }): { lastName: string; firstName?: string } {
  if (p.organizationName) return { lastName: p.organizationName };
  return { lastName: p.lastName ?? 'UNKNOWN', firstName: p.firstName };
}

export function sandboxClaim(doc: ClaimDocument, kind: SandboxClaim['kind']): SandboxClaim {
  const info = doc.claimInformation;
  const billingName = personName(doc.billing);
  const patient = doc.dependent ? { lastName: doc.dependent.lastName, firstName: doc.dependent.firstName } : personName(doc.subscriber);
  const address = doc.payerAddress;
  const common = {
    kind,
    patientControlNumber: info.patientControlNumber,
    chargeCents: cents(info.claimChargeAmount),
    payerId: doc.tradingPartnerServiceId,
    payerName: doc.tradingPartnerName ?? `PAYER ${doc.tradingPartnerServiceId}`,
    payerAddress: address && address.state && address.postalCode ? { line1: address.address1, city: address.city, state: address.state, postalCode: address.postalCode } : undefined,
    memberId: doc.subscriber.memberId ?? '',
    patient,
    billingProvider: { name: billingName.lastName, firstName: billingName.firstName, npi: doc.billing.npi ?? '' },
    responsibility: doc.subscriber.paymentResponsibilityLevelCode,
    filingCode: info.claimFilingCode,
    facilityCode: info.placeOfServiceCode,
    frequencyCode: info.claimFrequencyCode,
    originalReference: info.claimSupplementalInformation?.claimControlNumber,
  };
  if (kind === 'institutional') {
    const inst = doc as ClaimDocumentByKind['institutional'];
    const dates = inst.claimInformation.claimDateInformation;
    return {
      ...common,
      statementFrom: dates.statementBeginDate,
      statementTo: dates.statementEndDate,
      lines: inst.claimInformation.serviceLines.map(
        (l): SandboxLine => ({
          procedureQualifier: l.institutionalService.procedureIdentifier,
          procedureCode: l.institutionalService.procedureCode,
          modifiers: l.institutionalService.procedureModifiers ?? [],
          revenueCode: l.institutionalService.serviceLineRevenueCode,
          chargeCents: cents(l.institutionalService.lineItemChargeAmount),
          units: l.institutionalService.serviceUnitCount,
          serviceDate: l.serviceDate,
          serviceDateEnd: l.serviceDateEnd,
          lineItemControlNumber: l.lineItemControlNumber,
        }),
      ),
    };
  }
  if (kind === 'dental') {
    const dental = doc as ClaimDocumentByKind['dental'];
    const claimDate = dental.claimInformation.claimDateInformation?.serviceDate;
    return {
      ...common,
      predetermination: dental.claimInformation.predeterminationOfBenefits === true,
      lines: dental.claimInformation.serviceLines.map(
        (l): SandboxLine => ({
          procedureQualifier: 'AD',
          procedureCode: l.dentalService.procedureCode,
          modifiers: l.dentalService.procedureModifiers ?? [],
          chargeCents: cents(l.dentalService.lineItemChargeAmount),
          units: l.dentalService.procedureCount !== undefined ? String(l.dentalService.procedureCount) : undefined,
          serviceDate: l.serviceDate ?? claimDate,
          lineItemControlNumber: l.providerControlNumber,
        }),
      ),
    };
  }
  const prof = doc as ClaimDocumentByKind['professional'];
  return {
    ...common,
    lines: prof.claimInformation.serviceLines.map(
      (l): SandboxLine => ({
        procedureQualifier: l.professionalService.procedureIdentifier,
        procedureCode: l.professionalService.procedureCode,
        modifiers: l.professionalService.procedureModifiers ?? [],
        chargeCents: cents(l.professionalService.lineItemChargeAmount),
        units: l.professionalService.serviceUnitCount,
        serviceDate: l.serviceDate,
        serviceDateEnd: l.serviceDateEnd,
        lineItemControlNumber: l.providerControlNumber,
      }),
    ),
  };
}

// ---- clock ------------------------------------------------------------------------------------

function utcDate(d: Date): string {
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

function utcTime(d: Date): string {
  return d.toISOString().slice(11, 16).replace(':', '');
}
