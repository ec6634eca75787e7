// 837 Institutional (005010X223A2) loop writers: a normalized InstitutionalClaimDocument → the
// 2000A/2000B/2000C bodies and loop 2300 with everything under it (2310A–F, 2320/2330A–I, 2400,
// 2410, 2420A–D, 2430). Segment order and repeat limits follow the TR3 as summarized in docs/837-structure.md.

import { X12Error, X12ErrorCode } from '../core/errors';
import type { Composite } from '../core/writer';
import type {
  ClaimNotes,
  ClaimPricingInformation,
  Dependent,
  InstitutionalClaimDocument,
  InstitutionalClaimInformation,
  InstitutionalLineAdjudicationInformation,
  InstitutionalOtherSubscriberInformation,
  InstitutionalServiceLine,
  ReferenceIdentification,
} from '../claim-json/claim-document';
import {
  AMT01_AMOUNT_QUALIFIER,
  CLM05_2_FACILITY_QUALIFIER,
  CLM05_3_REPLACES_PRIOR_CLAIM,
  CRC01_CODE_CATEGORY,
  DTP01_SERVICE_DATE,
  DTP02_FORMAT,
  LIN02_NDC,
  NM101_ENTITY_IDENTIFIER,
  PRV01_PROVIDER_CODE,
  REF01_QUALIFIER,
} from '../837-common/codes';
import { writeLoop2000A, type BillingProviderView } from '../837-common/billing-provider';
import { otherPayerView, writeLoop2320, writeLoop2430, type LineAdjudicationView, type OtherPayerProviderLoop, type OtherSubscriberView } from '../837-common/cob';
import {
  fromInstitutionalLineProvider,
  fromInstitutionalProvider,
  fromOperatingPhysician,
  writeProviderLoop,
  type ProviderLoopSpec,
  type ProviderRef,
} from '../837-common/providers';
import { amt, cn1, dtpDate, dtpDateOrRange, k3, maxUse, optionalRef, pwk, ref, sameAddress } from '../837-common/segments';
import type { Sink } from '../837-common/sink';
import { billingProviderPayerIds, payerSecondaryIds, writeLoop2000B, writeLoop2000C } from '../837-common/subscriber';
import { duplicateLineId, NO_PAYERS, procedureComposite } from '../837-common/lines';
import type { ClaimTransactionWriter } from '../837-common/transaction';
import { serviceLinePath, amount, cents, centsToAmount, chunk, date, dateRange, icdCode, optionalAmount, quantity, required, NONE } from '../837-common/values';

export const VERSION_837I = '005010X223A2';

// ---------------------------------------------------------------------------------------------
// Code lists
// ---------------------------------------------------------------------------------------------

/** HI0n-1 qualifiers of the 837I HI segments, per HI (TR3 2300). */
export const HI_QUALIFIER = {
  admittingDiagnosis: ['ABJ', 'BJ'],
  reasonForVisit: ['APR', 'PR'],
  externalCause: ['ABN', 'BN'],
  drg: 'DR',
  occurrenceSpan: 'BI',
  occurrence: 'BH',
  value: 'BE',
  condition: 'BG',
  treatment: 'TC',
} as const;

/** Codes per HI segment, and how many HI of a kind the TR3 allows (other dx, procedures, codes…). */
export const HI_CODES_PER_SEGMENT = 12;
export const HI_MAX_SEGMENTS = 2;

/** NTE01 claim note reference code → ClaimNotes list (each item one NTE; at most 10 NTE). */
const NTE01_CLAIM_NOTES: readonly [string, keyof ClaimNotes][] = [
  ['ALG', 'allergies'],
  ['DCP', 'goalRehabOrDischargePlans'],
  ['DGN', 'diagnosisDescription'],
  ['DME', 'dme'],
  ['MED', 'medications'],
  ['NTR', 'nutritionalRequirments'],
  ['ODT', 'ordersForDiscipLinesAndTreatments'],
  ['RHB', 'functionalLimitsOrReasonHomebound'],
  ['RLH', 'reasonsPatientLeavesHome'],
  ['RNH', 'timesAndReasonsPatientNotAtHome'],
  ['SET', 'unusualHomeOrSocialEnv'],
  ['SFM', 'safetyMeasures'],
  ['SPT', 'supplementalPlanOfTreatment'],
  ['UPI', 'updatedInformation'],
];

// ---------------------------------------------------------------------------------------------
// 2000A / 2000B / 2000C
// ---------------------------------------------------------------------------------------------

