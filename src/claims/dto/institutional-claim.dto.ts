// Request body of an institutional claim (837I, 005010X223A2) in the CHC/Optum Institutional
// Claims v1 shape that Stedi also accepts: CL1 codes, HI code lists (each inner array is one HI
// segment), attending/operating providers, the single-object COB and SV2 service lines.

import { ApiExtraModels } from '@nestjs/swagger';
import {
  ADJUSTMENT_GROUP_CODES,
  ADMITTING_DIAGNOSIS_QUALIFIERS,
  BENEFITS_ASSIGNMENT_CODES,
  CLAIM_FILING_CODES,
  DELAY_REASON_CODES,
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
  YES_NO,
  type AdjustmentGroupCode,
  type AdmittingDiagnosisQualifier,
  type BenefitsAssignmentCode,
  type ClaimFilingCode,
  type DelayReasonCode,
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
  type YesNo,
} from '../claim.types';
import {
  ClaimAddressDto,
  ClaimAdjustmentDetailDto,
  ClaimEnvelopeFields,
  ContactInformationDto,
  ContractInformationDto,
  DependentDto,
  DrugQuantityFields,
  EpsdtReferralDto,
  InstitutionalSubscriberDto,
  MedicareOutpatientAdjudicationDto,
  NamedContactInformationDto,
  OtherPayerNameDto,
  ReferenceIdentificationDto,
  ReportInformationDto,
} from './common.dto';
import {
  AmountField,
  ArrayField,
  CodeField,
  DateField,
  DateOrRangeField,
  DateTimeField,
  DecimalField,
  DigitsField,
  IcdCodeField,
  NestedField,
  ObjectListsField,
  PatternField,
  ProviderTagField,
  QuantityField,
  StringArrayField,
  StringField,
  StringListsField,
  TaxonomyCodeField,
  TimeField,
} from './field.decorators';
import { ConflictsWith, RequiredForBillingProvider, RequiredIfPresent, SameAsIfPresent } from './validators';

/** REF01 of a provider REF pair; required with secondaryIdentifier. */
function SecondaryIdQualifierField(codes: readonly string[]): PropertyDecorator {
  return CodeField(codes, {
    description: 'REF01 — secondary identifier qualifier; required with secondaryIdentifier',
    optional: RequiredIfPresent('secondaryIdentifier'),
  });
}

/** REF02 of a provider REF pair; required with secondaryIdentificationQualifierCode. */
function SecondaryIdentifierField(): PropertyDecorator {
  return StringField({
    description: 'REF02 — secondary identifier; required with secondaryIdentificationQualifierCode',
    max: 50,
    optional: RequiredIfPresent('secondaryIdentificationQualifierCode'),
  });
}

/** 1000A submitter on 837I (organization only). */
export class InstitutionalSubmitterDto {
  @StringField({ description: '1000A NM103 (NM102=2) — submitter organization name', max: 60, example: 'SPRINGFIELD GENERAL HOSPITAL' })
  organizationName: string;

  @StringField({
    description: '1000A NM109 (NM108=46) — submitter ETIN despite the name (not the EIN)',
    min: 2,
    max: 80,
    example: 'EXHOSP01',
  })
  taxId: string;

  @NestedField(() => ContactInformationDto, { description: '1000A PER (PER01=IC) — submitter EDI contact' })
  contactInformation: ContactInformationDto;
}

/** 1000B receiver on 837I. */
export class InstitutionalReceiverDto {
  @StringField({ description: '1000B NM103 — receiver (payer) name', max: 60, example: 'EXAMPLE HEALTH PLAN' })
  organizationName: string;

  @StringField({ description: '1000B NM109 (NM108=46) — receiver ID', min: 2, max: 80, optional: true })
  taxId?: string;

  @CodeField(RECEIVER_IDS, { description: 'Stedi print-and-mail routing (no X12 element): PAPER, PRINT or BPUMR', optional: true })
  receiverId?: ReceiverId;
}

/** 2010AA billing provider on 837I (NM1*85 NM102=2, N3/N4, REF*EI, PER; PRV*BI in 2000A). */
export class InstitutionalBillingProviderDto {
  @ProviderTagField('BillingProvider')
  providerType?: 'BillingProvider';

  @DigitsField(10, { description: '2010AA NM109 (NM108=XX) — billing NPI, 10 digits', optional: true, example: '1447563820' })
  npi?: string;

  @DigitsField(9, { description: '2010AA REF*EI — employer identification number, 9 digits', example: '371234568' })
  employerId: string;

  @StringField({
    description: '2010AA NM103 — billing provider organization name',
    max: 60,
    optional: true,
    example: 'SPRINGFIELD GENERAL HOSPITAL',
  })
  organizationName?: string;

  @StringField({ description: 'NM103 (NM102=1) — last name when a person', max: 60, optional: true })
  lastName?: string;

  @StringField({ description: 'NM104 — first name', max: 35, optional: true })
  firstName?: string;

  @StringField({ description: 'NM105 — middle name', max: 25, optional: true })
  middleName?: string;

  @StringField({ description: 'NM107 — name suffix', max: 10, optional: true })
  suffix?: string;

  @TaxonomyCodeField({ description: '2000A PRV03 (PRV01=BI) — billing provider taxonomy', optional: true, example: '282N00000X' })
  taxonomyCode?: string;

  @SecondaryIdQualifierField(PROVIDER_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier;

  @SecondaryIdentifierField()
  secondaryIdentifier?: string;

  @NestedField(() => ClaimAddressDto, { description: '2010AA N3/N4 — street address (no PO box) with a 9-digit ZIP' })
  address: ClaimAddressDto;

  @NestedField(() => NamedContactInformationDto, { description: '2010AA PER — billing contact', optional: true })
  contactInformation?: NamedContactInformationDto;
}

/**
 * NM1 name and NPI, REF02 secondary identifier and the deprecated REF*EI, address and contact of
 * the 837I attending, rendering and referring providers.
 */
abstract class InstitutionalProviderFields {
  @DigitsField(10, { description: 'NM109 (NM108=XX) — NPI, 10 digits', optional: true, example: '1447563820' })
  npi?: string;

  @StringField({ description: 'NM104 — first name', max: 35, optional: true })
  firstName?: string;

  @StringField({ description: 'NM105 — middle name', max: 25, optional: true })
  middleName?: string;

  @StringField({ description: 'NM107 — name suffix', max: 10, optional: true })
  suffix?: string;

  @StringField({ description: 'NM103 (NM102=2) — organization name', max: 60, optional: true })
  organizationName?: string;

  @SecondaryIdentifierField()
  secondaryIdentifier?: string;

  @DigitsField(9, { description: 'REF*EI — employer identification number, 9 digits', optional: true, deprecated: true })
  employerId?: string;

  @NestedField(() => ClaimAddressDto, { description: 'N3/N4 — address', optional: true, deprecated: true })
  address?: ClaimAddressDto;

  @NestedField(() => NamedContactInformationDto, { description: 'PER — contact', optional: true, deprecated: true })
  contactInformation?: NamedContactInformationDto;
}

/**
 * 2310A attending provider (NM1*71, PRV*AT); required unless the claim is only non-scheduled
 * transport.
 */
export class AttendingProviderDto extends InstitutionalProviderFields {
  @ProviderTagField('AttendingProvider')
  providerType?: 'AttendingProvider';

  @StringField({ description: 'NM103 (NM102=1) — last name when a person', max: 60, optional: true })
  lastName?: string;

  @TaxonomyCodeField({ description: 'PRV03 (PRV02=PXC) — taxonomy (PRV*AT)', optional: true, example: '207P00000X' })
  taxonomyCode?: string;

  @SecondaryIdQualifierField(PROVIDER_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier;
}

/** 2310D rendering provider (NM1*82), only when not the attending provider. */
export class InstitutionalRenderingProviderDto extends InstitutionalProviderFields {
  @ProviderTagField('RenderingProvider')
  providerType?: 'RenderingProvider';

