// 837P (005010X222A1) reader: one checked 2300 loop with the loops around it → a normalized
// ProfessionalClaimDocument, the reverse of the claim-json.md map (§2). Segments are found through
// the loop tree the guide checker built from its table (x222a1.ts), never by position. Values are
// taken as written, except amounts, which come out with two decimals ("150" → "150.00").

import type { Segment } from '../core/segment';
import type {
  AmbulanceCertification,
  AmbulanceTransportInformation,
  ClaimNote,
  ClaimPricingRepricingInformation,
  ClaimSupplementalInformation,
  ConditionInformation,
  ContractInformation,
  DrugIdentification,
  EpsdtReferral,
  FormIdentification,
  HealthCareCodeInformation,
  Measurements,
  OtherSubscriberInformation,
  PatientConditionInformationVision,
  PayToPlan,
  PriorAuthorization,
  ProfessionalClaimDateInformation,
  ProfessionalClaimDocument,
  ProfessionalClaimInformation,
  ProfessionalService,
  ProfessionalServiceLine,
  ServiceFacilityLocation,
  ServiceLineDateInformation,
  ServiceLineProvider,
  ServiceLineReferenceInformation,
  SpinalManipulationServiceInformation,
} from '../claim-json/claim-document';
import {
  LoopView,
  Trace,
  address,
  amount,
  amounts,
  attach,
  components,
  contact,
  count,
  dates,
  elements,
  identifier,
  name,
  nonEmpty,
  notes,
  refList,
  refs,
  reports,
} from '../837/read-support';
import {
  billingProvider,
  commonFields,
  otherPayerName,
  otherSubscriberName,
  patientNameLoop,
  professionalOrDentalLineAdjudication,
  professionalOrDentalOtherSubscriber,
  providerLoop,
  receiver,
  submitter,
  type ClaimContext,
} from '../837/read-parties';

export function readProfessionalClaim(ctx: ClaimContext): ProfessionalClaimDocument {
  const { trace } = ctx;
  const doc = {} as ProfessionalClaimDocument;
  trace.mark(doc, ctx.claim.first);
  commonFields(ctx, doc);
  doc.submitter = submitter(ctx);
  doc.receiver = receiver(ctx);
  doc.billing = billingProvider(ctx);
  attach(trace, doc, 'payToAddress', address(trace, ctx.billing.loop('2010AB')));
  attach(trace, doc, 'payToPlan', payToPlan(trace, ctx.billing.loop('2010AC')));
  const claim = ctx.claim;
  attach(trace, doc, 'referring', providerLoop(trace, claim.loop('2310A')));
  attach(trace, doc, 'rendering', providerLoop(trace, claim.loop('2310B')));
  attach(trace, doc, 'supervising', providerLoop(trace, claim.loop('2310D')));
  doc.claimInformation = claimInformation(ctx);
  return doc;
}

/** 2010AC NM1*PE pay-to plan (N3/N4, REF 2U/FY/NF, REF*EI). */
export function payToPlan(trace: Trace, loop: LoopView | undefined): PayToPlan | undefined {
  if (!loop) return undefined;
  const nm1 = loop.first;
  const p = {} as PayToPlan;
  trace.mark(p, nm1);
  trace.put(p, 'organizationName', nm1.element(3), nm1, 3);
  trace.put(p, 'primaryIdentifierTypeCode', nm1.element(8) as PayToPlan['primaryIdentifierTypeCode'], nm1, 8);
  trace.put(p, 'primaryIdentifier', nm1.element(9), nm1, 9);
  attach(trace, p, 'address', address(trace, loop));
  const secondary = loop.seg('REF', ['2U', 'FY', 'NF']);
  trace.put(p, 'secondaryIdentifierTypeCode', secondary?.element(1) as PayToPlan['secondaryIdentifierTypeCode'], secondary, 1);
  trace.put(p, 'secondaryIdentifier', secondary?.element(2), secondary, 2);
  refs(trace, p, loop, { EI: 'taxIdentificationNumber' });
  return p;
}

const CLAIM_DATES: Readonly<Record<string, keyof ProfessionalClaimDateInformation & string>> = {
  '431': 'symptomDate',
  '454': 'initialTreatmentDate',
  '304': 'lastSeenDate',
  '453': 'acuteManifestationDate',
  '439': 'accidentDate',
  '484': 'lastMenstrualPeriodDate',
  '455': 'lastXRayDate',
  '471': 'hearingAndVisionPrescriptionDate',
  '360': 'disabilityBeginDate',
  '361': 'disabilityEndDate',
  '297': 'lastWorkedDate',
  '296': 'authorizedReturnToWorkDate',
  '435': 'admissionDate',
  '096': 'dischargeDate',
  '090': 'assumedAndRelinquishedCareBeginDate',
  '091': 'assumedAndRelinquishedCareEndDate',
  '444': 'firstContactDate',
  '050': 'repricerReceivedDate',
};

