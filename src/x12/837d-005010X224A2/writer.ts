// 837 Dental (005010X224A2) loop writers: a normalized DentalClaimDocument → the 2000A/2000B/
// 2000C bodies and loop 2300 with everything under it (DN1/DN2 tooth status, 2310A–E, 2320/2330x,
// 2400 with SV3 and TOO, 2420A–D, 2430). The layout follows the
// X224A2 TR3 as summarized in docs/837-structure.md §11 and the public X224A2 samples.

import { X12Error, X12ErrorCode } from '../core/errors';
import type { Composite } from '../core/writer';
import type {
  Dependent,
  DentalClaimDocument,
  DentalClaimInformation,
  DentalOtherSubscriberInformation,
  DentalServiceLine,
  DentalServiceLinePricingRepricingInformation,
  ClaimPricingRepricingInformation,
} from '../claim-json/claim-document';
import {
  AMT01_AMOUNT_QUALIFIER,
  CLM05_2_FACILITY_QUALIFIER,
  CLM05_3_REPLACES_PRIOR_CLAIM,
  DTP01_SERVICE_DATE,
  NM101_ENTITY_IDENTIFIER,
  PRV01_PROVIDER_CODE,
  REF01_QUALIFIER,
  SV301_1_CDT,
  TOO01_TOOTH_NUMBERING,
} from '../837-common/codes';
import { professionalOrDentalBillingView, writeLoop2000A } from '../837-common/billing-provider';
import { otherPayerView, professionalOrDentalOtherSubscriberView, sharedOtherPayerProviderLoops, writeLoop2320, writeProfessionalOrDentalLoop2430s, type OtherSubscriberView } from '../837-common/cob';
import { facilityView, fromClaimProvider, fromServiceLineProvider, writeProviderLoop, type ProviderLoopSpec, type ProviderRef } from '../837-common/providers';
import { amt, cn1, dtpDate, dtpDateOrRange, k3, maxUse, optionalRef, pwk, ref, sameAddress } from '../837-common/segments';
import type { Sink } from '../837-common/sink';
import { billingProviderPayerIds, payerSecondaryIds, writeLoop2000B, writeLoop2000C } from '../837-common/subscriber';
import { diagnosisPointers, duplicateLineId, NO_PAYERS, procedureComposite } from '../837-common/lines';
import type { ClaimTransactionWriter } from '../837-common/transaction';
import { serviceLinePath, amount, cents, centsToAmount, dateOrRangeText, icdCode, optionalAmount, quantity, required, NONE } from '../837-common/values';

export const VERSION_837D = '005010X224A2';

// ---------------------------------------------------------------------------------------------
// Code lists
// ---------------------------------------------------------------------------------------------

/** CLM19 claim submission reason: PB predetermination of dental benefits. */
export const CLM19_PREDETERMINATION = 'PB';
/** HI01-1 on the 837D: the first code is the principal diagnosis. */
export const HI01_PRINCIPAL_DIAGNOSIS = new Set(['ABK', 'BK']);
/** The 837D diagnosis HI holds at most 4 codes. */
export const MAX_DIAGNOSES = 4;
/** TOO repeats at most 32 times per line; TOO03 holds at most 5 surfaces. */
export const MAX_TEETH_PER_LINE = 32;
export const MAX_SURFACES = 5;
/** DN2 repeats at most 35 times. */
export const MAX_TOOTH_STATUS = 35;
/** NTE01 of the 837D claim note. */
export const NTE01_ADDITIONAL_INFORMATION = 'ADD';

// ---------------------------------------------------------------------------------------------
// 2000A / 2000B / 2000C
// ---------------------------------------------------------------------------------------------

