import * as fs from 'node:fs';
import * as path from 'node:path';
import { FieldErrorCode, sortErrors, validateClaimBody, type FieldError } from './claim-validation';
import type { ClaimKind } from './claim.types';
import { DentalClaimDto } from './dto/dental-claim.dto';
import { InstitutionalClaimDto } from './dto/institutional-claim.dto';
import { ProfessionalClaimDto } from './dto/professional-claim.dto';

type Fixture = 'professional-office-visit' | 'institutional-outpatient-er' | 'dental-crown';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>;

const fixtureDir = path.resolve(__dirname, '../../test/fixtures/claims');
function fixture(name: Fixture): Body {
  return JSON.parse(fs.readFileSync(path.join(fixtureDir, `${name}.json`), 'utf8'));
}
const professional = () => fixture('professional-office-visit');
const institutional = () => fixture('institutional-outpatient-er');
const dental = () => fixture('dental-crown');

function errorsOf(kind: ClaimKind, body: unknown): FieldError[] {
  const result = validateClaimBody(kind, body);
  if (result.ok) throw new Error('expected validation errors');
  return result.errors;
}

/** The body after `mutate` fails with exactly one error, at `path` with `code`. */
function expectOnly(kind: ClaimKind, body: Body, path: string, code: FieldErrorCode): FieldError {
  const errors = errorsOf(kind, body);
  expect(errors).toEqual([{ path, code, message: expect.any(String) }]);
  return errors[0];
}

describe('the example claims', () => {
  it.each([
    ['professional', 'professional-office-visit', ProfessionalClaimDto],
    ['institutional', 'institutional-outpatient-er', InstitutionalClaimDto],
    ['dental', 'dental-crown', DentalClaimDto],
  ] as const)('%s (%s) validates into its DTO', (kind, name, dto) => {
    const result = validateClaimBody(kind, fixture(name));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value).toBeInstanceOf(dto);
  });

  it('does not accept one kind as another', () => {
    const errors = errorsOf('institutional', professional());
    expect(errors).toEqual(expect.arrayContaining([{ path: 'claimInformation.claimCodeInformation', code: FieldErrorCode.REQUIRED, message: 'is required' }]));
  });
});