function billingView(d: InstitutionalClaimDocument): BillingProviderView {
  const b = d.billing;
  const plan = d.billingPayToPlanName;
  if (b.secondaryIdentificationQualifierCode === '0B' || b.secondaryIdentificationQualifierCode === '1G') {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'REF01: the 837I billing provider carries no 0B/1G identifier (2010AA REF is EI only; G2/LU go to 2010BB)', {
      segmentId: 'REF',
      element: 1,
    });
  }
  const planIds: ProviderRef[] = [];
  if (plan?.payerIdentificationNumber) planIds.push({ qualifier: REF01_QUALIFIER.payerId, identifier: plan.payerIdentificationNumber });
  if (plan?.claimOfficeNumber) planIds.push({ qualifier: REF01_QUALIFIER.claimOfficeNumber, identifier: plan.claimOfficeNumber });
  if (plan?.naic) planIds.push({ qualifier: REF01_QUALIFIER.naic, identifier: plan.naic });
  return {
    name: b,
    nameKind: 'nonPerson', // 2010AA NM102 is 2 on the 837I
    npi: b.npi,
    taxonomyCode: b.taxonomyCode,
    address: b.address,
    employerId: b.employerId,
    allowSsn: false,
    licenseRefs: [],
    contact: b.contactInformation,
    payToAddress: d.billingPayToAddressName?.address,
    payToPlan:
      plan === undefined
        ? undefined
        : { organizationName: plan.organizationName, idQualifier: plan.identificationCodeQualifier, id: plan.identificationCode, address: plan.address, secondaryIds: planIds, taxId: plan.taxId },
  };
}

function loop2000B(sink: Sink, d: InstitutionalClaimDocument): void {
  const c = d.claimInformation;
  const b = d.billing;
  const billingIds: ProviderRef[] =
    b.secondaryIdentificationQualifierCode && b.secondaryIdentifier ? [{ qualifier: b.secondaryIdentificationQualifierCode, identifier: b.secondaryIdentifier }] : [];
  writeLoop2000B(sink, {
    subscriber: d.subscriber,
    isPatient: d.dependent === undefined,
    claimFilingCode: c.claimFilingCode,
    allowInsuranceType: false, // SBR05 is not used on the 837I
    memberIdRequired: false,
    propertyCasualtyClaimNumber: c.propertyCasualtyClaimNumber,
    allowContact: false,
    payer: {
      name: d.tradingPartnerName,
      id: d.tradingPartnerServiceId,
      address: d.payerAddress,
      secondaryIds: payerSecondaryIds(d.tradingPartnerSecondaryIdentifiers, undefined),
      billingProviderIds: [...billingIds, ...billingProviderPayerIds({})],
      maxBillingProviderIds: 1,
    },
  });
}

function loop2000C(sink: Sink, d: InstitutionalClaimDocument, dependent: Dependent): void {
  writeLoop2000C(sink, { dependent, propertyCasualtyClaimNumber: d.claimInformation.propertyCasualtyClaimNumber, allowContact: false });
}

// ---------------------------------------------------------------------------------------------
// 2300
// ---------------------------------------------------------------------------------------------

/** 2300 REF in TR3 order: REF01 → claim field. F8 only for frequency 7/8. */
const LOOP2300_REFS: readonly [string, (c: InstitutionalClaimInformation) => string | undefined][] = [
  ['4N', (c) => c.claimSupplementalInformation?.serviceAuthorizationExceptionCode],
  ['9F', (c) => c.claimSupplementalInformation?.referralNumber],
  ['G1', (c) => c.claimSupplementalInformation?.priorAuthorizationNumber],
  [REF01_QUALIFIER.payerClaimControlNumber, (c) => (CLM05_3_REPLACES_PRIOR_CLAIM.has(c.claimFrequencyCode) ? c.claimSupplementalInformation?.claimControlNumber : undefined)],
  ['9A', (c) => c.claimSupplementalInformation?.repricedClaimNumber],
  ['9C', (c) => c.claimSupplementalInformation?.adjustedRepricedClaimRefNumber],
  ['LX', (c) => c.claimSupplementalInformation?.investigationalDeviceExemptionNumber],
  ['D9', (c) => c.claimSupplementalInformation?.claimNumber],
  ['LU', (c) => c.claimSupplementalInformation?.autoAccidentState],
  ['EA', (c) => c.claimSupplementalInformation?.medicalRecordNumber],
  ['P4', (c) => c.claimSupplementalInformation?.demoProjectIdentifier],
  ['G4', (c) => c.claimSupplementalInformation?.peerReviewAuthorizationNumber],
];

/** Sum of SV203 in cents. */
export function lineTotalCents(lines: readonly InstitutionalServiceLine[]): number {
  let total = 0;
  for (const l of lines) total += cents(l.institutionalService.lineItemChargeAmount, 'SV2', 3);
  return total;
}

/**
 * `CLM*{pcn}*{total}***{facility type}:A:{frequency}**{assign}*{benefits}*{release}~`; CLM06
 * and CLM10–CLM12 are not used on the 837I. e.g. `CLM*PCN2001*475***13:A:1**A*Y*Y~`
 */