function loop2000B(sink: Sink, d: DentalClaimDocument): void {
  const c = d.claimInformation;
  writeLoop2000B(sink, {
    subscriber: d.subscriber,
    isPatient: d.dependent === undefined,
    claimFilingCode: c.claimFilingCode,
    allowInsuranceType: false,
    memberIdRequired: false,
    propertyCasualtyClaimNumber: c.propertyCasualtyClaimNumber,
    allowContact: false,
    payer: {
      name: d.tradingPartnerName,
      id: d.tradingPartnerServiceId,
      address: d.payerAddress,
      secondaryIds: payerSecondaryIds(d.tradingPartnerSecondaryIdentifiers, d.billing),
      billingProviderIds: billingProviderPayerIds(d.billing),
      maxBillingProviderIds: 1,
    },
  });
}

function loop2000C(sink: Sink, d: DentalClaimDocument, dependent: Dependent): void {
  writeLoop2000C(sink, { dependent, propertyCasualtyClaimNumber: d.claimInformation.propertyCasualtyClaimNumber, allowContact: false });
}

// ---------------------------------------------------------------------------------------------
// 2300
// ---------------------------------------------------------------------------------------------

/** 2300 REF in TR3 order: REF01 → claim field. F8 only for frequency 7/8. */
const LOOP2300_REFS: readonly [string, (c: DentalClaimInformation) => string | undefined][] = [
  [REF01_QUALIFIER.predetermination, (c) => c.claimSupplementalInformation?.predeterminationOfBenefitsIdentifier],
  ['4N', (c) => c.claimSupplementalInformation?.serviceAuthorizationExceptionCode],
  [REF01_QUALIFIER.payerClaimControlNumber, (c) => (CLM05_3_REPLACES_PRIOR_CLAIM.has(c.claimFrequencyCode) ? c.claimSupplementalInformation?.claimControlNumber : undefined)],
  ['9F', (c) => c.claimSupplementalInformation?.referralNumber],
  ['G1', (c) => c.claimSupplementalInformation?.priorAuthorizationNumber],
  ['9A', (c) => c.claimSupplementalInformation?.repricedClaimNumber],
  ['9C', (c) => c.claimSupplementalInformation?.adjustedRepricedClaimNumber],
  ['D9', (c) => c.claimSupplementalInformation?.claimNumber],
];

/** Sum of SV302 in cents. */
export function lineTotalCents(lines: readonly DentalServiceLine[]): number {
  let total = 0;
  for (const l of lines) total += cents(l.dentalService.lineItemChargeAmount, 'SV3', 2);
  return total;
}

/** `CLM*{pcn}*{total}***{pos}:B:{freq}*{sig}*{assign}*{benefits}*{release}**{causes}*{program}*******{PB}*{delay}~` */
function clm(sink: Sink, c: DentalClaimInformation): void {
  const total = lineTotalCents(c.serviceLines);
  if (cents(c.claimChargeAmount, 'CLM', 2) !== total) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'CLM02 claimChargeAmount must equal the sum of the service line charges (SV302)', { segmentId: 'CLM', element: 2 });
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
    undefined,
    causes.length > 0 ? [causes[0], causes[1], undefined, c.autoAccidentStateCode, c.autoAccidentCountryCode] : undefined,
    c.specialProgramCode,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    c.predeterminationOfBenefits ? CLM19_PREDETERMINATION : undefined,
    c.delayReasonCode,
  ]);
}

/** HI (S, max 1): up to 4 codes, the first the principal diagnosis. */
function diagnosisComposites(c: DentalClaimInformation): Composite[] {
  const codes = c.healthCareCodeInformation ?? NONE;
  if (codes.length > MAX_DIAGNOSES) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `HI: ${codes.length} diagnosis codes, the 837D allows at most ${MAX_DIAGNOSES}`, { segmentId: 'HI', element: MAX_DIAGNOSES + 1 });
  }
  return codes.map((dx, i) => {
    if ((i === 0) !== HI01_PRINCIPAL_DIAGNOSIS.has(dx.diagnosisTypeCode)) {
      throw new X12Error(X12ErrorCode.INVALID_VALUE, `HI${String(i + 1).padStart(2, '0')}-1: the first code (and only the first) is the principal diagnosis ABK`, {
        segmentId: 'HI',
        element: i + 1,
        component: 1,
      });
    }
    return [dx.diagnosisTypeCode, icdCode(dx.diagnosisCode, 'HI', i + 1)];
  });
}

