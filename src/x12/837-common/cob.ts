// Coordination of benefits: loop 2320 (other subscriber information: SBR, CAS, AMT, OI, MIA/MOA)
// with 2330A (other subscriber), 2330B (other payer) and the other-payer provider loops, and
// loop 2430 (the other payer's line adjudication: SVD, CAS, DTP*573, AMT*EAF). CAS amounts are
// copied from the prior payer's 835, never derived.

import { X12Error, X12ErrorCode } from '../core/errors';
import type { Composite } from '../core/writer';
import type {
  ClaimAddress,
  DentalLineAdjudicationInformation,
  DentalOtherSubscriberInformation,
  LineAdjudicationInformation,
  MedicareInpatientAdjudication,
  OtherPayerBillingProvider,
  OtherPayerName,
  OtherPayerReferringProvider,
  OtherPayerRenderingProvider,
  OtherPayerServiceFacilityLocation,
  OtherPayerSupervisingProvider,
  OtherSubscriberInformation,
  MedicareOutpatientAdjudication,
  ReferenceIdentification,
} from '../claim-json/claim-document';
import {
  AMT01_AMOUNT_QUALIFIER,
  DTP01_ADJUDICATION_DATE,
  NM101_ENTITY_IDENTIFIER,
  REF01_QUALIFIER,
  type EntityType,
} from './codes';
import { procedureComposite } from './lines';
import { writeOtherPayerProviderLoop } from './providers';
import { address, amt, cas, dtpDate, maxUse, nm1, optionalRef, ref, type Adjustment, type NameKind } from './segments';
import type { Sink } from './sink';
import { amount, optionalAmount, optionalQuantity, quantity, required, NONE } from './values';

/** One other-payer provider loop (2330C–I) with the REF IDs it carries. */
export interface OtherPayerProviderLoop {
  readonly loop: string;
  readonly entity: string;
  readonly entityType: EntityType;
  readonly refQualifiers: readonly string[];
  readonly maxRefs: number;
  readonly refs: readonly ReferenceIdentification[];
  readonly path: string;
}

/** Everything one 2320 loop and its 2330 loops carry. */
export interface OtherSubscriberView {
  path: string;
  paymentResponsibilityLevelCode: string;
  individualRelationshipCode: string;
  groupOrPolicyNumber?: string;
  groupName?: string;
  /** SBR05: 837P only. */
  insuranceTypeCode?: string;
  claimFilingIndicatorCode?: string;
  adjustments: Adjustment[];
  payerPaidAmount?: string;
  nonCoveredChargeAmount?: string;
  remainingPatientLiability?: string;
  /** AMT order of the guide (X222A1: D, A8, EAF; X223: D, EAF, A8). */
  amountOrder: readonly ('D' | 'A8' | 'EAF')[];
  benefitsAssignmentCertificationIndicator: string;
  /** OI04 = P (837P/837D only). */
  patientSignatureGeneratedForPatient?: boolean;
  releaseOfInformationCode: string;
  inpatient?: MedicareInpatientAdjudication;
  outpatient?: MedicareOutpatientAdjudication;
  otherSubscriber: {
    entityType: string;
    lastName: string;
    firstName?: string;
    middleName?: string;
    suffix?: string;
    idQualifier: string;
    id: string;
    address?: ClaimAddress;
    ssns: readonly string[];
    maxSsns: number;
  };
  otherPayer: {
    name: string;
    idQualifier: string;
    id: string;
    address?: ClaimAddress;
    adjudicationDate?: string;
    secondaryIds: readonly ReferenceIdentification[];
    priorAuthorizationNumber?: string;
    referralNumber?: string;
    claimAdjustmentIndicator?: boolean;
    /** 837D only: REF*G3. */
    predeterminationId?: string;
    claimControlNumber?: string;
  };
  providerLoops: readonly OtherPayerProviderLoop[];
}

/** 2330B view; the 2330B fields of OtherPayerName are the same on 837P, 837I and 837D. */
export function otherPayerView(p: OtherPayerName): OtherSubscriberView['otherPayer'] {
  return {
    name: p.otherPayerOrganizationName,
    idQualifier: p.otherPayerIdentifierTypeCode,
    id: p.otherPayerIdentifier,
    address: p.otherPayerAddress,
    adjudicationDate: p.otherPayerAdjudicationOrPaymentDate,
    secondaryIds: p.otherPayerSecondaryIdentifier ?? NONE,
    priorAuthorizationNumber: p.otherPayerPriorAuthorizationNumber,
    referralNumber: p.otherPayerPriorAuthorizationOrReferralNumber,
    claimAdjustmentIndicator: p.otherPayerClaimAdjustmentIndicator,
    claimControlNumber: p.otherPayerClaimControlNumber,
  };
}

