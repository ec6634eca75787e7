// Request DTOs shared by the professional (837P), institutional (837I) and dental (837D) claim
// bodies: addresses, contacts, submitter/receiver, subscriber/dependent, provider objects, pay-to
// plan, attachments and coordination-of-benefits (2320/2330) objects. Field names, lengths and
// codes follow shared/docs/claim-json.md (Stedi maxLength, X12 element maxima where it is silent).
//
// Every property is declared with one composed decorator from field.decorators.ts, which emits both
// the class-validator constraints and the OpenAPI metadata. Fields that several DTOs share word for
// word live in abstract `…Fields` base classes (class-validator and @nestjs/swagger follow
// inheritance); what differs between claim kinds stays in the subclass. A subclass must never
// redeclare an inherited property: class-validator would merge both sets of constraints
// (schema-stability.spec.ts checks this). Base-class properties come first in the OpenAPI schema and
// in the validated instance; the bases are cut so that nested objects keep their relative order
// (the normalized claim document, and the scrub rules that walk it, see them in that order).

import {
  ADJUSTMENT_GROUP_CODES,
  ATTACHMENT_REPORT_TYPE_CODES,
  ATTACHMENT_TRANSMISSION_CODES,
  BENEFITS_ASSIGNMENT_CODES,
  CLAIM_FILING_CODES,
  CLAIM_IDENTIFIERS,
  CONTRACT_TYPE_CODES,
  DENTAL_PROVIDER_TYPES,
  DRUG_UNIT_CODES,
  ENTITY_TYPE_QUALIFIERS,
  EPSDT_CONDITION_CODES,
  FACILITY_SECONDARY_ID_QUALIFIERS,
  GENDER_CODES,
  INDIVIDUAL_RELATIONSHIP_CODES,
  INSURANCE_TYPE_CODES,
  OTHER_INSURED_ID_QUALIFIERS,
  PAYER_ID_QUALIFIERS,
  PAYMENT_RESPONSIBILITY_LEVEL_CODES,
  PAY_TO_PLAN_SECONDARY_ID_QUALIFIERS,
  POLICY_COMPLIANCE_CODES,
  PRICING_METHODOLOGY_CODES,
  PROFESSIONAL_PROVIDER_TYPES,
  RECEIVER_IDS,
  RELATIONSHIP_TO_SUBSCRIBER_CODES,
  RELEASE_INFORMATION_CODES,
  REPRICING_EXCEPTION_CODES,
  REPRICING_REJECT_REASON_CODES,
  USAGE_INDICATORS,
  YES_NO,
  type AdjustmentGroupCode,
  type AttachmentReportTypeCode,
  type AttachmentTransmissionCode,
  type BenefitsAssignmentCode,
  type ClaimFilingCode,
  type ClaimIdentifier,
  type ContractTypeCode,
  type DentalProviderType,
  type DrugUnitCode,
  type EntityTypeQualifier,
  type EpsdtConditionCode,
  type FacilitySecondaryIdQualifier,
  type GenderCode,
  type IndividualRelationshipCode,
  type InsuranceTypeCode,
  type OtherInsuredIdQualifier,
  type PayToPlanSecondaryIdQualifier,
  type PayerIdQualifier,
  type PaymentResponsibilityLevelCode,
  type PolicyComplianceCode,
  type PricingMethodologyCode,
  type ProfessionalProviderType,
  type ReceiverId,
  type RelationshipToSubscriberCode,
  type ReleaseInformationCode,
  type RepricingExceptionCode,
  type RepricingRejectReasonCode,
  type UsageIndicator,
  type YesNo,
} from '../claim.types';
import {
  AmountField,
  ArrayField,
  BooleanField,
  CodeArrayField,
  CodeField,
  DateField,
  DecimalField,
  DigitsField,
  NestedField,
  PatternField,
  ProviderTagField,
  QuantityField,
  StringArrayField,
  StringField,
  TaxonomyCodeField,
} from './field.decorators';
import { ConflictsWith, RequiredForBillingProvider, RequiredIfPresent, RequiredUnlessPresent } from './validators';

/** N3/N4 street address, the same object everywhere in the claim (ClaimsAddress). */
export class ClaimAddressDto {
  @StringField({ description: 'N301 — address line 1', max: 55, example: '123 MAIN ST' })
  address1: string;

  @StringField({ description: 'N302 — address line 2', max: 55, optional: true })
  address2?: string;

  @StringField({ description: 'N401 — city', max: 30, example: 'SPRINGFIELD' })
  city: string;

  @StringField({ description: 'N402 — state or province code (US and Canada)', min: 2, max: 2, optional: true, example: 'IL' })
  state?: string;

  @StringField({
    description: 'N403 — postal code; US ZIP as 5 or 9 digits without a dash (9 for billing and service facility)',
    min: 3,
    max: 15,
    optional: true,
    example: '627011234',
  })
  postalCode?: string;

  @StringField({ description: 'N404 — country code, only for addresses outside the US', min: 2, max: 3, optional: true })
  countryCode?: string;

  @StringField({ description: 'N407 — country subdivision code, only outside the US and Canada', max: 3, optional: true })
  countrySubDivisionCode?: string;
}

/** PER phone, extension, fax and email; at least one of phoneNumber, faxNumber or email is required. */
abstract class ContactNumberFields {
  @DigitsField(10, {
    description: 'PER04 (PER03=TE) — phone number, 10 digits; at least one of phoneNumber, faxNumber or email is required',
    optional: RequiredUnlessPresent('faxNumber', 'email'),
    example: '2175550100',
  })
  phoneNumber?: string;

  @DigitsField(1, 256, { description: 'PER06 (PER05=EX) — phone extension, digits only', optional: true })
  phoneExtension?: string;

  @DigitsField(10, { description: 'PER (FX) — fax number, 10 digits', optional: true })
  faxNumber?: string;

  @PatternField(/^[^\s@]+@[^\s@]+$/, 'an email address', { description: 'PER (EM) — email address', max: 256, optional: true })
  email?: string;
}