function hcp(sink: Sink, h: ClaimPricingRepricingInformation | DentalServiceLinePricingRepricingInformation | undefined): void {
  if (h === undefined) return;
  const line = h as DentalServiceLinePricingRepricingInformation;
  const claim = h as ClaimPricingRepricingInformation;
  sink.segment('HCP', [
    h.pricingMethodologyCode,
    amount(h.repricedAllowedAmount, 'HCP', 2),
    optionalAmount(h.repricedSavingAmount, 'HCP', 3),
    h.repricingOrganizationIdentifier,
    h.repricingPerDiemOrFlatRateAmount === undefined ? undefined : quantity(h.repricingPerDiemOrFlatRateAmount, 'HCP', 5, 2),
    claim.repricedApprovedAmbulatoryPatientGroupCode,
    optionalAmount(claim.repricedApprovedAmbulatoryPatientGroupAmount, 'HCP', 7),
    undefined,
    line.serviceIdQualifier,
    line.repricedApprovedHCPCSCode,
    line.measurementUnitCode,
    line.repricedApprovedServiceUnitCount === undefined ? undefined : quantity(line.repricedApprovedServiceUnitCount, 'HCP', 12),
    h.rejectReasonCode,
    h.policyComplianceCode,
    h.exceptionCode,
  ]);
}

const SPEC_2310A: ProviderLoopSpec = { loop: '2310A', entity: NM101_ENTITY_IDENTIFIER.referring, name: 'person', refQualifiers: ['0B', '1G', 'G2'], maxRefs: 3 };
const SPEC_2310B: ProviderLoopSpec = { loop: '2310B', entity: NM101_ENTITY_IDENTIFIER.rendering, name: 'either', prv: PRV01_PROVIDER_CODE.performing, refQualifiers: ['0B', '1G', 'G2', 'LU'], maxRefs: 4 };
const SPEC_2310C: ProviderLoopSpec = { loop: '2310C', entity: NM101_ENTITY_IDENTIFIER.serviceFacility, name: 'nonPerson', address: 'required', refQualifiers: ['0B', 'G2', 'LU'], maxRefs: 3 };
const SPEC_2310D: ProviderLoopSpec = { loop: '2310D', entity: NM101_ENTITY_IDENTIFIER.assistantSurgeon, name: 'person', prv: PRV01_PROVIDER_CODE.assistantSurgeon, refQualifiers: ['0B', '1G', 'G2', 'LU'], maxRefs: 4 };
const SPEC_2310E: ProviderLoopSpec = { loop: '2310E', entity: NM101_ENTITY_IDENTIFIER.supervising, name: 'person', refQualifiers: ['0B', '1G', 'G2', 'LU'], maxRefs: 4 };

function sameNpi(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && a !== '' && a === b;
}

/** 2310 loops in TR3 order. */
const LOOP2310: readonly { loop: string; write: (sink: Sink, d: DentalClaimDocument) => void }[] = [
  { loop: '2310A', write: (s, d) => d.referring && writeProviderLoop(s, SPEC_2310A, fromClaimProvider(d.referring), 'referring') },
  {
    loop: '2310B',
    write: (s, d) => {
      if (d.rendering === undefined || sameNpi(d.rendering.npi, d.billing.npi)) return;
      // X224A2 2310B PRV (rendering provider specialty) is required when the loop is sent.
      s.enter('2310B', 'rendering');
      required(d.rendering.taxonomyCode, 'PRV', 3, 'rendering taxonomyCode');
      writeProviderLoop(s, SPEC_2310B, fromClaimProvider(d.rendering), 'rendering');
    },
  },
  {
    loop: '2310C',
    write: (s, d) => {
      const f = d.claimInformation.serviceFacilityLocation;
      if (f !== undefined && !sameAddress(f.address, d.billing.address)) writeProviderLoop(s, SPEC_2310C, facilityView(f), 'claimInformation.serviceFacilityLocation');
    },
  },
  { loop: '2310D', write: (s, d) => d.assistantSurgeon && writeProviderLoop(s, SPEC_2310D, fromClaimProvider(d.assistantSurgeon), 'assistantSurgeon') },
  { loop: '2310E', write: (s, d) => d.supervising && writeProviderLoop(s, SPEC_2310E, fromClaimProvider(d.supervising), 'supervising') },
];

