// 837I (005010X223A2) reader: one checked 2300 loop with the loops around it → a normalized
// InstitutionalClaimDocument, the reverse of the claim-json.md map (§3). Segments are found through
// the loop tree the guide checker built from its table (x223a2.ts). The 837I claim document holds
// one other payer (2320), so a claim with more is refused as NOT_REPRESENTABLE rather than cut.

import type { Segment } from '../core/segment';
import type {
  BillingPayToAddressName,
  BillingPayToPlanName,
  ClaimCodeInformation,
  ClaimNotes,
  ClaimPricingInformation,
  InstitutionalBillingProvider,
  InstitutionalClaimAdjustment,
  InstitutionalClaimDateInformation,
  InstitutionalClaimDocument,
  InstitutionalClaimInformation,
  InstitutionalClaimSupplementalInformation,
  InstitutionalDrugIdentification,
  InstitutionalLineAdjudicationInformation,
  InstitutionalOtherSubscriberInformation,
  InstitutionalOtherSubscriberName,
  InstitutionalProvider,
  InstitutionalService,
  InstitutionalServiceFacilityLocation,
  InstitutionalServiceLine,
  InstitutionalServiceLineProvider,
  OperatingPhysician,
  ReferenceIdentification,
} from '../claim-json/claim-document';
import {
  LoopView,
  Trace,
  address,
  adjustments,
  amount,
  amounts,
  attach,
  components,
  contact,
  dates,
  identifier,
  name,
  nonEmpty,
  refList,
  refs,
  reports,
} from '../837/read-support';
import { commonFields, institutionalReceiver, institutionalSubmitter, otherPayerName, outpatientAdjudication, patientNameLoop, unrepresentable, withMark, type ClaimContext } from '../837/read-parties';
import { contract, epsdt, serviceDate } from '../837p-005010X222A1/reader';

export function readInstitutionalClaim(ctx: ClaimContext): InstitutionalClaimDocument {
  const { trace, claim } = ctx;
  const doc = {} as InstitutionalClaimDocument;
  trace.mark(doc, claim.first);
  commonFields(ctx, doc);
  doc.submitter = institutionalSubmitter(ctx);
  doc.receiver = institutionalReceiver(ctx);
  doc.billing = billingProvider(ctx);
  attach(trace, doc, 'billingPayToAddressName', payToAddress(trace, ctx.billing.loop('2010AB')));
  attach(trace, doc, 'billingPayToPlanName', payToPlan(trace, ctx.billing.loop('2010AC')));
  attach(trace, doc, 'attending', provider(trace, claim.loop('2310A')));
  attach(trace, doc, 'operatingPhysician', operating(trace, claim.loop('2310B')));
  attach(trace, doc, 'otherOperatingPhysician', operating(trace, claim.loop('2310C')));
  attach(trace, doc, 'rendering', provider(trace, claim.loop('2310D')));
  attach(trace, doc, 'referring', provider(trace, claim.loop('2310F')));
  doc.claimInformation = claimInformation(ctx);
  return doc;
}

/**
 * 2000A PRV*BI + 2010AA NM1*85 (N3/N4, REF*EI, PER); the billing provider's secondary ID is the
 * payer-assigned 2010BB REF*G2/LU (X223A2), or a 2010AA REF*0B/1G where a sender put one.
 */
function billingProvider(ctx: ClaimContext): InstitutionalBillingProvider {
  const { trace } = ctx;
  const b = {} as InstitutionalBillingProvider;
  const loop = ctx.billing.loop('2010AA');
  const nm1 = loop?.first;
  trace.mark(b, nm1 ?? ctx.billing.first);
  const prv = ctx.billing.seg('PRV', 'BI');
  trace.put(b, 'taxonomyCode', prv?.element(3), prv, 3);
  if (loop && nm1) {
    trace.put(b, 'npi', identifier(nm1, 'XX'), nm1, 9);
    name(trace, b, nm1);
    refs(trace, b, loop, { EI: 'employerId' });
    attach(trace, b, 'address', address(trace, loop));
    attach(trace, b, 'contactInformation', contact(trace, loop.seg('PER')));
  }
  const secondary = ctx.subscriber.loop('2010BB')?.seg('REF', ['G2', 'LU']) ?? loop?.seg('REF', ['0B', '1G']);
  trace.put(b, 'secondaryIdentificationQualifierCode', secondary?.element(1) as InstitutionalBillingProvider['secondaryIdentificationQualifierCode'], secondary, 1);
  trace.put(b, 'secondaryIdentifier', secondary?.element(2), secondary, 2);
  return b;
}

/** 2010AB NM1*87 pay-to address. */
function payToAddress(trace: Trace, loop: LoopView | undefined): BillingPayToAddressName | undefined {
  if (!loop) return undefined;
  const p = {} as BillingPayToAddressName;
  trace.mark(p, loop.first);
  trace.put(p, 'entityTypeQualifier', loop.first.element(2) as '2', loop.first, 2);
  attach(trace, p, 'address', address(trace, loop));
  return p;
}