describe('one error per family, with its path and code', () => {
  it('missing required field', () => {
    const body = professional();
    delete body.claimInformation.patientControlNumber;
    expect(expectOnly('professional', body, 'claimInformation.patientControlNumber', FieldErrorCode.REQUIRED).message).toBe('is required');
  });

  it('null in a required field counts as missing', () => {
    const body = professional();
    body.receiver.organizationName = null;
    expectOnly('professional', body, 'receiver.organizationName', FieldErrorCode.REQUIRED);
  });

  it('wrong type: a number where a string amount belongs', () => {
    const body = professional();
    body.claimInformation.claimChargeAmount = 150;
    expectOnly('professional', body, 'claimInformation.claimChargeAmount', FieldErrorCode.NOT_A_STRING);
  });

  it('wrong type: a string where a boolean or a JSON number belongs', () => {
    const p = professional();
    p.claimInformation.patientSignatureSourceCode = 'true';
    expectOnly('professional', p, 'claimInformation.patientSignatureSourceCode', FieldErrorCode.NOT_A_BOOLEAN);
    const d = dental();
    d.claimInformation.serviceLines[0].dentalService.procedureCount = '1';
    expectOnly('dental', d, 'claimInformation.serviceLines[0].dentalService.procedureCount', FieldErrorCode.NOT_AN_INTEGER);
  });

  it('wrong type: an array where an object belongs, and the reverse', () => {
    const a = professional();
    a.subscriber = [a.subscriber];
    expectOnly('professional', a, 'subscriber', FieldErrorCode.NOT_AN_OBJECT);
    const b = professional();
    b.claimInformation.healthCareCodeInformation = { diagnosisTypeCode: 'ABK', diagnosisCode: 'E119' };
    expectOnly('professional', b, 'claimInformation.healthCareCodeInformation', FieldErrorCode.NOT_AN_ARRAY);
    const c = professional();
    c.claimInformation.healthCareCodeInformation = 'E119';
    expectOnly('professional', c, 'claimInformation.healthCareCodeInformation', FieldErrorCode.NOT_AN_ARRAY);
    const d = professional();
    d.claimInformation.serviceLines[1] = 'line';
    expectOnly('professional', d, 'claimInformation.serviceLines[1]', FieldErrorCode.NOT_AN_OBJECT);
  });

  it('overlong string', () => {
    const body = professional();
    body.claimInformation.patientControlNumber = 'X'.repeat(21);
    expect(expectOnly('professional', body, 'claimInformation.patientControlNumber', FieldErrorCode.TOO_LONG).message).toBe(
      'must be at most 20 characters long',
    );
  });

  it('empty string', () => {
    const body = professional();
    body.subscriber.firstName = '';
    expectOnly('professional', body, 'subscriber.firstName', FieldErrorCode.TOO_SHORT);
  });

  it('badly formatted date (ISO instead of CCYYMMDD)', () => {
    const body = professional();
    body.claimInformation.serviceLines[1].serviceDate = '2025-03-10';
    expect(expectOnly('professional', body, 'claimInformation.serviceLines[1].serviceDate', FieldErrorCode.INVALID_DATE).message).toBe(
      'must be a real calendar date in CCYYMMDD format',
    );
  });

  it('impossible date', () => {
    const body = professional();
    body.subscriber.dateOfBirth = '20250230';
    expectOnly('professional', body, 'subscriber.dateOfBirth', FieldErrorCode.INVALID_DATE);
    body.subscriber.dateOfBirth = '20240229';
    expect(validateClaimBody('professional', body).ok).toBe(true);
  });

  it('ISO dates are refused even where Stedi declares no pattern (claimDateInformation)', () => {
    const body = professional();
    body.claimInformation.claimDateInformation = { symptomDate: '2025-03-01' };
    expectOnly('professional', body, 'claimInformation.claimDateInformation.symptomDate', FieldErrorCode.INVALID_DATE);
  });

  it('bad enum value', () => {
    const body = professional();
    body.claimInformation.placeOfServiceCode = '98';
    const error = expectOnly('professional', body, 'claimInformation.placeOfServiceCode', FieldErrorCode.NOT_ALLOWED_VALUE);
    expect(error.message).toMatch(/^must be one of: 01, 02, .*, 99$/);
  });

  it('unknown field, nested', () => {
    const body = professional();
    body.claimInformation.serviceLines[1].professionalService.procedureCodeTypo = '99213';
    expect(
      expectOnly('professional', body, 'claimInformation.serviceLines[1].professionalService.procedureCodeTypo', FieldErrorCode.UNKNOWN_FIELD).message,
    ).toBe('is not a field of this object');
  });

  it('unknown field at the top and reserved keys', () => {
    const body = professional();
    body.payerId = '99999';
    expectOnly('professional', body, 'payerId', FieldErrorCode.UNKNOWN_FIELD);
    const raw = JSON.parse(JSON.stringify(professional()).replace('"submitter":{', '"submitter":{"__proto__":{"admin":true},'));
    expectOnly('professional', raw, 'submitter.__proto__', FieldErrorCode.UNKNOWN_FIELD);
  });

  it.each(['12.345', '-5.00', '1,200.00', '12.', '1e2'])('bad amount %j', (amount) => {
    const body = professional();
    body.claimInformation.serviceLines[0].professionalService.lineItemChargeAmount = amount;
    expectOnly('professional', body, 'claimInformation.serviceLines[0].professionalService.lineItemChargeAmount', FieldErrorCode.INVALID_AMOUNT);
  });

  it('bad unit count', () => {
    const body = professional();
    body.claimInformation.serviceLines[0].professionalService.serviceUnitCount = '1.2345';
    expectOnly('professional', body, 'claimInformation.serviceLines[0].professionalService.serviceUnitCount', FieldErrorCode.INVALID_DECIMAL);
  });

  it('pattern mismatch: NPI digits, taxonomy, ICD code with a dot', () => {
    const a = professional();
    a.billing.npi = '155837462';
    expectOnly('professional', a, 'billing.npi', FieldErrorCode.PATTERN_MISMATCH);
    const b = professional();
    b.rendering.taxonomyCode = '207Q-0000X';
    expectOnly('professional', b, 'rendering.taxonomyCode', FieldErrorCode.PATTERN_MISMATCH);
    const c = professional();
    c.claimInformation.healthCareCodeInformation[0].diagnosisCode = 'E11.9';
    const error = expectOnly('professional', c, 'claimInformation.healthCareCodeInformation[0].diagnosisCode', FieldErrorCode.PATTERN_MISMATCH);
    expect(error.message).toBe('must be letters and digits only (ICD codes go without the dot)');
  });

  it('more than 12 diagnosis codes', () => {
    const body = professional();
    body.claimInformation.healthCareCodeInformation = [
      { diagnosisTypeCode: 'ABK', diagnosisCode: 'E119' },
      ...Array.from({ length: 12 }, () => ({ diagnosisTypeCode: 'ABF', diagnosisCode: 'I10' })),
    ];
    expect(expectOnly('professional', body, 'claimInformation.healthCareCodeInformation', FieldErrorCode.TOO_MANY_ITEMS).message).toBe(
      'must have at most 12 items',
    );
  });

  it('no diagnosis codes', () => {
    const body = professional();
    body.claimInformation.healthCareCodeInformation = [];
    expectOnly('professional', body, 'claimInformation.healthCareCodeInformation', FieldErrorCode.TOO_FEW_ITEMS);
  });

  it('too many modifiers, and a modifier that is not 2 characters', () => {
    const a = professional();
    a.claimInformation.serviceLines[0].professionalService.procedureModifiers = ['25', '59', 'GT', 'XU', 'KX'];
    expectOnly('professional', a, 'claimInformation.serviceLines[0].professionalService.procedureModifiers', FieldErrorCode.TOO_MANY_ITEMS);
    const b = professional();
    b.claimInformation.serviceLines[0].professionalService.procedureModifiers = ['25', '591'];
    const error = expectOnly('professional', b, 'claimInformation.serviceLines[0].professionalService.procedureModifiers', FieldErrorCode.TOO_LONG);
    expect(error.message).toBe('each item must be at most 2 characters long');
  });

  it('diagnosis pointer out of range', () => {
    const body = professional();
    body.claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers = ['1', '13'];
    expectOnly(
      'professional',
      body,
      'claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers',
      FieldErrorCode.PATTERN_MISMATCH,
    );
  });

  it('more service lines than the 837P allows', () => {
    const body = professional();
    const line = body.claimInformation.serviceLines[0];
    body.claimInformation.serviceLines = Array.from({ length: 51 }, () => line);
    expectOnly('professional', body, 'claimInformation.serviceLines', FieldErrorCode.TOO_MANY_ITEMS);
  });
});

