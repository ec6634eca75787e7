// Framework-free types of the claim JSON (the Optum/Stedi v3 shape) as a normalized document: the
// claim kinds, the code lists (each named after the X12 element it fills) and one interface per
// object. It is the input of the 837 writers and the shared domain language of intake and batching.
// Field names are those of the intake JSON; comments cite the 837 loop, segment or element. The
// DTOs in src/claims/dto validate requests into these shapes (the mapper type-checks the overlap).

export type ClaimKind = 'professional' | 'institutional' | 'dental';
export const CLAIM_KINDS: readonly ClaimKind[] = ['professional', 'institutional', 'dental'];

// ---------------------------------------------------------------------------------------------
// Code lists
// ---------------------------------------------------------------------------------------------

/** ISA15 usage indicator: P production, T test. */
export const USAGE_INDICATORS = ['P', 'T'] as const;
export type UsageIndicator = (typeof USAGE_INDICATORS)[number];

/** BHT06 transaction type: CH chargeable, RP reporting (encounters), 31 subrogation demand. */
export const CLAIM_IDENTIFIERS = ['CH', 'RP', '31'] as const;
export type ClaimIdentifier = (typeof CLAIM_IDENTIFIERS)[number];

/** Stedi print-and-mail routing values for receiver.receiverId (no X12 element). */
export const RECEIVER_IDS = ['PAPER', 'PRINT', 'BPUMR'] as const;
export type ReceiverId = (typeof RECEIVER_IDS)[number];

/**
 * SBR01 payer responsibility sequence: P primary, S secondary, T tertiary, A–H fourth to eleventh,
 * U unknown.
 */
export const PAYMENT_RESPONSIBILITY_LEVEL_CODES = [
  'P', 'S', 'T', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'U',
] as const;
export type PaymentResponsibilityLevelCode = (typeof PAYMENT_RESPONSIBILITY_LEVEL_CODES)[number];

/** DMG03 gender: F, M, U unknown. */
export const GENDER_CODES = ['F', 'M', 'U'] as const;
export type GenderCode = (typeof GENDER_CODES)[number];

/** SBR05 insurance type, sent only when Medicare is a secondary payer. */
export const INSURANCE_TYPE_CODES = ['12', '13', '14', '15', '16', '41', '42', '43', '47'] as const;
export type InsuranceTypeCode = (typeof INSURANCE_TYPE_CODES)[number];

/** 2000C PAT01 patient relationship to the subscriber (18 self is implied by sending no dependent). */
export const RELATIONSHIP_TO_SUBSCRIBER_CODES = ['01', '19', '20', '21', '39', '40', '53', 'G8'] as const;
export type RelationshipToSubscriberCode = (typeof RELATIONSHIP_TO_SUBSCRIBER_CODES)[number];

/** 2320 SBR02 relationship of the patient to the other insured. */
export const INDIVIDUAL_RELATIONSHIP_CODES = ['01', '18', '19', '20', '21', '39', '40', '53', 'G8'] as const;
export type IndividualRelationshipCode = (typeof INDIVIDUAL_RELATIONSHIP_CODES)[number];

/** Legacy providers[].providerType values on 837P claims. */
export const PROFESSIONAL_PROVIDER_TYPES = [
  'BillingProvider', 'RenderingProvider', 'ReferringProvider', 'SupervisingProvider',
  'OrderingProvider',
] as const;
export type ProfessionalProviderType = (typeof PROFESSIONAL_PROVIDER_TYPES)[number];

/** Legacy providers[].providerType values on 837D claims. */
export const DENTAL_PROVIDER_TYPES = [
  'BillingProvider', 'RenderingProvider', 'ReferringProvider', 'SupervisingProvider',
] as const;
export type DentalProviderType = (typeof DENTAL_PROVIDER_TYPES)[number];

/** Legacy providers[].providerType values on 837I claims. */
export const INSTITUTIONAL_PROVIDER_TYPES = [
  'BillingProvider', 'AttendingProvider', 'ReferringProvider', 'RenderingProvider',
] as const;
export type InstitutionalProviderType = (typeof INSTITUTIONAL_PROVIDER_TYPES)[number];

/** NM108 for payers and pay-to plans: PI payer ID, XV CMS PlanID. */
export const PAYER_ID_QUALIFIERS = ['PI', 'XV'] as const;
export type PayerIdQualifier = (typeof PAYER_ID_QUALIFIERS)[number];

/** 2010AC REF01: 2U payer ID, FY claim office number, NF NAIC code. */
export const PAY_TO_PLAN_SECONDARY_ID_QUALIFIERS = ['2U', 'FY', 'NF'] as const;
export type PayToPlanSecondaryIdQualifier = (typeof PAY_TO_PLAN_SECONDARY_ID_QUALIFIERS)[number];

/** CMS place of service codes accepted in CLM05-1 / SV105 (837P) and SV303 (837D). */
export const PLACE_OF_SERVICE_CODES = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16',
  '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '31', '32', '33', '34', '41',
  '42', '49', '50', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '65', '66',
  '71', '72', '81', '99',
] as const;
export type PlaceOfServiceCode = (typeof PLACE_OF_SERVICE_CODES)[number];

/** CLM05-3 on 837P/837D: 1 original, 7 replacement, 8 void. */
export const PROFESSIONAL_CLAIM_FREQUENCY_CODES = ['1', '7', '8'] as const;
export type ProfessionalClaimFrequencyCode = (typeof PROFESSIONAL_CLAIM_FREQUENCY_CODES)[number];

/** Y / N indicators (CLM06, CRC02 …). */
export const YES_NO = ['Y', 'N'] as const;
export type YesNo = (typeof YES_NO)[number];

/** CLM07 provider accepts assignment: A assigned, B lab services only, C not assigned. */
export const PLAN_PARTICIPATION_CODES = ['A', 'B', 'C'] as const;
export type PlanParticipationCode = (typeof PLAN_PARTICIPATION_CODES)[number];

/** CLM07 on 837D: A assigned, C not assigned. */
export const DENTAL_PLAN_PARTICIPATION_CODES = ['A', 'C'] as const;
export type DentalPlanParticipationCode = (typeof DENTAL_PLAN_PARTICIPATION_CODES)[number];

/** CLM08 / OI03 benefits assignment certification: Y, N, W not applicable. */
export const BENEFITS_ASSIGNMENT_CODES = ['Y', 'N', 'W'] as const;
export type BenefitsAssignmentCode = (typeof BENEFITS_ASSIGNMENT_CODES)[number];

/** CLM09 / OI06 release of information: Y signed statement, I informed consent. */
export const RELEASE_INFORMATION_CODES = ['Y', 'I'] as const;
export type ReleaseInformationCode = (typeof RELEASE_INFORMATION_CODES)[number];

/** CLM11-1/-2 related causes: AA auto accident, EM employment, OA other accident. */
export const RELATED_CAUSES_CODES = ['AA', 'EM', 'OA'] as const;
export type RelatedCausesCode = (typeof RELATED_CAUSES_CODES)[number];

/** CLM12 special program on 837P. */
export const SPECIAL_PROGRAM_CODES = ['02', '03', '05', '09'] as const;
export type SpecialProgramCode = (typeof SPECIAL_PROGRAM_CODES)[number];

/** CLM12 special program on 837D. */
export const DENTAL_SPECIAL_PROGRAM_CODES = ['01', '02', '03', '05'] as const;
export type DentalSpecialProgramCode = (typeof DENTAL_SPECIAL_PROGRAM_CODES)[number];

/** CLM20 delay reason. */
export const DELAY_REASON_CODES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '15'] as const;
export type DelayReasonCode = (typeof DELAY_REASON_CODES)[number];

/** SBR09 claim filing indicator (2000B and 2320). */
export const CLAIM_FILING_CODES = [
  '11', '12', '13', '14', '15', '16', '17', 'AM', 'BL', 'CH', 'CI', 'DS', 'FI', 'HM', 'LM', 'MA',
  'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ',
] as const;
export type ClaimFilingCode = (typeof CLAIM_FILING_CODES)[number];

/** CN101 contract type. */
export const CONTRACT_TYPE_CODES = ['01', '02', '03', '04', '05', '06', '09'] as const;
export type ContractTypeCode = (typeof CONTRACT_TYPE_CODES)[number];

/** CN101 contract type on 837D. */
export const DENTAL_CONTRACT_TYPE_CODES = ['02', '03', '04', '05', '06', '09'] as const;
export type DentalContractTypeCode = (typeof DENTAL_CONTRACT_TYPE_CODES)[number];

/** HCP01 pricing methodology (repricers). */
export const PRICING_METHODOLOGY_CODES = [
  '00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14',
] as const;
export type PricingMethodologyCode = (typeof PRICING_METHODOLOGY_CODES)[number];

/** HCP15 exception code (repricers). */
export const REPRICING_EXCEPTION_CODES = ['1', '2', '3', '4', '5', '6'] as const;
export type RepricingExceptionCode = (typeof REPRICING_EXCEPTION_CODES)[number];

/** HCP14 policy compliance code (repricers). */
export const POLICY_COMPLIANCE_CODES = ['1', '2', '3', '4', '5'] as const;
export type PolicyComplianceCode = (typeof POLICY_COMPLIANCE_CODES)[number];

/** HCP13 reject reason code (repricers). */
export const REPRICING_REJECT_REASON_CODES = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'] as const;
export type RepricingRejectReasonCode = (typeof REPRICING_REJECT_REASON_CODES)[number];

/** REF*4N service authorization exception code. */
export const SERVICE_AUTHORIZATION_EXCEPTION_CODES = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type ServiceAuthorizationExceptionCode = (typeof SERVICE_AUTHORIZATION_EXCEPTION_CODES)[number];

/** PWK01 attachment report type. */
export const ATTACHMENT_REPORT_TYPE_CODES = [
  '03', '04', '05', '06', '07', '08', '09', '10', '11', '13', '15', '21', 'A3', 'A4', 'AM', 'AS',
  'B2', 'B3', 'B4', 'BR', 'BS', 'BT', 'CB', 'CK', 'CT', 'D2', 'DA', 'DB', 'DG', 'DJ', 'DS', 'EB',
  'HC', 'HR', 'I5', 'IR', 'LA', 'M1', 'MT', 'NN', 'OB', 'OC', 'OD', 'OE', 'OX', 'OZ', 'P4', 'P5',
  'PE', 'PN', 'PO', 'PQ', 'PY', 'PZ', 'RB', 'RR', 'RT', 'RX', 'SG', 'V5', 'XP',
] as const;
export type AttachmentReportTypeCode = (typeof ATTACHMENT_REPORT_TYPE_CODES)[number];

/** PWK01 attachment report type on 837D. */
export const DENTAL_ATTACHMENT_REPORT_TYPE_CODES = ['B4', 'DA', 'DG', 'EB', 'OZ', 'P6', 'RB', 'RR'] as const;
export type DentalAttachmentReportTypeCode = (typeof DENTAL_ATTACHMENT_REPORT_TYPE_CODES)[number];

/**
 * PWK02 attachment transmission: AA available on request, BM by mail, EL electronically, EM email,
 * FT file transfer, FX fax.
 */
export const ATTACHMENT_TRANSMISSION_CODES = ['AA', 'BM', 'EL', 'EM', 'FT', 'FX'] as const;
export type AttachmentTransmissionCode = (typeof ATTACHMENT_TRANSMISSION_CODES)[number];

/** HI0n-1 on 837P: ABK principal / ABF other ICD-10-CM (BK / BF ICD-9). */
export const DIAGNOSIS_TYPE_CODES = ['ABK', 'ABF', 'BK', 'BF'] as const;
export type DiagnosisTypeCode = (typeof DIAGNOSIS_TYPE_CODES)[number];

/** HI0n-1 on 837D: ABK, ABF, TQ. */
export const DENTAL_DIAGNOSIS_TYPE_CODES = ['ABK', 'ABF', 'TQ'] as const;
export type DentalDiagnosisTypeCode = (typeof DENTAL_DIAGNOSIS_TYPE_CODES)[number];

/** CR104 ambulance transport reason. */
export const AMBULANCE_TRANSPORT_REASON_CODES = ['A', 'B', 'C', 'D', 'E'] as const;
export type AmbulanceTransportReasonCode = (typeof AMBULANCE_TRANSPORT_REASON_CODES)[number];