const CLAIM_REFS: Readonly<Record<string, keyof ClaimSupplementalInformation & string>> = {
  '4N': 'serviceAuthorizationExceptionCode',
  F5: 'medicareCrossoverReferenceId',
  EW: 'mammographyCertificationNumber',
  '9F': 'referralNumber',
  G1: 'priorAuthorizationNumber',
  F8: 'claimControlNumber',
  X4: 'cliaNumber',
  '9A': 'repricedClaimNumber',
  '9C': 'adjustedRepricedClaimNumber',
  LX: 'investigationalDeviceExemptionNumber',
  D9: 'claimNumber',
  EA: 'medicalRecordNumber',
  P4: 'demoProjectIdentifier',
  '1J': 'carePlanOversightNumber',
};

const CLAIM_NOTES: Readonly<Record<string, keyof ClaimNote & string>> = {
  ADD: 'additionalInformation',
  CER: 'certificationNarrative',
  DGN: 'diagnosisDescription',
  DCP: 'goalRehabOrDischargePlans',
  TPO: 'thirdPartOrgNotes',
};

function claimInformation(ctx: ClaimContext): ProfessionalClaimInformation {
  const { trace, claim } = ctx;
  const clm = claim.first;
  const info = {} as ProfessionalClaimInformation;
  trace.mark(info, clm);
  const sbr = ctx.subscriber.seg('SBR');
  trace.put(info, 'claimFilingCode', sbr?.element(9) as ProfessionalClaimInformation['claimFilingCode'], sbr, 9);
  trace.put(info, 'patientControlNumber', clm.element(1), clm, 1);
  trace.put(info, 'claimChargeAmount', amount(clm.element(2)), clm, 2);
  trace.put(info, 'placeOfServiceCode', clm.component(5, 1) as ProfessionalClaimInformation['placeOfServiceCode'], clm, 5, 1);
  trace.put(info, 'claimFrequencyCode', clm.component(5, 3) as ProfessionalClaimInformation['claimFrequencyCode'], clm, 5, 3);
  trace.put(info, 'signatureIndicator', clm.element(6) as ProfessionalClaimInformation['signatureIndicator'], clm, 6);
  trace.put(info, 'planParticipationCode', clm.element(7) as ProfessionalClaimInformation['planParticipationCode'], clm, 7);
  trace.put(info, 'benefitsAssignmentCertificationIndicator', clm.element(8) as ProfessionalClaimInformation['benefitsAssignmentCertificationIndicator'], clm, 8);
  trace.put(info, 'releaseInformationCode', clm.element(9) as ProfessionalClaimInformation['releaseInformationCode'], clm, 9);
  if (clm.element(10) === 'P') trace.put(info, 'patientSignatureSourceCode', true, clm, 10);
  relatedCauses(trace, info, clm);
  trace.put(info, 'specialProgramCode', clm.element(12) as ProfessionalClaimInformation['specialProgramCode'], clm, 12);
  trace.put(info, 'delayReasonCode', clm.element(20) as ProfessionalClaimInformation['delayReasonCode'], clm, 20);
  amounts(trace, info, claim, { F5: 'patientAmountPaid' });
  patientFields(ctx, info);

  const claimDates: ProfessionalClaimDateInformation = {};
  dates(trace, claimDates, claim, CLAIM_DATES);
  const disability = claim.seg('DTP', '314');
  if (disability) {
    const [from, to] = disability.element(3).split('-');
    trace.put(claimDates, 'disabilityBeginDate', from, disability, 3);
    trace.put(claimDates, 'disabilityEndDate', to, disability, 3);
  }
  attach(trace, info, 'claimDateInformation', nonEmpty(claimDates));

  const supplemental: ClaimSupplementalInformation = {};
  refs(trace, supplemental, claim, CLAIM_REFS);
  attach(trace, supplemental, 'reportInformations', reports(trace, claim.segs('PWK')));
  attach(trace, info, 'claimSupplementalInformation', nonEmpty(supplemental));

  const note: ClaimNote = {};
  notes(trace, note, claim, CLAIM_NOTES);
  attach(trace, info, 'claimNote', nonEmpty(note));
  attach(trace, info, 'fileInformationList', claim.segs('K3').map((k3) => k3.element(1)).filter(Boolean));
  attach(trace, info, 'claimContractInformation', contract(trace, claim.seg('CN1')));
  attach(trace, info, 'claimPricingRepricingInformation', pricing(trace, claim.seg('HCP')));
  attach(trace, info, 'ambulanceTransportInformation', ambulanceTransport(trace, claim.seg('CR1')));
  attach(trace, info, 'ambulanceCertification', claim.segs('CRC', '07').map((crc) => ambulanceCertification(trace, crc)));
  attach(trace, info, 'patientConditionInformationVision', claim.segs('CRC', ['E1', 'E2', 'E3']).map((crc) => vision(trace, crc)));
  const homebound = claim.seg('CRC', '75');
  if (homebound) trace.put(info, 'homeboundIndicator', homebound.element(2) === 'Y', homebound, 2);
  attach(trace, info, 'epsdtReferral', epsdt(trace, claim.seg('CRC', 'ZZ')));
  attach(trace, info, 'spinalManipulationServiceInformation', spinal(trace, claim.seg('CR2')));
  diagnoses(trace, info, claim);
  attach(trace, info, 'serviceFacilityLocation', serviceFacility(trace, claim.loop('2310C')));
  attach(trace, info, 'ambulancePickUpLocation', address(trace, claim.loop('2310E')));
  attach(trace, info, 'ambulanceDropOffLocation', address(trace, claim.loop('2310F')));
  attach(trace, info, 'otherSubscriberInformation', claim.loops('2320').map((l) => otherSubscriber(trace, l)));
  info.serviceLines = claim.loops('2400').map((l) => serviceLine(trace, l));
  return info;
}