/** PER contact (PER01=IC); the name is optional here (Optum always sends it). */
export class ContactInformationDto extends ContactNumberFields {
  @StringField({ description: 'PER02 — contact name', max: 60, optional: true, example: 'BILLING OFFICE' })
  name?: string;
}

/** PER contact whose name is required (subscriber/dependent contacts, 837I provider contacts). */
export class NamedContactInformationDto extends ContactNumberFields {
  @StringField({ description: 'PER02 — contact name', max: 60, example: 'PATIENT ACCOUNTS' })
  name: string;
}

/** 1000A submitter (NM1*41, PER*IC) on 837P and 837D. */
export class SubmitterDto {
  @StringField({
    description: '1000A NM103 (NM102=2) — submitter organization name; this or lastName is required',
    max: 60,
    optional: RequiredUnlessPresent('lastName'),
    example: 'EXAMPLE BILLING SERVICE',
  })
  organizationName?: string;

  @StringField({ description: '1000A NM103 (NM102=1) — submitter last name when the submitter is a person', max: 60, optional: true })
  lastName?: string;

  @StringField({ description: '1000A NM104 — submitter first name', max: 35, optional: true })
  firstName?: string;

  @StringField({ description: '1000A NM105 — submitter middle name', max: 25, optional: true })
  middleName?: string;

  @StringField({
    description: '1000A NM109 (NM108=46) — submitter ETIN (Stedi field); the gateway defaults it to billing.npi',
    min: 2,
    max: 80,
    optional: true,
  })
  submitterIdentification?: string;

  @NestedField(() => ContactInformationDto, { description: '1000A PER (PER01=IC) — submitter EDI contact' })
  contactInformation: ContactInformationDto;
}

/** 1000B receiver (NM1*40); the receiver ID in NM109 is set by the clearinghouse. */
export class ReceiverDto {
  @StringField({ description: '1000B NM103 — receiver (payer) name', max: 60, example: 'EXAMPLE HEALTH PLAN' })
  organizationName: string;

  @CodeField(RECEIVER_IDS, { description: 'Stedi print-and-mail routing (no X12 element): PAPER, PRINT or BPUMR', optional: true })
  receiverId?: ReceiverId;
}

/** 2000B SBR + 2010BA NM1*IL subscriber fields shared by every claim kind. */
abstract class SubscriberFields {
  @StringField({
    description: '2010BA NM109 (NM108=MI) — member ID; required for a person subscriber (no organizationName)',
    min: 2,
    max: 80,
    optional: RequiredUnlessPresent('organizationName'),
    example: 'W123456789',
  })
  memberId?: string;

  @StringField({
    description: '2010BA NM103 (NM102=1) — subscriber last name; required for a person subscriber (no organizationName)',
    max: 60,
    optional: RequiredUnlessPresent('organizationName'),
    example: 'DOE',
  })
  lastName?: string;

  @StringField({ description: '2010BA NM104 — subscriber first name', max: 35, optional: true, example: 'JANE' })
  firstName?: string;

  @StringField({ description: '2010BA NM105 — subscriber middle name', max: 25, optional: true })
  middleName?: string;

  @StringField({ description: '2010BA NM107 — name suffix (Jr, III); never inside the name fields', max: 10, optional: true })
  suffix?: string;

  @StringField({
    description: '2010BA NM103 (NM102=2) — non-person subscriber; the patient then goes in dependent',
    max: 60,
    optional: true,
  })
  organizationName?: string;

  @CodeField(GENDER_CODES, {
    description: '2010BA DMG03 — gender; required when the subscriber is the patient',
    optional: true,
    example: 'F',
  })
  gender?: GenderCode;

  @DateField({
    description: '2010BA DMG02 (DMG01=D8) — date of birth CCYYMMDD; required when the subscriber is the patient',
    optional: true,
    example: '19800215',
  })
  dateOfBirth?: string;

  @StringField({ description: '2000B SBR03 — policy number (send this or groupNumber)', max: 50, optional: true })
  policyNumber?: string;

  @StringField({ description: '2000B SBR03 — group number (send this or policyNumber)', max: 50, optional: true, example: 'GRP12345' })
  groupNumber?: string;

  @StringField({ description: '2000B SBR04 — group name; ignored when groupNumber is set', max: 60, optional: true })
  subscriberGroupName?: string;

  @CodeField(INSURANCE_TYPE_CODES, { description: '2000B SBR05 — insurance type, only when Medicare is a secondary payer', optional: true })
  insuranceTypeCode?: InsuranceTypeCode;

  @DigitsField(9, { description: '2010BA REF*SY — subscriber SSN, 9 digits (property and casualty claims only)', optional: true })
  ssn?: string;

  @NestedField(() => NamedContactInformationDto, {
    description: '2010BA PER — subscriber contact (property and casualty claims only)',
    optional: true,
  })
  contactInformation?: NamedContactInformationDto;

  @NestedField(() => ClaimAddressDto, {
    description: '2010BA N3/N4 — subscriber address; required when the subscriber is the patient',
    optional: true,
  })
  address?: ClaimAddressDto;
}

/**
 * 2000B SBR + 2010BA NM1*IL subscriber on 837P and 837D. SBR02=18 is derived when there is no
 * dependent.
 */
export class SubscriberDto extends SubscriberFields {
  @CodeField(PAYMENT_RESPONSIBILITY_LEVEL_CODES, {
    description: '2000B SBR01 — payer responsibility sequence (P primary, S secondary, T tertiary…); defaults to P',
    optional: true,
    example: 'P',
  })
  paymentResponsibilityLevelCode?: PaymentResponsibilityLevelCode;
}

/** 2000B SBR + 2010BA NM1*IL subscriber on 837I, where SBR01 is required even by Stedi. */
export class InstitutionalSubscriberDto extends SubscriberFields {
  @CodeField(PAYMENT_RESPONSIBILITY_LEVEL_CODES, {
    description: '2000B SBR01 — payer responsibility sequence (P primary, S secondary, T tertiary…)',
    example: 'P',
  })
  paymentResponsibilityLevelCode: PaymentResponsibilityLevelCode;
}