describe('a body that is not a claim object', () => {
  it.each([
    ['undefined', undefined, FieldErrorCode.EMPTY_BODY],
    ['null', null, FieldErrorCode.EMPTY_BODY],
    ['an empty string', '', FieldErrorCode.EMPTY_BODY],
    ['an empty object', {}, FieldErrorCode.EMPTY_BODY],
    ['an array', [professional()], FieldErrorCode.NOT_AN_OBJECT],
    ['a string', 'claim', FieldErrorCode.NOT_AN_OBJECT],
    ['a number', 42, FieldErrorCode.NOT_AN_OBJECT],
    ['a Buffer', Buffer.from('{}'), FieldErrorCode.NOT_AN_OBJECT],
  ])('%s gives one error at the root', (_name, body, code) => {
    expect(errorsOf('professional', body)).toEqual([{ path: '', code, message: expect.any(String) }]);
  });
});

describe('a hostile body', () => {
  it('nested brackets deep enough to exhaust the stack give one error instead of a crash', () => {
    const body = JSON.parse(`{"tradingPartnerServiceId":"1","x":${'['.repeat(20000)}${']'.repeat(20000)}}`);
    const [error, ...rest] = errorsOf('professional', body);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ code: FieldErrorCode.TOO_DEEPLY_NESTED, path: expect.stringMatching(/^x(\[0\])+$/) });
  });

  it('the deepest real claim structure is well within the limit', () => {
    const body = professional();
    body.claimInformation.serviceLines[0].lineAdjudicationInformation = [
      {
        otherPayerPrimaryIdentifier: '88888',
        serviceLinePaidAmount: '80.00',
        serviceIdQualifier: 'HC',
        procedureCode: '99213',
        paidServiceUnitCount: '1',
        adjudicationOrPaymentDate: '20250401',
        claimAdjustmentInformation: [{ adjustmentGroupCode: 'CO', adjustmentDetails: [{ adjustmentReasonCode: '45', adjustmentAmount: '40.00' }] }],
      },
    ];
    expect(validateClaimBody('professional', body).ok).toBe(true);
  });
});

