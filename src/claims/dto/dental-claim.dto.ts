// Request body of a dental claim (837D, 005010X224A2) in Stedi's dental claims shape, a sibling of
// the professional body: tooth status (DN2), orthodontics (DN1), SV3 services with TOO teeth, and
// the assistant surgeon.

import {
  BENEFITS_ASSIGNMENT_CODES,
  CLAIM_FILING_CODES,
  DELAY_REASON_CODES,
  DENTAL_ATTACHMENT_REPORT_TYPE_CODES,
  DENTAL_CONTRACT_TYPE_CODES,
  DENTAL_DIAGNOSIS_TYPE_CODES,
  DENTAL_LINE_ADJUDICATION_QUALIFIERS,
  DENTAL_PLAN_PARTICIPATION_CODES,
  DENTAL_SPECIAL_PROGRAM_CODES,
  ENTITY_TYPE_QUALIFIERS,
  OTHER_INSURED_ID_QUALIFIERS,
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
  YES_NO,
  type BenefitsAssignmentCode,
  type ClaimFilingCode,
  type DelayReasonCode,
  type DentalAttachmentReportTypeCode,
  type DentalContractTypeCode,
  type DentalDiagnosisTypeCode,
  type DentalLineAdjudicationQualifier,
  type DentalPlanParticipationCode,
  type DentalSpecialProgramCode,
  type EntityTypeQualifier,
  type OtherInsuredIdQualifier,
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
  type YesNo,
} from '../claim.types';
import {
  AttachmentFields,
  ClaimAddressDto,
  ClaimPricingRepricingInformationDto,
  ContactInformationDto,
  ContractTermsFields,
  DentalClaimProviderDto,
  LineAdjudicationFields,
  LineProviderNameFields,
  OtherPayerBillingProviderDto,
  OtherPayerNameDto,
  OtherPayerReferringProviderDto,
  OtherPayerRenderingProviderDto,
  OtherPayerServiceFacilityLocationDto,
  OtherPayerSupervisingProviderDto,
  OtherSubscriberInformationFields,
  PayToPlanDto,
  PriorAuthorizationDto,
  ProfessionalDentalClaimFields,
  ReferenceIdentificationDto,
  ServiceFacilityLocationDto,
  SupervisingProviderDto,
} from './common.dto';
import {
  AmountField,
  ArrayField,
  BooleanField,
  CodeArrayField,
  CodeField,
  DateField,
  DateOrRangeField,
  DigitsField,
  IcdCodeField,
  IntegerField,
  NestedField,
  NumberField,
  PatternField,
  StringArrayField,
  StringField,
  TaxonomyCodeField,
} from './field.decorators';
import { ConflictsWith } from './validators';

/** 2310D assistant surgeon on 837D (NM1*DD, PRV*AS). */
export class AssistantSurgeonDto {
  @DigitsField(10, { description: 'NM109 (NM108=XX) — NPI, 10 digits', optional: true, example: '1558374629' })
  npi?: string;

  @StringField({ description: 'NM103 — last name', max: 60 })
  lastName: string;

  @StringField({ description: 'NM104 — first name', max: 35, optional: true })
  firstName?: string;

  @StringField({ description: 'NM105 — middle name', max: 25, optional: true })
  middleName?: string;

  @StringField({ description: 'NM107 — name suffix', max: 10, optional: true })
  suffix?: string;

  @TaxonomyCodeField({ description: 'PRV03 (PRV01=AS, PRV02=PXC) — taxonomy' })
  taxonomyCode: string;

  @StringField({ description: 'REF*0B — state license number', max: 50, optional: true })
  stateLicenseNumber?: string;

  @StringField({ description: 'REF*1G — UPIN', max: 50, optional: true, deprecated: true })
  providerUpinNumber?: string;

  @StringField({ description: 'REF*G2 — payer-assigned provider number', max: 50, optional: true })
  commercialNumber?: string;