/** CLM11: related causes (-1, -2), auto accident state (-4) and country (-5). */
export function relatedCauses(trace: Trace, info: { relatedCausesCode?: string[]; autoAccidentStateCode?: string; autoAccidentCountryCode?: string }, clm: Segment): void {
  const causes = components(clm, 11, 1, 2);
  if (causes.length > 0) {
    info.relatedCausesCode = causes;
    trace.mark(info, clm, 'relatedCausesCode');
  }
  trace.put(info, 'autoAccidentStateCode', clm.component(11, 4), clm, 11, 4);
  trace.put(info, 'autoAccidentCountryCode', clm.component(11, 5), clm, 11, 5);
}

/** PAT05–PAT09 of the patient's level (2000B PAT or 2000C PAT) and REF*Y4 of its name loop. */
function patientFields(ctx: ClaimContext, info: ProfessionalClaimInformation): void {
  const { trace } = ctx;
  const pat = (ctx.patient ?? ctx.subscriber).seg('PAT');
  if (pat) {
    if (pat.element(5) === 'D8') trace.put(info, 'deathDate', pat.element(6), pat, 6);
    trace.put(info, 'patientWeight', pat.element(8), pat, 8);
    trace.put(info, 'pregnancyIndicator', pat.element(9) as 'Y', pat, 9);
  }
  refs(trace, info, patientNameLoop(ctx), { Y4: 'propertyCasualtyClaimNumber' });
}

/** CN1 contract (2300 or 2400). */
export function contract(trace: Trace, cn1: Segment | undefined): ContractInformation | undefined {
  if (!cn1) return undefined;
  const c = {} as ContractInformation;
  trace.mark(c, cn1);
  trace.put(c, 'contractTypeCode', cn1.element(1) as ContractInformation['contractTypeCode'], cn1, 1);
  trace.put(c, 'contractAmount', cn1.element(2) && amount(cn1.element(2)), cn1, 2);
  trace.put(c, 'contractPercentage', cn1.element(3), cn1, 3);
  trace.put(c, 'contractCode', cn1.element(4), cn1, 4);
  trace.put(c, 'termsDiscountPercentage', cn1.element(5), cn1, 5);
  trace.put(c, 'contractVersionIdentifier', cn1.element(6), cn1, 6);
  return c;
}