describe('small cross-field rules', () => {
  it('line control number alias: accepted alone or equal, CONFLICT when different', () => {
    const alone = professional();
    const line = alone.claimInformation.serviceLines[0];
    line.lineItemControlNumber = line.providerControlNumber;
    delete line.providerControlNumber;
    expect(validateClaimBody('professional', alone).ok).toBe(true);

    const same = professional();
    same.claimInformation.serviceLines[0].lineItemControlNumber = 'PCN7Q2X9K4M1-1';
    expect(validateClaimBody('professional', same).ok).toBe(true);

    const different = professional();
    different.claimInformation.serviceLines[0].lineItemControlNumber = 'OTHER-1';
    const error = expectOnly('professional', different, 'claimInformation.serviceLines[0].lineItemControlNumber', FieldErrorCode.CONFLICT);
    expect(error.message).toBe('must equal providerControlNumber when both are sent');
  });

  it('837I line control number given twice must agree', () => {
    const body = institutional();
    body.claimInformation.serviceLines[0].serviceLineReferenceInformation = { providerControlNumber: 'OTHER-1' };
    expectOnly('institutional', body, 'claimInformation.serviceLines[0].lineItemControlNumber', FieldErrorCode.CONFLICT);
  });

  it('line control numbers longer than 30 characters', () => {
    const body = professional();
    body.claimInformation.serviceLines[0].providerControlNumber = 'L'.repeat(31);
    expectOnly('professional', body, 'claimInformation.serviceLines[0].providerControlNumber', FieldErrorCode.TOO_LONG);
  });

  it('submitter needs an organization name or a last name', () => {
    const body = professional();
    delete body.submitter.organizationName;
    const error = expectOnly('professional', body, 'submitter.organizationName', FieldErrorCode.REQUIRED);
    expect(error.message).toBe('is required unless lastName is present');
    body.submitter.lastName = 'SMITH';
    expect(validateClaimBody('professional', body).ok).toBe(true);
  });

  it('a contact needs a phone number, fax number or email', () => {
    const body = professional();
    delete body.submitter.contactInformation.phoneNumber;
    expectOnly('professional', body, 'submitter.contactInformation.phoneNumber', FieldErrorCode.REQUIRED);
    body.submitter.contactInformation.email = 'claims@example.com';
    expect(validateClaimBody('professional', body).ok).toBe(true);
  });

  it('837P billing provider: exactly one of employerId and ssn', () => {
    const both = professional();
    both.billing.ssn = '123456789';
    expectOnly('professional', both, 'billing.ssn', FieldErrorCode.CONFLICT);
    const neither = professional();
    delete neither.billing.employerId;
    expectOnly('professional', neither, 'billing.employerId', FieldErrorCode.REQUIRED);
    const ssnOnly = professional();
    delete ssnOnly.billing.employerId;
    ssnOnly.billing.ssn = '123456789';
    expect(validateClaimBody('professional', ssnOnly).ok).toBe(true);
  });

  it('837P billing provider without an NPI needs a G2 or LU identifier', () => {
    const body = professional();
    delete body.billing.npi;
    expectOnly('professional', body, 'billing.npi', FieldErrorCode.REQUIRED);
    body.billing.commercialNumber = 'G2-778899';
    expect(validateClaimBody('professional', body).ok).toBe(true);
  });

  it('837I procedure qualifier and code go together', () => {
    const body = institutional();
    delete body.claimInformation.serviceLines[1].institutionalService.procedureIdentifier;
    expectOnly('institutional', body, 'claimInformation.serviceLines[1].institutionalService.procedureIdentifier', FieldErrorCode.REQUIRED);
  });

  it('837P claim note: one NTE only', () => {
    const body = professional();
    body.claimInformation.claimNote = { additionalInformation: 'A', diagnosisDescription: 'B' };
    const errors = errorsOf('professional', body);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['claimInformation.claimNote.additionalInformation', FieldErrorCode.CONFLICT],
      ['claimInformation.claimNote.diagnosisDescription', FieldErrorCode.CONFLICT],
    ]);
  });
});