/** CRC03–CRC07 ambulance certification condition codes (CRC01=07). */
export const AMBULANCE_CONDITION_CODES = ['01', '04', '05', '06', '07', '08', '09', '12'] as const;
export type AmbulanceConditionCode = (typeof AMBULANCE_CONDITION_CODES)[number];

/** CRC01 vision code category: E1 spectacle lenses, E2 contact lenses, E3 spectacle frames. */
export const VISION_CODE_CATEGORIES = ['E1', 'E2', 'E3'] as const;
export type VisionCodeCategory = (typeof VISION_CODE_CATEGORIES)[number];

/** CRC03–CRC07 vision condition codes. */
export const VISION_CONDITION_CODES = ['L1', 'L2', 'L3', 'L4', 'L5'] as const;
export type VisionConditionCode = (typeof VISION_CONDITION_CODES)[number];

/** CRC03–CRC05 EPSDT referral condition codes (CRC01=ZZ). */
export const EPSDT_CONDITION_CODES = ['AV', 'NU', 'S2', 'ST'] as const;
export type EpsdtConditionCode = (typeof EPSDT_CONDITION_CODES)[number];

/** CR208 patient condition code (spinal manipulation). */
export const SPINAL_CONDITION_CODES = ['A', 'C', 'D', 'E', 'F', 'G', 'M'] as const;
export type SpinalConditionCode = (typeof SPINAL_CONDITION_CODES)[number];

/** CAS01 claim adjustment group. */
export const ADJUSTMENT_GROUP_CODES = ['CO', 'CR', 'OA', 'PI', 'PR'] as const;
export type AdjustmentGroupCode = (typeof ADJUSTMENT_GROUP_CODES)[number];

/** NM102 entity type: 1 person, 2 non-person entity. */
export const ENTITY_TYPE_QUALIFIERS = ['1', '2'] as const;
export type EntityTypeQualifier = (typeof ENTITY_TYPE_QUALIFIERS)[number];

/** 2330A NM108: MI member ID, II standard unique health ID. */
export const OTHER_INSURED_ID_QUALIFIERS = ['II', 'MI'] as const;
export type OtherInsuredIdQualifier = (typeof OTHER_INSURED_ID_QUALIFIERS)[number];

/**
 * SV101-1 product/service ID qualifier: HC CPT/HCPCS, ER jurisdiction specific, IV HIEC, WK ABC
 * codes.
 */
export const PROFESSIONAL_PROCEDURE_IDENTIFIERS = ['HC', 'ER', 'IV', 'WK'] as const;
export type ProfessionalProcedureIdentifier = (typeof PROFESSIONAL_PROCEDURE_IDENTIFIERS)[number];

/** SV202-1 / SVD03-1 / HCP09 product/service ID qualifier: HC, HP HIPPS, ER, IV, WK. */
export const INSTITUTIONAL_PROCEDURE_IDENTIFIERS = ['HC', 'HP', 'ER', 'IV', 'WK'] as const;
export type InstitutionalProcedureIdentifier = (typeof INSTITUTIONAL_PROCEDURE_IDENTIFIERS)[number];

/** SVD03-1 on 837D: AD ADA/CDT, ER jurisdiction specific. */
export const DENTAL_LINE_ADJUDICATION_QUALIFIERS = ['AD', 'ER'] as const;
export type DentalLineAdjudicationQualifier = (typeof DENTAL_LINE_ADJUDICATION_QUALIFIERS)[number];

/** SV103 unit: UN unit, MJ minutes (anesthesia). */
export const PROFESSIONAL_MEASUREMENT_UNITS = ['UN', 'MJ'] as const;
export type ProfessionalMeasurementUnit = (typeof PROFESSIONAL_MEASUREMENT_UNITS)[number];

/** SV204 / HCP11 unit: UN unit, DA days. */
export const INSTITUTIONAL_MEASUREMENT_UNITS = ['UN', 'DA'] as const;
export type InstitutionalMeasurementUnit = (typeof INSTITUTIONAL_MEASUREMENT_UNITS)[number];

/** LIN02 drug identification qualifier (N4 = 11-digit NDC). */
export const DRUG_ID_QUALIFIERS = ['N4', 'EN', 'EO', 'HI', 'ON', 'UK', 'UP'] as const;
export type DrugIdQualifier = (typeof DRUG_ID_QUALIFIERS)[number];

/** CTP05-1 drug unit: F2 international unit, GR gram, ME milligram, ML milliliter, UN unit. */
export const DRUG_UNIT_CODES = ['F2', 'GR', 'ME', 'ML', 'UN'] as const;
export type DrugUnitCode = (typeof DRUG_UNIT_CODES)[number];

/** SV506 rental frequency: 1 weekly, 4 monthly, 6 daily. */
export const DME_FREQUENCY_CODES = ['1', '4', '6'] as const;
export type DmeFrequencyCode = (typeof DME_FREQUENCY_CODES)[number];

/** CR301 certification type: I initial, R renewal, S revised. */
export const DME_CERTIFICATION_TYPE_CODES = ['I', 'R', 'S'] as const;
export type DmeCertificationTypeCode = (typeof DME_CERTIFICATION_TYPE_CODES)[number];

/** PWK02 for the DME certificate of medical necessity (PWK01=CT). */
export const DME_CMN_TRANSMISSION_CODES = ['AB', 'AD', 'AF', 'AG', 'NS'] as const;
export type DmeCmnTransmissionCode = (typeof DME_CMN_TRANSMISSION_CODES)[number];

/** CRC03/CRC04 DME condition indicators (CRC01=09). */
export const DME_CONDITION_INDICATORS = ['38', 'ZV'] as const;
export type DmeConditionIndicator = (typeof DME_CONDITION_INDICATORS)[number];

/** LQ01 form type: AS form type code, UT CMS DME information form. */
export const FORM_TYPE_CODES = ['AS', 'UT'] as const;
export type FormTypeCode = (typeof FORM_TYPE_CODES)[number];

/** FRM02 question response: Y, N, W not applicable. */
export const QUESTION_RESPONSE_CODES = ['Y', 'N', 'W'] as const;
export type QuestionResponseCode = (typeof QUESTION_RESPONSE_CODES)[number];

/** MEA02 test measurement qualifier: HT height, R1–R4 hemoglobin/hematocrit/epoetin/creatinine. */
export const MEASUREMENT_QUALIFIERS = ['HT', 'R1', 'R2', 'R3', 'R4'] as const;
export type MeasurementQualifier = (typeof MEASUREMENT_QUALIFIERS)[number];

/** MEA01 measurement reference: OG original, TR test results. */
export const MEASUREMENT_REFERENCE_CODES = ['OG', 'TR'] as const;
export type MeasurementReferenceCode = (typeof MEASUREMENT_REFERENCE_CODES)[number];

/**
 * REF01 for service facility secondary IDs: 0B state license, G2 payer-assigned, LU location
 * number.
 */
export const FACILITY_SECONDARY_ID_QUALIFIERS = ['0B', 'G2', 'LU'] as const;
export type FacilitySecondaryIdQualifier = (typeof FACILITY_SECONDARY_ID_QUALIFIERS)[number];

/** REF01 for 837I provider secondary IDs: 0B, 1G UPIN, G2, LU. */
export const PROVIDER_SECONDARY_ID_QUALIFIERS = ['0B', '1G', 'G2', 'LU'] as const;
export type ProviderSecondaryIdQualifier = (typeof PROVIDER_SECONDARY_ID_QUALIFIERS)[number];

/** REF01 for 837I referring provider secondary IDs: 0B, 1G, G2. */
export const REFERRING_SECONDARY_ID_QUALIFIERS = ['0B', '1G', 'G2'] as const;
export type ReferringSecondaryIdQualifier = (typeof REFERRING_SECONDARY_ID_QUALIFIERS)[number];

/** HI0n-9 present on admission: Y, N, U unknown, W clinically undetermined. */
export const PRESENT_ON_ADMISSION_INDICATORS = ['Y', 'N', 'U', 'W'] as const;
export type PresentOnAdmissionIndicator = (typeof PRESENT_ON_ADMISSION_INDICATORS)[number];

/** HI01-1 principal diagnosis: ABK ICD-10-CM (BK ICD-9). */
export const PRINCIPAL_DIAGNOSIS_QUALIFIERS = ['ABK', 'BK'] as const;
export type PrincipalDiagnosisQualifier = (typeof PRINCIPAL_DIAGNOSIS_QUALIFIERS)[number];

/** HI01-1 admitting diagnosis: ABJ (BJ ICD-9). */
export const ADMITTING_DIAGNOSIS_QUALIFIERS = ['ABJ', 'BJ'] as const;
export type AdmittingDiagnosisQualifier = (typeof ADMITTING_DIAGNOSIS_QUALIFIERS)[number];

/** HI0n-1 patient reason for visit: APR (PR ICD-9). */
export const REASON_FOR_VISIT_QUALIFIERS = ['APR', 'PR'] as const;
export type ReasonForVisitQualifier = (typeof REASON_FOR_VISIT_QUALIFIERS)[number];

/** HI0n-1 external cause of injury: ABN (BN ICD-9). */
export const EXTERNAL_CAUSE_QUALIFIERS = ['ABN', 'BN'] as const;
export type ExternalCauseQualifier = (typeof EXTERNAL_CAUSE_QUALIFIERS)[number];

/** HI0n-1 other diagnosis: ABF (BF ICD-9). */
export const OTHER_DIAGNOSIS_QUALIFIERS = ['ABF', 'BF'] as const;
export type OtherDiagnosisQualifier = (typeof OTHER_DIAGNOSIS_QUALIFIERS)[number];

/** HI01-1 principal procedure: BBR ICD-10-PCS, BR ICD-9, CAH advanced billing concept. */
export const PRINCIPAL_PROCEDURE_QUALIFIERS = ['BBR', 'BR', 'CAH'] as const;
export type PrincipalProcedureQualifier = (typeof PRINCIPAL_PROCEDURE_QUALIFIERS)[number];

/** HI0n-1 other procedure: BBQ ICD-10-PCS (BQ ICD-9). */
export const OTHER_PROCEDURE_QUALIFIERS = ['BBQ', 'BQ'] as const;
export type OtherProcedureQualifier = (typeof OTHER_PROCEDURE_QUALIFIERS)[number];

/** DN202 tooth status: E to be extracted, M missing. */
export const TOOTH_STATUS_CODES = ['E', 'M'] as const;
export type ToothStatusCode = (typeof TOOTH_STATUS_CODES)[number];

/** TOO03 tooth surface: B buccal, D distal, F facial, I incisal, L lingual, M mesial, O occlusal. */
export const TOOTH_SURFACE_CODES = ['B', 'D', 'F', 'I', 'L', 'M', 'O'] as const;
export type ToothSurfaceCode = (typeof TOOTH_SURFACE_CODES)[number];

/** SV305 prosthesis, crown or inlay: I initial placement, R replacement. */
export const PROSTHESIS_CROWN_OR_INLAY_CODES = ['I', 'R'] as const;
export type ProsthesisCrownOrInlayCode = (typeof PROSTHESIS_CROWN_OR_INLAY_CODES)[number];

// ---------------------------------------------------------------------------------------------
// Normalized claim documents. Differences from the request JSON: providers[] is resolved into the
// dedicated provider objects (and providerType dropped); usageIndicator, claimIdentifier and
// subscriber.paymentResponsibilityLevelCode carry their defaults; the line item control number is
// always named providerControlNumber on 837P/837D lines and lineItemControlNumber on 837I lines
// (intake fills missing ones, see line-control-numbers.ts); deprecated single forms (fileInformation, reportInformation, serviceLineSupplementalInformation)
// are folded into their lists; LX01 assignedNumber is dropped (the writer numbers lines).
// ---------------------------------------------------------------------------------------------

/** N3/N4 street address, the same object everywhere in the claim (ClaimsAddress). */
export interface ClaimAddress {
  address1: string; // N301
  address2?: string; // N302
  city: string; // N401
  state?: string; // N402
  postalCode?: string; // N403
  countryCode?: string; // N404
  countrySubDivisionCode?: string; // N407
}

/** PER contact (PER01=IC); the name is optional here (Optum always sends it). */
export interface ContactInformation {
  name?: string; // PER02
  phoneNumber?: string; // PER04 (PER03=TE)
  phoneExtension?: string; // PER06 (PER05=EX)
  faxNumber?: string; // PER (FX)
  email?: string; // PER (EM)
}