/** 2000C PAT + 2010CA NM1*QC patient, sent only when the patient is not the subscriber. */
export class DependentDto {
  @CodeField(RELATIONSHIP_TO_SUBSCRIBER_CODES, { description: '2000C PAT01 — patient relationship to the subscriber', example: '19' })
  relationshipToSubscriberCode: RelationshipToSubscriberCode;

  @StringField({ description: '2010CA NM103 — patient last name', max: 60 })
  lastName: string;

  @StringField({ description: '2010CA NM104 — patient first name', max: 35 })
  firstName: string;

  @StringField({ description: '2010CA NM105 — patient middle name', max: 25, optional: true })
  middleName?: string;

  @StringField({ description: '2010CA NM107 — name suffix', max: 10, optional: true })
  suffix?: string;

  @CodeField(GENDER_CODES, { description: '2010CA DMG03 — patient gender' })
  gender: GenderCode;

  @DateField({ description: '2010CA DMG02 (DMG01=D8) — patient date of birth CCYYMMDD' })
  dateOfBirth: string;

  @NestedField(() => ClaimAddressDto, { description: '2010CA N3/N4 — patient address' })
  address: ClaimAddressDto;

  @StringField({ description: '2010CA REF*1W — patient member ID (property and casualty claims only)', min: 2, max: 80, optional: true })
  memberId?: string;

  @DigitsField(9, { description: '2010CA REF*SY — patient SSN, 9 digits (property and casualty claims only)', optional: true })
  ssn?: string;

  @NestedField(() => NamedContactInformationDto, {
    description: '2010CA PER — patient contact (property and casualty claims only)',
    optional: true,
  })
  contactInformation?: NamedContactInformationDto;
}

/** 2010BB REF payer secondary identifiers (Stedi). */
export class TradingPartnerSecondaryIdentifiersDto {
  @StringField({ description: '2010BB REF*2U — payer identification number', max: 50, optional: true, deprecated: true })
  payerIdentificationNumber?: string;

  @StringField({ description: '2010BB REF*EI — payer employer identification number', max: 50, optional: true })
  employerIdentificationNumber?: string;

  @StringField({ description: '2010BB REF*FY — claim office number', max: 50, optional: true })
  claimOfficeNumber?: string;

  @StringField({ description: '2010BB REF*NF — NAIC code', max: 50, optional: true })
  naic?: string;
}

/**
 * Name (NM1), taxonomy (PRV), reference numbers (REF), address (N3/N4) and contact (PER) of a
 * claim-level provider on 837P and 837D; the same fields for every provider role.
 */
abstract class ProviderDetailsFields {
  @StringField({ description: 'NM103 (NM102=2) — organization name', max: 60, optional: true, example: 'SPRINGFIELD FAMILY MEDICINE' })
  organizationName?: string;

  @StringField({ description: 'NM103 (NM102=1) — last name when the provider is a person', max: 60, optional: true })
  lastName?: string;

  @StringField({ description: 'NM104 — first name', max: 35, optional: true })
  firstName?: string;

  @StringField({ description: 'NM105 — middle name', max: 25, optional: true })
  middleName?: string;

  @StringField({ description: 'NM107 — name suffix', max: 10, optional: true })
  suffix?: string;

  @TaxonomyCodeField({
    description: 'PRV03 (PRV02=PXC) — provider taxonomy (billing 2000A PRV*BI, rendering PRV*PE)',
    optional: true,
    example: '207Q00000X',
  })
  taxonomyCode?: string;

  @StringField({ description: 'REF*0B — state license number', max: 50, optional: true })
  stateLicenseNumber?: string;

  @StringField({ description: 'REF*1G — UPIN', max: 50, optional: true, deprecated: true })
  providerUpinNumber?: string;

  @StringField({ description: 'REF*G2 — payer-assigned provider number', max: 50, optional: true })
  commercialNumber?: string;

  @StringField({ description: 'REF*LU — location number', max: 50, optional: true })
  locationNumber?: string;

  @StringField({ description: '2010BB REF*2U — payer ID (Optum billing provider field)', max: 50, optional: true, deprecated: true })
  payerIdentificationNumber?: string;

  @StringField({ description: '2010BB REF*EI — payer EIN (Optum billing provider field)', max: 50, optional: true, deprecated: true })
  employerIdentificationNumber?: string;

  @StringField({
    description: '2010BB REF*FY — claim office number (Optum billing provider field)',
    max: 50,
    optional: true,
    deprecated: true,
  })
  claimOfficeNumber?: string;

  @StringField({ description: '2010BB REF*NF — NAIC code (Optum billing provider field)', max: 50, optional: true, deprecated: true })
  naic?: string;

  @NestedField(() => ClaimAddressDto, {
    description: 'N3/N4 — address; the billing address must be a street address (no PO box) with a 9-digit ZIP',
    optional: true,
  })
  address?: ClaimAddressDto;

  @NestedField(() => ContactInformationDto, { description: 'PER — provider contact (billing: 2010AA PER)', optional: true })
  contactInformation?: ContactInformationDto;
}

/** 2010AA billing provider (NM1*85, N3/N4, REF*EI|SY, PER; PRV*BI in 2000A) on 837P and 837D. */
export class BillingProviderDto extends ProviderDetailsFields {
  @ProviderTagField('BillingProvider')
  providerType?: 'BillingProvider';

  @DigitsField(10, {
    description: '2010AA NM109 (NM108=XX) — billing NPI; required unless the provider has no NPI and sends commercialNumber (G2) or locationNumber (LU)',
    optional: RequiredUnlessPresent('commercialNumber', 'locationNumber'),
    example: '1558374629',
  })
  npi?: string;

  @DigitsField(9, {
    description: '2010AA REF*EI — employer identification number, 9 digits; exactly one of employerId or ssn is required',
    optional: RequiredUnlessPresent('ssn'),
    example: '371234567',
  })
  employerId?: string;

  @DigitsField(9, {
    description: '2010AA REF*SY — SSN of an individual billing provider, 9 digits; exactly one of employerId or ssn is required',
    optional: true,
  })
  @ConflictsWith('employerId')
  ssn?: string;
}