function clm(sink: Sink, c: InstitutionalClaimInformation): void {
  const total = lineTotalCents(c.serviceLines);
  if (cents(c.claimChargeAmount, 'CLM', 2) !== total) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'CLM02 claimChargeAmount must equal the sum of the service line charges (SV203)', { segmentId: 'CLM', element: 2 });
  }
  sink.segment('CLM', [
    required(c.patientControlNumber, 'CLM', 1, 'patientControlNumber'),
    centsToAmount(total, 'CLM', 2),
    undefined,
    undefined,
    [c.placeOfServiceCode, CLM05_2_FACILITY_QUALIFIER.billType, c.claimFrequencyCode],
    undefined,
    c.planParticipationCode,
    c.benefitsAssignmentCertificationIndicator,
    c.releaseInformationCode,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    c.delayReasonCode,
  ]);
}

/**
 * Flatten the JSON's list-of-lists into HI segments of 12 composites each, at most `maxSegments`
 * (the TR3 counts codes, not the sender's grouping). e.g. 14 other diagnoses → two HI (12 + 2).
 */
export function hiSegments(composites: readonly Composite[], maxSegments: number, what: string): Composite[][] {
  const segments = chunk(composites, HI_CODES_PER_SEGMENT);
  if (segments.length > maxSegments) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `HI: ${composites.length} ${what}, at most ${maxSegments * HI_CODES_PER_SEGMENT} allowed`, {
      segmentId: 'HI',
      element: 1,
    });
  }
  return segments;
}

/** HI composite with a present-on-admission indicator in HI0n-9. */
function withPoa(qualifier: string, code: string, element: number, poa: string | undefined): Composite {
  return [qualifier, icdCode(code, 'HI', element), undefined, undefined, undefined, undefined, undefined, undefined, poa];
}

/** All 2300 HI segments in TR3 order (principal, admitting, reason for visit, … treatment codes). */
export function writeHealthCareCodes(sink: Sink, c: InstitutionalClaimInformation): void {
  const pd = required(c.principalDiagnosis, 'HI', 1, 'principalDiagnosis');
  sink.segment('HI', [withPoa(pd.qualifierCode, pd.principalDiagnosisCode, 1, pd.presentOnAdmissionIndicator)]);
  if (c.admittingDiagnosis !== undefined) sink.segment('HI', [[c.admittingDiagnosis.qualifierCode, icdCode(c.admittingDiagnosis.admittingDiagnosisCode, 'HI', 1)]]);
  const visits = c.patientReasonForVisits ?? NONE;
  maxUse(visits.length, 3, 'HI', 'patient reasons for visit');
  if (visits.length > 0) sink.segment('HI', visits.map((v, i) => [v.qualifierCode, icdCode(v.patientReasonForVisitCode, 'HI', i + 1)]));
  const causes = c.externalCauseOfInjuries ?? NONE;
  maxUse(causes.length, 12, 'HI', 'external causes of injury');
  if (causes.length > 0) sink.segment('HI', causes.map((e, i) => withPoa(e.qualifierCode, e.externalCauseOfInjury, i + 1, e.presentOnAdmissionIndicator)));
  if (c.diagnosisRelatedGroupInformation !== undefined) sink.segment('HI', [[HI_QUALIFIER.drg, c.diagnosisRelatedGroupInformation.drugRelatedGroupCode]]);

  const others = (c.otherDiagnosisInformationList ?? NONE).flat();
  for (const seg of hiSegments(others.map((o, i) => withPoa(o.qualifierCode, o.otherDiagnosisCode, (i % 12) + 1, o.presentOnAdmissionIndicator)), HI_MAX_SEGMENTS, 'other diagnoses')) {
    sink.segment('HI', seg);
  }
  const pp = c.principalProcedureInformation;
  if (pp !== undefined) {
    sink.segment('HI', [[pp.qualifierCode, icdCode(pp.principalProcedureCode, 'HI', 1), DTP02_FORMAT.date, date(required(pp.principalProcedureDate, 'HI', 1, 'principalProcedureDate'), 'HI', 1, 4)]]);
  }
  const procedures = (c.otherProcedureInformationList ?? NONE).flat();
  for (const seg of hiSegments(
    procedures.map((p, i) => [p.qualifierCode, icdCode(p.otherProcedureCode, 'HI', (i % 12) + 1), DTP02_FORMAT.date, date(required(p.otherProcedureDate, 'HI', (i % 12) + 1, 'otherProcedureDate'), 'HI', (i % 12) + 1, 4)]),
    HI_MAX_SEGMENTS,
    'other procedures',
  )) {
    sink.segment('HI', seg);
  }
  const spans = (c.occurrenceSpanInformations ?? NONE).flat();
  for (const seg of hiSegments(
    spans.map((s, i) => [HI_QUALIFIER.occurrenceSpan, s.occurrenceSpanCode, DTP02_FORMAT.range, dateRange(s.occurrenceSpanCodeStartDate, s.occurrenceSpanCodeEndDate, 'HI', (i % 12) + 1, 4)]),
    HI_MAX_SEGMENTS,
    'occurrence span codes',
  )) {
    sink.segment('HI', seg);
  }
  const occurrences = (c.occurrenceInformationList ?? NONE).flat();
  for (const seg of hiSegments(
    occurrences.map((o, i) => [HI_QUALIFIER.occurrence, o.occurrenceSpanCode, DTP02_FORMAT.date, date(o.occurrenceSpanCodeDate, 'HI', (i % 12) + 1, 4)]),
    HI_MAX_SEGMENTS,
    'occurrence codes',
  )) {
    sink.segment('HI', seg);
  }
  const values = (c.valueInformationList ?? NONE).flat();
  for (const seg of hiSegments(
    values.map((v, i) => [HI_QUALIFIER.value, v.valueCode, undefined, undefined, amount(v.valueCodeAmount, 'HI', (i % 12) + 1, 5)]),
    HI_MAX_SEGMENTS,
    'value codes',
  )) {
    sink.segment('HI', seg);
  }
  const conditions = (c.conditionCodesList ?? NONE).flat();
  for (const seg of hiSegments(conditions.map((k) => [HI_QUALIFIER.condition, k.conditionCode]), HI_MAX_SEGMENTS, 'condition codes')) sink.segment('HI', seg);
  const treatments = (c.treatmentCodeInformationList ?? NONE).flat();
  for (const seg of hiSegments(treatments.map((t) => [HI_QUALIFIER.treatment, t]), HI_MAX_SEGMENTS, 'treatment codes')) sink.segment('HI', seg);
}