  @StringField({ description: 'REF*LU — location number', max: 50, optional: true })
  locationNumber?: string;

  @NestedField(() => ClaimAddressDto, { description: 'N3/N4 — address', optional: true })
  address?: ClaimAddressDto;

  @NestedField(() => ContactInformationDto, { description: 'PER — contact', optional: true })
  contactInformation?: ContactInformationDto;
}

/** 2300 DTP claim dates on 837D. */
export class DentalClaimDateInformationDto {
  @DateOrRangeField({ description: 'DTP*472 — service date CCYYMMDD, or a range CCYYMMDD-CCYYMMDD (RD8)', optional: true })
  serviceDate?: string;

  @DateField({ description: 'DTP*439 — accident', optional: true })
  accidentDate?: string;

  @DateField({ description: 'DTP*452 — orthodontic appliance placement', optional: true })
  appliancePlacementDate?: string;

  @DateField({ description: 'DTP*050 — repricer received', optional: true })
  repricerReceivedDate?: string;
}

/** PWK attachment reference on 837D. */
export class DentalReportInformationDto extends AttachmentFields {
  @CodeField(DENTAL_ATTACHMENT_REPORT_TYPE_CODES, { description: 'PWK01 — attachment report type' })
  attachmentReportTypeCode: DentalAttachmentReportTypeCode;
}

/** 2300 REF claim identifiers and PWK attachments on 837D. */
export class DentalClaimSupplementalInformationDto {
  @StringField({ description: 'REF*G1 — prior authorization number', max: 50, optional: true })
  priorAuthorizationNumber?: string;

  @StringField({ description: 'REF*9F — referral number', max: 50, optional: true })
  referralNumber?: string;

  @StringField({ description: 'REF*F8 — payer claim control number of the claim being replaced or voided', max: 50, optional: true })
  claimControlNumber?: string;

  @StringField({ description: 'REF*G3 — predetermination of benefits identifier', max: 50, optional: true })
  predeterminationOfBenefitsIdentifier?: string;

  @CodeField(SERVICE_AUTHORIZATION_EXCEPTION_CODES, { description: 'REF*4N — service authorization exception code', optional: true })
  serviceAuthorizationExceptionCode?: ServiceAuthorizationExceptionCode;

  @StringField({ description: 'REF*9A — repriced claim number (repricers only)', max: 50, optional: true })
  repricedClaimNumber?: string;

  @StringField({ description: 'REF*9C — adjusted repriced claim number (repricers only)', max: 50, optional: true })
  adjustedRepricedClaimNumber?: string;

  @StringField({ description: 'REF*D9 — clearinghouse claim number', max: 50, optional: true, deprecated: true })
  claimNumber?: string;

  @NestedField(() => DentalReportInformationDto, {
    description: 'PWK — single attachment (older form; merged into reportInformations)',
    optional: true,
  })
  reportInformation?: DentalReportInformationDto;

  @ArrayField(() => DentalReportInformationDto, { description: 'PWK — attachments', min: 0, max: 10, optional: true })
  reportInformations?: DentalReportInformationDto[];
}

/** One 2300 HI diagnosis on 837D. */
export class DentalHealthCareCodeInformationDto {
  @CodeField(DENTAL_DIAGNOSIS_TYPE_CODES, { description: 'HI0n-1 — ABK principal, ABF other, TQ' })
  diagnosisTypeCode: DentalDiagnosisTypeCode;

  @IcdCodeField({ description: 'HI0n-2 — diagnosis code without the dot', max: 30 })
  diagnosisCode: string;
}

/** 2300 DN1 orthodontic treatment (JSON numbers for the month counts). */
export class OrthodonticTotalMonthsOfTreatmentDto {
  @IntegerField({ description: 'DN101 — total months of treatment', min: 0, max: 999, optional: true })
  monthsCount?: number;

  @IntegerField({ description: 'DN102 — months of treatment remaining', min: 0, max: 999, optional: true })
  monthsRemaining?: number;