/** 1000A submitter (NM1*41, PER*IC) on 837P and 837D. */
export interface Submitter {
  organizationName?: string; // 1000A NM103 (NM102=2)
  lastName?: string; // 1000A NM103 (NM102=1)
  firstName?: string; // 1000A NM104
  middleName?: string; // 1000A NM105
  submitterIdentification?: string; // 1000A NM109 (NM108=46)
  contactInformation: ContactInformation; // 1000A PER (PER01=IC)
}

/** 1000B receiver (NM1*40); the receiver ID in NM109 is set by the clearinghouse. */
export interface Receiver {
  organizationName: string; // 1000B NM103
  receiverId?: ReceiverId; // Stedi print-and-mail routing (no X12 element): PAPER, PRINT or BPUMR
}

/**
 * 2000B SBR + 2010BA NM1*IL subscriber on 837P and 837D. SBR02=18 is derived when there is no
 * dependent.
 */
export interface Subscriber {
  memberId?: string; // 2010BA NM109 (NM108=MI)
  paymentResponsibilityLevelCode: PaymentResponsibilityLevelCode; // 2000B SBR01
  lastName?: string; // 2010BA NM103 (NM102=1)
  firstName?: string; // 2010BA NM104
  middleName?: string; // 2010BA NM105
  suffix?: string; // 2010BA NM107
  organizationName?: string; // 2010BA NM103 (NM102=2)
  gender?: GenderCode; // 2010BA DMG03
  dateOfBirth?: string; // 2010BA DMG02 (DMG01=D8)
  policyNumber?: string; // 2000B SBR03
  groupNumber?: string; // 2000B SBR03
  subscriberGroupName?: string; // 2000B SBR04
  insuranceTypeCode?: InsuranceTypeCode; // 2000B SBR05
  ssn?: string; // 2010BA REF*SY
  contactInformation?: ContactInformation; // 2010BA PER
  address?: ClaimAddress; // 2010BA N3/N4
}

/** 2000C PAT + 2010CA NM1*QC patient, sent only when the patient is not the subscriber. */
export interface Dependent {
  relationshipToSubscriberCode: RelationshipToSubscriberCode; // 2000C PAT01
  lastName: string; // 2010CA NM103
  firstName: string; // 2010CA NM104
  middleName?: string; // 2010CA NM105
  suffix?: string; // 2010CA NM107
  gender: GenderCode; // 2010CA DMG03
  dateOfBirth: string; // 2010CA DMG02 (DMG01=D8)
  address: ClaimAddress; // 2010CA N3/N4
  memberId?: string; // 2010CA REF*1W
  ssn?: string; // 2010CA REF*SY
  contactInformation?: ContactInformation; // 2010CA PER
}

/** 2010BB REF payer secondary identifiers (Stedi). */
export interface TradingPartnerSecondaryIdentifiers {
  payerIdentificationNumber?: string; // 2010BB REF*2U
  employerIdentificationNumber?: string; // 2010BB REF*EI
  claimOfficeNumber?: string; // 2010BB REF*FY
  naic?: string; // 2010BB REF*NF
}

/** 2010AA billing provider (NM1*85, N3/N4, REF*EI|SY, PER; PRV*BI in 2000A) on 837P and 837D. */
export interface ClaimProvider {
  npi?: string; // 2010AA NM109 (NM108=XX)
  employerId?: string; // 2010AA REF*EI
  ssn?: string; // 2010AA REF*SY
  organizationName?: string; // NM103 (NM102=2)
  lastName?: string; // NM103 (NM102=1)
  firstName?: string; // NM104
  middleName?: string; // NM105
  suffix?: string; // NM107
  taxonomyCode?: string; // PRV03 (PRV02=PXC)
  stateLicenseNumber?: string; // REF*0B
  providerUpinNumber?: string; // REF*1G
  commercialNumber?: string; // REF*G2
  locationNumber?: string; // REF*LU
  payerIdentificationNumber?: string; // 2010BB REF*2U
  employerIdentificationNumber?: string; // 2010BB REF*EI
  claimOfficeNumber?: string; // 2010BB REF*FY
  naic?: string; // 2010BB REF*NF
  address?: ClaimAddress; // N3/N4
  contactInformation?: ContactInformation; // PER
}

/** Provider REF secondary identifier (line-level provider loops). */
export interface ProviderSecondaryIdentifier {
  qualifier: string; // REF01
  identifier: string; // REF02
  otherIdentifier?: string; // REF04-2
}

/**
 * 837P line-level provider (2420A rendering, 2420B purchased service, 2420D supervising, 2420E
 * ordering, 2420F referring), sent only when it differs from the claim level.
 */
export interface ServiceLineProvider {
  npi?: string; // NM109 (NM108=XX)
  organizationName?: string; // NM103 (NM102=2)
  lastName?: string; // NM103 (NM102=1)
  firstName?: string; // NM104
  middleName?: string; // NM105
  suffix?: string; // NM107
  taxonomyCode?: string; // PRV03 (PRV01=PE, PRV02=PXC)
  stateLicenseNumber?: string; // REF*0B
  providerUpinNumber?: string; // REF*1G
  commercialNumber?: string; // REF*G2
  locationNumber?: string; // REF*LU
  employerId?: string; // REF*EI
  ssn?: string; // REF*SY
  payerIdentificationNumber?: string; // REF*2U
  otherIdentifier?: string; // REF04-2
  secondaryIdentifier?: ProviderSecondaryIdentifier[]; // REF
  address?: ClaimAddress; // N3/N4
  contactInformation?: ContactInformation; // PER
}

/**
 * Service facility location (837P 2310C / 2420C, 837D 2310C; NM1*77); send only when it differs
 * from the billing address.
 */
export interface ServiceFacilityLocation {
  organizationName: string; // NM103
  address: ClaimAddress; // N3/N4
  npi?: string; // NM109 (NM108=XX)
  secondaryIdentifier?: ProviderSecondaryIdentifier[]; // REF
  phoneName?: string; // PER02
  phoneNumber?: string; // PER04 (PER03=TE)
  phoneExtension?: string; // PER06 (PER05=EX)
}

/** 2010AC pay-to plan (NM1*PE, N3/N4, REF). */
export interface PayToPlan {
  organizationName: string; // 2010AC NM103
  primaryIdentifierTypeCode: PayerIdQualifier; // 2010AC NM108
  primaryIdentifier: string; // 2010AC NM109
  address: ClaimAddress; // 2010AC N3/N4
  secondaryIdentifierTypeCode?: PayToPlanSecondaryIdQualifier; // 2010AC REF01
  secondaryIdentifier?: string; // 2010AC REF02
  taxIdentificationNumber: string; // 2010AC REF*EI
}

/** PWK attachment (paperwork) reference. */
export interface ReportInformation {
  attachmentReportTypeCode: AttachmentReportTypeCode; // PWK01
  attachmentTransmissionCode: AttachmentTransmissionCode; // PWK02
  attachmentControlNumber?: string; // PWK06 (PWK05=AC)
  attachmentId?: string; // Stedi attachment ID (UUID) linking an uploaded attachment; no X12 element
}

/** CN1 contract information (2300 or 2400). */
export interface ContractInformation {
  contractTypeCode: ContractTypeCode; // CN101
  contractAmount?: string; // CN102
  contractPercentage?: string; // CN103
  contractCode?: string; // CN104
  termsDiscountPercentage?: string; // CN105
  contractVersionIdentifier?: string; // CN106
}

/** HCP pricing/repricing information (2300 or 2400 on 837P/837D; repricers only). */
export interface ClaimPricingRepricingInformation {
  pricingMethodologyCode: PricingMethodologyCode; // HCP01
  repricedAllowedAmount: string; // HCP02
  repricedSavingAmount?: string; // HCP03
  repricingOrganizationIdentifier?: string; // HCP04
  repricingPerDiemOrFlatRateAmount?: string; // HCP05
  repricedApprovedAmbulatoryPatientGroupCode?: string; // HCP06
  repricedApprovedAmbulatoryPatientGroupAmount?: string; // HCP07
  rejectReasonCode?: RepricingRejectReasonCode; // HCP13
  policyComplianceCode?: PolicyComplianceCode; // HCP14
  exceptionCode?: RepricingExceptionCode; // HCP15
}

/** CRC*ZZ EPSDT referral (2300). */
export interface EpsdtReferral {
  certificationConditionCodeAppliesIndicator: YesNo; // CRC02
  conditionCodes: (EpsdtConditionCode)[]; // CRC03–CRC05
}

/** REF*G1 line-level prior authorization. */
export interface PriorAuthorization {
  priorAuthorizationOrReferralNumber: string; // REF02 (REF01=G1)
  otherPayerPrimaryIdentifier?: string; // REF04-2
}

/** One CAS reason/amount/quantity triplet. */
export interface ClaimAdjustmentDetail {
  adjustmentReasonCode: string; // CAS02/05/08/11/14/17
  adjustmentAmount: string; // CAS03/06/09/12/15/18
  adjustmentQuantity?: string; // CAS04/07/10/13/16/19
}

/** CAS claim or line adjustment from another payer (2320 / 2430). */
export interface ClaimAdjustment {
  adjustmentGroupCode: AdjustmentGroupCode; // CAS01
  adjustmentDetails: ClaimAdjustmentDetail[]; // CAS02–CAS19
}

/** 2320 MOA Medicare outpatient adjudication. */
export interface MedicareOutpatientAdjudication {
  reimbursementRate?: string; // MOA01
  hcpcsPayableAmount?: string; // MOA02
  claimPaymentRemarkCode?: string[]; // MOA03–MOA07
  endStageRenalDiseasePaymentAmount?: string; // MOA08
  nonPayableProfessionalComponentBilledAmount?: string; // MOA09
}

/** REF qualifier/identifier pair used in the 2330 loops. */
export interface ReferenceIdentification {
  qualifier: string; // REF01
  identifier: string; // REF02
  otherIdentifier?: string; // REF04
}

/** 2330A other subscriber (NM1*IL, N3/N4, REF*SY). */
export interface OtherSubscriberName {
  otherInsuredQualifier: EntityTypeQualifier; // 2330A NM102
  otherInsuredLastName: string; // 2330A NM103
  otherInsuredFirstName?: string; // 2330A NM104
  otherInsuredMiddleName?: string; // 2330A NM105
  otherInsuredNameSuffix?: string; // 2330A NM107
  otherInsuredIdentifierTypeCode: OtherInsuredIdQualifier; // 2330A NM108
  otherInsuredIdentifier: string; // 2330A NM109
  otherInsuredAddress?: ClaimAddress; // 2330A N3/N4
  otherInsuredAdditionalIdentifier?: string; // 2330A REF*SY
}

/** 2330B other payer (NM1*PR, N3/N4, DTP*573, REF). */
export interface OtherPayerName {
  otherPayerOrganizationName: string; // 2330B NM103
  otherPayerIdentifierTypeCode: PayerIdQualifier; // 2330B NM108
  otherPayerIdentifier: string; // 2330B NM109
  otherPayerAddress?: ClaimAddress; // 2330B N3/N4
  otherPayerAdjudicationOrPaymentDate?: string; // 2330B DTP*573
  otherPayerClaimAdjustmentIndicator?: boolean; // 2330B REF*T4
  otherPayerClaimControlNumber?: string; // 2330B REF*F8
  otherPayerPriorAuthorizationNumber?: string; // 2330B REF*G1
  otherPayerPriorAuthorizationOrReferralNumber?: string; // 2330B REF*9F
  otherPayerSecondaryIdentifier?: ReferenceIdentification[]; // 2330B REF (2U, EI, FY, NF)
}

/** 2330C other payer referring provider identifiers. */
export interface OtherPayerReferringProvider {
  otherPayerReferringProviderIdentifier: ReferenceIdentification[]; // 2330C REF
}

/** 2330D other payer rendering provider identifiers. */
export interface OtherPayerRenderingProvider {
  entityTypeQualifier: EntityTypeQualifier; // 2330D NM102
  otherPayerRenderingProviderSecondaryIdentifier?: ReferenceIdentification[]; // 2330D REF
}

/** 2330E other payer service facility identifiers. */
export interface OtherPayerServiceFacilityLocation {
  otherPayerServiceFacilityLocationSecondaryIdentifier: ReferenceIdentification[]; // 2330E REF
}

