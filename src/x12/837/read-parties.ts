// The parts of an 837 every variant lays out the same way, read back into the claim document:
// interchange and BHT fields, 1000A submitter, 1000B receiver, 2000B/2010BA subscriber, 2010BB
// payer, 2000C/2010CA patient, and the per-claim context (which loops surround a 2300).

import type { Segment } from '../core/segment';
import type {
  ClaimIdentifier,
  ClaimProvider,
  Dependent,
  InstitutionalReceiver,
  InstitutionalSubmitter,
  LineAdjudicationInformation,
  OtherPayerName,
  OtherSubscriberInformation,
  OtherSubscriberName,
  Receiver,
  Subscriber,
  Submitter,
  TradingPartnerSecondaryIdentifiers,
  UsageIndicator,
} from '../claim-json/claim-document';
import { GuideCode, guideDiagnostic, type GuideDiagnostic } from '../837-guide/codes';
import { LoopView, Trace, address, adjustments, amount, amounts, attach, components, contact, dates, elements, identifier, name, nonEmpty, refList, refs } from './read-support';

/** What a reader gets for one 2300 loop: the loops around it and the trace to record origins in. */
export interface ClaimContext {
  readonly trace: Trace;
  readonly isa: Segment | undefined;
  /** The ST pseudo-loop: ST, BHT and the 1000A/1000B loops. */
  readonly header: LoopView;
  /** 2000A billing provider level. */
  readonly billing: LoopView;
  /** 2000B subscriber level. */
  readonly subscriber: LoopView;
  /** 2000C patient level, when the patient is a dependent. */
  readonly patient: LoopView | undefined;
  /** The 2300 claim. */
  readonly claim: LoopView;
  /**
   * What the reader found that the document cannot hold: errors refuse the claim (data would be
   * lost), warnings are passed on with the file's diagnostics.
   */
  readonly problems: GuideDiagnostic[];
}

/** Record a NOT_REPRESENTABLE finding at a segment. */
export function unrepresentable(ctx: ClaimContext, seg: Segment, loop: string, message: string, severity: 'error' | 'warning' = 'error'): void {
  ctx.problems.push(
    guideDiagnostic(GuideCode.NOT_REPRESENTABLE, message, { segmentIndex: seg.index, segmentId: seg.id, line: seg.line, offset: seg.offset, loop }, severity),
  );
}

interface EnvelopeFields {
  tradingPartnerServiceId: string;
  tradingPartnerName?: string;
  tradingPartnerSecondaryIdentifiers?: TradingPartnerSecondaryIdentifiers;
  usageIndicator: UsageIndicator;
  claimIdentifier: ClaimIdentifier;
  subscriber: Subscriber;
  dependent?: Dependent;
  payerAddress?: Subscriber['address'];
}

/**
 * Fields every claim kind reads the same way: ISA15 usage, BHT06 claim identifier, the 2010BB
 * payer (NM103/NM109, N3/N4, REF 2U/EI/FY/NF), the subscriber and the dependent patient.
 */
export function commonFields(ctx: ClaimContext, doc: object): void {
  const { trace } = ctx;
  const target = doc as EnvelopeFields;
  trace.put(target, 'usageIndicator', ctx.isa?.element(15) as UsageIndicator, ctx.isa, 15);
  if (target.usageIndicator === undefined) target.usageIndicator = 'P';
  const bht = ctx.header.seg('BHT');
  trace.put(target, 'claimIdentifier', bht?.element(6) as ClaimIdentifier, bht, 6);
  if (target.claimIdentifier === undefined) target.claimIdentifier = 'CH';

  const payer = ctx.subscriber.loop('2010BB');
  const pr = payer?.first;
  if (pr) {
    trace.put(target, 'tradingPartnerServiceId', pr.element(9), pr, 9);
    trace.put(target, 'tradingPartnerName', pr.element(3), pr, 3);
    const secondary: TradingPartnerSecondaryIdentifiers = {};
    trace.mark(secondary, payer.seg('REF'));
    refs(trace, secondary, payer, { '2U': 'payerIdentificationNumber', EI: 'employerIdentificationNumber', FY: 'claimOfficeNumber', NF: 'naic' });
    if (nonEmpty(secondary)) target.tradingPartnerSecondaryIdentifiers = secondary;
    const payerAddress = address(trace, payer);
    if (payerAddress) target.payerAddress = payerAddress;
  }
  target.subscriber = subscriber(ctx);
  const dep = dependent(ctx);
  if (dep) target.dependent = dep;
}