  @CodeField(['Y'], { description: 'DN104 — Y when the treatment is for orthodontics', optional: true })
  treatmentIndicator?: 'Y';
}

/** 2300 DN2 tooth status. */
export class ToothStatusDto {
  @StringField({ description: 'DN201 — tooth number (universal national tooth designation)', max: 50 })
  toothNumber: string;

  @CodeField(TOOTH_STATUS_CODES, { description: 'DN202 — E to be extracted, M missing' })
  toothStatusCode: ToothStatusCode;
}

/** CN1 contract information on 837D. */
export class DentalContractInformationDto extends ContractTermsFields {
  @CodeField(DENTAL_CONTRACT_TYPE_CODES, { description: 'CN101 — contract type' })
  contractTypeCode: DentalContractTypeCode;
}

/** 2330A other subscriber on 837D. */
export class DentalOtherSubscriberNameDto {
  @CodeField(ENTITY_TYPE_QUALIFIERS, { description: '2330A NM102 — 1 person, 2 non-person' })
  otherInsuredQualifier: EntityTypeQualifier;

  @StringField({ description: '2330A NM103 — last or organization name', max: 60 })
  otherInsuredLastName: string;

  @StringField({ description: '2330A NM104 — first name', max: 35, optional: true })
  otherInsuredFirstName?: string;

  @StringField({ description: '2330A NM105 — middle name', max: 25, optional: true })
  otherInsuredMiddleName?: string;

  @StringField({ description: '2330A NM107 — name suffix', max: 10, optional: true })
  otherInsuredNameSuffix?: string;

  @CodeField(OTHER_INSURED_ID_QUALIFIERS, { description: '2330A NM108 — MI member ID, II unique health ID' })
  otherInsuredIdentifierTypeCode: OtherInsuredIdQualifier;

  @StringField({ description: '2330A NM109 — identifier', min: 2, max: 80 })
  otherInsuredIdentifier: string;

  @NestedField(() => ClaimAddressDto, { description: '2330A N3/N4 — address', optional: true })
  otherInsuredAddress?: ClaimAddressDto;

  @StringArrayField({ description: '2330A REF*SY — additional identifiers', max: 2, itemMax: 50, optional: true })
  otherInsuredAdditionalIdentifiers?: string[];
}

/** 2330B other payer on 837D. */
export class DentalOtherPayerNameDto extends OtherPayerNameDto {
  @StringField({ description: '2330B REF*G3 — predetermination of benefits identifier', max: 50, optional: true })
  otherPayerPredeterminationIdentification?: string;
}

/** 2330H other payer assistant surgeon identifiers (837D). */
export class OtherPayerAssistantSurgeonDto {
  @CodeField(ENTITY_TYPE_QUALIFIERS, { description: 'NM102 — 1 person, 2 non-person' })
  entityTypeQualifier: EntityTypeQualifier;

  @ArrayField(() => ReferenceIdentificationDto, { description: 'REF — identifiers', max: 3 })
  otherPayerAssistantSurgeonIdentifier: ReferenceIdentificationDto[];
}

/** 2320 other subscriber information (coordination of benefits) on 837D. */
export class DentalOtherSubscriberInformationDto extends OtherSubscriberInformationFields {
  @CodeField(CLAIM_FILING_CODES, { description: '2320 SBR09 — claim filing indicator', optional: true })
  claimFilingIndicatorCode?: ClaimFilingCode;

  @NestedField(() => DentalOtherSubscriberNameDto, { description: '2330A — other subscriber' })
  otherSubscriberName: DentalOtherSubscriberNameDto;

  @NestedField(() => DentalOtherPayerNameDto, { description: '2330B — other payer' })
  otherPayerName: DentalOtherPayerNameDto;

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

  @NestedField(() => OtherPayerAssistantSurgeonDto, { description: '2330H — other payer assistant surgeon', optional: true })
  otherPayerAssistantSurgeon?: OtherPayerAssistantSurgeonDto;
}

