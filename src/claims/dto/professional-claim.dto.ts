// Request body of a professional claim (837P, 005010X222A1) in the CHC/Optum Professional Claims
// v3 shape that Stedi also accepts: the 2300 claim, its 2400 service lines and the 837P-only
// objects. Business edits (NPI check digit, charge totals, pointers) belong to the scrubbing step.

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
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  AMBULANCE_CONDITION_CODES,
  AMBULANCE_TRANSPORT_REASON_CODES,
  BENEFITS_ASSIGNMENT_CODES,
  CLAIM_FILING_CODES,
  CLAIM_IDENTIFIERS,
  DELAY_REASON_CODES,
  DIAGNOSIS_TYPE_CODES,
  DME_CERTIFICATION_TYPE_CODES,
  DME_CMN_TRANSMISSION_CODES,
  DME_CONDITION_INDICATORS,
  DME_FREQUENCY_CODES,
  DRUG_ID_QUALIFIERS,
  DRUG_UNIT_CODES,
  FORM_TYPE_CODES,
  INSTITUTIONAL_PROCEDURE_IDENTIFIERS,
  MEASUREMENT_QUALIFIERS,
  MEASUREMENT_REFERENCE_CODES,
  PLACE_OF_SERVICE_CODES,
  PLAN_PARTICIPATION_CODES,
  PROFESSIONAL_CLAIM_FREQUENCY_CODES,
  PROFESSIONAL_MEASUREMENT_UNITS,
  PROFESSIONAL_PROCEDURE_IDENTIFIERS,
  QUESTION_RESPONSE_CODES,
  RELATED_CAUSES_CODES,
  RELEASE_INFORMATION_CODES,
  SERVICE_AUTHORIZATION_EXCEPTION_CODES,
  SPECIAL_PROGRAM_CODES,
  SPINAL_CONDITION_CODES,
  USAGE_INDICATORS,
  VISION_CODE_CATEGORIES,
  VISION_CONDITION_CODES,
  YES_NO,
  type AmbulanceConditionCode,
  type AmbulanceTransportReasonCode,
  type BenefitsAssignmentCode,
  type ClaimFilingCode,
  type ClaimIdentifier,
  type DelayReasonCode,
  type DiagnosisTypeCode,
  type DmeCertificationTypeCode,
  type DmeCmnTransmissionCode,
  type DmeConditionIndicator,
  type DmeFrequencyCode,
  type DrugIdQualifier,
  type DrugUnitCode,
  type FormTypeCode,
  type InstitutionalProcedureIdentifier,
  type MeasurementQualifier,
  type MeasurementReferenceCode,
  type PlaceOfServiceCode,
  type PlanParticipationCode,
  type ProfessionalClaimFrequencyCode,
  type ProfessionalMeasurementUnit,
  type ProfessionalProcedureIdentifier,
  type QuestionResponseCode,
  type RelatedCausesCode,
  type ReleaseInformationCode,
  type ServiceAuthorizationExceptionCode,
  type SpecialProgramCode,
  type SpinalConditionCode,
  type UsageIndicator,
  type VisionCodeCategory,
  type VisionConditionCode,
  type YesNo,
} from '../claim.types';
import {
  BillingProviderDto,
  ClaimAddressDto,
  ClaimAdjustmentDto,
  ClaimPricingRepricingInformationDto,
  ClaimProviderDto,
  ContractInformationDto,
  DependentDto,
  EpsdtReferralDto,
  OrderingProviderDto,
  OtherSubscriberInformationDto,
  PayToPlanDto,
  PriorAuthorizationDto,
  ReceiverDto,
  ReferringProviderDto,
  RenderingProviderDto,
  ReportInformationDto,
  ServiceFacilityLocationDto,
  ServiceLineProviderDto,
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
  MatchesPattern,
  SameAsIfPresent,
} from './validators';