function otherSubscriberView(o: DentalOtherSubscriberInformation, i: number): OtherSubscriberView {
  const path = `claimInformation.otherSubscriberInformation[${i}]`;
  const n = o.otherSubscriberName;
  const p = o.otherPayerName;
  const loops = sharedOtherPayerProviderLoops(o, path, { referring: '2330C', rendering: '2330D', supervising: '2330E', billing: '2330F', serviceFacility: '2330G' });
  if (o.otherPayerAssistantSurgeon !== undefined) {
    const a = o.otherPayerAssistantSurgeon;
    loops.push({ loop: '2330H', entity: NM101_ENTITY_IDENTIFIER.assistantSurgeon, entityType: a.entityTypeQualifier, refQualifiers: ['0B', '1G', 'G2'], maxRefs: 3, refs: a.otherPayerAssistantSurgeonIdentifier, path: `${path}.otherPayerAssistantSurgeon` });
  }
  return professionalOrDentalOtherSubscriberView(o, path, {
    amountOrder: ['D', 'EAF', 'A8'],
    ssns: n.otherInsuredAdditionalIdentifiers ?? NONE,
    maxSsns: 2,
    // 837D only: 2330B REF*G3 predetermination identification.
    otherPayer: { ...otherPayerView(p), predeterminationId: p.otherPayerPredeterminationIdentification },
    providerLoops: loops,
  });
}

/**
 * Loop 2300 Claim Information and everything under it:
 * `CLM*DNT1*1245***11:B:1*Y*A*Y*Y~DTP*472*D8*20250312~DN2*19*M****JP~NM1*82*1*CHEN*EMMA****XX*1847392051~PRV*PE*PXC*1223G0001X~LX*1~SV3*AD:D2740*1200****1~TOO*JP*3~…`
 */