/** SV311 diagnosis code pointers on 837D. */
export class DentalCompositeDiagnosisCodePointersDto {
  @StringArrayField({
    description: 'SV311-1…4 — 1-based pointers into healthCareCodeInformation, as strings "1"–"4"',
    max: 4,
    itemPattern: [/^[1-4]$/, 'a diagnosis pointer from "1" to "4"'],
  })
  diagnosisCodePointers: string[];
}

/** 2400 SV3 dental service. */
export class DentalServiceDto {
  @PatternField(/^D\d{4}$/, 'a CDT code (D followed by 4 digits)', {
    description: 'SV301-2 (SV301-1=AD) — CDT procedure code',
    example: 'D2740',
  })
  procedureCode: string;

  @StringArrayField({ description: 'SV301-3…6 — up to four 2-character modifiers', max: 4, itemMin: 2, itemMax: 2, optional: true })
  procedureModifiers?: string[];

  @StringField({ description: 'SV301-7 — description', max: 80, optional: true })
  description?: string;

  @AmountField({ description: 'SV302 — line charge', example: '1200.00' })
  lineItemChargeAmount: string;

  @CodeField(PLACE_OF_SERVICE_CODES, { description: 'SV303 — place of service, only when it differs from CLM05-1', optional: true })
  placeOfServiceCode?: PlaceOfServiceCode;

  @StringArrayField({
    description: 'SV304-1…5 — oral cavity designation codes (00, 01, 02, 09, 10, 20, 30, 40)',
    max: 5,
    itemMax: 3,
    optional: true,
  })
  oralCavityDesignation?: string[];

  @CodeField(PROSTHESIS_CROWN_OR_INLAY_CODES, { description: 'SV305 — I initial placement, R replacement', optional: true })
  prosthesisCrownOrInlayCode?: ProsthesisCrownOrInlayCode;

  @IntegerField({ description: 'SV306 — procedure count (a JSON number)', min: 1, optional: true })
  procedureCount?: number;

  @NestedField(() => DentalCompositeDiagnosisCodePointersDto, { description: 'SV311 — diagnosis pointers', optional: true })
  compositeDiagnosisCodePointers?: DentalCompositeDiagnosisCodePointersDto;
}

/** 2400 TOO tooth information (TOO01=JP). */
export class ToothInformationDto {
  @StringField({ description: 'TOO02 — tooth number (universal national tooth designation)', max: 30, example: '3' })
  toothCode: string;

  @CodeArrayField(TOOTH_SURFACE_CODES, { description: 'TOO03-1…5 — tooth surfaces', max: 5, optional: true })
  toothSurfaceCodes?: ToothSurfaceCode[];
}

/** 2400 DTP line dates on 837D. */
export class DentalServiceLineDateInformationDto {
  @DateField({ description: 'DTP*441 — prior placement', optional: true })
  priorPlacementDate?: string;

  @DateField({ description: 'DTP*441 — estimated prior placement', optional: true })
  estimatedPriorPlacementDate?: string;

  @DateField({ description: 'DTP*452 — appliance placement', optional: true })
  applianceDate?: string;

  @DateField({ description: 'DTP*446 — replacement', optional: true })
  replacementDate?: string;

  @DateField({ description: 'DTP*196 — treatment start', optional: true })
  treatmentStartDate?: string;

  @DateField({ description: 'DTP*198 — treatment completion', optional: true })
  treatmentCompletionDate?: string;
}

/** REF*G3 line-level predetermination of benefits. */
export class PredeterminationOfBenefitsDto {
  @StringField({ description: 'REF02 (REF01=G3) — predetermination identifier', max: 50 })
  predeterminationOfBenefits: string;

  @StringField({ description: 'REF04-2 — payer ID of the non-destination payer that issued it', max: 50, optional: true })
  otherPayerPrimaryIdentifier?: string;
}

