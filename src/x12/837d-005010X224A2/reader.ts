// 837D (005010X224A2) reader: one checked 2300 loop with the loops around it → a normalized
// DentalClaimDocument, the reverse of the claim-json.md map (§3.1). The parties, COB loops and
// line adjudication are laid out as in the 837P and share its readers; SV3, TOO, DN1/DN2, the
// assistant surgeon loops and the dental date qualifiers are read here.

import type { Segment } from '../core/segment';
import type {
  DentalClaimDateInformation,
  DentalClaimDocument,
  DentalClaimInformation,
  DentalClaimSupplementalInformation,
  DentalHealthCareCodeInformation,
  DentalLineAdjudicationInformation,
  DentalOtherPayerName,
  DentalOtherSubscriberInformation,
  DentalOtherSubscriberName,
  DentalService,
  DentalServiceLine,
  DentalServiceLineDateInformation,
  DentalServiceLinePricingRepricingInformation,
  DentalServiceLineReferenceInformation,
  DentalServiceLineServiceFacilityLocation,
  OrthodonticTotalMonthsOfTreatment,
  PredeterminationOfBenefits,
  ToothInformation,
  ToothStatus,
} from '../claim-json/claim-document';
import { LoopView, Trace, address, amount, amounts, attach, components, count, dates, identifier, nonEmpty, refList, refs, reports } from '../837/read-support';
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
  withMark,
  type ClaimContext,
} from '../837/read-parties';
import {
  contract,
  lineProvider,
  payToPlan,
  pricing,
  priorAuthorizations,
  relatedCauses,
  serviceFacility,
} from '../837p-005010X222A1/reader';

export function readDentalClaim(ctx: ClaimContext): DentalClaimDocument {
  const { trace, claim } = ctx;
  const doc = {} as DentalClaimDocument;
  trace.mark(doc, claim.first);
  commonFields(ctx, doc);
  doc.submitter = submitter(ctx);
  doc.receiver = receiver(ctx);
  doc.billing = billingProvider(ctx);
  attach(trace, doc, 'payToAddress', address(trace, ctx.billing.loop('2010AB')));
  attach(trace, doc, 'payToPlan', payToPlan(trace, ctx.billing.loop('2010AC')));
  attach(trace, doc, 'referring', providerLoop(trace, claim.loop('2310A')));
  attach(trace, doc, 'rendering', providerLoop(trace, claim.loop('2310B')));
  attach(trace, doc, 'assistantSurgeon', providerLoop(trace, claim.loop('2310D')));
  attach(trace, doc, 'supervising', providerLoop(trace, claim.loop('2310E')));
  doc.claimInformation = claimInformation(ctx);
  return doc;
}

const CLAIM_REFS: Readonly<Record<string, keyof DentalClaimSupplementalInformation & string>> = {
  G1: 'priorAuthorizationNumber',
  '9F': 'referralNumber',
  F8: 'claimControlNumber',
  G3: 'predeterminationOfBenefitsIdentifier',
  '4N': 'serviceAuthorizationExceptionCode',
  '9A': 'repricedClaimNumber',
  '9C': 'adjustedRepricedClaimNumber',
  D9: 'claimNumber',
};