/** HCP repricing (2300 or 2400). */
export function pricing(trace: Trace, hcp: Segment | undefined): ClaimPricingRepricingInformation | undefined {
  if (!hcp) return undefined;
  const p = {} as ClaimPricingRepricingInformation;
  trace.mark(p, hcp);
  trace.put(p, 'pricingMethodologyCode', hcp.element(1) as ClaimPricingRepricingInformation['pricingMethodologyCode'], hcp, 1);
  trace.put(p, 'repricedAllowedAmount', hcp.element(2) && amount(hcp.element(2)), hcp, 2);
  trace.put(p, 'repricedSavingAmount', hcp.element(3) && amount(hcp.element(3)), hcp, 3);
  trace.put(p, 'repricingOrganizationIdentifier', hcp.element(4), hcp, 4);
  trace.put(p, 'repricingPerDiemOrFlatRateAmount', hcp.element(5) && amount(hcp.element(5)), hcp, 5);
  trace.put(p, 'repricedApprovedAmbulatoryPatientGroupCode', hcp.element(6), hcp, 6);
  trace.put(p, 'repricedApprovedAmbulatoryPatientGroupAmount', hcp.element(7) && amount(hcp.element(7)), hcp, 7);
  trace.put(p, 'rejectReasonCode', hcp.element(13) as ClaimPricingRepricingInformation['rejectReasonCode'], hcp, 13);
  trace.put(p, 'policyComplianceCode', hcp.element(14) as ClaimPricingRepricingInformation['policyComplianceCode'], hcp, 14);
  trace.put(p, 'exceptionCode', hcp.element(15) as ClaimPricingRepricingInformation['exceptionCode'], hcp, 15);
  return p;
}

/** CR1 ambulance transport (2300 or 2400). */
function ambulanceTransport(trace: Trace, cr1: Segment | undefined): AmbulanceTransportInformation | undefined {
  if (!cr1) return undefined;
  const a = {} as AmbulanceTransportInformation;
  trace.mark(a, cr1);
  trace.put(a, 'patientWeightInPounds', cr1.element(2), cr1, 2);
  trace.put(a, 'ambulanceTransportReasonCode', cr1.element(4) as AmbulanceTransportInformation['ambulanceTransportReasonCode'], cr1, 4);
  trace.put(a, 'transportDistanceInMiles', cr1.element(6), cr1, 6);
  trace.put(a, 'roundTripPurposeDescription', cr1.element(9), cr1, 9);
  trace.put(a, 'stretcherPurposeDescription', cr1.element(10), cr1, 10);
  return a;
}

function ambulanceCertification(trace: Trace, crc: Segment): AmbulanceCertification {
  const c = {} as AmbulanceCertification;
  trace.mark(c, crc);
  trace.put(c, 'certificationConditionIndicator', crc.element(2) as AmbulanceCertification['certificationConditionIndicator'], crc, 2);
  c.conditionCodes = elements(crc, 3, 7) as AmbulanceCertification['conditionCodes'];
  trace.mark(c, crc, 'conditionCodes');
  return c;
}

function vision(trace: Trace, crc: Segment): PatientConditionInformationVision {
  const v = {} as PatientConditionInformationVision;
  trace.mark(v, crc);
  trace.put(v, 'codeCategory', crc.element(1) as PatientConditionInformationVision['codeCategory'], crc, 1);
  trace.put(v, 'certificationConditionIndicator', crc.element(2) as PatientConditionInformationVision['certificationConditionIndicator'], crc, 2);
  v.conditionCodes = elements(crc, 3, 7) as PatientConditionInformationVision['conditionCodes'];
  trace.mark(v, crc, 'conditionCodes');
  return v;
}

/** CRC*ZZ EPSDT referral (2300, also 837I). */
export function epsdt(trace: Trace, crc: Segment | undefined): EpsdtReferral | undefined {
  if (!crc) return undefined;
  const e = {} as EpsdtReferral;
  trace.mark(e, crc);
  trace.put(e, 'certificationConditionCodeAppliesIndicator', crc.element(2) as EpsdtReferral['certificationConditionCodeAppliesIndicator'], crc, 2);
  e.conditionCodes = elements(crc, 3, 5) as EpsdtReferral['conditionCodes'];
  trace.mark(e, crc, 'conditionCodes');
  return e;
}

function spinal(trace: Trace, cr2: Segment | undefined): SpinalManipulationServiceInformation | undefined {
  if (!cr2) return undefined;
  const s = {} as SpinalManipulationServiceInformation;
  trace.mark(s, cr2);
  trace.put(s, 'patientConditionCode', cr2.element(8) as SpinalManipulationServiceInformation['patientConditionCode'], cr2, 8);
  trace.put(s, 'patientConditionDescription1', cr2.element(10), cr2, 10);
  trace.put(s, 'patientConditionDescription2', cr2.element(11), cr2, 11);
  return s;
}