describe('provider objects and the legacy providers[] list', () => {
  it('the billing provider is required in one form or the other', () => {
    const body = professional();
    delete body.billing;
    expect(expectOnly('professional', body, 'billing', FieldErrorCode.REQUIRED).message).toBe(
      'is required (or a providers[] item with providerType BillingProvider)',
    );
    body.providers = [{ providerType: 'BillingProvider', npi: '1558374629', employerId: '371234567', organizationName: 'X' }];
    expect(validateClaimBody('professional', body).ok).toBe(true);
  });

  it('837P: a providers[] item may not repeat a dedicated object', () => {
    const body = professional();
    body.providers = [{ providerType: 'RenderingProvider', npi: '1728394051', lastName: 'SMITH' }];
    expectOnly('professional', body, 'providers[0].providerType', FieldErrorCode.CONFLICT);
  });

  it('providers[] holds one item per type', () => {
    const body = institutional();
    body.providers.push({ ...body.providers[1] });
    expectOnly('institutional', body, 'providers[2].providerType', FieldErrorCode.CONFLICT);
  });

  it('837I: providers[] may sit beside the dedicated objects it overrides', () => {
    const body = institutional();
    body.attending = { lastName: 'OTHER', npi: '1728394051' };
    expect(validateClaimBody('institutional', body).ok).toBe(true);
  });

  it('837I: a providers[] BillingProvider needs employerId and address; other types do not', () => {
    const body = institutional();
    delete body.providers[0].employerId;
    delete body.providers[0].address;
    const errors = errorsOf('institutional', body);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['providers[0].address', FieldErrorCode.REQUIRED],
      ['providers[0].employerId', FieldErrorCode.REQUIRED],
    ]);
  });

  it('a dedicated object tagged with another providerType', () => {
    const body = professional();
    body.rendering.providerType = 'BillingProvider';
    expectOnly('professional', body, 'rendering.providerType', FieldErrorCode.NOT_ALLOWED_VALUE);
  });
});

describe('institutional and dental specifics', () => {
  it('inner arrays of the HI lists are checked and addressed by both indices', () => {
    const tooMany = institutional();
    tooMany.claimInformation.otherDiagnosisInformationList = [
      Array.from({ length: 13 }, () => ({ qualifierCode: 'ABF', otherDiagnosisCode: 'I10' })),
    ];
    expect(expectOnly('institutional', tooMany, 'claimInformation.otherDiagnosisInformationList', FieldErrorCode.TOO_MANY_ITEMS).message).toBe(
      'each inner array must have at most 12 items',
    );

    const flat = institutional();
    flat.claimInformation.otherDiagnosisInformationList = [{ qualifierCode: 'ABF', otherDiagnosisCode: 'I10' }];
    expectOnly('institutional', flat, 'claimInformation.otherDiagnosisInformationList', FieldErrorCode.NOT_AN_ARRAY);

    const nested = institutional();
    nested.claimInformation.otherDiagnosisInformationList[0][1].poa = 'Y';
    expectOnly('institutional', nested, 'claimInformation.otherDiagnosisInformationList[0][1].poa', FieldErrorCode.UNKNOWN_FIELD);
  });

  it('837I dates and times', () => {
    const a = institutional();
    a.claimInformation.claimDateInformation.admissionDateAndHour = '202503102460';
    expectOnly('institutional', a, 'claimInformation.claimDateInformation.admissionDateAndHour', FieldErrorCode.INVALID_DATE);
    const b = institutional();
    b.claimInformation.claimDateInformation.dischargeHour = '2400';
    expectOnly('institutional', b, 'claimInformation.claimDateInformation.dischargeHour', FieldErrorCode.INVALID_TIME);
  });

  it('837I facility type code and revenue code formats', () => {
    const a = institutional();
    a.claimInformation.placeOfServiceCode = '131';
    expectOnly('institutional', a, 'claimInformation.placeOfServiceCode', FieldErrorCode.PATTERN_MISMATCH);
    const b = institutional();
    b.claimInformation.serviceLines[0].institutionalService.serviceLineRevenueCode = '450';
    expectOnly('institutional', b, 'claimInformation.serviceLines[0].institutionalService.serviceLineRevenueCode', FieldErrorCode.PATTERN_MISMATCH);
  });

  it('837I subscriber responsibility level is required', () => {
    const body = institutional();
    delete body.subscriber.paymentResponsibilityLevelCode;
    expectOnly('institutional', body, 'subscriber.paymentResponsibilityLevelCode', FieldErrorCode.REQUIRED);
  });

  it('837D service date range and CDT codes', () => {
    const a = dental();
    a.claimInformation.claimDateInformation.serviceDate = '20250312-20250301';
    expectOnly('dental', a, 'claimInformation.claimDateInformation.serviceDate', FieldErrorCode.INVALID_DATE);
    a.claimInformation.claimDateInformation.serviceDate = '20250301-20250312';
    expect(validateClaimBody('dental', a).ok).toBe(true);
    const b = dental();
    b.claimInformation.serviceLines[0].dentalService.procedureCode = '2740';
    const error = expectOnly('dental', b, 'claimInformation.serviceLines[0].dentalService.procedureCode', FieldErrorCode.PATTERN_MISMATCH);
    expect(error.message).toBe('must be a CDT code (D followed by 4 digits)');
  });

  it('837D tooth surfaces and orthodontic months', () => {
    const body = dental();
    body.claimInformation.serviceLines[0].teethInformation[0].toothSurfaceCodes = ['O', 'X'];
    body.claimInformation.orthodonticTotalMonthsOfTreatment = { monthsCount: -1 };
    expect(errorsOf('dental', body).map((e) => [e.path, e.code])).toEqual([
      ['claimInformation.orthodonticTotalMonthsOfTreatment.monthsCount', FieldErrorCode.OUT_OF_RANGE],
      ['claimInformation.serviceLines[0].teethInformation[0].toothSurfaceCodes', FieldErrorCode.NOT_ALLOWED_VALUE],
    ]);
  });
});

