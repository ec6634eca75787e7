// Request body of an institutional claim (837I, 005010X223A2) in the CHC/Optum Institutional
// Claims v1 shape that Stedi also accepts: CL1 codes, HI code lists (each inner array is one HI
// segment), attending/operating providers, the single-object COB and SV2 service lines.

import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
  ADMITTING_DIAGNOSIS_QUALIFIERS,
  BENEFITS_ASSIGNMENT_CODES,
  CLAIM_FILING_CODES,
  CLAIM_IDENTIFIERS,
  DELAY_REASON_CODES,
  DRUG_UNIT_CODES,
  ENTITY_TYPE_QUALIFIERS,
  EXTERNAL_CAUSE_QUALIFIERS,
  FACILITY_SECONDARY_ID_QUALIFIERS,
  INDIVIDUAL_RELATIONSHIP_CODES,
  INSTITUTIONAL_MEASUREMENT_UNITS,
  INSTITUTIONAL_PROCEDURE_IDENTIFIERS,
  INSTITUTIONAL_PROVIDER_TYPES,
  OTHER_DIAGNOSIS_QUALIFIERS,
  OTHER_INSURED_ID_QUALIFIERS,
  OTHER_PROCEDURE_QUALIFIERS,
  PAYER_ID_QUALIFIERS,
  PAYMENT_RESPONSIBILITY_LEVEL_CODES,
  PLAN_PARTICIPATION_CODES,
  POLICY_COMPLIANCE_CODES,
  PRESENT_ON_ADMISSION_INDICATORS,
  PRICING_METHODOLOGY_CODES,
  PRINCIPAL_DIAGNOSIS_QUALIFIERS,
  PRINCIPAL_PROCEDURE_QUALIFIERS,
  PROVIDER_SECONDARY_ID_QUALIFIERS,
  REASON_FOR_VISIT_QUALIFIERS,
  RECEIVER_IDS,
  REFERRING_SECONDARY_ID_QUALIFIERS,
  RELEASE_INFORMATION_CODES,
  REPRICING_EXCEPTION_CODES,
  REPRICING_REJECT_REASON_CODES,
  SERVICE_AUTHORIZATION_EXCEPTION_CODES,
  USAGE_INDICATORS,
  YES_NO,
  type AdjustmentGroupCode,
  type AdmittingDiagnosisQualifier,
  type BenefitsAssignmentCode,
  type ClaimFilingCode,
  type ClaimIdentifier,
  type DelayReasonCode,
  type DrugUnitCode,
  type EntityTypeQualifier,
  type ExternalCauseQualifier,
  type FacilitySecondaryIdQualifier,
  type IndividualRelationshipCode,
  type InstitutionalMeasurementUnit,
  type InstitutionalProcedureIdentifier,
  type InstitutionalProviderType,
  type OtherDiagnosisQualifier,
  type OtherInsuredIdQualifier,
  type OtherProcedureQualifier,
  type PayerIdQualifier,
  type PaymentResponsibilityLevelCode,
  type PlanParticipationCode,
  type PolicyComplianceCode,
  type PresentOnAdmissionIndicator,
  type PricingMethodologyCode,
  type PrincipalDiagnosisQualifier,
  type PrincipalProcedureQualifier,
  type ProviderSecondaryIdQualifier,
  type ReasonForVisitQualifier,
  type ReceiverId,
  type ReferringSecondaryIdQualifier,
  type ReleaseInformationCode,
  type RepricingExceptionCode,
  type RepricingRejectReasonCode,
  type ServiceAuthorizationExceptionCode,
  type UsageIndicator,
  type YesNo,
} from '../claim.types';
import {
  ClaimAddressDto,
  ClaimAdjustmentDetailDto,
  ContactInformationDto,
  ContractInformationDto,
  DependentDto,
  EpsdtReferralDto,
  InstitutionalSubscriberDto,
  MedicareOutpatientAdjudicationDto,
  NamedContactInformationDto,
  OtherPayerNameDto,
  ReferenceIdentificationDto,
  ReportInformationDto,
  TradingPartnerSecondaryIdentifiersDto,
} from './common.dto';
import {
  ConflictsWith,
  EachArrayMaxSize,
  EachArrayMinSize,
  EachInnerIsString,
  EachInnerMaxLength,
  EachIsArray,
  IsAmount,
  IsDecimalString,
  IsDigits,
  IsX12Date,
  IsX12DateOrRange,
  IsX12DateTime,
  IsX12Time,
  MatchesPattern,
  RequiredForBillingProvider,
  RequiredIfPresent,
  SameAsIfPresent,
} from './validators';