/** A legacy providers[] item: NPI and tax IDs, required when the item is the BillingProvider (2010AA rules). */
abstract class ProviderItemFields extends ProviderDetailsFields {
  @DigitsField(10, {
    description: 'NM109 (NM108=XX) — NPI; for a BillingProvider required unless commercialNumber or locationNumber is sent',
    optional: RequiredForBillingProvider('commercialNumber', 'locationNumber'),
    example: '1558374629',
  })
  npi?: string;

  @DigitsField(9, {
    description: 'REF*EI — employer identification number, 9 digits; a BillingProvider sends exactly one of employerId or ssn',
    optional: RequiredForBillingProvider('ssn'),
    example: '371234567',
  })
  employerId?: string;

  @DigitsField(9, { description: 'REF*SY — SSN used as the tax ID of an individual billing provider, 9 digits', optional: true })
  @ConflictsWith('employerId')
  ssn?: string;
}

/**
 * Legacy 837P providers[] item, resolved into billing / rendering / referring / supervising /
 * ordering by providerType.
 */
export class ClaimProviderDto extends ProviderItemFields {
  @CodeField(PROFESSIONAL_PROVIDER_TYPES, { description: 'which dedicated provider object this item stands for' })
  providerType: ProfessionalProviderType;
}

/**
 * Legacy 837D providers[] item, resolved into billing / rendering / referring / supervising by
 * providerType.
 */
export class DentalClaimProviderDto extends ProviderItemFields {
  @CodeField(DENTAL_PROVIDER_TYPES, { description: 'which dedicated provider object this item stands for' })
  providerType: DentalProviderType;
}

/** A dedicated claim-level provider other than billing: every identifier is optional. */
abstract class OtherProviderFields extends ProviderDetailsFields {
  @DigitsField(10, { description: 'NM109 (NM108=XX) — National Provider Identifier, 10 digits', optional: true, example: '1558374629' })
  npi?: string;

  @DigitsField(9, {
    description: 'REF*EI — employer identification number (tax ID), 9 digits; used for the billing provider (2010AA)',
    optional: true,
    example: '371234567',
  })
  employerId?: string;

  @DigitsField(9, { description: 'REF*SY — SSN used as the tax ID of an individual billing provider, 9 digits', optional: true })
  ssn?: string;
}

/**
 * 2310B rendering provider (NM1*82, PRV*PE) when it differs from the billing provider (837D: 2310B
 * as well).
 */
export class RenderingProviderDto extends OtherProviderFields {
  @ProviderTagField('RenderingProvider')
  providerType?: 'RenderingProvider';
}

/** 2310A referring provider (NM1*DN). */
export class ReferringProviderDto extends OtherProviderFields {
  @ProviderTagField('ReferringProvider')
  providerType?: 'ReferringProvider';
}

/** 2310D supervising provider (NM1*DQ). */
export class SupervisingProviderDto extends OtherProviderFields {
  @ProviderTagField('SupervisingProvider')
  providerType?: 'SupervisingProvider';
}

/** Deprecated claim-level ordering provider; use serviceLines[].orderingProvider (2420E NM1*DK). */
export class OrderingProviderDto extends OtherProviderFields {
  @ProviderTagField('OrderingProvider')
  providerType?: 'OrderingProvider';
}

/** Provider REF secondary identifier (line-level provider loops). */
export class ProviderSecondaryIdentifierDto {
  @StringField({
    description: 'REF01 — reference qualifier (0B state license, 1G UPIN, G2 payer-assigned, LU location)',
    max: 3,
    example: 'G2',
  })
  qualifier: string;

  @StringField({ description: 'REF02 — identifier', max: 50 })
  identifier: string;

  @StringField({ description: 'REF04-2 — payer ID of the non-destination payer that assigned the identifier', max: 50, optional: true })
  otherIdentifier?: string;
}

/** NM1 name and the REF*0B/1G/G2/LU numbers of a 2420 line provider on 837P and 837D. */
export abstract class LineProviderNameFields {
  @StringField({ description: 'NM103 (NM102=2) — organization name', max: 60, optional: true })
  organizationName?: string;

  @StringField({ description: 'NM103 (NM102=1) — last name', max: 60, optional: true })
  lastName?: string;

  @StringField({ description: 'NM104 — first name', max: 35, optional: true })
  firstName?: string;

  @StringField({ description: 'NM105 — middle name', max: 25, optional: true })
  middleName?: string;

  @StringField({ description: 'NM107 — name suffix', max: 10, optional: true })
  suffix?: string;

  @StringField({ description: 'REF*0B — state license number', max: 50, optional: true })
  stateLicenseNumber?: string;

  @StringField({ description: 'REF*1G — UPIN', max: 50, optional: true, deprecated: true })
  providerUpinNumber?: string;

  @StringField({ description: 'REF*G2 — payer-assigned provider number', max: 50, optional: true })
  commercialNumber?: string;

  @StringField({ description: 'REF*LU — location number', max: 50, optional: true })
  locationNumber?: string;
}

/**
 * 837P line-level provider (2420A rendering, 2420B purchased service, 2420D supervising, 2420E
 * ordering, 2420F referring), sent only when it differs from the claim level.
 */
export class ServiceLineProviderDto extends LineProviderNameFields {
  @StringField({ description: 'Deprecated tag; ignored', max: 30, optional: true, deprecated: true })
  providerType?: string;

  @DigitsField(10, { description: 'NM109 (NM108=XX) — National Provider Identifier, 10 digits', optional: true, example: '1558374629' })
  npi?: string;

  @TaxonomyCodeField({ description: 'PRV03 (PRV01=PE, PRV02=PXC) — rendering provider taxonomy', optional: true })
  taxonomyCode?: string;

  @DigitsField(9, { description: 'REF*EI — employer identification number, 9 digits', optional: true, deprecated: true })
  employerId?: string;

  @DigitsField(9, { description: 'REF*SY — SSN, 9 digits', optional: true, deprecated: true })
  ssn?: string;

  @StringField({ description: 'REF*2U — payer identification number', max: 50, optional: true })
  payerIdentificationNumber?: string;

  @StringField({ description: 'REF04-2 — other payer primary identifier', max: 50, optional: true })
  otherIdentifier?: string;

