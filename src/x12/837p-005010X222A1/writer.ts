// 837 Professional (005010X222A1) loop writers: a normalized ProfessionalClaimDocument → the
// 2000A/2000B/2000C bodies and loop 2300 with everything under it (2310x, 2320/2330x, 2400,
// 2410, 2420x, 2430, 2440). Segment order and repeat limits follow the TR3 (docs/837-structure.md);
// situational segments are written only when their condition holds (see each loop).

import { X12Error, X12ErrorCode } from '../core/errors';
import type { Composite } from '../core/writer';
import type {
  ClaimAddress,
  ClaimPricingRepricingInformation,
  Dependent,
  HealthCareCodeInformation,
  OtherSubscriberInformation,
  ProfessionalClaimDateInformation,
  ProfessionalClaimDocument,
  ProfessionalClaimInformation,
  ProfessionalServiceLine,
  ServiceLineDateInformation,
  ServiceLineProvider,
} from '../claim-json/claim-document';
import {
  AMT01_AMOUNT_QUALIFIER,
  CLM05_2_FACILITY_QUALIFIER,
  CLM05_3_REPLACES_PRIOR_CLAIM,
  CR1_UNITS,
  CR302_MONTHS,
  CRC01_CODE_CATEGORY,
  CRC03_HOMEBOUND,
  CRC03_HOSPICE_EMPLOYEE,
  DTP01_SERVICE_DATE,
  DTP02_FORMAT,
  NM101_ENTITY_IDENTIFIER,
  NM102_ENTITY_TYPE,
  NM108_ID_QUALIFIER,
  PRV01_PROVIDER_CODE,
  PWK01_CERTIFICATION,
  QTY01_QUALIFIER,
  REF01_QUALIFIER,
  UNIT_DAYS,
} from '../837-common/codes';
import { professionalOrDentalBillingView, writeLoop2000A } from '../837-common/billing-provider';
import { otherPayerView, professionalOrDentalOtherSubscriberView, sharedOtherPayerProviderLoops, writeLoop2320, writeProfessionalOrDentalLoop2430s, type OtherSubscriberView } from '../837-common/cob';
import { diagnosisPointers, duplicateLineId, NO_PAYERS, procedureComposite } from '../837-common/lines';
import { facilityView, fromClaimProvider, fromServiceLineProvider, writeProviderLoop, type ProviderLoopSpec } from '../837-common/providers';
import {
  address,
  amt,
  cn1,
  dtpDate,
  dtpDateOrRange,
  k3,
  maxUse,
  nm1EntityOnly,
  optionalRef,
  pwk,
  ref,
  sameAddress,
  FULL_CONTACT,
  PHONE_CONTACT,
} from '../837-common/segments';
import type { Sink } from '../837-common/sink';
import { billingProviderPayerIds, payerSecondaryIds, writeLoop2000B, writeLoop2000C } from '../837-common/subscriber';
import type { ClaimTransactionWriter } from '../837-common/transaction';
import { serviceLinePath,
  amount,
  cents,
  centsToAmount,
  date,
  dateRange,
  icdCode,
  optionalAmount,
  optionalQuantity,
  quantity,
  required, NONE } from '../837-common/values';

export const VERSION_837P = '005010X222A1';

// ---------------------------------------------------------------------------------------------
// Code lists
// ---------------------------------------------------------------------------------------------

/** HI01-1 on the 837P diagnosis HI: ABK (ICD-10-CM) or BK (ICD-9-CM) principal diagnosis. */
export const HI01_PRINCIPAL_DIAGNOSIS = new Set(['ABK', 'BK']);
/** HI02-1…HI12-1: ABF / BF other diagnoses. */
export const HI02_OTHER_DIAGNOSIS = new Set(['ABF', 'BF']);
/** The 837P diagnosis HI holds at most 12 codes, and SV107 can only point at positions 1–12. */
export const MAX_DIAGNOSES = 12;
/** 2400 repeats at most 50 times per claim. */
export const MAX_LINES = 50;

/** NTE01 claim note reference code → ClaimNote field (837P allows one NTE in 2300). */
const NTE01_CLAIM_NOTE: readonly [string, keyof NonNullable<ProfessionalClaimInformation['claimNote']>][] = [
  ['ADD', 'additionalInformation'],
  ['CER', 'certificationNarrative'],
  ['DCP', 'goalRehabOrDischargePlans'],
  ['DGN', 'diagnosisDescription'],
  ['TPO', 'thirdPartOrgNotes'],
];

// ---------------------------------------------------------------------------------------------
// 2000A / 2000B / 2000C
// ---------------------------------------------------------------------------------------------