  @StringField({ description: 'NM103 (NM102=1) — last name', max: 60 })
  lastName: string;

  @TaxonomyCodeField({ description: 'PRV03 (PRV02=PXC) — taxonomy', optional: true, example: '207P00000X' })
  taxonomyCode?: string;

  @SecondaryIdQualifierField(PROVIDER_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier;
}

/** 2310F referring provider (NM1*DN), only when not the attending provider. */
export class InstitutionalReferringProviderDto extends InstitutionalProviderFields {
  @ProviderTagField('ReferringProvider')
  providerType?: 'ReferringProvider';

  @StringField({ description: 'NM103 (NM102=1) — last name', max: 60 })
  lastName: string;

  @TaxonomyCodeField({ description: 'PRV03 (PRV02=PXC) — taxonomy', optional: true, example: '207P00000X' })
  taxonomyCode?: string;

  @SecondaryIdQualifierField(REFERRING_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ReferringSecondaryIdQualifier;
}

/** NM1 name and NPI and the REF secondary identifier of an 837I providers[] item or line provider. */
abstract class InstitutionalProviderNameFields {
  @DigitsField(10, { description: 'NM109 (NM108=XX) — NPI, 10 digits', optional: true, example: '1447563820' })
  npi?: string;

  @StringField({ description: 'NM103 (NM102=2) — organization name', max: 60, optional: true })
  organizationName?: string;

  @StringField({ description: 'NM103 (NM102=1) — last name when a person', max: 60, optional: true })
  lastName?: string;

  @StringField({ description: 'NM104 — first name', max: 35, optional: true })
  firstName?: string;

  @StringField({ description: 'NM105 — middle name', max: 25, optional: true })
  middleName?: string;

  @StringField({ description: 'NM107 — name suffix', max: 10, optional: true })
  suffix?: string;

  @SecondaryIdQualifierField(PROVIDER_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: ProviderSecondaryIdQualifier;

  @SecondaryIdentifierField()
  secondaryIdentifier?: string;
}

/**
 * Legacy 837I providers[] item; overrides the dedicated billing / attending / referring /
 * rendering object of its providerType.
 */
export class InstitutionalProvidersItemDto extends InstitutionalProviderNameFields {
  @CodeField(INSTITUTIONAL_PROVIDER_TYPES, { description: 'which dedicated provider object this item stands for' })
  providerType: InstitutionalProviderType;

  @TaxonomyCodeField({ description: 'PRV03 (PRV02=PXC) — taxonomy', optional: true })
  taxonomyCode?: string;

  @DigitsField(9, {
    description: 'REF*EI — employer identification number, 9 digits; required for a BillingProvider',
    optional: RequiredForBillingProvider(),
    example: '371234568',
  })
  employerId?: string;

  @NestedField(() => ClaimAddressDto, {
    description: 'N3/N4 — address; required for a BillingProvider',
    optional: RequiredForBillingProvider(),
  })
  address?: ClaimAddressDto;

  @NestedField(() => NamedContactInformationDto, { description: 'PER — contact', optional: true })
  contactInformation?: NamedContactInformationDto;
}

/** Operating physician (2310B NM1*72 / 2420A) or other operating physician (2310C / 2420B NM1*ZZ). */
export class OperatingPhysicianDto {
  @StringField({ description: 'NM103 (NM102=1) — last name', max: 60 })
  lastName: string;

  @StringField({ description: 'NM104 — first name', max: 35, optional: true })
  firstName?: string;

  @StringField({ description: 'NM105 — middle name', max: 25, optional: true })
  middleName?: string;

  @StringField({ description: 'NM107 — name suffix', max: 10, optional: true })
  suffix?: string;

  @StringField({ description: 'NM103 — organization name', max: 60, optional: true })
  organizationName?: string;

  @DigitsField(10, { description: 'NM109 (NM108=XX) — NPI, 10 digits', optional: true, example: '1447563820' })
  npi?: string;

  @SecondaryIdQualifierField(PROVIDER_SECONDARY_ID_QUALIFIERS)
  identificationQualifierCode?: ProviderSecondaryIdQualifier;

  @StringField({
    description: 'REF02 — secondary identifier; required with identificationQualifierCode',
    max: 50,
    optional: RequiredIfPresent('identificationQualifierCode'),
  })
  secondaryIdentifier?: string;
}

/** 2010AB pay-to address (NM1*87, N3/N4). */
export class PayToAddressNameDto {
  @CodeField(['2'], { description: '2010AB NM102 — always 2 (non-person)' })
  entityTypeQualifier: '2';

  @NestedField(() => ClaimAddressDto, { description: '2010AB N3/N4 — pay-to address' })
  address: ClaimAddressDto;
}

/** 2010AC pay-to plan (NM1*PE, N3/N4, REF). */
export class PayToPlanNameDto {
  @StringField({ description: '2010AC NM103 — pay-to plan name', max: 60 })
  organizationName: string;

  @CodeField(PAYER_ID_QUALIFIERS, { description: '2010AC NM108 — PI payer ID, XV CMS PlanID' })
  identificationCodeQualifier: PayerIdQualifier;

  @StringField({ description: '2010AC NM109 — pay-to plan identifier', min: 2, max: 80 })
  identificationCode: string;

  @NestedField(() => ClaimAddressDto, { description: '2010AC N3/N4 — address', optional: true })
  address?: ClaimAddressDto;

  @DigitsField(9, { description: '2010AC REF*EI — pay-to plan tax ID, 9 digits' })
  taxId: string;

  @StringField({ description: '2010AC REF*2U — payer identification number', max: 50, optional: true })
  payerIdentificationNumber?: string;

  @StringField({ description: '2010AC REF*FY — claim office number', max: 50, optional: true })
  claimOfficeNumber?: string;

  @DigitsField(5, { description: '2010AC REF*NF — NAIC code, 5 digits', optional: true })
  naic?: string;
}

/** 2300 DTP claim dates on 837I. */
export class InstitutionalClaimDateInformationDto {
  @DateField({ description: 'DTP*434 RD8 — statement covers period, start' })
  statementBeginDate: string;

  @DateField({ description: 'DTP*434 RD8 — statement covers period, end' })
  statementEndDate: string;

  @DateTimeField({ description: 'DTP*435 — admission date (D8) or date and hour (DT, CCYYMMDDHHMM); inpatient', optional: true })
  admissionDateAndHour?: string;

  @TimeField({ description: 'DTP*096 TM — discharge hour HHMM; final inpatient claims only', optional: true })
  dischargeHour?: string;

  @DateField({ description: 'DTP*050 — repricer received', optional: true })
  repricerReceivedDate?: string;
}

/** 2300 CL1 institutional claim codes. */
export class ClaimCodeInformationDto {
  @StringField({ description: 'CL101 — NUBC priority (type) of admission or visit, e.g. 1 emergency, 3 elective', max: 1, example: '1' })
  admissionTypeCode: string;

  @StringField({
    description: 'CL102 — NUBC point of origin (required by Stedi edits unless the facility type is 14)',
    max: 1,
    optional: true,
    example: '7',
  })
  admissionSourceCode?: string;

  @StringField({ description: 'CL103 — NUBC patient discharge status, e.g. 01 home, 30 still a patient', max: 2, example: '01' })
  patientStatusCode: string;
}

/** 2300 NTE claim notes on 837I; each list item becomes one NTE. */
export class ClaimNotesDto {
  @StringArrayField({ description: 'NTE02 (NTE01=ALG) — allergies', max: 10, itemMax: 80, optional: true })
  allergies?: string[];

  @StringArrayField({ description: 'NTE02 (NTE01=DGN) — diagnosis description', max: 10, itemMax: 80, optional: true })
  diagnosisDescription?: string[];

  @StringArrayField({ description: 'NTE02 (NTE01=DME) — durable medical equipment and supplies', max: 10, itemMax: 80, optional: true })
  dme?: string[];