/** 2000B SBR + 2010BA NM1*IL (N3/N4, DMG, REF*SY, PER). SBR09 goes to claimInformation.claimFilingCode. */
function subscriber(ctx: ClaimContext): Subscriber {
  const { trace } = ctx;
  const s = {} as Subscriber;
  const sbr = ctx.subscriber.seg('SBR');
  trace.mark(s, sbr);
  trace.put(s, 'paymentResponsibilityLevelCode', sbr?.element(1) as Subscriber['paymentResponsibilityLevelCode'], sbr, 1);
  // SBR03 holds the group or the policy number; the 837 does not say which, so it reads as the group number.
  trace.put(s, 'groupNumber', sbr?.element(3), sbr, 3);
  trace.put(s, 'subscriberGroupName', sbr?.element(4), sbr, 4);
  trace.put(s, 'insuranceTypeCode', sbr?.element(5) as Subscriber['insuranceTypeCode'], sbr, 5);
  const loop = ctx.subscriber.loop('2010BA');
  const nm1 = loop?.first;
  if (loop && nm1) {
    trace.put(s, 'memberId', identifier(nm1, 'MI') ?? identifier(nm1, 'II'), nm1, 9);
    name(trace, s, nm1);
    const dmg = loop.seg('DMG');
    trace.put(s, 'dateOfBirth', dmg?.element(2), dmg, 2);
    trace.put(s, 'gender', dmg?.element(3) as Subscriber['gender'], dmg, 3);
    refs(trace, s, loop, { SY: 'ssn' });
    const per = contact(trace, loop.seg('PER'));
    if (per) s.contactInformation = per;
    const a = address(trace, loop);
    if (a) s.address = a;
  }
  if (s.paymentResponsibilityLevelCode === undefined) s.paymentResponsibilityLevelCode = 'P';
  return s;
}

/** 2000C PAT + 2010CA NM1*QC (N3/N4, DMG, REF*1W/SY, PER). */
function dependent(ctx: ClaimContext): Dependent | undefined {
  if (!ctx.patient) return undefined;
  const { trace } = ctx;
  const d = {} as Dependent;
  const pat = ctx.patient.seg('PAT');
  trace.mark(d, pat ?? ctx.patient.first);
  trace.put(d, 'relationshipToSubscriberCode', pat?.element(1) as Dependent['relationshipToSubscriberCode'], pat, 1);
  const loop = ctx.patient.loop('2010CA');
  const nm1 = loop?.first;
  if (loop && nm1) {
    name(trace, d as Dependent & { organizationName?: string }, nm1);
    const dmg = loop.seg('DMG');
    trace.put(d, 'dateOfBirth', dmg?.element(2), dmg, 2);
    trace.put(d, 'gender', dmg?.element(3) as Dependent['gender'], dmg, 3);
    refs(trace, d, loop, { '1W': 'memberId', SY: 'ssn' });
    const per = contact(trace, loop.seg('PER'));
    if (per) d.contactInformation = per;
    const a = address(trace, loop);
    if (a) d.address = a;
  }
  return d;
}

/** The loop holding the patient's demographics: 2010CA when there is a dependent, else 2010BA. */
export function patientNameLoop(ctx: ClaimContext): LoopView | undefined {
  return ctx.patient ? ctx.patient.loop('2010CA') : ctx.subscriber.loop('2010BA');
}

/** 1000A NM1*41 + PER (837P/837D submitter). */
export function submitter(ctx: ClaimContext): Submitter {
  const { trace } = ctx;
  const s = {} as Submitter;
  const loop = ctx.header.loop('1000A');
  const nm1 = loop?.first;
  if (loop && nm1) {
    trace.mark(s, nm1);
    if (nm1.element(2) === '1') {
      trace.put(s, 'lastName', nm1.element(3), nm1, 3);
      trace.put(s, 'firstName', nm1.element(4), nm1, 4);
      trace.put(s, 'middleName', nm1.element(5), nm1, 5);
    } else {
      trace.put(s, 'organizationName', nm1.element(3), nm1, 3);
    }
    trace.put(s, 'submitterIdentification', nm1.element(9), nm1, 9);
  }
  s.contactInformation = contact(trace, loop?.seg('PER')) ?? {};
  return s;
}