function loop2000B(sink: Sink, d: ProfessionalClaimDocument): void {
  const c = d.claimInformation;
  writeLoop2000B(sink, {
    subscriber: d.subscriber,
    isPatient: d.dependent === undefined,
    claimFilingCode: c.claimFilingCode,
    allowInsuranceType: true,
    memberIdRequired: true,
    patientFacts: { deathDate: c.deathDate, patientWeight: c.patientWeight, pregnancyIndicator: c.pregnancyIndicator },
    propertyCasualtyClaimNumber: c.propertyCasualtyClaimNumber,
    allowContact: true,
    payer: {
      name: d.tradingPartnerName,
      id: d.tradingPartnerServiceId,
      address: d.payerAddress,
      secondaryIds: payerSecondaryIds(d.tradingPartnerSecondaryIdentifiers, d.billing),
      billingProviderIds: billingProviderPayerIds(d.billing),
      maxBillingProviderIds: 2,
    },
  });
}

function loop2000C(sink: Sink, d: ProfessionalClaimDocument, dependent: Dependent): void {
  const c = d.claimInformation;
  writeLoop2000C(sink, {
    dependent,
    patientFacts: { deathDate: c.deathDate, patientWeight: c.patientWeight, pregnancyIndicator: c.pregnancyIndicator },
    propertyCasualtyClaimNumber: c.propertyCasualtyClaimNumber,
    allowContact: true,
  });
}

// ---------------------------------------------------------------------------------------------
// 2300
// ---------------------------------------------------------------------------------------------

/** 2300 DTP in TR3 order: qualifier → `[format, value]` of the claim, or undefined. */
const LOOP2300_DATES: readonly [string, (d: ProfessionalClaimDateInformation) => string | undefined][] = [
  ['431', (d) => d.symptomDate],
  ['454', (d) => d.initialTreatmentDate],
  ['304', (d) => d.lastSeenDate],
  ['453', (d) => d.acuteManifestationDate],
  ['439', (d) => d.accidentDate],
  ['484', (d) => d.lastMenstrualPeriodDate],
  ['455', (d) => d.lastXRayDate],
  ['471', (d) => d.hearingAndVisionPrescriptionDate],
  ['DISABILITY', () => undefined], // written by writeDisabilityDates at this position
  ['297', (d) => d.lastWorkedDate],
  ['296', (d) => d.authorizedReturnToWorkDate],
  ['435', (d) => d.admissionDate],
  ['096', (d) => d.dischargeDate],
  ['090', (d) => d.assumedAndRelinquishedCareBeginDate],
  ['091', (d) => d.assumedAndRelinquishedCareEndDate],
  ['444', (d) => d.firstContactDate],
  ['050', (d) => d.repricerReceivedDate],
];

/** 2300 REF in TR3 order: REF01 → claim field. F8 is written only for frequency 7/8. */
const LOOP2300_REFS: readonly [string, (c: ProfessionalClaimInformation) => string | undefined][] = [
  ['4N', (c) => c.claimSupplementalInformation?.serviceAuthorizationExceptionCode],
  ['F5', (c) => c.claimSupplementalInformation?.medicareCrossoverReferenceId],
  ['EW', (c) => c.claimSupplementalInformation?.mammographyCertificationNumber],
  ['9F', (c) => c.claimSupplementalInformation?.referralNumber],
  ['G1', (c) => c.claimSupplementalInformation?.priorAuthorizationNumber],
  [REF01_QUALIFIER.payerClaimControlNumber, (c) => (CLM05_3_REPLACES_PRIOR_CLAIM.has(c.claimFrequencyCode) ? c.claimSupplementalInformation?.claimControlNumber : undefined)],
  ['X4', (c) => c.claimSupplementalInformation?.cliaNumber],
  ['9A', (c) => c.claimSupplementalInformation?.repricedClaimNumber],
  ['9C', (c) => c.claimSupplementalInformation?.adjustedRepricedClaimNumber],
  ['LX', (c) => c.claimSupplementalInformation?.investigationalDeviceExemptionNumber],
  ['D9', (c) => c.claimSupplementalInformation?.claimNumber],
  ['EA', (c) => c.claimSupplementalInformation?.medicalRecordNumber],
  ['P4', (c) => c.claimSupplementalInformation?.demoProjectIdentifier],
  ['1J', (c) => c.claimSupplementalInformation?.carePlanOversightNumber],
];

/** Sum of the line charges in cents; CLM02 must equal it (TR3 CLM02 note). */
export function lineTotalCents(lines: readonly ProfessionalServiceLine[]): number {
  let total = 0;
  lines.forEach((l) => {
    total += cents(l.professionalService.lineItemChargeAmount, 'SV1', 2);
  });
  return total;
}

/**
 * `CLM*{pcn}*{total}***{pos}:B:{freq}*{sig}*{assign}*{benefits}*{release}*{P}*{causes}*{program}********{delay}~`
 * e.g. `CLM*PCN1001*250***11:B:1*Y*A*Y*Y~`
 */
