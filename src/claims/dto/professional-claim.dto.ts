// Request body of a professional claim (837P, 005010X222A1) in the CHC/Optum Professional Claims
// v3 shape that Stedi also accepts: the 2300 claim, its 2400 service lines and the 837P-only
// objects. Business edits (NPI check digit, charge totals, pointers) belong to the scrubbing step.

import {
  AMBULANCE_CONDITION_CODES,
  AMBULANCE_TRANSPORT_REASON_CODES,
  BENEFITS_ASSIGNMENT_CODES,
  CLAIM_FILING_CODES,
  DELAY_REASON_CODES,
  DIAGNOSIS_TYPE_CODES,
  DME_CERTIFICATION_TYPE_CODES,
  DME_CMN_TRANSMISSION_CODES,
  DME_CONDITION_INDICATORS,
  DME_FREQUENCY_CODES,
  DRUG_ID_QUALIFIERS,
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
  VISION_CODE_CATEGORIES,
  VISION_CONDITION_CODES,
  YES_NO,
  type AmbulanceConditionCode,
  type AmbulanceTransportReasonCode,
  type BenefitsAssignmentCode,
  type ClaimFilingCode,
  type DelayReasonCode,
  type DiagnosisTypeCode,
  type DmeCertificationTypeCode,
  type DmeCmnTransmissionCode,
  type DmeConditionIndicator,
  type DmeFrequencyCode,
  type DrugIdQualifier,
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
  type VisionCodeCategory,
  type VisionConditionCode,
  type YesNo,
} from '../claim.types';
import {
  ClaimAddressDto,
  ClaimPricingRepricingInformationDto,
  ClaimProviderDto,
  ContractInformationDto,
  DrugQuantityFields,
  EpsdtReferralDto,
  LineAdjudicationFields,
  OrderingProviderDto,
  OtherSubscriberInformationDto,
  PayToPlanDto,
  PriorAuthorizationDto,
  ProfessionalDentalClaimFields,
  ReportInformationDto,
  ServiceFacilityLocationDto,
  ServiceLineProviderDto,
  SupervisingProviderDto,
} from './common.dto';
import {
  AmountField,
  ArrayField,
  BooleanField,
  CodeArrayField,
  CodeField,
  DateField,
  DecimalField,
  DigitsField,
  IcdCodeField,
  IntegerField,
  NestedField,
  QuantityField,
  StringArrayField,
  StringField,
} from './field.decorators';
import { ConflictsWith, SameAsIfPresent } from './validators';

/** 2300 DTP claim dates (D8 unless noted); CCYYMMDD everywhere, ISO dates are rejected. */
export class ProfessionalClaimDateInformationDto {
  @DateField({ description: 'DTP*431 — onset of current illness or symptom', optional: true })
  symptomDate?: string;

  @DateField({ description: 'DTP*454 — initial treatment', optional: true })
  initialTreatmentDate?: string;

  @DateField({ description: 'DTP*304 — last seen', optional: true })
  lastSeenDate?: string;

  @DateField({ description: 'DTP*453 — acute manifestation of a chronic condition', optional: true })
  acuteManifestationDate?: string;

  @DateField({ description: 'DTP*439 — accident', optional: true })
  accidentDate?: string;

  @DateField({ description: 'DTP*484 — last menstrual period', optional: true })
  lastMenstrualPeriodDate?: string;

  @DateField({ description: 'DTP*455 — last X-ray', optional: true })
  lastXRayDate?: string;

  @DateField({ description: 'DTP*471 — hearing and vision prescription', optional: true })
  hearingAndVisionPrescriptionDate?: string;

  @DateField({ description: 'DTP*360 — disability begin (314 RD8 when both dates are known)', optional: true })
  disabilityBeginDate?: string;

  @DateField({ description: 'DTP*361 — disability end (314 RD8 when both dates are known)', optional: true })
  disabilityEndDate?: string;

  @DateField({ description: 'DTP*297 — last worked', optional: true })
  lastWorkedDate?: string;

  @DateField({ description: 'DTP*296 — authorized return to work', optional: true })
  authorizedReturnToWorkDate?: string;

  @DateField({ description: 'DTP*435 — admission', optional: true })
  admissionDate?: string;

  @DateField({ description: 'DTP*096 — discharge', optional: true })
  dischargeDate?: string;

  @DateField({ description: 'DTP*090 — care assumed', optional: true })
  assumedAndRelinquishedCareBeginDate?: string;

  @DateField({ description: 'DTP*091 — care relinquished', optional: true })
  assumedAndRelinquishedCareEndDate?: string;

  @DateField({ description: 'DTP*444 — first contact (property and casualty)', optional: true })
  firstContactDate?: string;

  @DateField({ description: 'DTP*050 — repricer received', optional: true })
  repricerReceivedDate?: string;
}

/** 2300 REF claim identifiers and PWK attachments (837P). */
export class ClaimSupplementalInformationDto {
  @StringField({ description: 'REF*G1 — prior authorization number', max: 50, optional: true })
  priorAuthorizationNumber?: string;