export function loop2300(sink: Sink, d: DentalClaimDocument): void {
  const c = d.claimInformation;
  sink.enter('2300', 'claimInformation');
  clm(sink, c);
  const dates = c.claimDateInformation;
  dtpDate(sink, '439', dates?.accidentDate);
  dtpDate(sink, '452', dates?.appliancePlacementDate);
  if (dates?.serviceDate) sink.segment('DTP', [DTP01_SERVICE_DATE, ...dateOrRangeText(dates.serviceDate, 'DTP', 3)]);
  dtpDate(sink, '050', dates?.repricerReceivedDate);
  const ortho = c.orthodonticTotalMonthsOfTreatment;
  if (ortho !== undefined) {
    sink.segment('DN1', [
      ortho.monthsCount === undefined ? undefined : quantity(ortho.monthsCount, 'DN1', 1, 0),
      ortho.monthsRemaining === undefined ? undefined : quantity(ortho.monthsRemaining, 'DN1', 2, 0),
      undefined,
      ortho.treatmentIndicator,
    ]);
  }
  const teeth = c.toothStatus ?? NONE;
  maxUse(teeth.length, MAX_TOOTH_STATUS, 'DN2', 'tooth statuses');
  // DN2*{tooth}*{E|M}****JP: DN206 names the numbering system of DN201 (verify against the TR3).
  for (const t of teeth) sink.segment('DN2', [t.toothNumber, t.toothStatusCode, undefined, undefined, undefined, TOO01_TOOTH_NUMBERING]);
  pwk(sink, c.claimSupplementalInformation?.reportInformations, 10);
  cn1(sink, c.claimContractInformation);
  amt(sink, AMT01_AMOUNT_QUALIFIER.patientPaid, c.patientAmountPaid);
  for (const [qualifier, pick] of LOOP2300_REFS) optionalRef(sink, qualifier, pick(c));
  k3(sink, c.fileInformationList, 10);
  const notes = c.claimNotes ?? NONE;
  maxUse(notes.length, 5, 'NTE', 'claim notes');
  for (const text of notes) sink.segment('NTE', [NTE01_ADDITIONAL_INFORMATION, text]);
  const diagnoses = diagnosisComposites(c);
  if (diagnoses.length > 0) sink.segment('HI', diagnoses);
  hcp(sink, c.claimPricingRepricingInformation);

  for (const entry of LOOP2310) entry.write(sink, d);

  const others = c.otherSubscriberInformation ?? NONE;
  maxUse(others.length, 10, 'SBR (loop 2320)', 'other subscribers');
  others.forEach((o, i) => writeLoop2320(sink, otherSubscriberView(o, i)));
  const otherPayerIds = others.length === 0 ? NO_PAYERS : new Set(others.map((o) => o.otherPayerName.otherPayerIdentifier));

  maxUse(c.serviceLines.length, 50, 'LX', 'service lines');
  if (c.serviceLines.length === 0) throw new X12Error(X12ErrorCode.MISSING_VALUE, 'LX (loop 2400): a claim needs at least one service line', { segmentId: 'LX' });
  c.serviceLines.forEach((line, i) => loop2400(sink, d, line, i, diagnoses.length, otherPayerIds));
}

// ---------------------------------------------------------------------------------------------
// 2400 and below
// ---------------------------------------------------------------------------------------------

const LINE_REFS = { maxRefs: 20, ref04: true } as const;
const SPEC_2420A: ProviderLoopSpec = { loop: '2420A', entity: NM101_ENTITY_IDENTIFIER.rendering, name: 'either', prv: PRV01_PROVIDER_CODE.performing, refQualifiers: ['0B', '1G', 'G2', 'LU'], ...LINE_REFS };
const SPEC_2420B: ProviderLoopSpec = { loop: '2420B', entity: NM101_ENTITY_IDENTIFIER.assistantSurgeon, name: 'person', prv: PRV01_PROVIDER_CODE.assistantSurgeon, refQualifiers: ['0B', '1G', 'G2', 'LU'], ...LINE_REFS };
const SPEC_2420C: ProviderLoopSpec = { loop: '2420C', entity: NM101_ENTITY_IDENTIFIER.supervising, name: 'person', refQualifiers: ['0B', '1G', 'G2', 'LU'], ...LINE_REFS };
const SPEC_2420D: ProviderLoopSpec = { loop: '2420D', entity: NM101_ENTITY_IDENTIFIER.serviceFacility, name: 'nonPerson', address: 'required', refQualifiers: ['G2', 'LU', '1G'], maxRefs: 3 };

