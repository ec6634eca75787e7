// Loop 2000B (subscriber level: SBR, PAT, 2010BA subscriber, 2010BB payer) and loop 2000C
// (patient level: PAT, 2010CA patient) after their HL segments. 2000C exists only for a
// dependent patient; when the subscriber is the patient, SBR02 is 18 and the 2010BA carries
// the patient's address and demographics (TR3 2000B/2010BA situational rules).

import { X12Error, X12ErrorCode } from '../core/errors';
import type { ClaimAddress, Dependent, Subscriber } from '../claim-json/claim-document';
import {
  DMG01_DATE_FORMAT,
  NM101_ENTITY_IDENTIFIER,
  NM108_ID_QUALIFIER,
  PAT07_POUNDS,
  REF01_QUALIFIER,
  SBR02_SELF,
} from './codes';
import type { ProviderRef } from './providers';
import { address, contact, dmg, nm1, optionalRef, PHONE_CONTACT, ref } from './segments';
import type { Sink } from './sink';
import { date, quantity, required } from './values';

/** PAT05–PAT09 (837P only): death date, weight, pregnancy of the patient. */
export interface PatientFacts {
  deathDate?: string;
  patientWeight?: string;
  pregnancyIndicator?: 'Y';
}

/** Everything 2000B carries for one subscriber + payer. */
export interface SubscriberView {
  subscriber: Subscriber;
  /** True when the subscriber is the patient (no 2000C): SBR02=18, address and DMG required. */
  isPatient: boolean;
  /** SBR09 claim filing indicator. */
  claimFilingCode?: string;
  /** SBR05 is used on 837P only (Medicare secondary payer insurance type). */
  allowInsuranceType: boolean;
  /** 2010BA NM108/NM109 are required on 837P; 837I/837D send them when present. */
  memberIdRequired: boolean;
  /** PAT in 2000B (837P, subscriber is the patient). */
  patientFacts?: PatientFacts;
  /** 2010BA REF*Y4 (property and casualty claim number), when the subscriber is the patient. */
  propertyCasualtyClaimNumber?: string;
  /** 2010BA PER (837P property and casualty only). */
  allowContact: boolean;
  payer: PayerView;
}

/** 2010BB. */
export interface PayerView {
  name: string | undefined;
  id: string;
  address?: ClaimAddress;
  /** REF*2U|EI|FY|NF payer secondary IDs (at most 3). */
  secondaryIds: ProviderRef[];
  /** REF*G2|LU billing provider secondary IDs assigned by this payer. */
  billingProviderIds: ProviderRef[];
  maxBillingProviderIds: number;
}

/** 2010BB REF*2U/EI/FY/NF from the trading partner IDs and the billing provider's payer IDs, without repeats. */
export function payerSecondaryIds(
  t: { payerIdentificationNumber?: string; employerIdentificationNumber?: string; claimOfficeNumber?: string; naic?: string } | undefined,
  b: { payerIdentificationNumber?: string; employerIdentificationNumber?: string; claimOfficeNumber?: string; naic?: string } | undefined,
): ProviderRef[] {
  const out: ProviderRef[] = [];
  for (const src of t === undefined ? (b === undefined ? NO_SOURCES : [b]) : b === undefined ? [t] : [t, b]) {
    addPayerId(out, REF01_QUALIFIER.payerId, src.payerIdentificationNumber);
    addPayerId(out, REF01_QUALIFIER.employerId, src.employerIdentificationNumber);
    addPayerId(out, REF01_QUALIFIER.claimOfficeNumber, src.claimOfficeNumber);
    addPayerId(out, REF01_QUALIFIER.naic, src.naic);
  }
  return out;
}

const NO_SOURCES: readonly never[] = [];

function addPayerId(out: ProviderRef[], qualifier: string, identifier: string | undefined): void {
  if (!identifier) return;
  for (const r of out) if (r.qualifier === qualifier && r.identifier === identifier) return;
  out.push({ qualifier, identifier });
}

/** 2010BB REF*G2/LU: the billing provider's IDs assigned by this payer. */
export function billingProviderPayerIds(b: { commercialNumber?: string; locationNumber?: string }): ProviderRef[] {
  const out: ProviderRef[] = [];
  if (b.commercialNumber) out.push({ qualifier: REF01_QUALIFIER.commercialNumber, identifier: b.commercialNumber });
  if (b.locationNumber) out.push({ qualifier: REF01_QUALIFIER.locationNumber, identifier: b.locationNumber });
  return out;
}

function patientFactsElements(f: PatientFacts | undefined): (string | undefined)[] {
  if (f === undefined) return [];
  return [
    f.deathDate ? DMG01_DATE_FORMAT : undefined,
    f.deathDate ? date(f.deathDate, 'PAT', 6) : undefined,
    f.patientWeight ? PAT07_POUNDS : undefined,
    f.patientWeight ? quantity(f.patientWeight, 'PAT', 8, 2) : undefined,
    f.pregnancyIndicator,
  ];
}

function hasPatientFacts(f: PatientFacts | undefined): boolean {
  return f !== undefined && Boolean(f.deathDate || f.patientWeight || f.pregnancyIndicator);
}

/**
 * 2000B body, e.g.
 * `SBR*P*18*GRP12345******CI~NM1*IL*1*DOE*JOHN****MI*W123456789~N3*200 OAK AVE~N4*SPRINGFIELD*IL*62702~DMG*D8*19800115*M~NM1*PR*2*ACME HEALTH PLAN*****PI*12345~`
 */