/** 2330F other payer supervising provider identifiers. */
export interface OtherPayerSupervisingProvider {
  otherPayerSupervisingProviderIdentifier: ReferenceIdentification[]; // 2330F REF
}

/** 2330G other payer billing provider identifiers. */
export interface OtherPayerBillingProvider {
  entityTypeQualifier: EntityTypeQualifier; // 2330G NM102
  otherPayerBillingProviderIdentifier: ReferenceIdentification[]; // 2330G REF
}

/** 2320 other subscriber information (coordination of benefits) with its 2330A–G loops, on 837P. */
export interface OtherSubscriberInformation {
  paymentResponsibilityLevelCode: PaymentResponsibilityLevelCode; // 2320 SBR01
  individualRelationshipCode: IndividualRelationshipCode; // 2320 SBR02
  insuranceGroupOrPolicyNumber?: string; // 2320 SBR03
  otherInsuredGroupName?: string; // 2320 SBR04
  insuranceTypeCode?: InsuranceTypeCode; // 2320 SBR05
  claimFilingIndicatorCode: ClaimFilingCode; // 2320 SBR09
  claimLevelAdjustments?: ClaimAdjustment[]; // 2320 CAS
  payerPaidAmount?: string; // 2320 AMT*D
  nonCoveredChargeAmount?: string; // 2320 AMT*A8
  remainingPatientLiability?: string; // 2320 AMT*EAF
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode; // 2320 OI03
  patientSignatureGeneratedForPatient?: boolean; // 2320 OI04
  releaseOfInformationCode: ReleaseInformationCode; // 2320 OI06
  medicareOutpatientAdjudication?: MedicareOutpatientAdjudication; // 2320 MOA
  otherSubscriberName: OtherSubscriberName; // 2330A
  otherPayerName: OtherPayerName; // 2330B
  otherPayerReferringProvider?: OtherPayerReferringProvider[]; // 2330C
  otherPayerRenderingProvider?: OtherPayerRenderingProvider[]; // 2330D
  otherPayerServiceFacilityLocation?: OtherPayerServiceFacilityLocation[]; // 2330E
  otherPayerSupervisingProvider?: OtherPayerSupervisingProvider[]; // 2330F
  otherPayerBillingProvider?: OtherPayerBillingProvider[]; // 2330G
}

/** 2300 DTP claim dates (D8 unless noted); CCYYMMDD everywhere, ISO dates are rejected. */
export interface ProfessionalClaimDateInformation {
  symptomDate?: string; // DTP*431
  initialTreatmentDate?: string; // DTP*454
  lastSeenDate?: string; // DTP*304
  acuteManifestationDate?: string; // DTP*453
  accidentDate?: string; // DTP*439
  lastMenstrualPeriodDate?: string; // DTP*484
  lastXRayDate?: string; // DTP*455
  hearingAndVisionPrescriptionDate?: string; // DTP*471
  disabilityBeginDate?: string; // DTP*360
  disabilityEndDate?: string; // DTP*361
  lastWorkedDate?: string; // DTP*297
  authorizedReturnToWorkDate?: string; // DTP*296
  admissionDate?: string; // DTP*435
  dischargeDate?: string; // DTP*096
  assumedAndRelinquishedCareBeginDate?: string; // DTP*090
  assumedAndRelinquishedCareEndDate?: string; // DTP*091
  firstContactDate?: string; // DTP*444
  repricerReceivedDate?: string; // DTP*050
}

/** 2300 REF claim identifiers and PWK attachments (837P). */
export interface ClaimSupplementalInformation {
  priorAuthorizationNumber?: string; // REF*G1
  referralNumber?: string; // REF*9F
  claimControlNumber?: string; // REF*F8
  medicalRecordNumber?: string; // REF*EA
  cliaNumber?: string; // REF*X4
  mammographyCertificationNumber?: string; // REF*EW
  demoProjectIdentifier?: string; // REF*P4
  investigationalDeviceExemptionNumber?: string; // REF*LX
  carePlanOversightNumber?: string; // REF*1J
  medicareCrossoverReferenceId?: string; // REF*F5
  serviceAuthorizationExceptionCode?: ServiceAuthorizationExceptionCode; // REF*4N
  repricedClaimNumber?: string; // REF*9A
  adjustedRepricedClaimNumber?: string; // REF*9C
  claimNumber?: string; // REF*D9
  reportInformations?: ReportInformation[]; // PWK
}

/** 2300 NTE claim note; the 837P allows one NTE, so send only one of these fields. */
export interface ClaimNote {
  additionalInformation?: string; // NTE02 (NTE01=ADD)
  certificationNarrative?: string; // NTE02 (NTE01=CER)
  diagnosisDescription?: string; // NTE02 (NTE01=DGN)
  goalRehabOrDischargePlans?: string; // NTE02 (NTE01=DCP)
  thirdPartOrgNotes?: string; // NTE02 (NTE01=TPO)
}

/** CR1 ambulance transport information (2300 or 2400). */
export interface AmbulanceTransportInformation {
  patientWeightInPounds?: string; // CR102 (CR101=LB)
  ambulanceTransportReasonCode: AmbulanceTransportReasonCode; // CR104
  transportDistanceInMiles: string; // CR106 (CR105=DH)
  roundTripPurposeDescription?: string; // CR109
  stretcherPurposeDescription?: string; // CR110
}

/** CRC ambulance certification (CRC01=07). */
export interface AmbulanceCertification {
  certificationConditionIndicator: YesNo; // CRC02
  conditionCodes: (AmbulanceConditionCode)[]; // CRC03–CRC07
}

/** CRC vision (E1–E3) patient condition. */
export interface PatientConditionInformationVision {
  codeCategory: VisionCodeCategory; // CRC01
  certificationConditionIndicator: YesNo; // CRC02
  conditionCodes: (VisionConditionCode)[]; // CRC03–CRC07
}

/** 2300 CR2 spinal manipulation service information. */
export interface SpinalManipulationServiceInformation {
  patientConditionCode: SpinalConditionCode; // CR208
  patientConditionDescription1?: string; // CR210
  patientConditionDescription2?: string; // CR211
}

/** One 2300 HI diagnosis (HI01…HI12); the first must be the principal (ABK). */
export interface HealthCareCodeInformation {
  diagnosisTypeCode: DiagnosisTypeCode; // HI0n-1
  diagnosisCode: string; // HI0n-2
}

/** 2300 HI*BG condition codes (one HI segment). */
export interface ConditionInformation {
  conditionCodes: string[]; // HI0n-2 (BG)
}

/** SV107 diagnosis code pointers. */
export interface CompositeDiagnosisCodePointers {
  diagnosisCodePointers: string[]; // SV107-1…4
}

/** 2400 SV1 professional service. */
export interface ProfessionalService {
  procedureIdentifier: ProfessionalProcedureIdentifier; // SV101-1
  procedureCode: string; // SV101-2
  procedureModifiers?: string[]; // SV101-3…6
  description?: string; // SV101-7
  lineItemChargeAmount: string; // SV102
  measurementUnit: ProfessionalMeasurementUnit; // SV103
  serviceUnitCount: string; // SV104
  placeOfServiceCode?: PlaceOfServiceCode; // SV105
  compositeDiagnosisCodePointers: CompositeDiagnosisCodePointers; // SV107
  emergencyIndicator?: 'Y'; // SV109
  epsdtIndicator?: 'Y'; // SV111
  familyPlanningIndicator?: 'Y'; // SV112
  copayStatusCode?: '0'; // SV115
}

/** 2410 drug identification (LIN, CTP, REF). */
export interface DrugIdentification {
  serviceIdQualifier: DrugIdQualifier; // LIN02
  nationalDrugCode: string; // LIN03
  nationalDrugUnitCount: string; // CTP04
  measurementUnitCode: DrugUnitCode; // CTP05-1
  pharmacyPrescriptionNumber?: string; // REF*XZ
  linkSequenceNumber?: string; // REF*VY
}

/** 2400 REF line identifiers. */
export interface ServiceLineReferenceInformation {
  priorAuthorization?: PriorAuthorization[]; // REF*G1
  referralNumber?: string[]; // REF*9F
  clinicalLaboratoryImprovementAmendmentNumber?: string; // REF*X4
  referringCliaNumber?: string; // REF*F4
  immunizationBatchNumber?: string; // REF*BT
  mammographyCertificationNumber?: string; // REF*EW
  repricedLineItemReferenceNumber?: string; // REF*9B
  adjustedRepricedLineItemReferenceNumber?: string; // REF*9D
}

/** 2400 DTP line dates (D8). */
export interface ServiceLineDateInformation {
  prescriptionDate?: string; // DTP*471
  certificationRevisionOrRecertificationDate?: string; // DTP*607
  beginTherapyDate?: string; // DTP*463
  lastCertificationDate?: string; // DTP*461
  treatmentOrTherapyDate?: string; // DTP*304
  hemoglobinTestDate?: string; // DTP*738
  serumCreatineTestDate?: string; // DTP*739
  shippedDate?: string; // DTP*011
  initialTreatmentDate?: string; // DTP*454
  lastXRayDate?: string; // DTP*455
}

/** 2430 line adjudication by another payer (SVD, CAS, DTP*573, AMT*EAF). */
export interface LineAdjudicationInformation {
  otherPayerPrimaryIdentifier: string; // SVD01
  serviceLinePaidAmount: string; // SVD02
  serviceIdQualifier: InstitutionalProcedureIdentifier; // SVD03-1
  procedureCode: string; // SVD03-2
  procedureModifier?: string[]; // SVD03-3…6
  procedureCodeDescription?: string; // SVD03-7
  paidServiceUnitCount: string; // SVD05
  bundledOrUnbundledLineNumber?: string; // SVD06
  claimAdjustmentInformation?: ClaimAdjustment[]; // 2430 CAS
  adjudicationOrPaymentDate: string; // 2430 DTP*573
  remainingPatientLiability?: string; // 2430 AMT*EAF
}

/** 2400 MEA test result. */
export interface Measurements {
  measurementReferenceIdentificationCode: MeasurementReferenceCode; // MEA01
  measurementQualifier: MeasurementQualifier; // MEA02
  testResults: string; // MEA03
}

/** 2400 SV5 durable medical equipment service. */
export interface DurableMedicalEquipmentService {
  days: string; // SV503
  rentalPrice: string; // SV504
  purchasePrice: string; // SV505
  frequencyCode: DmeFrequencyCode; // SV506
}

/** 2400 CR3 DME certification. */
export interface DurableMedicalEquipmentCertification {
  certificationTypeCode: DmeCertificationTypeCode; // CR301
  durableMedicalEquipmentDurationInMonths: string; // CR303 (CR302=MO)
}

/** 2400 PWK (PWK01=CT) DME certificate of medical necessity. */
export interface DurableMedicalEquipmentCertificateOfMedicalNecessity {
  attachmentTransmissionCode: DmeCmnTransmissionCode; // PWK02
}

/** 2400 CRC*09 DME condition indicator. */
export interface ConditionIndicatorDurableMedicalEquipment {
  certificationConditionIndicator: YesNo; // CRC02
  conditionIndicator: DmeConditionIndicator; // CRC03
  conditionIndicatorCode?: DmeConditionIndicator; // CRC04
}

/** 2440 FRM supporting documentation answer. */
export interface SupportingDocumentation {
  questionNumber: string; // FRM01
  questionResponseCode?: QuestionResponseCode; // FRM02
  questionResponse?: string; // FRM03
  questionResponseAsDate?: string; // FRM04
  questionResponseAsPercent?: string; // FRM05
}

/** 2440 LQ form identification. */
export interface FormIdentification {
  formTypeCode: FormTypeCode; // LQ01
  formIdentifier: string; // LQ02
  supportingDocumentation?: SupportingDocumentation[]; // 2440 FRM
}

/** 2400 PS1 purchased service. */
export interface PurchasedServiceInformation {
  purchasedServiceProviderIdentifier: string; // PS101
  purchasedServiceChargeAmount: string; // PS102
}