function hcp(sink: Sink, h: ClaimPricingInformation | undefined): void {
  if (h === undefined) return;
  sink.segment('HCP', [
    h.pricingMethodologyCode,
    amount(h.repricedAllowedAmount, 'HCP', 2),
    optionalAmount(h.repricedSavingAmount, 'HCP', 3),
    h.repricedOrgIdentifier,
    h.repricedPerDiem === undefined ? undefined : quantity(h.repricedPerDiem, 'HCP', 5, 2),
    h.repricedApprovedDRGCode,
    optionalAmount(h.repricedApprovedAmount, 'HCP', 7),
    h.repricedApprovedRevenueCode,
    h.productOrServiceIDQualifier,
    h.repricedApprovedHCPCSCode,
    h.repricedApprovedServiceUnitCode,
    h.repricedApprovedServiceUnitCount === undefined ? undefined : quantity(h.repricedApprovedServiceUnitCount, 'HCP', 12),
    h.rejectReasonCode,
    h.policyComplianceCode,
    h.exceptionCode,
  ]);
}

const REFS_4 = { refQualifiers: ['0B', '1G', 'G2', 'LU'], maxRefs: 4 } as const;
const SPEC_2310A: ProviderLoopSpec = { loop: '2310A', entity: NM101_ENTITY_IDENTIFIER.attending, name: 'person', prv: PRV01_PROVIDER_CODE.attending, ...REFS_4 };
const SPEC_2310B: ProviderLoopSpec = { loop: '2310B', entity: NM101_ENTITY_IDENTIFIER.operating, name: 'person', ...REFS_4 };
const SPEC_2310C: ProviderLoopSpec = { loop: '2310C', entity: NM101_ENTITY_IDENTIFIER.otherOperating, name: 'person', ...REFS_4 };
const SPEC_2310D: ProviderLoopSpec = { loop: '2310D', entity: NM101_ENTITY_IDENTIFIER.rendering, name: 'person', ...REFS_4 };
const SPEC_2310E: ProviderLoopSpec = { loop: '2310E', entity: NM101_ENTITY_IDENTIFIER.serviceFacility, name: 'nonPerson', address: 'required', refQualifiers: ['0B', 'G2', 'LU'], maxRefs: 3 };
const SPEC_2310F: ProviderLoopSpec = { loop: '2310F', entity: NM101_ENTITY_IDENTIFIER.referring, name: 'person', refQualifiers: ['0B', '1G', 'G2'], maxRefs: 3 };

function sameNpi(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && a !== '' && a === b;
}

/** 2310 loops in TR3 order. */
const LOOP2310: readonly { loop: string; write: (sink: Sink, d: InstitutionalClaimDocument) => void }[] = [
  { loop: '2310A', write: (s, d) => d.attending && writeProviderLoop(s, SPEC_2310A, fromInstitutionalProvider(d.attending), 'attending') },
  { loop: '2310B', write: (s, d) => d.operatingPhysician && writeProviderLoop(s, SPEC_2310B, fromOperatingPhysician(d.operatingPhysician), 'operatingPhysician') },
  { loop: '2310C', write: (s, d) => d.otherOperatingPhysician && writeProviderLoop(s, SPEC_2310C, fromOperatingPhysician(d.otherOperatingPhysician), 'otherOperatingPhysician') },
  // 2310D: only when the rendering provider is not the attending provider.
  { loop: '2310D', write: (s, d) => d.rendering && !sameNpi(d.rendering.npi, d.attending?.npi) && writeProviderLoop(s, SPEC_2310D, fromInstitutionalProvider(d.rendering), 'rendering') },
  {
    loop: '2310E',
    write: (s, d) => {
      const f = d.claimInformation.serviceFacilityLocation;
      if (f === undefined || sameAddress(f.address, d.billing.address)) return;
      writeProviderLoop(
        s,
        SPEC_2310E,
        {
          organizationName: f.organizationName,
          npi: f.identificationCode,
          address: f.address,
          derivedRefs: [],
          explicitRefs: f.secondaryIdentificationQualifierCode && f.secondaryIdentifier ? [{ qualifier: f.secondaryIdentificationQualifierCode, identifier: f.secondaryIdentifier }] : [],
        },
        'claimInformation.serviceFacilityLocation',
      );
    },
  },
  { loop: '2310F', write: (s, d) => d.referring && writeProviderLoop(s, SPEC_2310F, fromInstitutionalProvider(d.referring), 'referring') },
];

