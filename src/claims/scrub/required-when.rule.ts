// The implementation guides' situational ("required when") rules that the request schema cannot
// express because they depend on other fields: patient demographics when the subscriber is the
// patient, accident details, 837I attending/operating providers and admission data, line dates,
// Medicare-secondary insurance type, the other payer on secondary claims, P&C claim number.
import type { ClaimDocument } from '../../x12/claim-json/claim-document';
import { dental, institutional, isInpatient, professional } from './claim-view';
import { ALL_KINDS, isPresent, reporter, type ScrubFinding, type ScrubRule } from './scrub-rule';

const demographics = reporter('PATIENT_DEMOGRAPHICS_REQUIRED');
export const patientDemographicsRule: ScrubRule = {
  code: 'PATIENT_DEMOGRAPHICS_REQUIRED',
  description: 'When the subscriber is the patient (no dependent), the subscriber date of birth, gender and address are required (2010BA DMG, N3/N4); a non-person subscriber needs a dependent patient (2000C)',
  kinds: ALL_KINDS,
  check(doc) {
    if (doc.dependent) return [];
    const subscriber = doc.subscriber;
    if (!subscriber) return [];
    const isPerson = !isPresent(subscriber.organizationName) || isPresent(subscriber.lastName);
    if (!isPerson) return [demographics.error('dependent', 'is required when the subscriber is an organization: the patient goes in dependent', '2000C')];
    const findings: ScrubFinding[] = [];
    if (!isPresent(subscriber.dateOfBirth)) findings.push(demographics.error('subscriber.dateOfBirth', 'is required when the subscriber is the patient', '2010BA DMG02'));
    if (!isPresent(subscriber.gender)) findings.push(demographics.error('subscriber.gender', 'is required when the subscriber is the patient', '2010BA DMG03'));
    if (!subscriber.address) findings.push(demographics.error('subscriber.address', 'is required when the subscriber is the patient', '2010BA N3/N4'));
    return findings;
  },
};

interface AccidentFields {
  relatedCausesCode?: string[];
  autoAccidentStateCode?: string;
  autoAccidentCountryCode?: string;
  claimDateInformation?: { accidentDate?: string };
}

function accidentFields(doc: ClaimDocument): AccidentFields {
  return (doc.claimInformation ?? {}) as AccidentFields;
}

const accidentState = reporter('ACCIDENT_STATE_REQUIRED');
export const accidentStateRule: ScrubRule = {
  code: 'ACCIDENT_STATE_REQUIRED',
  description: 'An auto accident (CLM11 = AA) in the US or Canada carries the state or province where it happened (CLM11-4)',
  kinds: ['professional', 'dental'],
  check(doc) {
    const info = accidentFields(doc);
    if (!(info.relatedCausesCode ?? []).includes('AA')) return [];
    const country = info.autoAccidentCountryCode?.toUpperCase();
    if (country && country !== 'US' && country !== 'CA') return [];
    return isPresent(info.autoAccidentStateCode) ? [] : [accidentState.error('claimInformation.autoAccidentStateCode', 'is required when relatedCausesCode includes AA (auto accident)', '2300 CLM11-4')];
  },
};

const accidentDate = reporter('ACCIDENT_DATE_REQUIRED');
export const accidentDateRule: ScrubRule = {
  code: 'ACCIDENT_DATE_REQUIRED',
  description: 'An auto or other accident (CLM11 = AA or OA) carries the accident date (2300 DTP*439)',
  kinds: ['professional', 'dental'],
  check(doc) {
    const info = accidentFields(doc);
    if (!(info.relatedCausesCode ?? []).some((c) => c === 'AA' || c === 'OA')) return [];
    return isPresent(info.claimDateInformation?.accidentDate) ? [] : [accidentDate.error('claimInformation.claimDateInformation.accidentDate', 'is required when relatedCausesCode includes AA or OA (accident)', '2300 DTP*439')];
  },
};

const pAndC = reporter('PROPERTY_CASUALTY_CLAIM_NUMBER_REQUIRED');
export const propertyCasualtyRule: ScrubRule = {
  code: 'PROPERTY_CASUALTY_CLAIM_NUMBER_REQUIRED',
  description: 'A property and casualty date of first contact (DTP*444) comes with the P&C claim number (REF*Y4)',
  kinds: ['professional'],
  check(doc) {
    const info = professional(doc).claimInformation;
    if (!isPresent(info?.claimDateInformation?.firstContactDate)) return [];
    return isPresent(info?.propertyCasualtyClaimNumber) ? [] : [pAndC.error('claimInformation.propertyCasualtyClaimNumber', 'is required when claimDateInformation.firstContactDate is sent', '2010BA REF*Y4')];
  },
};

/** NUBC revenue codes 054x: ambulance, the "non-scheduled transportation" the TR3 exempts from 2310A. */
const isAmbulanceRevenue = (code: string | undefined) => typeof code === 'string' && code.startsWith('054');

const attending = reporter('ATTENDING_PROVIDER_REQUIRED');
export const attendingProviderRule: ScrubRule = {
  code: 'ATTENDING_PROVIDER_REQUIRED',
  description: 'An institutional claim names the attending provider (2310A) unless it is only non-scheduled transportation',
  kinds: ['institutional'],
  check(doc) {
    const claim = institutional(doc);
    if (claim.attending) return [];
    const lines = claim.claimInformation?.serviceLines ?? [];
    if (lines.length > 0 && lines.every((l) => isAmbulanceRevenue(l.institutionalService?.serviceLineRevenueCode))) return [];
    return [attending.error('attending', 'is required on institutional claims other than non-scheduled transportation (send attending or a providers[] AttendingProvider)', '2310A NM1*71')];
  },
};