export function writeLoop2000B(sink: Sink, v: SubscriberView): void {
  const s = v.subscriber;
  sink.enter('2000B', 'subscriber');
  const groupOrPolicy = s.groupNumber ?? s.policyNumber;
  if (s.insuranceTypeCode && !v.allowInsuranceType) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'SBR05 (insuranceTypeCode) is not used in this transaction', { segmentId: 'SBR', element: 5 });
  }
  sink.segment('SBR', [
    s.paymentResponsibilityLevelCode,
    v.isPatient ? SBR02_SELF : undefined,
    groupOrPolicy,
    // SBR04 group name only when there is no group/policy number (TR3 2000B SBR04 note).
    groupOrPolicy ? undefined : s.subscriberGroupName,
    s.insuranceTypeCode,
    undefined,
    undefined,
    undefined,
    v.claimFilingCode,
  ]);
  if (v.isPatient && hasPatientFacts(v.patientFacts)) {
    sink.segment('PAT', [undefined, undefined, undefined, undefined, ...patientFactsElements(v.patientFacts)]);
  }

  sink.enter('2010BA', 'subscriber');
  const memberId = v.memberIdRequired ? required(s.memberId, 'NM1', 9, 'subscriber memberId') : s.memberId;
  nm1(sink, NM101_ENTITY_IDENTIFIER.subscriber, s, 'either', NM108_ID_QUALIFIER.memberId, memberId);
  if (v.isPatient) {
    // 2010BA N3/N4/DMG: required when the subscriber is the patient.
    if (s.address === undefined) {
      throw new X12Error(X12ErrorCode.MISSING_VALUE, 'N301 (subscriber address) is required when the subscriber is the patient', { segmentId: 'N3', element: 1 });
    }
    address(sink, s.address);
    dmg(sink, required(s.dateOfBirth, 'DMG', 2, 'subscriber dateOfBirth'), required(s.gender, 'DMG', 3, 'subscriber gender'));
  }
  // Otherwise the subscriber's address and demographics are not sent: the TR3 requires them only
  // when the subscriber is the patient, and situational data that does not apply is rejected.
  optionalRef(sink, REF01_QUALIFIER.ssn, s.ssn);
  if (v.isPatient) optionalRef(sink, REF01_QUALIFIER.propertyCasualtyClaimNumber, v.propertyCasualtyClaimNumber);
  if (v.allowContact && v.propertyCasualtyClaimNumber) contact(sink, s.contactInformation, PHONE_CONTACT);

  writeLoop2010BB(sink, v.payer);
}

/** 2010BB: `NM1*PR*2*{payer name}*****PI*{payer id}~` [N3 N4] [REF…]. */
function writeLoop2010BB(sink: Sink, p: PayerView): void {
  sink.enter('2010BB', 'tradingPartnerServiceId');
  nm1(sink, NM101_ENTITY_IDENTIFIER.payer, { organizationName: required(p.name, 'NM1', 3, 'payer name (tradingPartnerName)') }, 'nonPerson', 'PI', required(p.id, 'NM1', 9, 'payer ID'));
  if (p.address !== undefined) address(sink, p.address);
  if (p.secondaryIds.length > 3) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, 'REF: at most 3 payer secondary identifiers', { segmentId: 'REF' });
  }
  for (const r of p.secondaryIds) ref(sink, r.qualifier, r.identifier);
  if (p.billingProviderIds.length > p.maxBillingProviderIds) {
    throw new X12Error(X12ErrorCode.INVALID_VALUE, `REF: at most ${p.maxBillingProviderIds} billing provider secondary identifier(s) (G2/LU)`, { segmentId: 'REF' });
  }
  for (const r of p.billingProviderIds) ref(sink, r.qualifier, r.identifier);
}

/** Everything 2000C carries for one dependent patient. */
export interface PatientView {
  dependent: Dependent;
  /** PAT05–PAT09 (837P). */
  patientFacts?: PatientFacts;
  /** 2010CA REF*Y4; the patient's own IDs (REF*1W/SY) and PER go out only on these P&C claims. */
  propertyCasualtyClaimNumber?: string;
  /** 2010CA PER (837P). */
  allowContact: boolean;
}

/**
 * 2000C body, e.g. `PAT*19~NM1*QC*1*DOE*TIMMY~N3*200 OAK AVE~N4*SPRINGFIELD*IL*62702~DMG*D8*20150610*M~`
 */
export function writeLoop2000C(sink: Sink, v: PatientView): void {
  const d = v.dependent;
  sink.enter('2000C', 'dependent');
  sink.segment('PAT', [required(d.relationshipToSubscriberCode, 'PAT', 1, 'relationshipToSubscriberCode'), undefined, undefined, undefined, ...patientFactsElements(v.patientFacts)]);
  sink.enter('2010CA', 'dependent');
  nm1(sink, NM101_ENTITY_IDENTIFIER.patient, d, 'person');
  address(sink, required(d.address, 'N3', 1, 'patient address'));
  dmg(sink, required(d.dateOfBirth, 'DMG', 2, 'patient dateOfBirth'), required(d.gender, 'DMG', 3, 'patient gender'));
  const pc = v.propertyCasualtyClaimNumber;
  if (pc) {
    ref(sink, REF01_QUALIFIER.propertyCasualtyClaimNumber, pc);
    // REF Property and Casualty Patient Identifier (max 1): 1W member ID, else SY.
    if (d.memberId) ref(sink, REF01_QUALIFIER.propertyCasualtyPatientId, d.memberId);
    else optionalRef(sink, REF01_QUALIFIER.ssn, d.ssn);
    if (v.allowContact) contact(sink, d.contactInformation, PHONE_CONTACT);
  }
}