  @StringArrayField({ description: 'NTE02 (NTE01=MED) — medications', max: 10, itemMax: 80, optional: true })
  medications?: string[];

  @StringArrayField({
    description: 'NTE02 (NTE01=NTR) — nutritional requirements (property name spelled as in the Stedi schema)',
    max: 10,
    itemMax: 80,
    optional: true,
  })
  nutritionalRequirments?: string[];

  @StringArrayField({
    description: 'NTE02 (NTE01=ODT) — orders for disciplines and treatments (property name as in the Stedi schema)',
    max: 10,
    itemMax: 80,
    optional: true,
  })
  ordersForDiscipLinesAndTreatments?: string[];

  @StringArrayField({ description: 'NTE02 (NTE01=RHB) — functional limitations, reason homebound', max: 10, itemMax: 80, optional: true })
  functionalLimitsOrReasonHomebound?: string[];

  @StringArrayField({ description: 'NTE02 (NTE01=RLH) — reasons the patient leaves home', max: 10, itemMax: 80, optional: true })
  reasonsPatientLeavesHome?: string[];

  @StringArrayField({
    description: 'NTE02 (NTE01=RNH) — times and reasons the patient is not at home',
    max: 10,
    itemMax: 80,
    optional: true,
  })
  timesAndReasonsPatientNotAtHome?: string[];

  @StringArrayField({ description: 'NTE02 (NTE01=SET) — unusual home, social environment or both', max: 10, itemMax: 80, optional: true })
  unusualHomeOrSocialEnv?: string[];

  @StringArrayField({ description: 'NTE02 (NTE01=SFM) — safety measures', max: 10, itemMax: 80, optional: true })
  safetyMeasures?: string[];

  @StringArrayField({ description: 'NTE02 (NTE01=SPT) — supplementary plan of treatment', max: 10, itemMax: 80, optional: true })
  supplementalPlanOfTreatment?: string[];

  @StringArrayField({ description: 'NTE02 (NTE01=UPI) — updated information', max: 10, itemMax: 80, optional: true })
  updatedInformation?: string[];

  @StringArrayField({
    description: 'NTE02 (NTE01=DCP) — goals, rehabilitation potential or discharge plans',
    max: 10,
    itemMax: 80,
    optional: true,
  })
  goalRehabOrDischargePlans?: string[];
}

/** HCP pricing/repricing on 837I (2300 or 2400; repricers only). */
export class ClaimPricingInformationDto {
  @CodeField(PRICING_METHODOLOGY_CODES, { description: 'HCP01 — pricing methodology' })
  pricingMethodologyCode: PricingMethodologyCode;

  @AmountField({ description: 'HCP02 — repriced allowed amount' })
  repricedAllowedAmount: string;

  @AmountField({ description: 'HCP03 — repriced saving amount', optional: true })
  repricedSavingAmount?: string;

  @StringField({ description: 'HCP04 — repricing organization identifier', max: 50, optional: true })
  repricedOrgIdentifier?: string;

  @AmountField({ description: 'HCP05 — per diem or flat rate amount', optional: true })
  repricedPerDiem?: string;

  @StringField({ description: 'HCP06 — approved DRG code', max: 50, optional: true })
  repricedApprovedDRGCode?: string;

  @AmountField({ description: 'HCP07 — approved DRG amount', optional: true })
  repricedApprovedAmount?: string;

  @StringField({ description: 'HCP08 — approved revenue code', max: 48, optional: true })
  repricedApprovedRevenueCode?: string;

  @CodeField(INSTITUTIONAL_PROCEDURE_IDENTIFIERS, { description: 'HCP09 — procedure code qualifier', optional: true })
  productOrServiceIDQualifier?: InstitutionalProcedureIdentifier;

  @StringField({ description: 'HCP10 — approved HCPCS code', max: 48, optional: true })
  repricedApprovedHCPCSCode?: string;

  @CodeField(INSTITUTIONAL_MEASUREMENT_UNITS, { description: 'HCP11 — UN units, DA days', optional: true })
  repricedApprovedServiceUnitCode?: InstitutionalMeasurementUnit;

  @QuantityField({ description: 'HCP12 — approved units', optional: true })
  repricedApprovedServiceUnitCount?: string;

  @CodeField(REPRICING_REJECT_REASON_CODES, { description: 'HCP13 — reject reason', optional: true })
  rejectReasonCode?: RepricingRejectReasonCode;

  @CodeField(POLICY_COMPLIANCE_CODES, { description: 'HCP14 — policy compliance', optional: true })
  policyComplianceCode?: PolicyComplianceCode;

  @CodeField(REPRICING_EXCEPTION_CODES, { description: 'HCP15 — exception code', optional: true })
  exceptionCode?: RepricingExceptionCode;
}

/** 2300 REF claim identifiers and PWK attachments on 837I. */
export class InstitutionalClaimSupplementalInformationDto {
  @StringField({ description: 'REF*G1 — prior authorization number', max: 50, optional: true })
  priorAuthorizationNumber?: string;

  @StringField({ description: 'REF*9F — referral number', max: 50, optional: true })
  referralNumber?: string;

  @StringField({ description: 'REF*F8 — payer claim control number of the claim being replaced or voided', max: 50, optional: true })
  claimControlNumber?: string;

  @StringField({ description: 'REF*EA — medical record number', max: 50, optional: true })
  medicalRecordNumber?: string;

  @StringField({ description: 'REF*P4 — demonstration project identifier', max: 50, optional: true })
  demoProjectIdentifier?: string;

  @StringField({ description: 'REF*LX — investigational device exemption number', max: 50, optional: true })
  investigationalDeviceExemptionNumber?: string;

  @StringField({ description: 'REF*G4 — peer review organization approval number', max: 50, optional: true })
  peerReviewAuthorizationNumber?: string;

  @StringField({ description: 'REF*LU — auto accident state', max: 50, optional: true })
  autoAccidentState?: string;

  @CodeField(SERVICE_AUTHORIZATION_EXCEPTION_CODES, { description: 'REF*4N — service authorization exception code', optional: true })
  serviceAuthorizationExceptionCode?: ServiceAuthorizationExceptionCode;

  @StringField({ description: 'REF*9A — repriced claim number (repricers only)', max: 50, optional: true })
  repricedClaimNumber?: string;

  @StringField({ description: 'REF*9C — adjusted repriced claim number (repricers only)', max: 50, optional: true })
  adjustedRepricedClaimRefNumber?: string;

  @StringField({ description: 'REF*D9 — clearinghouse claim number', max: 50, optional: true, deprecated: true })
  claimNumber?: string;

  @NestedField(() => ReportInformationDto, {
    description: 'PWK — single attachment (older form; merged into reportInformations)',
    optional: true,
  })
  reportInformation?: ReportInformationDto;

  @ArrayField(() => ReportInformationDto, { description: 'PWK — attachments', min: 0, max: 10, optional: true })
  reportInformations?: ReportInformationDto[];
}

/** 2300 HI*ABK principal diagnosis. */
export class PrincipalDiagnosisDto {
  @CodeField(PRINCIPAL_DIAGNOSIS_QUALIFIERS, { description: 'HI01-1 — ABK (BK for ICD-9)', example: 'ABK' })
  qualifierCode: PrincipalDiagnosisQualifier;

  @IcdCodeField({ description: 'HI01-2 — ICD-10-CM code without the dot', max: 30, example: 'R0789' })
  principalDiagnosisCode: string;

  @CodeField(PRESENT_ON_ADMISSION_INDICATORS, { description: 'HI01-9 — present on admission', optional: true })
  presentOnAdmissionIndicator?: PresentOnAdmissionIndicator;
}

/** 2300 HI*ABJ admitting diagnosis (inpatient). */
export class AdmittingDiagnosisDto {
  @CodeField(ADMITTING_DIAGNOSIS_QUALIFIERS, { description: 'HI01-1 — ABJ (BJ for ICD-9)' })
  qualifierCode: AdmittingDiagnosisQualifier;