/** The 2330 other-payer provider lists 837P and 837D share (same JSON shape on both). */
export interface SharedOtherPayerProviders {
  otherPayerReferringProvider?: OtherPayerReferringProvider[];
  otherPayerRenderingProvider?: OtherPayerRenderingProvider[];
  otherPayerServiceFacilityLocation?: OtherPayerServiceFacilityLocation[];
  otherPayerSupervisingProvider?: OtherPayerSupervisingProvider[];
  otherPayerBillingProvider?: OtherPayerBillingProvider[];
}

/** The loop ID each shared provider gets: the guides number them differently (837P: C D E F G =
 * referring, rendering, facility, supervising, billing; 837D: C D E F G = referring, rendering,
 * supervising, billing, facility). */
export interface SharedOtherPayerLoopIds {
  referring: string;
  rendering: string;
  serviceFacility: string;
  supervising: string;
  billing: string;
}

/**
 * 2330 referring/rendering/facility/supervising/billing loops of one 837P or 837D other
 * subscriber, checked (referring at most 2, the others at most 1) and listed in loop-ID order.
 * Guide-only loops (837D 2330H) are added by the caller.
 */
export function sharedOtherPayerProviderLoops(o: SharedOtherPayerProviders, path: string, ids: SharedOtherPayerLoopIds): OtherPayerProviderLoop[] {
  const kinds: { loop: string; count: number; max: number; add: (loops: OtherPayerProviderLoop[]) => void }[] = [
    {
      loop: ids.referring,
      count: (o.otherPayerReferringProvider ?? NONE).length,
      max: 2,
      add: (loops) =>
        (o.otherPayerReferringProvider ?? NONE).forEach((r, k) =>
          loops.push({ loop: ids.referring, entity: NM101_ENTITY_IDENTIFIER.referring, entityType: '1', refQualifiers: ['0B', '1G', 'G2'], maxRefs: 3, refs: r.otherPayerReferringProviderIdentifier, path: `${path}.otherPayerReferringProvider[${k}]` }),
        ),
    },
    {
      loop: ids.rendering,
      count: (o.otherPayerRenderingProvider ?? NONE).length,
      max: 1,
      add: (loops) =>
        (o.otherPayerRenderingProvider ?? NONE).forEach((r, k) =>
          loops.push({ loop: ids.rendering, entity: NM101_ENTITY_IDENTIFIER.rendering, entityType: r.entityTypeQualifier, refQualifiers: ['0B', '1G', 'G2', 'LU'], maxRefs: 3, refs: r.otherPayerRenderingProviderSecondaryIdentifier ?? NONE, path: `${path}.otherPayerRenderingProvider[${k}]` }),
        ),
    },
    {
      loop: ids.serviceFacility,
      count: (o.otherPayerServiceFacilityLocation ?? NONE).length,
      max: 1,
      add: (loops) =>
        (o.otherPayerServiceFacilityLocation ?? NONE).forEach((r, k) =>
          loops.push({ loop: ids.serviceFacility, entity: NM101_ENTITY_IDENTIFIER.serviceFacility, entityType: '2', refQualifiers: ['0B', 'G2', 'LU'], maxRefs: 3, refs: r.otherPayerServiceFacilityLocationSecondaryIdentifier, path: `${path}.otherPayerServiceFacilityLocation[${k}]` }),
        ),
    },
    {
      loop: ids.supervising,
      count: (o.otherPayerSupervisingProvider ?? NONE).length,
      max: 1,
      add: (loops) =>
        (o.otherPayerSupervisingProvider ?? NONE).forEach((r, k) =>
          loops.push({ loop: ids.supervising, entity: NM101_ENTITY_IDENTIFIER.supervising, entityType: '1', refQualifiers: ['0B', '1G', 'G2', 'LU'], maxRefs: 3, refs: r.otherPayerSupervisingProviderIdentifier, path: `${path}.otherPayerSupervisingProvider[${k}]` }),
        ),
    },
    {
      loop: ids.billing,
      count: (o.otherPayerBillingProvider ?? NONE).length,
      max: 1,
      add: (loops) =>
        (o.otherPayerBillingProvider ?? NONE).forEach((r, k) =>
          loops.push({ loop: ids.billing, entity: NM101_ENTITY_IDENTIFIER.billingProvider, entityType: r.entityTypeQualifier, refQualifiers: ['G2', 'LU'], maxRefs: 2, refs: r.otherPayerBillingProviderIdentifier, path: `${path}.otherPayerBillingProvider[${k}]` }),
        ),
    },
  ];
  const loops: OtherPayerProviderLoop[] = [];
  for (const kind of [...kinds].sort((x, y) => (x.loop < y.loop ? -1 : x.loop > y.loop ? 1 : 0))) {
    maxUse(kind.count, kind.max, `NM1 (loop ${kind.loop})`, 'occurrences');
    kind.add(loops);
  }
  return loops;
}

