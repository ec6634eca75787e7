// Request body of a dental claim (837D, 005010X224A2) in Stedi's dental claims shape, a sibling of
// the professional body: tooth status (DN2), orthodontics (DN1), SV3 services with TOO teeth, and
// the assistant surgeon.

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ATTACHMENT_TRANSMISSION_CODES,
  BENEFITS_ASSIGNMENT_CODES,
  CLAIM_FILING_CODES,
  CLAIM_IDENTIFIERS,
  DELAY_REASON_CODES,
  DENTAL_ATTACHMENT_REPORT_TYPE_CODES,
  DENTAL_CONTRACT_TYPE_CODES,
  DENTAL_DIAGNOSIS_TYPE_CODES,
  DENTAL_LINE_ADJUDICATION_QUALIFIERS,
  DENTAL_PLAN_PARTICIPATION_CODES,
  DENTAL_SPECIAL_PROGRAM_CODES,
  ENTITY_TYPE_QUALIFIERS,
  INDIVIDUAL_RELATIONSHIP_CODES,
  INSURANCE_TYPE_CODES,
  OTHER_INSURED_ID_QUALIFIERS,
  PAYER_ID_QUALIFIERS,
  PAYMENT_RESPONSIBILITY_LEVEL_CODES,
  PLACE_OF_SERVICE_CODES,
  POLICY_COMPLIANCE_CODES,
  PRICING_METHODOLOGY_CODES,
  PROFESSIONAL_CLAIM_FREQUENCY_CODES,
  PROSTHESIS_CROWN_OR_INLAY_CODES,
  RELATED_CAUSES_CODES,
  RELEASE_INFORMATION_CODES,
  REPRICING_EXCEPTION_CODES,
  REPRICING_REJECT_REASON_CODES,
  SERVICE_AUTHORIZATION_EXCEPTION_CODES,
  TOOTH_STATUS_CODES,
  TOOTH_SURFACE_CODES,
  USAGE_INDICATORS,
  YES_NO,
  type AttachmentTransmissionCode,
  type BenefitsAssignmentCode,
  type ClaimFilingCode,
  type ClaimIdentifier,
  type DelayReasonCode,
  type DentalAttachmentReportTypeCode,
  type DentalContractTypeCode,
  type DentalDiagnosisTypeCode,
  type DentalLineAdjudicationQualifier,
  type DentalPlanParticipationCode,
  type DentalSpecialProgramCode,
  type EntityTypeQualifier,
  type IndividualRelationshipCode,
  type InsuranceTypeCode,
  type OtherInsuredIdQualifier,
  type PayerIdQualifier,
  type PaymentResponsibilityLevelCode,
  type PlaceOfServiceCode,
  type PolicyComplianceCode,
  type PricingMethodologyCode,
  type ProfessionalClaimFrequencyCode,
  type ProsthesisCrownOrInlayCode,
  type RelatedCausesCode,
  type ReleaseInformationCode,
  type RepricingExceptionCode,
  type RepricingRejectReasonCode,
  type ServiceAuthorizationExceptionCode,
  type ToothStatusCode,
  type ToothSurfaceCode,
  type UsageIndicator,
  type YesNo,
} from '../claim.types';
import {
  BillingProviderDto,
  ClaimAddressDto,
  ClaimAdjustmentDto,
  ClaimPricingRepricingInformationDto,
  ContactInformationDto,
  DentalClaimProviderDto,
  DependentDto,
  MedicareOutpatientAdjudicationDto,
  OtherPayerBillingProviderDto,
  OtherPayerReferringProviderDto,
  OtherPayerRenderingProviderDto,
  OtherPayerServiceFacilityLocationDto,
  OtherPayerSupervisingProviderDto,
  PayToPlanDto,
  PriorAuthorizationDto,
  ReceiverDto,
  ReferenceIdentificationDto,
  ReferringProviderDto,
  RenderingProviderDto,
  ServiceFacilityLocationDto,
  SubmitterDto,
  SubscriberDto,
  SupervisingProviderDto,
  TradingPartnerSecondaryIdentifiersDto,
} from './common.dto';
import {
  ConflictsWith,
  IsAmount,
  IsDecimalString,
  IsDigits,
  IsX12Date,
  IsX12DateOrRange,
  MatchesPattern,
} from './validators';