/** 2010AC NM1*PE pay-to plan (N3/N4, REF*2U/FY/NF, REF*EI). */
function payToPlan(trace: Trace, loop: LoopView | undefined): BillingPayToPlanName | undefined {
  if (!loop) return undefined;
  const nm1 = loop.first;
  const p = {} as BillingPayToPlanName;
  trace.mark(p, nm1);
  trace.put(p, 'organizationName', nm1.element(3), nm1, 3);
  trace.put(p, 'identificationCodeQualifier', nm1.element(8) as BillingPayToPlanName['identificationCodeQualifier'], nm1, 8);
  trace.put(p, 'identificationCode', nm1.element(9), nm1, 9);
  attach(trace, p, 'address', address(trace, loop));
  refs(trace, p, loop, { EI: 'taxId', '2U': 'payerIdentificationNumber', FY: 'claimOfficeNumber', NF: 'naic' });
  return p;
}

/** An attending, rendering or referring provider loop (2310A/D/F): name, NPI, PRV, first secondary REF. */
function provider(trace: Trace, loop: LoopView | undefined): InstitutionalProvider | undefined {
  if (!loop) return undefined;
  const nm1 = loop.first;
  const p: InstitutionalProvider = {};
  trace.mark(p, nm1);
  name(trace, p, nm1);
  trace.put(p, 'npi', identifier(nm1, 'XX'), nm1, 9);
  const prv = loop.seg('PRV');
  trace.put(p, 'taxonomyCode', prv?.element(3), prv, 3);
  const ref = loop.seg('REF', ['0B', '1G', 'G2', 'LU']);
  trace.put(p, 'secondaryIdentificationQualifierCode', ref?.element(1) as InstitutionalProvider['secondaryIdentificationQualifierCode'], ref, 1);
  trace.put(p, 'secondaryIdentifier', ref?.element(2), ref, 2);
  refs(trace, p, loop, { EI: 'employerId' });
  attach(trace, p, 'address', address(trace, loop));
  attach(trace, p, 'contactInformation', contact(trace, loop.seg('PER')));
  return p;
}

/** 2310B/C and 2420A/B operating physicians (NM1*72 / NM1*ZZ). */
function operating(trace: Trace, loop: LoopView | undefined): OperatingPhysician | undefined {
  if (!loop) return undefined;
  const nm1 = loop.first;
  const p = {} as OperatingPhysician;
  trace.mark(p, nm1);
  name(trace, p, nm1);
  trace.put(p, 'npi', identifier(nm1, 'XX'), nm1, 9);
  const ref = loop.seg('REF');
  trace.put(p, 'identificationQualifierCode', ref?.element(1) as OperatingPhysician['identificationQualifierCode'], ref, 1);
  trace.put(p, 'secondaryIdentifier', ref?.element(2), ref, 2);
  return p;
}

const CLAIM_REFS: Readonly<Record<string, keyof InstitutionalClaimSupplementalInformation & string>> = {
  '4N': 'serviceAuthorizationExceptionCode',
  '9F': 'referralNumber',
  G1: 'priorAuthorizationNumber',
  F8: 'claimControlNumber',
  '9A': 'repricedClaimNumber',
  '9C': 'adjustedRepricedClaimRefNumber',
  LX: 'investigationalDeviceExemptionNumber',
  D9: 'claimNumber',
  LU: 'autoAccidentState',
  EA: 'medicalRecordNumber',
  P4: 'demoProjectIdentifier',
  G4: 'peerReviewAuthorizationNumber',
};

/** NTE01 → the claimNotes list it fills (each NTE is one item). NTE*ADD is the billing note. */
const CLAIM_NOTES: Readonly<Record<string, keyof ClaimNotes & string>> = {
  ALG: 'allergies',
  DGN: 'diagnosisDescription',
  DME: 'dme',
  MED: 'medications',
  NTR: 'nutritionalRequirments',
  ODT: 'ordersForDiscipLinesAndTreatments',
  RHB: 'functionalLimitsOrReasonHomebound',
  RLH: 'reasonsPatientLeavesHome',
  RNH: 'timesAndReasonsPatientNotAtHome',
  SET: 'unusualHomeOrSocialEnv',
  SFM: 'safetyMeasures',
  SPT: 'supplementalPlanOfTreatment',
  UPI: 'updatedInformation',
  DCP: 'goalRehabOrDischargePlans',
};