/** What an 837P or 837D 2320 view takes from its guide; everything else maps the same. */
export interface ProfessionalOrDentalCobDifferences {
  /** SBR05: 837P only. */
  insuranceTypeCode?: string;
  /** 837P: D, A8, EAF; 837D: D, EAF, A8. */
  amountOrder: OtherSubscriberView['amountOrder'];
  /** 2330A REF*SY: 837P has one (a string), 837D up to two (a list). */
  ssns: readonly string[];
  maxSsns: number;
  otherPayer: OtherSubscriberView['otherPayer'];
  providerLoops: readonly OtherPayerProviderLoop[];
}

/** 2320 + 2330A–B view of one 837P or 837D other subscriber. */
export function professionalOrDentalOtherSubscriberView(
  o: OtherSubscriberInformation | DentalOtherSubscriberInformation,
  path: string,
  g: ProfessionalOrDentalCobDifferences,
): OtherSubscriberView {
  const n = o.otherSubscriberName;
  return {
    path,
    paymentResponsibilityLevelCode: o.paymentResponsibilityLevelCode,
    individualRelationshipCode: o.individualRelationshipCode,
    groupOrPolicyNumber: o.insuranceGroupOrPolicyNumber,
    groupName: o.otherInsuredGroupName,
    insuranceTypeCode: g.insuranceTypeCode,
    claimFilingIndicatorCode: o.claimFilingIndicatorCode,
    adjustments: (o.claimLevelAdjustments ?? NONE).map((a) => ({ group: a.adjustmentGroupCode, details: a.adjustmentDetails })),
    payerPaidAmount: o.payerPaidAmount,
    nonCoveredChargeAmount: o.nonCoveredChargeAmount,
    remainingPatientLiability: o.remainingPatientLiability,
    amountOrder: g.amountOrder,
    benefitsAssignmentCertificationIndicator: o.benefitsAssignmentCertificationIndicator,
    patientSignatureGeneratedForPatient: o.patientSignatureGeneratedForPatient,
    releaseOfInformationCode: o.releaseOfInformationCode,
    outpatient: o.medicareOutpatientAdjudication,
    otherSubscriber: {
      entityType: n.otherInsuredQualifier,
      lastName: n.otherInsuredLastName,
      firstName: n.otherInsuredFirstName,
      middleName: n.otherInsuredMiddleName,
      suffix: n.otherInsuredNameSuffix,
      idQualifier: n.otherInsuredIdentifierTypeCode,
      id: n.otherInsuredIdentifier,
      address: n.otherInsuredAddress,
      ssns: g.ssns,
      maxSsns: g.maxSsns,
    },
    otherPayer: g.otherPayer,
    providerLoops: g.providerLoops,
  };
}

/**
 * 2320 + 2330A + 2330B (+ 2330C–I), e.g.
 * `SBR*P*18*GRP1******CI~CAS*PR*1*20~AMT*D*80~OI***Y***Y~NM1*IL*1*DOE*JANE****MI*W1~NM1*PR*2*FIRST PLAN*****PI*11111~DTP*573*D8*20240320~`
 */
