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
import { check, claimOf, codesAndPaths } from './test-claims';

const KINDS = ['professional', 'institutional', 'dental'] as const;
const DEPENDENT = { relationshipToSubscriberCode: '19' as const, firstName: 'TIM', lastName: 'DOE', gender: 'M' as const, dateOfBirth: '20150610', address: { address1: '123 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62701' } };

describe('PATIENT_DEMOGRAPHICS_REQUIRED', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(patientDemographicsRule, kind, claimOf(kind))).toEqual([]);
  });

  it('requires date of birth, gender and address of a subscriber who is the patient', () => {
    const doc = claimOf('professional');
    delete doc.subscriber.dateOfBirth;
    delete doc.subscriber.gender;
    delete doc.subscriber.address;
    expect(codesAndPaths(check(patientDemographicsRule, 'professional', doc))).toEqual([
      ['PATIENT_DEMOGRAPHICS_REQUIRED', 'subscriber.dateOfBirth'],
      ['PATIENT_DEMOGRAPHICS_REQUIRED', 'subscriber.gender'],
      ['PATIENT_DEMOGRAPHICS_REQUIRED', 'subscriber.address'],
    ]);
    doc.dependent = DEPENDENT;
    expect(check(patientDemographicsRule, 'professional', doc)).toEqual([]);
  });

  it('requires a dependent when the subscriber is an organization', () => {
    const doc = claimOf('dental');
    const { firstName: _f, lastName: _l, ...rest } = doc.subscriber;
    doc.subscriber = { ...rest, organizationName: 'ACME EMPLOYER TRUST' };
    expect(codesAndPaths(check(patientDemographicsRule, 'dental', doc))).toEqual([['PATIENT_DEMOGRAPHICS_REQUIRED', 'dependent']]);
  });
});

describe('ACCIDENT_STATE_REQUIRED', () => {
  it.each(['professional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(accidentStateRule, kind, claimOf(kind))).toEqual([]);
  });

  it('requires the state of a US auto accident, not of another accident or one abroad', () => {
    const doc = claimOf('professional');
    doc.claimInformation.relatedCausesCode = ['OA'];
    expect(check(accidentStateRule, 'professional', doc)).toEqual([]);
    doc.claimInformation.relatedCausesCode = ['EM', 'AA'];
    expect(codesAndPaths(check(accidentStateRule, 'professional', doc))).toEqual([['ACCIDENT_STATE_REQUIRED', 'claimInformation.autoAccidentStateCode']]);
    doc.claimInformation.autoAccidentCountryCode = 'MX';
    expect(check(accidentStateRule, 'professional', doc)).toEqual([]);
    delete doc.claimInformation.autoAccidentCountryCode;
    doc.claimInformation.autoAccidentStateCode = 'IL';
    expect(check(accidentStateRule, 'professional', doc)).toEqual([]);
  });
});

describe('ACCIDENT_DATE_REQUIRED', () => {
  it.each(['professional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(accidentDateRule, kind, claimOf(kind))).toEqual([]);
  });

  it.each(['AA', 'OA'] as const)('requires the accident date with %s', (cause) => {
    const doc = claimOf('dental');
    doc.claimInformation.relatedCausesCode = [cause];
    expect(codesAndPaths(check(accidentDateRule, 'dental', doc))).toEqual([['ACCIDENT_DATE_REQUIRED', 'claimInformation.claimDateInformation.accidentDate']]);
    doc.claimInformation.claimDateInformation!.accidentDate = '20250301';
    expect(check(accidentDateRule, 'dental', doc)).toEqual([]);
  });

  it('does not require it for employment-related claims alone', () => {
    const doc = claimOf('professional');
    doc.claimInformation.relatedCausesCode = ['EM'];
    expect(check(accidentDateRule, 'professional', doc)).toEqual([]);
  });
});

describe('PROPERTY_CASUALTY_CLAIM_NUMBER_REQUIRED', () => {
  it('passes the professional fixture', () => {
    expect(check(propertyCasualtyRule, 'professional', claimOf('professional'))).toEqual([]);
  });

  it('requires the P&C claim number with a date of first contact', () => {
    const doc = claimOf('professional');
    doc.claimInformation.claimDateInformation = { firstContactDate: '20250301' };
    expect(codesAndPaths(check(propertyCasualtyRule, 'professional', doc))).toEqual([['PROPERTY_CASUALTY_CLAIM_NUMBER_REQUIRED', 'claimInformation.propertyCasualtyClaimNumber']]);
    doc.claimInformation.propertyCasualtyClaimNumber = 'PC12345';
    expect(check(propertyCasualtyRule, 'professional', doc)).toEqual([]);
  });
});

describe('ATTENDING_PROVIDER_REQUIRED', () => {
  it('passes the institutional fixture (attending sent in providers[])', () => {
    expect(check(attendingProviderRule, 'institutional', claimOf('institutional'))).toEqual([]);
  });

  it('requires the attending provider, except on ambulance-only bills', () => {
    const doc = claimOf('institutional');
    delete doc.attending;
    expect(codesAndPaths(check(attendingProviderRule, 'institutional', doc))).toEqual([['ATTENDING_PROVIDER_REQUIRED', 'attending']]);
    for (const line of doc.claimInformation.serviceLines) line.institutionalService.serviceLineRevenueCode = '0540';
    expect(check(attendingProviderRule, 'institutional', doc)).toEqual([]);
  });
});