  @StringField({ description: 'REF*9F — referral number', max: 50, optional: true })
  referralNumber?: string;

  @StringField({
    description: 'REF*F8 — payer claim control number of the claim being replaced or voided (frequency 7/8)',
    max: 50,
    optional: true,
  })
  claimControlNumber?: string;

  @StringField({ description: 'REF*EA — medical record number', max: 50, optional: true })
  medicalRecordNumber?: string;

  @StringField({ description: 'REF*X4 — CLIA number', max: 50, optional: true })
  cliaNumber?: string;

  @StringField({ description: 'REF*EW — mammography certification number', max: 50, optional: true })
  mammographyCertificationNumber?: string;

  @StringField({ description: 'REF*P4 — demonstration project identifier', max: 50, optional: true })
  demoProjectIdentifier?: string;

  @StringField({ description: 'REF*LX — investigational device exemption number', max: 50, optional: true })
  investigationalDeviceExemptionNumber?: string;

  @StringField({ description: 'REF*1J — care plan oversight number', max: 50, optional: true })
  carePlanOversightNumber?: string;

  @StringField({ description: 'REF*F5 — Medicare crossover reference ID', max: 50, optional: true })
  medicareCrossoverReferenceId?: string;

  @CodeField(SERVICE_AUTHORIZATION_EXCEPTION_CODES, { description: 'REF*4N — service authorization exception code', optional: true })
  serviceAuthorizationExceptionCode?: ServiceAuthorizationExceptionCode;

  @StringField({ description: 'REF*9A — repriced claim number (repricers only)', max: 50, optional: true })
  repricedClaimNumber?: string;

  @StringField({ description: 'REF*9C — adjusted repriced claim number (repricers only)', max: 50, optional: true })
  adjustedRepricedClaimNumber?: string;

  @StringField({
    description: 'REF*D9 — clearinghouse claim number (assigned by the clearinghouse)',
    max: 50,
    optional: true,
    deprecated: true,
  })
  claimNumber?: string;

  @NestedField(() => ReportInformationDto, {
    description: 'PWK — single attachment (older form; merged into reportInformations)',
    optional: true,
  })
  reportInformation?: ReportInformationDto;

  @ArrayField(() => ReportInformationDto, { description: 'PWK — attachments', min: 0, max: 10, optional: true })
  reportInformations?: ReportInformationDto[];
}

/** The note fields of ClaimNoteDto, one per NTE01 qualifier. */
const CLAIM_NOTE_FIELDS = [
  'additionalInformation',
  'certificationNarrative',
  'diagnosisDescription',
  'goalRehabOrDischargePlans',
  'thirdPartOrgNotes',
];

/** A claim note field conflicts with every other one: the 837P allows a single 2300 NTE. */
function OnlyNote(field: string): PropertyDecorator {
  return ConflictsWith(...CLAIM_NOTE_FIELDS.filter((other) => other !== field));
}

/** 2300 NTE claim note; the 837P allows one NTE, so send only one of these fields. */
export class ClaimNoteDto {
  @StringField({ description: 'NTE02 (NTE01=ADD) — additional information', max: 80, optional: true })
  @OnlyNote('additionalInformation')
  additionalInformation?: string;

  @StringField({ description: 'NTE02 (NTE01=CER) — certification narrative', max: 80, optional: true })
  @OnlyNote('certificationNarrative')
  certificationNarrative?: string;

  @StringField({ description: 'NTE02 (NTE01=DGN) — diagnosis description', max: 80, optional: true })
  @OnlyNote('diagnosisDescription')
  diagnosisDescription?: string;

  @StringField({ description: 'NTE02 (NTE01=DCP) — goals, rehabilitation potential or discharge plans', max: 80, optional: true })
  @OnlyNote('goalRehabOrDischargePlans')
  goalRehabOrDischargePlans?: string;

  @StringField({ description: 'NTE02 (NTE01=TPO) — third party organization notes', max: 80, optional: true })
  @OnlyNote('thirdPartOrgNotes')
  thirdPartOrgNotes?: string;
}

/** CR1 ambulance transport information (2300 or 2400). */
export class AmbulanceTransportInformationDto {
  @DecimalField({ description: 'CR102 (CR101=LB) — patient weight in pounds', max: 10, optional: true })
  patientWeightInPounds?: string;

  @CodeField(AMBULANCE_TRANSPORT_REASON_CODES, { description: 'CR104 — transport reason' })
  ambulanceTransportReasonCode: AmbulanceTransportReasonCode;

  @DecimalField({ description: 'CR106 (CR105=DH) — transport distance in miles', max: 15 })
  transportDistanceInMiles: string;

  @StringField({ description: 'CR109 — round trip purpose', max: 80, optional: true })
  roundTripPurposeDescription?: string;