  @IcdCodeField({ description: 'HI01-2 — ICD-10-CM code without the dot', max: 30 })
  admittingDiagnosisCode: string;
}

/** 2300 HI*APR patient reason for visit (unscheduled outpatient visits). */
export class PatientReasonForVisitDto {
  @CodeField(REASON_FOR_VISIT_QUALIFIERS, { description: 'HI0n-1 — APR (PR for ICD-9)', example: 'APR' })
  qualifierCode: ReasonForVisitQualifier;

  @IcdCodeField({ description: 'HI0n-2 — ICD-10-CM code without the dot', max: 30, example: 'R0789' })
  patientReasonForVisitCode: string;
}

/** 2300 HI*ABN external cause of injury. */
export class ExternalCauseOfInjuryDto {
  @CodeField(EXTERNAL_CAUSE_QUALIFIERS, { description: 'HI0n-1 — ABN (BN for ICD-9)' })
  qualifierCode: ExternalCauseQualifier;

  @IcdCodeField({ description: 'HI0n-2 — ICD-10-CM code without the dot', max: 30 })
  externalCauseOfInjury: string;

  @CodeField(PRESENT_ON_ADMISSION_INDICATORS, { description: 'HI0n-9 — present on admission', optional: true })
  presentOnAdmissionIndicator?: PresentOnAdmissionIndicator;
}

/** One HI*ABF other diagnosis. */
export class OtherDiagnosisInformationDto {
  @CodeField(OTHER_DIAGNOSIS_QUALIFIERS, { description: 'HI0n-1 — ABF (BF for ICD-9)', example: 'ABF' })
  qualifierCode: OtherDiagnosisQualifier;

  @IcdCodeField({ description: 'HI0n-2 — ICD-10-CM code without the dot', max: 30, example: 'E119' })
  otherDiagnosisCode: string;

  @CodeField(PRESENT_ON_ADMISSION_INDICATORS, { description: 'HI0n-9 — present on admission', optional: true })
  presentOnAdmissionIndicator?: PresentOnAdmissionIndicator;
}

/** 2300 HI*BBR principal procedure (ICD-10-PCS, inpatient). */
export class PrincipalProcedureInformationDto {
  @CodeField(PRINCIPAL_PROCEDURE_QUALIFIERS, { description: 'HI01-1 — BBR (BR for ICD-9, CAH advanced billing concept)' })
  qualifierCode: PrincipalProcedureQualifier;

  @IcdCodeField({ description: 'HI01-2 — procedure code', max: 30 })
  principalProcedureCode: string;

  @DateField({ description: 'HI01-4 (HI01-3=D8) — procedure date', optional: true })
  principalProcedureDate?: string;
}

/** One HI*BBQ other procedure. */
export class OtherProcedureInformationDto {
  @CodeField(OTHER_PROCEDURE_QUALIFIERS, { description: 'HI0n-1 — BBQ (BQ for ICD-9)' })
  qualifierCode: OtherProcedureQualifier;

  @IcdCodeField({ description: 'HI0n-2 — procedure code', max: 30 })
  otherProcedureCode: string;

  @DateField({ description: 'HI0n-4 (HI0n-3=D8) — procedure date', optional: true })
  otherProcedureDate?: string;
}

/** One HI*BI occurrence span. */
export class OccurrenceSpanInformationDto {
  @StringField({ description: 'HI0n-2 (BI) — occurrence span code', max: 30 })
  occurrenceSpanCode: string;

  @DateField({ description: 'HI0n-4 (RD8) — span start' })
  occurrenceSpanCodeStartDate: string;

  @DateField({ description: 'HI0n-4 (RD8) — span end' })
  occurrenceSpanCodeEndDate: string;
}

/** One HI*BH occurrence (occurrence codes, despite the property name). */
export class OccurrenceInformationDto {
  @StringField({ description: 'HI0n-2 (BH) — occurrence code; unique within its HI segment', max: 30 })
  occurrenceSpanCode: string;

  @DateOrRangeField({ description: 'HI0n-4 — occurrence date CCYYMMDD (a from-to range is accepted)' })
  occurrenceSpanCodeDate: string;
}

/** One HI*BE value code and amount. */
export class ValueInformationDto {
  @StringField({ description: 'HI0n-2 (BE) — value code', max: 30 })
  valueCode: string;

  @AmountField({ description: 'HI0n-5 — value amount' })
  valueCodeAmount: string;
}

/** One HI*BG condition code. */
export class InstitutionalConditionInformationDto {
  @StringField({ description: 'HI0n-2 (BG) — NUBC condition code', max: 30 })
  conditionCode: string;
}

/** 2300 HI*DR diagnosis related group. */
export class DiagnosisRelatedGroupInformationDto {
  @StringField({ description: 'HI01-2 (DR) — DRG code (the property name says drug; it is the DRG)', max: 30 })
  drugRelatedGroupCode: string;
}

/** 2310E service facility location on 837I (NM1*77); the NPI is named identificationCode here. */
export class InstitutionalServiceFacilityLocationDto {
  @StringField({ description: 'NM103 — facility name', max: 60 })
  organizationName: string;

  @NestedField(() => ClaimAddressDto, { description: 'N3/N4 — facility address' })
  address: ClaimAddressDto;

  @DigitsField(10, { description: 'NM109 (NM108=XX) — facility NPI, 10 digits', optional: true })
  identificationCode?: string;

  @SecondaryIdQualifierField(FACILITY_SECONDARY_ID_QUALIFIERS)
  secondaryIdentificationQualifierCode?: FacilitySecondaryIdQualifier;

  @SecondaryIdentifierField()
  secondaryIdentifier?: string;
}

/** CAS adjustment on 837I (details named claimAdjustmentDetails). */
export class InstitutionalClaimAdjustmentDto {
  @CodeField(ADJUSTMENT_GROUP_CODES, { description: 'CAS01 — adjustment group' })
  adjustmentGroupCode: AdjustmentGroupCode;

  @ArrayField(() => ClaimAdjustmentDetailDto, { description: 'CAS02–CAS19 — up to six reason/amount/quantity triplets', max: 6 })
  claimAdjustmentDetails: ClaimAdjustmentDetailDto[];
}

/** 2320 MIA Medicare inpatient adjudication. */
export class MedicareInpatientAdjudicationDto {
  @DecimalField({ description: 'MIA01 — covered days or visits', max: 15 })
  coveredDaysOrVisitsCount: string;

  @DecimalField({ description: 'MIA03 — lifetime psychiatric days', max: 15, optional: true })
  lifetimePsychiatricDaysCount?: string;

  @AmountField({ description: 'MIA04 — claim DRG amount', optional: true })
  claimDRGAmount?: string;

  @StringArrayField({ description: 'MIA05, MIA20–MIA23 — remark codes (RARC)', max: 5, itemMax: 50, optional: true })
  claimPaymentRemarkCode?: string[];

  @AmountField({ description: 'MIA06 — disproportionate share amount', optional: true })
  claimDisproportionateShareAmount?: string;

  @AmountField({ description: 'MIA07 — MSP pass-through amount', optional: true })
  claimMspPassThroughAmount?: string;

  @AmountField({ description: 'MIA08 — PPS capital amount', optional: true })
  claimPpsCapitalAmount?: string;

  @AmountField({ description: 'MIA — PPS capital hospital-specific DRG amount', optional: true })
  capitalHSPDRGAmount?: string;

  @AmountField({ description: 'MIA10 — PPS capital HSP DRG amount', optional: true })
  ppsCapitalHspDrgAmount?: string;

  @AmountField({ description: 'MIA11 — PPS capital DSH DRG amount', optional: true })
  ppsCapitalDshDrgAmount?: string;

  @AmountField({ description: 'MIA12 — old capital amount', optional: true })
  oldCapitalAmount?: string;

  @AmountField({ description: 'MIA13 — PPS capital IME amount', optional: true })
  ppsCapitalImeAmount?: string;