const DIAGNOSIS_QUALIFIERS = new Set(['ABK', 'BK', 'ABF', 'BF']);

/** 2300 HI: diagnoses (ABK/ABF, ICD-9 BK/BF), anesthesia procedures (BP/BO), condition codes (BG). */
function diagnoses(trace: Trace, info: ProfessionalClaimInformation, claim: LoopView): void {
  const dx: HealthCareCodeInformation[] = [];
  const anesthesia: string[] = [];
  const conditions: ConditionInformation[] = [];
  for (const hi of claim.segs('HI')) {
    const kind = hi.component(1, 1);
    if (DIAGNOSIS_QUALIFIERS.has(kind)) {
      for (let e = 1; e <= hi.elementCount; e++) {
        if (hi.element(e) === '') continue;
        const d = {} as HealthCareCodeInformation;
        trace.mark(d, hi);
        trace.put(d, 'diagnosisTypeCode', hi.component(e, 1) as HealthCareCodeInformation['diagnosisTypeCode'], hi, e, 1);
        trace.put(d, 'diagnosisCode', hi.component(e, 2), hi, e, 2);
        dx.push(d);
      }
    } else if (kind === 'BP' || kind === 'BO') {
      for (let e = 1; e <= hi.elementCount; e++) if (hi.component(e, 2) !== '') anesthesia.push(hi.component(e, 2));
    } else if (kind === 'BG') {
      const c: ConditionInformation = { conditionCodes: [] };
      trace.mark(c, hi);
      for (let e = 1; e <= hi.elementCount; e++) if (hi.component(e, 2) !== '') c.conditionCodes.push(hi.component(e, 2));
      conditions.push(c);
    }
  }
  info.healthCareCodeInformation = dx;
  trace.mark(info, claim.seg('HI') ?? claim.first, 'healthCareCodeInformation');
  attach(trace, info, 'anesthesiaRelatedSurgicalProcedure', anesthesia, claim.seg('HI', ['BP'], 1));
  attach(trace, info, 'conditionInformation', conditions);
}

/** 2310C / 2420C NM1*77 service facility (N3/N4, REF, PER). */
export function serviceFacility(trace: Trace, loop: LoopView | undefined): ServiceFacilityLocation | undefined {
  if (!loop) return undefined;
  const nm1 = loop.first;
  const f = {} as ServiceFacilityLocation;
  trace.mark(f, nm1);
  trace.put(f, 'organizationName', nm1.element(3), nm1, 3);
  trace.put(f, 'npi', identifier(nm1, 'XX'), nm1, 9);
  attach(trace, f, 'address', address(trace, loop));
  attach(trace, f, 'secondaryIdentifier', refList(trace, loop));
  const per = loop.seg('PER');
  const phone = contact(trace, per);
  trace.put(f, 'phoneName', phone?.name, per, 2);
  trace.put(f, 'phoneNumber', phone?.phoneNumber, per, 4);
  trace.put(f, 'phoneExtension', phone?.phoneExtension, per, 6);
  return f;
}

// ---- 2320 / 2330 other payers ----

function otherSubscriber(trace: Trace, loop: LoopView): OtherSubscriberInformation {
  return professionalOrDentalOtherSubscriber(trace, loop, otherSubscriberName, otherPayerName);
}


// ---- 2400 service lines ----

const LINE_DATES: Readonly<Record<string, keyof ServiceLineDateInformation & string>> = {
  '471': 'prescriptionDate',
  '607': 'certificationRevisionOrRecertificationDate',
  '463': 'beginTherapyDate',
  '461': 'lastCertificationDate',
  '304': 'treatmentOrTherapyDate',
  '738': 'hemoglobinTestDate',
  '739': 'serumCreatineTestDate',
  '011': 'shippedDate',
  '454': 'initialTreatmentDate',
  '455': 'lastXRayDate',
};

/** DTP*472 service date: D8 → serviceDate; RD8 → serviceDate and serviceDateEnd. */
export function serviceDate(trace: Trace, target: { serviceDate?: string; serviceDateEnd?: string }, dtp: Segment | undefined): void {
  if (!dtp) return;
  const value = dtp.element(3);
  if (dtp.element(2) === 'RD8') {
    const [from, to] = value.split('-');
    trace.put(target, 'serviceDate', from, dtp, 3);
    trace.put(target, 'serviceDateEnd', to, dtp, 3);
  } else {
    trace.put(target, 'serviceDate', value, dtp, 3);
  }
}