  @StringField({ description: 'CR110 — stretcher purpose', max: 80, optional: true })
  stretcherPurposeDescription?: string;
}

/** CRC ambulance certification (CRC01=07). */
export class AmbulanceCertificationDto {
  @CodeField(YES_NO, { description: 'CRC02 — Y when the conditions apply' })
  certificationConditionIndicator: YesNo;

  @CodeArrayField(AMBULANCE_CONDITION_CODES, { description: 'CRC03–CRC07 — condition codes', max: 5 })
  conditionCodes: AmbulanceConditionCode[];
}

/** CRC vision (E1–E3) patient condition. */
export class PatientConditionInformationVisionDto {
  @CodeField(VISION_CODE_CATEGORIES, { description: 'CRC01 — E1 spectacle lenses, E2 contact lenses, E3 spectacle frames' })
  codeCategory: VisionCodeCategory;

  @CodeField(YES_NO, { description: 'CRC02 — Y when the conditions apply' })
  certificationConditionIndicator: YesNo;

  @CodeArrayField(VISION_CONDITION_CODES, { description: 'CRC03–CRC07 — condition codes', max: 5 })
  conditionCodes: VisionConditionCode[];
}

/** 2300 CR2 spinal manipulation service information. */
export class SpinalManipulationServiceInformationDto {
  @CodeField(SPINAL_CONDITION_CODES, { description: 'CR208 — patient condition code' })
  patientConditionCode: SpinalConditionCode;

  @StringField({ description: 'CR210 — condition description', max: 80, optional: true })
  patientConditionDescription1?: string;

  @StringField({ description: 'CR211 — condition description', max: 80, optional: true })
  patientConditionDescription2?: string;
}

/** One 2300 HI diagnosis (HI01…HI12); the first must be the principal (ABK). */
export class HealthCareCodeInformationDto {
  @CodeField(DIAGNOSIS_TYPE_CODES, { description: 'HI0n-1 — ABK principal, ABF other (BK/BF for ICD-9)', example: 'ABK' })
  diagnosisTypeCode: DiagnosisTypeCode;

  @IcdCodeField({ description: 'HI0n-2 — ICD-10-CM code without the dot (E11.9 → E119)', max: 30, example: 'E119' })
  diagnosisCode: string;
}

/** 2300 HI*BG condition codes (one HI segment). */
export class ConditionInformationDto {
  @StringArrayField({ description: 'HI0n-2 (BG) — NUCC condition codes', max: 12, itemMax: 30 })
  conditionCodes: string[];
}

/** SV107 diagnosis code pointers. */
export class CompositeDiagnosisCodePointersDto {
  @StringArrayField({
    description: 'SV107-1…4 — 1-based pointers into healthCareCodeInformation, as strings "1"–"12"',
    max: 4,
    itemPattern: [/^([1-9]|1[0-2])$/, 'a diagnosis pointer from "1" to "12"'],
    example: ['1', '2'],
  })
  diagnosisCodePointers: string[];
}

/** 2400 SV1 professional service. */
export class ProfessionalServiceDto {
  @CodeField(PROFESSIONAL_PROCEDURE_IDENTIFIERS, { description: 'SV101-1 — HC for CPT/HCPCS', example: 'HC' })
  procedureIdentifier: ProfessionalProcedureIdentifier;

  @StringField({ description: 'SV101-2 — procedure code', max: 48, example: '99213' })
  procedureCode: string;

  @StringArrayField({
    description: 'SV101-3…6 — up to four 2-character modifiers; omit when none',
    max: 4,
    itemMin: 2,
    itemMax: 2,
    optional: true,
  })
  procedureModifiers?: string[];

  @StringField({ description: 'SV101-7 — description (NOC codes)', max: 80, optional: true })
  description?: string;

  @AmountField({ description: 'SV102 — line charge (0 allowed; includes tax and postage)' })
  lineItemChargeAmount: string;

  @CodeField(PROFESSIONAL_MEASUREMENT_UNITS, { description: 'SV103 — UN units, MJ minutes (anesthesia)', example: 'UN' })
  measurementUnit: ProfessionalMeasurementUnit;

  @QuantityField({ description: 'SV104 — unit count as a string (up to 8 integer digits and 3 decimals)' })
  serviceUnitCount: string;

  @CodeField(PLACE_OF_SERVICE_CODES, { description: 'SV105 — place of service, only when it differs from CLM05-1', optional: true })
  placeOfServiceCode?: PlaceOfServiceCode;

  @NestedField(() => CompositeDiagnosisCodePointersDto, { description: 'SV107 — diagnosis pointers' })
  compositeDiagnosisCodePointers: CompositeDiagnosisCodePointersDto;

  @CodeField(['Y'], { description: 'SV109 — Y for an emergency', optional: true })
  emergencyIndicator?: 'Y';

  @CodeField(['Y'], { description: 'SV111 — Y for EPSDT', optional: true })
  epsdtIndicator?: 'Y';