  @AmountField({ description: 'MIA14 — PPS operating hospital-specific DRG amount', optional: true })
  ppsOperatingHospitalSpecificDrgAmount?: string;

  @DecimalField({ description: 'MIA15 — cost report day count', max: 15, optional: true })
  costReportDayCount?: string;

  @AmountField({ description: 'MIA16 — PPS operating federal-specific DRG amount', optional: true })
  ppsOperatingFederalSpecificDrgAmount?: string;

  @AmountField({ description: 'MIA17 — PPS capital outlier amount (property name spelled as in the Stedi schema)', optional: true })
  claimPpsCapitalOutlierAmmount?: string;

  @AmountField({ description: 'MIA18 — indirect teaching amount', optional: true })
  claimIndirectTeachingAmount?: string;

  @AmountField({ description: 'MIA19 — non-payable professional component amount', optional: true })
  nonPayableProfessionalComponentBilledAmount?: string;

  @AmountField({ description: 'MIA24 — PPS capital exception amount', optional: true })
  capitalExceptionAmount?: string;
}

/** 2330A other subscriber on 837I. */
export class InstitutionalOtherSubscriberNameDto {
  @CodeField(ENTITY_TYPE_QUALIFIERS, { description: '2330A NM102 — 1 person, 2 non-person' })
  otherInsuredQualifier: EntityTypeQualifier;

  @StringField({ description: '2330A NM103 — last or organization name', max: 60 })
  otherInsuredLastName: string;

  @StringField({ description: '2330A NM104 — first name', max: 35, optional: true })
  otherInsuredFirstName?: string;

  @StringField({ description: '2330A NM105 — middle name', max: 25, optional: true })
  otherInsuredMiddleName?: string;

  @StringField({ description: '2330A NM107 — name suffix', max: 10, optional: true })
  otherInsuredSuffix?: string;

  @CodeField(OTHER_INSURED_ID_QUALIFIERS, { description: '2330A NM108 — MI member ID, II unique health ID' })
  otherInsuredIdentifierTypeCode: OtherInsuredIdQualifier;

  @StringField({ description: '2330A NM109 — identifier', min: 2, max: 80 })
  otherInsuredIdentifier: string;

  @StringArrayField({ description: '2330A REF*SY — additional identifiers', max: 2, itemMax: 50, optional: true })
  otherInsuredAdditionalIdentifier?: string[];

  @NestedField(() => ClaimAddressDto, { description: '2330A N3/N4 — address', optional: true })
  address?: ClaimAddressDto;
}

/** 2330C other payer attending provider identifiers. */
export class OtherPayerAttendingProviderDto {
  @ArrayField(() => ReferenceIdentificationDto, { description: '2330C REF — identifiers', max: 4 })
  otherPayerAttendingProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2330D other payer operating physician identifiers. */
export class OtherPayerOperatingPhysicianDto {
  @ArrayField(() => ReferenceIdentificationDto, { description: '2330D REF — identifiers', max: 4 })
  otherPayerOperatingPhysicianIdentifier: ReferenceIdentificationDto[];
}

/** 2330E other payer other operating physician identifiers. */
export class OtherPayerOtherOperatingPhysicianDto {
  @ArrayField(() => ReferenceIdentificationDto, { description: '2330E REF — identifiers', max: 4 })
  otherPayerOtherOperatingPhysicianIdentifier: ReferenceIdentificationDto[];
}

/** 2330F other payer service facility identifiers. */
export class InstitutionalOtherPayerServiceFacilityLocationDto {
  @ArrayField(() => ReferenceIdentificationDto, { description: '2330F REF — identifiers', max: 3 })
  otherPayerServiceFacilityLocationIdentifier: ReferenceIdentificationDto[];
}

/** 2330G other payer rendering provider identifiers. */
export class InstitutionalOtherPayerRenderingProviderDto {
  @ArrayField(() => ReferenceIdentificationDto, { description: '2330G REF — identifiers', max: 4 })
  otherPayerRenderingProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2330H other payer referring provider identifiers. */
export class InstitutionalOtherPayerReferringProviderDto {
  @ArrayField(() => ReferenceIdentificationDto, { description: '2330H REF — identifiers', max: 3 })
  otherPayerReferringProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2330I other payer billing provider identifiers. */
export class InstitutionalOtherPayerBillingProviderDto {
  @ArrayField(() => ReferenceIdentificationDto, { description: '2330I REF — identifiers', max: 3 })
  otherPayerBillingProviderIdentifier: ReferenceIdentificationDto[];
}

/** 2320 other subscriber information on 837I (a single object, not an array) with its 2330 loops. */
export class InstitutionalOtherSubscriberInformationDto {
  @CodeField(PAYMENT_RESPONSIBILITY_LEVEL_CODES, { description: '2320 SBR01 — this payer\'s responsibility sequence' })
  paymentResponsibilityLevelCode: PaymentResponsibilityLevelCode;

  @CodeField(INDIVIDUAL_RELATIONSHIP_CODES, { description: '2320 SBR02 — patient relationship to the other insured' })
  individualRelationshipCode: IndividualRelationshipCode;

  @StringField({ description: '2320 SBR03 — group number', max: 50, optional: true })
  groupNumber?: string;

  @StringField({ description: '2320 SBR03 — policy number', max: 50, optional: true })
  policyNumber?: string;

  @StringField({ description: '2320 SBR04 — group name', max: 60, optional: true })
  otherInsuredGroupName?: string;

  @CodeField(CLAIM_FILING_CODES, { description: '2320 SBR09 — claim filing indicator' })
  claimFilingIndicatorCode: ClaimFilingCode;

  @ArrayField(() => InstitutionalClaimAdjustmentDto, { description: '2320 CAS — claim-level adjustments', max: 5, optional: true })
  claimLevelAdjustments?: InstitutionalClaimAdjustmentDto[];

  @AmountField({ description: '2320 AMT*D — amount paid by this payer', optional: true })
  payerPaidAmount?: string;

  @AmountField({ description: '2320 AMT*A8 — non-covered charge amount', optional: true })
  nonCoveredChargeAmount?: string;

  @AmountField({ description: '2320 AMT*EAF — remaining patient liability', optional: true })
  remainingPatientLiability?: string;

  @CodeField(BENEFITS_ASSIGNMENT_CODES, { description: '2320 OI03 — benefits assignment' })
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode;

  @CodeField(RELEASE_INFORMATION_CODES, { description: '2320 OI06 — release of information' })
  releaseOfInformationCode: ReleaseInformationCode;

  @NestedField(() => MedicareInpatientAdjudicationDto, { description: '2320 MIA — Medicare inpatient adjudication', optional: true })
  medicareInpatientAdjudication?: MedicareInpatientAdjudicationDto;

  @NestedField(() => MedicareOutpatientAdjudicationDto, { description: '2320 MOA — Medicare outpatient adjudication', optional: true })
  medicareOutpatientAdjudication?: MedicareOutpatientAdjudicationDto;

  @NestedField(() => InstitutionalOtherSubscriberNameDto, { description: '2330A — other subscriber' })
  otherSubscriberName: InstitutionalOtherSubscriberNameDto;

  @NestedField(() => OtherPayerNameDto, { description: '2330B — other payer' })
  otherPayerName: OtherPayerNameDto;

  @NestedField(() => OtherPayerAttendingProviderDto, { description: '2330C — other payer attending provider', optional: true })
  otherPayerAttendingProvider?: OtherPayerAttendingProviderDto;

  @NestedField(() => OtherPayerOperatingPhysicianDto, { description: '2330D — other payer operating physician', optional: true })
  otherPayerOperatingPhysician?: OtherPayerOperatingPhysicianDto;

  @NestedField(() => OtherPayerOtherOperatingPhysicianDto, { description: '2330E — other payer other operating physician', optional: true })
  otherPayerOtherOperatingPhysician?: OtherPayerOtherOperatingPhysicianDto;