function claimInformation(ctx: ClaimContext): InstitutionalClaimInformation {
  const { trace, claim } = ctx;
  const clm = claim.first;
  const info = {} as InstitutionalClaimInformation;
  trace.mark(info, clm);
  const sbr = ctx.subscriber.seg('SBR');
  trace.put(info, 'claimFilingCode', sbr?.element(9) as InstitutionalClaimInformation['claimFilingCode'], sbr, 9);
  trace.put(info, 'patientControlNumber', clm.element(1), clm, 1);
  trace.put(info, 'claimChargeAmount', amount(clm.element(2)), clm, 2);
  trace.put(info, 'placeOfServiceCode', clm.component(5, 1), clm, 5, 1);
  trace.put(info, 'claimFrequencyCode', clm.component(5, 3), clm, 5, 3);
  trace.put(info, 'signatureIndicator', clm.element(6) as InstitutionalClaimInformation['signatureIndicator'], clm, 6);
  trace.put(info, 'planParticipationCode', clm.element(7) as InstitutionalClaimInformation['planParticipationCode'], clm, 7);
  trace.put(info, 'benefitsAssignmentCertificationIndicator', clm.element(8) as InstitutionalClaimInformation['benefitsAssignmentCertificationIndicator'], clm, 8);
  trace.put(info, 'releaseInformationCode', clm.element(9) as InstitutionalClaimInformation['releaseInformationCode'], clm, 9);
  trace.put(info, 'delayReasonCode', clm.element(20) as InstitutionalClaimInformation['delayReasonCode'], clm, 20);
  // X223A2 2300 AMT01 is F3 (patient estimated amount due); EAF is accepted as written by some senders.
  amounts(trace, info, claim, { F3: 'patientEstimatedAmountDue', EAF: 'patientEstimatedAmountDue' });
  refs(trace, info, patientNameLoop(ctx), { Y4: 'propertyCasualtyClaimNumber' });

  const billingNote = claim.seg('NTE', 'ADD');
  trace.put(info, 'billingNote', billingNote?.element(2), billingNote, 2);
  const notes: ClaimNotes = {};
  for (const nte of claim.segs('NTE')) {
    const field = CLAIM_NOTES[nte.element(1)];
    if (!field || nte.element(2) === '') continue;
    (notes[field] ??= []).push(nte.element(2));
    trace.mark(notes, nte, field);
  }
  attach(trace, info, 'claimNotes', nonEmpty(notes));
  attach(trace, info, 'fileInformation', claim.segs('K3').map((k3) => k3.element(1)).filter(Boolean), claim.seg('K3'));

  info.claimDateInformation = claimDates(trace, claim);
  trace.mark(info, claim.seg('DTP', '434') ?? clm, 'claimDateInformation');
  const cl1 = claim.seg('CL1');
  const codes = {} as ClaimCodeInformation;
  trace.mark(codes, cl1 ?? clm);
  trace.put(codes, 'admissionTypeCode', cl1?.element(1), cl1, 1);
  trace.put(codes, 'admissionSourceCode', cl1?.element(2), cl1, 2);
  trace.put(codes, 'patientStatusCode', cl1?.element(3), cl1, 3);
  info.claimCodeInformation = codes;
  trace.mark(info, cl1 ?? clm, 'claimCodeInformation');

  attach(trace, info, 'claimContractInformation', contract(trace, claim.seg('CN1')));
  attach(trace, info, 'claimPricingInformation', pricing(trace, claim.seg('HCP')));
  const supplemental: InstitutionalClaimSupplementalInformation = {};
  refs(trace, supplemental, claim, CLAIM_REFS);
  attach(trace, supplemental, 'reportInformations', reports(trace, claim.segs('PWK')));
  attach(trace, info, 'claimSupplementalInformation', nonEmpty(supplemental));
  diagnosisCodes(trace, info, claim);
  attach(trace, info, 'epsdtReferral', epsdt(trace, claim.seg('CRC', 'ZZ')));
  attach(trace, info, 'serviceFacilityLocation', serviceFacility(trace, claim.loop('2310E')));
  const others = claim.loops('2320');
  if (others.length > 1) {
    unrepresentable(ctx, others[1].first, '2320', `the claim has ${others.length} other payers (2320); the institutional claim document holds one`);
  }
  attach(trace, info, 'otherSubscriberInformation', others[0] && otherSubscriber(trace, others[0]));
  info.serviceLines = claim.loops('2400').map((l) => serviceLine(trace, l));
  return info;
}

/** DTP*434 statement dates (RD8; a D8 gives both ends), DTP*435 admission, DTP*096 discharge hour, DTP*050. */
function claimDates(trace: Trace, claim: LoopView): InstitutionalClaimDateInformation {
  const d = {} as InstitutionalClaimDateInformation;
  const statement = claim.seg('DTP', '434');
  trace.mark(d, statement ?? claim.first);
  if (statement) {
    const [from, to] = statement.element(3).split('-');
    trace.put(d, 'statementBeginDate', from, statement, 3);
    trace.put(d, 'statementEndDate', to ?? from, statement, 3);
  }
  dates(trace, d, claim, { '435': 'admissionDateAndHour', '096': 'dischargeHour', '050': 'repricerReceivedDate' });
  return d;
}