  @CodeField(['Y'], { description: 'SV112 — Y for family planning', optional: true })
  familyPlanningIndicator?: 'Y';

  @CodeField(['0'], { description: 'SV115 — 0 when the copay was exempt', optional: true })
  copayStatusCode?: '0';
}

/** 2410 drug identification (LIN, CTP, REF). */
export class DrugIdentificationDto extends DrugQuantityFields {
  @CodeField(DRUG_ID_QUALIFIERS, { description: 'LIN02 — N4 for an 11-digit NDC', example: 'N4' })
  serviceIdQualifier: DrugIdQualifier;

  @StringField({ description: 'LIN03 — drug code (11-digit NDC for N4)', max: 48 })
  nationalDrugCode: string;
}

/** 2400 REF line identifiers. */
export class ServiceLineReferenceInformationDto {
  @ArrayField(() => PriorAuthorizationDto, {
    description: 'REF*G1 — prior authorizations overriding the claim-level one',
    max: 5,
    optional: true,
  })
  priorAuthorization?: PriorAuthorizationDto[];

  @StringArrayField({ description: 'REF*9F — referral numbers', max: 5, itemMax: 50, optional: true })
  referralNumber?: string[];

  @StringField({ description: 'REF*X4 — CLIA number', max: 50, optional: true })
  clinicalLaboratoryImprovementAmendmentNumber?: string;

  @StringField({ description: 'REF*F4 — referring CLIA number', max: 50, optional: true })
  referringCliaNumber?: string;

  @StringField({ description: 'REF*BT — immunization batch number', max: 50, optional: true })
  immunizationBatchNumber?: string;

  @StringField({ description: 'REF*EW — mammography certification number', max: 50, optional: true })
  mammographyCertificationNumber?: string;

  @StringField({ description: 'REF*9B — repriced line item reference number', max: 50, optional: true })
  repricedLineItemReferenceNumber?: string;

  @StringField({ description: 'REF*9D — adjusted repriced line item reference number', max: 50, optional: true })
  adjustedRepricedLineItemReferenceNumber?: string;
}

/** 2400 DTP line dates (D8). */
export class ServiceLineDateInformationDto {
  @DateField({ description: 'DTP*471 — prescription date', optional: true })
  prescriptionDate?: string;

  @DateField({ description: 'DTP*607 — certification revision or recertification', optional: true })
  certificationRevisionOrRecertificationDate?: string;

  @DateField({ description: 'DTP*463 — begin therapy', optional: true })
  beginTherapyDate?: string;

  @DateField({ description: 'DTP*461 — last certification', optional: true })
  lastCertificationDate?: string;

  @DateField({ description: 'DTP*304 — last seen / treatment or therapy date', optional: true })
  treatmentOrTherapyDate?: string;

  @DateField({ description: 'DTP*738 — last hemoglobin or hematocrit test', optional: true })
  hemoglobinTestDate?: string;

  @DateField({ description: 'DTP*739 — last creatinine test', optional: true })
  serumCreatineTestDate?: string;

  @DateField({ description: 'DTP*011 — shipped', optional: true })
  shippedDate?: string;

  @DateField({ description: 'DTP*454 — initial treatment', optional: true })
  initialTreatmentDate?: string;

  @DateField({ description: 'DTP*455 — last X-ray', optional: true })
  lastXRayDate?: string;
}

/** 2430 line adjudication by another payer (SVD, CAS, DTP*573, AMT*EAF). */
export class LineAdjudicationInformationDto extends LineAdjudicationFields {
  @CodeField(INSTITUTIONAL_PROCEDURE_IDENTIFIERS, { description: 'SVD03-1 — procedure code qualifier' })
  serviceIdQualifier: InstitutionalProcedureIdentifier;
}

/** 2400 MEA test result. */
export class MeasurementsDto {
  @CodeField(MEASUREMENT_REFERENCE_CODES, { description: 'MEA01 — OG original, TR test results' })
  measurementReferenceIdentificationCode: MeasurementReferenceCode;

  @CodeField(MEASUREMENT_QUALIFIERS, { description: 'MEA02 — what was measured' })
  measurementQualifier: MeasurementQualifier;

  @DecimalField({ description: 'MEA03 — measurement value', max: 20 })
  testResults: string;
}

/** 2400 SV5 durable medical equipment service. */
export class DurableMedicalEquipmentServiceDto {
  @DecimalField({ description: 'SV503 — length of medical necessity in days', max: 15 })
  days: string;

  @AmountField({ description: 'SV504 — rental price' })
  rentalPrice: string;

  @AmountField({ description: 'SV505 — purchase price' })
  purchasePrice: string;

  @CodeField(DME_FREQUENCY_CODES, { description: 'SV506 — rental frequency' })
  frequencyCode: DmeFrequencyCode;
}

/** 2400 CR3 DME certification. */
export class DurableMedicalEquipmentCertificationDto {
  @CodeField(DME_CERTIFICATION_TYPE_CODES, { description: 'CR301 — certification type' })
  certificationTypeCode: DmeCertificationTypeCode;