function serviceLine(trace: Trace, loop: LoopView): ProfessionalServiceLine {
  const line = {} as ProfessionalServiceLine;
  trace.mark(line, loop.first);
  serviceDate(trace, line, loop.seg('DTP', '472'));
  refs(trace, line, loop, { '6R': 'providerControlNumber' });
  line.professionalService = professionalService(trace, loop.seg('SV1'), loop.first);
  attach(trace, line, 'drugIdentification', drug(trace, loop.loop('2410')));
  attach(trace, line, 'renderingProvider', lineProvider(trace, loop.loop('2420A')));
  attach(trace, line, 'purchasedServiceProvider', lineProvider(trace, loop.loop('2420B')));
  attach(trace, line, 'serviceFacilityLocation', serviceFacility(trace, loop.loop('2420C')));
  attach(trace, line, 'supervisingProvider', lineProvider(trace, loop.loop('2420D')));
  attach(trace, line, 'orderingProvider', lineProvider(trace, loop.loop('2420E')));
  attach(trace, line, 'referringProvider', lineProvider(trace, loop.loop('2420F')));
  attach(trace, line, 'ambulancePickUpLocation', address(trace, loop.loop('2420G')));
  attach(trace, line, 'ambulanceDropOffLocation', address(trace, loop.loop('2420H')));

  const references: ServiceLineReferenceInformation = {};
  refs(trace, references, loop, {
    '9B': 'repricedLineItemReferenceNumber',
    '9D': 'adjustedRepricedLineItemReferenceNumber',
    EW: 'mammographyCertificationNumber',
    X4: 'clinicalLaboratoryImprovementAmendmentNumber',
    F4: 'referringCliaNumber',
    BT: 'immunizationBatchNumber',
  });
  attach(trace, references, 'priorAuthorization', priorAuthorizations(trace, loop.segs('REF', 'G1')));
  attach(trace, references, 'referralNumber', loop.segs('REF', '9F').map((r) => r.element(2)).filter(Boolean), loop.seg('REF', '9F'));
  attach(trace, line, 'serviceLineReferenceInformation', nonEmpty(references));

  const lineDates: ServiceLineDateInformation = {};
  dates(trace, lineDates, loop, LINE_DATES);
  attach(trace, line, 'serviceLineDateInformation', nonEmpty(lineDates));
  notes(trace, line, loop, { ADD: 'additionalNotes', DCP: 'goalRehabOrDischargePlans', TPO: 'thirdPartyOrganizationNotes' });
  amounts(trace, line, loop, { T: 'salesTaxAmount', F4: 'postageTaxAmount' });
  attach(trace, line, 'lineAdjudicationInformation', loop.loops('2430').map((l) => professionalOrDentalLineAdjudication(trace, l)));
  attach(trace, line, 'testResults', loop.segs('MEA').map((mea) => measurement(trace, mea)));
  attach(trace, line, 'contractInformation', contract(trace, loop.seg('CN1')));
  attach(trace, line, 'linePricingRepricingInformation', pricing(trace, loop.seg('HCP')));
  attach(trace, line, 'serviceLineSupplementalInformation', reports(trace, loop.segs('PWK').filter((p) => p.element(1) !== 'CT')));
  dme(trace, line, loop);
  const ps1 = loop.seg('PS1');
  if (ps1) {
    const p = {} as NonNullable<ProfessionalServiceLine['purchasedServiceInformation']>;
    trace.mark(p, ps1);
    trace.put(p, 'purchasedServiceProviderIdentifier', ps1.element(1), ps1, 1);
    trace.put(p, 'purchasedServiceChargeAmount', amount(ps1.element(2)), ps1, 2);
    line.purchasedServiceInformation = p;
  }
  attach(trace, line, 'ambulanceTransportInformation', ambulanceTransport(trace, loop.seg('CR1')));
  attach(trace, line, 'ambulanceCertification', loop.segs('CRC', '07').map((crc) => ambulanceCertification(trace, crc)));
  const patients = loop.seg('QTY', 'PT');
  trace.put(line, 'ambulancePatientCount', patients && (count(patients.element(2)) as number), patients, 2);
  const units = loop.seg('QTY', 'FL');
  trace.put(line, 'obstetricAnesthesiaAdditionalUnits', units && (count(units.element(2)) as number), units, 2);
  const hospice = loop.seg('CRC', '70');
  if (hospice) trace.put(line, 'hospiceEmployeeIndicator', hospice.element(2) === 'Y', hospice, 2);
  attach(trace, line, 'fileInformation', loop.segs('K3').map((k3) => k3.element(1)).filter(Boolean), loop.seg('K3'));
  attach(trace, line, 'formIdentification', loop.loops('2440').map((l) => form(trace, l)));
  return line;
}