function clm(sink: Sink, c: ProfessionalClaimInformation): void {
  const total = lineTotalCents(c.serviceLines);
  if (cents(c.claimChargeAmount, 'CLM', 2) !== total) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'CLM02 claimChargeAmount must equal the sum of the service line charges (SV102)', {
      segmentId: 'CLM',
      element: 2,
    });
  }
  const causes = c.relatedCausesCode ?? NONE;
  maxUse(causes.length, 2, 'CLM11', 'related causes');
  sink.segment('CLM', [
    required(c.patientControlNumber, 'CLM', 1, 'patientControlNumber'),
    centsToAmount(total, 'CLM', 2),
    undefined,
    undefined,
    [c.placeOfServiceCode, CLM05_2_FACILITY_QUALIFIER.placeOfService, c.claimFrequencyCode],
    c.signatureIndicator,
    c.planParticipationCode,
    c.benefitsAssignmentCertificationIndicator,
    c.releaseInformationCode,
    c.patientSignatureSourceCode ? 'P' : undefined,
    causes.length > 0 ? [causes[0], causes[1], undefined, c.autoAccidentStateCode, c.autoAccidentCountryCode] : undefined,
    c.specialProgramCode,
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

/** DTP*314 RD8 when both disability dates are known, else DTP*360 or DTP*361 (one DTP, TR3 2300). */
function writeDisabilityDates(sink: Sink, d: ProfessionalClaimDateInformation): void {
  const begin = d.disabilityBeginDate;
  const end = d.disabilityEndDate;
  if (begin && end) sink.segment('DTP', ['314', DTP02_FORMAT.range, dateRange(begin, end, 'DTP', 3)]);
  else if (begin) dtpDate(sink, '360', begin);
  else if (end) dtpDate(sink, '361', end);
}

/**
 * HI Health Care Diagnosis Code (R, max 1): `HI*ABK:J069*ABF:R509~`. The first code must be the
 * principal (ABK/BK), the others ABF/BF, at most 12 — SV107 points at these positions.
 */
export function diagnosisComposites(codes: readonly HealthCareCodeInformation[]): Composite[] {
  if (codes.length === 0) {
    throw new X12Error(X12ErrorCode.MISSING_VALUE, 'HI01 (principal diagnosis) is required', { segmentId: 'HI', element: 1 });
  }
  if (codes.length > MAX_DIAGNOSES) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `HI: ${codes.length} diagnosis codes, the 837P allows at most ${MAX_DIAGNOSES}`, {
      segmentId: 'HI',
      element: MAX_DIAGNOSES + 1,
    });
  }
  return codes.map((dx, i) => {
    const allowed = i === 0 ? HI01_PRINCIPAL_DIAGNOSIS : HI02_OTHER_DIAGNOSIS;
    if (!allowed.has(dx.diagnosisTypeCode)) {
      throw new X12Error(
        X12ErrorCode.INVALID_VALUE,
        `HI${String(i + 1).padStart(2, '0')}-1 must be ${[...allowed].join(' or ')} (${i === 0 ? 'the first code is the principal diagnosis' : 'only the first code is the principal diagnosis'})`,
        { segmentId: 'HI', element: i + 1, component: 1 },
      );
    }
    return [dx.diagnosisTypeCode, icdCode(dx.diagnosisCode, 'HI', i + 1)];
  });
}

/** HCP claim or line repricing (repricers only). */
function hcp(sink: Sink, h: ClaimPricingRepricingInformation | undefined): void {
  if (h === undefined) return;
  sink.segment('HCP', [
    h.pricingMethodologyCode,
    amount(h.repricedAllowedAmount, 'HCP', 2),
    optionalAmount(h.repricedSavingAmount, 'HCP', 3),
    h.repricingOrganizationIdentifier,
    h.repricingPerDiemOrFlatRateAmount === undefined ? undefined : quantity(h.repricingPerDiemOrFlatRateAmount, 'HCP', 5, 2),
    h.repricedApprovedAmbulatoryPatientGroupCode,
    optionalAmount(h.repricedApprovedAmbulatoryPatientGroupAmount, 'HCP', 7),
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    h.rejectReasonCode,
    h.policyComplianceCode,
    h.exceptionCode,
  ]);
}

function cr1(sink: Sink, a: ProfessionalClaimInformation['ambulanceTransportInformation']): void {
  if (a === undefined) return;
  sink.segment('CR1', [
    a.patientWeightInPounds ? CR1_UNITS.pounds : undefined,
    optionalQuantity(a.patientWeightInPounds, 'CR1', 2, 2),
    undefined,
    a.ambulanceTransportReasonCode,
    CR1_UNITS.miles,
    quantity(a.transportDistanceInMiles, 'CR1', 6, 2),
    undefined,
    undefined,
    a.roundTripPurposeDescription,
    a.stretcherPurposeDescription,
  ]);
}

function crcAmbulance(sink: Sink, certs: ProfessionalClaimInformation['ambulanceCertification']): void {
  if (certs === undefined) return;
  maxUse(certs.length, 3, 'CRC', 'ambulance certifications');
  for (const c of certs) {
    maxUse(c.conditionCodes.length, 5, 'CRC', 'condition codes');
    sink.segment('CRC', [CRC01_CODE_CATEGORY.ambulance, c.certificationConditionIndicator, ...c.conditionCodes]);
  }
}

