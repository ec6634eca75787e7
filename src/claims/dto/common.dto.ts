// Request DTOs shared by the professional (837P), institutional (837I) and dental (837D) claim
// bodies: addresses, contacts, submitter/receiver, subscriber/dependent, provider objects, pay-to
// plan, attachments and coordination-of-benefits (2320/2330) objects. Field names, lengths and
// codes follow shared/docs/claim-json.md (Stedi maxLength, X12 element maxima where it is silent).

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ADJUSTMENT_GROUP_CODES,
  ATTACHMENT_REPORT_TYPE_CODES,
  ATTACHMENT_TRANSMISSION_CODES,
  BENEFITS_ASSIGNMENT_CODES,
  CLAIM_FILING_CODES,
  CONTRACT_TYPE_CODES,
  DENTAL_PROVIDER_TYPES,
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
  YES_NO,
  type AdjustmentGroupCode,
  type AttachmentReportTypeCode,
  type AttachmentTransmissionCode,
  type BenefitsAssignmentCode,
  type ClaimFilingCode,
  type ContractTypeCode,
  type DentalProviderType,
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
  type YesNo,
} from '../claim.types';
import {
  ConflictsWith,
  IsAmount,
  IsDecimalString,
  IsDigits,
  IsX12Date,
  MatchesPattern,
  RequiredForBillingProvider,
  RequiredIfPresent,
  RequiredUnlessPresent,
} from './validators';