/** SV1 professional service (SV101 composite, SV102–SV105, SV107 pointers, SV109/111/112/115). */
function professionalService(trace: Trace, sv1: Segment | undefined, fallback: Segment): ProfessionalService {
  const s = {} as ProfessionalService;
  trace.mark(s, sv1 ?? fallback);
  if (!sv1) return s;
  trace.put(s, 'procedureIdentifier', sv1.component(1, 1) as ProfessionalService['procedureIdentifier'], sv1, 1, 1);
  trace.put(s, 'procedureCode', sv1.component(1, 2), sv1, 1, 2);
  attach(trace, s, 'procedureModifiers', components(sv1, 1, 3, 6), sv1);
  trace.put(s, 'description', sv1.component(1, 7), sv1, 1, 7);
  trace.put(s, 'lineItemChargeAmount', amount(sv1.element(2)), sv1, 2);
  trace.put(s, 'measurementUnit', sv1.element(3) as ProfessionalService['measurementUnit'], sv1, 3);
  trace.put(s, 'serviceUnitCount', sv1.element(4), sv1, 4);
  trace.put(s, 'placeOfServiceCode', sv1.element(5) as ProfessionalService['placeOfServiceCode'], sv1, 5);
  s.compositeDiagnosisCodePointers = { diagnosisCodePointers: components(sv1, 7, 1, 4) };
  trace.mark(s.compositeDiagnosisCodePointers, sv1);
  trace.mark(s, sv1, 'compositeDiagnosisCodePointers');
  trace.put(s, 'emergencyIndicator', sv1.element(9) as 'Y', sv1, 9);
  trace.put(s, 'epsdtIndicator', sv1.element(11) as 'Y', sv1, 11);
  trace.put(s, 'familyPlanningIndicator', sv1.element(12) as 'Y', sv1, 12);
  trace.put(s, 'copayStatusCode', sv1.element(15) as '0', sv1, 15);
  return s;
}

/** REF*G1 at line level → [{ priorAuthorizationOrReferralNumber REF02, otherPayerPrimaryIdentifier REF04-2 }]. */
export function priorAuthorizations(trace: Trace, segs: readonly Segment[]): PriorAuthorization[] {
  return segs.map((ref) => {
    const p = {} as PriorAuthorization;
    trace.mark(p, ref);
    trace.put(p, 'priorAuthorizationOrReferralNumber', ref.element(2), ref, 2);
    trace.put(p, 'otherPayerPrimaryIdentifier', ref.component(4, 2), ref, 4, 2);
    return p;
  });
}

/** 2410 LIN/CTP/REF drug identification. */
function drug(trace: Trace, loop: LoopView | undefined): DrugIdentification | undefined {
  if (!loop) return undefined;
  const lin = loop.first;
  const ctp = loop.seg('CTP');
  const d = {} as DrugIdentification;
  trace.mark(d, lin);
  trace.put(d, 'serviceIdQualifier', lin.element(2) as DrugIdentification['serviceIdQualifier'], lin, 2);
  trace.put(d, 'nationalDrugCode', lin.element(3), lin, 3);
  trace.put(d, 'nationalDrugUnitCount', ctp?.element(4), ctp, 4);
  trace.put(d, 'measurementUnitCode', ctp?.component(5, 1) as DrugIdentification['measurementUnitCode'], ctp, 5, 1);
  refs(trace, d, loop, { XZ: 'pharmacyPrescriptionNumber', VY: 'linkSequenceNumber' });
  return d;
}

const LINE_PROVIDER_REFS = { '0B': 'stateLicenseNumber', '1G': 'providerUpinNumber', G2: 'commercialNumber', LU: 'locationNumber' } as const;

/** A 2420x provider as ServiceLineProvider: known REF qualifiers go to named fields, the rest to secondaryIdentifier[]. */
export function lineProvider(trace: Trace, loop: LoopView | undefined): ServiceLineProvider | undefined {
  if (!loop) return undefined;
  const nm1 = loop.first;
  const p: ServiceLineProvider = {};
  trace.mark(p, nm1);
  name(trace, p, nm1);
  trace.put(p, 'npi', identifier(nm1, 'XX'), nm1, 9);
  const prv = loop.seg('PRV');
  trace.put(p, 'taxonomyCode', prv?.element(3), prv, 3);
  refs(trace, p, loop, LINE_PROVIDER_REFS);
  const named = new Set(Object.keys(LINE_PROVIDER_REFS));
  attach(trace, p, 'secondaryIdentifier', refList(trace, loop).filter((r) => !named.has(r.qualifier)));
  attach(trace, p, 'address', address(trace, loop));
  const per = contact(trace, loop.seg('PER'));
  if (per) p.contactInformation = per;
  return p;
}