/** 2330C–I specs: loop, NM101, NM102, allowed REF01, max REF, JSON field. */
const LOOP2330_PROVIDERS: readonly [string, string, '1' | '2', readonly string[], number, (o: InstitutionalOtherSubscriberInformation) => ReferenceIdentification[] | undefined, string][] = [
  ['2330C', NM101_ENTITY_IDENTIFIER.attending, '1', ['0B', '1G', 'G2', 'LU'], 4, (o) => o.otherPayerAttendingProvider?.otherPayerAttendingProviderIdentifier, 'otherPayerAttendingProvider'],
  ['2330D', NM101_ENTITY_IDENTIFIER.operating, '1', ['0B', '1G', 'G2', 'LU'], 4, (o) => o.otherPayerOperatingPhysician?.otherPayerOperatingPhysicianIdentifier, 'otherPayerOperatingPhysician'],
  ['2330E', NM101_ENTITY_IDENTIFIER.otherOperating, '1', ['0B', '1G', 'G2', 'LU'], 4, (o) => o.otherPayerOtherOperatingPhysician?.otherPayerOtherOperatingPhysicianIdentifier, 'otherPayerOtherOperatingPhysician'],
  ['2330F', NM101_ENTITY_IDENTIFIER.serviceFacility, '2', ['0B', 'G2', 'LU'], 3, (o) => o.otherPayerServiceFacilityLocation?.otherPayerServiceFacilityLocationIdentifier, 'otherPayerServiceFacilityLocation'],
  ['2330G', NM101_ENTITY_IDENTIFIER.rendering, '1', ['0B', '1G', 'G2', 'LU'], 4, (o) => o.otherPayerRenderingProvider?.otherPayerRenderingProviderIdentifier, 'otherPayerRenderingProvider'],
  ['2330H', NM101_ENTITY_IDENTIFIER.referring, '1', ['0B', '1G', 'G2'], 3, (o) => o.otherPayerReferringProvider?.otherPayerReferringProviderIdentifier, 'otherPayerReferringProvider'],
  ['2330I', NM101_ENTITY_IDENTIFIER.billingProvider, '2', ['G2', 'LU'], 2, (o) => o.otherPayerBillingProvider?.otherPayerBillingProviderIdentifier, 'otherPayerBillingProvider'],
];

function otherSubscriberView(o: InstitutionalOtherSubscriberInformation): OtherSubscriberView {
  const path = 'claimInformation.otherSubscriberInformation';
  const n = o.otherSubscriberName;
  const loops: OtherPayerProviderLoop[] = [];
  for (const [loop, entity, entityType, refQualifiers, maxRefs, pick, field] of LOOP2330_PROVIDERS) {
    const refs = pick(o);
    if (refs !== undefined) loops.push({ loop, entity, entityType, refQualifiers, maxRefs, refs, path: `${path}.${field}` });
  }
  return {
    path,
    paymentResponsibilityLevelCode: o.paymentResponsibilityLevelCode,
    individualRelationshipCode: o.individualRelationshipCode,
    groupOrPolicyNumber: o.groupNumber ?? o.policyNumber,
    groupName: o.otherInsuredGroupName,
    claimFilingIndicatorCode: o.claimFilingIndicatorCode,
    adjustments: (o.claimLevelAdjustments ?? NONE).map((a) => ({ group: a.adjustmentGroupCode, details: a.claimAdjustmentDetails })),
    payerPaidAmount: o.payerPaidAmount,
    nonCoveredChargeAmount: o.nonCoveredChargeAmount,
    remainingPatientLiability: o.remainingPatientLiability,
    amountOrder: ['D', 'EAF', 'A8'],
    benefitsAssignmentCertificationIndicator: o.benefitsAssignmentCertificationIndicator,
    releaseOfInformationCode: o.releaseOfInformationCode,
    inpatient: o.medicareInpatientAdjudication,
    outpatient: o.medicareOutpatientAdjudication,
    otherSubscriber: {
      entityType: n.otherInsuredQualifier,
      lastName: n.otherInsuredLastName,
      firstName: n.otherInsuredFirstName,
      middleName: n.otherInsuredMiddleName,
      suffix: n.otherInsuredSuffix,
      idQualifier: n.otherInsuredIdentifierTypeCode,
      id: n.otherInsuredIdentifier,
      address: n.address,
      ssns: n.otherInsuredAdditionalIdentifier ?? NONE,
      maxSsns: 2,
    },
    otherPayer: otherPayerView(o.otherPayerName),
    providerLoops: loops,
  };
}