  @ArrayField(() => ProviderSecondaryIdentifierDto, {
    description: 'REF — secondary identifiers (REF01/REF02/REF04)',
    max: 20,
    optional: true,
  })
  secondaryIdentifier?: ProviderSecondaryIdentifierDto[];

  @NestedField(() => ClaimAddressDto, { description: 'N3/N4 — address (ordering provider 2420E)', optional: true })
  address?: ClaimAddressDto;

  @NestedField(() => ContactInformationDto, { description: 'PER — contact (ordering provider 2420E)', optional: true })
  contactInformation?: ContactInformationDto;
}

/** Service facility REF secondary identifier. */
export class FacilitySecondaryIdentifierDto {
  @CodeField(FACILITY_SECONDARY_ID_QUALIFIERS, { description: 'REF01 — 0B state license, G2 payer-assigned, LU location number' })
  qualifier: FacilitySecondaryIdQualifier;

  @StringField({ description: 'REF02 — identifier', max: 50 })
  identifier: string;

  @StringField({ description: 'REF04-2 — other payer primary identifier', max: 50, optional: true, deprecated: true })
  otherIdentifier?: string;
}

/**
 * Service facility location (837P 2310C / 2420C, 837D 2310C; NM1*77); send only when it differs
 * from the billing address.
 */
export class ServiceFacilityLocationDto {
  @StringField({ description: 'NM103 — facility name', max: 60 })
  organizationName: string;

  @NestedField(() => ClaimAddressDto, { description: 'N3/N4 — facility address' })
  address: ClaimAddressDto;

  @DigitsField(10, { description: 'NM109 (NM108=XX) — facility NPI, 10 digits', optional: true, example: '1558374629' })
  npi?: string;

  @ArrayField(() => FacilitySecondaryIdentifierDto, { description: 'REF — facility secondary identifiers', max: 3, optional: true })
  secondaryIdentifier?: FacilitySecondaryIdentifierDto[];

  @StringField({ description: 'PER02 — facility contact name', max: 60, optional: true })
  phoneName?: string;

  @DigitsField(10, { description: 'PER04 (PER03=TE) — facility phone, 10 digits', optional: true })
  phoneNumber?: string;

  @DigitsField(1, 256, { description: 'PER06 (PER05=EX) — phone extension, digits only', optional: true })
  phoneExtension?: string;
}

/** 2010AC pay-to plan (NM1*PE, N3/N4, REF). */
export class PayToPlanDto {
  @StringField({ description: '2010AC NM103 — pay-to plan name', max: 60 })
  organizationName: string;

  @CodeField(PAYER_ID_QUALIFIERS, { description: '2010AC NM108 — PI payer ID, XV CMS PlanID' })
  primaryIdentifierTypeCode: PayerIdQualifier;

  @StringField({ description: '2010AC NM109 — pay-to plan identifier', min: 2, max: 80 })
  primaryIdentifier: string;

  @NestedField(() => ClaimAddressDto, { description: '2010AC N3/N4 — pay-to plan address' })
  address: ClaimAddressDto;

  @CodeField(PAY_TO_PLAN_SECONDARY_ID_QUALIFIERS, {
    description: '2010AC REF01 — 2U payer ID, FY claim office, NF NAIC; required with secondaryIdentifier',
    optional: RequiredIfPresent('secondaryIdentifier'),
  })
  secondaryIdentifierTypeCode?: PayToPlanSecondaryIdQualifier;

  @StringField({
    description: '2010AC REF02 — secondary identifier; required with secondaryIdentifierTypeCode',
    max: 50,
    optional: RequiredIfPresent('secondaryIdentifierTypeCode'),
  })
  secondaryIdentifier?: string;

  @DigitsField(9, { description: '2010AC REF*EI — pay-to plan tax ID, 9 digits' })
  taxIdentificationNumber: string;
}

/** PWK02/PWK06 and the Stedi attachment ID; the report type codes differ by claim kind. */
export abstract class AttachmentFields {
  @CodeField(ATTACHMENT_TRANSMISSION_CODES, { description: 'PWK02 — how the attachment is sent' })
  attachmentTransmissionCode: AttachmentTransmissionCode;

  @StringField({ description: 'PWK06 (PWK05=AC) — attachment control number', min: 2, max: 80, optional: true })
  attachmentControlNumber?: string;

  @PatternField(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'a UUID', {
    description: 'Stedi attachment ID (UUID) linking an uploaded attachment; no X12 element',
    optional: true,
  })
  attachmentId?: string;
}

/** PWK attachment (paperwork) reference. */
export class ReportInformationDto extends AttachmentFields {
  @CodeField(ATTACHMENT_REPORT_TYPE_CODES, { description: 'PWK01 — attachment report type' })
  attachmentReportTypeCode: AttachmentReportTypeCode;
}

/** CN102–CN106; the contract type codes (CN101) differ by claim kind. */
export abstract class ContractTermsFields {
  @AmountField({ description: 'CN102 — contract amount', optional: true })
  contractAmount?: string;

  @DecimalField({ description: 'CN103 — contract percentage', max: 6, optional: true })
  contractPercentage?: string;

  @StringField({ description: 'CN104 — contract code', max: 50, optional: true })
  contractCode?: string;

  @DecimalField({ description: 'CN105 — terms discount percentage', max: 6, optional: true })
  termsDiscountPercentage?: string;

  @StringField({ description: 'CN106 — contract version identifier', max: 30, optional: true })
  contractVersionIdentifier?: string;
}

/** CN1 contract information (2300 or 2400). */
export class ContractInformationDto extends ContractTermsFields {
  @CodeField(CONTRACT_TYPE_CODES, { description: 'CN101 — contract type' })
  contractTypeCode: ContractTypeCode;
}

/** HCP pricing/repricing information (2300 or 2400 on 837P/837D; repricers only). */
export class ClaimPricingRepricingInformationDto {
  @CodeField(PRICING_METHODOLOGY_CODES, { description: 'HCP01 — pricing methodology' })
  pricingMethodologyCode: PricingMethodologyCode;

  @AmountField({ description: 'HCP02 — repriced allowed amount' })
  repricedAllowedAmount: string;