/** HCP repricing on 837I (2300 or 2400). */
function pricing(trace: Trace, hcp: Segment | undefined): ClaimPricingInformation | undefined {
  if (!hcp) return undefined;
  const p = {} as ClaimPricingInformation;
  trace.mark(p, hcp);
  const fields: Array<[keyof ClaimPricingInformation & string, number, boolean]> = [
    ['pricingMethodologyCode', 1, false],
    ['repricedAllowedAmount', 2, true],
    ['repricedSavingAmount', 3, true],
    ['repricedOrgIdentifier', 4, false],
    ['repricedPerDiem', 5, true],
    ['repricedApprovedDRGCode', 6, false],
    ['repricedApprovedAmount', 7, true],
    ['repricedApprovedRevenueCode', 8, false],
    ['productOrServiceIDQualifier', 9, false],
    ['repricedApprovedHCPCSCode', 10, false],
    ['repricedApprovedServiceUnitCode', 11, false],
    ['repricedApprovedServiceUnitCount', 12, false],
    ['rejectReasonCode', 13, false],
    ['policyComplianceCode', 14, false],
    ['exceptionCode', 15, false],
  ];
  for (const [field, e, money] of fields) {
    const v = hcp.element(e);
    trace.put(p as unknown as Record<string, unknown>, field, money ? amount(v) : v, hcp, e);
  }
  return p;
}