describe('OPERATING_PHYSICIAN_REQUIRED', () => {
  it('passes the institutional fixture', () => {
    expect(check(operatingPhysicianRule, 'institutional', claimOf('institutional'))).toEqual([]);
  });

  it('requires the operating physician when a principal procedure is reported', () => {
    const doc = claimOf('institutional');
    doc.claimInformation.principalProcedureInformation = { qualifierCode: 'BBR', principalProcedureCode: '0DTJ4ZZ', principalProcedureDate: '20250310' };
    expect(codesAndPaths(check(operatingPhysicianRule, 'institutional', doc))).toEqual([['OPERATING_PHYSICIAN_REQUIRED', 'operatingPhysician']]);
    doc.operatingPhysician = { lastName: 'CUTTER', npi: '1245319599' };
    expect(check(operatingPhysicianRule, 'institutional', doc)).toEqual([]);
  });
});

describe('ADMISSION_DATE_REQUIRED', () => {
  it('passes the institutional fixture (outpatient, 13x)', () => {
    expect(check(admissionDateRule, 'institutional', claimOf('institutional'))).toEqual([]);
  });

  it('requires the admission date on an inpatient bill (11x)', () => {
    const doc = claimOf('institutional');
    doc.claimInformation.placeOfServiceCode = '11';
    expect(codesAndPaths(check(admissionDateRule, 'institutional', doc))).toEqual([['ADMISSION_DATE_REQUIRED', 'claimInformation.claimDateInformation.admissionDateAndHour']]);
    doc.claimInformation.claimDateInformation.admissionDateAndHour = '202503100800';
    expect(check(admissionDateRule, 'institutional', doc)).toEqual([]);
  });
});

describe('ADMISSION_SOURCE_REQUIRED', () => {
  it('passes the institutional fixture', () => {
    expect(check(admissionSourceRule, 'institutional', claimOf('institutional'))).toEqual([]);
  });

  it('requires the point of origin except on non-patient lab bills (14x)', () => {
    const doc = claimOf('institutional');
    delete doc.claimInformation.claimCodeInformation.admissionSourceCode;
    expect(codesAndPaths(check(admissionSourceRule, 'institutional', doc))).toEqual([['ADMISSION_SOURCE_REQUIRED', 'claimInformation.claimCodeInformation.admissionSourceCode']]);
    doc.claimInformation.placeOfServiceCode = '14';
    expect(check(admissionSourceRule, 'institutional', doc)).toEqual([]);
  });
});

describe('LINE_SERVICE_DATE_REQUIRED', () => {
  it.each(['institutional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(lineServiceDateRule, kind, claimOf(kind))).toEqual([]);
  });

  it('requires a date on every outpatient 837I line, not on inpatient ones', () => {
    const doc = claimOf('institutional');
    delete doc.claimInformation.serviceLines[1].serviceDate;
    expect(codesAndPaths(check(lineServiceDateRule, 'institutional', doc))).toEqual([['LINE_SERVICE_DATE_REQUIRED', 'claimInformation.serviceLines[1].serviceDate']]);
    doc.claimInformation.placeOfServiceCode = '11';
    expect(check(lineServiceDateRule, 'institutional', doc)).toEqual([]);
  });

  it('requires 837D line dates only without a claim-level date and outside predeterminations', () => {
    const doc = claimOf('dental');
    delete doc.claimInformation.serviceLines[0].serviceDate;
    expect(check(lineServiceDateRule, 'dental', doc)).toEqual([]);
    delete doc.claimInformation.claimDateInformation;
    expect(codesAndPaths(check(lineServiceDateRule, 'dental', doc))).toEqual([['LINE_SERVICE_DATE_REQUIRED', 'claimInformation.serviceLines[0].serviceDate']]);
    doc.claimInformation.predeterminationOfBenefits = true;
    expect(check(lineServiceDateRule, 'dental', doc)).toEqual([]);
  });
});

describe('MEDICARE_SECONDARY_TYPE_REQUIRED', () => {
  it('passes the professional fixture', () => {
    expect(check(medicareSecondaryRule, 'professional', claimOf('professional'))).toEqual([]);
  });

  it('requires SBR05 when Medicare is billed as a secondary payer', () => {
    const doc = claimOf('professional');
    doc.claimInformation.claimFilingCode = 'MB';
    expect(check(medicareSecondaryRule, 'professional', doc)).toEqual([]);
    doc.subscriber.paymentResponsibilityLevelCode = 'S';
    expect(codesAndPaths(check(medicareSecondaryRule, 'professional', doc))).toEqual([['MEDICARE_SECONDARY_TYPE_REQUIRED', 'subscriber.insuranceTypeCode']]);
    doc.subscriber.insuranceTypeCode = '12';
    expect(check(medicareSecondaryRule, 'professional', doc)).toEqual([]);
  });
});

describe('OTHER_PAYER_REQUIRED', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(otherPayerRule, kind, claimOf(kind))).toEqual([]);
  });

  it('requires the prior payer on a secondary claim', () => {
    const doc = claimOf('institutional');
    doc.subscriber.paymentResponsibilityLevelCode = 'S';
    expect(codesAndPaths(check(otherPayerRule, 'institutional', doc))).toEqual([['OTHER_PAYER_REQUIRED', 'claimInformation.otherSubscriberInformation']]);
    doc.subscriber.paymentResponsibilityLevelCode = 'U';
    expect(check(otherPayerRule, 'institutional', doc)).toEqual([]);
  });
});