  @AmountField({ description: 'HCP03 — repriced saving amount', optional: true })
  repricedSavingAmount?: string;

  @StringField({ description: 'HCP04 — repricing organization identifier', max: 50, optional: true })
  repricingOrganizationIdentifier?: string;

  @AmountField({ description: 'HCP05 — repricing per diem or flat rate amount', optional: true })
  repricingPerDiemOrFlatRateAmount?: string;

  @StringField({ description: 'HCP06 — repriced approved APG code', max: 50, optional: true })
  repricedApprovedAmbulatoryPatientGroupCode?: string;

  @AmountField({ description: 'HCP07 — repriced approved APG amount', optional: true })
  repricedApprovedAmbulatoryPatientGroupAmount?: string;

  @CodeField(REPRICING_REJECT_REASON_CODES, { description: 'HCP13 — reject reason', optional: true })
  rejectReasonCode?: RepricingRejectReasonCode;

  @CodeField(POLICY_COMPLIANCE_CODES, { description: 'HCP14 — policy compliance', optional: true })
  policyComplianceCode?: PolicyComplianceCode;

  @CodeField(REPRICING_EXCEPTION_CODES, { description: 'HCP15 — exception code', optional: true })
  exceptionCode?: RepricingExceptionCode;
}

/** CRC*ZZ EPSDT referral (2300). */
export class EpsdtReferralDto {
  @CodeField(YES_NO, { description: 'CRC02 — Y when a referral was given' })
  certificationConditionCodeAppliesIndicator: YesNo;

  @CodeArrayField(EPSDT_CONDITION_CODES, { description: 'CRC03–CRC05 — EPSDT condition codes', max: 3 })
  conditionCodes: EpsdtConditionCode[];
}

/** REF*G1 line-level prior authorization. */
export class PriorAuthorizationDto {
  @StringField({ description: 'REF02 (REF01=G1) — prior authorization number', max: 50 })
  priorAuthorizationOrReferralNumber: string;

  @StringField({ description: 'REF04-2 — payer ID of the non-destination payer that issued it', max: 50, optional: true })
  otherPayerPrimaryIdentifier?: string;
}

/** One CAS reason/amount/quantity triplet. */
export class ClaimAdjustmentDetailDto {
  @StringField({ description: 'CAS02/05/08/11/14/17 — claim adjustment reason code (CARC)', max: 5, example: '45' })
  adjustmentReasonCode: string;

  @AmountField({ description: 'CAS03/06/09/12/15/18 — adjustment amount' })
  adjustmentAmount: string;

  @QuantityField({ description: 'CAS04/07/10/13/16/19 — adjustment quantity', optional: true })
  adjustmentQuantity?: string;
}

/** CAS claim or line adjustment from another payer (2320 / 2430). */
export class ClaimAdjustmentDto {
  @CodeField(ADJUSTMENT_GROUP_CODES, { description: 'CAS01 — adjustment group' })
  adjustmentGroupCode: AdjustmentGroupCode;

  @ArrayField(() => ClaimAdjustmentDetailDto, { description: 'CAS02–CAS19 — up to six reason/amount/quantity triplets', max: 6 })
  adjustmentDetails: ClaimAdjustmentDetailDto[];
}

/** 2320 MOA Medicare outpatient adjudication. */
export class MedicareOutpatientAdjudicationDto {
  @DecimalField({ description: 'MOA01 — reimbursement rate', max: 10, optional: true })
  reimbursementRate?: string;

  @AmountField({ description: 'MOA02 — HCPCS payable amount', optional: true })
  hcpcsPayableAmount?: string;

  @StringArrayField({ description: 'MOA03–MOA07 — remark codes (RARC)', max: 5, itemMax: 50, optional: true })
  claimPaymentRemarkCode?: string[];

  @AmountField({ description: 'MOA08 — ESRD payment amount', optional: true })
  endStageRenalDiseasePaymentAmount?: string;

  @AmountField({ description: 'MOA09 — non-payable professional component amount', optional: true })
  nonPayableProfessionalComponentBilledAmount?: string;
}

/** REF qualifier/identifier pair used in the 2330 loops. */
export class ReferenceIdentificationDto {
  @StringField({ description: 'REF01 — reference qualifier', max: 3 })
  qualifier: string;

  @StringField({ description: 'REF02 — identifier', max: 50 })
  identifier: string;

  @StringField({ description: 'REF04 — other identifier', max: 50, optional: true, deprecated: true })
  otherIdentifier?: string;
}

/** 2330A other subscriber (NM1*IL, N3/N4, REF*SY). */
export class OtherSubscriberNameDto {
  @CodeField(ENTITY_TYPE_QUALIFIERS, { description: '2330A NM102 — 1 person, 2 non-person' })
  otherInsuredQualifier: EntityTypeQualifier;

  @StringField({ description: '2330A NM103 — other insured last or organization name', max: 60 })
  otherInsuredLastName: string;

  @StringField({ description: '2330A NM104 — first name', max: 35, optional: true })
  otherInsuredFirstName?: string;

  @StringField({ description: '2330A NM105 — middle name', max: 25, optional: true })
  otherInsuredMiddleName?: string;

  @StringField({ description: '2330A NM107 — name suffix', max: 10, optional: true })
  otherInsuredNameSuffix?: string;

  @CodeField(OTHER_INSURED_ID_QUALIFIERS, { description: '2330A NM108 — MI member ID, II unique health ID' })
  otherInsuredIdentifierTypeCode: OtherInsuredIdQualifier;

  @StringField({ description: '2330A NM109 — other insured identifier', min: 2, max: 80 })
  otherInsuredIdentifier: string;

  @NestedField(() => ClaimAddressDto, { description: '2330A N3/N4 — other insured address', optional: true })
  otherInsuredAddress?: ClaimAddressDto;

  @StringField({ description: '2330A REF*SY — other insured SSN', max: 50, optional: true })
  otherInsuredAdditionalIdentifier?: string;
}

/** 2330B other payer (NM1*PR, N3/N4, DTP*573, REF). */
export class OtherPayerNameDto {
  @StringField({ description: '2330B NM103 — other payer name', max: 60 })
  otherPayerOrganizationName: string;