/** 2400 REF line identifiers on 837D. */
export class DentalServiceLineReferenceInformationDto {
  @ArrayField(() => PredeterminationOfBenefitsDto, { description: 'REF*G3 — predeterminations of benefits', max: 5, optional: true })
  predeterminationOfBenefits?: PredeterminationOfBenefitsDto[];

  @ArrayField(() => PriorAuthorizationDto, { description: 'REF*G1 — prior authorizations', max: 5, optional: true })
  priorAuthorization?: PriorAuthorizationDto[];

  @StringArrayField({ description: 'REF*9F — referral numbers', max: 5, itemMax: 50, optional: true })
  referralNumber?: string[];

  @StringField({ description: 'REF*9B — repriced line item reference number', max: 50, optional: true })
  repricedLineItemReferenceNumber?: string;

  @StringField({ description: 'REF*9D — adjusted repriced line item reference number', max: 50, optional: true })
  adjustedRepricedLineItemReferenceNumber?: string;
}

/** A 2420 line provider on 837D: NM1 name, REF numbers and NPI; each role documents its PRV taxonomy. */
abstract class DentalLineProviderFields extends LineProviderNameFields {
  @DigitsField(10, { description: 'NM109 (NM108=XX) — NPI, 10 digits', optional: true, example: '1558374629' })
  npi?: string;
}

/** 2420A line rendering provider on 837D (NM1*82, PRV*PE). */
export class DentalServiceLineRenderingProviderDto extends DentalLineProviderFields {
  @TaxonomyCodeField({ description: 'PRV03 (PRV02=PXC) — taxonomy' })
  taxonomyCode: string;
}

/** 2420B line assistant surgeon on 837D (NM1*DD). */
export class DentalServiceLineAssistantSurgeonDto extends DentalLineProviderFields {
  @TaxonomyCodeField({ description: 'PRV03 (PRV02=PXC) — taxonomy', optional: true })
  taxonomyCode?: string;
}

/** 2420C line supervising provider on 837D (NM1*DQ). */
export class DentalServiceLineSupervisingProviderDto extends DentalLineProviderFields {
  @TaxonomyCodeField({ description: 'PRV03 (PRV02=PXC) — taxonomy', optional: true })
  taxonomyCode?: string;
}

/** 2420D line service facility on 837D (NM1*77). */
export class DentalServiceLineServiceFacilityLocationDto {
  @StringField({ description: 'NM103 — facility name', max: 60 })
  organizationName: string;

  @DigitsField(10, { description: 'NM109 (NM108=XX) — NPI, 10 digits', optional: true, example: '1558374629' })
  npi?: string;

  @NestedField(() => ClaimAddressDto, { description: 'N3/N4 — facility address', optional: true })
  address?: ClaimAddressDto;

  @StringField({ description: 'REF*G2 — payer-assigned number', max: 50, optional: true })
  commercialNumber?: string;

  @StringField({ description: 'REF*LU — location number', max: 50, optional: true })
  locationNumber?: string;

  @StringField({ description: 'REF*1G — UPIN', max: 50, optional: true, deprecated: true })
  providerUpinNumber?: string;
}

/** 2400 HCP line repricing on 837D (repricers only). */
export class DentalServiceLinePricingRepricingInformationDto {
  @CodeField(PRICING_METHODOLOGY_CODES, { description: 'HCP01 — pricing methodology' })
  pricingMethodologyCode: PricingMethodologyCode;

  @AmountField({ description: 'HCP02 — repriced allowed amount' })
  repricedAllowedAmount: string;

  @AmountField({ description: 'HCP03 — repriced saving amount', optional: true })
  repricedSavingAmount?: string;

  @StringField({ description: 'HCP04 — repricing organization identifier', max: 50, optional: true })
  repricingOrganizationIdentifier?: string;

  @AmountField({ description: 'HCP05 — per diem or flat rate amount', optional: true })
  repricingPerDiemOrFlatRateAmount?: string;