  @DecimalField({ description: 'CR303 (CR302=MO) — duration in months', max: 15 })
  durableMedicalEquipmentDurationInMonths: string;
}

/** 2400 PWK (PWK01=CT) DME certificate of medical necessity. */
export class DurableMedicalEquipmentCertificateOfMedicalNecessityDto {
  @CodeField(DME_CMN_TRANSMISSION_CODES, { description: 'PWK02 — how the certificate is sent' })
  attachmentTransmissionCode: DmeCmnTransmissionCode;
}

/** 2400 CRC*09 DME condition indicator. */
export class ConditionIndicatorDurableMedicalEquipmentDto {
  @CodeField(YES_NO, { description: 'CRC02 — Y when the conditions apply' })
  certificationConditionIndicator: YesNo;

  @CodeField(DME_CONDITION_INDICATORS, { description: 'CRC03 — condition indicator' })
  conditionIndicator: DmeConditionIndicator;

  @CodeField(DME_CONDITION_INDICATORS, { description: 'CRC04 — second condition indicator', optional: true })
  conditionIndicatorCode?: DmeConditionIndicator;
}

/** 2440 FRM supporting documentation answer. */
export class SupportingDocumentationDto {
  @StringField({ description: 'FRM01 — question number', max: 20 })
  questionNumber: string;

  @CodeField(QUESTION_RESPONSE_CODES, { description: 'FRM02 — Y, N or W', optional: true })
  questionResponseCode?: QuestionResponseCode;

  @StringField({ description: 'FRM03 — text answer', max: 50, optional: true })
  questionResponse?: string;

  @DateField({ description: 'FRM04 — date answer', optional: true })
  questionResponseAsDate?: string;

  @DecimalField({ description: 'FRM05 — percent answer', max: 6, optional: true })
  questionResponseAsPercent?: string;
}

/** 2440 LQ form identification. */
export class FormIdentificationDto {
  @CodeField(FORM_TYPE_CODES, { description: 'LQ01 — form type' })
  formTypeCode: FormTypeCode;

  @StringField({ description: 'LQ02 — form identifier', max: 30 })
  formIdentifier: string;

  @ArrayField(() => SupportingDocumentationDto, { description: '2440 FRM — answers', max: 99, optional: true })
  supportingDocumentation?: SupportingDocumentationDto[];
}

/** 2400 PS1 purchased service. */
export class PurchasedServiceInformationDto {
  @StringField({ description: 'PS101 — purchased service provider identifier', max: 50 })
  purchasedServiceProviderIdentifier: string;

  @AmountField({ description: 'PS102 — purchased service charge' })
  purchasedServiceChargeAmount: string;
}

/** 2400 service line (LX, SV1, DTP*472, REF*6R …). LX01 is computed, never taken from the request. */
export class ProfessionalServiceLineDto {
  @DigitsField(1, 6, {
    description: 'LX01 — computed by the gateway; accepted for compatibility and ignored',
    optional: true,
    deprecated: true,
  })
  assignedNumber?: string;

  @DateField({ description: 'DTP*472 — service date (D8, or the start of an RD8 range with serviceDateEnd)' })
  serviceDate: string;

  @DateField({ description: 'DTP*472 — service end date (RD8 range end)', optional: true })
  serviceDateEnd?: string;

  @StringField({
    description: 'REF*6R — line item control number, unique per claim; echoed as lineItemControlNumber in 277CA/835; assigned at intake when absent',
    max: 30,
    optional: true,
    example: 'PCN7Q2X9K4M1-1',
  })
  providerControlNumber?: string;

  @StringField({
    description: 'REF*6R — accepted alias of providerControlNumber; must equal it when both are sent',
    max: 30,
    optional: true,
  })
  @SameAsIfPresent('providerControlNumber')
  lineItemControlNumber?: string;

  @NestedField(() => ProfessionalServiceDto, { description: 'SV1 — the service' })
  professionalService: ProfessionalServiceDto;

  @NestedField(() => DrugIdentificationDto, { description: '2410 — drug identification', optional: true })
  drugIdentification?: DrugIdentificationDto;

  @NestedField(() => ServiceLineProviderDto, { description: '2420A NM1*82 — line rendering provider', optional: true })
  renderingProvider?: ServiceLineProviderDto;

  @NestedField(() => ServiceLineProviderDto, { description: '2420B NM1*QB — purchased service provider', optional: true })
  purchasedServiceProvider?: ServiceLineProviderDto;

  @NestedField(() => ServiceFacilityLocationDto, { description: '2420C NM1*77 — line service facility', optional: true })
  serviceFacilityLocation?: ServiceFacilityLocationDto;

  @NestedField(() => ServiceLineProviderDto, { description: '2420D NM1*DQ — line supervising provider', optional: true })
  supervisingProvider?: ServiceLineProviderDto;