/** 2310 loops in TR3 order: each entry writes its loop when the claim needs it. */
const LOOP2310: readonly { loop: string; write: (sink: Sink, d: ProfessionalClaimDocument) => void }[] = [
  { loop: '2310A', write: (s, d) => d.referring && writeProviderLoop(s, SPEC_2310A, fromClaimProvider(d.referring), 'referring') },
  {
    loop: '2310B',
    // Required when the rendering provider is not the billing provider (TR3 2310B situational rule).
    write: (s, d) => d.rendering && !sameNpi(d.rendering.npi, d.billing.npi) && writeProviderLoop(s, SPEC_2310B, fromClaimProvider(d.rendering), 'rendering'),
  },
  {
    loop: '2310C',
    // Required when the service location differs from the billing provider's address.
    write: (s, d) => {
      const f = d.claimInformation.serviceFacilityLocation;
      if (f !== undefined && !sameAddress(f.address, d.billing.address)) {
        writeProviderLoop(s, SPEC_2310C, facilityView(f), 'claimInformation.serviceFacilityLocation');
      }
    },
  },
  { loop: '2310D', write: (s, d) => d.supervising && writeProviderLoop(s, SPEC_2310D, fromClaimProvider(d.supervising), 'supervising') },
  { loop: '2310E', write: (s, d) => ambulanceLocation(s, '2310E', NM101_ENTITY_IDENTIFIER.ambulancePickUp, d.claimInformation.ambulancePickUpLocation, 'claimInformation.ambulancePickUpLocation') },
  { loop: '2310F', write: (s, d) => ambulanceLocation(s, '2310F', NM101_ENTITY_IDENTIFIER.ambulanceDropOff, d.claimInformation.ambulanceDropOffLocation, 'claimInformation.ambulanceDropOffLocation') },
];

function sameNpi(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && a !== '' && a === b;
}

const SPEC_2310A: ProviderLoopSpec = { loop: '2310A', entity: NM101_ENTITY_IDENTIFIER.referring, name: 'person', refQualifiers: ['0B', '1G', 'G2'], maxRefs: 3 };
const SPEC_2310B: ProviderLoopSpec = {
  loop: '2310B',
  entity: NM101_ENTITY_IDENTIFIER.rendering,
  name: 'either',
  prv: PRV01_PROVIDER_CODE.performing,
  refQualifiers: ['0B', '1G', 'G2', 'LU'],
  maxRefs: 4,
};
const SPEC_2310C: ProviderLoopSpec = {
  loop: '2310C',
  entity: NM101_ENTITY_IDENTIFIER.serviceFacility,
  name: 'nonPerson',
  address: 'required',
  refQualifiers: ['0B', 'G2', 'LU'],
  maxRefs: 3,
  contact: PHONE_CONTACT,
};
const SPEC_2310D: ProviderLoopSpec = { loop: '2310D', entity: NM101_ENTITY_IDENTIFIER.supervising, name: 'person', refQualifiers: ['0B', '1G', 'G2', 'LU'], maxRefs: 4 };

/** 2310E/2310F/2420G/2420H: `NM1*PW*2~N3*…~N4*…~` (no name: the location is its address). */
function ambulanceLocation(sink: Sink, loop: string, entity: string, a: ClaimAddress | undefined, path: string): void {
  if (a === undefined) return;
  sink.enter(loop, path);
  nm1EntityOnly(sink, entity, NM102_ENTITY_TYPE.nonPerson);
  address(sink, a);
}

/** 2320 + 2330A–G view of one other subscriber. */
function otherSubscriberView(o: OtherSubscriberInformation, i: number): OtherSubscriberView {
  const path = `claimInformation.otherSubscriberInformation[${i}]`;
  const n = o.otherSubscriberName;
  return professionalOrDentalOtherSubscriberView(o, path, {
    insuranceTypeCode: o.insuranceTypeCode,
    amountOrder: ['D', 'A8', 'EAF'],
    ssns: n.otherInsuredAdditionalIdentifier ? [n.otherInsuredAdditionalIdentifier] : [],
    maxSsns: 1,
    otherPayer: otherPayerView(o.otherPayerName),
    providerLoops: sharedOtherPayerProviderLoops(o, path, { referring: '2330C', rendering: '2330D', serviceFacility: '2330E', supervising: '2330F', billing: '2330G' }),
  });
}

/**
 * Loop 2300 Claim Information and everything under it:
 * `CLM*PCN1001*250***11:B:1*Y*A*Y*Y~HI*ABK:J069*ABF:R509~NM1*82*…~LX*1~SV1*…~DTP*472*D8*20240301~REF*6R*PCN1001L1~`
 */