/** 2400 service line (LX, SV1, DTP*472, REF*6R …). LX01 is computed, never taken from the request. */
export interface ProfessionalServiceLine {
  serviceDate: string; // DTP*472
  serviceDateEnd?: string; // DTP*472
  providerControlNumber?: string; // REF*6R
  professionalService: ProfessionalService; // SV1
  drugIdentification?: DrugIdentification; // 2410
  renderingProvider?: ServiceLineProvider; // 2420A NM1*82
  purchasedServiceProvider?: ServiceLineProvider; // 2420B NM1*QB
  serviceFacilityLocation?: ServiceFacilityLocation; // 2420C NM1*77
  supervisingProvider?: ServiceLineProvider; // 2420D NM1*DQ
  orderingProvider?: ServiceLineProvider; // 2420E NM1*DK
  referringProvider?: ServiceLineProvider; // 2420F NM1*DN
  serviceLineReferenceInformation?: ServiceLineReferenceInformation; // 2400 REF
  serviceLineDateInformation?: ServiceLineDateInformation; // 2400 DTP
  additionalNotes?: string; // 2400 NTE*ADD
  goalRehabOrDischargePlans?: string; // 2400 NTE*DCP
  thirdPartyOrganizationNotes?: string; // 2400 NTE*TPO
  salesTaxAmount?: string; // 2400 AMT*T
  postageTaxAmount?: string; // 2400 AMT*F4
  lineAdjudicationInformation?: LineAdjudicationInformation[]; // 2430
  testResults?: Measurements[]; // 2400 MEA
  contractInformation?: ContractInformation; // 2400 CN1
  linePricingRepricingInformation?: ClaimPricingRepricingInformation; // 2400 HCP
  serviceLineSupplementalInformation?: ReportInformation[]; // 2400 PWK
  durableMedicalEquipmentService?: DurableMedicalEquipmentService; // 2400 SV5
  durableMedicalEquipmentCertification?: DurableMedicalEquipmentCertification; // 2400 CR3
  durableMedicalEquipmentCertificateOfMedicalNecessity?: DurableMedicalEquipmentCertificateOfMedicalNecessity; // 2400 PWK (CT)
  conditionIndicatorDurableMedicalEquipment?: ConditionIndicatorDurableMedicalEquipment; // 2400 CRC*09
  formIdentification?: FormIdentification[]; // 2440 LQ/FRM
  purchasedServiceInformation?: PurchasedServiceInformation; // 2400 PS1
  ambulanceTransportInformation?: AmbulanceTransportInformation; // 2400 CR1
  ambulanceCertification?: AmbulanceCertification[]; // 2400 CRC*07
  ambulancePickUpLocation?: ClaimAddress; // 2420G NM1*PW N3/N4
  ambulanceDropOffLocation?: ClaimAddress; // 2420H NM1*45 N3/N4
  ambulancePatientCount?: number; // 2400 QTY*PT
  obstetricAnesthesiaAdditionalUnits?: number; // 2400 QTY*FL
  hospiceEmployeeIndicator?: boolean; // 2400 CRC*70
  fileInformation?: string[]; // 2400 K3
}

/** 2300 claim information (CLM and friends) with its 2400 service lines (837P). */
export interface ProfessionalClaimInformation {
  claimFilingCode: ClaimFilingCode; // 2000B SBR09
  patientControlNumber: string; // CLM01
  claimChargeAmount: string; // CLM02
  placeOfServiceCode: PlaceOfServiceCode; // CLM05-1 (CLM05-2=B)
  claimFrequencyCode: ProfessionalClaimFrequencyCode; // CLM05-3
  signatureIndicator: YesNo; // CLM06
  planParticipationCode: PlanParticipationCode; // CLM07
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode; // CLM08
  releaseInformationCode: ReleaseInformationCode; // CLM09
  patientSignatureSourceCode?: boolean; // CLM10
  relatedCausesCode?: (RelatedCausesCode)[]; // CLM11-1/-2
  autoAccidentStateCode?: string; // CLM11-4
  autoAccidentCountryCode?: string; // CLM11-5
  specialProgramCode?: SpecialProgramCode; // CLM12
  delayReasonCode?: DelayReasonCode; // CLM20
  patientAmountPaid?: string; // 2300 AMT*F5
  deathDate?: string; // PAT06 (PAT05=D8)
  patientWeight?: string; // PAT08 (PAT07=01)
  pregnancyIndicator?: 'Y'; // PAT09
  propertyCasualtyClaimNumber?: string; // 2010BA/2010CA REF*Y4
  claimDateInformation?: ProfessionalClaimDateInformation; // 2300 DTP
  claimSupplementalInformation?: ClaimSupplementalInformation; // 2300 REF/PWK
  claimNote?: ClaimNote; // 2300 NTE
  fileInformationList?: string[]; // 2300 K3
  claimContractInformation?: ContractInformation; // 2300 CN1
  claimPricingRepricingInformation?: ClaimPricingRepricingInformation; // 2300 HCP
  ambulanceTransportInformation?: AmbulanceTransportInformation; // 2300 CR1
  ambulanceCertification?: AmbulanceCertification[]; // 2300 CRC*07
  ambulancePickUpLocation?: ClaimAddress; // 2310E NM1*PW N3/N4
  ambulanceDropOffLocation?: ClaimAddress; // 2310F NM1*45 N3/N4
  patientConditionInformationVision?: PatientConditionInformationVision[]; // 2300 CRC (E1–E3)
  homeboundIndicator?: boolean; // 2300 CRC*75
  epsdtReferral?: EpsdtReferral; // 2300 CRC*ZZ
  spinalManipulationServiceInformation?: SpinalManipulationServiceInformation; // 2300 CR2
  healthCareCodeInformation: HealthCareCodeInformation[]; // 2300 HI
  anesthesiaRelatedSurgicalProcedure?: string[]; // 2300 HI (BP/BO)
  conditionInformation?: ConditionInformation[]; // 2300 HI*BG
  serviceFacilityLocation?: ServiceFacilityLocation; // 2310C NM1*77
  otherSubscriberInformation?: OtherSubscriberInformation[]; // 2320
  serviceLines: ProfessionalServiceLine[]; // 2400
}

/**
 * Professional claim (837P, 005010X222A1) request body: the CHC/Optum Professional Claims v3
 * shape, also accepted by Stedi.
 */
export interface ProfessionalClaimDocument {
  controlNumber?: string; // ST02
  tradingPartnerServiceId: string; // 2010BB NM109 (NM108=PI)
  tradingPartnerName?: string; // 2010BB NM103
  tradingPartnerSecondaryIdentifiers?: TradingPartnerSecondaryIdentifiers; // 2010BB REF
  usageIndicator: UsageIndicator; // ISA15
  claimIdentifier: ClaimIdentifier; // BHT06
  submitter: Submitter; // 1000A
  receiver: Receiver; // 1000B
  subscriber: Subscriber; // 2000B/2010BA
  dependent?: Dependent; // 2000C/2010CA
  billing: ClaimProvider; // 2010AA
  rendering?: ClaimProvider; // 2310B
  referring?: ClaimProvider; // 2310A
  supervising?: ClaimProvider; // 2310D
  ordering?: ClaimProvider; // Ordering provider (deprecated; use serviceLines[].orderingProvider)
  payToAddress?: ClaimAddress; // 2010AB NM1*87 N3/N4
  payToPlan?: PayToPlan; // 2010AC NM1*PE
  payerAddress?: ClaimAddress; // 2010BB N3/N4
  claimInformation: ProfessionalClaimInformation; // 2300/2400
}

/** 1000A submitter on 837I (organization only). */
export interface InstitutionalSubmitter {
  organizationName: string; // 1000A NM103 (NM102=2)
  taxId: string; // 1000A NM109 (NM108=46)
  contactInformation: ContactInformation; // 1000A PER (PER01=IC)
}

/** 1000B receiver on 837I. */
export interface InstitutionalReceiver {
  organizationName: string; // 1000B NM103
  taxId?: string; // 1000B NM109 (NM108=46)
  receiverId?: ReceiverId; // Stedi print-and-mail routing (no X12 element): PAPER, PRINT or BPUMR
}

/** 2010AA billing provider on 837I (NM1*85 NM102=2, N3/N4, REF*EI, PER; PRV*BI in 2000A). */
export interface InstitutionalBillingProvider {
  npi?: string; // 2010AA NM109 (NM108=XX)
  employerId: string; // 2010AA REF*EI
  organizationName?: string; // 2010AA NM103
  lastName?: string; // NM103 (NM102=1)
  firstName?: string; // NM104
  middleName?: string; // NM105
  suffix?: string; // NM107
  taxonomyCode?: string; // 2000A PRV03 (PRV01=BI)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier; // REF01
  secondaryIdentifier?: string; // REF02
  address: ClaimAddress; // 2010AA N3/N4
  contactInformation?: ContactInformation; // 2010AA PER
}

/**
 * 2310A attending provider (NM1*71, PRV*AT); required unless the claim is only non-scheduled
 * transport.
 */
export interface InstitutionalProvider {
  npi?: string; // NM109 (NM108=XX)
  lastName?: string; // NM103 (NM102=1)
  firstName?: string; // NM104
  middleName?: string; // NM105
  suffix?: string; // NM107
  organizationName?: string; // NM103 (NM102=2)
  taxonomyCode?: string; // PRV03 (PRV02=PXC)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier; // REF01
  secondaryIdentifier?: string; // REF02
  employerId?: string; // REF*EI
  address?: ClaimAddress; // N3/N4
  contactInformation?: ContactInformation; // PER
}

/** Operating physician (2310B NM1*72 / 2420A) or other operating physician (2310C / 2420B NM1*ZZ). */
export interface OperatingPhysician {
  lastName: string; // NM103 (NM102=1)
  firstName?: string; // NM104
  middleName?: string; // NM105
  suffix?: string; // NM107
  organizationName?: string; // NM103
  npi?: string; // NM109 (NM108=XX)
  identificationQualifierCode?: ProviderSecondaryIdQualifier; // REF01
  secondaryIdentifier?: string; // REF02
}

/** 2010AB pay-to address (NM1*87, N3/N4). */
export interface BillingPayToAddressName {
  entityTypeQualifier: '2'; // 2010AB NM102
  address: ClaimAddress; // 2010AB N3/N4
}

/** 2010AC pay-to plan (NM1*PE, N3/N4, REF). */
export interface BillingPayToPlanName {
  organizationName: string; // 2010AC NM103
  identificationCodeQualifier: PayerIdQualifier; // 2010AC NM108
  identificationCode: string; // 2010AC NM109
  address?: ClaimAddress; // 2010AC N3/N4
  taxId: string; // 2010AC REF*EI
  payerIdentificationNumber?: string; // 2010AC REF*2U
  claimOfficeNumber?: string; // 2010AC REF*FY
  naic?: string; // 2010AC REF*NF
}

/** 2300 DTP claim dates on 837I. */
export interface InstitutionalClaimDateInformation {
  statementBeginDate: string; // DTP*434 RD8
  statementEndDate: string; // DTP*434 RD8
  admissionDateAndHour?: string; // DTP*435
  dischargeHour?: string; // DTP*096 TM
  repricerReceivedDate?: string; // DTP*050
}

/** 2300 CL1 institutional claim codes. */
export interface ClaimCodeInformation {
  admissionTypeCode: string; // CL101
  admissionSourceCode?: string; // CL102
  patientStatusCode: string; // CL103
}

/** 2300 NTE claim notes on 837I; each list item becomes one NTE. */
export interface ClaimNotes {
  allergies?: string[]; // NTE02 (NTE01=ALG)
  diagnosisDescription?: string[]; // NTE02 (NTE01=DGN)
  dme?: string[]; // NTE02 (NTE01=DME)
  medications?: string[]; // NTE02 (NTE01=MED)
  nutritionalRequirments?: string[]; // NTE02 (NTE01=NTR)
  ordersForDiscipLinesAndTreatments?: string[]; // NTE02 (NTE01=ODT)
  functionalLimitsOrReasonHomebound?: string[]; // NTE02 (NTE01=RHB)
  reasonsPatientLeavesHome?: string[]; // NTE02 (NTE01=RLH)
  timesAndReasonsPatientNotAtHome?: string[]; // NTE02 (NTE01=RNH)
  unusualHomeOrSocialEnv?: string[]; // NTE02 (NTE01=SET)
  safetyMeasures?: string[]; // NTE02 (NTE01=SFM)
  supplementalPlanOfTreatment?: string[]; // NTE02 (NTE01=SPT)
  updatedInformation?: string[]; // NTE02 (NTE01=UPI)
  goalRehabOrDischargePlans?: string[]; // NTE02 (NTE01=DCP)
}