  @CodeField(PAYER_ID_QUALIFIERS, { description: '2330B NM108 — PI payer ID, XV CMS PlanID' })
  otherPayerIdentifierTypeCode: PayerIdQualifier;

  @StringField({ description: '2330B NM109 — other payer identifier', min: 2, max: 80 })
  otherPayerIdentifier: string;

  @NestedField(() => ClaimAddressDto, { description: '2330B N3/N4 — other payer address', optional: true })
  otherPayerAddress?: ClaimAddressDto;

  @DateField({ description: '2330B DTP*573 — adjudication or payment date', optional: true })
  otherPayerAdjudicationOrPaymentDate?: string;

  @BooleanField({ description: '2330B REF*T4 — claim adjustment indicator (Y when true)', optional: true })
  otherPayerClaimAdjustmentIndicator?: boolean;

  @StringField({ description: '2330B REF*F8 — other payer claim control number', max: 50, optional: true })
  otherPayerClaimControlNumber?: string;

  @StringField({ description: '2330B REF*G1 — prior authorization number', max: 50, optional: true })
  otherPayerPriorAuthorizationNumber?: string;

  @StringField({ description: '2330B REF*9F — referral number', max: 50, optional: true })
  otherPayerPriorAuthorizationOrReferralNumber?: string;

  @ArrayField(() => ReferenceIdentificationDto, {
    description: '2330B REF (2U, EI, FY, NF) — other payer secondary identifiers',
    max: 2,
    optional: true,
  })
  otherPayerSecondaryIdentifier?: ReferenceIdentificationDto[];
}

/** 2330C other payer referring provider identifiers. */
export class OtherPayerReferringProviderDto {
  @ArrayField(() => ReferenceIdentificationDto, { description: '2330C REF — identifiers', max: 3 })
  otherPayerReferringProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2330D other payer rendering provider identifiers. */
export class OtherPayerRenderingProviderDto {
  @CodeField(ENTITY_TYPE_QUALIFIERS, { description: '2330D NM102 — 1 person, 2 non-person' })
  entityTypeQualifier: EntityTypeQualifier;

  @ArrayField(() => ReferenceIdentificationDto, { description: '2330D REF — identifiers', max: 3, optional: true })
  otherPayerRenderingProviderSecondaryIdentifier?: ReferenceIdentificationDto[];
}

/** 2330E other payer service facility identifiers. */
export class OtherPayerServiceFacilityLocationDto {
  @ArrayField(() => ReferenceIdentificationDto, { description: '2330E REF — identifiers', max: 3 })
  otherPayerServiceFacilityLocationSecondaryIdentifier: ReferenceIdentificationDto[];
}

/** 2330F other payer supervising provider identifiers. */
export class OtherPayerSupervisingProviderDto {
  @ArrayField(() => ReferenceIdentificationDto, { description: '2330F REF — identifiers', max: 3 })
  otherPayerSupervisingProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2330G other payer billing provider identifiers. */
export class OtherPayerBillingProviderDto {
  @CodeField(ENTITY_TYPE_QUALIFIERS, { description: '2330G NM102 — 1 person, 2 non-person' })
  entityTypeQualifier: EntityTypeQualifier;

  @ArrayField(() => ReferenceIdentificationDto, { description: '2330G REF — identifiers', max: 2 })
  otherPayerBillingProviderIdentifier: ReferenceIdentificationDto[];
}

/**
 * 2320 other subscriber information (SBR, CAS, AMT, OI, MOA), the same on 837P and 837D; each kind
 * adds SBR09 and its 2330 loops.
 */
export abstract class OtherSubscriberInformationFields {
  @CodeField(PAYMENT_RESPONSIBILITY_LEVEL_CODES, { description: '2320 SBR01 — this payer\'s responsibility sequence' })
  paymentResponsibilityLevelCode: PaymentResponsibilityLevelCode;

  @CodeField(INDIVIDUAL_RELATIONSHIP_CODES, { description: '2320 SBR02 — patient relationship to the other insured' })
  individualRelationshipCode: IndividualRelationshipCode;

  @StringField({ description: '2320 SBR03 — group or policy number', max: 50, optional: true })
  insuranceGroupOrPolicyNumber?: string;

  @StringField({ description: '2320 SBR04 — group name', max: 60, optional: true })
  otherInsuredGroupName?: string;

  @CodeField(INSURANCE_TYPE_CODES, { description: '2320 SBR05 — insurance type (Medicare secondary)', optional: true })
  insuranceTypeCode?: InsuranceTypeCode;

  @ArrayField(() => ClaimAdjustmentDto, { description: '2320 CAS — claim-level adjustments by this payer', max: 5, optional: true })
  claimLevelAdjustments?: ClaimAdjustmentDto[];

  @AmountField({ description: '2320 AMT*D — amount paid by this payer', optional: true })
  payerPaidAmount?: string;

  @AmountField({ description: '2320 AMT*A8 — non-covered charge amount', optional: true })
  nonCoveredChargeAmount?: string;

  @AmountField({ description: '2320 AMT*EAF — remaining patient liability', optional: true })
  remainingPatientLiability?: string;

  @CodeField(BENEFITS_ASSIGNMENT_CODES, { description: '2320 OI03 — benefits assignment' })
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode;

  @BooleanField({ description: '2320 OI04 — P when true (signature generated by the provider)', optional: true })
  patientSignatureGeneratedForPatient?: boolean;

  @CodeField(RELEASE_INFORMATION_CODES, { description: '2320 OI06 — release of information' })
  releaseOfInformationCode: ReleaseInformationCode;

  @NestedField(() => MedicareOutpatientAdjudicationDto, { description: '2320 MOA — Medicare outpatient adjudication', optional: true })
  medicareOutpatientAdjudication?: MedicareOutpatientAdjudicationDto;
}

/** 2320 other subscriber information (coordination of benefits) with its 2330A–G loops, on 837P. */
export class OtherSubscriberInformationDto extends OtherSubscriberInformationFields {
  @CodeField(CLAIM_FILING_CODES, { description: '2320 SBR09 — claim filing indicator' })
  claimFilingIndicatorCode: ClaimFilingCode;