export function loop2300(sink: Sink, d: ProfessionalClaimDocument): void {
  const c = d.claimInformation;
  sink.enter('2300', 'claimInformation');
  clm(sink, c);
  const dates = c.claimDateInformation;
  if (dates !== undefined) {
    for (const [qualifier, pick] of LOOP2300_DATES) {
      if (qualifier === 'DISABILITY') writeDisabilityDates(sink, dates);
      else dtpDate(sink, qualifier, pick(dates));
    }
  }
  pwk(sink, c.claimSupplementalInformation?.reportInformations, 10);
  cn1(sink, c.claimContractInformation);
  amt(sink, AMT01_AMOUNT_QUALIFIER.patientPaid, c.patientAmountPaid);
  for (const [qualifier, pick] of LOOP2300_REFS) optionalRef(sink, qualifier, pick(c));
  k3(sink, c.fileInformationList, 10);
  if (c.claimNote !== undefined) {
    const notes = NTE01_CLAIM_NOTE.filter(([, field]) => c.claimNote?.[field]);
    maxUse(notes.length, 1, 'NTE', 'claim notes (the 837P allows one)');
    for (const [code, field] of notes) sink.segment('NTE', [code, c.claimNote[field]]);
  }
  cr1(sink, c.ambulanceTransportInformation);
  const spinal = c.spinalManipulationServiceInformation;
  if (spinal !== undefined) {
    sink.segment('CR2', [undefined, undefined, undefined, undefined, undefined, undefined, undefined, spinal.patientConditionCode, undefined, spinal.patientConditionDescription1, spinal.patientConditionDescription2]);
  }
  crcAmbulance(sink, c.ambulanceCertification);
  const vision = c.patientConditionInformationVision ?? NONE;
  maxUse(vision.length, 3, 'CRC', 'vision conditions');
  for (const v of vision) sink.segment('CRC', [v.codeCategory, v.certificationConditionIndicator, ...v.conditionCodes]);
  if (c.homeboundIndicator) sink.segment('CRC', [CRC01_CODE_CATEGORY.homebound, 'Y', CRC03_HOMEBOUND]);
  if (c.epsdtReferral !== undefined) {
    sink.segment('CRC', [CRC01_CODE_CATEGORY.epsdt, c.epsdtReferral.certificationConditionCodeAppliesIndicator, ...c.epsdtReferral.conditionCodes]);
  }
  const diagnoses = diagnosisComposites(c.healthCareCodeInformation);
  sink.segment('HI', diagnoses);
  const anesthesia = c.anesthesiaRelatedSurgicalProcedure ?? NONE;
  maxUse(anesthesia.length, 2, 'HI', 'anesthesia related procedures');
  if (anesthesia.length > 0) sink.segment('HI', anesthesia.map((code, i) => [i === 0 ? 'BP' : 'BO', code]));
  const conditions = c.conditionInformation ?? NONE;
  maxUse(conditions.length, 2, 'HI', 'condition code segments');
  for (const cond of conditions) {
    maxUse(cond.conditionCodes.length, 12, 'HI', 'condition codes in one HI');
    sink.segment('HI', cond.conditionCodes.map((code) => ['BG', code]));
  }
  hcp(sink, c.claimPricingRepricingInformation);

  for (const entry of LOOP2310) entry.write(sink, d);

  const others = c.otherSubscriberInformation ?? NONE;
  maxUse(others.length, 10, 'SBR (loop 2320)', 'other subscribers');
  others.forEach((o, i) => writeLoop2320(sink, otherSubscriberView(o, i)));
  const otherPayerIds = others.length === 0 ? NO_PAYERS : new Set(others.map((o) => o.otherPayerName.otherPayerIdentifier));

  maxUse(c.serviceLines.length, MAX_LINES, 'LX', 'service lines');
  if (c.serviceLines.length === 0) throw new X12Error(X12ErrorCode.MISSING_VALUE, 'LX (loop 2400): a claim needs at least one service line', { segmentId: 'LX' });
  c.serviceLines.forEach((line, i) => loop2400(sink, d, line, i, diagnoses.length, otherPayerIds));
}

// ---------------------------------------------------------------------------------------------
// 2400 and below
// ---------------------------------------------------------------------------------------------

/** 2400 DTP after the service date, in TR3 order. */
const LOOP2400_DATES: readonly [string, keyof ServiceLineDateInformation][] = [
  ['471', 'prescriptionDate'],
  ['607', 'certificationRevisionOrRecertificationDate'],
  ['463', 'beginTherapyDate'],
  ['461', 'lastCertificationDate'],
  ['304', 'treatmentOrTherapyDate'],
  ['738', 'hemoglobinTestDate'],
  ['739', 'serumCreatineTestDate'],
  ['011', 'shippedDate'],
  ['455', 'lastXRayDate'],
  ['454', 'initialTreatmentDate'],
];

/**
 * `SV1*HC:99214:25*150*UN*1***1:2~`: SV105 only when the line's place of service differs from
 * CLM05-1; SV109/SV111/SV112 only as `Y`.
 */
function sv1(sink: Sink, c: ProfessionalClaimInformation, line: ProfessionalServiceLine, dxCount: number): void {
  const s = line.professionalService;
  sink.segment('SV1', [
    procedureComposite('SV1', 1, s.procedureIdentifier, s.procedureCode, s.procedureModifiers, s.description),
    amount(s.lineItemChargeAmount, 'SV1', 2),
    s.measurementUnit,
    quantity(s.serviceUnitCount, 'SV1', 4),
    s.placeOfServiceCode && s.placeOfServiceCode !== c.placeOfServiceCode ? s.placeOfServiceCode : undefined,
    undefined,
    diagnosisPointers(s.compositeDiagnosisCodePointers.diagnosisCodePointers, dxCount, 'SV1', 7),
    undefined,
    s.emergencyIndicator,
    undefined,
    s.epsdtIndicator,
    s.familyPlanningIndicator,
    undefined,
    undefined,
    s.copayStatusCode,
  ]);
}