/** HCP pricing/repricing on 837I (2300 or 2400; repricers only). */
export interface ClaimPricingInformation {
  pricingMethodologyCode: PricingMethodologyCode; // HCP01
  repricedAllowedAmount: string; // HCP02
  repricedSavingAmount?: string; // HCP03
  repricedOrgIdentifier?: string; // HCP04
  repricedPerDiem?: string; // HCP05
  repricedApprovedDRGCode?: string; // HCP06
  repricedApprovedAmount?: string; // HCP07
  repricedApprovedRevenueCode?: string; // HCP08
  productOrServiceIDQualifier?: InstitutionalProcedureIdentifier; // HCP09
  repricedApprovedHCPCSCode?: string; // HCP10
  repricedApprovedServiceUnitCode?: InstitutionalMeasurementUnit; // HCP11
  repricedApprovedServiceUnitCount?: string; // HCP12
  rejectReasonCode?: RepricingRejectReasonCode; // HCP13
  policyComplianceCode?: PolicyComplianceCode; // HCP14
  exceptionCode?: RepricingExceptionCode; // HCP15
}

/** 2300 REF claim identifiers and PWK attachments on 837I. */
export interface InstitutionalClaimSupplementalInformation {
  priorAuthorizationNumber?: string; // REF*G1
  referralNumber?: string; // REF*9F
  claimControlNumber?: string; // REF*F8
  medicalRecordNumber?: string; // REF*EA
  demoProjectIdentifier?: string; // REF*P4
  investigationalDeviceExemptionNumber?: string; // REF*LX
  peerReviewAuthorizationNumber?: string; // REF*G4
  autoAccidentState?: string; // REF*LU
  serviceAuthorizationExceptionCode?: ServiceAuthorizationExceptionCode; // REF*4N
  repricedClaimNumber?: string; // REF*9A
  adjustedRepricedClaimRefNumber?: string; // REF*9C
  claimNumber?: string; // REF*D9
  reportInformations?: ReportInformation[]; // PWK
}

/** 2300 HI*ABK principal diagnosis. */
export interface PrincipalDiagnosis {
  qualifierCode: PrincipalDiagnosisQualifier; // HI01-1
  principalDiagnosisCode: string; // HI01-2
  presentOnAdmissionIndicator?: PresentOnAdmissionIndicator; // HI01-9
}

/** 2300 HI*ABJ admitting diagnosis (inpatient). */
export interface AdmittingDiagnosis {
  qualifierCode: AdmittingDiagnosisQualifier; // HI01-1
  admittingDiagnosisCode: string; // HI01-2
}

/** 2300 HI*APR patient reason for visit (unscheduled outpatient visits). */
export interface PatientReasonForVisit {
  qualifierCode: ReasonForVisitQualifier; // HI0n-1
  patientReasonForVisitCode: string; // HI0n-2
}

/** 2300 HI*ABN external cause of injury. */
export interface ExternalCauseOfInjury {
  qualifierCode: ExternalCauseQualifier; // HI0n-1
  externalCauseOfInjury: string; // HI0n-2
  presentOnAdmissionIndicator?: PresentOnAdmissionIndicator; // HI0n-9
}

/** One HI*ABF other diagnosis. */
export interface OtherDiagnosisInformation {
  qualifierCode: OtherDiagnosisQualifier; // HI0n-1
  otherDiagnosisCode: string; // HI0n-2
  presentOnAdmissionIndicator?: PresentOnAdmissionIndicator; // HI0n-9
}

/** 2300 HI*BBR principal procedure (ICD-10-PCS, inpatient). */
export interface PrincipalProcedureInformation {
  qualifierCode: PrincipalProcedureQualifier; // HI01-1
  principalProcedureCode: string; // HI01-2
  principalProcedureDate?: string; // HI01-4 (HI01-3=D8)
}

/** One HI*BBQ other procedure. */
export interface OtherProcedureInformation {
  qualifierCode: OtherProcedureQualifier; // HI0n-1
  otherProcedureCode: string; // HI0n-2
  otherProcedureDate?: string; // HI0n-4 (HI0n-3=D8)
}

/** One HI*BI occurrence span. */
export interface OccurrenceSpanInformation {
  occurrenceSpanCode: string; // HI0n-2 (BI)
  occurrenceSpanCodeStartDate: string; // HI0n-4 (RD8)
  occurrenceSpanCodeEndDate: string; // HI0n-4 (RD8)
}

/** One HI*BH occurrence (occurrence codes, despite the property name). */
export interface OccurrenceInformation {
  occurrenceSpanCode: string; // HI0n-2 (BH)
  occurrenceSpanCodeDate: string; // HI0n-4
}

/** One HI*BE value code and amount. */
export interface ValueInformation {
  valueCode: string; // HI0n-2 (BE)
  valueCodeAmount: string; // HI0n-5
}

/** One HI*BG condition code. */
export interface InstitutionalConditionInformation {
  conditionCode: string; // HI0n-2 (BG)
}

/** 2300 HI*DR diagnosis related group. */
export interface DiagnosisRelatedGroupInformation {
  drugRelatedGroupCode: string; // HI01-2 (DR)
}

/** 2310E service facility location on 837I (NM1*77); the NPI is named identificationCode here. */
export interface InstitutionalServiceFacilityLocation {
  organizationName: string; // NM103
  address: ClaimAddress; // N3/N4
  identificationCode?: string; // NM109 (NM108=XX)
  secondaryIdentificationQualifierCode?: FacilitySecondaryIdQualifier; // REF01
  secondaryIdentifier?: string; // REF02
}

/** CAS adjustment on 837I (details named claimAdjustmentDetails). */
export interface InstitutionalClaimAdjustment {
  adjustmentGroupCode: AdjustmentGroupCode; // CAS01
  claimAdjustmentDetails: ClaimAdjustmentDetail[]; // CAS02–CAS19
}

/** 2320 MIA Medicare inpatient adjudication. */
export interface MedicareInpatientAdjudication {
  coveredDaysOrVisitsCount: string; // MIA01
  lifetimePsychiatricDaysCount?: string; // MIA03
  claimDRGAmount?: string; // MIA04
  claimPaymentRemarkCode?: string[]; // MIA05, MIA20–MIA23
  claimDisproportionateShareAmount?: string; // MIA06
  claimMspPassThroughAmount?: string; // MIA07
  claimPpsCapitalAmount?: string; // MIA08
  capitalHSPDRGAmount?: string; // MIA
  ppsCapitalHspDrgAmount?: string; // MIA10
  ppsCapitalDshDrgAmount?: string; // MIA11
  oldCapitalAmount?: string; // MIA12
  ppsCapitalImeAmount?: string; // MIA13
  ppsOperatingHospitalSpecificDrgAmount?: string; // MIA14
  costReportDayCount?: string; // MIA15
  ppsOperatingFederalSpecificDrgAmount?: string; // MIA16
  claimPpsCapitalOutlierAmmount?: string; // MIA17
  claimIndirectTeachingAmount?: string; // MIA18
  nonPayableProfessionalComponentBilledAmount?: string; // MIA19
  capitalExceptionAmount?: string; // MIA24
}

/** 2330A other subscriber on 837I. */
export interface InstitutionalOtherSubscriberName {
  otherInsuredQualifier: EntityTypeQualifier; // 2330A NM102
  otherInsuredLastName: string; // 2330A NM103
  otherInsuredFirstName?: string; // 2330A NM104
  otherInsuredMiddleName?: string; // 2330A NM105
  otherInsuredSuffix?: string; // 2330A NM107
  otherInsuredIdentifierTypeCode: OtherInsuredIdQualifier; // 2330A NM108
  otherInsuredIdentifier: string; // 2330A NM109
  otherInsuredAdditionalIdentifier?: string[]; // 2330A REF*SY
  address?: ClaimAddress; // 2330A N3/N4
}

/** 2330C other payer attending provider identifiers. */
export interface OtherPayerAttendingProvider {
  otherPayerAttendingProviderIdentifier: ReferenceIdentification[]; // 2330C REF
}

/** 2330D other payer operating physician identifiers. */
export interface OtherPayerOperatingPhysician {
  otherPayerOperatingPhysicianIdentifier: ReferenceIdentification[]; // 2330D REF
}

/** 2330E other payer other operating physician identifiers. */
export interface OtherPayerOtherOperatingPhysician {
  otherPayerOtherOperatingPhysicianIdentifier: ReferenceIdentification[]; // 2330E REF
}

/** 2330F other payer service facility identifiers. */
export interface InstitutionalOtherPayerServiceFacilityLocation {
  otherPayerServiceFacilityLocationIdentifier: ReferenceIdentification[]; // 2330F REF
}

/** 2330G other payer rendering provider identifiers. */
export interface InstitutionalOtherPayerRenderingProvider {
  otherPayerRenderingProviderIdentifier: ReferenceIdentification[]; // 2330G REF
}

/** 2330H other payer referring provider identifiers. */
export interface InstitutionalOtherPayerReferringProvider {
  otherPayerReferringProviderIdentifier: ReferenceIdentification[]; // 2330H REF
}

/** 2330I other payer billing provider identifiers. */
export interface InstitutionalOtherPayerBillingProvider {
  otherPayerBillingProviderIdentifier: ReferenceIdentification[]; // 2330I REF
}

/** 2320 other subscriber information on 837I (a single object, not an array) with its 2330 loops. */
export interface InstitutionalOtherSubscriberInformation {
  paymentResponsibilityLevelCode: PaymentResponsibilityLevelCode; // 2320 SBR01
  individualRelationshipCode: IndividualRelationshipCode; // 2320 SBR02
  groupNumber?: string; // 2320 SBR03
  policyNumber?: string; // 2320 SBR03
  otherInsuredGroupName?: string; // 2320 SBR04
  claimFilingIndicatorCode: ClaimFilingCode; // 2320 SBR09
  claimLevelAdjustments?: InstitutionalClaimAdjustment[]; // 2320 CAS
  payerPaidAmount?: string; // 2320 AMT*D
  nonCoveredChargeAmount?: string; // 2320 AMT*A8
  remainingPatientLiability?: string; // 2320 AMT*EAF
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode; // 2320 OI03
  releaseOfInformationCode: ReleaseInformationCode; // 2320 OI06
  medicareInpatientAdjudication?: MedicareInpatientAdjudication; // 2320 MIA
  medicareOutpatientAdjudication?: MedicareOutpatientAdjudication; // 2320 MOA
  otherSubscriberName: InstitutionalOtherSubscriberName; // 2330A
  otherPayerName: OtherPayerName; // 2330B
  otherPayerAttendingProvider?: OtherPayerAttendingProvider; // 2330C
  otherPayerOperatingPhysician?: OtherPayerOperatingPhysician; // 2330D
  otherPayerOtherOperatingPhysician?: OtherPayerOtherOperatingPhysician; // 2330E
  otherPayerServiceFacilityLocation?: InstitutionalOtherPayerServiceFacilityLocation; // 2330F
  otherPayerRenderingProvider?: InstitutionalOtherPayerRenderingProvider; // 2330G
  otherPayerReferringProvider?: InstitutionalOtherPayerReferringProvider; // 2330H
  otherPayerBillingProvider?: InstitutionalOtherPayerBillingProvider; // 2330I
}

/** 2400 SV2 institutional service. */
export interface InstitutionalService {
  serviceLineRevenueCode: string; // SV201
  procedureIdentifier?: InstitutionalProcedureIdentifier; // SV202-1
  procedureCode?: string; // SV202-2
  procedureModifiers?: string[]; // SV202-3…6
  description?: string; // SV202-7
  lineItemChargeAmount: string; // SV203
  measurementUnit: InstitutionalMeasurementUnit; // SV204
  serviceUnitCount: string; // SV205
  nonCoveredChargeAmount?: string; // SV207
}

/** 2410 drug identification on 837I (LIN02 is always N4). */
export interface InstitutionalDrugIdentification {
  nationalDrugCode: string; // LIN03 (LIN02=N4)
  nationalDrugUnitCount: string; // CTP04
  measurementUnitCode: DrugUnitCode; // CTP05-1
  pharmacyPrescriptionNumber?: string; // REF*XZ
  linkSequenceNumber?: string; // REF*VY
}