/** The 2300 HI segments of an 837I, by HI01-1 qualifier (claim-json.md §3). */
function diagnosisCodes(trace: Trace, info: InstitutionalClaimInformation, claim: LoopView): void {
  const his = claim.segs('HI');
  const composites = (hi: Segment): number[] => {
    const out: number[] = [];
    for (let e = 1; e <= hi.elementCount; e++) if (hi.element(e) !== '') out.push(e);
    return out;
  };
  const poa = (hi: Segment, e: number): string | undefined => hi.component(e, 9) || undefined;
  const byQualifier = (codes: string[]): Segment[] => his.filter((hi) => codes.includes(hi.component(1, 1)));

  const principal = byQualifier(['ABK', 'BK'])[0];
  if (principal) {
    const p = {} as InstitutionalClaimInformation['principalDiagnosis'];
    trace.mark(p, principal);
    trace.put(p, 'qualifierCode', principal.component(1, 1) as typeof p.qualifierCode, principal, 1, 1);
    trace.put(p, 'principalDiagnosisCode', principal.component(1, 2), principal, 1, 2);
    trace.put(p, 'presentOnAdmissionIndicator', poa(principal, 1) as typeof p.presentOnAdmissionIndicator, principal, 1, 9);
    info.principalDiagnosis = p;
  } else {
    info.principalDiagnosis = {} as InstitutionalClaimInformation['principalDiagnosis'];
    trace.mark(info.principalDiagnosis, claim.first);
  }
  const admitting = byQualifier(['ABJ', 'BJ'])[0];
  if (admitting) {
    const a = {} as NonNullable<InstitutionalClaimInformation['admittingDiagnosis']>;
    trace.mark(a, admitting);
    trace.put(a, 'qualifierCode', admitting.component(1, 1) as typeof a.qualifierCode, admitting, 1, 1);
    trace.put(a, 'admittingDiagnosisCode', admitting.component(1, 2), admitting, 1, 2);
    info.admittingDiagnosis = a;
  }
  const flat = <T extends object>(codes: string[], build: (hi: Segment, e: number, item: T) => void): T[] =>
    byQualifier(codes).flatMap((hi) =>
      composites(hi).map((e) => {
        const item = {} as T;
        trace.mark(item, hi);
        build(hi, e, item);
        return item;
      }),
    );
  const nested = <T extends object>(codes: string[], build: (hi: Segment, e: number, item: T) => void): T[][] =>
    byQualifier(codes).map((hi) =>
      composites(hi).map((e) => {
        const item = {} as T;
        trace.mark(item, hi);
        build(hi, e, item);
        return item;
      }),
    );
  type Item<K extends keyof InstitutionalClaimInformation> = NonNullable<InstitutionalClaimInformation[K]> extends Array<infer U> ? (U extends Array<infer V> ? V : U) : never;

  attach(trace, info, 'patientReasonForVisits', flat<Item<'patientReasonForVisits'>>(['APR', 'PR'], (hi, e, r) => {
    trace.put(r, 'qualifierCode', hi.component(e, 1) as typeof r.qualifierCode, hi, e, 1);
    trace.put(r, 'patientReasonForVisitCode', hi.component(e, 2), hi, e, 2);
  }));
  attach(trace, info, 'externalCauseOfInjuries', flat<Item<'externalCauseOfInjuries'>>(['ABN', 'BN'], (hi, e, r) => {
    trace.put(r, 'qualifierCode', hi.component(e, 1) as typeof r.qualifierCode, hi, e, 1);
    trace.put(r, 'externalCauseOfInjury', hi.component(e, 2), hi, e, 2);
    trace.put(r, 'presentOnAdmissionIndicator', poa(hi, e) as typeof r.presentOnAdmissionIndicator, hi, e, 9);
  }));
  attach(trace, info, 'otherDiagnosisInformationList', nested<Item<'otherDiagnosisInformationList'>>(['ABF', 'BF'], (hi, e, r) => {
    trace.put(r, 'qualifierCode', hi.component(e, 1) as typeof r.qualifierCode, hi, e, 1);
    trace.put(r, 'otherDiagnosisCode', hi.component(e, 2), hi, e, 2);
    trace.put(r, 'presentOnAdmissionIndicator', poa(hi, e) as typeof r.presentOnAdmissionIndicator, hi, e, 9);
  }));
  const principalProcedure = byQualifier(['BBR', 'BR', 'CAH'])[0];
  if (principalProcedure) {
    const p = {} as NonNullable<InstitutionalClaimInformation['principalProcedureInformation']>;
    trace.mark(p, principalProcedure);
    trace.put(p, 'qualifierCode', principalProcedure.component(1, 1) as typeof p.qualifierCode, principalProcedure, 1, 1);
    trace.put(p, 'principalProcedureCode', principalProcedure.component(1, 2), principalProcedure, 1, 2);
    trace.put(p, 'principalProcedureDate', principalProcedure.component(1, 4), principalProcedure, 1, 4);
    info.principalProcedureInformation = p;
  }
  attach(trace, info, 'otherProcedureInformationList', nested<Item<'otherProcedureInformationList'>>(['BBQ', 'BQ'], (hi, e, r) => {
    trace.put(r, 'qualifierCode', hi.component(e, 1) as typeof r.qualifierCode, hi, e, 1);
    trace.put(r, 'otherProcedureCode', hi.component(e, 2), hi, e, 2);
    trace.put(r, 'otherProcedureDate', hi.component(e, 4), hi, e, 4);
  }));
  attach(trace, info, 'occurrenceSpanInformations', nested<Item<'occurrenceSpanInformations'>>(['BI'], (hi, e, r) => {
    const [from, to] = hi.component(e, 4).split('-');
    trace.put(r, 'occurrenceSpanCode', hi.component(e, 2), hi, e, 2);
    trace.put(r, 'occurrenceSpanCodeStartDate', from, hi, e, 4);
    trace.put(r, 'occurrenceSpanCodeEndDate', to, hi, e, 4);
  }));
  attach(trace, info, 'occurrenceInformationList', nested<Item<'occurrenceInformationList'>>(['BH'], (hi, e, r) => {
    trace.put(r, 'occurrenceSpanCode', hi.component(e, 2), hi, e, 2);
    trace.put(r, 'occurrenceSpanCodeDate', hi.component(e, 4), hi, e, 4);
  }));
  attach(trace, info, 'valueInformationList', nested<Item<'valueInformationList'>>(['BE'], (hi, e, r) => {
    trace.put(r, 'valueCode', hi.component(e, 2), hi, e, 2);
    trace.put(r, 'valueCodeAmount', amount(hi.component(e, 5)), hi, e, 5);
  }));
  attach(trace, info, 'conditionCodesList', nested<Item<'conditionCodesList'>>(['BG'], (hi, e, r) => {
    trace.put(r, 'conditionCode', hi.component(e, 2), hi, e, 2);
  }));
  attach(trace, info, 'treatmentCodeInformationList', byQualifier(['TC']).map((hi) => composites(hi).map((e) => hi.component(e, 2))), byQualifier(['TC'])[0]);
  const drg = byQualifier(['DR'])[0];
  if (drg) {
    const d = {} as NonNullable<InstitutionalClaimInformation['diagnosisRelatedGroupInformation']>;
    trace.mark(d, drg);
    trace.put(d, 'drugRelatedGroupCode', drg.component(1, 2), drg, 1, 2);
    info.diagnosisRelatedGroupInformation = d;
  }
}

/** 2310E NM1*77 service facility; its NPI is named identificationCode on 837I. */
function serviceFacility(trace: Trace, loop: LoopView | undefined): InstitutionalServiceFacilityLocation | undefined {
  if (!loop) return undefined;
  const nm1 = loop.first;
  const f = {} as InstitutionalServiceFacilityLocation;
  trace.mark(f, nm1);
  trace.put(f, 'organizationName', nm1.element(3), nm1, 3);
  trace.put(f, 'identificationCode', identifier(nm1, 'XX'), nm1, 9);
  attach(trace, f, 'address', address(trace, loop));
  const ref = loop.seg('REF');
  trace.put(f, 'secondaryIdentificationQualifierCode', ref?.element(1) as InstitutionalServiceFacilityLocation['secondaryIdentificationQualifierCode'], ref, 1);
  trace.put(f, 'secondaryIdentifier', ref?.element(2), ref, 2);
  return f;
}