/** 2420 loops in TR3 order; line-level providers are written only when they differ from the claim level. */
const LOOP2420: readonly { loop: string; write: (sink: Sink, d: ProfessionalClaimDocument, line: ProfessionalServiceLine, path: string) => void }[] = [
  {
    loop: '2420A',
    write: (s, d, l, p) => {
      const r = l.renderingProvider;
      const claimLevel = d.rendering?.npi ?? d.billing.npi;
      if (r && !sameNpi(r.npi, claimLevel)) writeProviderLoop(s, SPEC_2420A, fromServiceLineProvider(r), `${p}.renderingProvider`);
    },
  },
  { loop: '2420B', write: (s, _d, l, p) => l.purchasedServiceProvider && purchasedService(s, l.purchasedServiceProvider, `${p}.purchasedServiceProvider`) },
  {
    loop: '2420C',
    write: (s, d, l, p) => {
      const f = l.serviceFacilityLocation;
      const claimLevel = d.claimInformation.serviceFacilityLocation?.address ?? d.billing.address;
      if (f && !sameAddress(f.address, claimLevel)) writeProviderLoop(s, SPEC_2420C, facilityView(f), `${p}.serviceFacilityLocation`);
    },
  },
  {
    loop: '2420D',
    write: (s, d, l, p) => l.supervisingProvider && !sameNpi(l.supervisingProvider.npi, d.supervising?.npi) && writeProviderLoop(s, SPEC_2420D, fromServiceLineProvider(l.supervisingProvider), `${p}.supervisingProvider`),
  },
  { loop: '2420E', write: (s, _d, l, p) => l.orderingProvider && writeProviderLoop(s, SPEC_2420E, fromServiceLineProvider(l.orderingProvider), `${p}.orderingProvider`) },
  {
    loop: '2420F',
    write: (s, d, l, p) => l.referringProvider && !sameNpi(l.referringProvider.npi, d.referring?.npi) && writeProviderLoop(s, SPEC_2420F, fromServiceLineProvider(l.referringProvider), `${p}.referringProvider`),
  },
  { loop: '2420G', write: (s, _d, l, p) => ambulanceLocation(s, '2420G', NM101_ENTITY_IDENTIFIER.ambulancePickUp, l.ambulancePickUpLocation, `${p}.ambulancePickUpLocation`) },
  { loop: '2420H', write: (s, _d, l, p) => ambulanceLocation(s, '2420H', NM101_ENTITY_IDENTIFIER.ambulanceDropOff, l.ambulanceDropOffLocation, `${p}.ambulanceDropOffLocation`) },
];

const LINE_PROVIDER_REFS = { maxRefs: 20, ref04: true } as const;
const SPEC_2420A: ProviderLoopSpec = { loop: '2420A', entity: NM101_ENTITY_IDENTIFIER.rendering, name: 'either', prv: PRV01_PROVIDER_CODE.performing, refQualifiers: ['0B', '1G', 'G2', 'LU'], ...LINE_PROVIDER_REFS };
const SPEC_2420C: ProviderLoopSpec = { loop: '2420C', entity: NM101_ENTITY_IDENTIFIER.serviceFacility, name: 'nonPerson', address: 'required', refQualifiers: ['G2', 'LU'], maxRefs: 3, ref04: true };
const SPEC_2420D: ProviderLoopSpec = { loop: '2420D', entity: NM101_ENTITY_IDENTIFIER.supervising, name: 'person', refQualifiers: ['0B', '1G', 'G2', 'LU'], ...LINE_PROVIDER_REFS };
const SPEC_2420E: ProviderLoopSpec = { loop: '2420E', entity: NM101_ENTITY_IDENTIFIER.ordering, name: 'person', address: 'optional', refQualifiers: ['0B', '1G', 'G2'], ...LINE_PROVIDER_REFS, contact: { ...FULL_CONTACT, maxSegments: 1 } };
const SPEC_2420F: ProviderLoopSpec = { loop: '2420F', entity: NM101_ENTITY_IDENTIFIER.referring, name: 'person', refQualifiers: ['0B', '1G', 'G2'], ...LINE_PROVIDER_REFS };