  @NestedField(() => InstitutionalOtherPayerServiceFacilityLocationDto, {
    description: '2330F — other payer service facility',
    optional: true,
  })
  otherPayerServiceFacilityLocation?: InstitutionalOtherPayerServiceFacilityLocationDto;

  @NestedField(() => InstitutionalOtherPayerRenderingProviderDto, { description: '2330G — other payer rendering provider', optional: true })
  otherPayerRenderingProvider?: InstitutionalOtherPayerRenderingProviderDto;

  @NestedField(() => InstitutionalOtherPayerReferringProviderDto, { description: '2330H — other payer referring provider', optional: true })
  otherPayerReferringProvider?: InstitutionalOtherPayerReferringProviderDto;

  @NestedField(() => InstitutionalOtherPayerBillingProviderDto, { description: '2330I — other payer billing provider', optional: true })
  otherPayerBillingProvider?: InstitutionalOtherPayerBillingProviderDto;
}

/** 2400 SV2 institutional service. */
export class InstitutionalServiceDto {
  @PatternField(/^\d{4}$/, 'a 4-digit NUBC revenue code', { description: 'SV201 — NUBC revenue code, 4 digits (0450)', example: '0450' })
  serviceLineRevenueCode: string;

  @CodeField(INSTITUTIONAL_PROCEDURE_IDENTIFIERS, {
    description: 'SV202-1 — procedure code qualifier; required with procedureCode',
    optional: RequiredIfPresent('procedureCode'),
    example: 'HC',
  })
  procedureIdentifier?: InstitutionalProcedureIdentifier;

  @StringField({
    description: 'SV202-2 — procedure code; required with procedureIdentifier',
    max: 48,
    optional: RequiredIfPresent('procedureIdentifier'),
    example: '99284',
  })
  procedureCode?: string;

  @StringArrayField({ description: 'SV202-3…6 — up to four 2-character modifiers', max: 4, itemMin: 2, itemMax: 2, optional: true })
  procedureModifiers?: string[];

  @StringField({ description: 'SV202-7 — description', max: 80, optional: true })
  description?: string;

  @AmountField({ description: 'SV203 — line charge', example: '350.00' })
  lineItemChargeAmount: string;

  @CodeField(INSTITUTIONAL_MEASUREMENT_UNITS, { description: 'SV204 — UN units, DA days', example: 'UN' })
  measurementUnit: InstitutionalMeasurementUnit;

  @QuantityField({ description: 'SV205 — unit count as a string (up to 8 integer digits and 3 decimals)' })
  serviceUnitCount: string;

  @AmountField({ description: 'SV207 — non-covered charge', optional: true })
  nonCoveredChargeAmount?: string;
}

/** 2410 drug identification on 837I (LIN02 is always N4). */
export class InstitutionalDrugIdentificationDto extends DrugQuantityFields {
  @StringField({ description: 'LIN03 (LIN02=N4) — 11-digit NDC', max: 48 })
  nationalDrugCode: string;
}

/** 2430 line adjudication by another payer on 837I. */
export class InstitutionalLineAdjudicationInformationDto {
  @StringField({ description: 'SVD01 — other payer identifier (matches 2330B NM109)', min: 2, max: 80 })
  otherPayerPrimaryIdentifier: string;

  @AmountField({ description: 'SVD02 — amount paid for the line' })
  serviceLinePaidAmount: string;

  @CodeField(INSTITUTIONAL_PROCEDURE_IDENTIFIERS, { description: 'SVD03-1 — procedure code qualifier', optional: true })
  productOrServiceIDQualifier?: InstitutionalProcedureIdentifier;

  @StringField({ description: 'SVD03-2 — procedure code', max: 48, optional: true })
  procedureCode?: string;

  @StringArrayField({ description: 'SVD03-3…6 — modifiers', max: 4, itemMin: 2, itemMax: 2, optional: true })
  procedureModifier?: string[];

  @StringField({ description: 'SVD03-7 — procedure description', max: 80, optional: true })
  procedureCodeDescription?: string;

  @StringField({ description: 'SVD04 — revenue code', max: 48 })
  serviceLineRevenueCode: string;

  @QuantityField({ description: 'SVD05 — paid units' })
  paidServiceUnitCount: string;

  @DigitsField(1, 6, { description: 'SVD06 — bundled or unbundled line number', optional: true })
  bundledLineNumber?: string;

  @ArrayField(() => InstitutionalClaimAdjustmentDto, { description: '2430 CAS — line adjustments', max: 5, optional: true })
  lineAdjustment?: InstitutionalClaimAdjustmentDto[];

  @DateField({ description: '2430 DTP*573 — adjudication or payment date' })
  adjudicationOrPaymentDate: string;

  @AmountField({ description: '2430 AMT*EAF — remaining patient liability', optional: true })
  remainingPatientLiability?: string;
}

/** 2430 line adjudication, older single-object form. */
export class LineAdjustmentInformationDto {
  @StringField({ description: 'SVD01 — other payer identifier', min: 2, max: 80 })
  otherPayerPrimaryIdentifier: string;

  @AmountField({ description: 'SVD02 — amount paid for the line' })
  serviceLinePaidAmount: string;

  @CodeField(INSTITUTIONAL_PROCEDURE_IDENTIFIERS, { description: 'SVD03-1 — procedure code qualifier' })
  serviceIdQualifier: InstitutionalProcedureIdentifier;

  @StringField({ description: 'SVD03-2 — procedure code', max: 48 })
  procedureCode: string;

  @StringArrayField({ description: 'SVD03-3…6 — modifiers', max: 4, itemMin: 2, itemMax: 2, optional: true })
  procedureModifiers?: string[];

  @StringField({ description: 'SVD03-7 — procedure description', max: 80, optional: true })
  procedureCodeDescription?: string;

  @QuantityField({ description: 'SVD05 — paid units' })
  paidServiceUnitCount: string;

  @DigitsField(1, 6, { description: 'SVD06 — bundled or unbundled line number', optional: true })
  bundledOrUnbundledLineNumber?: string;

  @NestedField(() => InstitutionalClaimAdjustmentDto, { description: '2430 CAS — line adjustment', optional: true })
  claimAdjustment?: InstitutionalClaimAdjustmentDto;

  @DateField({ description: '2430 DTP*573 — adjudication or payment date' })
  claimPaidDate: string;

  @AmountField({ description: '2430 AMT*EAF — remaining patient liability' })
  remainingPatientLiability: string;
}

/** 2400 REF line identifiers on 837I. */
export class InstitutionalServiceLineReferenceInformationDto {
  @StringField({
    description: 'REF*6R — line item control number (Stedi alternative to lineItemControlNumber; must equal it when both are sent)',
    max: 30,
    optional: true,
  })
  providerControlNumber?: string;

  @StringField({ description: 'REF*9B — repriced line item reference number', max: 50, optional: true })
  repricedLineItemRefNumber?: string;

  @StringField({ description: 'REF*9D — adjusted repriced line item reference number', max: 50, optional: true })
  adjustedRepricedLineItemRefNumber?: string;
}

/**
 * 2400 PWK attachments in Stedi's other line-level place for them (folded into
 * serviceLineSupplementalInformations).
 */
export class InstitutionalLineSupplementInformationDto {
  @NestedField(() => ReportInformationDto, { description: '2400 PWK — single attachment', optional: true })
  reportInformation?: ReportInformationDto;

  @ArrayField(() => ReportInformationDto, { description: '2400 PWK — attachments', min: 0, max: 10, optional: true })
  reportInformations?: ReportInformationDto[];
}

/** 837I line-level rendering (2420C NM1*82) or referring (2420D NM1*DN) provider. */
export class InstitutionalServiceLineProviderDto extends InstitutionalProviderNameFields {
  @StringField({ description: 'Deprecated tag; ignored', max: 30, optional: true, deprecated: true })
  providerType?: string;

  @ArrayField(() => ReferenceIdentificationDto, { description: 'REF — secondary identifiers', max: 20, optional: true })
  referenceIdentification?: ReferenceIdentificationDto[];