// ---- 2320 / 2330 ----

function institutionalAdjustments(trace: Trace, loop: LoopView): InstitutionalClaimAdjustment[] {
  return adjustments(trace, loop).map(({ adjustmentGroupCode, adjustmentDetails }) => {
    const a = { adjustmentGroupCode, claimAdjustmentDetails: adjustmentDetails } as InstitutionalClaimAdjustment;
    trace.mark(a, loop.seg('CAS'));
    return a;
  });
}

function otherSubscriber(trace: Trace, loop: LoopView): InstitutionalOtherSubscriberInformation {
  const sbr = loop.first;
  const o = {} as InstitutionalOtherSubscriberInformation;
  trace.mark(o, sbr);
  trace.put(o, 'paymentResponsibilityLevelCode', sbr.element(1) as InstitutionalOtherSubscriberInformation['paymentResponsibilityLevelCode'], sbr, 1);
  trace.put(o, 'individualRelationshipCode', sbr.element(2) as InstitutionalOtherSubscriberInformation['individualRelationshipCode'], sbr, 2);
  trace.put(o, 'groupNumber', sbr.element(3), sbr, 3);
  trace.put(o, 'otherInsuredGroupName', sbr.element(4), sbr, 4);
  trace.put(o, 'claimFilingIndicatorCode', sbr.element(9) as InstitutionalOtherSubscriberInformation['claimFilingIndicatorCode'], sbr, 9);
  attach(trace, o, 'claimLevelAdjustments', institutionalAdjustments(trace, loop));
  amounts(trace, o, loop, { D: 'payerPaidAmount', A8: 'nonCoveredChargeAmount', EAF: 'remainingPatientLiability' });
  const oi = loop.seg('OI');
  trace.put(o, 'benefitsAssignmentCertificationIndicator', oi?.element(3) as InstitutionalOtherSubscriberInformation['benefitsAssignmentCertificationIndicator'], oi, 3);
  trace.put(o, 'releaseOfInformationCode', oi?.element(6) as InstitutionalOtherSubscriberInformation['releaseOfInformationCode'], oi, 6);
  attach(trace, o, 'medicareInpatientAdjudication', inpatientAdjudication(trace, loop.seg('MIA')));
  attach(trace, o, 'medicareOutpatientAdjudication', outpatientAdjudication(trace, loop.seg('MOA')));
  o.otherSubscriberName = otherSubscriberName(trace, loop.loop('2330A'), sbr);
  o.otherPayerName = otherPayerName(trace, loop.loop('2330B'), sbr);
  const ids = (id: string): ReferenceIdentification[] | undefined => {
    const l = loop.loop(id);
    return l ? refList(trace, l) : undefined;
  };
  const one = <T extends object>(id: string, build: (refs: ReferenceIdentification[]) => T): T | undefined => {
    const l = loop.loop(id);
    return l ? withMark(trace, l, build(ids(id) ?? [])) : undefined;
  };
  attach(trace, o, 'otherPayerAttendingProvider', one('2330C', (r) => ({ otherPayerAttendingProviderIdentifier: r })));
  attach(trace, o, 'otherPayerOperatingPhysician', one('2330D', (r) => ({ otherPayerOperatingPhysicianIdentifier: r })));
  attach(trace, o, 'otherPayerOtherOperatingPhysician', one('2330E', (r) => ({ otherPayerOtherOperatingPhysicianIdentifier: r })));
  attach(trace, o, 'otherPayerServiceFacilityLocation', one('2330F', (r) => ({ otherPayerServiceFacilityLocationIdentifier: r })));
  attach(trace, o, 'otherPayerRenderingProvider', one('2330G', (r) => ({ otherPayerRenderingProviderIdentifier: r })));
  attach(trace, o, 'otherPayerReferringProvider', one('2330H', (r) => ({ otherPayerReferringProviderIdentifier: r })));
  attach(trace, o, 'otherPayerBillingProvider', one('2330I', (r) => ({ otherPayerBillingProviderIdentifier: r })));
  return o;
}