/** 2420 loops in TR3 order; written only when they differ from the claim level. */
const LOOP2420: readonly { loop: string; write: (sink: Sink, d: DentalClaimDocument, line: DentalServiceLine, path: string) => void }[] = [
  {
    loop: '2420A',
    write: (s, d, l, p) => l.renderingProvider && !sameNpi(l.renderingProvider.npi, d.rendering?.npi ?? d.billing.npi) && writeProviderLoop(s, SPEC_2420A, fromServiceLineProvider(l.renderingProvider), `${p}.renderingProvider`),
  },
  { loop: '2420B', write: (s, d, l, p) => l.assistantSurgeon && !sameNpi(l.assistantSurgeon.npi, d.assistantSurgeon?.npi) && writeProviderLoop(s, SPEC_2420B, fromServiceLineProvider(l.assistantSurgeon), `${p}.assistantSurgeon`) },
  { loop: '2420C', write: (s, d, l, p) => l.supervisingProvider && !sameNpi(l.supervisingProvider.npi, d.supervising?.npi) && writeProviderLoop(s, SPEC_2420C, fromServiceLineProvider(l.supervisingProvider), `${p}.supervisingProvider`) },
  {
    loop: '2420D',
    write: (s, d, l, p) => {
      const f = l.serviceFacilityLocation;
      if (f === undefined || sameAddress(f.address, d.claimInformation.serviceFacilityLocation?.address ?? d.billing.address)) return;
      const derived: ProviderRef[] = [];
      if (f.commercialNumber) derived.push({ qualifier: 'G2', identifier: f.commercialNumber });
      if (f.locationNumber) derived.push({ qualifier: 'LU', identifier: f.locationNumber });
      if (f.providerUpinNumber) derived.push({ qualifier: '1G', identifier: f.providerUpinNumber });
      writeProviderLoop(s, SPEC_2420D, { organizationName: f.organizationName, npi: f.npi, address: f.address, derivedRefs: derived, explicitRefs: [] }, `${p}.serviceFacilityLocation`);
    },
  },
];

/** 2400 DTP after the service date, in TR3 order. */
const LOOP2400_DATES: readonly [string, (l: DentalServiceLine) => string | undefined][] = [
  ['441', (l) => l.serviceLineDateInformation?.priorPlacementDate ?? l.serviceLineDateInformation?.estimatedPriorPlacementDate],
  ['452', (l) => l.serviceLineDateInformation?.applianceDate],
  ['446', (l) => l.serviceLineDateInformation?.replacementDate],
  ['196', (l) => l.serviceLineDateInformation?.treatmentStartDate],
  ['198', (l) => l.serviceLineDateInformation?.treatmentCompletionDate],
];

/**
 * `SV3*AD:D2150*100*{pos}*{oral cavity}*{I|R}*{count}*****{pointers}~` — SV303 only when it
 * differs from CLM05-1.
 */
function sv3(sink: Sink, c: DentalClaimInformation, line: DentalServiceLine, dxCount: number): void {
  const s = line.dentalService;
  const cavity = s.oralCavityDesignation ?? NONE;
  maxUse(cavity.length, 5, 'SV304', 'oral cavity designations');
  const pointers = s.compositeDiagnosisCodePointers?.diagnosisCodePointers;
  sink.segment('SV3', [
    procedureComposite('SV3', 1, SV301_1_CDT, s.procedureCode, s.procedureModifiers, s.description),
    amount(s.lineItemChargeAmount, 'SV3', 2),
    s.placeOfServiceCode && s.placeOfServiceCode !== c.placeOfServiceCode ? s.placeOfServiceCode : undefined,
    cavity.length > 0 ? cavity : undefined,
    s.prosthesisCrownOrInlayCode,
    s.procedureCount === undefined ? undefined : quantity(s.procedureCount, 'SV3', 6, 0),
    undefined,
    undefined,
    undefined,
    undefined,
    pointers === undefined || pointers.length === 0 ? undefined : diagnosisPointers(pointers, dxCount, 'SV3', 11),
  ]);
}