  @CodeField(['AD'], { description: 'HCP09 — AD (ADA/CDT)', optional: true })
  serviceIdQualifier?: 'AD';

  @StringField({ description: 'HCP10 — approved procedure code', max: 48, optional: true })
  repricedApprovedHCPCSCode?: string;

  @CodeField(['UN'], { description: 'HCP11 — UN units', optional: true })
  measurementUnitCode?: 'UN';

  @NumberField({ description: 'HCP12 — approved units (a JSON number)', min: 0, optional: true })
  repricedApprovedServiceUnitCount?: number;

  @CodeField(REPRICING_REJECT_REASON_CODES, { description: 'HCP13 — reject reason', optional: true })
  rejectReasonCode?: RepricingRejectReasonCode;

  @CodeField(POLICY_COMPLIANCE_CODES, { description: 'HCP14 — policy compliance', optional: true })
  policyComplianceCode?: PolicyComplianceCode;

  @CodeField(REPRICING_EXCEPTION_CODES, { description: 'HCP15 — exception code', optional: true })
  exceptionCode?: RepricingExceptionCode;
}

/** 2430 line adjudication by another payer on 837D. */
export class DentalLineAdjudicationInformationDto extends LineAdjudicationFields {
  @CodeField(DENTAL_LINE_ADJUDICATION_QUALIFIERS, { description: 'SVD03-1 — AD or ER' })
  serviceIdQualifier: DentalLineAdjudicationQualifier;
}

/** 2400 service line on 837D (LX, SV3, TOO, DTP, REF*6R …). */
export class DentalServiceLineDto {
  @DateField({ description: 'DTP*472 — line service date, when it differs from the claim service date', optional: true })
  serviceDate?: string;

  @StringField({
    description: 'REF*6R — line item control number, unique per claim; echoed as lineItemControlNumber in 277CA/835; assigned at intake when absent',
    max: 30,
    optional: true,
  })
  providerControlNumber?: string;

  @NestedField(() => DentalServiceDto, { description: 'SV3 — the service' })
  dentalService: DentalServiceDto;

  @ArrayField(() => ToothInformationDto, { description: '2400 TOO — teeth and surfaces', max: 32, optional: true })
  teethInformation?: ToothInformationDto[];

  @NestedField(() => DentalServiceLineDateInformationDto, { description: '2400 DTP — line dates', optional: true })
  serviceLineDateInformation?: DentalServiceLineDateInformationDto;

  @NestedField(() => DentalServiceLineReferenceInformationDto, { description: '2400 REF — line identifiers', optional: true })
  serviceLineReferenceInformation?: DentalServiceLineReferenceInformationDto;

  @NestedField(() => DentalServiceLineRenderingProviderDto, { description: '2420A NM1*82 — line rendering provider', optional: true })
  renderingProvider?: DentalServiceLineRenderingProviderDto;

  @NestedField(() => DentalServiceLineAssistantSurgeonDto, { description: '2420B NM1*DD — line assistant surgeon', optional: true })
  assistantSurgeon?: DentalServiceLineAssistantSurgeonDto;

  @NestedField(() => DentalServiceLineSupervisingProviderDto, { description: '2420C NM1*DQ — line supervising provider', optional: true })
  supervisingProvider?: DentalServiceLineSupervisingProviderDto;

  @NestedField(() => DentalServiceLineServiceFacilityLocationDto, { description: '2420D NM1*77 — line service facility', optional: true })
  serviceFacilityLocation?: DentalServiceLineServiceFacilityLocationDto;

  @NestedField(() => DentalContractInformationDto, { description: '2400 CN1 — line contract information', optional: true })
  contractInformation?: DentalContractInformationDto;

  @NestedField(() => DentalServiceLinePricingRepricingInformationDto, { description: '2400 HCP — line repricing', optional: true })
  linePricingRepricingInformation?: DentalServiceLinePricingRepricingInformationDto;