describe('error list', () => {
  it('is sorted by path with numeric indices, then code', () => {
    const body = professional();
    const line = body.claimInformation.serviceLines[0];
    body.claimInformation.serviceLines = Array.from({ length: 11 }, () => JSON.parse(JSON.stringify(line)));
    body.claimInformation.serviceLines[10].serviceDate = 'x';
    body.claimInformation.serviceLines[2].serviceDate = 'x';
    body.claimInformation.serviceLines[2].professionalService.procedureCode = 'C'.repeat(49);
    body.billing.npi = 'x';
    body.zzz = 1;
    expect(errorsOf('professional', body).map((e) => e.path)).toEqual([
      'billing.npi',
      'claimInformation.serviceLines[2].professionalService.procedureCode',
      'claimInformation.serviceLines[2].serviceDate',
      'claimInformation.serviceLines[10].serviceDate',
      'zzz',
    ]);
  });

  it('sortErrors keeps equal paths in code order and is stable', () => {
    const errors: FieldError[] = [
      { path: 'a[10]', code: FieldErrorCode.TOO_LONG, message: '1' },
      { path: 'a[9].b', code: FieldErrorCode.TOO_LONG, message: '2' },
      { path: 'a[9].b', code: FieldErrorCode.CONFLICT, message: '3' },
      { path: '', code: FieldErrorCode.EMPTY_BODY, message: '4' },
      { path: 'a', code: FieldErrorCode.REQUIRED, message: '5' },
    ];
    expect(sortErrors(errors).map((e) => e.message)).toEqual(['4', '5', '3', '2', '1']);
  });

  it('never repeats a submitted value in a message', () => {
    const secret = 'ZQXJWVSECRET';
    const body = professional();
    body.subscriber.firstName = secret.repeat(4);
    body.subscriber.lastName = 12345;
    body.subscriber.dateOfBirth = `1980${secret}`;
    body.subscriber.gender = secret;
    body.subscriber.memberId = { secret };
    body.subscriber.address.postalCode = secret.repeat(2);
    body.billing.npi = secret;
    body.billing.ssn = secret;
    body.claimInformation.claimChargeAmount = `${secret}.00`;
    body.claimInformation.serviceLines[0].providerControlNumber = secret;
    body.claimInformation.serviceLines[0].lineItemControlNumber = `${secret}2`;
    body.claimInformation.serviceLines[0].professionalService.procedureModifiers = [secret];
    body.claimInformation.serviceLines[0].professionalService.serviceUnitCount = secret;
    body.claimInformation.healthCareCodeInformation[1].diagnosisCode = `${secret}.1`;
    body.claimInformation.claimDateInformation = { accidentDate: secret };
    body[secret.toLowerCase()] = secret;
    const errors = errorsOf('professional', body);
    expect(errors.length).toBeGreaterThanOrEqual(14);
    for (const e of errors) {
      expect(e.message).not.toContain(secret);
      expect(e.message).not.toContain('12345');
    }
  });
});