/**
 * Loop 2300 Claim Information and everything under it:
 * `CLM*PCN2001*475***13:A:1**A*Y*Y~DTP*434*RD8*20240301-20240301~CL1***01~HI*ABK:S93401A~NM1*71*1*…~LX*1~SV2*0450*HC:99283*375*UN*1~…`
 */
export function loop2300(sink: Sink, d: InstitutionalClaimDocument): void {
  const c = d.claimInformation;
  sink.enter('2300', 'claimInformation');
  clm(sink, c);
  const dates = required(c.claimDateInformation, 'DTP', 3, 'claimDateInformation');
  if (dates.dischargeHour) {
    if (!/^([01]\d|2[0-3])[0-5]\d$/.test(dates.dischargeHour)) {
      throw new X12Error(X12ErrorCode.INVALID_TIME, 'DTP03 discharge hour must be HHMM', { segmentId: 'DTP', element: 3 });
    }
    sink.segment('DTP', ['096', DTP02_FORMAT.time, dates.dischargeHour]);
  }
  // DTP Statement Dates (R): always a range, even for one day (`20240301-20240301`).
  const statement = dateRange(required(dates.statementBeginDate, 'DTP', 3, 'statementBeginDate'), required(dates.statementEndDate, 'DTP', 3, 'statementEndDate'), 'DTP', 3);
  sink.segment('DTP', ['434', DTP02_FORMAT.range, statement]);
  const admission = dates.admissionDateAndHour;
  if (admission) {
    if (/^\d{12}$/.test(admission)) {
      date(admission.slice(0, 8), 'DTP', 3);
      if (!/^([01]\d|2[0-3])[0-5]\d$/.test(admission.slice(8))) {
        throw new X12Error(X12ErrorCode.INVALID_TIME, 'DTP03 admission hour must be HHMM', { segmentId: 'DTP', element: 3 });
      }
      sink.segment('DTP', ['435', DTP02_FORMAT.dateTime, admission]);
    } else dtpDate(sink, '435', admission);
  }
  dtpDate(sink, '050', dates.repricerReceivedDate);
  const codes = required(c.claimCodeInformation, 'CL1', 3, 'claimCodeInformation');
  sink.segment('CL1', [codes.admissionTypeCode, codes.admissionSourceCode, required(codes.patientStatusCode, 'CL1', 3, 'patientStatusCode')]);
  pwk(sink, c.claimSupplementalInformation?.reportInformations, 10);
  cn1(sink, c.claimContractInformation);
  amt(sink, AMT01_AMOUNT_QUALIFIER.patientEstimatedDue, c.patientEstimatedAmountDue);
  for (const [qualifier, pick] of LOOP2300_REFS) optionalRef(sink, qualifier, pick(c));
  k3(sink, c.fileInformation, 10);
  const notes: [string, string][] = [];
  for (const [code, field] of NTE01_CLAIM_NOTES) for (const text of c.claimNotes?.[field] ?? NONE) notes.push([code, text]);
  maxUse(notes.length, 10, 'NTE', 'claim notes');
  for (const [code, text] of notes) sink.segment('NTE', [code, text]);
  if (c.billingNote) sink.segment('NTE', ['ADD', c.billingNote]);
  if (c.epsdtReferral !== undefined) {
    sink.segment('CRC', [CRC01_CODE_CATEGORY.epsdt, c.epsdtReferral.certificationConditionCodeAppliesIndicator, ...c.epsdtReferral.conditionCodes]);
  }
  writeHealthCareCodes(sink, c);
  hcp(sink, c.claimPricingInformation);

  for (const entry of LOOP2310) entry.write(sink, d);

  const other = c.otherSubscriberInformation;
  if (other !== undefined) writeLoop2320(sink, otherSubscriberView(other));
  const otherPayerIds = other === undefined ? NO_PAYERS : new Set([other.otherPayerName.otherPayerIdentifier]);

  maxUse(c.serviceLines.length, 999, 'LX', 'service lines');
  if (c.serviceLines.length === 0) throw new X12Error(X12ErrorCode.MISSING_VALUE, 'LX (loop 2400): a claim needs at least one service line', { segmentId: 'LX' });
  c.serviceLines.forEach((line, i) => loop2400(sink, d, line, i, otherPayerIds));
}

// ---------------------------------------------------------------------------------------------
// 2400 and below
// ---------------------------------------------------------------------------------------------