  @NestedField(() => ServiceLineProviderDto, { description: '2420E NM1*DK — ordering provider', optional: true })
  orderingProvider?: ServiceLineProviderDto;

  @NestedField(() => ServiceLineProviderDto, { description: '2420F NM1*DN — line referring provider', optional: true })
  referringProvider?: ServiceLineProviderDto;

  @NestedField(() => ServiceLineReferenceInformationDto, { description: '2400 REF — line identifiers', optional: true })
  serviceLineReferenceInformation?: ServiceLineReferenceInformationDto;

  @NestedField(() => ServiceLineDateInformationDto, { description: '2400 DTP — line dates', optional: true })
  serviceLineDateInformation?: ServiceLineDateInformationDto;

  @StringField({ description: '2400 NTE*ADD — line note (one NTE per line)', max: 80, optional: true })
  @ConflictsWith('goalRehabOrDischargePlans')
  additionalNotes?: string;

  @StringField({
    description: '2400 NTE*DCP — goals, rehabilitation potential or discharge plans (one NTE per line)',
    max: 80,
    optional: true,
  })
  goalRehabOrDischargePlans?: string;

  @StringField({ description: '2400 NTE*TPO — third party organization notes', max: 80, optional: true })
  thirdPartyOrganizationNotes?: string;

  @AmountField({ description: '2400 AMT*T — sales tax', optional: true })
  salesTaxAmount?: string;

  @AmountField({ description: '2400 AMT*F4 — postage claimed', optional: true })
  postageTaxAmount?: string;

  @ArrayField(() => LineAdjudicationInformationDto, { description: '2430 — adjudication by other payers', max: 15, optional: true })
  lineAdjudicationInformation?: LineAdjudicationInformationDto[];

  @ArrayField(() => MeasurementsDto, { description: '2400 MEA — test results', max: 5, optional: true })
  testResults?: MeasurementsDto[];

  @NestedField(() => ContractInformationDto, { description: '2400 CN1 — line contract information', optional: true })
  contractInformation?: ContractInformationDto;

  @NestedField(() => ClaimPricingRepricingInformationDto, { description: '2400 HCP — line repricing', optional: true })
  linePricingRepricingInformation?: ClaimPricingRepricingInformationDto;

  @ArrayField(() => ReportInformationDto, { description: '2400 PWK — line attachments', max: 10, optional: true })
  serviceLineSupplementalInformation?: ReportInformationDto[];

  @NestedField(() => DurableMedicalEquipmentServiceDto, { description: '2400 SV5 — DME service', optional: true })
  durableMedicalEquipmentService?: DurableMedicalEquipmentServiceDto;

  @NestedField(() => DurableMedicalEquipmentCertificationDto, { description: '2400 CR3 — DME certification', optional: true })
  durableMedicalEquipmentCertification?: DurableMedicalEquipmentCertificationDto;

  @NestedField(() => DurableMedicalEquipmentCertificateOfMedicalNecessityDto, {
    description: '2400 PWK (CT) — DME certificate of medical necessity',
    optional: true,
  })
  durableMedicalEquipmentCertificateOfMedicalNecessity?: DurableMedicalEquipmentCertificateOfMedicalNecessityDto;

  @NestedField(() => ConditionIndicatorDurableMedicalEquipmentDto, { description: '2400 CRC*09 — DME condition indicator', optional: true })
  conditionIndicatorDurableMedicalEquipment?: ConditionIndicatorDurableMedicalEquipmentDto;

  @ArrayField(() => FormIdentificationDto, { description: '2440 LQ/FRM — form identification', max: 99, optional: true })
  formIdentification?: FormIdentificationDto[];

  @NestedField(() => PurchasedServiceInformationDto, { description: '2400 PS1 — purchased service', optional: true })
  purchasedServiceInformation?: PurchasedServiceInformationDto;

  @NestedField(() => AmbulanceTransportInformationDto, { description: '2400 CR1 — ambulance transport', optional: true })
  ambulanceTransportInformation?: AmbulanceTransportInformationDto;

  @ArrayField(() => AmbulanceCertificationDto, { description: '2400 CRC*07 — ambulance certification', max: 3, optional: true })
  ambulanceCertification?: AmbulanceCertificationDto[];

  @NestedField(() => ClaimAddressDto, { description: '2420G NM1*PW N3/N4 — ambulance pick-up location', optional: true })
  ambulancePickUpLocation?: ClaimAddressDto;

  @NestedField(() => ClaimAddressDto, { description: '2420H NM1*45 N3/N4 — ambulance drop-off location', optional: true })
  ambulanceDropOffLocation?: ClaimAddressDto;

  @IntegerField({ description: '2400 QTY*PT — ambulance patient count (a JSON number)', min: 1, optional: true })
  ambulancePatientCount?: number;

  @IntegerField({ description: '2400 QTY*FL — obstetric anesthesia additional units (a JSON number)', min: 1, optional: true })
  obstetricAnesthesiaAdditionalUnits?: number;