/** 2420B: `NM1*QB*{1|2}*****XX*{npi}~` (the TR3 carries no name here) and its REF IDs. */
function purchasedService(sink: Sink, p: ServiceLineProvider, path: string): void {
  sink.enter('2420B', path);
  const v = fromServiceLineProvider(p);
  sink.segment('NM1', [
    NM101_ENTITY_IDENTIFIER.purchasedService,
    p.organizationName ? NM102_ENTITY_TYPE.nonPerson : NM102_ENTITY_TYPE.person,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    p.npi ? NM108_ID_QUALIFIER.npi : undefined,
    p.npi,
  ]);
  const refs = [...v.derivedRefs.filter((r) => ['0B', '1G', 'G2'].includes(r.qualifier)), ...v.explicitRefs];
  for (const r of refs) {
    if (!['0B', '1G', 'G2'].includes(r.qualifier)) {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, `REF01 ${r.qualifier} is not allowed in loop 2420B`, { segmentId: 'REF', element: 1 });
    }
    ref(sink, r.qualifier, r.identifier, r.otherPayerPrimaryIdentifier);
  }
}

/**
 * Loop 2400 Service Line: `LX*1~SV1*HC:99214*150*UN*1***1:2~DTP*472*D8*20240301~REF*6R*PCN1001L1~`
 * plus 2410 drug, 2420x providers, 2430 prior payer results and 2440 forms.
 */