  @NestedField(() => ClaimAddressDto, { description: 'N3/N4 — address', optional: true })
  address?: ClaimAddressDto;

  @NestedField(() => NamedContactInformationDto, { description: 'PER — contact', optional: true })
  contactInformation?: NamedContactInformationDto;
}

/**
 * 2400 service line on 837I (LX, SV2, DTP*472, REF*6R …). LX01 is computed, never taken from the
 * request.
 */
export class InstitutionalServiceLineDto {
  @DigitsField(1, 6, {
    description: 'LX01 — computed by the gateway; accepted for compatibility and ignored',
    optional: true,
    deprecated: true,
  })
  assignedNumber?: string;

  @StringField({
    description: 'REF*6R — line item control number, unique per claim (Stedi edit: at most 30 characters); assigned at intake when absent',
    max: 30,
    optional: true,
    example: 'HX4N8R2T6W-1',
  })
  @SameAsIfPresent('serviceLineReferenceInformation.providerControlNumber')
  lineItemControlNumber?: string;

  @DateField({ description: 'DTP*472 — service date (outpatient lines)', optional: true })
  serviceDate?: string;

  @DateField({ description: 'DTP*472 RD8 — service end date', optional: true })
  serviceDateEnd?: string;

  @NestedField(() => InstitutionalServiceDto, { description: 'SV2 — the service' })
  institutionalService: InstitutionalServiceDto;

  @StringField({ description: 'SV202-7 — line description (prefer institutionalService.description)', max: 80, optional: true })
  description?: string;

  @AmountField({ description: '2400 AMT*GT — service tax', optional: true })
  serviceTaxAmount?: string;

  @AmountField({ description: '2400 AMT*N8 — facility tax', optional: true })
  facilityTaxAmount?: string;

  @StringField({ description: '2400 NTE — line note', max: 80, optional: true })
  @ConflictsWith('thirdPartyOrganizationNotes')
  lineNoteText?: string;

  @StringField({ description: '2400 NTE*TPO — third party organization notes', max: 80, optional: true })
  thirdPartyOrganizationNotes?: string;

  @NestedField(() => InstitutionalDrugIdentificationDto, { description: '2410 — drug identification', optional: true })
  drugIdentification?: InstitutionalDrugIdentificationDto;

  @NestedField(() => InstitutionalServiceLineReferenceInformationDto, { description: '2400 REF — line identifiers', optional: true })
  serviceLineReferenceInformation?: InstitutionalServiceLineReferenceInformationDto;

  @StringField({ description: '2400 REF*9B — repriced line item reference number', max: 50, optional: true })
  repricedLineItemReferenceNumber?: string;

  @StringField({ description: '2400 REF*9D — adjusted repriced line item reference number', max: 50, optional: true })
  adjustedRepricedLineItemReferenceNumber?: string;

  @NestedField(() => ClaimPricingInformationDto, { description: '2400 HCP — line repricing', optional: true })
  lineRepricingInformation?: ClaimPricingInformationDto;

  @NestedField(() => ReportInformationDto, {
    description: '2400 PWK — single attachment (older form; merged into serviceLineSupplementalInformations)',
    optional: true,
  })
  serviceLineSupplementalInformation?: ReportInformationDto;

  @ArrayField(() => ReportInformationDto, { description: '2400 PWK — line attachments', min: 0, max: 10, optional: true })
  serviceLineSupplementalInformations?: ReportInformationDto[];

  @NestedField(() => InstitutionalLineSupplementInformationDto, {
    description: '2400 PWK — attachments, Stedi\'s alternative place (merged into serviceLineSupplementalInformations)',
    optional: true,
  })
  lineSupplementInformation?: InstitutionalLineSupplementInformationDto;

  @ArrayField(() => InstitutionalLineAdjudicationInformationDto, {
    description: '2430 — adjudication by other payers',
    max: 15,
    optional: true,
  })
  lineAdjudicationInformation?: InstitutionalLineAdjudicationInformationDto[];

  @NestedField(() => LineAdjustmentInformationDto, {
    description: '2430 — adjudication by another payer (older single-object form)',
    optional: true,
    deprecated: true,
  })
  lineAdjustmentInformation?: LineAdjustmentInformationDto;

  @NestedField(() => OperatingPhysicianDto, { description: '2420A NM1*72 — line operating physician', optional: true })
  operatingPhysician?: OperatingPhysicianDto;

  @NestedField(() => OperatingPhysicianDto, { description: '2420B NM1*ZZ — line other operating physician', optional: true })
  otherOperatingPhysician?: OperatingPhysicianDto;

  @NestedField(() => InstitutionalServiceLineProviderDto, { description: '2420C NM1*82 — line rendering provider', optional: true })
  renderingProvider?: InstitutionalServiceLineProviderDto;

  @NestedField(() => InstitutionalServiceLineProviderDto, { description: '2420D NM1*DN — line referring provider', optional: true })
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
  @CodeField(CLAIM_FILING_CODES, { description: '2000B SBR09 — claim filing indicator', example: 'CI' })
  claimFilingCode: ClaimFilingCode;

  @StringField({
    description: 'CLM01 — patient control number (echoed in 277CA/835); unique and unguessable',
    max: 20,
    example: 'HX4N8R2T6W',
  })
  patientControlNumber: string;

  @AmountField({ description: 'CLM02 — total claim charge; must equal the sum of the line charges', example: '450.00' })
  claimChargeAmount: string;

  @PatternField(/^\d{2}$/, 'two digits (the facility type code)', {
    description: 'CLM05-1 (CLM05-2=A) — facility type code = first two digits of the type of bill (TOB 0131 → 13)',
    example: '13',
  })
  placeOfServiceCode: string;

  @PatternField(/^[0-9A-Z]$/, 'one digit or capital letter', {
    description: 'CLM05-3 — claim frequency, the third digit of the type of bill',
    example: '1',
  })
  claimFrequencyCode: string;

  @CodeField(YES_NO, { description: 'CLM06 — not used in 837I; accepted and ignored', optional: true, deprecated: true })
  signatureIndicator?: YesNo;

  @CodeField(PLAN_PARTICIPATION_CODES, { description: 'CLM07 — provider accepts assignment', example: 'A' })
  planParticipationCode: PlanParticipationCode;

  @CodeField(BENEFITS_ASSIGNMENT_CODES, { description: 'CLM08 — benefits assignment certification', example: 'Y' })
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode;

  @CodeField(RELEASE_INFORMATION_CODES, { description: 'CLM09 — release of information', example: 'Y' })
  releaseInformationCode: ReleaseInformationCode;

  @CodeField(DELAY_REASON_CODES, { description: 'CLM20 — delay reason', optional: true })
  delayReasonCode?: DelayReasonCode;

  @AmountField({ description: '2300 AMT*EAF — patient estimated amount due', optional: true })
  patientEstimatedAmountDue?: string;

  @StringField({ description: '2010BA/2010CA REF*Y4 — property and casualty claim number', max: 50, optional: true })
  propertyCasualtyClaimNumber?: string;

  @StringField({ description: '2300 NTE*ADD — billing note', max: 80, optional: true })
  billingNote?: string;

  @NestedField(() => ClaimNotesDto, { description: '2300 NTE — claim notes', optional: true })
  claimNotes?: ClaimNotesDto;

  @StringArrayField({ description: '2300 K3 — file information', max: 10, itemMax: 80, optional: true })
  fileInformation?: string[];

  @NestedField(() => InstitutionalClaimDateInformationDto, { description: '2300 DTP — statement period and admission/discharge' })
  claimDateInformation: InstitutionalClaimDateInformationDto;

  @NestedField(() => ClaimCodeInformationDto, { description: '2300 CL1 — admission type, source and patient status' })
  claimCodeInformation: ClaimCodeInformationDto;