  @BooleanField({ description: '2400 CRC*70 — hospice employee indicator', optional: true })
  hospiceEmployeeIndicator?: boolean;

  @StringArrayField({ description: '2400 K3 — file information', max: 10, itemMax: 80, optional: true })
  fileInformation?: string[];
}

/** 2300 claim information (CLM and friends) with its 2400 service lines (837P). */
export class ProfessionalClaimInformationDto {
  @CodeField(CLAIM_FILING_CODES, { description: '2000B SBR09 — claim filing indicator', example: 'CI' })
  claimFilingCode: ClaimFilingCode;

  @StringField({
    description: 'CLM01 — patient control number (provider claim ID, echoed in 277CA/835); unique and unguessable',
    max: 20,
    example: 'PCN7Q2X9K4M1',
  })
  patientControlNumber: string;

  @AmountField({ description: 'CLM02 — total claim charge; must equal the sum of the line charges', example: '150.00' })
  claimChargeAmount: string;

  @CodeField(PLACE_OF_SERVICE_CODES, { description: 'CLM05-1 (CLM05-2=B) — place of service', example: '11' })
  placeOfServiceCode: PlaceOfServiceCode;

  @CodeField(PROFESSIONAL_CLAIM_FREQUENCY_CODES, { description: 'CLM05-3 — 1 original, 7 replacement, 8 void', example: '1' })
  claimFrequencyCode: ProfessionalClaimFrequencyCode;

  @CodeField(YES_NO, { description: 'CLM06 — provider signature on file', example: 'Y' })
  signatureIndicator: YesNo;

  @CodeField(PLAN_PARTICIPATION_CODES, { description: 'CLM07 — provider accepts assignment', example: 'A' })
  planParticipationCode: PlanParticipationCode;

  @CodeField(BENEFITS_ASSIGNMENT_CODES, { description: 'CLM08 — benefits assignment certification', example: 'Y' })
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode;

  @CodeField(RELEASE_INFORMATION_CODES, { description: 'CLM09 — release of information', example: 'Y' })
  releaseInformationCode: ReleaseInformationCode;

  @BooleanField({ description: 'CLM10 — P when true (patient signature source)', optional: true })
  patientSignatureSourceCode?: boolean;

  @CodeArrayField(RELATED_CAUSES_CODES, { description: 'CLM11-1/-2 — related causes', max: 2, optional: true })
  relatedCausesCode?: RelatedCausesCode[];

  @StringField({ description: 'CLM11-4 — auto accident state (with AA)', min: 2, max: 2, optional: true })
  autoAccidentStateCode?: string;

  @StringField({ description: 'CLM11-5 — auto accident country (with AA)', min: 2, max: 3, optional: true })
  autoAccidentCountryCode?: string;

  @CodeField(SPECIAL_PROGRAM_CODES, { description: 'CLM12 — special program', optional: true })
  specialProgramCode?: SpecialProgramCode;

  @CodeField(DELAY_REASON_CODES, { description: 'CLM20 — delay reason', optional: true })
  delayReasonCode?: DelayReasonCode;

  @AmountField({ description: '2300 AMT*F5 — amount paid by the patient; omit rather than send 0', optional: true })
  patientAmountPaid?: string;

  @DateField({ description: 'PAT06 (PAT05=D8) — patient date of death', optional: true })
  deathDate?: string;

  @DecimalField({ description: 'PAT08 (PAT07=01) — patient weight in pounds', max: 10, optional: true })
  patientWeight?: string;

  @CodeField(['Y'], { description: 'PAT09 — Y when the patient is pregnant', optional: true })
  pregnancyIndicator?: 'Y';

  @StringField({ description: '2010BA/2010CA REF*Y4 — property and casualty claim number', max: 50, optional: true })
  propertyCasualtyClaimNumber?: string;

  @NestedField(() => ProfessionalClaimDateInformationDto, { description: '2300 DTP — claim dates', optional: true })
  claimDateInformation?: ProfessionalClaimDateInformationDto;

  @NestedField(() => ClaimSupplementalInformationDto, { description: '2300 REF/PWK — claim identifiers and attachments', optional: true })
  claimSupplementalInformation?: ClaimSupplementalInformationDto;

  @NestedField(() => ClaimNoteDto, { description: '2300 NTE — claim note', optional: true })
  claimNote?: ClaimNoteDto;

  @StringArrayField({ description: '2300 K3 — file information', max: 10, itemMax: 80, optional: true })
  fileInformationList?: string[];

  @StringField({
    description: '2300 K3 — older single form of fileInformationList (normalized into it)',
    max: 80,
    optional: true,
    deprecated: true,
  })
  @ConflictsWith('fileInformationList')
  fileInformation?: string;

  @NestedField(() => ContractInformationDto, { description: '2300 CN1 — contract information', optional: true })
  claimContractInformation?: ContractInformationDto;