export function writeLoop2320(sink: Sink, v: OtherSubscriberView): void {
  sink.enter('2320', v.path);
  sink.segment('SBR', [
    v.paymentResponsibilityLevelCode,
    required(v.individualRelationshipCode, 'SBR', 2, 'individualRelationshipCode'),
    v.groupOrPolicyNumber,
    v.groupOrPolicyNumber ? undefined : v.groupName,
    v.insuranceTypeCode,
    undefined,
    undefined,
    undefined,
    v.claimFilingIndicatorCode,
  ]);
  cas(sink, v.adjustments);
  const amounts: Record<'D' | 'A8' | 'EAF', string | undefined> = {
    D: v.payerPaidAmount,
    A8: v.nonCoveredChargeAmount,
    EAF: v.remainingPatientLiability,
  };
  for (const q of v.amountOrder) amt(sink, q, amounts[q]);
  sink.segment('OI', [
    undefined,
    undefined,
    v.benefitsAssignmentCertificationIndicator,
    v.patientSignatureGeneratedForPatient ? 'P' : undefined,
    undefined,
    v.releaseOfInformationCode,
  ]);
  if (v.inpatient !== undefined) writeMia(sink, v.inpatient);
  if (v.outpatient !== undefined) writeMoa(sink, v.outpatient);

  const os = v.otherSubscriber;
  sink.enter('2330A', `${v.path}.otherSubscriberName`);
  const kind: NameKind = os.entityType === '2' ? 'nonPerson' : 'person';
  nm1(
    sink,
    NM101_ENTITY_IDENTIFIER.subscriber,
    kind === 'nonPerson' ? { organizationName: os.lastName } : os,
    kind,
    os.idQualifier,
    required(os.id, 'NM1', 9, 'other insured identifier'),
  );
  if (os.address !== undefined) address(sink, os.address);
  if (os.ssns.length > os.maxSsns) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `REF: at most ${os.maxSsns} other subscriber secondary identifier(s)`, { segmentId: 'REF' });
  }
  for (const ssn of os.ssns) ref(sink, REF01_QUALIFIER.ssn, ssn);

  const op = v.otherPayer;
  sink.enter('2330B', `${v.path}.otherPayerName`);
  nm1(sink, NM101_ENTITY_IDENTIFIER.payer, { organizationName: op.name }, 'nonPerson', op.idQualifier, required(op.id, 'NM1', 9, 'other payer identifier'));
  if (op.address !== undefined) address(sink, op.address);
  dtpDate(sink, DTP01_ADJUDICATION_DATE, op.adjudicationDate);
  if (op.secondaryIds.length > 2) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'REF: at most 2 other payer secondary identifiers', { segmentId: 'REF' });
  }
  for (const r of op.secondaryIds) ref(sink, r.qualifier, r.identifier);
  optionalRef(sink, REF01_QUALIFIER.priorAuthorization, op.priorAuthorizationNumber);
  optionalRef(sink, REF01_QUALIFIER.referralNumber, op.referralNumber);
  if (op.claimAdjustmentIndicator) ref(sink, REF01_QUALIFIER.claimAdjustmentIndicator, 'Y');
  optionalRef(sink, REF01_QUALIFIER.predetermination, op.predeterminationId);
  optionalRef(sink, REF01_QUALIFIER.payerClaimControlNumber, op.claimControlNumber);

  for (const p of v.providerLoops) writeOtherPayerProviderLoop(sink, p, p.refs, p.path);
}

/** `MIA*{covered days}**{lifetime psych days}*{DRG amount}*{remark}*…~` (837I 2320). */
function writeMia(sink: Sink, m: MedicareInpatientAdjudication): void {
  const a = (v: string | undefined, n: number): string | undefined => optionalAmount(v, 'MIA', n);
  const remarks = m.claimPaymentRemarkCode ?? NONE;
  if (remarks.length > 5) throw new X12Error(X12ErrorCode.INVALID_VALUE, 'MIA: at most 5 claim payment remark codes', { segmentId: 'MIA', element: 5 });
  sink.segment('MIA', [
    quantity(m.coveredDaysOrVisitsCount, 'MIA', 1, 0),
    undefined,
    optionalQuantity(m.lifetimePsychiatricDaysCount, 'MIA', 3, 0),
    a(m.claimDRGAmount, 4),
    remarks[0],
    a(m.claimDisproportionateShareAmount, 6),
    a(m.claimMspPassThroughAmount, 7),
    a(m.claimPpsCapitalAmount, 8),
    a(m.capitalHSPDRGAmount, 9),
    a(m.ppsCapitalHspDrgAmount, 10),
    a(m.ppsCapitalDshDrgAmount, 11),
    a(m.oldCapitalAmount, 12),
    a(m.ppsCapitalImeAmount, 13),
    a(m.ppsOperatingHospitalSpecificDrgAmount, 14),
    optionalQuantity(m.costReportDayCount, 'MIA', 15, 0),
    a(m.ppsOperatingFederalSpecificDrgAmount, 16),
    a(m.claimPpsCapitalOutlierAmmount, 17),
    a(m.claimIndirectTeachingAmount, 18),
    a(m.nonPayableProfessionalComponentBilledAmount, 19),
    remarks[1],
    remarks[2],
    remarks[3],
    remarks[4],
    a(m.capitalExceptionAmount, 24),
  ]);
}