function claimInformation(ctx: ClaimContext): DentalClaimInformation {
  const { trace, claim } = ctx;
  const clm = claim.first;
  const info = {} as DentalClaimInformation;
  trace.mark(info, clm);
  const sbr = ctx.subscriber.seg('SBR');
  trace.put(info, 'claimFilingCode', sbr?.element(9) as DentalClaimInformation['claimFilingCode'], sbr, 9);
  trace.put(info, 'patientControlNumber', clm.element(1), clm, 1);
  trace.put(info, 'claimChargeAmount', amount(clm.element(2)), clm, 2);
  trace.put(info, 'placeOfServiceCode', clm.component(5, 1) as DentalClaimInformation['placeOfServiceCode'], clm, 5, 1);
  trace.put(info, 'claimFrequencyCode', clm.component(5, 3) as DentalClaimInformation['claimFrequencyCode'], clm, 5, 3);
  trace.put(info, 'signatureIndicator', clm.element(6) as DentalClaimInformation['signatureIndicator'], clm, 6);
  trace.put(info, 'planParticipationCode', clm.element(7) as DentalClaimInformation['planParticipationCode'], clm, 7);
  trace.put(info, 'benefitsAssignmentCertificationIndicator', clm.element(8) as DentalClaimInformation['benefitsAssignmentCertificationIndicator'], clm, 8);
  trace.put(info, 'releaseInformationCode', clm.element(9) as DentalClaimInformation['releaseInformationCode'], clm, 9);
  relatedCauses(trace, info, clm);
  trace.put(info, 'specialProgramCode', clm.element(12) as DentalClaimInformation['specialProgramCode'], clm, 12);
  if (clm.element(19) === 'PB') trace.put(info, 'predeterminationOfBenefits', true, clm, 19);
  trace.put(info, 'delayReasonCode', clm.element(20) as DentalClaimInformation['delayReasonCode'], clm, 20);
  amounts(trace, info, claim, { F5: 'patientAmountPaid' });
  refs(trace, info, patientNameLoop(ctx), { Y4: 'propertyCasualtyClaimNumber' });

  const claimDates: DentalClaimDateInformation = {};
  const service = claim.seg('DTP', '472');
  trace.put(claimDates, 'serviceDate', service?.element(3), service, 3);
  dates(trace, claimDates, claim, { '439': 'accidentDate', '452': 'appliancePlacementDate', '050': 'repricerReceivedDate' });
  attach(trace, info, 'claimDateInformation', nonEmpty(claimDates));

  const supplemental: DentalClaimSupplementalInformation = {};
  refs(trace, supplemental, claim, CLAIM_REFS);
  attach(trace, supplemental, 'reportInformations', reports(trace, claim.segs('PWK')) as DentalClaimSupplementalInformation['reportInformations']);
  attach(trace, info, 'claimSupplementalInformation', nonEmpty(supplemental));
  attach(trace, info, 'claimNotes', claim.segs('NTE').map((n) => n.element(2)).filter(Boolean), claim.seg('NTE'));
  attach(trace, info, 'fileInformationList', claim.segs('K3').map((k3) => k3.element(1)).filter(Boolean), claim.seg('K3'));
  attach(trace, info, 'claimContractInformation', contract(trace, claim.seg('CN1')));
  attach(trace, info, 'claimPricingRepricingInformation', pricing(trace, claim.seg('HCP')));
  attach(trace, info, 'healthCareCodeInformation', diagnoses(trace, claim));
  attach(trace, info, 'orthodonticTotalMonthsOfTreatment', orthodontics(trace, claim.seg('DN1')));
  attach(trace, info, 'toothStatus', claim.segs('DN2').map((dn2) => toothStatus(trace, dn2)));
  attach(trace, info, 'serviceFacilityLocation', serviceFacility(trace, claim.loop('2310C')));
  attach(trace, info, 'otherSubscriberInformation', claim.loops('2320').map((l) => otherSubscriber(trace, l)));
  info.serviceLines = claim.loops('2400').map((l) => serviceLine(trace, l));
  return info;
}

function diagnoses(trace: Trace, claim: LoopView): DentalHealthCareCodeInformation[] {
  const out: DentalHealthCareCodeInformation[] = [];
  for (const hi of claim.segs('HI')) {
    for (let e = 1; e <= hi.elementCount; e++) {
      if (hi.element(e) === '') continue;
      const d = {} as DentalHealthCareCodeInformation;
      trace.mark(d, hi);
      trace.put(d, 'diagnosisTypeCode', hi.component(e, 1) as DentalHealthCareCodeInformation['diagnosisTypeCode'], hi, e, 1);
      trace.put(d, 'diagnosisCode', hi.component(e, 2), hi, e, 2);
      out.push(d);
    }
  }
  return out;
}

/** DN1: DN101 months of treatment, DN102 months remaining (JSON numbers), DN104 treatment indicator. */
function orthodontics(trace: Trace, dn1: Segment | undefined): OrthodonticTotalMonthsOfTreatment | undefined {
  if (!dn1) return undefined;
  const o: OrthodonticTotalMonthsOfTreatment = {};
  trace.mark(o, dn1);
  trace.put(o, 'monthsCount', dn1.element(1) === '' ? undefined : (count(dn1.element(1)) as number), dn1, 1);
  trace.put(o, 'monthsRemaining', dn1.element(2) === '' ? undefined : (count(dn1.element(2)) as number), dn1, 2);
  trace.put(o, 'treatmentIndicator', dn1.element(4) as 'Y', dn1, 4);
  return o;
}

function toothStatus(trace: Trace, dn2: Segment): ToothStatus {
  const t = {} as ToothStatus;
  trace.mark(t, dn2);
  trace.put(t, 'toothNumber', dn2.element(1), dn2, 1);
  trace.put(t, 'toothStatusCode', dn2.element(2) as ToothStatus['toothStatusCode'], dn2, 2);
  return t;
}

// ---- 2320 / 2330 ----