/** 2300 DTP claim dates (D8 unless noted); CCYYMMDD everywhere, ISO dates are rejected. */
export class ProfessionalClaimDateInformationDto {
  @ApiPropertyOptional({
    description: 'DTP*431 — onset of current illness or symptom',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  symptomDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*454 — initial treatment',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  initialTreatmentDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*304 — last seen',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  lastSeenDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*453 — acute manifestation of a chronic condition',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  acuteManifestationDate?: string;

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
    description: 'DTP*484 — last menstrual period',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  lastMenstrualPeriodDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*455 — last X-ray',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  lastXRayDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*471 — hearing and vision prescription',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  hearingAndVisionPrescriptionDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*360 — disability begin (314 RD8 when both dates are known)',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  disabilityBeginDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*361 — disability end (314 RD8 when both dates are known)',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  disabilityEndDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*297 — last worked',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  lastWorkedDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*296 — authorized return to work',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  authorizedReturnToWorkDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*435 — admission',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  admissionDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*096 — discharge',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  dischargeDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*090 — care assumed',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  assumedAndRelinquishedCareBeginDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*091 — care relinquished',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  assumedAndRelinquishedCareEndDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*444 — first contact (property and casualty)',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  firstContactDate?: string;

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

/** 2300 REF claim identifiers and PWK attachments (837P). */
export class ClaimSupplementalInformationDto {
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
    description: 'REF*F8 — payer claim control number of the claim being replaced or voided (frequency 7/8)',
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

  @ApiPropertyOptional({ description: 'REF*X4 — CLIA number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  cliaNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*EW — mammography certification number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  mammographyCertificationNumber?: string;

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
    description: 'REF*1J — care plan oversight number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  carePlanOversightNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*F5 — Medicare crossover reference ID',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  medicareCrossoverReferenceId?: string;

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
    description: 'REF*D9 — clearinghouse claim number (assigned by the clearinghouse)',
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

/** 2300 NTE claim note; the 837P allows one NTE, so send only one of these fields. */
export class ClaimNoteDto {
  @ApiPropertyOptional({
    description: 'NTE02 (NTE01=ADD) — additional information',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  @ConflictsWith('certificationNarrative', 'diagnosisDescription', 'goalRehabOrDischargePlans', 'thirdPartOrgNotes')
  additionalInformation?: string;

  @ApiPropertyOptional({
    description: 'NTE02 (NTE01=CER) — certification narrative',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  @ConflictsWith('additionalInformation', 'diagnosisDescription', 'goalRehabOrDischargePlans', 'thirdPartOrgNotes')
  certificationNarrative?: string;

  @ApiPropertyOptional({
    description: 'NTE02 (NTE01=DGN) — diagnosis description',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  @ConflictsWith('additionalInformation', 'certificationNarrative', 'goalRehabOrDischargePlans', 'thirdPartOrgNotes')
  diagnosisDescription?: string;

  @ApiPropertyOptional({
    description: 'NTE02 (NTE01=DCP) — goals, rehabilitation potential or discharge plans',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  @ConflictsWith('additionalInformation', 'certificationNarrative', 'diagnosisDescription', 'thirdPartOrgNotes')
  goalRehabOrDischargePlans?: string;

  @ApiPropertyOptional({
    description: 'NTE02 (NTE01=TPO) — third party organization notes',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  @ConflictsWith('additionalInformation', 'certificationNarrative', 'diagnosisDescription', 'goalRehabOrDischargePlans')
  thirdPartOrgNotes?: string;
}

/** CR1 ambulance transport information (2300 or 2400). */
export class AmbulanceTransportInformationDto {
  @ApiPropertyOptional({
    description: 'CR102 (CR101=LB) — patient weight in pounds',
    maxLength: 10,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  patientWeightInPounds?: string;

  @ApiProperty({
    description: 'CR104 — transport reason',
    enum: [...AMBULANCE_TRANSPORT_REASON_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(AMBULANCE_TRANSPORT_REASON_CODES)
  ambulanceTransportReasonCode: AmbulanceTransportReasonCode;

  @ApiProperty({
    description: 'CR106 (CR105=DH) — transport distance in miles',
    maxLength: 15,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsDefined()
  @IsString()
  @MaxLength(15)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  transportDistanceInMiles: string;

  @ApiPropertyOptional({ description: 'CR109 — round trip purpose', minLength: 1, maxLength: 80 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  roundTripPurposeDescription?: string;

  @ApiPropertyOptional({ description: 'CR110 — stretcher purpose', minLength: 1, maxLength: 80 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  stretcherPurposeDescription?: string;
}

/** CRC ambulance certification (CRC01=07). */
export class AmbulanceCertificationDto {
  @ApiProperty({ description: 'CRC02 — Y when the conditions apply', enum: [...YES_NO] })
  @IsDefined()
  @IsString()
  @IsIn(YES_NO)
  certificationConditionIndicator: YesNo;

  @ApiProperty({
    isArray: true,
    enum: [...AMBULANCE_CONDITION_CODES],
    description: 'CRC03–CRC07 — condition codes',
    minItems: 1,
    maxItems: 5,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @IsIn(AMBULANCE_CONDITION_CODES, { each: true })
  conditionCodes: (AmbulanceConditionCode)[];
}

/** CRC vision (E1–E3) patient condition. */
export class PatientConditionInformationVisionDto {
  @ApiProperty({
    description: 'CRC01 — E1 spectacle lenses, E2 contact lenses, E3 spectacle frames',
    enum: [...VISION_CODE_CATEGORIES],
  })
  @IsDefined()
  @IsString()
  @IsIn(VISION_CODE_CATEGORIES)
  codeCategory: VisionCodeCategory;

  @ApiProperty({ description: 'CRC02 — Y when the conditions apply', enum: [...YES_NO] })
  @IsDefined()
  @IsString()
  @IsIn(YES_NO)
  certificationConditionIndicator: YesNo;

  @ApiProperty({
    isArray: true,
    enum: [...VISION_CONDITION_CODES],
    description: 'CRC03–CRC07 — condition codes',
    minItems: 1,
    maxItems: 5,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @IsIn(VISION_CONDITION_CODES, { each: true })
  conditionCodes: (VisionConditionCode)[];
}

/** 2300 CR2 spinal manipulation service information. */
export class SpinalManipulationServiceInformationDto {
  @ApiProperty({ description: 'CR208 — patient condition code', enum: [...SPINAL_CONDITION_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(SPINAL_CONDITION_CODES)
  patientConditionCode: SpinalConditionCode;

  @ApiPropertyOptional({ description: 'CR210 — condition description', minLength: 1, maxLength: 80 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  patientConditionDescription1?: string;

  @ApiPropertyOptional({ description: 'CR211 — condition description', minLength: 1, maxLength: 80 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  patientConditionDescription2?: string;
}

/** One 2300 HI diagnosis (HI01…HI12); the first must be the principal (ABK). */
export class HealthCareCodeInformationDto {
  @ApiProperty({
    description: 'HI0n-1 — ABK principal, ABF other (BK/BF for ICD-9)',
    enum: [...DIAGNOSIS_TYPE_CODES],
    example: 'ABK',
  })
  @IsDefined()
  @IsString()
  @IsIn(DIAGNOSIS_TYPE_CODES)
  diagnosisTypeCode: DiagnosisTypeCode;

  @ApiProperty({
    description: 'HI0n-2 — ICD-10-CM code without the dot (E11.9 → E119)',
    maxLength: 30,
    pattern: '^[A-Za-z0-9]+$',
    example: 'E119',
  })
  @IsDefined()
  @IsString()
  @MaxLength(30)
  @MatchesPattern(/^[A-Za-z0-9]+$/, 'letters and digits only (ICD codes go without the dot)')
  diagnosisCode: string;
}

/** 2300 HI*BG condition codes (one HI segment). */
export class ConditionInformationDto {
  @ApiProperty({
    type: [String],
    description: 'HI0n-2 (BG) — NUCC condition codes',
    minItems: 1,
    maxItems: 12,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(30, { each: true })
  conditionCodes: string[];
}

/** SV107 diagnosis code pointers. */
export class CompositeDiagnosisCodePointersDto {
  @ApiProperty({
    type: [String],
    description: 'SV107-1…4 — 1-based pointers into healthCareCodeInformation, as strings "1"–"12"',
    minItems: 1,
    maxItems: 4,
    example: ["1","2"],
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MatchesPattern(/^([1-9]|1[0-2])$/, 'a diagnosis pointer from "1" to "12"', { each: true })
  diagnosisCodePointers: string[];
}

/** 2400 SV1 professional service. */
export class ProfessionalServiceDto {
  @ApiProperty({
    description: 'SV101-1 — HC for CPT/HCPCS',
    enum: [...PROFESSIONAL_PROCEDURE_IDENTIFIERS],
    example: 'HC',
  })
  @IsDefined()
  @IsString()
  @IsIn(PROFESSIONAL_PROCEDURE_IDENTIFIERS)
  procedureIdentifier: ProfessionalProcedureIdentifier;

  @ApiProperty({
    description: 'SV101-2 — procedure code',
    minLength: 1,
    maxLength: 48,
    example: '99213',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(48)
  procedureCode: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'SV101-3…6 — up to four 2-character modifiers; omit when none',
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
    description: 'SV101-7 — description (NOC codes)',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  description?: string;

  @ApiProperty({
    description: 'SV102 — line charge (0 allowed; includes tax and postage)',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  lineItemChargeAmount: string;

  @ApiProperty({
    description: 'SV103 — UN units, MJ minutes (anesthesia)',
    enum: [...PROFESSIONAL_MEASUREMENT_UNITS],
    example: 'UN',
  })
  @IsDefined()
  @IsString()
  @IsIn(PROFESSIONAL_MEASUREMENT_UNITS)
  measurementUnit: ProfessionalMeasurementUnit;

  @ApiProperty({
    description: 'SV104 — unit count as a string (up to 8 integer digits and 3 decimals)',
    pattern: '^\\d{1,8}(\\.\\d{1,3})?$',
    example: '1',
  })
  @IsDefined()
  @IsString()
  @IsDecimalString()
  serviceUnitCount: string;

  @ApiPropertyOptional({
    description: 'SV105 — place of service, only when it differs from CLM05-1',
    enum: [...PLACE_OF_SERVICE_CODES],
  })
  @IsOptional()
  @IsString()
  @IsIn(PLACE_OF_SERVICE_CODES)
  placeOfServiceCode?: PlaceOfServiceCode;

  @ApiProperty({
    description: 'SV107 — diagnosis pointers',
    type: () => CompositeDiagnosisCodePointersDto,
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CompositeDiagnosisCodePointersDto)
  compositeDiagnosisCodePointers: CompositeDiagnosisCodePointersDto;

  @ApiPropertyOptional({ description: 'SV109 — Y for an emergency', enum: ['Y'] })
  @IsOptional()
  @IsString()
  @IsIn(['Y'])
  emergencyIndicator?: 'Y';

  @ApiPropertyOptional({ description: 'SV111 — Y for EPSDT', enum: ['Y'] })
  @IsOptional()
  @IsString()
  @IsIn(['Y'])
  epsdtIndicator?: 'Y';

  @ApiPropertyOptional({ description: 'SV112 — Y for family planning', enum: ['Y'] })
  @IsOptional()
  @IsString()
  @IsIn(['Y'])
  familyPlanningIndicator?: 'Y';

  @ApiPropertyOptional({ description: 'SV115 — 0 when the copay was exempt', enum: ['0'] })
  @IsOptional()
  @IsString()
  @IsIn(['0'])
  copayStatusCode?: '0';
}

/** 2410 drug identification (LIN, CTP, REF). */
export class DrugIdentificationDto {
  @ApiProperty({
    description: 'LIN02 — N4 for an 11-digit NDC',
    enum: [...DRUG_ID_QUALIFIERS],
    example: 'N4',
  })
  @IsDefined()
  @IsString()
  @IsIn(DRUG_ID_QUALIFIERS)
  serviceIdQualifier: DrugIdQualifier;

  @ApiProperty({
    description: 'LIN03 — drug code (11-digit NDC for N4)',
    minLength: 1,
    maxLength: 48,
  })
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

/** 2400 REF line identifiers. */
export class ServiceLineReferenceInformationDto {
  @ApiPropertyOptional({
    type: () => [PriorAuthorizationDto],
    description: 'REF*G1 — prior authorizations overriding the claim-level one',
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

  @ApiPropertyOptional({ description: 'REF*X4 — CLIA number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  clinicalLaboratoryImprovementAmendmentNumber?: string;

  @ApiPropertyOptional({ description: 'REF*F4 — referring CLIA number', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  referringCliaNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*BT — immunization batch number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  immunizationBatchNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*EW — mammography certification number',
    minLength: 1,
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  mammographyCertificationNumber?: string;

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

/** 2400 DTP line dates (D8). */
export class ServiceLineDateInformationDto {
  @ApiPropertyOptional({
    description: 'DTP*471 — prescription date',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  prescriptionDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*607 — certification revision or recertification',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  certificationRevisionOrRecertificationDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*463 — begin therapy',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  beginTherapyDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*461 — last certification',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  lastCertificationDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*304 — last seen / treatment or therapy date',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  treatmentOrTherapyDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*738 — last hemoglobin or hematocrit test',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  hemoglobinTestDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*739 — last creatinine test',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  serumCreatineTestDate?: string;

  @ApiPropertyOptional({ description: 'DTP*011 — shipped', pattern: '^\\d{8}$', example: '20250310' })
  @IsOptional()
  @IsString()
  @IsX12Date()
  shippedDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*454 — initial treatment',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  initialTreatmentDate?: string;

  @ApiPropertyOptional({
    description: 'DTP*455 — last X-ray',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  lastXRayDate?: string;
}

/** 2430 line adjudication by another payer (SVD, CAS, DTP*573, AMT*EAF). */
export class LineAdjudicationInformationDto {
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

/** 2400 MEA test result. */
export class MeasurementsDto {
  @ApiProperty({
    description: 'MEA01 — OG original, TR test results',
    enum: [...MEASUREMENT_REFERENCE_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(MEASUREMENT_REFERENCE_CODES)
  measurementReferenceIdentificationCode: MeasurementReferenceCode;

  @ApiProperty({ description: 'MEA02 — what was measured', enum: [...MEASUREMENT_QUALIFIERS] })
  @IsDefined()
  @IsString()
  @IsIn(MEASUREMENT_QUALIFIERS)
  measurementQualifier: MeasurementQualifier;

  @ApiProperty({
    description: 'MEA03 — measurement value',
    maxLength: 20,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsDefined()
  @IsString()
  @MaxLength(20)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  testResults: string;
}

/** 2400 SV5 durable medical equipment service. */
export class DurableMedicalEquipmentServiceDto {
  @ApiProperty({
    description: 'SV503 — length of medical necessity in days',
    maxLength: 15,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsDefined()
  @IsString()
  @MaxLength(15)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  days: string;

  @ApiProperty({
    description: 'SV504 — rental price',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  rentalPrice: string;

  @ApiProperty({
    description: 'SV505 — purchase price',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  purchasePrice: string;

  @ApiProperty({ description: 'SV506 — rental frequency', enum: [...DME_FREQUENCY_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(DME_FREQUENCY_CODES)
  frequencyCode: DmeFrequencyCode;
}

/** 2400 CR3 DME certification. */
export class DurableMedicalEquipmentCertificationDto {
  @ApiProperty({ description: 'CR301 — certification type', enum: [...DME_CERTIFICATION_TYPE_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(DME_CERTIFICATION_TYPE_CODES)
  certificationTypeCode: DmeCertificationTypeCode;

  @ApiProperty({
    description: 'CR303 (CR302=MO) — duration in months',
    maxLength: 15,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsDefined()
  @IsString()
  @MaxLength(15)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  durableMedicalEquipmentDurationInMonths: string;
}

/** 2400 PWK (PWK01=CT) DME certificate of medical necessity. */
export class DurableMedicalEquipmentCertificateOfMedicalNecessityDto {
  @ApiProperty({
    description: 'PWK02 — how the certificate is sent',
    enum: [...DME_CMN_TRANSMISSION_CODES],
  })
  @IsDefined()
  @IsString()
  @IsIn(DME_CMN_TRANSMISSION_CODES)
  attachmentTransmissionCode: DmeCmnTransmissionCode;
}

/** 2400 CRC*09 DME condition indicator. */
export class ConditionIndicatorDurableMedicalEquipmentDto {
  @ApiProperty({ description: 'CRC02 — Y when the conditions apply', enum: [...YES_NO] })
  @IsDefined()
  @IsString()
  @IsIn(YES_NO)
  certificationConditionIndicator: YesNo;

  @ApiProperty({ description: 'CRC03 — condition indicator', enum: [...DME_CONDITION_INDICATORS] })
  @IsDefined()
  @IsString()
  @IsIn(DME_CONDITION_INDICATORS)
  conditionIndicator: DmeConditionIndicator;

  @ApiPropertyOptional({
    description: 'CRC04 — second condition indicator',
    enum: [...DME_CONDITION_INDICATORS],
  })
  @IsOptional()
  @IsString()
  @IsIn(DME_CONDITION_INDICATORS)
  conditionIndicatorCode?: DmeConditionIndicator;
}

/** 2440 FRM supporting documentation answer. */
export class SupportingDocumentationDto {
  @ApiProperty({ description: 'FRM01 — question number', minLength: 1, maxLength: 20 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  questionNumber: string;

  @ApiPropertyOptional({ description: 'FRM02 — Y, N or W', enum: [...QUESTION_RESPONSE_CODES] })
  @IsOptional()
  @IsString()
  @IsIn(QUESTION_RESPONSE_CODES)
  questionResponseCode?: QuestionResponseCode;

  @ApiPropertyOptional({ description: 'FRM03 — text answer', minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  questionResponse?: string;

  @ApiPropertyOptional({
    description: 'FRM04 — date answer',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  questionResponseAsDate?: string;

  @ApiPropertyOptional({
    description: 'FRM05 — percent answer',
    maxLength: 6,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsOptional()
  @IsString()
  @MaxLength(6)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  questionResponseAsPercent?: string;
}

/** 2440 LQ form identification. */
export class FormIdentificationDto {
  @ApiProperty({ description: 'LQ01 — form type', enum: [...FORM_TYPE_CODES] })
  @IsDefined()
  @IsString()
  @IsIn(FORM_TYPE_CODES)
  formTypeCode: FormTypeCode;

  @ApiProperty({ description: 'LQ02 — form identifier', minLength: 1, maxLength: 30 })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  formIdentifier: string;

  @ApiPropertyOptional({
    type: () => [SupportingDocumentationDto],
    description: '2440 FRM — answers',
    minItems: 1,
    maxItems: 99,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(99)
  @ValidateNested({ each: true })
  @Type(() => SupportingDocumentationDto)
  supportingDocumentation?: SupportingDocumentationDto[];
}

/** 2400 PS1 purchased service. */
export class PurchasedServiceInformationDto {
  @ApiProperty({
    description: 'PS101 — purchased service provider identifier',
    minLength: 1,
    maxLength: 50,
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  purchasedServiceProviderIdentifier: string;

  @ApiProperty({
    description: 'PS102 — purchased service charge',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '120.00',
  })
  @IsDefined()
  @IsString()
  @IsAmount()
  purchasedServiceChargeAmount: string;
}

/** 2400 service line (LX, SV1, DTP*472, REF*6R …). LX01 is computed, never taken from the request. */
export class ProfessionalServiceLineDto {
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

  @ApiProperty({
    description: 'DTP*472 — service date (D8, or the start of an RD8 range with serviceDateEnd)',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsDefined()
  @IsString()
  @IsX12Date()
  serviceDate: string;

  @ApiPropertyOptional({
    description: 'DTP*472 — service end date (RD8 range end)',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  serviceDateEnd?: string;

  @ApiPropertyOptional({
    description: 'REF*6R — line item control number, unique per claim; echoed as lineItemControlNumber in 277CA/835; assigned at intake when absent',
    minLength: 1,
    maxLength: 30,
    example: 'PCN7Q2X9K4M1-1',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  providerControlNumber?: string;

  @ApiPropertyOptional({
    description: 'REF*6R — accepted alias of providerControlNumber; must equal it when both are sent',
    minLength: 1,
    maxLength: 30,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(30)
  @SameAsIfPresent('providerControlNumber')
  lineItemControlNumber?: string;

  @ApiProperty({ description: 'SV1 — the service', type: () => ProfessionalServiceDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ProfessionalServiceDto)
  professionalService: ProfessionalServiceDto;

  @ApiPropertyOptional({
    description: '2410 — drug identification',
    type: () => DrugIdentificationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DrugIdentificationDto)
  drugIdentification?: DrugIdentificationDto;

  @ApiPropertyOptional({
    description: '2420A NM1*82 — line rendering provider',
    type: () => ServiceLineProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceLineProviderDto)
  renderingProvider?: ServiceLineProviderDto;

  @ApiPropertyOptional({
    description: '2420B NM1*QB — purchased service provider',
    type: () => ServiceLineProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceLineProviderDto)
  purchasedServiceProvider?: ServiceLineProviderDto;

  @ApiPropertyOptional({
    description: '2420C NM1*77 — line service facility',
    type: () => ServiceFacilityLocationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceFacilityLocationDto)
  serviceFacilityLocation?: ServiceFacilityLocationDto;

  @ApiPropertyOptional({
    description: '2420D NM1*DQ — line supervising provider',
    type: () => ServiceLineProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceLineProviderDto)
  supervisingProvider?: ServiceLineProviderDto;

  @ApiPropertyOptional({
    description: '2420E NM1*DK — ordering provider',
    type: () => ServiceLineProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceLineProviderDto)
  orderingProvider?: ServiceLineProviderDto;

  @ApiPropertyOptional({
    description: '2420F NM1*DN — line referring provider',
    type: () => ServiceLineProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceLineProviderDto)
  referringProvider?: ServiceLineProviderDto;

  @ApiPropertyOptional({
    description: '2400 REF — line identifiers',
    type: () => ServiceLineReferenceInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceLineReferenceInformationDto)
  serviceLineReferenceInformation?: ServiceLineReferenceInformationDto;

  @ApiPropertyOptional({
    description: '2400 DTP — line dates',
    type: () => ServiceLineDateInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ServiceLineDateInformationDto)
  serviceLineDateInformation?: ServiceLineDateInformationDto;

  @ApiPropertyOptional({
    description: '2400 NTE*ADD — line note (one NTE per line)',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  @ConflictsWith('goalRehabOrDischargePlans')
  additionalNotes?: string;

  @ApiPropertyOptional({
    description: '2400 NTE*DCP — goals, rehabilitation potential or discharge plans (one NTE per line)',
    minLength: 1,
    maxLength: 80,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  goalRehabOrDischargePlans?: string;

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
    type: () => [LineAdjudicationInformationDto],
    description: '2430 — adjudication by other payers',
    minItems: 1,
    maxItems: 15,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => LineAdjudicationInformationDto)
  lineAdjudicationInformation?: LineAdjudicationInformationDto[];

  @ApiPropertyOptional({
    type: () => [MeasurementsDto],
    description: '2400 MEA — test results',
    minItems: 1,
    maxItems: 5,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => MeasurementsDto)
  testResults?: MeasurementsDto[];

  @ApiPropertyOptional({
    description: '2400 CN1 — line contract information',
    type: () => ContractInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContractInformationDto)
  contractInformation?: ContractInformationDto;

  @ApiPropertyOptional({
    description: '2400 HCP — line repricing',
    type: () => ClaimPricingRepricingInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimPricingRepricingInformationDto)
  linePricingRepricingInformation?: ClaimPricingRepricingInformationDto;

  @ApiPropertyOptional({
    type: () => [ReportInformationDto],
    description: '2400 PWK — line attachments',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ReportInformationDto)
  serviceLineSupplementalInformation?: ReportInformationDto[];

  @ApiPropertyOptional({
    description: '2400 SV5 — DME service',
    type: () => DurableMedicalEquipmentServiceDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DurableMedicalEquipmentServiceDto)
  durableMedicalEquipmentService?: DurableMedicalEquipmentServiceDto;

  @ApiPropertyOptional({
    description: '2400 CR3 — DME certification',
    type: () => DurableMedicalEquipmentCertificationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DurableMedicalEquipmentCertificationDto)
  durableMedicalEquipmentCertification?: DurableMedicalEquipmentCertificationDto;

  @ApiPropertyOptional({
    description: '2400 PWK (CT) — DME certificate of medical necessity',
    type: () => DurableMedicalEquipmentCertificateOfMedicalNecessityDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DurableMedicalEquipmentCertificateOfMedicalNecessityDto)
  durableMedicalEquipmentCertificateOfMedicalNecessity?: DurableMedicalEquipmentCertificateOfMedicalNecessityDto;

  @ApiPropertyOptional({
    description: '2400 CRC*09 — DME condition indicator',
    type: () => ConditionIndicatorDurableMedicalEquipmentDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConditionIndicatorDurableMedicalEquipmentDto)
  conditionIndicatorDurableMedicalEquipment?: ConditionIndicatorDurableMedicalEquipmentDto;

  @ApiPropertyOptional({
    type: () => [FormIdentificationDto],
    description: '2440 LQ/FRM — form identification',
    minItems: 1,
    maxItems: 99,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(99)
  @ValidateNested({ each: true })
  @Type(() => FormIdentificationDto)
  formIdentification?: FormIdentificationDto[];

  @ApiPropertyOptional({
    description: '2400 PS1 — purchased service',
    type: () => PurchasedServiceInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PurchasedServiceInformationDto)
  purchasedServiceInformation?: PurchasedServiceInformationDto;

  @ApiPropertyOptional({
    description: '2400 CR1 — ambulance transport',
    type: () => AmbulanceTransportInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AmbulanceTransportInformationDto)
  ambulanceTransportInformation?: AmbulanceTransportInformationDto;

  @ApiPropertyOptional({
    type: () => [AmbulanceCertificationDto],
    description: '2400 CRC*07 — ambulance certification',
    minItems: 1,
    maxItems: 3,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => AmbulanceCertificationDto)
  ambulanceCertification?: AmbulanceCertificationDto[];

  @ApiPropertyOptional({
    description: '2420G NM1*PW N3/N4 — ambulance pick-up location',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  ambulancePickUpLocation?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: '2420H NM1*45 N3/N4 — ambulance drop-off location',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  ambulanceDropOffLocation?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: '2400 QTY*PT — ambulance patient count (a JSON number)',
    type: 'integer',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  ambulancePatientCount?: number;

  @ApiPropertyOptional({
    description: '2400 QTY*FL — obstetric anesthesia additional units (a JSON number)',
    type: 'integer',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  obstetricAnesthesiaAdditionalUnits?: number;

  @ApiPropertyOptional({ description: '2400 CRC*70 — hospice employee indicator', type: Boolean })
  @IsOptional()
  @IsBoolean()
  hospiceEmployeeIndicator?: boolean;

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

/** 2300 claim information (CLM and friends) with its 2400 service lines (837P). */
export class ProfessionalClaimInformationDto {
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
    description: 'CLM01 — patient control number (provider claim ID, echoed in 277CA/835); unique and unguessable',
    minLength: 1,
    maxLength: 20,
    example: 'PCN7Q2X9K4M1',
  })
  @IsDefined()
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  patientControlNumber: string;

  @ApiProperty({
    description: 'CLM02 — total claim charge; must equal the sum of the line charges',
    pattern: '^\\d+(\\.\\d{1,2})?$',
    example: '150.00',
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

  @ApiProperty({ description: 'CLM06 — provider signature on file', enum: [...YES_NO], example: 'Y' })
  @IsDefined()
  @IsString()
  @IsIn(YES_NO)
  signatureIndicator: YesNo;

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

  @ApiPropertyOptional({
    description: 'CLM10 — P when true (patient signature source)',
    type: Boolean,
  })
  @IsOptional()
  @IsBoolean()
  patientSignatureSourceCode?: boolean;

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

  @ApiPropertyOptional({ description: 'CLM12 — special program', enum: [...SPECIAL_PROGRAM_CODES] })
  @IsOptional()
  @IsString()
  @IsIn(SPECIAL_PROGRAM_CODES)
  specialProgramCode?: SpecialProgramCode;

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
    description: 'PAT06 (PAT05=D8) — patient date of death',
    pattern: '^\\d{8}$',
    example: '20250310',
  })
  @IsOptional()
  @IsString()
  @IsX12Date()
  deathDate?: string;

  @ApiPropertyOptional({
    description: 'PAT08 (PAT07=01) — patient weight in pounds',
    maxLength: 10,
    pattern: '^\\d+(\\.\\d+)?$',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @MatchesPattern(/^\d+(\.\d+)?$/, 'a non-negative decimal number written as a string')
  patientWeight?: string;

  @ApiPropertyOptional({ description: 'PAT09 — Y when the patient is pregnant', enum: ['Y'] })
  @IsOptional()
  @IsString()
  @IsIn(['Y'])
  pregnancyIndicator?: 'Y';

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
    type: () => ProfessionalClaimDateInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProfessionalClaimDateInformationDto)
  claimDateInformation?: ProfessionalClaimDateInformationDto;

  @ApiPropertyOptional({
    description: '2300 REF/PWK — claim identifiers and attachments',
    type: () => ClaimSupplementalInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimSupplementalInformationDto)
  claimSupplementalInformation?: ClaimSupplementalInformationDto;

  @ApiPropertyOptional({ description: '2300 NTE — claim note', type: () => ClaimNoteDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimNoteDto)
  claimNote?: ClaimNoteDto;

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
    type: () => ContractInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContractInformationDto)
  claimContractInformation?: ContractInformationDto;

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
    description: '2300 CR1 — ambulance transport',
    type: () => AmbulanceTransportInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AmbulanceTransportInformationDto)
  ambulanceTransportInformation?: AmbulanceTransportInformationDto;

  @ApiPropertyOptional({
    type: () => [AmbulanceCertificationDto],
    description: '2300 CRC*07 — ambulance certification',
    minItems: 1,
    maxItems: 3,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => AmbulanceCertificationDto)
  ambulanceCertification?: AmbulanceCertificationDto[];

  @ApiPropertyOptional({
    description: '2310E NM1*PW N3/N4 — ambulance pick-up location',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  ambulancePickUpLocation?: ClaimAddressDto;

  @ApiPropertyOptional({
    description: '2310F NM1*45 N3/N4 — ambulance drop-off location',
    type: () => ClaimAddressDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimAddressDto)
  ambulanceDropOffLocation?: ClaimAddressDto;

  @ApiPropertyOptional({
    type: () => [PatientConditionInformationVisionDto],
    description: '2300 CRC (E1–E3) — vision conditions',
    minItems: 1,
    maxItems: 3,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => PatientConditionInformationVisionDto)
  patientConditionInformationVision?: PatientConditionInformationVisionDto[];

  @ApiPropertyOptional({ description: '2300 CRC*75 — patient is homebound', type: Boolean })
  @IsOptional()
  @IsBoolean()
  homeboundIndicator?: boolean;

  @ApiPropertyOptional({ description: '2300 CRC*ZZ — EPSDT referral', type: () => EpsdtReferralDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EpsdtReferralDto)
  epsdtReferral?: EpsdtReferralDto;

  @ApiPropertyOptional({
    description: '2300 CR2 — spinal manipulation',
    type: () => SpinalManipulationServiceInformationDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SpinalManipulationServiceInformationDto)
  spinalManipulationServiceInformation?: SpinalManipulationServiceInformationDto;

  @ApiProperty({
    type: () => [HealthCareCodeInformationDto],
    description: '2300 HI — diagnoses; the first is the principal (ABK), then up to 11 others (ABF)',
    minItems: 1,
    maxItems: 12,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => HealthCareCodeInformationDto)
  healthCareCodeInformation: HealthCareCodeInformationDto[];

  @ApiPropertyOptional({
    type: [String],
    description: '2300 HI (BP/BO) — anesthesia-related surgical procedures',
    minItems: 1,
    maxItems: 2,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(30, { each: true })
  anesthesiaRelatedSurgicalProcedure?: string[];

  @ApiPropertyOptional({
    type: () => [ConditionInformationDto],
    description: '2300 HI*BG — condition codes',
    minItems: 1,
    maxItems: 2,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => ConditionInformationDto)
  conditionInformation?: ConditionInformationDto[];

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
    type: () => [OtherSubscriberInformationDto],
    description: '2320 — other payers (coordination of benefits)',
    minItems: 1,
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => OtherSubscriberInformationDto)
  otherSubscriberInformation?: OtherSubscriberInformationDto[];

  @ApiProperty({
    type: () => [ProfessionalServiceLineDto],
    description: '2400 — service lines',
    minItems: 1,
    maxItems: 50,
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ProfessionalServiceLineDto)
  serviceLines: ProfessionalServiceLineDto[];
}

/**
 * Professional claim (837P, 005010X222A1) request body: the CHC/Optum Professional Claims v3
 * shape, also accepted by Stedi.
 */
export class ProfessionalClaimDto {
  @ApiPropertyOptional({
    description: 'ST02 — Optum transaction control number, 9 digits; accepted, the gateway assigns its own from the ledger',
    pattern: '^\\d{9}$',
    maxLength: 9,
    example: '000000001',
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
    description: '2310D — supervising provider',
    type: () => SupervisingProviderDto,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SupervisingProviderDto)
  supervising?: SupervisingProviderDto;

  @ApiPropertyOptional({
    description: 'Ordering provider (deprecated; use serviceLines[].orderingProvider)',
    type: () => OrderingProviderDto,
    deprecated: true,
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OrderingProviderDto)
  ordering?: OrderingProviderDto;

  @ApiPropertyOptional({
    type: () => [ClaimProviderDto],
    description: 'Legacy provider list, resolved into billing/rendering/referring/supervising/ordering; one item per providerType and never together with the dedicated object of the same type',
    minItems: 1,
    maxItems: 5,
    deprecated: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => ClaimProviderDto)
  providers?: ClaimProviderDto[];

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
    type: () => ProfessionalClaimInformationDto,
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ProfessionalClaimInformationDto)
  claimInformation: ProfessionalClaimInformationDto;
}