  @NestedField(() => ContractInformationDto, { description: '2300 CN1 — contract information', optional: true })
  claimContractInformation?: ContractInformationDto;

  @NestedField(() => ClaimPricingInformationDto, { description: '2300 HCP — repricing (repricers only)', optional: true })
  claimPricingInformation?: ClaimPricingInformationDto;

  @NestedField(() => InstitutionalClaimSupplementalInformationDto, {
    description: '2300 REF/PWK — claim identifiers and attachments',
    optional: true,
  })
  claimSupplementalInformation?: InstitutionalClaimSupplementalInformationDto;

  @NestedField(() => PrincipalDiagnosisDto, { description: '2300 HI*ABK — principal diagnosis' })
  principalDiagnosis: PrincipalDiagnosisDto;

  @NestedField(() => AdmittingDiagnosisDto, { description: '2300 HI*ABJ — admitting diagnosis (inpatient)', optional: true })
  admittingDiagnosis?: AdmittingDiagnosisDto;

  @ArrayField(() => PatientReasonForVisitDto, { description: '2300 HI*APR — patient reasons for visit', max: 3, optional: true })
  patientReasonForVisits?: PatientReasonForVisitDto[];

  @ArrayField(() => ExternalCauseOfInjuryDto, { description: '2300 HI*ABN — external causes of injury', max: 12, optional: true })
  externalCauseOfInjuries?: ExternalCauseOfInjuryDto[];

  @ObjectListsField(() => OtherDiagnosisInformationDto, {
    description: '2300 HI*ABF — other diagnoses; each inner array (≤12) becomes one HI segment',
    max: 2,
    innerMax: 12,
    optional: true,
  })
  otherDiagnosisInformationList?: OtherDiagnosisInformationDto[][];

  @NestedField(() => PrincipalProcedureInformationDto, { description: '2300 HI*BBR — principal procedure (inpatient)', optional: true })
  principalProcedureInformation?: PrincipalProcedureInformationDto;

  @ObjectListsField(() => OtherProcedureInformationDto, {
    description: '2300 HI*BBQ — other procedures; each inner array (≤12) becomes one HI segment',
    max: 2,
    innerMax: 12,
    optional: true,
  })
  otherProcedureInformationList?: OtherProcedureInformationDto[][];

  @ObjectListsField(() => OccurrenceSpanInformationDto, {
    description: '2300 HI*BI — occurrence spans; each inner array (≤12) becomes one HI segment',
    max: 2,
    innerMax: 12,
    optional: true,
  })
  occurrenceSpanInformations?: OccurrenceSpanInformationDto[][];

  @ObjectListsField(() => OccurrenceInformationDto, {
    description: '2300 HI*BH — occurrence codes; each inner array (≤12) becomes one HI segment',
    max: 2,
    innerMax: 12,
    optional: true,
  })
  occurrenceInformationList?: OccurrenceInformationDto[][];

  @ObjectListsField(() => ValueInformationDto, {
    description: '2300 HI*BE — value codes; each inner array (≤12) becomes one HI segment',
    max: 2,
    innerMax: 12,
    optional: true,
  })
  valueInformationList?: ValueInformationDto[][];

  @ObjectListsField(() => InstitutionalConditionInformationDto, {
    description: '2300 HI*BG — condition codes; each inner array (≤12) becomes one HI segment',
    max: 2,
    innerMax: 12,
    optional: true,
  })
  conditionCodesList?: InstitutionalConditionInformationDto[][];

  @StringListsField({
    description: '2300 HI*TC — home health treatment codes; each inner array (≤12) becomes one HI segment',
    max: 2,
    itemMax: 30,
    innerMax: 12,
    optional: true,
  })
  treatmentCodeInformationList?: string[][];

  @NestedField(() => DiagnosisRelatedGroupInformationDto, { description: '2300 HI*DR — diagnosis related group', optional: true })
  diagnosisRelatedGroupInformation?: DiagnosisRelatedGroupInformationDto;

  @NestedField(() => EpsdtReferralDto, { description: '2300 CRC*ZZ — EPSDT referral', optional: true })
  epsdtReferral?: EpsdtReferralDto;

  @NestedField(() => InstitutionalServiceFacilityLocationDto, { description: '2310E NM1*77 — service facility location', optional: true })
  serviceFacilityLocation?: InstitutionalServiceFacilityLocationDto;

  @NestedField(() => InstitutionalOtherSubscriberInformationDto, {
    description: '2320 — other payer (coordination of benefits); a single object on 837I',
    optional: true,
  })
  otherSubscriberInformation?: InstitutionalOtherSubscriberInformationDto;

  @ArrayField(() => InstitutionalServiceLineDto, { description: '2400 — service lines (LX01 at most 999)', max: 999 })
  serviceLines: InstitutionalServiceLineDto[];
}

/**
 * Institutional claim (837I, 005010X223A2) request body: the CHC/Optum Institutional Claims v1
 * shape, also accepted by Stedi.
 */
export class InstitutionalClaimDto extends ClaimEnvelopeFields {
  @DigitsField(9, {
    description: 'ST02 — Optum transaction control number, 9 digits; accepted, the gateway assigns its own from the ledger',
    optional: true,
    example: '000000002',
  })
  controlNumber?: string;

  @StringField({ description: '2010BB NM103 — payer name', max: 60, optional: true, example: 'EXAMPLE HEALTH PLAN' })
  tradingPartnerName?: string;

  @NestedField(() => InstitutionalSubmitterDto, { description: '1000A — submitter' })
  submitter: InstitutionalSubmitterDto;

  @NestedField(() => InstitutionalReceiverDto, { description: '1000B — receiver' })
  receiver: InstitutionalReceiverDto;

  @NestedField(() => InstitutionalSubscriberDto, { description: '2000B/2010BA — subscriber' })
  subscriber: InstitutionalSubscriberDto;

  @NestedField(() => DependentDto, { description: '2000C/2010CA — patient, only when not the subscriber', optional: true })
  dependent?: DependentDto;

  @NestedField(() => InstitutionalBillingProviderDto, {
    description: '2010AA — billing provider; required unless a providers[] item has providerType BillingProvider',
    optional: true,
  })
  billing?: InstitutionalBillingProviderDto;

  @NestedField(() => AttendingProviderDto, { description: '2310A — attending provider', optional: true })
  attending?: AttendingProviderDto;

  @NestedField(() => OperatingPhysicianDto, { description: '2310B NM1*72 — operating physician', optional: true })
  operatingPhysician?: OperatingPhysicianDto;

  @NestedField(() => OperatingPhysicianDto, { description: '2310C NM1*ZZ — other operating physician', optional: true })
  otherOperatingPhysician?: OperatingPhysicianDto;

  @NestedField(() => InstitutionalRenderingProviderDto, { description: '2310D — rendering provider', optional: true })
  rendering?: InstitutionalRenderingProviderDto;

  @NestedField(() => InstitutionalReferringProviderDto, { description: '2310F — referring provider', optional: true })
  referring?: InstitutionalReferringProviderDto;

  @ArrayField(() => InstitutionalProvidersItemDto, {
    description: 'Legacy provider list (one item per providerType); overrides the dedicated billing/attending/referring/rendering objects',
    max: 4,
    optional: true,
    deprecated: true,
  })
  providers?: InstitutionalProvidersItemDto[];

  @NestedField(() => PayToAddressNameDto, { description: '2010AB NM1*87 — pay-to address', optional: true })
  billingPayToAddressName?: PayToAddressNameDto;

  @NestedField(() => PayToPlanNameDto, { description: '2010AC NM1*PE — pay-to plan', optional: true })
  billingPayToPlanName?: PayToPlanNameDto;

  @NestedField(() => ClaimAddressDto, { description: '2010BB N3/N4 — payer address', optional: true })
  payerAddress?: ClaimAddressDto;

  @NestedField(() => InstitutionalClaimInformationDto, { description: '2300/2400 — the claim and its service lines' })
  claimInformation: InstitutionalClaimInformationDto;
}