const SPEC_2420A: ProviderLoopSpec = { loop: '2420A', entity: NM101_ENTITY_IDENTIFIER.operating, name: 'person', refQualifiers: ['0B', '1G', 'G2', 'LU'], maxRefs: 20, ref04: true };
const SPEC_2420B: ProviderLoopSpec = { loop: '2420B', entity: NM101_ENTITY_IDENTIFIER.otherOperating, name: 'person', refQualifiers: ['0B', '1G', 'G2', 'LU'], maxRefs: 20, ref04: true };
const SPEC_2420C: ProviderLoopSpec = { loop: '2420C', entity: NM101_ENTITY_IDENTIFIER.rendering, name: 'person', refQualifiers: ['0B', '1G', 'G2', 'LU'], maxRefs: 20, ref04: true };
const SPEC_2420D: ProviderLoopSpec = { loop: '2420D', entity: NM101_ENTITY_IDENTIFIER.referring, name: 'person', refQualifiers: ['0B', '1G', 'G2'], maxRefs: 20, ref04: true };

/** 2420 loops in TR3 order; written only when they differ from the claim level. */
const LOOP2420: readonly { loop: string; write: (sink: Sink, d: InstitutionalClaimDocument, line: InstitutionalServiceLine, path: string) => void }[] = [
  { loop: '2420A', write: (s, d, l, p) => l.operatingPhysician && !sameNpi(l.operatingPhysician.npi, d.operatingPhysician?.npi) && writeProviderLoop(s, SPEC_2420A, fromOperatingPhysician(l.operatingPhysician), `${p}.operatingPhysician`) },
  { loop: '2420B', write: (s, d, l, p) => l.otherOperatingPhysician && !sameNpi(l.otherOperatingPhysician.npi, d.otherOperatingPhysician?.npi) && writeProviderLoop(s, SPEC_2420B, fromOperatingPhysician(l.otherOperatingPhysician), `${p}.otherOperatingPhysician`) },
  { loop: '2420C', write: (s, d, l, p) => l.renderingProvider && !sameNpi(l.renderingProvider.npi, d.rendering?.npi ?? d.attending?.npi) && writeProviderLoop(s, SPEC_2420C, fromInstitutionalLineProvider(l.renderingProvider), `${p}.renderingProvider`) },
  { loop: '2420D', write: (s, d, l, p) => l.referringProvider && !sameNpi(l.referringProvider.npi, d.referring?.npi) && writeProviderLoop(s, SPEC_2420D, fromInstitutionalLineProvider(l.referringProvider), `${p}.referringProvider`) },
];

function adjudicationViews(line: InstitutionalServiceLine, path: string): LineAdjudicationView[] {
  const out: LineAdjudicationView[] = [];
  const procedure = (qualifier: string | undefined, code: string | undefined, mods: string[] | undefined, description: string | undefined): Composite | undefined =>
    code === undefined ? undefined : procedureComposite('SVD', 3, required(qualifier, 'SVD', 3, 'product or service ID qualifier'), code, mods, description);
  (line.lineAdjudicationInformation ?? NONE).forEach((a: InstitutionalLineAdjudicationInformation, k) =>
    out.push({
      path: `${path}.lineAdjudicationInformation[${k}]`,
      otherPayerPrimaryIdentifier: a.otherPayerPrimaryIdentifier,
      serviceLinePaidAmount: a.serviceLinePaidAmount,
      procedure: procedure(a.productOrServiceIDQualifier, a.procedureCode, a.procedureModifier, a.procedureCodeDescription),
      revenueCode: required(a.serviceLineRevenueCode, 'SVD', 4, 'serviceLineRevenueCode'),
      paidServiceUnitCount: a.paidServiceUnitCount,
      bundledLineNumber: a.bundledLineNumber,
      adjustments: (a.lineAdjustment ?? NONE).map((x) => ({ group: x.adjustmentGroupCode, details: x.claimAdjustmentDetails })),
      adjudicationDate: a.adjudicationOrPaymentDate,
      remainingPatientLiability: a.remainingPatientLiability,
    }),
  );
  const old = line.lineAdjustmentInformation;
  if (old !== undefined) {
    out.push({
      path: `${path}.lineAdjustmentInformation`,
      otherPayerPrimaryIdentifier: old.otherPayerPrimaryIdentifier,
      serviceLinePaidAmount: old.serviceLinePaidAmount,
      procedure: procedure(old.serviceIdQualifier, old.procedureCode, old.procedureModifiers, old.procedureCodeDescription),
      // The older single-object form has no revenue code of its own: it is the line's (SV201).
      revenueCode: line.institutionalService.serviceLineRevenueCode,
      paidServiceUnitCount: old.paidServiceUnitCount,
      bundledLineNumber: old.bundledOrUnbundledLineNumber,
      adjustments: old.claimAdjustment ? [{ group: old.claimAdjustment.adjustmentGroupCode, details: old.claimAdjustment.claimAdjustmentDetails }] : [],
      adjudicationDate: old.claimPaidDate,
      remainingPatientLiability: old.remainingPatientLiability,
    });
  }
  return out;
}