/** 2330A NM1*IL on 837I (REF*SY as a list, NM107 named otherInsuredSuffix). */
function otherSubscriberName(trace: Trace, loop: LoopView | undefined, fallback: Segment): InstitutionalOtherSubscriberName {
  const n = {} as InstitutionalOtherSubscriberName;
  const nm1 = loop?.first;
  trace.mark(n, nm1 ?? fallback);
  if (!loop || !nm1) return n;
  trace.put(n, 'otherInsuredQualifier', nm1.element(2) as InstitutionalOtherSubscriberName['otherInsuredQualifier'], nm1, 2);
  trace.put(n, 'otherInsuredLastName', nm1.element(3), nm1, 3);
  trace.put(n, 'otherInsuredFirstName', nm1.element(4), nm1, 4);
  trace.put(n, 'otherInsuredMiddleName', nm1.element(5), nm1, 5);
  trace.put(n, 'otherInsuredSuffix', nm1.element(7), nm1, 7);
  trace.put(n, 'otherInsuredIdentifierTypeCode', nm1.element(8) as InstitutionalOtherSubscriberName['otherInsuredIdentifierTypeCode'], nm1, 8);
  trace.put(n, 'otherInsuredIdentifier', nm1.element(9), nm1, 9);
  attach(trace, n, 'otherInsuredAdditionalIdentifier', loop.segs('REF', 'SY').map((r) => r.element(2)).filter(Boolean), loop.seg('REF', 'SY'));
  attach(trace, n, 'address', address(trace, loop));
  return n;
}

/** 2320 MIA Medicare inpatient adjudication (MIA01–MIA24). */
function inpatientAdjudication(trace: Trace, mia: Segment | undefined): InstitutionalOtherSubscriberInformation['medicareInpatientAdjudication'] {
  if (!mia) return undefined;
  const m = {} as NonNullable<InstitutionalOtherSubscriberInformation['medicareInpatientAdjudication']>;
  trace.mark(m, mia);
  const fields: Array<[keyof typeof m & string, number, boolean]> = [
    ['coveredDaysOrVisitsCount', 1, false],
    ['lifetimePsychiatricDaysCount', 3, false],
    ['claimDRGAmount', 4, true],
    ['claimDisproportionateShareAmount', 6, true],
    ['claimMspPassThroughAmount', 7, true],
    ['claimPpsCapitalAmount', 8, true],
    ['capitalHSPDRGAmount', 9, true],
    ['ppsCapitalHspDrgAmount', 10, true],
    ['ppsCapitalDshDrgAmount', 11, true],
    ['oldCapitalAmount', 12, true],
    ['ppsCapitalImeAmount', 13, true],
    ['ppsOperatingHospitalSpecificDrgAmount', 14, true],
    ['costReportDayCount', 15, false],
    ['ppsOperatingFederalSpecificDrgAmount', 16, true],
    ['claimPpsCapitalOutlierAmmount', 17, true],
    ['claimIndirectTeachingAmount', 18, true],
    ['nonPayableProfessionalComponentBilledAmount', 19, true],
    ['capitalExceptionAmount', 24, true],
  ];
  for (const [field, e, money] of fields) trace.put(m as unknown as Record<string, unknown>, field, money ? amount(mia.element(e)) : mia.element(e), mia, e);
  const remarks = [mia.element(5), ...[20, 21, 22, 23].map((e) => mia.element(e))].filter(Boolean);
  attach(trace, m, 'claimPaymentRemarkCode', remarks, mia);
  return m;
}

// ---- 2400 ----

function serviceLine(trace: Trace, loop: LoopView): InstitutionalServiceLine {
  const line = {} as InstitutionalServiceLine;
  trace.mark(line, loop.first);
  refs(trace, line, loop, { '6R': 'lineItemControlNumber' });
  serviceDate(trace, line, loop.seg('DTP', '472'));
  line.institutionalService = institutionalService(trace, loop.seg('SV2'), loop.first);
  amounts(trace, line, loop, { GT: 'serviceTaxAmount', N8: 'facilityTaxAmount' });
  const tpo = loop.seg('NTE', 'TPO');
  trace.put(line, 'thirdPartyOrganizationNotes', tpo?.element(2), tpo, 2);
  const note = loop.segs('NTE').find((n) => n.element(1) !== 'TPO');
  trace.put(line, 'lineNoteText', note?.element(2), note, 2);
  attach(trace, line, 'drugIdentification', drug(trace, loop.loop('2410')));
  const references: NonNullable<InstitutionalServiceLine['serviceLineReferenceInformation']> = {};
  refs(trace, references, loop, { '9B': 'repricedLineItemRefNumber', '9D': 'adjustedRepricedLineItemRefNumber' });
  attach(trace, line, 'serviceLineReferenceInformation', nonEmpty(references));
  attach(trace, line, 'lineRepricingInformation', pricing(trace, loop.seg('HCP')));
  attach(trace, line, 'serviceLineSupplementalInformations', reports(trace, loop.segs('PWK')));
  attach(trace, line, 'lineAdjudicationInformation', loop.loops('2430').map((l) => lineAdjudication(trace, l)));
  attach(trace, line, 'operatingPhysician', operating(trace, loop.loop('2420A')));
  attach(trace, line, 'otherOperatingPhysician', operating(trace, loop.loop('2420B')));
  attach(trace, line, 'renderingProvider', lineProvider(trace, loop.loop('2420C')));
  attach(trace, line, 'referringProvider', lineProvider(trace, loop.loop('2420D')));
  return line;
}