/** 1000A submitter on 837I (organization only). */
export class InstitutionalSubmitterDto {
  @ApiProperty({
    description: '1000A NM103 (NM102=2) — submitter organization name',
    minLength: 1,
    maxLength: 60,
    example: 'SPRINGFIELD GENERAL HOSPITAL',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName: string;

  @ApiProperty({
    description: '1000A NM109 (NM108=46) — submitter ETIN despite the name (not the EIN)',
    minLength: 2,
    maxLength: 80,
    example: 'EXHOSP01',
  })
  @IsDefined()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  taxId: string;

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

/** 1000B receiver on 837I. */
export class InstitutionalReceiverDto {
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
    description: '1000B NM109 (NM108=46) — receiver ID',
    minLength: 2,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  taxId?: string;

  @ApiPropertyOptional({
    description: 'Stedi print-and-mail routing (no X12 element): PAPER, PRINT or BPUMR',
    enum: [...RECEIVER_IDS],
  })
  @IsOptional()
  @IsString()
  @IsIn(RECEIVER_IDS)
  receiverId?: ReceiverId;
}

/** 2010AA billing provider on 837I (NM1*85 NM102=2, N3/N4, REF*EI, PER; PRV*BI in 2000A). */
export class InstitutionalBillingProviderDto {
  @ApiPropertyOptional({
    description: 'Optum tag; when sent it must be BillingProvider',
    enum: ['BillingProvider'],
  })
  @IsOptional()
  @IsString()
  @IsIn(['BillingProvider'])
  providerType?: 'BillingProvider';

  @ApiPropertyOptional({
    description: '2010AA NM109 (NM108=XX) — billing NPI, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1447563820',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiProperty({
    description: '2010AA REF*EI — employer identification number, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '371234568',
  })
  @IsDefined()
  @IsString()
  @IsDigits(9)
  employerId: string;

  @ApiPropertyOptional({
    description: '2010AA NM103 — billing provider organization name',
    minLength: 1,
    maxLength: 60,
    example: 'SPRINGFIELD GENERAL HOSPITAL',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when a person',
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
    description: '2000A PRV03 (PRV01=BI) — billing provider taxonomy',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '282N00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({
    description: 'REF01 — secondary identifier qualifier; required with secondaryIdentifier',
    enum: [...PROVIDER_SECONDARY_ID_QUALIFIERS],
  })
  @RequiredIfPresent('secondaryIdentifier')
  @IsString()
  @IsIn(PROVIDER_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier;

  @ApiPropertyOptional({
    description: 'REF02 — secondary identifier; required with secondaryIdentificationQualifierCode',
    minLength: 1,
    maxLength: 50,
  })
  @RequiredIfPresent('secondaryIdentificationQualifierCode')
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  secondaryIdentifier?: string;

  @ApiProperty({
    description: '2010AA N3/N4 — street address (no PO box) with a 9-digit ZIP',
    type: () => ClaimAddressDto,
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address: ClaimAddressDto;

  @ApiPropertyOptional({
    description: '2010AA PER — billing contact',
    type: () => NamedContactInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedContactInformationDto)
  contactInformation?: NamedContactInformationDto;
}

/**
 * 2310A attending provider (NM1*71, PRV*AT); required unless the claim is only non-scheduled
 * transport.
 */
export class AttendingProviderDto {
  @ApiPropertyOptional({
    description: 'Optum tag; when sent it must be AttendingProvider',
    enum: ['AttendingProvider'],
  })
  @IsOptional()
  @IsString()
  @IsIn(['AttendingProvider'])
  providerType?: 'AttendingProvider';

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1447563820',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when a person',
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
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV02=PXC) — taxonomy (PRV*AT)',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '207P00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({
    description: 'REF01 — secondary identifier qualifier; required with secondaryIdentifier',
    enum: [...PROVIDER_SECONDARY_ID_QUALIFIERS],
  })
  @RequiredIfPresent('secondaryIdentifier')
  @IsString()
  @IsIn(PROVIDER_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier;

  @ApiPropertyOptional({
    description: 'REF02 — secondary identifier; required with secondaryIdentificationQualifierCode',
    minLength: 1,
    maxLength: 50,
  })
  @RequiredIfPresent('secondaryIdentificationQualifierCode')
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  secondaryIdentifier?: string;

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
    description: 'N3/N4 — address',
    type: () => ClaimAddressDto,
    deprecated: true,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — contact',
    type: () => NamedContactInformationDto,
    deprecated: true,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedContactInformationDto)
  contactInformation?: NamedContactInformationDto;
}

/** 2310D rendering provider (NM1*82), only when not the attending provider. */
export class InstitutionalRenderingProviderDto {
  @ApiPropertyOptional({
    description: 'Optum tag; when sent it must be RenderingProvider',
    enum: ['RenderingProvider'],
  })
  @IsOptional()
  @IsString()
  @IsIn(['RenderingProvider'])
  providerType?: 'RenderingProvider';

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1447563820',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiProperty({ description: 'NM103 (NM102=1) — last name', minLength: 1, maxLength: 60 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName: string;

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
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV02=PXC) — taxonomy',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '207P00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({
    description: 'REF01 — secondary identifier qualifier; required with secondaryIdentifier',
    enum: [...PROVIDER_SECONDARY_ID_QUALIFIERS],
  })
  @RequiredIfPresent('secondaryIdentifier')
  @IsString()
  @IsIn(PROVIDER_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier;

  @ApiPropertyOptional({
    description: 'REF02 — secondary identifier; required with secondaryIdentificationQualifierCode',
    minLength: 1,
    maxLength: 50,
  })
  @RequiredIfPresent('secondaryIdentificationQualifierCode')
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  secondaryIdentifier?: string;

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
    description: 'N3/N4 — address',
    type: () => ClaimAddressDto,
    deprecated: true,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — contact',
    type: () => NamedContactInformationDto,
    deprecated: true,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedContactInformationDto)
  contactInformation?: NamedContactInformationDto;
}

/** 2310F referring provider (NM1*DN), only when not the attending provider. */
export class InstitutionalReferringProviderDto {
  @ApiPropertyOptional({
    description: 'Optum tag; when sent it must be ReferringProvider',
    enum: ['ReferringProvider'],
  })
  @IsOptional()
  @IsString()
  @IsIn(['ReferringProvider'])
  providerType?: 'ReferringProvider';

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1447563820',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiProperty({ description: 'NM103 (NM102=1) — last name', minLength: 1, maxLength: 60 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName: string;

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
    description: 'NM103 (NM102=2) — organization name',
    minLength: 1,
    maxLength: 60,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'PRV03 (PRV02=PXC) — taxonomy',
    pattern: '^[A-Za-z0-9]{10}$',
    example: '207P00000X',
  })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({
    description: 'REF01 — secondary identifier qualifier; required with secondaryIdentifier',
    enum: [...REFERRING_SECONDARY_ID_QUALIFIERS],
  })
  @RequiredIfPresent('secondaryIdentifier')
  @IsString()
  @IsIn(REFERRING_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ReferringSecondaryIdQualifier;

  @ApiPropertyOptional({
    description: 'REF02 — secondary identifier; required with secondaryIdentificationQualifierCode',
    minLength: 1,
    maxLength: 50,
  })
  @RequiredIfPresent('secondaryIdentificationQualifierCode')
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  secondaryIdentifier?: string;

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
    description: 'N3/N4 — address',
    type: () => ClaimAddressDto,
    deprecated: true,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: 'PER — contact',
    type: () => NamedContactInformationDto,
    deprecated: true,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedContactInformationDto)
  contactInformation?: NamedContactInformationDto;
}

/**
 * Legacy 837I providers[] item; overrides the dedicated billing / attending / referring /
 * rendering object of its providerType.
 */
export class InstitutionalProvidersItemDto {
  @ApiProperty({
    description: 'which dedicated provider object this item stands for',
    enum: [...INSTITUTIONAL_PROVIDER_TYPES],
  })
  @IsDefined()
  @IsString()
  @IsIn(INSTITUTIONAL_PROVIDER_TYPES)
  providerType: InstitutionalProviderType;

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1447563820',
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

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when a person',
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

  @ApiPropertyOptional({ description: 'PRV03 (PRV02=PXC) — taxonomy', pattern: '^[A-Za-z0-9]{10}$' })
  @IsOptional()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode?: string;

  @ApiPropertyOptional({
    description: 'REF*EI — employer identification number, 9 digits; required for a BillingProvider',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '371234568',
  })
  @RequiredForBillingProvider()
  @IsString()
  @IsDigits(9)
  employerId?: string;

  @ApiPropertyOptional({
    description: 'REF01 — secondary identifier qualifier; required with secondaryIdentifier',
    enum: [...PROVIDER_SECONDARY_ID_QUALIFIERS],
  })
  @RequiredIfPresent('secondaryIdentifier')
  @IsString()
  @IsIn(PROVIDER_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier;

  @ApiPropertyOptional({
    description: 'REF02 — secondary identifier; required with secondaryIdentificationQualifierCode',
    minLength: 1,
    maxLength: 50,
  })
  @RequiredIfPresent('secondaryIdentificationQualifierCode')
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  secondaryIdentifier?: string;

  @ApiPropertyOptional({
    description: 'N3/N4 — address; required for a BillingProvider',
    type: () => ClaimAddressDto,
  })
  @RequiredForBillingProvider()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({ description: 'PER — contact', type: () => NamedContactInformationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedContactInformationDto)
  contactInformation?: NamedContactInformationDto;
}

/** Operating physician (2310B NM1*72 / 2420A) or other operating physician (2310C / 2420B NM1*ZZ). */
export class OperatingPhysicianDto {
  @ApiProperty({ description: 'NM103 (NM102=1) — last name', minLength: 1, maxLength: 60 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  lastName: string;

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

  @ApiPropertyOptional({ description: 'NM103 — organization name', minLength: 1, maxLength: 60 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName?: string;

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1447563820',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({
    description: 'REF01 — secondary identifier qualifier; required with secondaryIdentifier',
    enum: [...PROVIDER_SECONDARY_ID_QUALIFIERS],
  })
  @RequiredIfPresent('secondaryIdentifier')
  @IsString()
  @IsIn(PROVIDER_SECONDARY_ID_QUALIFIERS)
  identificationQualifierCode?: ProviderSecondaryIdQualifier;

  @ApiPropertyOptional({
    description: 'REF02 — secondary identifier; required with identificationQualifierCode',
    minLength: 1,
    maxLength: 50,
  })
  @RequiredIfPresent('identificationQualifierCode')
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  secondaryIdentifier?: string;
}

/** 2010AB pay-to address (NM1*87, N3/N4). */
export class PayToAddressNameDto {
  @ApiProperty({ description: '2010AB NM102 — always 2 (non-person)', enum: ['2'] })
  @IsDefined()
  @IsString()
  @IsIn(['2'])
  entityTypeQualifier: '2';

  @ApiProperty({ description: '2010AB N3/N4 — pay-to address', type: () => ClaimAddressDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address: ClaimAddressDto;
}

/** 2010AC pay-to plan (NM1*PE, N3/N4, REF). */
export class PayToPlanNameDto {
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
  identificationCodeQualifier: PayerIdQualifier;

  @ApiProperty({ description: '2010AC NM109 — pay-to plan identifier', minLength: 2, maxLength: 80 })
  @IsDefined()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  identificationCode: string;

  @ApiPropertyOptional({ description: '2010AC N3/N4 — address', type: () => ClaimAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiProperty({
    description: '2010AC REF*EI — pay-to plan tax ID, 9 digits',
    pattern: '^\\d{9}$',
    maxLength: 9,
  })
  @IsDefined()
  @IsString()
  @IsDigits(9)
  taxId: string;

  @ApiPropertyOptional({
    description: '2010AC REF*2U — payer identification number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  payerIdentificationNumber?: string;

  @ApiPropertyOptional({
    description: '2010AC REF*FY — claim office number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimOfficeNumber?: string;

  @ApiPropertyOptional({
    description: '2010AC REF*NF — NAIC code, 5 digits',
    pattern: '^\\d{5}$',
    maxLength: 5,
  })
  @IsOptional()
  @IsString()
  @IsDigits(5)
  naic?: string;
}

/** 2300 DTP claim dates on 837I. */
export class InstitutionalClaimDateInformationDto {
  @ApiProperty({
    description: 'DTP*434 RD8 — statement covers period, start',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsDefined()
  @IsString()
  @IsX12Date()
  statementBeginDate: string;

  @ApiProperty({
    description: 'DTP*434 RD8 — statement covers period, end',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsDefined()
  @IsString()
  @IsX12Date()
  statementEndDate: string;

  @ApiPropertyOptional({
    description: 'DTP*435 — admission date (D8) or date and hour (DT, CCYYMMDDHHMM); inpatient',
    pattern: '^\\d{8}(\\d{4})?$',
    example: '202503101430',
  })
  @IsOptional()
  @IsString()
  @IsX12DateTime()
  admissionDateAndHour?: string;

  @ApiPropertyOptional({
    description: 'DTP*096 TM — discharge hour HHMM; final inpatient claims only',
    pattern: '^\\d{4}$',
    example: '1430',
  })
  @IsOptional()
  @IsString()
  @IsX12Time()
  dischargeHour?: string;

  @ApiPropertyOptional({
    description: 'DTP*050 — repricer received',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  repricerReceivedDate?: string;
}

/** 2300 CL1 institutional claim codes. */
export class ClaimCodeInformationDto {
  @ApiProperty({
    description: 'CL101 — NUBC priority (type) of admission or visit, e.g. 1 emergency, 3 elective',
    minLength: 1,
    maxLength: 1,
    example: '1',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(1)
  admissionTypeCode: string;

  @ApiPropertyOptional({
    description: 'CL102 — NUBC point of origin (required by Stedi edits unless the facility type is 14)',
    minLength: 1,
    maxLength: 1,
    example: '7',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1)
  admissionSourceCode?: string;

  @ApiProperty({
    description: 'CL103 — NUBC patient discharge status, e.g. 01 home, 30 still a patient',
    minLength: 1,
    maxLength: 2,
    example: '01',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(2)
  patientStatusCode: string;
}

/** 2300 NTE claim notes on 837I; each list item becomes one NTE. */
export class ClaimNotesDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=ALG) — allergies',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  allergies?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=DGN) — diagnosis description',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  diagnosisDescription?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=DME) — durable medical equipment and supplies',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  dme?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=MED) — medications',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  medications?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=NTR) — nutritional requirements (property name spelled as in the Stedi schema)',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  nutritionalRequirments?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=ODT) — orders for disciplines and treatments (property name as in the Stedi schema)',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  ordersForDiscipLinesAndTreatments?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=RHB) — functional limitations, reason homebound',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  functionalLimitsOrReasonHomebound?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=RLH) — reasons the patient leaves home',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  reasonsPatientLeavesHome?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=RNH) — times and reasons the patient is not at home',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  timesAndReasonsPatientNotAtHome?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=SET) — unusual home, social environment or both',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  unusualHomeOrSocialEnv?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=SFM) — safety measures',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  safetyMeasures?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=SPT) — supplementary plan of treatment',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  supplementalPlanOfTreatment?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=UPI) — updated information',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  updatedInformation?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'NTE02 (NTE01=DCP) — goals, rehabilitation potential or discharge plans',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  goalRehabOrDischargePlans?: string[];
}

/** HCP pricing/repricing on 837I (2300 or 2400; repricers only). */
export class ClaimPricingInformationDto {
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
  repricedOrgIdentifier?: string;

  @ApiPropertyOptional({
    description: 'HCP05 — per diem or flat rate amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  repricedPerDiem?: string;

  @ApiPropertyOptional({ description: 'HCP06 — approved DRG code', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  repricedApprovedDRGCode?: string;

  @ApiPropertyOptional({
    description: 'HCP07 — approved DRG amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  repricedApprovedAmount?: string;

  @ApiPropertyOptional({ description: 'HCP08 — approved revenue code', minLength: 1, maxLength: 48 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(48)
  repricedApprovedRevenueCode?: string;

  @ApiPropertyOptional({
    description: 'HCP09 — procedure code qualifier',
    enum: [...INSTITUTIONAL_PROCEDURE_IDENTIFIERS],
  })
  @IsOptional()
  @IsString()
  @IsIn(INSTITUTIONAL_PROCEDURE_IDENTIFIERS)
  productOrServiceIDQualifier?: InstitutionalProcedureIdentifier;

  @ApiPropertyOptional({ description: 'HCP10 — approved HCPCS code', minLength: 1, maxLength: 48 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(48)
  repricedApprovedHCPCSCode?: string;

  @ApiPropertyOptional({
    description: 'HCP11 — UN units, DA days',
    enum: [...INSTITUTIONAL_MEASUREMENT_UNITS],
  })
  @IsOptional()
  @IsString()
  @IsIn(INSTITUTIONAL_MEASUREMENT_UNITS)
  repricedApprovedServiceUnitCode?: InstitutionalMeasurementUnit;

  @ApiPropertyOptional({
    description: 'HCP12 — approved units',
    pattern: '^\\d{1,8}(\\.\\d{1,3})?$',
    example: '1',
  })
  @IsOptional()
  @IsString()
  @IsDecimalString()
  repricedApprovedServiceUnitCount?: string;

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

/** 2300 REF claim identifiers and PWK attachments on 837I. */
export class InstitutionalClaimSupplementalInformationDto {
  @ApiPropertyOptional({
    description: 'REF*G1 — prior authorization number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  priorAuthorizationNumber?: string;

  @ApiPropertyOptional({ description: 'REF*9F — referral number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  referralNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*F8 — payer claim control number of the claim being replaced or voided',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimControlNumber?: string;

  @ApiPropertyOptional({ description: 'REF*EA — medical record number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  medicalRecordNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*P4 — demonstration project identifier',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  demoProjectIdentifier?: string;

  @ApiPropertyOptional({
    description: 'REF*LX — investigational device exemption number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  investigationalDeviceExemptionNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*G4 — peer review organization approval number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  peerReviewAuthorizationNumber?: string;

  @ApiPropertyOptional({ description: 'REF*LU — auto accident state', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  autoAccidentState?: string;

  @ApiPropertyOptional({
    description: 'REF*4N — service authorization exception code',
    enum: [...SERVICE_AUTHORIZATION_EXCEPTION_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(SERVICE_AUTHORIZATION_EXCEPTION_CODES)
  serviceAuthorizationExceptionCode?: ServiceAuthorizationExceptionCode;

  @ApiPropertyOptional({
    description: 'REF*9A — repriced claim number (repricers only)',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  repricedClaimNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*9C — adjusted repriced claim number (repricers only)',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  adjustedRepricedClaimRefNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*D9 — clearinghouse claim number',
    minLength: 1,
    maxLength: 50,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  claimNumber?: string;

  @ApiPropertyOptional({
    description: 'PWK — single attachment (older form; merged into reportInformations)',
    type: () => ReportInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReportInformationDto)
  reportInformation?: ReportInformationDto;

  @ApiPropertyOptional({
    type: () => [ReportInformationDto],
    description: 'PWK — attachments',
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ReportInformationDto)
  reportInformations?: ReportInformationDto[];
}

/** 2300 HI*ABK principal diagnosis. */
export class PrincipalDiagnosisDto {
  @ApiProperty({
    description: 'HI01-1 — ABK (BK for ICD-9)',
    enum: [...PRINCIPAL_DIAGNOSIS_QUALIFIERS],
    example: 'ABK',
  })
  @IsDefined()
  @IsString()
  @IsIn(PRINCIPAL_DIAGNOSIS_QUALIFIERS)
  qualifierCode: PrincipalDiagnosisQualifier;

  @ApiProperty({
    description: 'HI01-2 — ICD-10-CM code without the dot',
    maxLength: 30,
    pattern: '^[A-Za-z0-9]+$',
    example: 'R0789',
  })
  @IsDefined()
  @IsString()
  @MaxLength(30)
  @MatchesPattern(/^[A-Za-z0-9]+$/, 'letters and digits only (ICD codes go without the dot)')
  principalDiagnosisCode: string;

  @ApiPropertyOptional({
    description: 'HI01-9 — present on admission',
    enum: [...PRESENT_ON_ADMISSION_INDICATORS],
  })
  @IsOptional()
  @IsString()
  @IsIn(PRESENT_ON_ADMISSION_INDICATORS)
  presentOnAdmissionIndicator?: PresentOnAdmissionIndicator;
}

/** 2300 HI*ABJ admitting diagnosis (inpatient). */
export class AdmittingDiagnosisDto {
  @ApiProperty({
    description: 'HI01-1 — ABJ (BJ for ICD-9)',
    enum: [...ADMITTING_DIAGNOSIS_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(ADMITTING_DIAGNOSIS_QUALIFIERS)
  qualifierCode: AdmittingDiagnosisQualifier;

  @ApiProperty({
    description: 'HI01-2 — ICD-10-CM code without the dot',
    maxLength: 30,
    pattern: '^[A-Za-z0-9]+$',
  })
  @IsDefined()
  @IsString()
  @MaxLength(30)
  @MatchesPattern(/^[A-Za-z0-9]+$/, 'letters and digits only (ICD codes go without the dot)')
  admittingDiagnosisCode: string;
}

/** 2300 HI*APR patient reason for visit (unscheduled outpatient visits). */
export class PatientReasonForVisitDto {
  @ApiProperty({
    description: 'HI0n-1 — APR (PR for ICD-9)',
    enum: [...REASON_FOR_VISIT_QUALIFIERS],
    example: 'APR',
  })
  @IsDefined()
  @IsString()
  @IsIn(REASON_FOR_VISIT_QUALIFIERS)
  qualifierCode: ReasonForVisitQualifier;

  @ApiProperty({
    description: 'HI0n-2 — ICD-10-CM code without the dot',
    maxLength: 30,
    pattern: '^[A-Za-z0-9]+$',
    example: 'R0789',
  })
  @IsDefined()
  @IsString()
  @MaxLength(30)
  @MatchesPattern(/^[A-Za-z0-9]+$/, 'letters and digits only (ICD codes go without the dot)')
  patientReasonForVisitCode: string;
}

/** 2300 HI*ABN external cause of injury. */
export class ExternalCauseOfInjuryDto {
  @ApiProperty({ description: 'HI0n-1 — ABN (BN for ICD-9)', enum: [...EXTERNAL_CAUSE_QUALIFIERS] })
  @IsDefined()
  @IsString()
  @IsIn(EXTERNAL_CAUSE_QUALIFIERS)
  qualifierCode: ExternalCauseQualifier;

  @ApiProperty({
    description: 'HI0n-2 — ICD-10-CM code without the dot',
    maxLength: 30,
    pattern: '^[A-Za-z0-9]+$',
  })
  @IsDefined()
  @IsString()
  @MaxLength(30)
  @MatchesPattern(/^[A-Za-z0-9]+$/, 'letters and digits only (ICD codes go without the dot)')
  externalCauseOfInjury: string;

  @ApiPropertyOptional({
    description: 'HI0n-9 — present on admission',
    enum: [...PRESENT_ON_ADMISSION_INDICATORS],
  })
  @IsOptional()
  @IsString()
  @IsIn(PRESENT_ON_ADMISSION_INDICATORS)
  presentOnAdmissionIndicator?: PresentOnAdmissionIndicator;
}

/** One HI*ABF other diagnosis. */
export class OtherDiagnosisInformationDto {
  @ApiProperty({
    description: 'HI0n-1 — ABF (BF for ICD-9)',
    enum: [...OTHER_DIAGNOSIS_QUALIFIERS],
    example: 'ABF',
  })
  @IsDefined()
  @IsString()
  @IsIn(OTHER_DIAGNOSIS_QUALIFIERS)
  qualifierCode: OtherDiagnosisQualifier;

  @ApiProperty({
    description: 'HI0n-2 — ICD-10-CM code without the dot',
    maxLength: 30,
    pattern: '^[A-Za-z0-9]+$',
    example: 'E119',
  })
  @IsDefined()
  @IsString()
  @MaxLength(30)
  @MatchesPattern(/^[A-Za-z0-9]+$/, 'letters and digits only (ICD codes go without the dot)')
  otherDiagnosisCode: string;

  @ApiPropertyOptional({
    description: 'HI0n-9 — present on admission',
    enum: [...PRESENT_ON_ADMISSION_INDICATORS],
  })
  @IsOptional()
  @IsString()
  @IsIn(PRESENT_ON_ADMISSION_INDICATORS)
  presentOnAdmissionIndicator?: PresentOnAdmissionIndicator;
}

/** 2300 HI*BBR principal procedure (ICD-10-PCS, inpatient). */
export class PrincipalProcedureInformationDto {
  @ApiProperty({
    description: 'HI01-1 — BBR (BR for ICD-9, CAH advanced billing concept)',
    enum: [...PRINCIPAL_PROCEDURE_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(PRINCIPAL_PROCEDURE_QUALIFIERS)
  qualifierCode: PrincipalProcedureQualifier;

  @ApiProperty({ description: 'HI01-2 — procedure code', maxLength: 30, pattern: '^[A-Za-z0-9]+$' })
  @IsDefined()
  @IsString()
  @MaxLength(30)
  @MatchesPattern(/^[A-Za-z0-9]+$/, 'letters and digits only (ICD codes go without the dot)')
  principalProcedureCode: string;

  @ApiPropertyOptional({
    description: 'HI01-4 (HI01-3=D8) — procedure date',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  principalProcedureDate?: string;
}

/** One HI*BBQ other procedure. */
export class OtherProcedureInformationDto {
  @ApiProperty({ description: 'HI0n-1 — BBQ (BQ for ICD-9)', enum: [...OTHER_PROCEDURE_QUALIFIERS] })
  @IsDefined()
  @IsString()
  @IsIn(OTHER_PROCEDURE_QUALIFIERS)
  qualifierCode: OtherProcedureQualifier;

  @ApiProperty({ description: 'HI0n-2 — procedure code', maxLength: 30, pattern: '^[A-Za-z0-9]+$' })
  @IsDefined()
  @IsString()
  @MaxLength(30)
  @MatchesPattern(/^[A-Za-z0-9]+$/, 'letters and digits only (ICD codes go without the dot)')
  otherProcedureCode: string;

  @ApiPropertyOptional({
    description: 'HI0n-4 (HI0n-3=D8) — procedure date',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  otherProcedureDate?: string;
}

/** One HI*BI occurrence span. */
export class OccurrenceSpanInformationDto {
  @ApiProperty({ description: 'HI0n-2 (BI) — occurrence span code', minLength: 1, maxLength: 30 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  occurrenceSpanCode: string;

  @ApiProperty({ description: 'HI0n-4 (RD8) — span start', pattern: '^\\d{8}$', example: '20250310' })
  @IsDefined()
  @IsString()
  @IsX12Date()
  occurrenceSpanCodeStartDate: string;

  @ApiProperty({ description: 'HI0n-4 (RD8) — span end', pattern: '^\\d{8}$', example: '20250310' })
  @IsDefined()
  @IsString()
  @IsX12Date()
  occurrenceSpanCodeEndDate: string;
}

/** One HI*BH occurrence (occurrence codes, despite the property name). */
export class OccurrenceInformationDto {
  @ApiProperty({
    description: 'HI0n-2 (BH) — occurrence code; unique within its HI segment',
    minLength: 1,
    maxLength: 30,
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  occurrenceSpanCode: string;

  @ApiProperty({
    description: 'HI0n-4 — occurrence date CCYYMMDD (a from-to range is accepted)',
    pattern: '^\\d{8}(-\\d{8})?$',
    example: '20250310-20250312',
  })
  @IsDefined()
  @IsString()
  @IsX12DateOrRange()
  occurrenceSpanCodeDate: string;
}

/** One HI*BE value code and amount. */
export class ValueInformationDto {
  @ApiProperty({ description: 'HI0n-2 (BE) — value code', minLength: 1, maxLength: 30 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  valueCode: string;

  @ApiProperty({
    description: 'HI0n-5 — value amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  valueCodeAmount: string;
}

/** One HI*BG condition code. */
export class InstitutionalConditionInformationDto {
  @ApiProperty({ description: 'HI0n-2 (BG) — NUBC condition code', minLength: 1, maxLength: 30 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  conditionCode: string;
}

/** 2300 HI*DR diagnosis related group. */
export class DiagnosisRelatedGroupInformationDto {
  @ApiProperty({
    description: 'HI01-2 (DR) — DRG code (the property name says drug; it is the DRG)',
    minLength: 1,
    maxLength: 30,
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  drugRelatedGroupCode: string;
}

/** 2310E service facility location on 837I (NM1*77); the NPI is named identificationCode here. */
export class InstitutionalServiceFacilityLocationDto {
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
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  identificationCode?: string;

  @ApiPropertyOptional({
    description: 'REF01 — secondary identifier qualifier; required with secondaryIdentifier',
    enum: [...FACILITY_SECONDARY_ID_QUALIFIERS],
  })
  @RequiredIfPresent('secondaryIdentifier')
  @IsString()
  @IsIn(FACILITY_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: FacilitySecondaryIdQualifier;

  @ApiPropertyOptional({
    description: 'REF02 — secondary identifier; required with secondaryIdentificationQualifierCode',
    minLength: 1,
    maxLength: 50,
  })
  @RequiredIfPresent('secondaryIdentificationQualifierCode')
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  secondaryIdentifier?: string;
}

/** CAS adjustment on 837I (details named claimAdjustmentDetails). */
export class InstitutionalClaimAdjustmentDto {
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
  claimAdjustmentDetails: ClaimAdjustmentDetailDto[];
}

/** 2320 MIA Medicare inpatient adjudication. */
export class MedicareInpatientAdjudicationDto {
  @ApiProperty({
    description: 'MIA01 — covered days or visits',
    maxLength: 15,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsDefined()
  @IsString()
  @MaxLength(15)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  coveredDaysOrVisitsCount: string;

  @ApiPropertyOptional({
    description: 'MIA03 — lifetime psychiatric days',
    maxLength: 15,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsOptional()
  @IsString()
  @MaxLength(15)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  lifetimePsychiatricDaysCount?: string;

  @ApiPropertyOptional({
    description: 'MIA04 — claim DRG amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  claimDRGAmount?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'MIA05, MIA20–MIA23 — remark codes (RARC)',
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
    description: 'MIA06 — disproportionate share amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  claimDisproportionateShareAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA07 — MSP pass-through amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  claimMspPassThroughAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA08 — PPS capital amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  claimPpsCapitalAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA — PPS capital hospital-specific DRG amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  capitalHSPDRGAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA10 — PPS capital HSP DRG amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  ppsCapitalHspDrgAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA11 — PPS capital DSH DRG amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  ppsCapitalDshDrgAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA12 — old capital amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  oldCapitalAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA13 — PPS capital IME amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  ppsCapitalImeAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA14 — PPS operating hospital-specific DRG amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  ppsOperatingHospitalSpecificDrgAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA15 — cost report day count',
    maxLength: 15,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsOptional()
  @IsString()
  @MaxLength(15)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  costReportDayCount?: string;

  @ApiPropertyOptional({
    description: 'MIA16 — PPS operating federal-specific DRG amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  ppsOperatingFederalSpecificDrgAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA17 — PPS capital outlier amount (property name spelled as in the Stedi schema)',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  claimPpsCapitalOutlierAmmount?: string;

  @ApiPropertyOptional({
    description: 'MIA18 — indirect teaching amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  claimIndirectTeachingAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA19 — non-payable professional component amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  nonPayableProfessionalComponentBilledAmount?: string;

  @ApiPropertyOptional({
    description: 'MIA24 — PPS capital exception amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  capitalExceptionAmount?: string;
}

/** 2330A other subscriber on 837I. */
export class InstitutionalOtherSubscriberNameDto {
  @ApiProperty({
    description: '2330A NM102 — 1 person, 2 non-person',
    enum: [...ENTITY_TYPE_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(ENTITY_TYPE_QUALIFIERS)
  otherInsuredQualifier: EntityTypeQualifier;

  @ApiProperty({
    description: '2330A NM103 — last or organization name',
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
  otherInsuredSuffix?: string;

  @ApiProperty({
    description: '2330A NM108 — MI member ID, II unique health ID',
    enum: [...OTHER_INSURED_ID_QUALIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(OTHER_INSURED_ID_QUALIFIERS)
  otherInsuredIdentifierTypeCode: OtherInsuredIdQualifier;

  @ApiProperty({ description: '2330A NM109 — identifier', minLength: 2, maxLength: 80 })
  @IsDefined()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  otherInsuredIdentifier: string;

  @ApiPropertyOptional({
    type: [String],
    description: '2330A REF*SY — additional identifiers',
    minItems: 1,
    maxItems: 2,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  otherInsuredAdditionalIdentifier?: string[];

  @ApiPropertyOptional({ description: '2330A N3/N4 — address', type: () => ClaimAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;
}

/** 2330C other payer attending provider identifiers. */
export class OtherPayerAttendingProviderDto {
  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: '2330C REF — identifiers',
    minItems: 1,
    maxItems: 4,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerAttendingProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2330D other payer operating physician identifiers. */
export class OtherPayerOperatingPhysicianDto {
  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: '2330D REF — identifiers',
    minItems: 1,
    maxItems: 4,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerOperatingPhysicianIdentifier: ReferenceIdentificationDto[];
}

/** 2330E other payer other operating physician identifiers. */
export class OtherPayerOtherOperatingPhysicianDto {
  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: '2330E REF — identifiers',
    minItems: 1,
    maxItems: 4,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerOtherOperatingPhysicianIdentifier: ReferenceIdentificationDto[];
}

/** 2330F other payer service facility identifiers. */
export class InstitutionalOtherPayerServiceFacilityLocationDto {
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
  otherPayerServiceFacilityLocationIdentifier: ReferenceIdentificationDto[];
}

/** 2330G other payer rendering provider identifiers. */
export class InstitutionalOtherPayerRenderingProviderDto {
  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: '2330G REF — identifiers',
    minItems: 1,
    maxItems: 4,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerRenderingProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2330H other payer referring provider identifiers. */
export class InstitutionalOtherPayerReferringProviderDto {
  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: '2330H REF — identifiers',
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

/** 2330I other payer billing provider identifiers. */
export class InstitutionalOtherPayerBillingProviderDto {
  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: '2330I REF — identifiers',
    minItems: 1,
    maxItems: 3,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerBillingProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2320 other subscriber information on 837I (a single object, not an array) with its 2330 loops. */
export class InstitutionalOtherSubscriberInformationDto {
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

  @ApiPropertyOptional({ description: '2320 SBR03 — group number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  groupNumber?: string;

  @ApiPropertyOptional({ description: '2320 SBR03 — policy number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  policyNumber?: string;

  @ApiPropertyOptional({ description: '2320 SBR04 — group name', minLength: 1, maxLength: 60 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  otherInsuredGroupName?: string;

  @ApiProperty({ description: '2320 SBR09 — claim filing indicator', enum: [...CLAIM_FILING_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(CLAIM_FILING_CODES)
  claimFilingIndicatorCode: ClaimFilingCode;

  @ApiPropertyOptional({
    type: () => [InstitutionalClaimAdjustmentDto],
    description: '2320 CAS — claim-level adjustments',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => InstitutionalClaimAdjustmentDto)
  claimLevelAdjustments?: InstitutionalClaimAdjustmentDto[];

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

  @ApiProperty({
    description: '2320 OI06 — release of information',
    enum: [...RELEASE_INFORMATION_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(RELEASE_INFORMATION_CODES)
  releaseOfInformationCode: ReleaseInformationCode;

  @ApiPropertyOptional({
    description: '2320 MIA — Medicare inpatient adjudication',
    type: () => MedicareInpatientAdjudicationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MedicareInpatientAdjudicationDto)
  medicareInpatientAdjudication?: MedicareInpatientAdjudicationDto;

  @ApiPropertyOptional({
    description: '2320 MOA — Medicare outpatient adjudication',
    type: () => MedicareOutpatientAdjudicationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MedicareOutpatientAdjudicationDto)
  medicareOutpatientAdjudication?: MedicareOutpatientAdjudicationDto;

  @ApiProperty({
    description: '2330A — other subscriber',
    type: () => InstitutionalOtherSubscriberNameDto,
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalOtherSubscriberNameDto)
  otherSubscriberName: InstitutionalOtherSubscriberNameDto;

  @ApiProperty({ description: '2330B — other payer', type: () => OtherPayerNameDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => OtherPayerNameDto)
  otherPayerName: OtherPayerNameDto;

  @ApiPropertyOptional({
    description: '2330C — other payer attending provider',
    type: () => OtherPayerAttendingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OtherPayerAttendingProviderDto)
  otherPayerAttendingProvider?: OtherPayerAttendingProviderDto;

  @ApiPropertyOptional({
    description: '2330D — other payer operating physician',
    type: () => OtherPayerOperatingPhysicianDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OtherPayerOperatingPhysicianDto)
  otherPayerOperatingPhysician?: OtherPayerOperatingPhysicianDto;

  @ApiPropertyOptional({
    description: '2330E — other payer other operating physician',
    type: () => OtherPayerOtherOperatingPhysicianDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OtherPayerOtherOperatingPhysicianDto)
  otherPayerOtherOperatingPhysician?: OtherPayerOtherOperatingPhysicianDto;

  @ApiPropertyOptional({
    description: '2330F — other payer service facility',
    type: () => InstitutionalOtherPayerServiceFacilityLocationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalOtherPayerServiceFacilityLocationDto)
  otherPayerServiceFacilityLocation?: InstitutionalOtherPayerServiceFacilityLocationDto;

  @ApiPropertyOptional({
    description: '2330G — other payer rendering provider',
    type: () => InstitutionalOtherPayerRenderingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalOtherPayerRenderingProviderDto)
  otherPayerRenderingProvider?: InstitutionalOtherPayerRenderingProviderDto;

  @ApiPropertyOptional({
    description: '2330H — other payer referring provider',
    type: () => InstitutionalOtherPayerReferringProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalOtherPayerReferringProviderDto)
  otherPayerReferringProvider?: InstitutionalOtherPayerReferringProviderDto;

  @ApiPropertyOptional({
    description: '2330I — other payer billing provider',
    type: () => InstitutionalOtherPayerBillingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalOtherPayerBillingProviderDto)
  otherPayerBillingProvider?: InstitutionalOtherPayerBillingProviderDto;
}

/** 2400 SV2 institutional service. */
export class InstitutionalServiceDto {
  @ApiProperty({
    description: 'SV201 — NUBC revenue code, 4 digits (0450)',
    pattern: '^\\d{4}$',
    example: '0450',
  })
  @IsDefined()
  @IsString()
  @MatchesPattern(/^\d{4}$/, 'a 4-digit NUBC revenue code')
  serviceLineRevenueCode: string;

  @ApiPropertyOptional({
    description: 'SV202-1 — procedure code qualifier; required with procedureCode',
    enum: [...INSTITUTIONAL_PROCEDURE_IDENTIFIERS],
    example: 'HC',
  })
  @RequiredIfPresent('procedureCode')
  @IsString()
  @IsIn(INSTITUTIONAL_PROCEDURE_IDENTIFIERS)
  procedureIdentifier?: InstitutionalProcedureIdentifier;

  @ApiPropertyOptional({
    description: 'SV202-2 — procedure code; required with procedureIdentifier',
    minLength: 1,
    maxLength: 48,
    example: '99284',
  })
  @RequiredIfPresent('procedureIdentifier')
  @IsString()
  @MinLength(1)
  @MaxLength(48)
  procedureCode?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'SV202-3…6 — up to four 2-character modifiers',
    minItems: 1,
    maxItems: 4,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(2, { each: true })
  procedureModifiers?: string[];

  @ApiPropertyOptional({ description: 'SV202-7 — description', minLength: 1, maxLength: 80 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  description?: string;

  @ApiProperty({
    description: 'SV203 — line charge',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '350.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  lineItemChargeAmount: string;

  @ApiProperty({
    description: 'SV204 — UN units, DA days',
    enum: [...INSTITUTIONAL_MEASUREMENT_UNITS],
    example: 'UN',
  })
  @IsDefined()
  @IsString()
  @IsIn(INSTITUTIONAL_MEASUREMENT_UNITS)
  measurementUnit: InstitutionalMeasurementUnit;

  @ApiProperty({
    description: 'SV205 — unit count as a string (up to 8 integer digits and 3 decimals)',
    pattern: '^\\d{1,8}(\\.\\d{1,3})?$',
    example: '1',
  })
  @IsDefined()
  @IsString()
  @IsDecimalString()
  serviceUnitCount: string;

  @ApiPropertyOptional({
    description: 'SV207 — non-covered charge',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  nonCoveredChargeAmount?: string;
}

/** 2410 drug identification on 837I (LIN02 is always N4). */
export class InstitutionalDrugIdentificationDto {
  @ApiProperty({ description: 'LIN03 (LIN02=N4) — 11-digit NDC', minLength: 1, maxLength: 48 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(48)
  nationalDrugCode: string;

  @ApiProperty({ description: 'CTP04 — drug quantity', maxLength: 15, pattern: '^\\d+(\\.\\d+)?$' })
  @IsDefined()
  @IsString()
  @MaxLength(15)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  nationalDrugUnitCount: string;

  @ApiProperty({ description: 'CTP05-1 — unit of the drug quantity', enum: [...DRUG_UNIT_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(DRUG_UNIT_CODES)
  measurementUnitCode: DrugUnitCode;

  @ApiPropertyOptional({ description: 'REF*XZ — prescription number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  pharmacyPrescriptionNumber?: string;

  @ApiPropertyOptional({ description: 'REF*VY — link sequence number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  linkSequenceNumber?: string;
}

/** 2430 line adjudication by another payer on 837I. */
export class InstitutionalLineAdjudicationInformationDto {
  @ApiProperty({
    description: 'SVD01 — other payer identifier (matches 2330B NM109)',
    minLength: 2,
    maxLength: 80,
  })
  @IsDefined()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  otherPayerPrimaryIdentifier: string;

  @ApiProperty({
    description: 'SVD02 — amount paid for the line',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  serviceLinePaidAmount: string;

  @ApiPropertyOptional({
    description: 'SVD03-1 — procedure code qualifier',
    enum: [...INSTITUTIONAL_PROCEDURE_IDENTIFIERS],
  })
  @IsOptional()
  @IsString()
  @IsIn(INSTITUTIONAL_PROCEDURE_IDENTIFIERS)
  productOrServiceIDQualifier?: InstitutionalProcedureIdentifier;

  @ApiPropertyOptional({ description: 'SVD03-2 — procedure code', minLength: 1, maxLength: 48 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(48)
  procedureCode?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'SVD03-3…6 — modifiers',
    minItems: 1,
    maxItems: 4,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(2, { each: true })
  procedureModifier?: string[];

  @ApiPropertyOptional({
    description: 'SVD03-7 — procedure description',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  procedureCodeDescription?: string;

  @ApiProperty({ description: 'SVD04 — revenue code', minLength: 1, maxLength: 48 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(48)
  serviceLineRevenueCode: string;

  @ApiProperty({
    description: 'SVD05 — paid units',
    pattern: '^\\d{1,8}(\\.\\d{1,3})?$',
    example: '1',
  })
  @IsDefined()
  @IsString()
  @IsDecimalString()
  paidServiceUnitCount: string;

  @ApiPropertyOptional({
    description: 'SVD06 — bundled or unbundled line number',
    pattern: '^\\d{1,6}$',
    maxLength: 6,
  })
  @IsOptional()
  @IsString()
  @IsDigits(1, 6)
  bundledLineNumber?: string;

  @ApiPropertyOptional({
    type: () => [InstitutionalClaimAdjustmentDto],
    description: '2430 CAS — line adjustments',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => InstitutionalClaimAdjustmentDto)
  lineAdjustment?: InstitutionalClaimAdjustmentDto[];

  @ApiProperty({
    description: '2430 DTP*573 — adjudication or payment date',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsDefined()
  @IsString()
  @IsX12Date()
  adjudicationOrPaymentDate: string;

  @ApiPropertyOptional({
    description: '2430 AMT*EAF — remaining patient liability',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  remainingPatientLiability?: string;
}

/** 2430 line adjudication, older single-object form. */
export class LineAdjustmentInformationDto {
  @ApiProperty({ description: 'SVD01 — other payer identifier', minLength: 2, maxLength: 80 })
  @IsDefined()
  @IsString()
  @MinLength(2)
  @MaxLength(80)
  otherPayerPrimaryIdentifier: string;

  @ApiProperty({
    description: 'SVD02 — amount paid for the line',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  serviceLinePaidAmount: string;

  @ApiProperty({
    description: 'SVD03-1 — procedure code qualifier',
    enum: [...INSTITUTIONAL_PROCEDURE_IDENTIFIERS],
  })
  @IsDefined()
  @IsString()
  @IsIn(INSTITUTIONAL_PROCEDURE_IDENTIFIERS)
  serviceIdQualifier: InstitutionalProcedureIdentifier;

  @ApiProperty({ description: 'SVD03-2 — procedure code', minLength: 1, maxLength: 48 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(48)
  procedureCode: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'SVD03-3…6 — modifiers',
    minItems: 1,
    maxItems: 4,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(2, { each: true })
  procedureModifiers?: string[];

  @ApiPropertyOptional({
    description: 'SVD03-7 — procedure description',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  procedureCodeDescription?: string;

  @ApiProperty({
    description: 'SVD05 — paid units',
    pattern: '^\\d{1,8}(\\.\\d{1,3})?$',
    example: '1',
  })
  @IsDefined()
  @IsString()
  @IsDecimalString()
  paidServiceUnitCount: string;

  @ApiPropertyOptional({
    description: 'SVD06 — bundled or unbundled line number',
    pattern: '^\\d{1,6}$',
    maxLength: 6,
  })
  @IsOptional()
  @IsString()
  @IsDigits(1, 6)
  bundledOrUnbundledLineNumber?: string;

  @ApiPropertyOptional({
    description: '2430 CAS — line adjustment',
    type: () => InstitutionalClaimAdjustmentDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalClaimAdjustmentDto)
  claimAdjustment?: InstitutionalClaimAdjustmentDto;

  @ApiProperty({
    description: '2430 DTP*573 — adjudication or payment date',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsDefined()
  @IsString()
  @IsX12Date()
  claimPaidDate: string;

  @ApiProperty({
    description: '2430 AMT*EAF — remaining patient liability',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  remainingPatientLiability: string;
}

/** 2400 REF line identifiers on 837I. */
export class InstitutionalServiceLineReferenceInformationDto {
  @ApiPropertyOptional({
    description: 'REF*6R — line item control number (Stedi alternative to lineItemControlNumber; must equal it when both are sent)',
    minLength: 1,
    maxLength: 30,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  providerControlNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*9B — repriced line item reference number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  repricedLineItemRefNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*9D — adjusted repriced line item reference number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  adjustedRepricedLineItemRefNumber?: string;
}

/**
 * 2400 PWK attachments in Stedi's other line-level place for them (folded into
 * serviceLineSupplementalInformations).
 */
export class InstitutionalLineSupplementInformationDto {
  @ApiPropertyOptional({
    description: '2400 PWK — single attachment',
    type: () => ReportInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReportInformationDto)
  reportInformation?: ReportInformationDto;

  @ApiPropertyOptional({
    type: () => [ReportInformationDto],
    description: '2400 PWK — attachments',
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ReportInformationDto)
  reportInformations?: ReportInformationDto[];
}

/** 837I line-level rendering (2420C NM1*82) or referring (2420D NM1*DN) provider. */
export class InstitutionalServiceLineProviderDto {
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
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1447563820',
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

  @ApiPropertyOptional({
    description: 'NM103 (NM102=1) — last name when a person',
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
    description: 'REF01 — secondary identifier qualifier; required with secondaryIdentifier',
    enum: [...PROVIDER_SECONDARY_ID_QUALIFIERS],
  })
  @RequiredIfPresent('secondaryIdentifier')
  @IsString()
  @IsIn(PROVIDER_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier;

  @ApiPropertyOptional({
    description: 'REF02 — secondary identifier; required with secondaryIdentificationQualifierCode',
    minLength: 1,
    maxLength: 50,
  })
  @RequiredIfPresent('secondaryIdentificationQualifierCode')
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  secondaryIdentifier?: string;

  @ApiPropertyOptional({
    type: () => [ReferenceIdentificationDto],
    description: 'REF — secondary identifiers',
    minItems: 1,
    maxItems: 20,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  referenceIdentification?: ReferenceIdentificationDto[];

  @ApiPropertyOptional({ description: 'N3/N4 — address', type: () => ClaimAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({ description: 'PER — contact', type: () => NamedContactInformationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NamedContactInformationDto)
  contactInformation?: NamedContactInformationDto;
}

/**
 * 2400 service line on 837I (LX, SV2, DTP*472, REF*6R …). LX01 is computed, never taken from the
 * request.
 */
export class InstitutionalServiceLineDto {
  @ApiPropertyOptional({
    description: 'LX01 — computed by the gateway; accepted for compatibility and ignored',
    pattern: '^\\d{1,6}$',
    maxLength: 6,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @IsDigits(1, 6)
  assignedNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*6R — line item control number, unique per claim (Stedi edit: at most 30 characters); assigned at intake when absent',
    minLength: 1,
    maxLength: 30,
    example: 'HX4N8R2T6W-1',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  @SameAsIfPresent('serviceLineReferenceInformation.providerControlNumber')
  lineItemControlNumber?: string;

  @ApiPropertyOptional({
    description: 'DTP*472 — service date (outpatient lines)',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  serviceDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*472 RD8 — service end date',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  serviceDateEnd?: string;

  @ApiProperty({ description: 'SV2 — the service', type: () => InstitutionalServiceDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalServiceDto)
  institutionalService: InstitutionalServiceDto;

  @ApiPropertyOptional({
    description: 'SV202-7 — line description (prefer institutionalService.description)',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  description?: string;

  @ApiPropertyOptional({
    description: '2400 AMT*GT — service tax',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  serviceTaxAmount?: string;

  @ApiPropertyOptional({
    description: '2400 AMT*N8 — facility tax',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  facilityTaxAmount?: string;

  @ApiPropertyOptional({ description: '2400 NTE — line note', minLength: 1, maxLength: 80 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  @ConflictsWith('thirdPartyOrganizationNotes')
  lineNoteText?: string;

  @ApiPropertyOptional({
    description: '2400 NTE*TPO — third party organization notes',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  thirdPartyOrganizationNotes?: string;

  @ApiPropertyOptional({
    description: '2410 — drug identification',
    type: () => InstitutionalDrugIdentificationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalDrugIdentificationDto)
  drugIdentification?: InstitutionalDrugIdentificationDto;

  @ApiPropertyOptional({
    description: '2400 REF — line identifiers',
    type: () => InstitutionalServiceLineReferenceInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalServiceLineReferenceInformationDto)
  serviceLineReferenceInformation?: InstitutionalServiceLineReferenceInformationDto;

  @ApiPropertyOptional({
    description: '2400 REF*9B — repriced line item reference number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  repricedLineItemReferenceNumber?: string;

  @ApiPropertyOptional({
    description: '2400 REF*9D — adjusted repriced line item reference number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  adjustedRepricedLineItemReferenceNumber?: string;

  @ApiPropertyOptional({
    description: '2400 HCP — line repricing',
    type: () => ClaimPricingInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimPricingInformationDto)
  lineRepricingInformation?: ClaimPricingInformationDto;

  @ApiPropertyOptional({
    description: '2400 PWK — single attachment (older form; merged into serviceLineSupplementalInformations)',
    type: () => ReportInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReportInformationDto)
  serviceLineSupplementalInformation?: ReportInformationDto;

  @ApiPropertyOptional({
    type: () => [ReportInformationDto],
    description: '2400 PWK — line attachments',
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ReportInformationDto)
  serviceLineSupplementalInformations?: ReportInformationDto[];

  @ApiPropertyOptional({
    description: '2400 PWK — attachments, Stedi\'s alternative place (merged into serviceLineSupplementalInformations)',
    type: () => InstitutionalLineSupplementInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalLineSupplementInformationDto)
  lineSupplementInformation?: InstitutionalLineSupplementInformationDto;

  @ApiPropertyOptional({
    type: () => [InstitutionalLineAdjudicationInformationDto],
    description: '2430 — adjudication by other payers',
    minItems: 1,
    maxItems: 15,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => InstitutionalLineAdjudicationInformationDto)
  lineAdjudicationInformation?: InstitutionalLineAdjudicationInformationDto[];

  @ApiPropertyOptional({
    description: '2430 — adjudication by another payer (older single-object form)',
    type: () => LineAdjustmentInformationDto,
    deprecated: true,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LineAdjustmentInformationDto)
  lineAdjustmentInformation?: LineAdjustmentInformationDto;

  @ApiPropertyOptional({
    description: '2420A NM1*72 — line operating physician',
    type: () => OperatingPhysicianDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OperatingPhysicianDto)
  operatingPhysician?: OperatingPhysicianDto;

  @ApiPropertyOptional({
    description: '2420B NM1*ZZ — line other operating physician',
    type: () => OperatingPhysicianDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OperatingPhysicianDto)
  otherOperatingPhysician?: OperatingPhysicianDto;

  @ApiPropertyOptional({
    description: '2420C NM1*82 — line rendering provider',
    type: () => InstitutionalServiceLineProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalServiceLineProviderDto)
  renderingProvider?: InstitutionalServiceLineProviderDto;

  @ApiPropertyOptional({
    description: '2420D NM1*DN — line referring provider',
    type: () => InstitutionalServiceLineProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalServiceLineProviderDto)
  referringProvider?: InstitutionalServiceLineProviderDto;
}

/** 2300 claim information on 837I with its 2400 service lines. */
@ApiExtraModels(
  OtherDiagnosisInformationDto,
  OtherProcedureInformationDto,
  OccurrenceSpanInformationDto,
  OccurrenceInformationDto,
  ValueInformationDto,
  InstitutionalConditionInformationDto,
)
export class InstitutionalClaimInformationDto {
  @ApiProperty({
    description: '2000B SBR09 — claim filing indicator',
    enum: [...CLAIM_FILING_CODES],
    example: 'CI',
  })
  @IsDefined()
  @IsString()
  @IsIn(CLAIM_FILING_CODES)
  claimFilingCode: ClaimFilingCode;

  @ApiProperty({
    description: 'CLM01 — patient control number (echoed in 277CA/835); unique and unguessable',
    minLength: 1,
    maxLength: 20,
    example: 'HX4N8R2T6W',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  patientControlNumber: string;

  @ApiProperty({
    description: 'CLM02 — total claim charge; must equal the sum of the line charges',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '450.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  claimChargeAmount: string;

  @ApiProperty({
    description: 'CLM05-1 (CLM05-2=A) — facility type code = first two digits of the type of bill (TOB 0131 → 13)',
    pattern: '^\\d{2}$',
    example: '13',
  })
  @IsDefined()
  @IsString()
  @MatchesPattern(/^\d{2}$/, 'two digits (the facility type code)')
  placeOfServiceCode: string;

  @ApiProperty({
    description: 'CLM05-3 — claim frequency, the third digit of the type of bill',
    pattern: '^[0-9A-Z]$',
    example: '1',
  })
  @IsDefined()
  @IsString()
  @MatchesPattern(/^[0-9A-Z]$/, 'one digit or capital letter')
  claimFrequencyCode: string;

  @ApiPropertyOptional({
    description: 'CLM06 — not used in 837I; accepted and ignored',
    enum: [...YES_NO],
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @IsIn(YES_NO)
  signatureIndicator?: YesNo;

  @ApiProperty({
    description: 'CLM07 — provider accepts assignment',
    enum: [...PLAN_PARTICIPATION_CODES],
    example: 'A',
  })
  @IsDefined()
  @IsString()
  @IsIn(PLAN_PARTICIPATION_CODES)
  planParticipationCode: PlanParticipationCode;

  @ApiProperty({
    description: 'CLM08 — benefits assignment certification',
    enum: [...BENEFITS_ASSIGNMENT_CODES],
    example: 'Y',
  })
  @IsDefined()
  @IsString()
  @IsIn(BENEFITS_ASSIGNMENT_CODES)
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode;

  @ApiProperty({
    description: 'CLM09 — release of information',
    enum: [...RELEASE_INFORMATION_CODES],
    example: 'Y',
  })
  @IsDefined()
  @IsString()
  @IsIn(RELEASE_INFORMATION_CODES)
  releaseInformationCode: ReleaseInformationCode;

  @ApiPropertyOptional({ description: 'CLM20 — delay reason', enum: [...DELAY_REASON_CODES] })
  @IsOptional()
  @IsString()
  @IsIn(DELAY_REASON_CODES)
  delayReasonCode?: DelayReasonCode;

  @ApiPropertyOptional({
    description: '2300 AMT*EAF — patient estimated amount due',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  patientEstimatedAmountDue?: string;

  @ApiPropertyOptional({
    description: '2010BA/2010CA REF*Y4 — property and casualty claim number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  propertyCasualtyClaimNumber?: string;

  @ApiPropertyOptional({ description: '2300 NTE*ADD — billing note', minLength: 1, maxLength: 80 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  billingNote?: string;

  @ApiPropertyOptional({ description: '2300 NTE — claim notes', type: () => ClaimNotesDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimNotesDto)
  claimNotes?: ClaimNotesDto;

  @ApiPropertyOptional({
    type: [String],
    description: '2300 K3 — file information',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  fileInformation?: string[];

  @ApiProperty({
    description: '2300 DTP — statement period and admission/discharge',
    type: () => InstitutionalClaimDateInformationDto,
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalClaimDateInformationDto)
  claimDateInformation: InstitutionalClaimDateInformationDto;

  @ApiProperty({
    description: '2300 CL1 — admission type, source and patient status',
    type: () => ClaimCodeInformationDto,
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimCodeInformationDto)
  claimCodeInformation: ClaimCodeInformationDto;

  @ApiPropertyOptional({
    description: '2300 CN1 — contract information',
    type: () => ContractInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContractInformationDto)
  claimContractInformation?: ContractInformationDto;

  @ApiPropertyOptional({
    description: '2300 HCP — repricing (repricers only)',
    type: () => ClaimPricingInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimPricingInformationDto)
  claimPricingInformation?: ClaimPricingInformationDto;

  @ApiPropertyOptional({
    description: '2300 REF/PWK — claim identifiers and attachments',
    type: () => InstitutionalClaimSupplementalInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalClaimSupplementalInformationDto)
  claimSupplementalInformation?: InstitutionalClaimSupplementalInformationDto;

  @ApiProperty({
    description: '2300 HI*ABK — principal diagnosis',
    type: () => PrincipalDiagnosisDto,
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => PrincipalDiagnosisDto)
  principalDiagnosis: PrincipalDiagnosisDto;

  @ApiPropertyOptional({
    description: '2300 HI*ABJ — admitting diagnosis (inpatient)',
    type: () => AdmittingDiagnosisDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AdmittingDiagnosisDto)
  admittingDiagnosis?: AdmittingDiagnosisDto;

  @ApiPropertyOptional({
    type: () => [PatientReasonForVisitDto],
    description: '2300 HI*APR — patient reasons for visit',
    minItems: 1,
    maxItems: 3,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => PatientReasonForVisitDto)
  patientReasonForVisits?: PatientReasonForVisitDto[];

  @ApiPropertyOptional({
    type: () => [ExternalCauseOfInjuryDto],
    description: '2300 HI*ABN — external causes of injury',
    minItems: 1,
    maxItems: 12,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ExternalCauseOfInjuryDto)
  externalCauseOfInjuries?: ExternalCauseOfInjuryDto[];

  @ApiPropertyOptional({
    type: 'array',
    minItems: 1,
    maxItems: 2,
    items: { type: 'array', minItems: 1, maxItems: 12, items: { $ref: getSchemaPath(OtherDiagnosisInformationDto) } },
    description: '2300 HI*ABF — other diagnoses; each inner array (≤12) becomes one HI segment',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @EachIsArray()
  @EachArrayMinSize(1)
  @EachArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => OtherDiagnosisInformationDto)
  otherDiagnosisInformationList?: OtherDiagnosisInformationDto[][];

  @ApiPropertyOptional({
    description: '2300 HI*BBR — principal procedure (inpatient)',
    type: () => PrincipalProcedureInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PrincipalProcedureInformationDto)
  principalProcedureInformation?: PrincipalProcedureInformationDto;

  @ApiPropertyOptional({
    type: 'array',
    minItems: 1,
    maxItems: 2,
    items: { type: 'array', minItems: 1, maxItems: 12, items: { $ref: getSchemaPath(OtherProcedureInformationDto) } },
    description: '2300 HI*BBQ — other procedures; each inner array (≤12) becomes one HI segment',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @EachIsArray()
  @EachArrayMinSize(1)
  @EachArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => OtherProcedureInformationDto)
  otherProcedureInformationList?: OtherProcedureInformationDto[][];

  @ApiPropertyOptional({
    type: 'array',
    minItems: 1,
    maxItems: 2,
    items: { type: 'array', minItems: 1, maxItems: 12, items: { $ref: getSchemaPath(OccurrenceSpanInformationDto) } },
    description: '2300 HI*BI — occurrence spans; each inner array (≤12) becomes one HI segment',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @EachIsArray()
  @EachArrayMinSize(1)
  @EachArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => OccurrenceSpanInformationDto)
  occurrenceSpanInformations?: OccurrenceSpanInformationDto[][];

  @ApiPropertyOptional({
    type: 'array',
    minItems: 1,
    maxItems: 2,
    items: { type: 'array', minItems: 1, maxItems: 12, items: { $ref: getSchemaPath(OccurrenceInformationDto) } },
    description: '2300 HI*BH — occurrence codes; each inner array (≤12) becomes one HI segment',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @EachIsArray()
  @EachArrayMinSize(1)
  @EachArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => OccurrenceInformationDto)
  occurrenceInformationList?: OccurrenceInformationDto[][];

  @ApiPropertyOptional({
    type: 'array',
    minItems: 1,
    maxItems: 2,
    items: { type: 'array', minItems: 1, maxItems: 12, items: { $ref: getSchemaPath(ValueInformationDto) } },
    description: '2300 HI*BE — value codes; each inner array (≤12) becomes one HI segment',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @EachIsArray()
  @EachArrayMinSize(1)
  @EachArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => ValueInformationDto)
  valueInformationList?: ValueInformationDto[][];

  @ApiPropertyOptional({
    type: 'array',
    minItems: 1,
    maxItems: 2,
    items: { type: 'array', minItems: 1, maxItems: 12, items: { $ref: getSchemaPath(InstitutionalConditionInformationDto) } },
    description: '2300 HI*BG — condition codes; each inner array (≤12) becomes one HI segment',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @EachIsArray()
  @EachArrayMinSize(1)
  @EachArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => InstitutionalConditionInformationDto)
  conditionCodesList?: InstitutionalConditionInformationDto[][];

  @ApiPropertyOptional({
    type: 'array',
    minItems: 1,
    maxItems: 2,
    items: { type: 'array', minItems: 1, maxItems: 12, items: { type: 'string', minLength: 1, maxLength: 30 } },
    description: '2300 HI*TC — home health treatment codes; each inner array (≤12) becomes one HI segment',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @EachIsArray()
  @EachArrayMinSize(1)
  @EachArrayMaxSize(12)
  @EachInnerIsString()
  @EachInnerMaxLength(30)
  treatmentCodeInformationList?: string[][];

  @ApiPropertyOptional({
    description: '2300 HI*DR — diagnosis related group',
    type: () => DiagnosisRelatedGroupInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DiagnosisRelatedGroupInformationDto)
  diagnosisRelatedGroupInformation?: DiagnosisRelatedGroupInformationDto;

  @ApiPropertyOptional({ description: '2300 CRC*ZZ — EPSDT referral', type: () => EpsdtReferralDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EpsdtReferralDto)
  epsdtReferral?: EpsdtReferralDto;

  @ApiPropertyOptional({
    description: '2310E NM1*77 — service facility location',
    type: () => InstitutionalServiceFacilityLocationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalServiceFacilityLocationDto)
  serviceFacilityLocation?: InstitutionalServiceFacilityLocationDto;

  @ApiPropertyOptional({
    description: '2320 — other payer (coordination of benefits); a single object on 837I',
    type: () => InstitutionalOtherSubscriberInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalOtherSubscriberInformationDto)
  otherSubscriberInformation?: InstitutionalOtherSubscriberInformationDto;

  @ApiProperty({
    type: () => [InstitutionalServiceLineDto],
    description: '2400 — service lines (LX01 at most 999)',
    minItems: 1,
    maxItems: 999,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(999)
  @ValidateNested({ each: true })
  @Type(() => InstitutionalServiceLineDto)
  serviceLines: InstitutionalServiceLineDto[];
}

/**
 * Institutional claim (837I, 005010X223A2) request body: the CHC/Optum Institutional Claims v1
 * shape, also accepted by Stedi.
 */
export class InstitutionalClaimDto {
  @ApiPropertyOptional({
    description: 'ST02 — Optum transaction control number, 9 digits; accepted, the gateway assigns its own from the ledger',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '000000002',
  })
  @IsOptional()
  @IsString()
  @IsDigits(9)
  controlNumber?: string;

  @ApiProperty({
    description: '2010BB NM109 (NM108=PI) — payer ID; keep leading zeros',
    minLength: 1,
    maxLength: 80,
    example: '99999',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  tradingPartnerServiceId: string;

  @ApiPropertyOptional({
    description: '2010BB NM103 — payer name',
    minLength: 1,
    maxLength: 60,
    example: 'EXAMPLE HEALTH PLAN',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  tradingPartnerName?: string;

  @ApiPropertyOptional({
    description: '2010BB REF — payer secondary identifiers',
    type: () => TradingPartnerSecondaryIdentifiersDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TradingPartnerSecondaryIdentifiersDto)
  tradingPartnerSecondaryIdentifiers?: TradingPartnerSecondaryIdentifiersDto;

  @ApiPropertyOptional({
    description: 'ISA15 — T test, P production; defaults to P',
    enum: [...USAGE_INDICATORS],
    example: 'T',
  })
  @IsOptional()
  @IsString()
  @IsIn(USAGE_INDICATORS)
  usageIndicator?: UsageIndicator;

  @ApiPropertyOptional({
    description: 'BHT06 — CH chargeable, RP reporting, 31 subrogation demand; defaults to CH',
    enum: [...CLAIM_IDENTIFIERS],
  })
  @IsOptional()
  @IsString()
  @IsIn(CLAIM_IDENTIFIERS)
  claimIdentifier?: ClaimIdentifier;

  @ApiProperty({ description: '1000A — submitter', type: () => InstitutionalSubmitterDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalSubmitterDto)
  submitter: InstitutionalSubmitterDto;

  @ApiProperty({ description: '1000B — receiver', type: () => InstitutionalReceiverDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalReceiverDto)
  receiver: InstitutionalReceiverDto;

  @ApiProperty({ description: '2000B/2010BA — subscriber', type: () => InstitutionalSubscriberDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalSubscriberDto)
  subscriber: InstitutionalSubscriberDto;

  @ApiPropertyOptional({
    description: '2000C/2010CA — patient, only when not the subscriber',
    type: () => DependentDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DependentDto)
  dependent?: DependentDto;

  @ApiPropertyOptional({
    description: '2010AA — billing provider; required unless a providers[] item has providerType BillingProvider',
    type: () => InstitutionalBillingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalBillingProviderDto)
  billing?: InstitutionalBillingProviderDto;

  @ApiPropertyOptional({
    description: '2310A — attending provider',
    type: () => AttendingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AttendingProviderDto)
  attending?: AttendingProviderDto;

  @ApiPropertyOptional({
    description: '2310B NM1*72 — operating physician',
    type: () => OperatingPhysicianDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OperatingPhysicianDto)
  operatingPhysician?: OperatingPhysicianDto;

  @ApiPropertyOptional({
    description: '2310C NM1*ZZ — other operating physician',
    type: () => OperatingPhysicianDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OperatingPhysicianDto)
  otherOperatingPhysician?: OperatingPhysicianDto;

  @ApiPropertyOptional({
    description: '2310D — rendering provider',
    type: () => InstitutionalRenderingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalRenderingProviderDto)
  rendering?: InstitutionalRenderingProviderDto;

  @ApiPropertyOptional({
    description: '2310F — referring provider',
    type: () => InstitutionalReferringProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalReferringProviderDto)
  referring?: InstitutionalReferringProviderDto;

  @ApiPropertyOptional({
    type: () => [InstitutionalProvidersItemDto],
    description: 'Legacy provider list (one item per providerType); overrides the dedicated billing/attending/referring/rendering objects',
    minItems: 1,
    maxItems: 4,
    deprecated: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => InstitutionalProvidersItemDto)
  providers?: InstitutionalProvidersItemDto[];

  @ApiPropertyOptional({
    description: '2010AB NM1*87 — pay-to address',
    type: () => PayToAddressNameDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PayToAddressNameDto)
  billingPayToAddressName?: PayToAddressNameDto;

  @ApiPropertyOptional({ description: '2010AC NM1*PE — pay-to plan', type: () => PayToPlanNameDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PayToPlanNameDto)
  billingPayToPlanName?: PayToPlanNameDto;

  @ApiPropertyOptional({ description: '2010BB N3/N4 — payer address', type: () => ClaimAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  payerAddress?: ClaimAddressDto;

  @ApiProperty({
    description: '2300/2400 — the claim and its service lines',
    type: () => InstitutionalClaimInformationDto,
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => InstitutionalClaimInformationDto)
  claimInformation: InstitutionalClaimInformationDto;
}