function measurement(trace: Trace, mea: Segment): Measurements {
  const m = {} as Measurements;
  trace.mark(m, mea);
  trace.put(m, 'measurementReferenceIdentificationCode', mea.element(1) as Measurements['measurementReferenceIdentificationCode'], mea, 1);
  trace.put(m, 'measurementQualifier', mea.element(2) as Measurements['measurementQualifier'], mea, 2);
  trace.put(m, 'testResults', mea.element(3), mea, 3);
  return m;
}

/** SV5, CR3, PWK*CT and CRC*09: the DME parts of a line. */
function dme(trace: Trace, line: ProfessionalServiceLine, loop: LoopView): void {
  const sv5 = loop.seg('SV5');
  if (sv5) {
    const s = {} as NonNullable<ProfessionalServiceLine['durableMedicalEquipmentService']>;
    trace.mark(s, sv5);
    trace.put(s, 'days', sv5.element(3), sv5, 3);
    trace.put(s, 'rentalPrice', amount(sv5.element(4)), sv5, 4);
    trace.put(s, 'purchasePrice', amount(sv5.element(5)), sv5, 5);
    trace.put(s, 'frequencyCode', sv5.element(6) as typeof s.frequencyCode, sv5, 6);
    line.durableMedicalEquipmentService = s;
  }
  const cr3 = loop.seg('CR3');
  if (cr3) {
    const c = {} as NonNullable<ProfessionalServiceLine['durableMedicalEquipmentCertification']>;
    trace.mark(c, cr3);
    trace.put(c, 'certificationTypeCode', cr3.element(1) as typeof c.certificationTypeCode, cr3, 1);
    trace.put(c, 'durableMedicalEquipmentDurationInMonths', cr3.element(3), cr3, 3);
    line.durableMedicalEquipmentCertification = c;
  }
  const cmn = loop.seg('PWK', 'CT');
  if (cmn) {
    const c = {} as NonNullable<ProfessionalServiceLine['durableMedicalEquipmentCertificateOfMedicalNecessity']>;
    trace.mark(c, cmn);
    trace.put(c, 'attachmentTransmissionCode', cmn.element(2) as typeof c.attachmentTransmissionCode, cmn, 2);
    line.durableMedicalEquipmentCertificateOfMedicalNecessity = c;
  }
  const crc = loop.seg('CRC', '09');
  if (crc) {
    const c = {} as NonNullable<ProfessionalServiceLine['conditionIndicatorDurableMedicalEquipment']>;
    trace.mark(c, crc);
    trace.put(c, 'certificationConditionIndicator', crc.element(2) as typeof c.certificationConditionIndicator, crc, 2);
    trace.put(c, 'conditionIndicator', crc.element(3) as typeof c.conditionIndicator, crc, 3);
    trace.put(c, 'conditionIndicatorCode', crc.element(4) as typeof c.conditionIndicatorCode, crc, 4);
    line.conditionIndicatorDurableMedicalEquipment = c;
  }
}

/** 2440 LQ/FRM supporting documentation. */
function form(trace: Trace, loop: LoopView): FormIdentification {
  const lq = loop.first;
  const f = {} as FormIdentification;
  trace.mark(f, lq);
  trace.put(f, 'formTypeCode', lq.element(1) as FormIdentification['formTypeCode'], lq, 1);
  trace.put(f, 'formIdentifier', lq.element(2), lq, 2);
  const answers = loop.segs('FRM').map((frm) => {
    const a = {} as NonNullable<FormIdentification['supportingDocumentation']>[number];
    trace.mark(a, frm);
    trace.put(a, 'questionNumber', frm.element(1), frm, 1);
    trace.put(a, 'questionResponseCode', frm.element(2) as typeof a.questionResponseCode, frm, 2);
    trace.put(a, 'questionResponse', frm.element(3), frm, 3);
    trace.put(a, 'questionResponseAsDate', frm.element(4), frm, 4);
    trace.put(a, 'questionResponseAsPercent', frm.element(5), frm, 5);
    return a;
  });
  attach(trace, f, 'supportingDocumentation', answers);
  return f;
}