/** 1000A on 837I: organization name and the ETIN (named taxId). */
export function institutionalSubmitter(ctx: ClaimContext): InstitutionalSubmitter {
  const { trace } = ctx;
  const s = {} as InstitutionalSubmitter;
  const loop = ctx.header.loop('1000A');
  const nm1 = loop?.first;
  if (loop && nm1) {
    trace.mark(s, nm1);
    trace.put(s, 'organizationName', nm1.element(3), nm1, 3);
    trace.put(s, 'taxId', nm1.element(9), nm1, 9);
  }
  s.contactInformation = contact(trace, loop?.seg('PER')) ?? {};
  return s;
}

/** 1000B NM1*40: the receiver's name (its NM109 is set by the clearinghouse on the way out). */
export function receiver(ctx: ClaimContext): Receiver {
  const r = {} as Receiver;
  const nm1 = ctx.header.loop('1000B')?.first;
  ctx.trace.mark(r, nm1);
  ctx.trace.put(r, 'organizationName', nm1?.element(3), nm1, 3);
  return r;
}

/** 1000B on 837I also keeps NM109 as taxId. */
export function institutionalReceiver(ctx: ClaimContext): InstitutionalReceiver {
  const r = receiver(ctx) as InstitutionalReceiver;
  const nm1 = ctx.header.loop('1000B')?.first;
  ctx.trace.put(r, 'taxId', nm1?.element(9), nm1, 9);
  return r;
}

/**
 * 2000A PRV*BI + 2010AA NM1*85 (N3/N4, REF*EI/SY/0B/1G, PER) + the billing provider's
 * payer-assigned IDs in 2010BB REF*G2/LU, as ClaimProvider (837P, 837D).
 */
export function billingProvider(ctx: ClaimContext): ClaimProvider {
  const { trace } = ctx;
  const b: ClaimProvider = {};
  const loop = ctx.billing.loop('2010AA');
  const nm1 = loop?.first;
  trace.mark(b, nm1 ?? ctx.billing.first);
  const prv = ctx.billing.seg('PRV', 'BI');
  trace.put(b, 'taxonomyCode', prv?.element(3), prv, 3);
  if (loop && nm1) {
    trace.put(b, 'npi', identifier(nm1, 'XX'), nm1, 9);
    name(trace, b, nm1);
    refs(trace, b, loop, { EI: 'employerId', SY: 'ssn', '0B': 'stateLicenseNumber', '1G': 'providerUpinNumber' });
    const a = address(trace, loop);
    if (a) b.address = a;
    const per = contact(trace, loop.seg('PER'));
    if (per) b.contactInformation = per;
  }
  refs(trace, b, ctx.subscriber.loop('2010BB'), { G2: 'commercialNumber', LU: 'locationNumber' });
  return b;
}

/** A claim-level provider loop (2310x / 2420x) read as ClaimProvider: name, NPI, PRV taxonomy, REF IDs. */
export function providerLoop(trace: Trace, loop: LoopView | undefined): ClaimProvider | undefined {
  if (!loop) return undefined;
  const p: ClaimProvider = {};
  const nm1 = loop.first;
  trace.mark(p, nm1);
  name(trace, p, nm1);
  trace.put(p, 'npi', identifier(nm1, 'XX'), nm1, 9);
  const prv = loop.seg('PRV');
  trace.put(p, 'taxonomyCode', prv?.element(3), prv, 3);
  refs(trace, p, loop, { '0B': 'stateLicenseNumber', '1G': 'providerUpinNumber', G2: 'commercialNumber', LU: 'locationNumber' });
  const a = address(trace, loop);
  if (a) p.address = a;
  const per = contact(trace, loop.seg('PER'));
  if (per) p.contactInformation = per;
  return p;
}

// ---- 2320 / 2330 / 2430 other payers (837P, 837D; 837I shares 2330B and MOA) ----

export function withMark<T extends object>(trace: Trace, loop: LoopView, value: T): T {
  trace.mark(value, loop.first);
  return value;
}

/** 2320 MOA Medicare outpatient adjudication. */
export function outpatientAdjudication(trace: Trace, moa: Segment | undefined): OtherSubscriberInformation['medicareOutpatientAdjudication'] {
  if (!moa) return undefined;
  const m: NonNullable<OtherSubscriberInformation['medicareOutpatientAdjudication']> = {};
  trace.mark(m, moa);
  trace.put(m, 'reimbursementRate', moa.element(1), moa, 1);
  trace.put(m, 'hcpcsPayableAmount', moa.element(2) && amount(moa.element(2)), moa, 2);
  attach(trace, m, 'claimPaymentRemarkCode', elements(moa, 3, 7), moa);
  trace.put(m, 'endStageRenalDiseasePaymentAmount', moa.element(8) && amount(moa.element(8)), moa, 8);
  trace.put(m, 'nonPayableProfessionalComponentBilledAmount', moa.element(9) && amount(moa.element(9)), moa, 9);
  return m;
}