/** N3/N4 street address, the same object everywhere in the claim (ClaimsAddress). */
export class ClaimAddressDto {
  @ApiProperty({
    description: 'N301 — address line 1',
    minLength: 1,
    maxLength: 55,
    example: '123 MAIN ST',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(55)
  address1: string;

  @ApiPropertyOptional({ description: 'N302 — address line 2', minLength: 1, maxLength: 55 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(55)
  address2?: string;

  @ApiProperty({ description: 'N401 — city', minLength: 1, maxLength: 30, example: 'SPRINGFIELD' })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  city: string;

  @ApiPropertyOptional({
    description: 'N402 — state or province code (US and Canada)',
    minLength: 2,
    maxLength: 2,
    example: 'IL',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(2)
  state?: string;

  @ApiPropertyOptional({
    description: 'N403 — postal code; US ZIP as 5 or 9 digits without a dash (9 for billing and service facility)',
    minLength: 3,
    maxLength: 15,
    example: '627011234',
  })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(15)
  postalCode?: string;

  @ApiPropertyOptional({
    description: 'N404 — country code, only for addresses outside the US',
    minLength: 2,
    maxLength: 3,
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(3)
  countryCode?: string;

  @ApiPropertyOptional({
    description: 'N407 — country subdivision code, only outside the US and Canada',
    minLength: 1,
    maxLength: 3,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(3)
  countrySubDivisionCode?: string;
}

/** PER contact (PER01=IC); the name is optional here (Optum always sends it). */
export class ContactInformationDto {
  @ApiPropertyOptional({
    description: 'PER02 — contact name',
    minLength: 1,
    maxLength: 60,
    example: 'BILLING OFFICE',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name?: string;

  @ApiPropertyOptional({
    description: 'PER04 (PER03=TE) — phone number, 10 digits; at least one of phoneNumber, faxNumber or email is required',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '2175550100',
  })
  @RequiredUnlessPresent('faxNumber', 'email')
  @IsString()
  @IsDigits(10)
  phoneNumber?: string;

  @ApiPropertyOptional({
    description: 'PER06 (PER05=EX) — phone extension, digits only',
    pattern: '^\\d{1,256}$',
    maxLength: 256,
  })
  @IsOptional()
  @IsString()
  @IsDigits(1, 256)
  phoneExtension?: string;

  @ApiPropertyOptional({
    description: 'PER (FX) — fax number, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  faxNumber?: string;

  @ApiPropertyOptional({
    description: 'PER (EM) — email address',
    maxLength: 256,
    pattern: '^[^\\s@]+@[^\\s@]+$',
  })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  @MatchesPattern(/^[^\s@]+@[^\s@]+$/, 'an email address')
  email?: string;
}

/** PER contact whose name is required (subscriber/dependent contacts, 837I provider contacts). */
export class NamedContactInformationDto {
  @ApiProperty({
    description: 'PER02 — contact name',
    minLength: 1,
    maxLength: 60,
    example: 'PATIENT ACCOUNTS',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name: string;

  @ApiPropertyOptional({
    description: 'PER04 (PER03=TE) — phone number, 10 digits; at least one of phoneNumber, faxNumber or email is required',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '2175550100',
  })
  @RequiredUnlessPresent('faxNumber', 'email')
  @IsString()
  @IsDigits(10)
  phoneNumber?: string;

  @ApiPropertyOptional({
    description: 'PER06 (PER05=EX) — phone extension, digits only',
    pattern: '^\\d{1,256}$',
    maxLength: 256,
  })
  @IsOptional()
  @IsString()
  @IsDigits(1, 256)
  phoneExtension?: string;

  @ApiPropertyOptional({
    description: 'PER (FX) — fax number, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  faxNumber?: string;

  @ApiPropertyOptional({
    description: 'PER (EM) — email address',
    maxLength: 256,
    pattern: '^[^\\s@]+@[^\\s@]+$',
  })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  @MatchesPattern(/^[^\s@]+@[^\s@]+$/, 'an email address')
  email?: string;
}

/** 1000A submitter (NM1*41, PER*IC) on 837P and 837D. */
export class SubmitterDto {
  @ApiPropertyOptional({
    description: '1000A NM103 (NM102=2) — submitter organization name; this or lastName is required',
    minLength: 1,
    maxLength: 60,
    example: 'EXAMPLE BILLING SERVICE',
  })
  @RequiredUnlessPresent('lastName')
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: '1000A NM103 (NM102=1) — submitter last name when the submitter is a person',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({
    description: '1000A NM104 — submitter first name',
    minLength: 1,
    maxLength: 35,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({
    description: '1000A NM105 — submitter middle name',
    minLength: 1,
    maxLength: 25,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({
    description: '1000A NM109 (NM108=46) — submitter ETIN (Stedi field); the gateway defaults it to billing.npi',
    minLength: 2,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  submitterIdentification?: string;

  @ApiProperty({
    description: '1000A PER (PER01=IC) — submitter EDI contact',
    type: () => ContactInformationDto,
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInformationDto)
  contactInformation: ContactInformationDto;
}

/** 1000B receiver (NM1*40); the receiver ID in NM109 is set by the clearinghouse. */
export class ReceiverDto {
  @ApiProperty({
    description: '1000B NM103 — receiver (payer) name',
    minLength: 1,
    maxLength: 60,
    example: 'EXAMPLE HEALTH PLAN',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName: string;

  @ApiPropertyOptional({
    description: 'Stedi print-and-mail routing (no X12 element): PAPER, PRINT or BPUMR',
    enum: [...RECEIVER_IDS],
  })
  @IsOptional()
  @IsString()
  @IsIn(RECEIVER_IDS)
  receiverId?: ReceiverId;
}

/**
 * 2000B SBR + 2010BA NM1*IL subscriber on 837P and 837D. SBR02=18 is derived when there is no
 * dependent.
 */
export class SubscriberDto {
  @ApiPropertyOptional({
    description: '2010BA NM109 (NM108=MI) — member ID; required for a person subscriber (no organizationName)',
    minLength: 2,
    maxLength: 80,
    example: 'W123456789',
  })
  @RequiredUnlessPresent('organizationName')
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  memberId?: string;

  @ApiPropertyOptional({
    description: '2000B SBR01 — payer responsibility sequence (P primary, S secondary, T tertiary…); defaults to P',
    enum: [...PAYMENT_RESPONSIBILITY_LEVEL_CODES],
    example: 'P',
  })
  @IsOptional()
  @IsString()
  @IsIn(PAYMENT_RESPONSIBILITY_LEVEL_CODES)
  paymentResponsibilityLevelCode?: PaymentResponsibilityLevelCode;

  @ApiPropertyOptional({
    description: '2010BA NM103 (NM102=1) — subscriber last name; required for a person subscriber (no organizationName)',
    minLength: 1,
    maxLength: 60,
    example: 'DOE',
  })
  @RequiredUnlessPresent('organizationName')
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({
    description: '2010BA NM104 — subscriber first name',
    minLength: 1,
    maxLength: 35,
    example: 'JANE',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({
    description: '2010BA NM105 — subscriber middle name',
    minLength: 1,
    maxLength: 25,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({
    description: '2010BA NM107 — name suffix (Jr, III); never inside the name fields',
    minLength: 1,
    maxLength: 10,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiPropertyOptional({
    description: '2010BA NM103 (NM102=2) — non-person subscriber; the patient then goes in dependent',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: '2010BA DMG03 — gender; required when the subscriber is the patient',
    enum: [...GENDER_CODES],
    example: 'F',
  })
  @IsOptional()
  @IsString()
  @IsIn(GENDER_CODES)
  gender?: GenderCode;

  @ApiPropertyOptional({
    description: '2010BA DMG02 (DMG01=D8) — date of birth CCYYMMDD; required when the subscriber is the patient',
    pattern: '^\\d{8}$',
    example: '19800215',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  dateOfBirth?: string;

  @ApiPropertyOptional({
    description: '2000B SBR03 — policy number (send this or groupNumber)',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  policyNumber?: string;

  @ApiPropertyOptional({
    description: '2000B SBR03 — group number (send this or policyNumber)',
    minLength: 1,
    maxLength: 50,
    example: 'GRP12345',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  groupNumber?: string;

  @ApiPropertyOptional({
    description: '2000B SBR04 — group name; ignored when groupNumber is set',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  subscriberGroupName?: string;

  @ApiPropertyOptional({
    description: '2000B SBR05 — insurance type, only when Medicare is a secondary payer',
    enum: [...INSURANCE_TYPE_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(INSURANCE_TYPE_CODES)
  insuranceTypeCode?: InsuranceTypeCode;

  @ApiPropertyOptional({
    description: '2010BA REF*SY — subscriber SSN, 9 digits (property and casualty claims only)',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  ssn?: string;

  @ApiPropertyOptional({
    description: '2010BA PER — subscriber contact (property and casualty claims only)',
    type: () => NamedContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedContactInformationDto)
  contactInformation?: NamedContactInformationDto;

  @ApiPropertyOptional({
    description: '2010BA N3/N4 — subscriber address; required when the subscriber is the patient',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;
}

/** 2000B SBR + 2010BA NM1*IL subscriber on 837I, where SBR01 is required even by Stedi. */
export class InstitutionalSubscriberDto {
  @ApiPropertyOptional({
    description: '2010BA NM109 (NM108=MI) — member ID; required for a person subscriber (no organizationName)',
    minLength: 2,
    maxLength: 80,
    example: 'W123456789',
  })
  @RequiredUnlessPresent('organizationName')
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  memberId?: string;

  @ApiProperty({
    description: '2000B SBR01 — payer responsibility sequence (P primary, S secondary, T tertiary…)',
    enum: [...PAYMENT_RESPONSIBILITY_LEVEL_CODES],
    example: 'P',
  })
  @IsDefined()
  @IsString()
  @IsIn(PAYMENT_RESPONSIBILITY_LEVEL_CODES)
  paymentResponsibilityLevelCode: PaymentResponsibilityLevelCode;

  @ApiPropertyOptional({
    description: '2010BA NM103 (NM102=1) — subscriber last name; required for a person subscriber (no organizationName)',
    minLength: 1,
    maxLength: 60,
    example: 'DOE',
  })
  @RequiredUnlessPresent('organizationName')
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({
    description: '2010BA NM104 — subscriber first name',
    minLength: 1,
    maxLength: 35,
    example: 'JANE',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({
    description: '2010BA NM105 — subscriber middle name',
    minLength: 1,
    maxLength: 25,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({
    description: '2010BA NM107 — name suffix (Jr, III); never inside the name fields',
    minLength: 1,
    maxLength: 10,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiPropertyOptional({
    description: '2010BA NM103 (NM102=2) — non-person subscriber; the patient then goes in dependent',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: '2010BA DMG03 — gender; required when the subscriber is the patient',
    enum: [...GENDER_CODES],
    example: 'F',
  })
  @IsOptional()
  @IsString()
  @IsIn(GENDER_CODES)
  gender?: GenderCode;

  @ApiPropertyOptional({
    description: '2010BA DMG02 (DMG01=D8) — date of birth CCYYMMDD; required when the subscriber is the patient',
    pattern: '^\\d{8}$',
    example: '19800215',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  dateOfBirth?: string;

  @ApiPropertyOptional({
    description: '2000B SBR03 — policy number (send this or groupNumber)',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  policyNumber?: string;

  @ApiPropertyOptional({
    description: '2000B SBR03 — group number (send this or policyNumber)',
    minLength: 1,
    maxLength: 50,
    example: 'GRP12345',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  groupNumber?: string;

  @ApiPropertyOptional({
    description: '2000B SBR04 — group name; ignored when groupNumber is set',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  subscriberGroupName?: string;

  @ApiPropertyOptional({
    description: '2000B SBR05 — insurance type, only when Medicare is a secondary payer',
    enum: [...INSURANCE_TYPE_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(INSURANCE_TYPE_CODES)
  insuranceTypeCode?: InsuranceTypeCode;

  @ApiPropertyOptional({
    description: '2010BA REF*SY — subscriber SSN, 9 digits (property and casualty claims only)',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  ssn?: string;

  @ApiPropertyOptional({
    description: '2010BA PER — subscriber contact (property and casualty claims only)',
    type: () => NamedContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedContactInformationDto)
  contactInformation?: NamedContactInformationDto;

  @ApiPropertyOptional({
    description: '2010BA N3/N4 — subscriber address; required when the subscriber is the patient',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;
}

/** 2000C PAT + 2010CA NM1*QC patient, sent only when the patient is not the subscriber. */
export class DependentDto {
  @ApiProperty({
    description: '2000C PAT01 — patient relationship to the subscriber',
    enum: [...RELATIONSHIP_TO_SUBSCRIBER_CODES],
    example: '19',
  })
  @IsDefined()
  @IsString()
  @IsIn(RELATIONSHIP_TO_SUBSCRIBER_CODES)
  relationshipToSubscriberCode: RelationshipToSubscriberCode;

  @ApiProperty({ description: '2010CA NM103 — patient last name', minLength: 1, maxLength: 60 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName: string;

  @ApiProperty({ description: '2010CA NM104 — patient first name', minLength: 1, maxLength: 35 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName: string;

  @ApiPropertyOptional({
    description: '2010CA NM105 — patient middle name',
    minLength: 1,
    maxLength: 25,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({ description: '2010CA NM107 — name suffix', minLength: 1, maxLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiProperty({ description: '2010CA DMG03 — patient gender', enum: [...GENDER_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(GENDER_CODES)
  gender: GenderCode;

  @ApiProperty({
    description: '2010CA DMG02 (DMG01=D8) — patient date of birth CCYYMMDD',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsDefined()
  @IsString()
  @IsX12Date()
  dateOfBirth: string;

  @ApiProperty({ description: '2010CA N3/N4 — patient address', type: () => ClaimAddressDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address: ClaimAddressDto;

  @ApiPropertyOptional({
    description: '2010CA REF*1W — patient member ID (property and casualty claims only)',
    minLength: 2,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  memberId?: string;

  @ApiPropertyOptional({
    description: '2010CA REF*SY — patient SSN, 9 digits (property and casualty claims only)',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  ssn?: string;

  @ApiPropertyOptional({
    description: '2010CA PER — patient contact (property and casualty claims only)',
    type: () => NamedContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedContactInformationDto)
  contactInformation?: NamedContactInformationDto;
}

/** 2010BB REF payer secondary identifiers (Stedi). */
export class TradingPartnerSecondaryIdentifiersDto {
  @ApiPropertyOptional({
    description: '2010BB REF*2U — payer identification number',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  payerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*EI — payer employer identification number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  employerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*FY — claim office number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimOfficeNumber?: string;

  @ApiPropertyOptional({ description: '2010BB REF*NF — NAIC code', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  naic?: string;
}

/** 2010AA billing provider (NM1*85, N3/N4, REF*EI|SY, PER; PRV*BI in 2000A) on 837P and 837D. */
export class BillingProviderDto {
  @ApiPropertyOptional({
    description: 'Optum tag; when sent it must be BillingProvider',
    enum: ['BillingProvider'],
  })
  @IsOptional()
  @IsString()
  @IsIn(['BillingProvider'])
  providerType?: 'BillingProvider';

  @ApiPropertyOptional({
    description: '2010AA NM109 (NM108=XX) — billing NPI; required unless the provider has no NPI and sends commercialNumber (G2) or locationNumber (LU)',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @RequiredUnlessPresent('commercialNumber', 'locationNumber')
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    description: '2010AA REF*EI — employer identification number, 9 digits; exactly one of employerId or ssn is required',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '371234567',
  })
  @RequiredUnlessPresent('ssn')
  @IsString()
  @IsDigits(9)
  employerId?: string;

  @ApiPropertyOptional({
    description: '2010AA REF*SY — SSN of an individual billing provider, 9 digits; exactly one of employerId or ssn is required',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  @ConflictsWith('employerId')
  ssn?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
    example: 'SPRINGFIELD FAMILY MEDICINE',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when the provider is a person',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({ description: 'NM104 — first name', minLength: 1, maxLength: 35 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({ description: 'NM105 — middle name', minLength: 1, maxLength: 25 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({ description: 'NM107 — name suffix', minLength: 1, maxLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV02=PXC) — provider taxonomy (billing 2000A PRV*BI, rendering PRV*PE)',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '207Q00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({ description: 'REF*0B — state license number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  stateLicenseNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*1G — UPIN',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  providerUpinNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*G2 — payer-assigned provider number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  commercialNumber?: string;

  @ApiPropertyOptional({ description: 'REF*LU — location number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  locationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*2U — payer ID (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  payerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*EI — payer EIN (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  employerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*FY — claim office number (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimOfficeNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*NF — NAIC code (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  naic?: string;

  @ApiPropertyOptional({
    description: 'N3/N4 — address; the billing address must be a street address (no PO box) with a 9-digit ZIP',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — provider contact (billing: 2010AA PER)',
    type: () => ContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInformationDto)
  contactInformation?: ContactInformationDto;
}

/**
 * Legacy 837P providers[] item, resolved into billing / rendering / referring / supervising /
 * ordering by providerType.
 */
export class ClaimProviderDto {
  @ApiProperty({
    description: 'which dedicated provider object this item stands for',
    enum: [...PROFESSIONAL_PROVIDER_TYPES],
  })
  @IsDefined()
  @IsString()
  @IsIn(PROFESSIONAL_PROVIDER_TYPES)
  providerType: ProfessionalProviderType;

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI; for a BillingProvider required unless commercialNumber or locationNumber is sent',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @RequiredForBillingProvider('commercialNumber', 'locationNumber')
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    description: 'REF*EI — employer identification number, 9 digits; a BillingProvider sends exactly one of employerId or ssn',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '371234567',
  })
  @RequiredForBillingProvider('ssn')
  @IsString()
  @IsDigits(9)
  employerId?: string;

  @ApiPropertyOptional({
    description: 'REF*SY — SSN used as the tax ID of an individual billing provider, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  @ConflictsWith('employerId')
  ssn?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
    example: 'SPRINGFIELD FAMILY MEDICINE',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when the provider is a person',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({ description: 'NM104 — first name', minLength: 1, maxLength: 35 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({ description: 'NM105 — middle name', minLength: 1, maxLength: 25 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({ description: 'NM107 — name suffix', minLength: 1, maxLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV02=PXC) — provider taxonomy (billing 2000A PRV*BI, rendering PRV*PE)',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '207Q00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({ description: 'REF*0B — state license number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  stateLicenseNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*1G — UPIN',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  providerUpinNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*G2 — payer-assigned provider number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  commercialNumber?: string;

  @ApiPropertyOptional({ description: 'REF*LU — location number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  locationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*2U — payer ID (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  payerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*EI — payer EIN (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  employerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*FY — claim office number (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimOfficeNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*NF — NAIC code (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  naic?: string;

  @ApiPropertyOptional({
    description: 'N3/N4 — address; the billing address must be a street address (no PO box) with a 9-digit ZIP',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — provider contact (billing: 2010AA PER)',
    type: () => ContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInformationDto)
  contactInformation?: ContactInformationDto;
}

/**
 * Legacy 837D providers[] item, resolved into billing / rendering / referring / supervising by
 * providerType.
 */
export class DentalClaimProviderDto {
  @ApiProperty({
    description: 'which dedicated provider object this item stands for',
    enum: [...DENTAL_PROVIDER_TYPES],
  })
  @IsDefined()
  @IsString()
  @IsIn(DENTAL_PROVIDER_TYPES)
  providerType: DentalProviderType;

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI; for a BillingProvider required unless commercialNumber or locationNumber is sent',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @RequiredForBillingProvider('commercialNumber', 'locationNumber')
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    description: 'REF*EI — employer identification number, 9 digits; a BillingProvider sends exactly one of employerId or ssn',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '371234567',
  })
  @RequiredForBillingProvider('ssn')
  @IsString()
  @IsDigits(9)
  employerId?: string;

  @ApiPropertyOptional({
    description: 'REF*SY — SSN used as the tax ID of an individual billing provider, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  @ConflictsWith('employerId')
  ssn?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
    example: 'SPRINGFIELD FAMILY MEDICINE',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when the provider is a person',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({ description: 'NM104 — first name', minLength: 1, maxLength: 35 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({ description: 'NM105 — middle name', minLength: 1, maxLength: 25 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({ description: 'NM107 — name suffix', minLength: 1, maxLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV02=PXC) — provider taxonomy (billing 2000A PRV*BI, rendering PRV*PE)',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '207Q00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({ description: 'REF*0B — state license number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  stateLicenseNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*1G — UPIN',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  providerUpinNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*G2 — payer-assigned provider number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  commercialNumber?: string;

  @ApiPropertyOptional({ description: 'REF*LU — location number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  locationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*2U — payer ID (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  payerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*EI — payer EIN (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  employerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*FY — claim office number (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimOfficeNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*NF — NAIC code (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  naic?: string;

  @ApiPropertyOptional({
    description: 'N3/N4 — address; the billing address must be a street address (no PO box) with a 9-digit ZIP',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — provider contact (billing: 2010AA PER)',
    type: () => ContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInformationDto)
  contactInformation?: ContactInformationDto;
}

/**
 * 2310B rendering provider (NM1*82, PRV*PE) when it differs from the billing provider (837D: 2310B
 * as well).
 */
export class RenderingProviderDto {
  @ApiPropertyOptional({
    description: 'Optum tag; when sent it must be RenderingProvider',
    enum: ['RenderingProvider'],
  })
  @IsOptional()
  @IsString()
  @IsIn(['RenderingProvider'])
  providerType?: 'RenderingProvider';

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — National Provider Identifier, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    description: 'REF*EI — employer identification number (tax ID), 9 digits; used for the billing provider (2010AA)',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '371234567',
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  employerId?: string;

  @ApiPropertyOptional({
    description: 'REF*SY — SSN used as the tax ID of an individual billing provider, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  ssn?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
    example: 'SPRINGFIELD FAMILY MEDICINE',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when the provider is a person',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({ description: 'NM104 — first name', minLength: 1, maxLength: 35 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({ description: 'NM105 — middle name', minLength: 1, maxLength: 25 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({ description: 'NM107 — name suffix', minLength: 1, maxLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV02=PXC) — provider taxonomy (billing 2000A PRV*BI, rendering PRV*PE)',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '207Q00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({ description: 'REF*0B — state license number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  stateLicenseNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*1G — UPIN',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  providerUpinNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*G2 — payer-assigned provider number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  commercialNumber?: string;

  @ApiPropertyOptional({ description: 'REF*LU — location number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  locationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*2U — payer ID (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  payerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*EI — payer EIN (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  employerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*FY — claim office number (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimOfficeNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*NF — NAIC code (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  naic?: string;

  @ApiPropertyOptional({
    description: 'N3/N4 — address; the billing address must be a street address (no PO box) with a 9-digit ZIP',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — provider contact (billing: 2010AA PER)',
    type: () => ContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInformationDto)
  contactInformation?: ContactInformationDto;
}

/** 2310A referring provider (NM1*DN). */
export class ReferringProviderDto {
  @ApiPropertyOptional({
    description: 'Optum tag; when sent it must be ReferringProvider',
    enum: ['ReferringProvider'],
  })
  @IsOptional()
  @IsString()
  @IsIn(['ReferringProvider'])
  providerType?: 'ReferringProvider';

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — National Provider Identifier, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    description: 'REF*EI — employer identification number (tax ID), 9 digits; used for the billing provider (2010AA)',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '371234567',
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  employerId?: string;

  @ApiPropertyOptional({
    description: 'REF*SY — SSN used as the tax ID of an individual billing provider, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  ssn?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
    example: 'SPRINGFIELD FAMILY MEDICINE',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when the provider is a person',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({ description: 'NM104 — first name', minLength: 1, maxLength: 35 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({ description: 'NM105 — middle name', minLength: 1, maxLength: 25 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({ description: 'NM107 — name suffix', minLength: 1, maxLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV02=PXC) — provider taxonomy (billing 2000A PRV*BI, rendering PRV*PE)',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '207Q00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({ description: 'REF*0B — state license number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  stateLicenseNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*1G — UPIN',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  providerUpinNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*G2 — payer-assigned provider number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  commercialNumber?: string;

  @ApiPropertyOptional({ description: 'REF*LU — location number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  locationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*2U — payer ID (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  payerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*EI — payer EIN (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  employerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*FY — claim office number (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimOfficeNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*NF — NAIC code (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  naic?: string;

  @ApiPropertyOptional({
    description: 'N3/N4 — address; the billing address must be a street address (no PO box) with a 9-digit ZIP',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — provider contact (billing: 2010AA PER)',
    type: () => ContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInformationDto)
  contactInformation?: ContactInformationDto;
}

/** 2310D supervising provider (NM1*DQ). */
export class SupervisingProviderDto {
  @ApiPropertyOptional({
    description: 'Optum tag; when sent it must be SupervisingProvider',
    enum: ['SupervisingProvider'],
  })
  @IsOptional()
  @IsString()
  @IsIn(['SupervisingProvider'])
  providerType?: 'SupervisingProvider';

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — National Provider Identifier, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    description: 'REF*EI — employer identification number (tax ID), 9 digits; used for the billing provider (2010AA)',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '371234567',
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  employerId?: string;

  @ApiPropertyOptional({
    description: 'REF*SY — SSN used as the tax ID of an individual billing provider, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  ssn?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
    example: 'SPRINGFIELD FAMILY MEDICINE',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when the provider is a person',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({ description: 'NM104 — first name', minLength: 1, maxLength: 35 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({ description: 'NM105 — middle name', minLength: 1, maxLength: 25 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({ description: 'NM107 — name suffix', minLength: 1, maxLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV02=PXC) — provider taxonomy (billing 2000A PRV*BI, rendering PRV*PE)',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '207Q00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({ description: 'REF*0B — state license number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  stateLicenseNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*1G — UPIN',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  providerUpinNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*G2 — payer-assigned provider number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  commercialNumber?: string;

  @ApiPropertyOptional({ description: 'REF*LU — location number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  locationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*2U — payer ID (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  payerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*EI — payer EIN (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  employerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*FY — claim office number (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimOfficeNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*NF — NAIC code (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  naic?: string;

  @ApiPropertyOptional({
    description: 'N3/N4 — address; the billing address must be a street address (no PO box) with a 9-digit ZIP',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — provider contact (billing: 2010AA PER)',
    type: () => ContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInformationDto)
  contactInformation?: ContactInformationDto;
}

/** Deprecated claim-level ordering provider; use serviceLines[].orderingProvider (2420E NM1*DK). */
export class OrderingProviderDto {
  @ApiPropertyOptional({
    description: 'Optum tag; when sent it must be OrderingProvider',
    enum: ['OrderingProvider'],
  })
  @IsOptional()
  @IsString()
  @IsIn(['OrderingProvider'])
  providerType?: 'OrderingProvider';

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — National Provider Identifier, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    description: 'REF*EI — employer identification number (tax ID), 9 digits; used for the billing provider (2010AA)',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '371234567',
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  employerId?: string;

  @ApiPropertyOptional({
    description: 'REF*SY — SSN used as the tax ID of an individual billing provider, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  ssn?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
    example: 'SPRINGFIELD FAMILY MEDICINE',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when the provider is a person',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({ description: 'NM104 — first name', minLength: 1, maxLength: 35 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({ description: 'NM105 — middle name', minLength: 1, maxLength: 25 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({ description: 'NM107 — name suffix', minLength: 1, maxLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV02=PXC) — provider taxonomy (billing 2000A PRV*BI, rendering PRV*PE)',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '207Q00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({ description: 'REF*0B — state license number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  stateLicenseNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*1G — UPIN',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  providerUpinNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*G2 — payer-assigned provider number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  commercialNumber?: string;

  @ApiPropertyOptional({ description: 'REF*LU — location number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  locationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*2U — payer ID (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  payerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*EI — payer EIN (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  employerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*FY — claim office number (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimOfficeNumber?: string;

  @ApiPropertyOptional({
    description: '2010BB REF*NF — NAIC code (Optum billing provider field)',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  naic?: string;

  @ApiPropertyOptional({
    description: 'N3/N4 — address; the billing address must be a street address (no PO box) with a 9-digit ZIP',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — provider contact (billing: 2010AA PER)',
    type: () => ContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInformationDto)
  contactInformation?: ContactInformationDto;
}

/** Provider REF secondary identifier (line-level provider loops). */
export class ProviderSecondaryIdentifierDto {
  @ApiProperty({
    description: 'REF01 — reference qualifier (0B state license, 1G UPIN, G2 payer-assigned, LU location)',
    minLength: 1,
    maxLength: 3,
    example: 'G2',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(3)
  qualifier: string;

  @ApiProperty({ description: 'REF02 — identifier', minLength: 1, maxLength: 50 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  identifier: string;

  @ApiPropertyOptional({
    description: 'REF04-2 — payer ID of the non-destination payer that assigned the identifier',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  otherIdentifier?: string;
}

/**
 * 837P line-level provider (2420A rendering, 2420B purchased service, 2420D supervising, 2420E
 * ordering, 2420F referring), sent only when it differs from the claim level.
 */
export class ServiceLineProviderDto {
  @ApiPropertyOptional({
    description: 'Deprecated tag; ignored',
    minLength: 1,
    maxLength: 30,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  providerType?: string;

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — National Provider Identifier, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({ description: 'NM103 (NM102=1) — last name', minLength: 1, maxLength: 60 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName?: string;

  @ApiPropertyOptional({ description: 'NM104 — first name', minLength: 1, maxLength: 35 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  firstName?: string;

  @ApiPropertyOptional({ description: 'NM105 — middle name', minLength: 1, maxLength: 25 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  middleName?: string;

  @ApiPropertyOptional({ description: 'NM107 — name suffix', minLength: 1, maxLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  suffix?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV01=PE, PRV02=PXC) — rendering provider taxonomy',
    pattern: '^[A-Za-z0-9]{10}$',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({ description: 'REF*0B — state license number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  stateLicenseNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*1G — UPIN',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  providerUpinNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*G2 — payer-assigned provider number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  commercialNumber?: string;

  @ApiPropertyOptional({ description: 'REF*LU — location number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  locationNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*EI — employer identification number, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  employerId?: string;

  @ApiPropertyOptional({
    description: 'REF*SY — SSN, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  ssn?: string;

  @ApiPropertyOptional({
    description: 'REF*2U — payer identification number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  payerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: 'REF04-2 — other payer primary identifier',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  otherIdentifier?: string;

  @ApiPropertyOptional({
    type: () => [ProviderSecondaryIdentifierDto],
    description: 'REF — secondary identifiers (REF01/REF02/REF04)',
    minItems: 1,
    maxItems: 20,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ProviderSecondaryIdentifierDto)
  secondaryIdentifier?: ProviderSecondaryIdentifierDto[];

  @ApiPropertyOptional({
    description: 'N3/N4 — address (ordering provider 2420E)',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — contact (ordering provider 2420E)',
    type: () => ContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInformationDto)
  contactInformation?: ContactInformationDto;
}

/** Service facility REF secondary identifier. */
export class FacilitySecondaryIdentifierDto {
  @ApiProperty({
    description: 'REF01 — 0B state license, G2 payer-assigned, LU location number',
    enum: [...FACILITY_SECONDARY_ID_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(FACILITY_SECONDARY_ID_QUALIFIERS)
  qualifier: FacilitySecondaryIdQualifier;

  @ApiProperty({ description: 'REF02 — identifier', minLength: 1, maxLength: 50 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  identifier: string;

  @ApiPropertyOptional({
    description: 'REF04-2 — other payer primary identifier',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  otherIdentifier?: string;
}

/**
 * Service facility location (837P 2310C / 2420C, 837D 2310C; NM1*77); send only when it differs
 * from the billing address.
 */
export class ServiceFacilityLocationDto {
  @ApiProperty({ description: 'NM103 — facility name', minLength: 1, maxLength: 60 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName: string;

  @ApiProperty({ description: 'N3/N4 — facility address', type: () => ClaimAddressDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — facility NPI, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    type: () => [FacilitySecondaryIdentifierDto],
    description: 'REF — facility secondary identifiers',
    minItems: 1,
    maxItems: 3,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => FacilitySecondaryIdentifierDto)
  secondaryIdentifier?: FacilitySecondaryIdentifierDto[];

  @ApiPropertyOptional({ description: 'PER02 — facility contact name', minLength: 1, maxLength: 60 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  phoneName?: string;

  @ApiPropertyOptional({
    description: 'PER04 (PER03=TE) — facility phone, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  phoneNumber?: string;

  @ApiPropertyOptional({
    description: 'PER06 (PER05=EX) — phone extension, digits only',
    pattern: '^\\d{1,256}$',
    maxLength: 256,
  })
  @IsOptional()
  @IsString()
  @IsDigits(1, 256)
  phoneExtension?: string;
}

/** 2010AC pay-to plan (NM1*PE, N3/N4, REF). */
export class PayToPlanDto {
  @ApiProperty({ description: '2010AC NM103 — pay-to plan name', minLength: 1, maxLength: 60 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName: string;

  @ApiProperty({
    description: '2010AC NM108 — PI payer ID, XV CMS PlanID',
    enum: [...PAYER_ID_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(PAYER_ID_QUALIFIERS)
  primaryIdentifierTypeCode: PayerIdQualifier;

  @ApiProperty({ description: '2010AC NM109 — pay-to plan identifier', minLength: 2, maxLength: 80 })
  @IsDefined()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  primaryIdentifier: string;

  @ApiProperty({ description: '2010AC N3/N4 — pay-to plan address', type: () => ClaimAddressDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address: ClaimAddressDto;

  @ApiPropertyOptional({
    description: '2010AC REF01 — 2U payer ID, FY claim office, NF NAIC; required with secondaryIdentifier',
    enum: [...PAY_TO_PLAN_SECONDARY_ID_QUALIFIERS],
  })
  @RequiredIfPresent('secondaryIdentifier')
  @IsString()
  @IsIn(PAY_TO_PLAN_SECONDARY_ID_QUALIFIERS)
  secondaryIdentifierTypeCode?: PayToPlanSecondaryIdQualifier;

  @ApiPropertyOptional({
    description: '2010AC REF02 — secondary identifier; required with secondaryIdentifierTypeCode',
    minLength: 1,
    maxLength: 50,
  })
  @RequiredIfPresent('secondaryIdentifierTypeCode')
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  secondaryIdentifier?: string;

  @ApiProperty({
    description: '2010AC REF*EI — pay-to plan tax ID, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsDefined()
  @IsString()
  @IsDigits(9)
  taxIdentificationNumber: string;
}

/** PWK attachment (paperwork) reference. */
export class ReportInformationDto {
  @ApiProperty({
    description: 'PWK01 — attachment report type',
    enum: [...ATTACHMENT_REPORT_TYPE_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(ATTACHMENT_REPORT_TYPE_CODES)
  attachmentReportTypeCode: AttachmentReportTypeCode;

  @ApiProperty({
    description: 'PWK02 — how the attachment is sent',
    enum: [...ATTACHMENT_TRANSMISSION_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(ATTACHMENT_TRANSMISSION_CODES)
  attachmentTransmissionCode: AttachmentTransmissionCode;

  @ApiPropertyOptional({
    description: 'PWK06 (PWK05=AC) — attachment control number',
    minLength: 2,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  attachmentControlNumber?: string;

  @ApiPropertyOptional({
    description: 'Stedi attachment ID (UUID) linking an uploaded attachment; no X12 element',
    pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'a UUID')
  attachmentId?: string;
}

/** CN1 contract information (2300 or 2400). */
export class ContractInformationDto {
  @ApiProperty({ description: 'CN101 — contract type', enum: [...CONTRACT_TYPE_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(CONTRACT_TYPE_CODES)
  contractTypeCode: ContractTypeCode;

  @ApiPropertyOptional({
    description: 'CN102 — contract amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  contractAmount?: string;

  @ApiPropertyOptional({
    description: 'CN103 — contract percentage',
    maxLength: 6,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  contractPercentage?: string;

  @ApiPropertyOptional({ description: 'CN104 — contract code', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  contractCode?: string;

  @ApiPropertyOptional({
    description: 'CN105 — terms discount percentage',
    maxLength: 6,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  termsDiscountPercentage?: string;

  @ApiPropertyOptional({
    description: 'CN106 — contract version identifier',
    minLength: 1,
    maxLength: 30,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  contractVersionIdentifier?: string;
}

/** HCP pricing/repricing information (2300 or 2400 on 837P/837D; repricers only). */
export class ClaimPricingRepricingInformationDto {
  @ApiProperty({ description: 'HCP01 — pricing methodology', enum: [...PRICING_METHODOLOGY_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(PRICING_METHODOLOGY_CODES)
  pricingMethodologyCode: PricingMethodologyCode;

  @ApiProperty({
    description: 'HCP02 — repriced allowed amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  repricedAllowedAmount: string;

  @ApiPropertyOptional({
    description: 'HCP03 — repriced saving amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  repricedSavingAmount?: string;

  @ApiPropertyOptional({
    description: 'HCP04 — repricing organization identifier',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  repricingOrganizationIdentifier?: string;

  @ApiPropertyOptional({
    description: 'HCP05 — repricing per diem or flat rate amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  repricingPerDiemOrFlatRateAmount?: string;

  @ApiPropertyOptional({
    description: 'HCP06 — repriced approved APG code',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  repricedApprovedAmbulatoryPatientGroupCode?: string;

  @ApiPropertyOptional({
    description: 'HCP07 — repriced approved APG amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  repricedApprovedAmbulatoryPatientGroupAmount?: string;

  @ApiPropertyOptional({
    description: 'HCP13 — reject reason',
    enum: [...REPRICING_REJECT_REASON_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(REPRICING_REJECT_REASON_CODES)
  rejectReasonCode?: RepricingRejectReasonCode;

  @ApiPropertyOptional({
    description: 'HCP14 — policy compliance',
    enum: [...POLICY_COMPLIANCE_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(POLICY_COMPLIANCE_CODES)
  policyComplianceCode?: PolicyComplianceCode;

  @ApiPropertyOptional({
    description: 'HCP15 — exception code',
    enum: [...REPRICING_EXCEPTION_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(REPRICING_EXCEPTION_CODES)
  exceptionCode?: RepricingExceptionCode;
}

/** CRC*ZZ EPSDT referral (2300). */
export class EpsdtReferralDto {
  @ApiProperty({ description: 'CRC02 — Y when a referral was given', enum: [...YES_NO] })
  @IsDefined()
  @IsString()
  @IsIn(YES_NO)
  certificationConditionCodeAppliesIndicator: YesNo;

  @ApiProperty({
    isArray: true,
    enum: [...EPSDT_CONDITION_CODES],
    description: 'CRC03–CRC05 — EPSDT condition codes',
    minItems: 1,
    maxItems: 3,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsString({ each: true })
  @IsIn(EPSDT_CONDITION_CODES, { each: true })
  conditionCodes: (EpsdtConditionCode)[];
}

/** REF*G1 line-level prior authorization. */
export class PriorAuthorizationDto {
  @ApiProperty({
    description: 'REF02 (REF01=G1) — prior authorization number',
    minLength: 1,
    maxLength: 50,
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  priorAuthorizationOrReferralNumber: string;

  @ApiPropertyOptional({
    description: 'REF04-2 — payer ID of the non-destination payer that issued it',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  otherPayerPrimaryIdentifier?: string;
}

/** One CAS reason/amount/quantity triplet. */
export class ClaimAdjustmentDetailDto {
  @ApiProperty({
    description: 'CAS02/05/08/11/14/17 — claim adjustment reason code (CARC)',
    minLength: 1,
    maxLength: 5,
    example: '45',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(5)
  adjustmentReasonCode: string;

  @ApiProperty({
    description: 'CAS03/06/09/12/15/18 — adjustment amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  adjustmentAmount: string;

  @ApiPropertyOptional({
    description: 'CAS04/07/10/13/16/19 — adjustment quantity',
    pattern: '^\\d{1,8}(\\.\\d{1,3})?$',
    example: '1',
  })
  @IsOptional()
  @IsString()
  @IsDecimalString()
  adjustmentQuantity?: string;
}

/** CAS claim or line adjustment from another payer (2320 / 2430). */
export class ClaimAdjustmentDto {
  @ApiProperty({ description: 'CAS01 — adjustment group', enum: [...ADJUSTMENT_GROUP_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(ADJUSTMENT_GROUP_CODES)
  adjustmentGroupCode: AdjustmentGroupCode;

  @ApiProperty({
    type: () => [ClaimAdjustmentDetailDto],
    description: 'CAS02–CAS19 — up to six reason/amount/quantity triplets',
    minItems: 1,
    maxItems: 6,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => ClaimAdjustmentDetailDto)
  adjustmentDetails: ClaimAdjustmentDetailDto[];
}

/** 2320 MOA Medicare outpatient adjudication. */
export class MedicareOutpatientAdjudicationDto {
  @ApiPropertyOptional({
    description: 'MOA01 — reimbursement rate',
    maxLength: 10,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  reimbursementRate?: string;

  @ApiPropertyOptional({
    description: 'MOA02 — HCPCS payable amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  hcpcsPayableAmount?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'MOA03–MOA07 — remark codes (RARC)',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  claimPaymentRemarkCode?: string[];

  @ApiPropertyOptional({
    description: 'MOA08 — ESRD payment amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  endStageRenalDiseasePaymentAmount?: string;

  @ApiPropertyOptional({
    description: 'MOA09 — non-payable professional component amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  nonPayableProfessionalComponentBilledAmount?: string;
}

/** REF qualifier/identifier pair used in the 2330 loops. */
export class ReferenceIdentificationDto {
  @ApiProperty({ description: 'REF01 — reference qualifier', minLength: 1, maxLength: 3 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(3)
  qualifier: string;

  @ApiProperty({ description: 'REF02 — identifier', minLength: 1, maxLength: 50 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  identifier: string;

  @ApiPropertyOptional({
    description: 'REF04 — other identifier',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  otherIdentifier?: string;
}

/** 2330A other subscriber (NM1*IL, N3/N4, REF*SY). */
export class OtherSubscriberNameDto {
  @ApiProperty({
    description: '2330A NM102 — 1 person, 2 non-person',
    enum: [...ENTITY_TYPE_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(ENTITY_TYPE_QUALIFIERS)
  otherInsuredQualifier: EntityTypeQualifier;

  @ApiProperty({
    description: '2330A NM103 — other insured last or organization name',
    minLength: 1,
    maxLength: 60,
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  otherInsuredLastName: string;

  @ApiPropertyOptional({ description: '2330A NM104 — first name', minLength: 1, maxLength: 35 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(35)
  otherInsuredFirstName?: string;

  @ApiPropertyOptional({ description: '2330A NM105 — middle name', minLength: 1, maxLength: 25 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(25)
  otherInsuredMiddleName?: string;

  @ApiPropertyOptional({ description: '2330A NM107 — name suffix', minLength: 1, maxLength: 10 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10)
  otherInsuredNameSuffix?: string;

  @ApiProperty({
    description: '2330A NM108 — MI member ID, II unique health ID',
    enum: [...OTHER_INSURED_ID_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(OTHER_INSURED_ID_QUALIFIERS)
  otherInsuredIdentifierTypeCode: OtherInsuredIdQualifier;

  @ApiProperty({ description: '2330A NM109 — other insured identifier', minLength: 2, maxLength: 80 })
  @IsDefined()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  otherInsuredIdentifier: string;

  @ApiPropertyOptional({
    description: '2330A N3/N4 — other insured address',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  otherInsuredAddress?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: '2330A REF*SY — other insured SSN',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  otherInsuredAdditionalIdentifier?: string;
}

/** 2330B other payer (NM1*PR, N3/N4, DTP*573, REF). */
export class OtherPayerNameDto {
  @ApiProperty({ description: '2330B NM103 — other payer name', minLength: 1, maxLength: 60 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  otherPayerOrganizationName: string;

  @ApiProperty({
    description: '2330B NM108 — PI payer ID, XV CMS PlanID',
    enum: [...PAYER_ID_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(PAYER_ID_QUALIFIERS)
  otherPayerIdentifierTypeCode: PayerIdQualifier;

  @ApiProperty({ description: '2330B NM109 — other payer identifier', minLength: 2, maxLength: 80 })
  @IsDefined()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  otherPayerIdentifier: string;

  @ApiPropertyOptional({
    description: '2330B N3/N4 — other payer address',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  otherPayerAddress?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: '2330B DTP*573 — adjudication or payment date',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  otherPayerAdjudicationOrPaymentDate?: string;

  @ApiPropertyOptional({
    description: '2330B REF*T4 — claim adjustment indicator (Y when true)',
    type: Boolean,
  })
  @IsOptional()
  @IsBoolean()
  otherPayerClaimAdjustmentIndicator?: boolean;

  @ApiPropertyOptional({
    description: '2330B REF*F8 — other payer claim control number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  otherPayerClaimControlNumber?: string;

  @ApiPropertyOptional({
    description: '2330B REF*G1 — prior authorization number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  otherPayerPriorAuthorizationNumber?: string;

  @ApiPropertyOptional({ description: '2330B REF*9F — referral number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  otherPayerPriorAuthorizationOrReferralNumber?: string;

  @ApiPropertyOptional({
    type: () => [ReferenceIdentificationDto],
    description: '2330B REF (2U, EI, FY, NF) — other payer secondary identifiers',
    minItems: 1,
    maxItems: 2,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerSecondaryIdentifier?: ReferenceIdentificationDto[];
}

/** 2330C other payer referring provider identifiers. */
export class OtherPayerReferringProviderDto {
  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: '2330C REF — identifiers',
    minItems: 1,
    maxItems: 3,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerReferringProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2330D other payer rendering provider identifiers. */
export class OtherPayerRenderingProviderDto {
  @ApiProperty({
    description: '2330D NM102 — 1 person, 2 non-person',
    enum: [...ENTITY_TYPE_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(ENTITY_TYPE_QUALIFIERS)
  entityTypeQualifier: EntityTypeQualifier;

  @ApiPropertyOptional({
    type: () => [ReferenceIdentificationDto],
    description: '2330D REF — identifiers',
    minItems: 1,
    maxItems: 3,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerRenderingProviderSecondaryIdentifier?: ReferenceIdentificationDto[];
}

/** 2330E other payer service facility identifiers. */
export class OtherPayerServiceFacilityLocationDto {
  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: '2330E REF — identifiers',
    minItems: 1,
    maxItems: 3,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerServiceFacilityLocationSecondaryIdentifier: ReferenceIdentificationDto[];
}

/** 2330F other payer supervising provider identifiers. */
export class OtherPayerSupervisingProviderDto {
  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: '2330F REF — identifiers',
    minItems: 1,
    maxItems: 3,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerSupervisingProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2330G other payer billing provider identifiers. */
export class OtherPayerBillingProviderDto {
  @ApiProperty({
    description: '2330G NM102 — 1 person, 2 non-person',
    enum: [...ENTITY_TYPE_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(ENTITY_TYPE_QUALIFIERS)
  entityTypeQualifier: EntityTypeQualifier;

  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: '2330G REF — identifiers',
    minItems: 1,
    maxItems: 2,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerBillingProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2320 other subscriber information (coordination of benefits) with its 2330A–G loops, on 837P. */
export class OtherSubscriberInformationDto {
  @ApiProperty({
    description: '2320 SBR01 — this payer\'s responsibility sequence',
    enum: [...PAYMENT_RESPONSIBILITY_LEVEL_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(PAYMENT_RESPONSIBILITY_LEVEL_CODES)
  paymentResponsibilityLevelCode: PaymentResponsibilityLevelCode;

  @ApiProperty({
    description: '2320 SBR02 — patient relationship to the other insured',
    enum: [...INDIVIDUAL_RELATIONSHIP_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(INDIVIDUAL_RELATIONSHIP_CODES)
  individualRelationshipCode: IndividualRelationshipCode;

  @ApiPropertyOptional({
    description: '2320 SBR03 — group or policy number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  insuranceGroupOrPolicyNumber?: string;

  @ApiPropertyOptional({ description: '2320 SBR04 — group name', minLength: 1, maxLength: 60 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  otherInsuredGroupName?: string;

  @ApiPropertyOptional({
    description: '2320 SBR05 — insurance type (Medicare secondary)',
    enum: [...INSURANCE_TYPE_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(INSURANCE_TYPE_CODES)
  insuranceTypeCode?: InsuranceTypeCode;

  @ApiProperty({ description: '2320 SBR09 — claim filing indicator', enum: [...CLAIM_FILING_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(CLAIM_FILING_CODES)
  claimFilingIndicatorCode: ClaimFilingCode;

  @ApiPropertyOptional({
    type: () => [ClaimAdjustmentDto],
    description: '2320 CAS — claim-level adjustments by this payer',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ClaimAdjustmentDto)
  claimLevelAdjustments?: ClaimAdjustmentDto[];

  @ApiPropertyOptional({
    description: '2320 AMT*D — amount paid by this payer',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  payerPaidAmount?: string;

  @ApiPropertyOptional({
    description: '2320 AMT*A8 — non-covered charge amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  nonCoveredChargeAmount?: string;

  @ApiPropertyOptional({
    description: '2320 AMT*EAF — remaining patient liability',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  remainingPatientLiability?: string;

  @ApiProperty({
    description: '2320 OI03 — benefits assignment',
    enum: [...BENEFITS_ASSIGNMENT_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(BENEFITS_ASSIGNMENT_CODES)
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode;

  @ApiPropertyOptional({
    description: '2320 OI04 — P when true (signature generated by the provider)',
    type: Boolean,
  })
  @IsOptional()
  @IsBoolean()
  patientSignatureGeneratedForPatient?: boolean;

  @ApiProperty({
    description: '2320 OI06 — release of information',
    enum: [...RELEASE_INFORMATION_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(RELEASE_INFORMATION_CODES)
  releaseOfInformationCode: ReleaseInformationCode;

  @ApiPropertyOptional({
    description: '2320 MOA — Medicare outpatient adjudication',
    type: () => MedicareOutpatientAdjudicationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MedicareOutpatientAdjudicationDto)
  medicareOutpatientAdjudication?: MedicareOutpatientAdjudicationDto;

  @ApiProperty({ description: '2330A — other subscriber', type: () => OtherSubscriberNameDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => OtherSubscriberNameDto)
  otherSubscriberName: OtherSubscriberNameDto;

  @ApiProperty({ description: '2330B — other payer', type: () => OtherPayerNameDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => OtherPayerNameDto)
  otherPayerName: OtherPayerNameDto;

  @ApiPropertyOptional({
    type: () => [OtherPayerReferringProviderDto],
    description: '2330C — other payer referring provider',
    minItems: 1,
    maxItems: 2,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => OtherPayerReferringProviderDto)
  otherPayerReferringProvider?: OtherPayerReferringProviderDto[];

  @ApiPropertyOptional({
    type: () => [OtherPayerRenderingProviderDto],
    description: '2330D — other payer rendering provider',
    minItems: 1,
    maxItems: 1,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1)
  @ValidateNested({ each: true })
  @Type(() => OtherPayerRenderingProviderDto)
  otherPayerRenderingProvider?: OtherPayerRenderingProviderDto[];

  @ApiPropertyOptional({
    type: () => [OtherPayerServiceFacilityLocationDto],
    description: '2330E — other payer service facility',
    minItems: 1,
    maxItems: 1,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1)
  @ValidateNested({ each: true })
  @Type(() => OtherPayerServiceFacilityLocationDto)
  otherPayerServiceFacilityLocation?: OtherPayerServiceFacilityLocationDto[];

  @ApiPropertyOptional({
    type: () => [OtherPayerSupervisingProviderDto],
    description: '2330F — other payer supervising provider',
    minItems: 1,
    maxItems: 1,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1)
  @ValidateNested({ each: true })
  @Type(() => OtherPayerSupervisingProviderDto)
  otherPayerSupervisingProvider?: OtherPayerSupervisingProviderDto[];

  @ApiPropertyOptional({
    type: () => [OtherPayerBillingProviderDto],
    description: '2330G — other payer billing provider',
    minItems: 1,
    maxItems: 1,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1)
  @ValidateNested({ each: true })
  @Type(() => OtherPayerBillingProviderDto)
  otherPayerBillingProvider?: OtherPayerBillingProviderDto[];
}