/** 2430 line adjudication by another payer on 837I. */
export interface InstitutionalLineAdjudicationInformation {
  otherPayerPrimaryIdentifier: string; // SVD01
  serviceLinePaidAmount: string; // SVD02
  productOrServiceIDQualifier?: InstitutionalProcedureIdentifier; // SVD03-1
  procedureCode?: string; // SVD03-2
  procedureModifier?: string[]; // SVD03-3…6
  procedureCodeDescription?: string; // SVD03-7
  serviceLineRevenueCode: string; // SVD04
  paidServiceUnitCount: string; // SVD05
  bundledLineNumber?: string; // SVD06
  lineAdjustment?: InstitutionalClaimAdjustment[]; // 2430 CAS
  adjudicationOrPaymentDate: string; // 2430 DTP*573
  remainingPatientLiability?: string; // 2430 AMT*EAF
}

/** 2430 line adjudication, older single-object form. */
export interface LineAdjustmentInformation {
  otherPayerPrimaryIdentifier: string; // SVD01
  serviceLinePaidAmount: string; // SVD02
  serviceIdQualifier: InstitutionalProcedureIdentifier; // SVD03-1
  procedureCode: string; // SVD03-2
  procedureModifiers?: string[]; // SVD03-3…6
  procedureCodeDescription?: string; // SVD03-7
  paidServiceUnitCount: string; // SVD05
  bundledOrUnbundledLineNumber?: string; // SVD06
  claimAdjustment?: InstitutionalClaimAdjustment; // 2430 CAS
  claimPaidDate: string; // 2430 DTP*573
  remainingPatientLiability: string; // 2430 AMT*EAF
}

/** 2400 REF line identifiers on 837I. */
export interface InstitutionalServiceLineReferenceInformation {
  repricedLineItemRefNumber?: string; // REF*9B
  adjustedRepricedLineItemRefNumber?: string; // REF*9D
}

/** 837I line-level rendering (2420C NM1*82) or referring (2420D NM1*DN) provider. */
export interface InstitutionalServiceLineProvider {
  npi?: string; // NM109 (NM108=XX)
  organizationName?: string; // NM103 (NM102=2)
  lastName?: string; // NM103 (NM102=1)
  firstName?: string; // NM104
  middleName?: string; // NM105
  suffix?: string; // NM107
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier; // REF01
  secondaryIdentifier?: string; // REF02
  referenceIdentification?: ReferenceIdentification[]; // REF
  address?: ClaimAddress; // N3/N4
  contactInformation?: ContactInformation; // PER
}

/**
 * 2400 service line on 837I (LX, SV2, DTP*472, REF*6R …). LX01 is computed, never taken from the
 * request.
 */
export interface InstitutionalServiceLine {
  lineItemControlNumber?: string; // REF*6R
  serviceDate?: string; // DTP*472
  serviceDateEnd?: string; // DTP*472 RD8
  institutionalService: InstitutionalService; // SV2
  description?: string; // SV202-7
  serviceTaxAmount?: string; // 2400 AMT*GT
  facilityTaxAmount?: string; // 2400 AMT*N8
  lineNoteText?: string; // 2400 NTE
  thirdPartyOrganizationNotes?: string; // 2400 NTE*TPO
  drugIdentification?: InstitutionalDrugIdentification; // 2410
  serviceLineReferenceInformation?: InstitutionalServiceLineReferenceInformation; // 2400 REF
  repricedLineItemReferenceNumber?: string; // 2400 REF*9B
  adjustedRepricedLineItemReferenceNumber?: string; // 2400 REF*9D
  lineRepricingInformation?: ClaimPricingInformation; // 2400 HCP
  serviceLineSupplementalInformations?: ReportInformation[]; // 2400 PWK
  lineAdjudicationInformation?: InstitutionalLineAdjudicationInformation[]; // 2430
  lineAdjustmentInformation?: LineAdjustmentInformation; // 2430
  operatingPhysician?: OperatingPhysician; // 2420A NM1*72
  otherOperatingPhysician?: OperatingPhysician; // 2420B NM1*ZZ
  renderingProvider?: InstitutionalServiceLineProvider; // 2420C NM1*82
  referringProvider?: InstitutionalServiceLineProvider; // 2420D NM1*DN
}

/** 2300 claim information on 837I with its 2400 service lines. */
export interface InstitutionalClaimInformation {
  claimFilingCode: ClaimFilingCode; // 2000B SBR09
  patientControlNumber: string; // CLM01
  claimChargeAmount: string; // CLM02
  placeOfServiceCode: string; // CLM05-1 (CLM05-2=A)
  claimFrequencyCode: string; // CLM05-3
  signatureIndicator?: YesNo; // CLM06
  planParticipationCode: PlanParticipationCode; // CLM07
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode; // CLM08
  releaseInformationCode: ReleaseInformationCode; // CLM09
  delayReasonCode?: DelayReasonCode; // CLM20
  patientEstimatedAmountDue?: string; // 2300 AMT*EAF
  propertyCasualtyClaimNumber?: string; // 2010BA/2010CA REF*Y4
  billingNote?: string; // 2300 NTE*ADD
  claimNotes?: ClaimNotes; // 2300 NTE
  fileInformation?: string[]; // 2300 K3
  claimDateInformation: InstitutionalClaimDateInformation; // 2300 DTP
  claimCodeInformation: ClaimCodeInformation; // 2300 CL1
  claimContractInformation?: ContractInformation; // 2300 CN1
  claimPricingInformation?: ClaimPricingInformation; // 2300 HCP
  claimSupplementalInformation?: InstitutionalClaimSupplementalInformation; // 2300 REF/PWK
  principalDiagnosis: PrincipalDiagnosis; // 2300 HI*ABK
  admittingDiagnosis?: AdmittingDiagnosis; // 2300 HI*ABJ
  patientReasonForVisits?: PatientReasonForVisit[]; // 2300 HI*APR
  externalCauseOfInjuries?: ExternalCauseOfInjury[]; // 2300 HI*ABN
  otherDiagnosisInformationList?: OtherDiagnosisInformation[][]; // 2300 HI*ABF
  principalProcedureInformation?: PrincipalProcedureInformation; // 2300 HI*BBR
  otherProcedureInformationList?: OtherProcedureInformation[][]; // 2300 HI*BBQ
  occurrenceSpanInformations?: OccurrenceSpanInformation[][]; // 2300 HI*BI
  occurrenceInformationList?: OccurrenceInformation[][]; // 2300 HI*BH
  valueInformationList?: ValueInformation[][]; // 2300 HI*BE
  conditionCodesList?: InstitutionalConditionInformation[][]; // 2300 HI*BG
  treatmentCodeInformationList?: string[][]; // 2300 HI*TC
  diagnosisRelatedGroupInformation?: DiagnosisRelatedGroupInformation; // 2300 HI*DR
  epsdtReferral?: EpsdtReferral; // 2300 CRC*ZZ
  serviceFacilityLocation?: InstitutionalServiceFacilityLocation; // 2310E NM1*77
  otherSubscriberInformation?: InstitutionalOtherSubscriberInformation; // 2320
  serviceLines: InstitutionalServiceLine[]; // 2400
}

/**
 * Institutional claim (837I, 005010X223A2) request body: the CHC/Optum Institutional Claims v1
 * shape, also accepted by Stedi.
 */
export interface InstitutionalClaimDocument {
  controlNumber?: string; // ST02
  tradingPartnerServiceId: string; // 2010BB NM109 (NM108=PI)
  tradingPartnerName?: string; // 2010BB NM103
  tradingPartnerSecondaryIdentifiers?: TradingPartnerSecondaryIdentifiers; // 2010BB REF
  usageIndicator: UsageIndicator; // ISA15
  claimIdentifier: ClaimIdentifier; // BHT06
  submitter: InstitutionalSubmitter; // 1000A
  receiver: InstitutionalReceiver; // 1000B
  subscriber: Subscriber; // 2000B/2010BA
  dependent?: Dependent; // 2000C/2010CA
  billing: InstitutionalBillingProvider; // 2010AA
  attending?: InstitutionalProvider; // 2310A
  operatingPhysician?: OperatingPhysician; // 2310B NM1*72
  otherOperatingPhysician?: OperatingPhysician; // 2310C NM1*ZZ
  rendering?: InstitutionalProvider; // 2310D
  referring?: InstitutionalProvider; // 2310F
  billingPayToAddressName?: BillingPayToAddressName; // 2010AB NM1*87
  billingPayToPlanName?: BillingPayToPlanName; // 2010AC NM1*PE
  payerAddress?: ClaimAddress; // 2010BB N3/N4
  claimInformation: InstitutionalClaimInformation; // 2300/2400
}

/** 2300 DTP claim dates on 837D. */
export interface DentalClaimDateInformation {
  serviceDate?: string; // DTP*472
  accidentDate?: string; // DTP*439
  appliancePlacementDate?: string; // DTP*452
  repricerReceivedDate?: string; // DTP*050
}

/** PWK attachment reference on 837D. */
export interface DentalReportInformation {
  attachmentReportTypeCode: DentalAttachmentReportTypeCode; // PWK01
  attachmentTransmissionCode: AttachmentTransmissionCode; // PWK02
  attachmentControlNumber?: string; // PWK06 (PWK05=AC)
  attachmentId?: string; // Stedi attachment ID (UUID) linking an uploaded attachment; no X12 element
}

/** 2300 REF claim identifiers and PWK attachments on 837D. */
export interface DentalClaimSupplementalInformation {
  priorAuthorizationNumber?: string; // REF*G1
  referralNumber?: string; // REF*9F
  claimControlNumber?: string; // REF*F8
  predeterminationOfBenefitsIdentifier?: string; // REF*G3
  serviceAuthorizationExceptionCode?: ServiceAuthorizationExceptionCode; // REF*4N
  repricedClaimNumber?: string; // REF*9A
  adjustedRepricedClaimNumber?: string; // REF*9C
  claimNumber?: string; // REF*D9
  reportInformations?: DentalReportInformation[]; // PWK
}

/** One 2300 HI diagnosis on 837D. */
export interface DentalHealthCareCodeInformation {
  diagnosisTypeCode: DentalDiagnosisTypeCode; // HI0n-1
  diagnosisCode: string; // HI0n-2
}

/** 2300 DN1 orthodontic treatment (JSON numbers for the month counts). */
export interface OrthodonticTotalMonthsOfTreatment {
  monthsCount?: number; // DN101
  monthsRemaining?: number; // DN102
  treatmentIndicator?: 'Y'; // DN104
}

/** 2300 DN2 tooth status. */
export interface ToothStatus {
  toothNumber: string; // DN201
  toothStatusCode: ToothStatusCode; // DN202
}

/** 2330A other subscriber on 837D. */
export interface DentalOtherSubscriberName {
  otherInsuredQualifier: EntityTypeQualifier; // 2330A NM102
  otherInsuredLastName: string; // 2330A NM103
  otherInsuredFirstName?: string; // 2330A NM104
  otherInsuredMiddleName?: string; // 2330A NM105
  otherInsuredNameSuffix?: string; // 2330A NM107
  otherInsuredIdentifierTypeCode: OtherInsuredIdQualifier; // 2330A NM108
  otherInsuredIdentifier: string; // 2330A NM109
  otherInsuredAddress?: ClaimAddress; // 2330A N3/N4
  otherInsuredAdditionalIdentifiers?: string[]; // 2330A REF*SY
}

/** 2330B other payer on 837D. */
export interface DentalOtherPayerName {
  otherPayerOrganizationName: string; // 2330B NM103
  otherPayerIdentifierTypeCode: PayerIdQualifier; // 2330B NM108
  otherPayerIdentifier: string; // 2330B NM109
  otherPayerAddress?: ClaimAddress; // 2330B N3/N4
  otherPayerAdjudicationOrPaymentDate?: string; // 2330B DTP*573
  otherPayerClaimAdjustmentIndicator?: boolean; // 2330B REF*T4
  otherPayerClaimControlNumber?: string; // 2330B REF*F8
  otherPayerPriorAuthorizationNumber?: string; // 2330B REF*G1
  otherPayerPriorAuthorizationOrReferralNumber?: string; // 2330B REF*9F
  otherPayerSecondaryIdentifier?: ReferenceIdentification[]; // 2330B REF (2U, EI, FY, NF)
  otherPayerPredeterminationIdentification?: string; // 2330B REF*G3
}

