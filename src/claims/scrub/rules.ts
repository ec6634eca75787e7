// The scrub rule table: every edit a claim goes through before it becomes `ready`, in the order the
// findings are listed. Adding a rule means adding it here; codes are unique (rules.spec.ts checks).
import { billingPoBoxRule, billingZipRule, facilityZipRule, addressPostalCodeRule, addressStateRule, usZipFormatRule } from './address.rule';
import { claimChargeRule, nonCoveredChargeRule } from './charges.rule';
import { lineControlNumberLengthRule, lineControlNumberUniqueRule, patientControlNumberRule } from './control-numbers.rule';
import { dateRangeOrderRule, futureServiceDateRule, serviceBeforeBirthRule, serviceDateInSpanRule } from './dates.rule';
import {
  diagnosisCountRule,
  duplicateDiagnosisRule,
  icd10SyntaxRule,
  icd9QualifierRule,
  pointerCountRule,
  pointerDuplicateRule,
  pointerUnknownRule,
  principalFirstRule,
} from './diagnosis.rule';
import { frequencyNeedsReferenceRule, frequencyReferenceNotUsedRule } from './frequency.rule';
import { npiCheckDigitRule, npiFormatRule } from './npi.rule';
import {
  payerClaimFilingCodeRule,
  payerClaimKindRule,
  payerForbiddenFieldsRule,
  payerMaxDiagnosisCodesRule,
  payerMaxServiceLinesRule,
  payerPatientControlNumberRule,
  payerPayToForbiddenRule,
  payerPayToRequiredRule,
  payerRequiredFieldsRule,
  payerTimelyFilingRule,
} from './payer.rule';
import { cdtSyntaxRule, hcpcsSyntaxRule, modifierCountRule, modifierSyntaxRule, revenueCodeRule } from './procedure.rule';
import {
  accidentDateRule,
  accidentStateRule,
  admissionDateRule,
  admissionSourceRule,
  attendingProviderRule,
  lineServiceDateRule,
  medicareSecondaryRule,
  operatingPhysicianRule,
  otherPayerRule,
  patientDemographicsRule,
  propertyCasualtyRule,
} from './required-when.rule';
import type { ScrubRule } from './scrub-rule';

export const SCRUB_RULES: readonly ScrubRule[] = [
  // Providers (NM109)
  npiFormatRule,
  npiCheckDigitRule,
  // Diagnoses (2300 HI) and pointers (SV107 / SV311)
  icd10SyntaxRule,
  icd9QualifierRule,
  principalFirstRule,
  diagnosisCountRule,
  duplicateDiagnosisRule,
  pointerUnknownRule,
  pointerCountRule,
  pointerDuplicateRule,
  // Procedures (SV101 / SV202 / SV301, SV201)
  hcpcsSyntaxRule,
  cdtSyntaxRule,
  revenueCodeRule,
  modifierCountRule,
  modifierSyntaxRule,
  // Charges (CLM02, SV102 / SV203 / SV302, SV207)
  claimChargeRule,
  nonCoveredChargeRule,
  // Dates of service (DTP*472, DTP*434)
  futureServiceDateRule,
  serviceDateInSpanRule,
  dateRangeOrderRule,
  serviceBeforeBirthRule,
  // Control numbers (CLM01, REF*6R)
  patientControlNumberRule,
  lineControlNumberLengthRule,
  lineControlNumberUniqueRule,
  // Frequency (CLM05-3, REF*F8)
  frequencyNeedsReferenceRule,
  frequencyReferenceNotUsedRule,
  // Addresses (N3/N4)
  billingZipRule,
  facilityZipRule,
  billingPoBoxRule,
  addressStateRule,
  addressPostalCodeRule,
  usZipFormatRule,
  // The guides' situational rules
  patientDemographicsRule,
  accidentStateRule,
  accidentDateRule,
  propertyCasualtyRule,
  attendingProviderRule,
  operatingPhysicianRule,
  admissionDateRule,
  admissionSourceRule,
  lineServiceDateRule,
  medicareSecondaryRule,
  otherPayerRule,
  // Payer companion guides (config/payers/*.yaml)
  payerClaimKindRule,
  payerMaxServiceLinesRule,
  payerMaxDiagnosisCodesRule,
  payerPatientControlNumberRule,
  payerPayToForbiddenRule,
  payerPayToRequiredRule,
  payerClaimFilingCodeRule,
  payerTimelyFilingRule,
  payerRequiredFieldsRule,
  payerForbiddenFieldsRule,
];