  @ArrayField(() => DentalLineAdjudicationInformationDto, { description: '2430 — adjudication by other payers', max: 15, optional: true })
  lineAdjudicationInformation?: DentalLineAdjudicationInformationDto[];

  @AmountField({ description: '2400 AMT*T — sales tax', optional: true })
  salesTaxAmount?: string;

  @AmountField({ description: '2400 AMT*F4 — postage claimed', optional: true })
  postageTaxAmount?: string;

  @StringArrayField({ description: '2400 K3 — file information', max: 10, itemMax: 80, optional: true })
  fileInformation?: string[];
}

/** 2300 claim information on 837D with its 2400 service lines. */
export class DentalClaimInformationDto {
  @CodeField(CLAIM_FILING_CODES, { description: '2000B SBR09 — claim filing indicator (optional on 837D)', optional: true })
  claimFilingCode?: ClaimFilingCode;

  @StringField({
    description: 'CLM01 — patient control number (echoed in 277CA/835); unique and unguessable',
    max: 20,
    example: 'DNT5K8P2Q7',
  })
  patientControlNumber: string;

  @AmountField({ description: 'CLM02 — total claim charge; must equal the sum of the line charges', example: '1200.00' })
  claimChargeAmount: string;

  @CodeField(PLACE_OF_SERVICE_CODES, { description: 'CLM05-1 (CLM05-2=B) — place of service', example: '11' })
  placeOfServiceCode: PlaceOfServiceCode;

  @CodeField(PROFESSIONAL_CLAIM_FREQUENCY_CODES, { description: 'CLM05-3 — 1 original, 7 replacement, 8 void', example: '1' })
  claimFrequencyCode: ProfessionalClaimFrequencyCode;

  @CodeField(YES_NO, { description: 'CLM06 — provider signature on file' })
  signatureIndicator: YesNo;

  @CodeField(DENTAL_PLAN_PARTICIPATION_CODES, { description: 'CLM07 — A assigned, C not assigned', optional: true })
  planParticipationCode?: DentalPlanParticipationCode;

  @CodeField(BENEFITS_ASSIGNMENT_CODES, { description: 'CLM08 — benefits assignment certification' })
  benefitsAssignmentCertificationIndicator: BenefitsAssignmentCode;

  @CodeField(RELEASE_INFORMATION_CODES, { description: 'CLM09 — release of information' })
  releaseInformationCode: ReleaseInformationCode;

  @CodeArrayField(RELATED_CAUSES_CODES, { description: 'CLM11-1/-2 — related causes', max: 2, optional: true })
  relatedCausesCode?: RelatedCausesCode[];

  @StringField({ description: 'CLM11-4 — auto accident state (with AA)', min: 2, max: 2, optional: true })
  autoAccidentStateCode?: string;

  @StringField({ description: 'CLM11-5 — auto accident country (with AA)', min: 2, max: 3, optional: true })
  autoAccidentCountryCode?: string;

  @CodeField(DENTAL_SPECIAL_PROGRAM_CODES, { description: 'CLM12 — special program', optional: true })
  specialProgramCode?: DentalSpecialProgramCode;

  @BooleanField({ description: 'CLM19 — PB when true (predetermination of benefits, not a claim)', optional: true })
  predeterminationOfBenefits?: boolean;

  @CodeField(DELAY_REASON_CODES, { description: 'CLM20 — delay reason', optional: true })
  delayReasonCode?: DelayReasonCode;

  @AmountField({ description: '2300 AMT*F5 — amount paid by the patient; omit rather than send 0', optional: true })
  patientAmountPaid?: string;

  @StringField({ description: '2010BA/2010CA REF*Y4 — property and casualty claim number', max: 50, optional: true })
  propertyCasualtyClaimNumber?: string;

  @NestedField(() => DentalClaimDateInformationDto, { description: '2300 DTP — claim dates', optional: true })
  claimDateInformation?: DentalClaimDateInformationDto;