  @NestedField(() => OtherSubscriberNameDto, { description: '2330A — other subscriber' })
  otherSubscriberName: OtherSubscriberNameDto;

  @NestedField(() => OtherPayerNameDto, { description: '2330B — other payer' })
  otherPayerName: OtherPayerNameDto;

  @ArrayField(() => OtherPayerReferringProviderDto, { description: '2330C — other payer referring provider', max: 2, optional: true })
  otherPayerReferringProvider?: OtherPayerReferringProviderDto[];

  @ArrayField(() => OtherPayerRenderingProviderDto, { description: '2330D — other payer rendering provider', max: 1, optional: true })
  otherPayerRenderingProvider?: OtherPayerRenderingProviderDto[];

  @ArrayField(() => OtherPayerServiceFacilityLocationDto, { description: '2330E — other payer service facility', max: 1, optional: true })
  otherPayerServiceFacilityLocation?: OtherPayerServiceFacilityLocationDto[];

  @ArrayField(() => OtherPayerSupervisingProviderDto, { description: '2330F — other payer supervising provider', max: 1, optional: true })
  otherPayerSupervisingProvider?: OtherPayerSupervisingProviderDto[];

  @ArrayField(() => OtherPayerBillingProviderDto, { description: '2330G — other payer billing provider', max: 1, optional: true })
  otherPayerBillingProvider?: OtherPayerBillingProviderDto[];
}

/**
 * 2430 line adjudication by another payer (SVD, CAS, DTP*573, AMT*EAF) on 837P and 837D; the
 * SVD03-1 qualifiers differ by kind.
 */
export abstract class LineAdjudicationFields {
  @StringField({ description: 'SVD01 — other payer identifier (matches 2330B NM109)', min: 2, max: 80 })
  otherPayerPrimaryIdentifier: string;

  @AmountField({ description: 'SVD02 — amount paid for the line' })
  serviceLinePaidAmount: string;

  @StringField({ description: 'SVD03-2 — procedure code', max: 48 })
  procedureCode: string;

  @StringArrayField({ description: 'SVD03-3…6 — modifiers', max: 4, itemMin: 2, itemMax: 2, optional: true })
  procedureModifier?: string[];

  @StringField({ description: 'SVD03-7 — procedure description', max: 80, optional: true })
  procedureCodeDescription?: string;

  @QuantityField({ description: 'SVD05 — paid units' })
  paidServiceUnitCount: string;

  @DigitsField(1, 6, { description: 'SVD06 — bundled or unbundled line number', optional: true })
  bundledOrUnbundledLineNumber?: string;

  @ArrayField(() => ClaimAdjustmentDto, { description: '2430 CAS — line adjustments', max: 5, optional: true })
  claimAdjustmentInformation?: ClaimAdjustmentDto[];

  @DateField({ description: '2430 DTP*573 — adjudication or payment date' })
  adjudicationOrPaymentDate: string;

  @AmountField({ description: '2430 AMT*EAF — remaining patient liability', optional: true })
  remainingPatientLiability?: string;
}

/** 2410 drug quantity (CTP04/CTP05-1) and prescription REFs on 837P and 837I; each kind identifies the drug (LIN). */
export abstract class DrugQuantityFields {
  @DecimalField({ description: 'CTP04 — drug quantity', max: 15 })
  nationalDrugUnitCount: string;

  @CodeField(DRUG_UNIT_CODES, { description: 'CTP05-1 — unit of the drug quantity' })
  measurementUnitCode: DrugUnitCode;

  @StringField({ description: 'REF*XZ — prescription number', max: 50, optional: true })
  pharmacyPrescriptionNumber?: string;

  @StringField({ description: 'REF*VY — link sequence number', max: 50, optional: true })
  linkSequenceNumber?: string;
}

/**
 * Request-body fields every claim kind shares: the payer ID and REF identifiers (2010BB), ISA15
 * usage and BHT06 claim identifier. ST02 and the payer name differ in their documentation only;
 * each kind declares them with its own objects.
 */
export abstract class ClaimEnvelopeFields {
  @StringField({ description: '2010BB NM109 (NM108=PI) — payer ID; keep leading zeros', max: 80, example: '99999' })
  tradingPartnerServiceId: string;

  @NestedField(() => TradingPartnerSecondaryIdentifiersDto, { description: '2010BB REF — payer secondary identifiers', optional: true })
  tradingPartnerSecondaryIdentifiers?: TradingPartnerSecondaryIdentifiersDto;

  @CodeField(USAGE_INDICATORS, { description: 'ISA15 — T test, P production; defaults to P', optional: true, example: 'T' })
  usageIndicator?: UsageIndicator;

  @CodeField(CLAIM_IDENTIFIERS, {
    description: 'BHT06 — CH chargeable, RP reporting, 31 subrogation demand; defaults to CH',
    optional: true,
  })
  claimIdentifier?: ClaimIdentifier;
}

/** 837P and 837D share the submitter, receiver, subscriber, patient and billing/rendering/referring objects. */
export abstract class ProfessionalDentalClaimFields extends ClaimEnvelopeFields {
  @NestedField(() => SubmitterDto, { description: '1000A — submitter' })
  submitter: SubmitterDto;

  @NestedField(() => ReceiverDto, { description: '1000B — receiver' })
  receiver: ReceiverDto;

  @NestedField(() => SubscriberDto, { description: '2000B/2010BA — subscriber' })
  subscriber: SubscriberDto;

  @NestedField(() => DependentDto, { description: '2000C/2010CA — patient, only when not the subscriber', optional: true })
  dependent?: DependentDto;

  @NestedField(() => BillingProviderDto, {
    description: '2010AA — billing provider; required unless a providers[] item has providerType BillingProvider',
    optional: true,
  })
  billing?: BillingProviderDto;

  @NestedField(() => RenderingProviderDto, { description: '2310B — rendering provider', optional: true })
  rendering?: RenderingProviderDto;

  @NestedField(() => ReferringProviderDto, { description: '2310A — referring provider', optional: true })
  referring?: ReferringProviderDto;
}