function otherSubscriber(trace: Trace, loop: LoopView): DentalOtherSubscriberInformation {
  const o: DentalOtherSubscriberInformation = professionalOrDentalOtherSubscriber(trace, loop, otherSubscriberNameDental, (t, payerLoop, fallback) => {
    const payer = otherPayerName(t, payerLoop, fallback) as DentalOtherPayerName;
    refs(t, payer, payerLoop, { G3: 'otherPayerPredeterminationIdentification' });
    return payer;
  });
  const assistant = loop.loop('2330H');
  if (assistant) {
    o.otherPayerAssistantSurgeon = withMark(trace, assistant, {
      entityTypeQualifier: assistant.first.element(2) as '1' | '2',
      otherPayerAssistantSurgeonIdentifier: refList(trace, assistant),
    });
  }
  return o;
}

/** 2330A on 837D: as 837P, with the REF*SY values as a list (otherInsuredAdditionalIdentifiers). */
function otherSubscriberNameDental(trace: Trace, loop: LoopView | undefined, fallback: Segment): DentalOtherSubscriberName {
  const { otherInsuredAdditionalIdentifier: _single, ...rest } = otherSubscriberName(trace, loop, fallback);
  const n = rest as DentalOtherSubscriberName;
  trace.mark(n, loop?.first ?? fallback);
  attach(trace, n, 'otherInsuredAdditionalIdentifiers', loop?.segs('REF', 'SY').map((r) => r.element(2)).filter(Boolean), loop?.seg('REF', 'SY'));
  return n;
}

// ---- 2400 ----

const LINE_DATES: Readonly<Record<string, keyof DentalServiceLineDateInformation & string>> = {
  '441': 'priorPlacementDate',
  '452': 'applianceDate',
  '446': 'replacementDate',
  '196': 'treatmentStartDate',
  '198': 'treatmentCompletionDate',
};

function serviceLine(trace: Trace, loop: LoopView): DentalServiceLine {
  const line = {} as DentalServiceLine;
  trace.mark(line, loop.first);
  const service = loop.seg('DTP', '472');
  trace.put(line, 'serviceDate', service?.element(3), service, 3);
  refs(trace, line, loop, { '6R': 'providerControlNumber' });
  line.dentalService = dentalService(trace, loop.seg('SV3'), loop.first);
  attach(trace, line, 'teethInformation', loop.segs('TOO').map((too) => tooth(trace, too)));
  const lineDates: DentalServiceLineDateInformation = {};
  dates(trace, lineDates, loop, LINE_DATES);
  attach(trace, line, 'serviceLineDateInformation', nonEmpty(lineDates));
  const references: DentalServiceLineReferenceInformation = {};
  attach(trace, references, 'predeterminationOfBenefits', loop.segs('REF', 'G3').map((ref) => {
    const p = {} as PredeterminationOfBenefits;
    trace.mark(p, ref);
    trace.put(p, 'predeterminationOfBenefits', ref.element(2), ref, 2);
    trace.put(p, 'otherPayerPrimaryIdentifier', ref.component(4, 2), ref, 4, 2);
    return p;
  }));
  attach(trace, references, 'priorAuthorization', priorAuthorizations(trace, loop.segs('REF', 'G1')));
  attach(trace, references, 'referralNumber', loop.segs('REF', '9F').map((r) => r.element(2)).filter(Boolean), loop.seg('REF', '9F'));
  refs(trace, references, loop, { '9B': 'repricedLineItemReferenceNumber', '9D': 'adjustedRepricedLineItemReferenceNumber' });
  attach(trace, line, 'serviceLineReferenceInformation', nonEmpty(references));
  attach(trace, line, 'renderingProvider', lineProvider(trace, loop.loop('2420A')));
  attach(trace, line, 'assistantSurgeon', lineProvider(trace, loop.loop('2420B')));
  attach(trace, line, 'supervisingProvider', lineProvider(trace, loop.loop('2420C')));
  attach(trace, line, 'serviceFacilityLocation', lineFacility(trace, loop.loop('2420D')));
  attach(trace, line, 'contractInformation', contract(trace, loop.seg('CN1')));
  attach(trace, line, 'linePricingRepricingInformation', linePricing(trace, loop.seg('HCP')));
  attach(trace, line, 'lineAdjudicationInformation', loop.loops('2430').map((l) => lineAdjudication(trace, l)));
  amounts(trace, line, loop, { T: 'salesTaxAmount', F4: 'postageTaxAmount' });
  attach(trace, line, 'fileInformation', loop.segs('K3').map((k3) => k3.element(1)).filter(Boolean), loop.seg('K3'));
  return line;
}