/** SV2: SV201 revenue code, SV202 HCPCS composite, SV203 charge, SV204 unit, SV205 quantity, SV207 non-covered. */
function institutionalService(trace: Trace, sv2: Segment | undefined, fallback: Segment): InstitutionalService {
  const s = {} as InstitutionalService;
  trace.mark(s, sv2 ?? fallback);
  if (!sv2) return s;
  trace.put(s, 'serviceLineRevenueCode', sv2.element(1), sv2, 1);
  trace.put(s, 'procedureIdentifier', sv2.component(2, 1) as InstitutionalService['procedureIdentifier'], sv2, 2, 1);
  trace.put(s, 'procedureCode', sv2.component(2, 2), sv2, 2, 2);
  attach(trace, s, 'procedureModifiers', components(sv2, 2, 3, 6), sv2);
  trace.put(s, 'description', sv2.component(2, 7), sv2, 2, 7);
  trace.put(s, 'lineItemChargeAmount', amount(sv2.element(3)), sv2, 3);
  trace.put(s, 'measurementUnit', sv2.element(4) as InstitutionalService['measurementUnit'], sv2, 4);
  trace.put(s, 'serviceUnitCount', sv2.element(5), sv2, 5);
  trace.put(s, 'nonCoveredChargeAmount', amount(sv2.element(7)), sv2, 7);
  return s;
}

/** 2410 on 837I: the NDC (LIN02 is always N4), CTP quantity and unit, REF*XZ/VY. */
function drug(trace: Trace, loop: LoopView | undefined): InstitutionalDrugIdentification | undefined {
  if (!loop) return undefined;
  const lin = loop.first;
  const ctp = loop.seg('CTP');
  const d = {} as InstitutionalDrugIdentification;
  trace.mark(d, lin);
  trace.put(d, 'nationalDrugCode', lin.element(3), lin, 3);
  trace.put(d, 'nationalDrugUnitCount', ctp?.element(4), ctp, 4);
  trace.put(d, 'measurementUnitCode', ctp?.component(5, 1) as InstitutionalDrugIdentification['measurementUnitCode'], ctp, 5, 1);
  refs(trace, d, loop, { XZ: 'pharmacyPrescriptionNumber', VY: 'linkSequenceNumber' });
  return d;
}

/** 2420C/D rendering and referring providers on 837I lines. */
function lineProvider(trace: Trace, loop: LoopView | undefined): InstitutionalServiceLineProvider | undefined {
  if (!loop) return undefined;
  const nm1 = loop.first;
  const p: InstitutionalServiceLineProvider = {};
  trace.mark(p, nm1);
  name(trace, p, nm1);
  trace.put(p, 'npi', identifier(nm1, 'XX'), nm1, 9);
  const ref = loop.seg('REF');
  trace.put(p, 'secondaryIdentificationQualifierCode', ref?.element(1) as InstitutionalServiceLineProvider['secondaryIdentificationQualifierCode'], ref, 1);
  trace.put(p, 'secondaryIdentifier', ref?.element(2), ref, 2);
  const more = refList(trace, loop).slice(1);
  attach(trace, p, 'referenceIdentification', more);
  attach(trace, p, 'address', address(trace, loop));
  attach(trace, p, 'contactInformation', contact(trace, loop.seg('PER')));
  return p;
}

/** 2430 on 837I: SVD with the revenue code in SVD04, CAS as claimAdjustmentDetails. */
function lineAdjudication(trace: Trace, loop: LoopView): InstitutionalLineAdjudicationInformation {
  const svd = loop.first;
  const a = {} as InstitutionalLineAdjudicationInformation;
  trace.mark(a, svd);
  trace.put(a, 'otherPayerPrimaryIdentifier', svd.element(1), svd, 1);
  trace.put(a, 'serviceLinePaidAmount', amount(svd.element(2)), svd, 2);
  trace.put(a, 'productOrServiceIDQualifier', svd.component(3, 1) as InstitutionalLineAdjudicationInformation['productOrServiceIDQualifier'], svd, 3, 1);
  trace.put(a, 'procedureCode', svd.component(3, 2), svd, 3, 2);
  attach(trace, a, 'procedureModifier', components(svd, 3, 3, 6), svd);
  trace.put(a, 'procedureCodeDescription', svd.component(3, 7), svd, 3, 7);
  trace.put(a, 'serviceLineRevenueCode', svd.element(4), svd, 4);
  trace.put(a, 'paidServiceUnitCount', svd.element(5), svd, 5);
  trace.put(a, 'bundledLineNumber', svd.element(6), svd, 6);
  attach(trace, a, 'lineAdjustment', institutionalAdjustments(trace, loop));
  dates(trace, a, loop, { '573': 'adjudicationOrPaymentDate' });
  amounts(trace, a, loop, { EAF: 'remainingPatientLiability' });
  return a;
}