function loop2400(
  sink: Sink,
  d: ProfessionalClaimDocument,
  line: ProfessionalServiceLine,
  i: number,
  dxCount: number,
  otherPayerIds: ReadonlySet<string>,
): void {
  const c = d.claimInformation;
  const path = serviceLinePath(i);
  sink.enter('2400', path);
  sink.segment('LX', [String(i + 1)]);
  sv1(sink, c, line, dxCount);
  const dme = line.durableMedicalEquipmentService;
  if (dme !== undefined) {
    sink.segment('SV5', [
      ['HC', line.professionalService.procedureCode],
      UNIT_DAYS,
      quantity(dme.days, 'SV5', 3, 0),
      amount(dme.rentalPrice, 'SV5', 4),
      amount(dme.purchasePrice, 'SV5', 5),
      dme.frequencyCode,
    ]);
  }
  pwk(sink, line.serviceLineSupplementalInformation, 10);
  const cmn = line.durableMedicalEquipmentCertificateOfMedicalNecessity;
  if (cmn !== undefined) sink.segment('PWK', [PWK01_CERTIFICATION, cmn.attachmentTransmissionCode]);
  cr1(sink, line.ambulanceTransportInformation);
  const cr3 = line.durableMedicalEquipmentCertification;
  if (cr3 !== undefined) sink.segment('CR3', [cr3.certificationTypeCode, CR302_MONTHS, quantity(cr3.durableMedicalEquipmentDurationInMonths, 'CR3', 3, 0)]);
  crcAmbulance(sink, line.ambulanceCertification);
  if (line.hospiceEmployeeIndicator !== undefined) {
    sink.segment('CRC', [CRC01_CODE_CATEGORY.hospiceEmployee, line.hospiceEmployeeIndicator ? 'Y' : 'N', CRC03_HOSPICE_EMPLOYEE]);
  }
  const dmeCondition = line.conditionIndicatorDurableMedicalEquipment;
  if (dmeCondition !== undefined) {
    sink.segment('CRC', [CRC01_CODE_CATEGORY.dmeCondition, dmeCondition.certificationConditionIndicator, dmeCondition.conditionIndicator, dmeCondition.conditionIndicatorCode]);
  }
  // DTP Date - Service Date (R): 837P has no claim-level service date.
  dtpDateOrRange(sink, DTP01_SERVICE_DATE, required(line.serviceDate, 'DTP', 3, 'serviceDate'), line.serviceDateEnd);
  const lineDates = line.serviceLineDateInformation;
  if (lineDates !== undefined) for (const [qualifier, field] of LOOP2400_DATES) dtpDate(sink, qualifier, lineDates[field]);
  if (line.ambulancePatientCount !== undefined) sink.segment('QTY', [QTY01_QUALIFIER.ambulancePatients, quantity(line.ambulancePatientCount, 'QTY', 2, 0)]);
  if (line.obstetricAnesthesiaAdditionalUnits !== undefined) {
    sink.segment('QTY', [QTY01_QUALIFIER.obstetricAnesthesiaUnits, quantity(line.obstetricAnesthesiaAdditionalUnits, 'QTY', 2)]);
  }
  const tests = line.testResults ?? NONE;
  maxUse(tests.length, 5, 'MEA', 'test results');
  for (const t of tests) sink.segment('MEA', [t.measurementReferenceIdentificationCode, t.measurementQualifier, quantity(t.testResults, 'MEA', 3, 4)]);
  cn1(sink, line.contractInformation);

  const refs = line.serviceLineReferenceInformation;
  optionalRef(sink, '9B', refs?.repricedLineItemReferenceNumber);
  optionalRef(sink, '9D', refs?.adjustedRepricedLineItemReferenceNumber);
  const auths = refs?.priorAuthorization ?? NONE;
  maxUse(auths.length, 5, 'REF*G1', 'line prior authorizations');
  for (const a of auths) ref(sink, REF01_QUALIFIER.priorAuthorization, a.priorAuthorizationOrReferralNumber, a.otherPayerPrimaryIdentifier);
  // REF Line Item Control Number: situational in the TR3, always sent by this gateway — the 835
  // echoes it in 2110 REF*6R and the 277CA in 2220D REF*FJ, which is how lines are matched back.
  const lineId = required(line.providerControlNumber, 'REF', 2, 'providerControlNumber (line item control number)');
  const lines = c.serviceLines;
  for (let k = 0; k < i; k++) if (lines[k].providerControlNumber === lineId) throw duplicateLineId();
  ref(sink, REF01_QUALIFIER.lineItemControlNumber, lineId);
  optionalRef(sink, 'EW', refs?.mammographyCertificationNumber);
  optionalRef(sink, 'X4', refs?.clinicalLaboratoryImprovementAmendmentNumber);
  optionalRef(sink, 'F4', refs?.referringCliaNumber);
  optionalRef(sink, 'BT', refs?.immunizationBatchNumber);
  const referrals = refs?.referralNumber ?? NONE;
  maxUse(referrals.length, 5, 'REF*9F', 'line referral numbers');
  for (const r of referrals) ref(sink, REF01_QUALIFIER.referralNumber, r);
  amt(sink, AMT01_AMOUNT_QUALIFIER.salesTax, line.salesTaxAmount);
  amt(sink, AMT01_AMOUNT_QUALIFIER.postage, line.postageTaxAmount);
  k3(sink, line.fileInformation, 10);
  if (line.additionalNotes && line.goalRehabOrDischargePlans) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'NTE: a line carries one note (ADD or DCP), not both', { segmentId: 'NTE', element: 1 });
  }
  if (line.additionalNotes) sink.segment('NTE', ['ADD', line.additionalNotes]);
  else if (line.goalRehabOrDischargePlans) sink.segment('NTE', ['DCP', line.goalRehabOrDischargePlans]);
  if (line.thirdPartyOrganizationNotes) sink.segment('NTE', ['TPO', line.thirdPartyOrganizationNotes]);
  const ps1 = line.purchasedServiceInformation;
  if (ps1 !== undefined) sink.segment('PS1', [ps1.purchasedServiceProviderIdentifier, amount(ps1.purchasedServiceChargeAmount, 'PS1', 2)]);
  hcp(sink, line.linePricingRepricingInformation);

  const drug = line.drugIdentification;
  if (drug !== undefined) {
    // 2410 Drug Identification: LIN**N4*{11-digit NDC}~CTP****{quantity}*{unit}~[REF*XZ|VY]
    sink.enter('2410', `${path}.drugIdentification`);
    sink.segment('LIN', [undefined, drug.serviceIdQualifier, drug.nationalDrugCode]);
    sink.segment('CTP', [undefined, undefined, undefined, quantity(drug.nationalDrugUnitCount, 'CTP', 4), [drug.measurementUnitCode]]);
    if (drug.pharmacyPrescriptionNumber && drug.linkSequenceNumber) {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, 'REF: loop 2410 carries one prescription (XZ) or link sequence (VY) number, not both', { segmentId: 'REF', element: 1 });
    }
    optionalRef(sink, REF01_QUALIFIER.prescriptionNumber, drug.pharmacyPrescriptionNumber);
    optionalRef(sink, REF01_QUALIFIER.linkSequenceNumber, drug.linkSequenceNumber);
  }

  for (const entry of LOOP2420) entry.write(sink, d, line, path);

  writeProfessionalOrDentalLoop2430s(sink, line.lineAdjudicationInformation ?? NONE, path, otherPayerIds);

  (line.formIdentification ?? NONE).forEach((f, k) => {
    sink.enter('2440', `${path}.formIdentification[${k}]`);
    sink.segment('LQ', [f.formTypeCode, f.formIdentifier]);
    const answers = f.supportingDocumentation ?? NONE;
    if (answers.length === 0) throw new X12Error(X12ErrorCode.MISSING_VALUE, 'FRM (loop 2440) is required', { segmentId: 'FRM' });
    maxUse(answers.length, 99, 'FRM', 'answers');
    for (const a of answers) {
      sink.segment('FRM', [
        a.questionNumber,
        a.questionResponseCode,
        a.questionResponse,
        a.questionResponseAsDate === undefined ? undefined : date(a.questionResponseAsDate, 'FRM', 4),
        a.questionResponseAsPercent === undefined ? undefined : quantity(a.questionResponseAsPercent, 'FRM', 5, 2),
      ]);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// The guide
// ---------------------------------------------------------------------------------------------

/** 837P (005010X222A1) for the shared transaction writer. */
export const professional837: ClaimTransactionWriter<ProfessionalClaimDocument> = {
  kind: 'professional',
  version: VERSION_837P,
  patientControlNumber: (d) => d.claimInformation.patientControlNumber,
  submitter: (d) =>
    d.submitter === undefined
      ? undefined
      : { name: d.submitter, contact: d.submitter.contactInformation },
  loop2000A: (sink, d) => writeLoop2000A(sink, professionalOrDentalBillingView(d)),
  loop2000AInputs: (d) => [d.billing, d.payToAddress, d.payToPlan],
  loop2000B,
  loop2000C,
  loop2300,
};