/** Loop 2400 Service Line: `LX*1~SV3*AD:D2150*100****1~TOO*JP*12*M:O~DTP*472*D8*20250312~REF*6R*DNT1-1~` */
function loop2400(sink: Sink, d: DentalClaimDocument, line: DentalServiceLine, i: number, dxCount: number, otherPayerIds: ReadonlySet<string>): void {
  const path = serviceLinePath(i);
  sink.enter('2400', path);
  sink.segment('LX', [String(i + 1)]);
  sv3(sink, d.claimInformation, line, dxCount);
  const teeth = line.teethInformation ?? NONE;
  maxUse(teeth.length, MAX_TEETH_PER_LINE, 'TOO', 'teeth');
  for (const t of teeth) {
    const surfaces = t.toothSurfaceCodes ?? NONE;
    maxUse(surfaces.length, MAX_SURFACES, 'TOO03', 'tooth surfaces');
    sink.segment('TOO', [TOO01_TOOTH_NUMBERING, required(t.toothCode, 'TOO', 2, 'toothCode'), surfaces.length > 0 ? surfaces : undefined]);
  }
  // DTP Date - Service Date: only when it is not already the claim-level date (2300 DTP*472).
  if (line.serviceDate && line.serviceDate !== d.claimInformation.claimDateInformation?.serviceDate) {
    dtpDateOrRange(sink, DTP01_SERVICE_DATE, line.serviceDate, undefined);
  }
  for (const [qualifier, pick] of LOOP2400_DATES) dtpDate(sink, qualifier, pick(line));
  cn1(sink, line.contractInformation);
  const refs = line.serviceLineReferenceInformation;
  const predeterminations = refs?.predeterminationOfBenefits ?? NONE;
  maxUse(predeterminations.length, 5, 'REF*G3', 'line predetermination identifiers');
  for (const p of predeterminations) ref(sink, REF01_QUALIFIER.predetermination, p.predeterminationOfBenefits, p.otherPayerPrimaryIdentifier);
  const auths = refs?.priorAuthorization ?? NONE;
  maxUse(auths.length, 5, 'REF*G1', 'line prior authorizations');
  for (const a of auths) ref(sink, REF01_QUALIFIER.priorAuthorization, a.priorAuthorizationOrReferralNumber, a.otherPayerPrimaryIdentifier);
  // REF Line Item Control Number: always sent (835 2110 REF*6R echoes it).
  const lineId = required(line.providerControlNumber, 'REF', 2, 'providerControlNumber (line item control number)');
  const lines = d.claimInformation.serviceLines;
  for (let k = 0; k < i; k++) if (lines[k].providerControlNumber === lineId) throw duplicateLineId();
  ref(sink, REF01_QUALIFIER.lineItemControlNumber, lineId);
  optionalRef(sink, '9B', refs?.repricedLineItemReferenceNumber);
  optionalRef(sink, '9D', refs?.adjustedRepricedLineItemReferenceNumber);
  const referrals = refs?.referralNumber ?? NONE;
  maxUse(referrals.length, 5, 'REF*9F', 'line referral numbers');
  for (const r of referrals) ref(sink, REF01_QUALIFIER.referralNumber, r);
  amt(sink, AMT01_AMOUNT_QUALIFIER.salesTax, line.salesTaxAmount);
  amt(sink, AMT01_AMOUNT_QUALIFIER.postage, line.postageTaxAmount);
  k3(sink, line.fileInformation, 10);
  hcp(sink, line.linePricingRepricingInformation);

  for (const entry of LOOP2420) entry.write(sink, d, line, path);

  writeProfessionalOrDentalLoop2430s(sink, line.lineAdjudicationInformation ?? NONE, path, otherPayerIds);
}

// ---------------------------------------------------------------------------------------------
// The guide
// ---------------------------------------------------------------------------------------------

/** 837D (005010X224A2) for the shared transaction writer. */
export const dental837: ClaimTransactionWriter<DentalClaimDocument> = {
  kind: 'dental',
  version: VERSION_837D,
  patientControlNumber: (d) => d.claimInformation.patientControlNumber,
  submitter: (d) => (d.submitter === undefined ? undefined : { name: d.submitter, contact: d.submitter.contactInformation }),
  loop2000A: (sink, d) => writeLoop2000A(sink, professionalOrDentalBillingView(d)),
  loop2000AInputs: (d) => [d.billing, d.payToAddress, d.payToPlan],
  loop2000B,
  loop2000C,
  loop2300,
};