const operating = reporter('OPERATING_PHYSICIAN_REQUIRED');
export const operatingPhysicianRule: ScrubRule = {
  code: 'OPERATING_PHYSICIAN_REQUIRED',
  description: 'An institutional claim that reports a surgical procedure (HI*BBR) names the operating physician (2310B)',
  kinds: ['institutional'],
  check(doc) {
    const claim = institutional(doc);
    if (!claim.claimInformation?.principalProcedureInformation || claim.operatingPhysician) return [];
    return [operating.error('operatingPhysician', 'is required when a principal procedure (principalProcedureInformation) is reported', '2310B NM1*72')];
  },
};

const admissionDate = reporter('ADMISSION_DATE_REQUIRED');
export const admissionDateRule: ScrubRule = {
  code: 'ADMISSION_DATE_REQUIRED',
  description: 'An inpatient institutional claim (type of bill 11x, 18x, 21x, …) carries the admission date (2300 DTP*435)',
  kinds: ['institutional'],
  check(doc) {
    const claim = institutional(doc);
    if (!isInpatient(claim) || isPresent(claim.claimInformation?.claimDateInformation?.admissionDateAndHour)) return [];
    return [admissionDate.error('claimInformation.claimDateInformation.admissionDateAndHour', 'is required on inpatient claims', '2300 DTP*435')];
  },
};

const admissionSource = reporter('ADMISSION_SOURCE_REQUIRED');
export const admissionSourceRule: ScrubRule = {
  code: 'ADMISSION_SOURCE_REQUIRED',
  description: 'An institutional claim carries the point of origin (CL102), except hospital non-patient lab bills (14x)',
  kinds: ['institutional'],
  check(doc) {
    const info = institutional(doc).claimInformation;
    if (!info || info.placeOfServiceCode === '14' || isPresent(info.claimCodeInformation?.admissionSourceCode)) return [];
    return [admissionSource.error('claimInformation.claimCodeInformation.admissionSourceCode', 'is required (point of origin for admission or visit) except on type of bill 14x', '2300 CL102')];
  },
};

const lineDate = reporter('LINE_SERVICE_DATE_REQUIRED');
export const lineServiceDateRule: ScrubRule = {
  code: 'LINE_SERVICE_DATE_REQUIRED',
  description: 'Outpatient institutional lines, and dental lines without a claim-level date (and not a predetermination), carry their service date (2400 DTP*472)',
  kinds: ['institutional', 'dental'],
  check(doc, ctx) {
    if (ctx.kind === 'institutional') {
      const claim = institutional(doc);
      if (isInpatient(claim)) return [];
      return (claim.claimInformation?.serviceLines ?? []).flatMap((line, i) =>
        isPresent(line.serviceDate) ? [] : [lineDate.error(`claimInformation.serviceLines[${i}].serviceDate`, 'is required on every line of an outpatient claim', '2400 DTP*472')],
      );
    }
    const info = dental(doc).claimInformation;
    if (!info || info.predeterminationOfBenefits === true || isPresent(info.claimDateInformation?.serviceDate)) return [];
    return (info.serviceLines ?? []).flatMap((line, i) =>
      isPresent(line.serviceDate) ? [] : [lineDate.error(`claimInformation.serviceLines[${i}].serviceDate`, 'is required when the claim has no claim-level service date and is not a predetermination', '2400 DTP*472')],
    );
  },
};

/** SBR09 codes of Medicare: Part A, Part B. */
const MEDICARE_FILING_CODES = new Set(['MA', 'MB']);

const medicareSecondary = reporter('MEDICARE_SECONDARY_TYPE_REQUIRED');
export const medicareSecondaryRule: ScrubRule = {
  code: 'MEDICARE_SECONDARY_TYPE_REQUIRED',
  description: 'A claim to Medicare as a non-primary payer gives the insurance type code (2000B SBR05)',
  kinds: ['professional'],
  check(doc) {
    const claim = professional(doc);
    const level = claim.subscriber?.paymentResponsibilityLevelCode;
    if (!MEDICARE_FILING_CODES.has(claim.claimInformation?.claimFilingCode ?? '') || level === undefined || level === 'P' || level === 'U') return [];
    return isPresent(claim.subscriber.insuranceTypeCode) ? [] : [medicareSecondary.error('subscriber.insuranceTypeCode', 'is required when Medicare is not the primary payer (why Medicare is secondary: 12, 13, 14, 15, 16, 41, 42, 43, 47)', '2000B SBR05')];
  },
};

const otherPayer = reporter('OTHER_PAYER_REQUIRED');
export const otherPayerRule: ScrubRule = {
  code: 'OTHER_PAYER_REQUIRED',
  description: 'A claim to a secondary or later payer (SBR01 other than P or U) describes the prior payer(s) (2320/2330B)',
  kinds: ALL_KINDS,
  check(doc) {
    const level = doc.subscriber?.paymentResponsibilityLevelCode;
    if (level === undefined || level === 'P' || level === 'U') return [];
    const other = (doc.claimInformation as { otherSubscriberInformation?: unknown } | undefined)?.otherSubscriberInformation;
    return isPresent(other) ? [] : [otherPayer.error('claimInformation.otherSubscriberInformation', 'is required when this payer is not the primary one (paymentResponsibilityLevelCode other than P): describe the prior payer and what it paid', '2320 SBR')];
  },
};