/** SV3: SV301 AD composite, SV302 charge, SV303 POS, SV304 oral cavity, SV305, SV306 count, SV311 pointers. */
function dentalService(trace: Trace, sv3: Segment | undefined, fallback: Segment): DentalService {
  const s = {} as DentalService;
  trace.mark(s, sv3 ?? fallback);
  if (!sv3) return s;
  trace.put(s, 'procedureCode', sv3.component(1, 2), sv3, 1, 2);
  attach(trace, s, 'procedureModifiers', components(sv3, 1, 3, 6), sv3);
  trace.put(s, 'description', sv3.component(1, 7), sv3, 1, 7);
  trace.put(s, 'lineItemChargeAmount', amount(sv3.element(2)), sv3, 2);
  trace.put(s, 'placeOfServiceCode', sv3.element(3) as DentalService['placeOfServiceCode'], sv3, 3);
  attach(trace, s, 'oralCavityDesignation', components(sv3, 4, 1, 5), sv3);
  trace.put(s, 'prosthesisCrownOrInlayCode', sv3.element(5) as DentalService['prosthesisCrownOrInlayCode'], sv3, 5);
  trace.put(s, 'procedureCount', sv3.element(6) === '' ? undefined : (count(sv3.element(6)) as number), sv3, 6);
  const pointers = components(sv3, 11, 1, 4);
  if (pointers.length > 0) {
    s.compositeDiagnosisCodePointers = { diagnosisCodePointers: pointers };
    trace.mark(s, sv3, 'compositeDiagnosisCodePointers');
  }
  return s;
}

/** TOO*JP: TOO02 tooth, TOO03 surfaces. */
function tooth(trace: Trace, too: Segment): ToothInformation {
  const t = {} as ToothInformation;
  trace.mark(t, too);
  trace.put(t, 'toothCode', too.element(2), too, 2);
  attach(trace, t, 'toothSurfaceCodes', components(too, 3, 1, 5) as ToothInformation['toothSurfaceCodes'], too);
  return t;
}

/** 2420D NM1*77 line service facility (N3/N4, REF G2/LU/1G). */
function lineFacility(trace: Trace, loop: LoopView | undefined): DentalServiceLineServiceFacilityLocation | undefined {
  if (!loop) return undefined;
  const nm1 = loop.first;
  const f = {} as DentalServiceLineServiceFacilityLocation;
  trace.mark(f, nm1);
  trace.put(f, 'organizationName', nm1.element(3), nm1, 3);
  trace.put(f, 'npi', identifier(nm1, 'XX'), nm1, 9);
  attach(trace, f, 'address', address(trace, loop));
  refs(trace, f, loop, { G2: 'commercialNumber', LU: 'locationNumber', '1G': 'providerUpinNumber' });
  return f;
}

/** HCP at line level on 837D (HCP09 AD, HCP11 UN, HCP12 a JSON number). */
function linePricing(trace: Trace, hcp: Segment | undefined): DentalServiceLinePricingRepricingInformation | undefined {
  if (!hcp) return undefined;
  const p = {} as DentalServiceLinePricingRepricingInformation;
  trace.mark(p, hcp);
  trace.put(p, 'pricingMethodologyCode', hcp.element(1) as DentalServiceLinePricingRepricingInformation['pricingMethodologyCode'], hcp, 1);
  trace.put(p, 'repricedAllowedAmount', amount(hcp.element(2)), hcp, 2);
  trace.put(p, 'repricedSavingAmount', amount(hcp.element(3)), hcp, 3);
  trace.put(p, 'repricingOrganizationIdentifier', hcp.element(4), hcp, 4);
  trace.put(p, 'repricingPerDiemOrFlatRateAmount', amount(hcp.element(5)), hcp, 5);
  trace.put(p, 'serviceIdQualifier', hcp.element(9) as 'AD', hcp, 9);
  trace.put(p, 'repricedApprovedHCPCSCode', hcp.element(10), hcp, 10);
  trace.put(p, 'measurementUnitCode', hcp.element(11) as 'UN', hcp, 11);
  trace.put(p, 'repricedApprovedServiceUnitCount', hcp.element(12) === '' ? undefined : (count(hcp.element(12)) as number), hcp, 12);
  trace.put(p, 'rejectReasonCode', hcp.element(13) as DentalServiceLinePricingRepricingInformation['rejectReasonCode'], hcp, 13);
  trace.put(p, 'policyComplianceCode', hcp.element(14) as DentalServiceLinePricingRepricingInformation['policyComplianceCode'], hcp, 14);
  trace.put(p, 'exceptionCode', hcp.element(15) as DentalServiceLinePricingRepricingInformation['exceptionCode'], hcp, 15);
  return p;
}

/** 2430: laid out as on the 837P; only the SVD03-1 code list of the type differs. */
function lineAdjudication(trace: Trace, loop: LoopView): DentalLineAdjudicationInformation {
  return professionalOrDentalLineAdjudication(trace, loop) as DentalLineAdjudicationInformation;
}