/** `MOA*{rate}*{HCPCS payable}*{remark}…*{ESRD amount}*{non-payable professional}~` (2320). */
function writeMoa(sink: Sink, m: MedicareOutpatientAdjudication): void {
  const remarks = m.claimPaymentRemarkCode ?? NONE;
  if (remarks.length > 5) throw new X12Error(X12ErrorCode.INVALID_VALUE, 'MOA: at most 5 claim payment remark codes', { segmentId: 'MOA', element: 3 });
  sink.segment('MOA', [
    m.reimbursementRate === undefined ? undefined : quantity(m.reimbursementRate, 'MOA', 1, 6),
    optionalAmount(m.hcpcsPayableAmount, 'MOA', 2),
    remarks[0],
    remarks[1],
    remarks[2],
    remarks[3],
    remarks[4],
    optionalAmount(m.endStageRenalDiseasePaymentAmount, 'MOA', 8),
    optionalAmount(m.nonPayableProfessionalComponentBilledAmount, 'MOA', 9),
  ]);
}

/** Everything one 2430 loop carries. */
export interface LineAdjudicationView {
  path: string;
  otherPayerPrimaryIdentifier: string;
  serviceLinePaidAmount: string;
  /** SVD03 composite (qualifier, code, modifiers, description); optional on 837I. */
  procedure?: Composite;
  /** SVD04 (837I only). */
  revenueCode?: string;
  paidServiceUnitCount: string;
  bundledLineNumber?: string;
  adjustments: Adjustment[];
  adjudicationDate: string;
  remainingPatientLiability?: string;
}

/**
 * 2430, e.g. `SVD*11111*80*HC:99213**1~CAS*PR*1*20~DTP*573*D8*20240320~`. SVD01 must equal
 * the NM109 of a 2330B of the claim (TR3 2430 SVD01 note), checked against `otherPayerIds`.
 */
export function writeLoop2430(sink: Sink, v: LineAdjudicationView, otherPayerIds: ReadonlySet<string>): void {
  sink.enter('2430', v.path);
  if (!otherPayerIds.has(v.otherPayerPrimaryIdentifier)) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'SVD01 must equal the other payer identifier (2330B NM109) of one of the claim\'s 2320 loops', {
      segmentId: 'SVD',
      element: 1,
    });
  }
  sink.segment('SVD', [
    v.otherPayerPrimaryIdentifier,
    amount(v.serviceLinePaidAmount, 'SVD', 2),
    v.procedure,
    v.revenueCode,
    quantity(v.paidServiceUnitCount, 'SVD', 5),
    v.bundledLineNumber,
  ]);
  cas(sink, v.adjustments);
  dtpDate(sink, DTP01_ADJUDICATION_DATE, required(v.adjudicationDate, 'DTP', 3, 'adjudication or payment date'));
  amt(sink, AMT01_AMOUNT_QUALIFIER.remainingPatientLiability, v.remainingPatientLiability);
}

/**
 * The 2430 loops of one 837P or 837D service line (at most 15), mapped from the line's
 * lineAdjudicationInformation; the 837I maps its own (SVD04 revenue code, other field names).
 */
export function writeProfessionalOrDentalLoop2430s(
  sink: Sink,
  adjudications: readonly (LineAdjudicationInformation | DentalLineAdjudicationInformation)[],
  path: string,
  otherPayerIds: ReadonlySet<string>,
): void {
  maxUse(adjudications.length, 15, 'SVD (loop 2430)', 'line adjudications');
  adjudications.forEach((a, k) =>
    writeLoop2430(
      sink,
      {
        path: `${path}.lineAdjudicationInformation[${k}]`,
        otherPayerPrimaryIdentifier: a.otherPayerPrimaryIdentifier,
        serviceLinePaidAmount: a.serviceLinePaidAmount,
        procedure: procedureComposite('SVD', 3, a.serviceIdQualifier, a.procedureCode, a.procedureModifier, a.procedureCodeDescription),
        paidServiceUnitCount: a.paidServiceUnitCount,
        bundledLineNumber: a.bundledOrUnbundledLineNumber,
        adjustments: (a.claimAdjustmentInformation ?? NONE).map((x) => ({ group: x.adjustmentGroupCode, details: x.adjustmentDetails })),
        adjudicationDate: a.adjudicationOrPaymentDate,
        remainingPatientLiability: a.remainingPatientLiability,
      },
      otherPayerIds,
    ),
  );
}