/** 2310D assistant surgeon on 837D (NM1*DD, PRV*AS). */
export class AssistantSurgeonDto {
  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiProperty({ description: 'NM103 — last name', minLength: 1, maxLength: 60 })
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

  @ApiProperty({
    description: 'PRV03 (PRV01=AS, PRV02=PXC) — taxonomy',
    pattern: '^[A-Za-z0-9]{10}$',
  })
  @IsDefined()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode: string;

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

  @ApiPropertyOptional({ description: 'N3/N4 — address', type: () => ClaimAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({ description: 'PER — contact', type: () => ContactInformationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInformationDto)
  contactInformation?: ContactInformationDto;
}

/** 2300 DTP claim dates on 837D. */
export class DentalClaimDateInformationDto {
  @ApiPropertyOptional({
    description: 'DTP*472 — service date CCYYMMDD, or a range CCYYMMDD-CCYYMMDD (RD8)',
    pattern: '^\\d{8}(-\\d{8})?$',
    example: '20250310-20250312',
  })
  @IsOptional()
  @IsString()
  @IsX12DateOrRange()
  serviceDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*439 — accident',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  accidentDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*452 — orthodontic appliance placement',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  appliancePlacementDate?: string;

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

/** PWK attachment reference on 837D. */
export class DentalReportInformationDto {
  @ApiProperty({
    description: 'PWK01 — attachment report type',
    enum: [...DENTAL_ATTACHMENT_REPORT_TYPE_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(DENTAL_ATTACHMENT_REPORT_TYPE_CODES)
  attachmentReportTypeCode: DentalAttachmentReportTypeCode;

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

/** 2300 REF claim identifiers and PWK attachments on 837D. */
export class DentalClaimSupplementalInformationDto {
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

  @ApiPropertyOptional({
    description: 'REF*G3 — predetermination of benefits identifier',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  predeterminationOfBenefitsIdentifier?: string;

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
  adjustedRepricedClaimNumber?: string;

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
    type: () => DentalReportInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalReportInformationDto)
  reportInformation?: DentalReportInformationDto;

  @ApiPropertyOptional({
    type: () => [DentalReportInformationDto],
    description: 'PWK — attachments',
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => DentalReportInformationDto)
  reportInformations?: DentalReportInformationDto[];
}

/** One 2300 HI diagnosis on 837D. */
export class DentalHealthCareCodeInformationDto {
  @ApiProperty({
    description: 'HI0n-1 — ABK principal, ABF other, TQ',
    enum: [...DENTAL_DIAGNOSIS_TYPE_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(DENTAL_DIAGNOSIS_TYPE_CODES)
  diagnosisTypeCode: DentalDiagnosisTypeCode;

  @ApiProperty({
    description: 'HI0n-2 — diagnosis code without the dot',
    maxLength: 30,
    pattern: '^[A-Za-z0-9]+$',
  })
  @IsDefined()
  @IsString()
  @MaxLength(30)
  @MatchesPattern(/^[A-Za-z0-9]+$/, 'letters and digits only (ICD codes go without the dot)')
  diagnosisCode: string;
}

/** 2300 DN1 orthodontic treatment (JSON numbers for the month counts). */
export class OrthodonticTotalMonthsOfTreatmentDto {
  @ApiPropertyOptional({
    description: 'DN101 — total months of treatment',
    type: 'integer',
    minimum: 0,
    maximum: 999,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999)
  monthsCount?: number;

  @ApiPropertyOptional({
    description: 'DN102 — months of treatment remaining',
    type: 'integer',
    minimum: 0,
    maximum: 999,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(999)
  monthsRemaining?: number;

  @ApiPropertyOptional({
    description: 'DN104 — Y when the treatment is for orthodontics',
    enum: ['Y'],
  })
  @IsOptional()
  @IsString()
  @IsIn(['Y'])
  treatmentIndicator?: 'Y';
}

/** 2300 DN2 tooth status. */
export class ToothStatusDto {
  @ApiProperty({
    description: 'DN201 — tooth number (universal national tooth designation)',
    minLength: 1,
    maxLength: 50,
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  toothNumber: string;

  @ApiProperty({ description: 'DN202 — E to be extracted, M missing', enum: [...TOOTH_STATUS_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(TOOTH_STATUS_CODES)
  toothStatusCode: ToothStatusCode;
}

/** CN1 contract information on 837D. */
export class DentalContractInformationDto {
  @ApiProperty({ description: 'CN101 — contract type', enum: [...DENTAL_CONTRACT_TYPE_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(DENTAL_CONTRACT_TYPE_CODES)
  contractTypeCode: DentalContractTypeCode;

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

/** 2330A other subscriber on 837D. */
export class DentalOtherSubscriberNameDto {
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
  otherInsuredNameSuffix?: string;

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

  @ApiPropertyOptional({ description: '2330A N3/N4 — address', type: () => ClaimAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  otherInsuredAddress?: ClaimAddressDto;

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
  otherInsuredAdditionalIdentifiers?: string[];
}

/** 2330B other payer on 837D. */
export class DentalOtherPayerNameDto {
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

  @ApiPropertyOptional({
    description: '2330B REF*G3 — predetermination of benefits identifier',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  otherPayerPredeterminationIdentification?: string;
}

/** 2330H other payer assistant surgeon identifiers (837D). */
export class OtherPayerAssistantSurgeonDto {
  @ApiProperty({ description: 'NM102 — 1 person, 2 non-person', enum: [...ENTITY_TYPE_QUALIFIERS] })
  @IsDefined()
  @IsString()
  @IsIn(ENTITY_TYPE_QUALIFIERS)
  entityTypeQualifier: EntityTypeQualifier;

  @ApiProperty({
    type: () => [ReferenceIdentificationDto],
    description: 'REF — identifiers',
    minItems: 1,
    maxItems: 3,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => ReferenceIdentificationDto)
  otherPayerAssistantSurgeonIdentifier: ReferenceIdentificationDto[];
}

/** 2320 other subscriber information (coordination of benefits) on 837D. */
export class DentalOtherSubscriberInformationDto {
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

  @ApiPropertyOptional({
    description: '2320 SBR09 — claim filing indicator',
    enum: [...CLAIM_FILING_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(CLAIM_FILING_CODES)
  claimFilingIndicatorCode?: ClaimFilingCode;

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

  @ApiProperty({ description: '2330A — other subscriber', type: () => DentalOtherSubscriberNameDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalOtherSubscriberNameDto)
  otherSubscriberName: DentalOtherSubscriberNameDto;

  @ApiProperty({ description: '2330B — other payer', type: () => DentalOtherPayerNameDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalOtherPayerNameDto)
  otherPayerName: DentalOtherPayerNameDto;

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

  @ApiPropertyOptional({
    description: '2330H — other payer assistant surgeon',
    type: () => OtherPayerAssistantSurgeonDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OtherPayerAssistantSurgeonDto)
  otherPayerAssistantSurgeon?: OtherPayerAssistantSurgeonDto;
}

/** SV311 diagnosis code pointers on 837D. */
export class DentalCompositeDiagnosisCodePointersDto {
  @ApiProperty({
    type: [String],
    description: 'SV311-1…4 — 1-based pointers into healthCareCodeInformation, as strings "1"–"4"',
    minItems: 1,
    maxItems: 4,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MatchesPattern(/^[1-4]$/, 'a diagnosis pointer from "1" to "4"', { each: true })
  diagnosisCodePointers: string[];
}

/** 2400 SV3 dental service. */
export class DentalServiceDto {
  @ApiProperty({
    description: 'SV301-2 (SV301-1=AD) — CDT procedure code',
    pattern: '^D\\d{4}$',
    example: 'D2740',
  })
  @IsDefined()
  @IsString()
  @MatchesPattern(/^D\d{4}$/, 'a CDT code (D followed by 4 digits)')
  procedureCode: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'SV301-3…6 — up to four 2-character modifiers',
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

  @ApiPropertyOptional({ description: 'SV301-7 — description', minLength: 1, maxLength: 80 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  description?: string;

  @ApiProperty({
    description: 'SV302 — line charge',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '1200.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  lineItemChargeAmount: string;

  @ApiPropertyOptional({
    description: 'SV303 — place of service, only when it differs from CLM05-1',
    enum: [...PLACE_OF_SERVICE_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(PLACE_OF_SERVICE_CODES)
  placeOfServiceCode?: PlaceOfServiceCode;

  @ApiPropertyOptional({
    type: [String],
    description: 'SV304-1…5 — oral cavity designation codes (00, 01, 02, 09, 10, 20, 30, 40)',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(3, { each: true })
  oralCavityDesignation?: string[];

  @ApiPropertyOptional({
    description: 'SV305 — I initial placement, R replacement',
    enum: [...PROSTHESIS_CROWN_OR_INLAY_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(PROSTHESIS_CROWN_OR_INLAY_CODES)
  prosthesisCrownOrInlayCode?: ProsthesisCrownOrInlayCode;

  @ApiPropertyOptional({
    description: 'SV306 — procedure count (a JSON number)',
    type: 'integer',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  procedureCount?: number;

  @ApiPropertyOptional({
    description: 'SV311 — diagnosis pointers',
    type: () => DentalCompositeDiagnosisCodePointersDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalCompositeDiagnosisCodePointersDto)
  compositeDiagnosisCodePointers?: DentalCompositeDiagnosisCodePointersDto;
}

/** 2400 TOO tooth information (TOO01=JP). */
export class ToothInformationDto {
  @ApiProperty({
    description: 'TOO02 — tooth number (universal national tooth designation)',
    minLength: 1,
    maxLength: 30,
    example: '3',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  toothCode: string;

  @ApiPropertyOptional({
    isArray: true,
    enum: [...TOOTH_SURFACE_CODES],
    description: 'TOO03-1…5 — tooth surfaces',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @IsIn(TOOTH_SURFACE_CODES, { each: true })
  toothSurfaceCodes?: (ToothSurfaceCode)[];
}

/** 2400 DTP line dates on 837D. */
export class DentalServiceLineDateInformationDto {
  @ApiPropertyOptional({
    description: 'DTP*441 — prior placement',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  priorPlacementDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*441 — estimated prior placement',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  estimatedPriorPlacementDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*452 — appliance placement',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  applianceDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*446 — replacement',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  replacementDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*196 — treatment start',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  treatmentStartDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*198 — treatment completion',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  treatmentCompletionDate?: string;
}

/** REF*G3 line-level predetermination of benefits. */
export class PredeterminationOfBenefitsDto {
  @ApiProperty({
    description: 'REF02 (REF01=G3) — predetermination identifier',
    minLength: 1,
    maxLength: 50,
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  predeterminationOfBenefits: string;

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

/** 2400 REF line identifiers on 837D. */
export class DentalServiceLineReferenceInformationDto {
  @ApiPropertyOptional({
    type: () => [PredeterminationOfBenefitsDto],
    description: 'REF*G3 — predeterminations of benefits',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => PredeterminationOfBenefitsDto)
  predeterminationOfBenefits?: PredeterminationOfBenefitsDto[];

  @ApiPropertyOptional({
    type: () => [PriorAuthorizationDto],
    description: 'REF*G1 — prior authorizations',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => PriorAuthorizationDto)
  priorAuthorization?: PriorAuthorizationDto[];

  @ApiPropertyOptional({
    type: [String],
    description: 'REF*9F — referral numbers',
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
  referralNumber?: string[];

  @ApiPropertyOptional({
    description: 'REF*9B — repriced line item reference number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  repricedLineItemReferenceNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*9D — adjusted repriced line item reference number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  adjustedRepricedLineItemReferenceNumber?: string;
}

/** 2420A line rendering provider on 837D (NM1*82, PRV*PE). */
export class DentalServiceLineRenderingProviderDto {
  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
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

  @ApiProperty({ description: 'PRV03 (PRV02=PXC) — taxonomy', pattern: '^[A-Za-z0-9]{10}$' })
  @IsDefined()
  @IsString()
  @MatchesPattern(/^[A-Za-z0-9]{10}$/, 'a 10-character provider taxonomy code (letters and digits)')
  taxonomyCode: string;

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
}

/** 2420B line assistant surgeon on 837D (NM1*DD). */
export class DentalServiceLineAssistantSurgeonDto {
  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
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

  @ApiPropertyOptional({ description: 'PRV03 (PRV02=PXC) — taxonomy', pattern: '^[A-Za-z0-9]{10}$' })
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
}

/** 2420C line supervising provider on 837D (NM1*DQ). */
export class DentalServiceLineSupervisingProviderDto {
  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
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

  @ApiPropertyOptional({ description: 'PRV03 (PRV02=PXC) — taxonomy', pattern: '^[A-Za-z0-9]{10}$' })
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
}

/** 2420D line service facility on 837D (NM1*77). */
export class DentalServiceLineServiceFacilityLocationDto {
  @ApiProperty({ description: 'NM103 — facility name', minLength: 1, maxLength: 60 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  organizationName: string;

  @ApiPropertyOptional({
    description: 'NM109 (NM108=XX) — NPI, 10 digits',
    pattern: '^\\d{10}$',
    maxLength: 10,
    example: '1558374629',
  })
  @IsOptional()
  @IsString()
  @IsDigits(10)
  npi?: string;

  @ApiPropertyOptional({ description: 'N3/N4 — facility address', type: () => ClaimAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  address?: ClaimAddressDto;

  @ApiPropertyOptional({ description: 'REF*G2 — payer-assigned number', minLength: 1, maxLength: 50 })
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
}

/** 2400 HCP line repricing on 837D (repricers only). */
export class DentalServiceLinePricingRepricingInformationDto {
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
    description: 'HCP05 — per diem or flat rate amount',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  repricingPerDiemOrFlatRateAmount?: string;

  @ApiPropertyOptional({ description: 'HCP09 — AD (ADA/CDT)', enum: ['AD'] })
  @IsOptional()
  @IsString()
  @IsIn(['AD'])
  serviceIdQualifier?: 'AD';

  @ApiPropertyOptional({
    description: 'HCP10 — approved procedure code',
    minLength: 1,
    maxLength: 48,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(48)
  repricedApprovedHCPCSCode?: string;

  @ApiPropertyOptional({ description: 'HCP11 — UN units', enum: ['UN'] })
  @IsOptional()
  @IsString()
  @IsIn(['UN'])
  measurementUnitCode?: 'UN';

  @ApiPropertyOptional({
    description: 'HCP12 — approved units (a JSON number)',
    type: Number,
    minimum: 0,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  repricedApprovedServiceUnitCount?: number;

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

/** 2430 line adjudication by another payer on 837D. */
export class DentalLineAdjudicationInformationDto {
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

  @ApiProperty({ description: 'SVD03-1 — AD or ER', enum: [...DENTAL_LINE_ADJUDICATION_QUALIFIERS] })
  @IsDefined()
  @IsString()
  @IsIn(DENTAL_LINE_ADJUDICATION_QUALIFIERS)
  serviceIdQualifier: DentalLineAdjudicationQualifier;

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
    type: () => [ClaimAdjustmentDto],
    description: '2430 CAS — line adjustments',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ClaimAdjustmentDto)
  claimAdjustmentInformation?: ClaimAdjustmentDto[];

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

/** 2400 service line on 837D (LX, SV3, TOO, DTP, REF*6R …). */
export class DentalServiceLineDto {
  @ApiPropertyOptional({
    description: 'DTP*472 — line service date, when it differs from the claim service date',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  serviceDate?: string;

  @ApiPropertyOptional({
    description: 'REF*6R — line item control number, unique per claim; echoed as lineItemControlNumber in 277CA/835; assigned at intake when absent',
    minLength: 1,
    maxLength: 30,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  providerControlNumber?: string;

  @ApiProperty({ description: 'SV3 — the service', type: () => DentalServiceDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalServiceDto)
  dentalService: DentalServiceDto;

  @ApiPropertyOptional({
    type: () => [ToothInformationDto],
    description: '2400 TOO — teeth and surfaces',
    minItems: 1,
    maxItems: 32,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(32)
  @ValidateNested({ each: true })
  @Type(() => ToothInformationDto)
  teethInformation?: ToothInformationDto[];

  @ApiPropertyOptional({
    description: '2400 DTP — line dates',
    type: () => DentalServiceLineDateInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalServiceLineDateInformationDto)
  serviceLineDateInformation?: DentalServiceLineDateInformationDto;

  @ApiPropertyOptional({
    description: '2400 REF — line identifiers',
    type: () => DentalServiceLineReferenceInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalServiceLineReferenceInformationDto)
  serviceLineReferenceInformation?: DentalServiceLineReferenceInformationDto;

  @ApiPropertyOptional({
    description: '2420A NM1*82 — line rendering provider',
    type: () => DentalServiceLineRenderingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalServiceLineRenderingProviderDto)
  renderingProvider?: DentalServiceLineRenderingProviderDto;

  @ApiPropertyOptional({
    description: '2420B NM1*DD — line assistant surgeon',
    type: () => DentalServiceLineAssistantSurgeonDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalServiceLineAssistantSurgeonDto)
  assistantSurgeon?: DentalServiceLineAssistantSurgeonDto;

  @ApiPropertyOptional({
    description: '2420C NM1*DQ — line supervising provider',
    type: () => DentalServiceLineSupervisingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalServiceLineSupervisingProviderDto)
  supervisingProvider?: DentalServiceLineSupervisingProviderDto;

  @ApiPropertyOptional({
    description: '2420D NM1*77 — line service facility',
    type: () => DentalServiceLineServiceFacilityLocationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalServiceLineServiceFacilityLocationDto)
  serviceFacilityLocation?: DentalServiceLineServiceFacilityLocationDto;

  @ApiPropertyOptional({
    description: '2400 CN1 — line contract information',
    type: () => DentalContractInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalContractInformationDto)
  contractInformation?: DentalContractInformationDto;

  @ApiPropertyOptional({
    description: '2400 HCP — line repricing',
    type: () => DentalServiceLinePricingRepricingInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalServiceLinePricingRepricingInformationDto)
  linePricingRepricingInformation?: DentalServiceLinePricingRepricingInformationDto;

  @ApiPropertyOptional({
    type: () => [DentalLineAdjudicationInformationDto],
    description: '2430 — adjudication by other payers',
    minItems: 1,
    maxItems: 15,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => DentalLineAdjudicationInformationDto)
  lineAdjudicationInformation?: DentalLineAdjudicationInformationDto[];

  @ApiPropertyOptional({
    description: '2400 AMT*T — sales tax',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  salesTaxAmount?: string;

  @ApiPropertyOptional({
    description: '2400 AMT*F4 — postage claimed',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  postageTaxAmount?: string;

  @ApiPropertyOptional({
    type: [String],
    description: '2400 K3 — file information',
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
}

/** 2300 claim information on 837D with its 2400 service lines. */
export class DentalClaimInformationDto {
  @ApiPropertyOptional({
    description: '2000B SBR09 — claim filing indicator (optional on 837D)',
    enum: [...CLAIM_FILING_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(CLAIM_FILING_CODES)
  claimFilingCode?: ClaimFilingCode;

  @ApiProperty({
    description: 'CLM01 — patient control number (echoed in 277CA/835); unique and unguessable',
    minLength: 1,
    maxLength: 20,
    example: 'DNT5K8P2Q7',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  patientControlNumber: string;

  @ApiProperty({
    description: 'CLM02 — total claim charge; must equal the sum of the line charges',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '1200.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  claimChargeAmount: string;

  @ApiProperty({
    description: 'CLM05-1 (CLM05-2=B) — place of service',
    enum: [...PLACE_OF_SERVICE_CODES],
    example: '11',
  })
  @IsDefined()
  @IsString()
  @IsIn(PLACE_OF_SERVICE_CODES)
  placeOfServiceCode: PlaceOfServiceCode;

  @ApiProperty({
    description: 'CLM05-3 — 1 original, 7 replacement, 8 void',
    enum: [...PROFESSIONAL_CLAIM_FREQUENCY_CODES],
    example: '1',
  })
  @IsDefined()
  @IsString()
  @IsIn(PROFESSIONAL_CLAIM_FREQUENCY_CODES)
  claimFrequencyCode: ProfessionalClaimFrequencyCode;

  @ApiProperty({ description: 'CLM06 — provider signature on file', enum: [...YES_NO] })
  @IsDefined()
  @IsString()
  @IsIn(YES_NO)
  signatureIndicator: YesNo;

  @ApiPropertyOptional({
    description: 'CLM07 — A assigned, C not assigned',
    enum: [...DENTAL_PLAN_PARTICIPATION_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(DENTAL_PLAN_PARTICIPATION_CODES)
  planParticipationCode?: DentalPlanParticipationCode;

  @ApiProperty({
    description: 'CLM08 — benefits assignment certification',
    enum: [...BENEFITS_ASSIGNMENT_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(BENEFITS_ASSIGNMENT_CODES)
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode;

  @ApiProperty({
    description: 'CLM09 — release of information',
    enum: [...RELEASE_INFORMATION_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(RELEASE_INFORMATION_CODES)
  releaseInformationCode: ReleaseInformationCode;

  @ApiPropertyOptional({
    isArray: true,
    enum: [...RELATED_CAUSES_CODES],
    description: 'CLM11-1/-2 — related causes',
    minItems: 1,
    maxItems: 2,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @IsIn(RELATED_CAUSES_CODES, { each: true })
  relatedCausesCode?: (RelatedCausesCode)[];

  @ApiPropertyOptional({
    description: 'CLM11-4 — auto accident state (with AA)',
    minLength: 2,
    maxLength: 2,
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(2)
  autoAccidentStateCode?: string;

  @ApiPropertyOptional({
    description: 'CLM11-5 — auto accident country (with AA)',
    minLength: 2,
    maxLength: 3,
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(3)
  autoAccidentCountryCode?: string;

  @ApiPropertyOptional({
    description: 'CLM12 — special program',
    enum: [...DENTAL_SPECIAL_PROGRAM_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(DENTAL_SPECIAL_PROGRAM_CODES)
  specialProgramCode?: DentalSpecialProgramCode;

  @ApiPropertyOptional({
    description: 'CLM19 — PB when true (predetermination of benefits, not a claim)',
    type: Boolean,
  })
  @IsOptional()
  @IsBoolean()
  predeterminationOfBenefits?: boolean;

  @ApiPropertyOptional({ description: 'CLM20 — delay reason', enum: [...DELAY_REASON_CODES] })
  @IsOptional()
  @IsString()
  @IsIn(DELAY_REASON_CODES)
  delayReasonCode?: DelayReasonCode;

  @ApiPropertyOptional({
    description: '2300 AMT*F5 — amount paid by the patient; omit rather than send 0',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsOptional()
  @IsString()
  @IsAmount()
  patientAmountPaid?: string;

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

  @ApiPropertyOptional({
    description: '2300 DTP — claim dates',
    type: () => DentalClaimDateInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalClaimDateInformationDto)
  claimDateInformation?: DentalClaimDateInformationDto;

  @ApiPropertyOptional({
    description: '2300 REF/PWK — claim identifiers and attachments',
    type: () => DentalClaimSupplementalInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalClaimSupplementalInformationDto)
  claimSupplementalInformation?: DentalClaimSupplementalInformationDto;

  @ApiPropertyOptional({
    type: [String],
    description: '2300 NTE — claim notes',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(80, { each: true })
  claimNotes?: string[];

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
  fileInformationList?: string[];

  @ApiPropertyOptional({
    description: '2300 K3 — older single form of fileInformationList (normalized into it)',
    minLength: 1,
    maxLength: 80,
    deprecated: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  @ConflictsWith('fileInformationList')
  fileInformation?: string;

  @ApiPropertyOptional({
    description: '2300 CN1 — contract information',
    type: () => DentalContractInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalContractInformationDto)
  claimContractInformation?: DentalContractInformationDto;

  @ApiPropertyOptional({
    description: '2300 HCP — repricing (repricers only)',
    type: () => ClaimPricingRepricingInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimPricingRepricingInformationDto)
  claimPricingRepricingInformation?: ClaimPricingRepricingInformationDto;

  @ApiPropertyOptional({
    type: () => [DentalHealthCareCodeInformationDto],
    description: '2300 HI — diagnoses (optional on 837D)',
    minItems: 1,
    maxItems: 4,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => DentalHealthCareCodeInformationDto)
  healthCareCodeInformation?: DentalHealthCareCodeInformationDto[];

  @ApiPropertyOptional({
    description: '2300 DN1 — orthodontic treatment',
    type: () => OrthodonticTotalMonthsOfTreatmentDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OrthodonticTotalMonthsOfTreatmentDto)
  orthodonticTotalMonthsOfTreatment?: OrthodonticTotalMonthsOfTreatmentDto;

  @ApiPropertyOptional({
    type: () => [ToothStatusDto],
    description: '2300 DN2 — missing or to-be-extracted teeth',
    minItems: 1,
    maxItems: 35,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(35)
  @ValidateNested({ each: true })
  @Type(() => ToothStatusDto)
  toothStatus?: ToothStatusDto[];

  @ApiPropertyOptional({
    description: '2310C NM1*77 — service facility location',
    type: () => ServiceFacilityLocationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceFacilityLocationDto)
  serviceFacilityLocation?: ServiceFacilityLocationDto;

  @ApiPropertyOptional({
    type: () => [DentalOtherSubscriberInformationDto],
    description: '2320 — other payers (coordination of benefits)',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => DentalOtherSubscriberInformationDto)
  otherSubscriberInformation?: DentalOtherSubscriberInformationDto[];

  @ApiProperty({
    type: () => [DentalServiceLineDto],
    description: '2400 — service lines',
    minItems: 1,
    maxItems: 50,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DentalServiceLineDto)
  serviceLines: DentalServiceLineDto[];
}

/**
 * Dental claim (837D, 005010X224A2) request body: the Stedi dental claims shape, a sibling of the
 * professional one.
 */
export class DentalClaimDto {
  @ApiPropertyOptional({
    description: 'ST02 — transaction control number, 9 digits; accepted, the gateway assigns its own from the ledger',
    pattern: '^\\d{9}$',
    maxLength: 9,
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
    example: 'EXAMPLE DENTAL PLAN',
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

  @ApiProperty({ description: '1000A — submitter', type: () => SubmitterDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SubmitterDto)
  submitter: SubmitterDto;

  @ApiProperty({ description: '1000B — receiver', type: () => ReceiverDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ReceiverDto)
  receiver: ReceiverDto;

  @ApiProperty({ description: '2000B/2010BA — subscriber', type: () => SubscriberDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SubscriberDto)
  subscriber: SubscriberDto;

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
    type: () => BillingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => BillingProviderDto)
  billing?: BillingProviderDto;

  @ApiPropertyOptional({
    description: '2310B — rendering provider',
    type: () => RenderingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RenderingProviderDto)
  rendering?: RenderingProviderDto;

  @ApiPropertyOptional({
    description: '2310A — referring provider',
    type: () => ReferringProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ReferringProviderDto)
  referring?: ReferringProviderDto;

  @ApiPropertyOptional({
    description: '2310E — supervising provider',
    type: () => SupervisingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SupervisingProviderDto)
  supervising?: SupervisingProviderDto;

  @ApiPropertyOptional({
    description: '2310D NM1*DD — assistant surgeon',
    type: () => AssistantSurgeonDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AssistantSurgeonDto)
  assistantSurgeon?: AssistantSurgeonDto;

  @ApiPropertyOptional({
    type: () => [DentalClaimProviderDto],
    description: 'Legacy provider list, resolved into billing/rendering/referring/supervising; one item per providerType and never together with the dedicated object of the same type',
    minItems: 1,
    maxItems: 4,
    deprecated: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => DentalClaimProviderDto)
  providers?: DentalClaimProviderDto[];

  @ApiPropertyOptional({
    description: '2010AB NM1*87 N3/N4 — pay-to address',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  payToAddress?: ClaimAddressDto;

  @ApiPropertyOptional({ description: '2010AC NM1*PE — pay-to plan', type: () => PayToPlanDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PayToPlanDto)
  payToPlan?: PayToPlanDto;

  @ApiPropertyOptional({ description: '2010BB N3/N4 — payer address', type: () => ClaimAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  payerAddress?: ClaimAddressDto;

  @ApiProperty({
    description: '2300/2400 — the claim and its service lines',
    type: () => DentalClaimInformationDto,
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => DentalClaimInformationDto)
  claimInformation: DentalClaimInformationDto;
}