/** 2330A NM1*IL other subscriber (N3/N4, REF*SY). */
export function otherSubscriberName(trace: Trace, loop: LoopView | undefined, fallback: Segment): OtherSubscriberName {
  const n = {} as OtherSubscriberName;
  const nm1 = loop?.first;
  trace.mark(n, nm1 ?? fallback);
  if (!loop || !nm1) return n;
  trace.put(n, 'otherInsuredQualifier', nm1.element(2) as OtherSubscriberName['otherInsuredQualifier'], nm1, 2);
  trace.put(n, 'otherInsuredLastName', nm1.element(3), nm1, 3);
  trace.put(n, 'otherInsuredFirstName', nm1.element(4), nm1, 4);
  trace.put(n, 'otherInsuredMiddleName', nm1.element(5), nm1, 5);
  trace.put(n, 'otherInsuredNameSuffix', nm1.element(7), nm1, 7);
  trace.put(n, 'otherInsuredIdentifierTypeCode', nm1.element(8) as OtherSubscriberName['otherInsuredIdentifierTypeCode'], nm1, 8);
  trace.put(n, 'otherInsuredIdentifier', nm1.element(9), nm1, 9);
  attach(trace, n, 'otherInsuredAddress', address(trace, loop));
  refs(trace, n, loop, { SY: 'otherInsuredAdditionalIdentifier' });
  return n;
}

/** 2330B NM1*PR other payer (N3/N4, DTP*573, REF 2U/EI/FY/NF, G1, 9F, T4, F8). */
export function otherPayerName(trace: Trace, loop: LoopView | undefined, fallback: Segment): OtherPayerName {
  const p = {} as OtherPayerName;
  const nm1 = loop?.first;
  trace.mark(p, nm1 ?? fallback);
  if (!loop || !nm1) return p;
  trace.put(p, 'otherPayerOrganizationName', nm1.element(3), nm1, 3);
  trace.put(p, 'otherPayerIdentifierTypeCode', nm1.element(8) as OtherPayerName['otherPayerIdentifierTypeCode'], nm1, 8);
  trace.put(p, 'otherPayerIdentifier', nm1.element(9), nm1, 9);
  attach(trace, p, 'otherPayerAddress', address(trace, loop));
  dates(trace, p, loop, { '573': 'otherPayerAdjudicationOrPaymentDate' });
  refs(trace, p, loop, { G1: 'otherPayerPriorAuthorizationNumber', '9F': 'otherPayerPriorAuthorizationOrReferralNumber', F8: 'otherPayerClaimControlNumber' });
  const t4 = loop.seg('REF', 'T4');
  if (t4) trace.put(p, 'otherPayerClaimAdjustmentIndicator', t4.element(2) === 'Y', t4, 2);
  attach(trace, p, 'otherPayerSecondaryIdentifier', refList(trace, loop, ['2U', 'EI', 'FY', 'NF']));
  return p;
}

/**
 * 2320 (SBR, CAS, AMT, OI, MOA) with 2330A–G of one 837P or 837D other subscriber. The guides
 * read 2330A and 2330B differently (837D: REF*SY list, REF*G3), so those readers are passed in;
 * 837D adds its 2330H after this returns.
 */