/** 2330H other payer assistant surgeon identifiers (837D). */
export interface OtherPayerAssistantSurgeon {
  entityTypeQualifier: EntityTypeQualifier; // NM102
  otherPayerAssistantSurgeonIdentifier: ReferenceIdentification[]; // REF
}

/** 2320 other subscriber information (coordination of benefits) on 837D. */
export interface DentalOtherSubscriberInformation {
  paymentResponsibilityLevelCode: PaymentResponsibilityLevelCode; // 2320 SBR01
  individualRelationshipCode: IndividualRelationshipCode; // 2320 SBR02
  insuranceGroupOrPolicyNumber?: string; // 2320 SBR03
  otherInsuredGroupName?: string; // 2320 SBR04
  insuranceTypeCode?: InsuranceTypeCode; // 2320 SBR05
  claimFilingIndicatorCode?: ClaimFilingCode; // 2320 SBR09
  claimLevelAdjustments?: ClaimAdjustment[]; // 2320 CAS
  payerPaidAmount?: string; // 2320 AMT*D
  nonCoveredChargeAmount?: string; // 2320 AMT*A8
  remainingPatientLiability?: string; // 2320 AMT*EAF
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode; // 2320 OI03
  patientSignatureGeneratedForPatient?: boolean; // 2320 OI04
  releaseOfInformationCode: ReleaseInformationCode; // 2320 OI06
  medicareOutpatientAdjudication?: MedicareOutpatientAdjudication; // 2320 MOA
  otherSubscriberName: DentalOtherSubscriberName; // 2330A
  otherPayerName: DentalOtherPayerName; // 2330B
  otherPayerReferringProvider?: OtherPayerReferringProvider[]; // 2330C
  otherPayerRenderingProvider?: OtherPayerRenderingProvider[]; // 2330D
  otherPayerServiceFacilityLocation?: OtherPayerServiceFacilityLocation[]; // 2330E
  otherPayerSupervisingProvider?: OtherPayerSupervisingProvider[]; // 2330F
  otherPayerBillingProvider?: OtherPayerBillingProvider[]; // 2330G
  otherPayerAssistantSurgeon?: OtherPayerAssistantSurgeon; // 2330H
}

/** 2400 SV3 dental service. */
export interface DentalService {
  procedureCode: string; // SV301-2 (SV301-1=AD)
  procedureModifiers?: string[]; // SV301-3…6
  description?: string; // SV301-7
  lineItemChargeAmount: string; // SV302
  placeOfServiceCode?: PlaceOfServiceCode; // SV303
  oralCavityDesignation?: string[]; // SV304-1…5
  prosthesisCrownOrInlayCode?: ProsthesisCrownOrInlayCode; // SV305
  procedureCount?: number; // SV306
  compositeDiagnosisCodePointers?: CompositeDiagnosisCodePointers; // SV311
}

/** 2400 TOO tooth information (TOO01=JP). */
export interface ToothInformation {
  toothCode: string; // TOO02
  toothSurfaceCodes?: (ToothSurfaceCode)[]; // TOO03-1…5
}

/** 2400 DTP line dates on 837D. */
export interface DentalServiceLineDateInformation {
  priorPlacementDate?: string; // DTP*441
  estimatedPriorPlacementDate?: string; // DTP*441
  applianceDate?: string; // DTP*452
  replacementDate?: string; // DTP*446
  treatmentStartDate?: string; // DTP*196
  treatmentCompletionDate?: string; // DTP*198
}

/** REF*G3 line-level predetermination of benefits. */
export interface PredeterminationOfBenefits {
  predeterminationOfBenefits: string; // REF02 (REF01=G3)
  otherPayerPrimaryIdentifier?: string; // REF04-2
}

/** 2400 REF line identifiers on 837D. */
export interface DentalServiceLineReferenceInformation {
  predeterminationOfBenefits?: PredeterminationOfBenefits[]; // REF*G3
  priorAuthorization?: PriorAuthorization[]; // REF*G1
  referralNumber?: string[]; // REF*9F
  repricedLineItemReferenceNumber?: string; // REF*9B
  adjustedRepricedLineItemReferenceNumber?: string; // REF*9D
}

/** 2420D line service facility on 837D (NM1*77). */
export interface DentalServiceLineServiceFacilityLocation {
  organizationName: string; // NM103
  npi?: string; // NM109 (NM108=XX)
  address?: ClaimAddress; // N3/N4
  commercialNumber?: string; // REF*G2
  locationNumber?: string; // REF*LU
  providerUpinNumber?: string; // REF*1G
}

/** 2400 HCP line repricing on 837D (repricers only). */
export interface DentalServiceLinePricingRepricingInformation {
  pricingMethodologyCode: PricingMethodologyCode; // HCP01
  repricedAllowedAmount: string; // HCP02
  repricedSavingAmount?: string; // HCP03
  repricingOrganizationIdentifier?: string; // HCP04
  repricingPerDiemOrFlatRateAmount?: string; // HCP05
  serviceIdQualifier?: 'AD'; // HCP09
  repricedApprovedHCPCSCode?: string; // HCP10
  measurementUnitCode?: 'UN'; // HCP11
  repricedApprovedServiceUnitCount?: number; // HCP12
  rejectReasonCode?: RepricingRejectReasonCode; // HCP13
  policyComplianceCode?: PolicyComplianceCode; // HCP14
  exceptionCode?: RepricingExceptionCode; // HCP15
}

/** 2430 line adjudication by another payer on 837D. */
export interface DentalLineAdjudicationInformation {
  otherPayerPrimaryIdentifier: string; // SVD01
  serviceLinePaidAmount: string; // SVD02
  serviceIdQualifier: DentalLineAdjudicationQualifier; // SVD03-1
  procedureCode: string; // SVD03-2
  procedureModifier?: string[]; // SVD03-3…6
  procedureCodeDescription?: string; // SVD03-7
  paidServiceUnitCount: string; // SVD05
  bundledOrUnbundledLineNumber?: string; // SVD06
  claimAdjustmentInformation?: ClaimAdjustment[]; // 2430 CAS
  adjudicationOrPaymentDate: string; // 2430 DTP*573
  remainingPatientLiability?: string; // 2430 AMT*EAF
}

/** 2400 service line on 837D (LX, SV3, TOO, DTP, REF*6R …). */
export interface DentalServiceLine {
  serviceDate?: string; // DTP*472
  providerControlNumber?: string; // REF*6R
  dentalService: DentalService; // SV3
  teethInformation?: ToothInformation[]; // 2400 TOO
  serviceLineDateInformation?: DentalServiceLineDateInformation; // 2400 DTP
  serviceLineReferenceInformation?: DentalServiceLineReferenceInformation; // 2400 REF
  renderingProvider?: ServiceLineProvider; // 2420A NM1*82
  assistantSurgeon?: ServiceLineProvider; // 2420B NM1*DD
  supervisingProvider?: ServiceLineProvider; // 2420C NM1*DQ
  serviceFacilityLocation?: DentalServiceLineServiceFacilityLocation; // 2420D NM1*77
  contractInformation?: ContractInformation; // 2400 CN1
  linePricingRepricingInformation?: DentalServiceLinePricingRepricingInformation; // 2400 HCP
  lineAdjudicationInformation?: DentalLineAdjudicationInformation[]; // 2430
  salesTaxAmount?: string; // 2400 AMT*T
  postageTaxAmount?: string; // 2400 AMT*F4
  fileInformation?: string[]; // 2400 K3
}

/** 2300 claim information on 837D with its 2400 service lines. */
export interface DentalClaimInformation {
  claimFilingCode?: ClaimFilingCode; // 2000B SBR09
  patientControlNumber: string; // CLM01
  claimChargeAmount: string; // CLM02
  placeOfServiceCode: PlaceOfServiceCode; // CLM05-1 (CLM05-2=B)
  claimFrequencyCode: ProfessionalClaimFrequencyCode; // CLM05-3
  signatureIndicator: YesNo; // CLM06
  planParticipationCode?: DentalPlanParticipationCode; // CLM07
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode; // CLM08
  releaseInformationCode: ReleaseInformationCode; // CLM09
  relatedCausesCode?: (RelatedCausesCode)[]; // CLM11-1/-2
  autoAccidentStateCode?: string; // CLM11-4
  autoAccidentCountryCode?: string; // CLM11-5
  specialProgramCode?: DentalSpecialProgramCode; // CLM12
  predeterminationOfBenefits?: boolean; // CLM19
  delayReasonCode?: DelayReasonCode; // CLM20
  patientAmountPaid?: string; // 2300 AMT*F5
  propertyCasualtyClaimNumber?: string; // 2010BA/2010CA REF*Y4
  claimDateInformation?: DentalClaimDateInformation; // 2300 DTP
  claimSupplementalInformation?: DentalClaimSupplementalInformation; // 2300 REF/PWK
  claimNotes?: string[]; // 2300 NTE
  fileInformationList?: string[]; // 2300 K3
  claimContractInformation?: ContractInformation; // 2300 CN1
  claimPricingRepricingInformation?: ClaimPricingRepricingInformation; // 2300 HCP
  healthCareCodeInformation?: DentalHealthCareCodeInformation[]; // 2300 HI
  orthodonticTotalMonthsOfTreatment?: OrthodonticTotalMonthsOfTreatment; // 2300 DN1
  toothStatus?: ToothStatus[]; // 2300 DN2
  serviceFacilityLocation?: ServiceFacilityLocation; // 2310C NM1*77
  otherSubscriberInformation?: DentalOtherSubscriberInformation[]; // 2320
  serviceLines: DentalServiceLine[]; // 2400
}

/**
 * Dental claim (837D, 005010X224A2) request body: the Stedi dental claims shape, a sibling of the
 * professional one.
 */
export interface DentalClaimDocument {
  controlNumber?: string; // ST02
  tradingPartnerServiceId: string; // 2010BB NM109 (NM108=PI)
  tradingPartnerName?: string; // 2010BB NM103
  tradingPartnerSecondaryIdentifiers?: TradingPartnerSecondaryIdentifiers; // 2010BB REF
  usageIndicator: UsageIndicator; // ISA15
  claimIdentifier: ClaimIdentifier; // BHT06
  submitter: Submitter; // 1000A
  receiver: Receiver; // 1000B
  subscriber: Subscriber; // 2000B/2010BA
  dependent?: Dependent; // 2000C/2010CA
  billing: ClaimProvider; // 2010AA
  rendering?: ClaimProvider; // 2310B
  referring?: ClaimProvider; // 2310A
  supervising?: ClaimProvider; // 2310E
  assistantSurgeon?: ClaimProvider; // 2310D NM1*DD
  payToAddress?: ClaimAddress; // 2010AB NM1*87 N3/N4
  payToPlan?: PayToPlan; // 2010AC NM1*PE
  payerAddress?: ClaimAddress; // 2010BB N3/N4
  claimInformation: DentalClaimInformation; // 2300/2400
}

export type ClaimDocument = ProfessionalClaimDocument | InstitutionalClaimDocument | DentalClaimDocument;

export interface ClaimDocumentByKind {
  professional: ProfessionalClaimDocument;
  institutional: InstitutionalClaimDocument;
  dental: DentalClaimDocument;
}

/** The columns a claim is listed and looked up by; amounts as strings with exactly two decimals. */
export interface ClaimSummary {
  kind: ClaimKind;
  /** 2010BB NM109 (tradingPartnerServiceId) */
  payerId: string;
  /** 2010BB NM103 (tradingPartnerName) */
  payerName: string | null;
  /** 2010AA NM109 */
  billingNpi: string | null;
  /** The billing NPI, else 'EI:' + employer ID, else '<REF01>:<REF02>' of the first secondary ID. */
  billingProviderKey: string;
  /** CLM01 */
  patientControlNumber: string;
  /** CLM05-3 */
  frequencyCode: string;
  /** Sum of the line charges (SV102 / SV203 / SV302), e.g. "150.00". */
  totalCharge: string;
  /** YYYY-MM-DD: earliest service date (837I: statement start), or null. */
  serviceDateFrom: string | null;
  /** YYYY-MM-DD: latest service date (837I: statement end), or null. */
  serviceDateTo: string | null;
  usageIndicator: UsageIndicator;
  lineCount: number;
}