  @NestedField(() => ClaimPricingRepricingInformationDto, { description: '2300 HCP — repricing (repricers only)', optional: true })
  claimPricingRepricingInformation?: ClaimPricingRepricingInformationDto;

  @NestedField(() => AmbulanceTransportInformationDto, { description: '2300 CR1 — ambulance transport', optional: true })
  ambulanceTransportInformation?: AmbulanceTransportInformationDto;

  @ArrayField(() => AmbulanceCertificationDto, { description: '2300 CRC*07 — ambulance certification', max: 3, optional: true })
  ambulanceCertification?: AmbulanceCertificationDto[];

  @NestedField(() => ClaimAddressDto, { description: '2310E NM1*PW N3/N4 — ambulance pick-up location', optional: true })
  ambulancePickUpLocation?: ClaimAddressDto;

  @NestedField(() => ClaimAddressDto, { description: '2310F NM1*45 N3/N4 — ambulance drop-off location', optional: true })
  ambulanceDropOffLocation?: ClaimAddressDto;

  @ArrayField(() => PatientConditionInformationVisionDto, { description: '2300 CRC (E1–E3) — vision conditions', max: 3, optional: true })
  patientConditionInformationVision?: PatientConditionInformationVisionDto[];

  @BooleanField({ description: '2300 CRC*75 — patient is homebound', optional: true })
  homeboundIndicator?: boolean;

  @NestedField(() => EpsdtReferralDto, { description: '2300 CRC*ZZ — EPSDT referral', optional: true })
  epsdtReferral?: EpsdtReferralDto;

  @NestedField(() => SpinalManipulationServiceInformationDto, { description: '2300 CR2 — spinal manipulation', optional: true })
  spinalManipulationServiceInformation?: SpinalManipulationServiceInformationDto;

  @ArrayField(() => HealthCareCodeInformationDto, {
    description: '2300 HI — diagnoses; the first is the principal (ABK), then up to 11 others (ABF)',
    max: 12,
  })
  healthCareCodeInformation: HealthCareCodeInformationDto[];

  @StringArrayField({ description: '2300 HI (BP/BO) — anesthesia-related surgical procedures', max: 2, itemMax: 30, optional: true })
  anesthesiaRelatedSurgicalProcedure?: string[];

  @ArrayField(() => ConditionInformationDto, { description: '2300 HI*BG — condition codes', max: 2, optional: true })
  conditionInformation?: ConditionInformationDto[];

  @NestedField(() => ServiceFacilityLocationDto, { description: '2310C NM1*77 — service facility location', optional: true })
  serviceFacilityLocation?: ServiceFacilityLocationDto;

  @ArrayField(() => OtherSubscriberInformationDto, {
    description: '2320 — other payers (coordination of benefits)',
    max: 10,
    optional: true,
  })
  otherSubscriberInformation?: OtherSubscriberInformationDto[];

  @ArrayField(() => ProfessionalServiceLineDto, { description: '2400 — service lines', max: 50 })
  serviceLines: ProfessionalServiceLineDto[];
}

/**
 * Professional claim (837P, 005010X222A1) request body: the CHC/Optum Professional Claims v3
 * shape, also accepted by Stedi.
 */
export class ProfessionalClaimDto extends ProfessionalDentalClaimFields {
  @DigitsField(9, {
    description: 'ST02 — Optum transaction control number, 9 digits; accepted, the gateway assigns its own from the ledger',
    optional: true,
    example: '000000001',
  })
  controlNumber?: string;

  @StringField({ description: '2010BB NM103 — payer name', max: 60, optional: true, example: 'EXAMPLE HEALTH PLAN' })
  tradingPartnerName?: string;

  @NestedField(() => SupervisingProviderDto, { description: '2310D — supervising provider', optional: true })
  supervising?: SupervisingProviderDto;

  @NestedField(() => OrderingProviderDto, {
    description: 'Ordering provider (deprecated; use serviceLines[].orderingProvider)',
    optional: true,
    deprecated: true,
  })
  ordering?: OrderingProviderDto;

  @ArrayField(() => ClaimProviderDto, {
    description: 'Legacy provider list, resolved into billing/rendering/referring/supervising/ordering; one item per providerType and never together with the dedicated object of the same type',
    max: 5,
    optional: true,
    deprecated: true,
  })
  providers?: ClaimProviderDto[];

  @NestedField(() => ClaimAddressDto, { description: '2010AB NM1*87 N3/N4 — pay-to address', optional: true })
  payToAddress?: ClaimAddressDto;

  @NestedField(() => PayToPlanDto, { description: '2010AC NM1*PE — pay-to plan', optional: true })
  payToPlan?: PayToPlanDto;

  @NestedField(() => ClaimAddressDto, { description: '2010BB N3/N4 — payer address', optional: true })
  payerAddress?: ClaimAddressDto;

  @NestedField(() => ProfessionalClaimInformationDto, { description: '2300/2400 — the claim and its service lines' })
  claimInformation: ProfessionalClaimInformationDto;
}