/**
 * Loop 2400 Service Line: `LX*1~SV2*0450*HC:99283*375*UN*1~DTP*472*D8*20240301~REF*6R*PCN2001-1~`
 * (SV202 only when a HCPCS applies; DTP*472 when the line carries a date — outpatient bills).
 */
function loop2400(sink: Sink, d: InstitutionalClaimDocument, line: InstitutionalServiceLine, i: number, otherPayerIds: ReadonlySet<string>): void {
  const path = serviceLinePath(i);
  const s = line.institutionalService;
  sink.enter('2400', path);
  if (line.lineNoteText) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'NTE: the 837I service line has no line note (only NTE*TPO, thirdPartyOrganizationNotes)', { segmentId: 'NTE', element: 2 });
  }
  sink.segment('LX', [String(i + 1)]);
  const description = s.description ?? line.description;
  sink.segment('SV2', [
    required(s.serviceLineRevenueCode, 'SV2', 1, 'serviceLineRevenueCode'),
    s.procedureCode === undefined ? undefined : procedureComposite('SV2', 2, required(s.procedureIdentifier, 'SV2', 2, 'procedureIdentifier'), s.procedureCode, s.procedureModifiers, description),
    amount(s.lineItemChargeAmount, 'SV2', 3),
    s.measurementUnit,
    quantity(s.serviceUnitCount, 'SV2', 5),
    undefined,
    optionalAmount(s.nonCoveredChargeAmount, 'SV2', 7),
  ]);
  pwk(sink, line.serviceLineSupplementalInformations, 10);
  if (line.serviceDate) dtpDateOrRange(sink, DTP01_SERVICE_DATE, line.serviceDate, line.serviceDateEnd);
  // REF Line Item Control Number: always sent (835 2110 REF*6R and 277CA REF*FJ echo it).
  const lineId = required(line.lineItemControlNumber, 'REF', 2, 'lineItemControlNumber (line item control number)');
  const lines = d.claimInformation.serviceLines;
  for (let k = 0; k < i; k++) if (lines[k].lineItemControlNumber === lineId) throw duplicateLineId();
  ref(sink, REF01_QUALIFIER.lineItemControlNumber, lineId);
  optionalRef(sink, '9B', line.serviceLineReferenceInformation?.repricedLineItemRefNumber ?? line.repricedLineItemReferenceNumber);
  optionalRef(sink, '9D', line.serviceLineReferenceInformation?.adjustedRepricedLineItemRefNumber ?? line.adjustedRepricedLineItemReferenceNumber);
  amt(sink, AMT01_AMOUNT_QUALIFIER.serviceTax, line.serviceTaxAmount);
  amt(sink, AMT01_AMOUNT_QUALIFIER.facilityTax, line.facilityTaxAmount);
  if (line.thirdPartyOrganizationNotes) sink.segment('NTE', ['TPO', line.thirdPartyOrganizationNotes]);
  hcp(sink, line.lineRepricingInformation);

  const drug = line.drugIdentification;
  if (drug !== undefined) {
    sink.enter('2410', `${path}.drugIdentification`);
    sink.segment('LIN', [undefined, LIN02_NDC, drug.nationalDrugCode]);
    sink.segment('CTP', [undefined, undefined, undefined, quantity(drug.nationalDrugUnitCount, 'CTP', 4), [drug.measurementUnitCode]]);
    if (drug.pharmacyPrescriptionNumber && drug.linkSequenceNumber) {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, 'REF: loop 2410 carries one prescription (XZ) or link sequence (VY) number, not both', { segmentId: 'REF', element: 1 });
    }
    optionalRef(sink, REF01_QUALIFIER.prescriptionNumber, drug.pharmacyPrescriptionNumber);
    optionalRef(sink, REF01_QUALIFIER.linkSequenceNumber, drug.linkSequenceNumber);
  }

  for (const entry of LOOP2420) entry.write(sink, d, line, path);

  const adjudications = adjudicationViews(line, path);
  maxUse(adjudications.length, 15, 'SVD (loop 2430)', 'line adjudications');
  for (const a of adjudications) writeLoop2430(sink, a, otherPayerIds);
}

// ---------------------------------------------------------------------------------------------
// The guide
// ---------------------------------------------------------------------------------------------

/** 837I (005010X223A2) for the shared transaction writer. */
export const institutional837: ClaimTransactionWriter<InstitutionalClaimDocument> = {
  kind: 'institutional',
  version: VERSION_837I,
  patientControlNumber: (d) => d.claimInformation.patientControlNumber,
  submitter: (d) => (d.submitter === undefined ? undefined : { name: { organizationName: d.submitter.organizationName }, contact: d.submitter.contactInformation }),
  loop2000A: (sink, d) => writeLoop2000A(sink, billingView(d)),
  loop2000AInputs: (d) => [d.billing, d.billingPayToAddressName, d.billingPayToPlanName],
  loop2000B,
  loop2000C,
  loop2300,
};