  @NestedField(() => DentalClaimSupplementalInformationDto, {
    description: '2300 REF/PWK — claim identifiers and attachments',
    optional: true,
  })
  claimSupplementalInformation?: DentalClaimSupplementalInformationDto;

  @StringArrayField({ description: '2300 NTE — claim notes', max: 5, itemMax: 80, optional: true })
  claimNotes?: string[];

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

  @NestedField(() => DentalContractInformationDto, { description: '2300 CN1 — contract information', optional: true })
  claimContractInformation?: DentalContractInformationDto;

  @NestedField(() => ClaimPricingRepricingInformationDto, { description: '2300 HCP — repricing (repricers only)', optional: true })
  claimPricingRepricingInformation?: ClaimPricingRepricingInformationDto;

  @ArrayField(() => DentalHealthCareCodeInformationDto, { description: '2300 HI — diagnoses (optional on 837D)', max: 4, optional: true })
  healthCareCodeInformation?: DentalHealthCareCodeInformationDto[];

  @NestedField(() => OrthodonticTotalMonthsOfTreatmentDto, { description: '2300 DN1 — orthodontic treatment', optional: true })
  orthodonticTotalMonthsOfTreatment?: OrthodonticTotalMonthsOfTreatmentDto;

  @ArrayField(() => ToothStatusDto, { description: '2300 DN2 — missing or to-be-extracted teeth', max: 35, optional: true })
  toothStatus?: ToothStatusDto[];

  @NestedField(() => ServiceFacilityLocationDto, { description: '2310C NM1*77 — service facility location', optional: true })
  serviceFacilityLocation?: ServiceFacilityLocationDto;

  @ArrayField(() => DentalOtherSubscriberInformationDto, {
    description: '2320 — other payers (coordination of benefits)',
    max: 10,
    optional: true,
  })
  otherSubscriberInformation?: DentalOtherSubscriberInformationDto[];

  @ArrayField(() => DentalServiceLineDto, { description: '2400 — service lines', max: 50 })
  serviceLines: DentalServiceLineDto[];
}

/**
 * Dental claim (837D, 005010X224A2) request body: the Stedi dental claims shape, a sibling of the
 * professional one.
 */
export class DentalClaimDto extends ProfessionalDentalClaimFields {
  @DigitsField(9, {
    description: 'ST02 — transaction control number, 9 digits; accepted, the gateway assigns its own from the ledger',
    optional: true,
  })
  controlNumber?: string;

  @StringField({ description: '2010BB NM103 — payer name', max: 60, optional: true, example: 'EXAMPLE DENTAL PLAN' })
  tradingPartnerName?: string;

  @NestedField(() => SupervisingProviderDto, { description: '2310E — supervising provider', optional: true })
  supervising?: SupervisingProviderDto;

  @NestedField(() => AssistantSurgeonDto, { description: '2310D NM1*DD — assistant surgeon', optional: true })
  assistantSurgeon?: AssistantSurgeonDto;

  @ArrayField(() => DentalClaimProviderDto, {
    description: 'Legacy provider list, resolved into billing/rendering/referring/supervising; one item per providerType and never together with the dedicated object of the same type',
    max: 4,
    optional: true,
    deprecated: true,
  })
  providers?: DentalClaimProviderDto[];

  @NestedField(() => ClaimAddressDto, { description: '2010AB NM1*87 N3/N4 — pay-to address', optional: true })
  payToAddress?: ClaimAddressDto;

  @NestedField(() => PayToPlanDto, { description: '2010AC NM1*PE — pay-to plan', optional: true })
  payToPlan?: PayToPlanDto;

  @NestedField(() => ClaimAddressDto, { description: '2010BB N3/N4 — payer address', optional: true })
  payerAddress?: ClaimAddressDto;

  @NestedField(() => DentalClaimInformationDto, { description: '2300/2400 — the claim and its service lines' })
  claimInformation: DentalClaimInformationDto;
}