export function professionalOrDentalOtherSubscriber<N, P>(
  trace: Trace,
  loop: LoopView,
  readName: (trace: Trace, loop: LoopView | undefined, fallback: Segment) => N,
  readPayer: (trace: Trace, loop: LoopView | undefined, fallback: Segment) => P,
): Omit<OtherSubscriberInformation, 'otherSubscriberName' | 'otherPayerName'> & { otherSubscriberName: N; otherPayerName: P } {
  const sbr = loop.first;
  const common = {} as Omit<OtherSubscriberInformation, 'otherSubscriberName' | 'otherPayerName'>;
  const o = common as typeof common & { otherSubscriberName: N; otherPayerName: P };
  trace.mark(common, sbr);
  trace.put(common, 'paymentResponsibilityLevelCode', sbr.element(1) as OtherSubscriberInformation['paymentResponsibilityLevelCode'], sbr, 1);
  trace.put(common, 'individualRelationshipCode', sbr.element(2) as OtherSubscriberInformation['individualRelationshipCode'], sbr, 2);
  trace.put(common, 'insuranceGroupOrPolicyNumber', sbr.element(3), sbr, 3);
  trace.put(common, 'otherInsuredGroupName', sbr.element(4), sbr, 4);
  trace.put(common, 'insuranceTypeCode', sbr.element(5) as OtherSubscriberInformation['insuranceTypeCode'], sbr, 5);
  trace.put(common, 'claimFilingIndicatorCode', sbr.element(9) as OtherSubscriberInformation['claimFilingIndicatorCode'], sbr, 9);
  attach(trace, common, 'claimLevelAdjustments', adjustments(trace, loop));
  amounts(trace, common, loop, { D: 'payerPaidAmount', A8: 'nonCoveredChargeAmount', EAF: 'remainingPatientLiability' });
  const oi = loop.seg('OI');
  trace.put(common, 'benefitsAssignmentCertificationIndicator', oi?.element(3) as OtherSubscriberInformation['benefitsAssignmentCertificationIndicator'], oi, 3);
  if (oi?.element(4) === 'P') trace.put(common, 'patientSignatureGeneratedForPatient', true, oi, 4);
  trace.put(common, 'releaseOfInformationCode', oi?.element(6) as OtherSubscriberInformation['releaseOfInformationCode'], oi, 6);
  attach(trace, common, 'medicareOutpatientAdjudication', outpatientAdjudication(trace, loop.seg('MOA')));
  o.otherSubscriberName = readName(trace, loop.loop('2330A'), sbr);
  o.otherPayerName = readPayer(trace, loop.loop('2330B'), sbr);
  attach(trace, common, 'otherPayerReferringProvider', loop.loops('2330C').map((l) => withMark(trace, l, { otherPayerReferringProviderIdentifier: refList(trace, l) })));
  attach(trace, common, 'otherPayerRenderingProvider', loop.loops('2330D').map((l) => withMark(trace, l, { entityTypeQualifier: l.first.element(2) as '1' | '2', otherPayerRenderingProviderSecondaryIdentifier: refList(trace, l) })));
  attach(trace, common, 'otherPayerServiceFacilityLocation', loop.loops('2330E').map((l) => withMark(trace, l, { otherPayerServiceFacilityLocationSecondaryIdentifier: refList(trace, l) })));
  attach(trace, common, 'otherPayerSupervisingProvider', loop.loops('2330F').map((l) => withMark(trace, l, { otherPayerSupervisingProviderIdentifier: refList(trace, l) })));
  attach(trace, common, 'otherPayerBillingProvider', loop.loops('2330G').map((l) => withMark(trace, l, { entityTypeQualifier: l.first.element(2) as '1' | '2', otherPayerBillingProviderIdentifier: refList(trace, l) })));
  return o;
}

/**
 * 2430 SVD/CAS/DTP*573/AMT*EAF line adjudication by another payer, as 837P and 837D lay it out
 * (the 837I differs: SVD04 revenue code, other field names). 837D casts to its own type, whose
 * only difference is the SVD03-1 code list.
 */
export function professionalOrDentalLineAdjudication(trace: Trace, loop: LoopView): LineAdjudicationInformation {
  const svd = loop.first;
  const a = {} as LineAdjudicationInformation;
  trace.mark(a, svd);
  trace.put(a, 'otherPayerPrimaryIdentifier', svd.element(1), svd, 1);
  trace.put(a, 'serviceLinePaidAmount', amount(svd.element(2)), svd, 2);
  trace.put(a, 'serviceIdQualifier', svd.component(3, 1) as LineAdjudicationInformation['serviceIdQualifier'], svd, 3, 1);
  trace.put(a, 'procedureCode', svd.component(3, 2), svd, 3, 2);
  attach(trace, a, 'procedureModifier', components(svd, 3, 3, 6), svd);
  trace.put(a, 'procedureCodeDescription', svd.component(3, 7), svd, 3, 7);
  trace.put(a, 'paidServiceUnitCount', svd.element(5), svd, 5);
  trace.put(a, 'bundledOrUnbundledLineNumber', svd.element(6), svd, 6);
  attach(trace, a, 'claimAdjustmentInformation', adjustments(trace, loop));
  dates(trace, a, loop, { '573': 'adjudicationOrPaymentDate' });
  amounts(trace, a, loop, { EAF: 'remainingPatientLiability' });
  return a;
}
