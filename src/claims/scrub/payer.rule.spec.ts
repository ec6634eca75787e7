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
  resolvePath,
} from './payer.rule';
import { check, claimOf, codesAndPaths, payerRules } from './test-claims';

const KINDS = ['professional', 'institutional', 'dental'] as const;
const perKind = (n: number | null) => ({ professional: n, institutional: n, dental: n });
const PAY_TO = { address1: 'PO BOX 9', city: 'SPRINGFIELD', state: 'IL', postalCode: '627019999' };

describe('payer rules without a payer', () => {
  it.each([payerClaimKindRule, payerMaxServiceLinesRule, payerMaxDiagnosisCodesRule, payerPatientControlNumberRule, payerPayToForbiddenRule, payerPayToRequiredRule, payerClaimFilingCodeRule, payerTimelyFilingRule, payerRequiredFieldsRule, payerForbiddenFieldsRule])('$code finds nothing', (rule) => {
    expect(check(rule, 'professional', claimOf('professional'), { payer: null })).toEqual([]);
  });
});

describe('PAYER_CLAIM_KIND_NOT_ACCEPTED', () => {
  it.each(KINDS)('passes the %s fixture for a payer that takes every kind', (kind) => {
    expect(check(payerClaimKindRule, kind, claimOf(kind), { payer: payerRules() })).toEqual([]);
  });

  it('flags a kind the payer does not take', () => {
    const payer = payerRules({ claimKinds: ['professional'] });
    expect(check(payerClaimKindRule, 'professional', claimOf('professional'), { payer })).toEqual([]);
    const findings = check(payerClaimKindRule, 'dental', claimOf('dental'), { payer });
    expect(codesAndPaths(findings)).toEqual([['PAYER_CLAIM_KIND_NOT_ACCEPTED', 'tradingPartnerServiceId']]);
    expect(findings[0].message).toContain('TEST PLAN');
  });
});

describe('PAYER_MAX_SERVICE_LINES', () => {
  it('passes a claim at the limit and flags one over it, per kind', () => {
    const payer = payerRules({ maxServiceLines: { professional: 2, institutional: 1, dental: null } });
    expect(check(payerMaxServiceLinesRule, 'professional', claimOf('professional'), { payer })).toEqual([]);
    expect(check(payerMaxServiceLinesRule, 'dental', claimOf('dental'), { payer })).toEqual([]);
    expect(codesAndPaths(check(payerMaxServiceLinesRule, 'institutional', claimOf('institutional'), { payer }))).toEqual([['PAYER_MAX_SERVICE_LINES', 'claimInformation.serviceLines']]);
  });
});

describe('PAYER_MAX_DIAGNOSIS_CODES', () => {
  it('counts the HI list on 837P and principal + other diagnoses on 837I', () => {
    const payer = payerRules({ maxDiagnosisCodes: perKind(2) });
    expect(check(payerMaxDiagnosisCodesRule, 'professional', claimOf('professional'), { payer })).toEqual([]);
    expect(codesAndPaths(check(payerMaxDiagnosisCodesRule, 'institutional', claimOf('institutional'), { payer }))).toEqual([['PAYER_MAX_DIAGNOSIS_CODES', 'claimInformation.otherDiagnosisInformationList']]);
    const doc = claimOf('professional');
    doc.claimInformation.healthCareCodeInformation.push({ diagnosisTypeCode: 'ABF', diagnosisCode: 'E785' });
    expect(codesAndPaths(check(payerMaxDiagnosisCodesRule, 'professional', doc, { payer }))).toEqual([['PAYER_MAX_DIAGNOSIS_CODES', 'claimInformation.healthCareCodeInformation']]);
  });
});

describe('PAYER_PCN_TOO_LONG', () => {
  it('passes a patient control number that fits and flags a longer one', () => {
    const payer = payerRules({ maxPatientControlNumberLength: 12 });
    const doc = claimOf('professional');
    expect(check(payerPatientControlNumberRule, 'professional', doc, { payer })).toEqual([]);
    doc.claimInformation.patientControlNumber = 'PCN7Q2X9K4M1X';
    expect(codesAndPaths(check(payerPatientControlNumberRule, 'professional', doc, { payer }))).toEqual([['PAYER_PCN_TOO_LONG', 'claimInformation.patientControlNumber']]);
  });
});

describe('PAYER_PAY_TO_FORBIDDEN / PAYER_PAY_TO_REQUIRED', () => {
  it('refuses a pay-to address when the payer forbids it (payToAddress, 837I billingPayToAddressName)', () => {
    const payer = payerRules({ payToLoop: 'forbidden' });
    const doc = claimOf('professional');
    expect(check(payerPayToForbiddenRule, 'professional', doc, { payer })).toEqual([]);
    doc.payToAddress = PAY_TO;
    expect(codesAndPaths(check(payerPayToForbiddenRule, 'professional', doc, { payer }))).toEqual([['PAYER_PAY_TO_FORBIDDEN', 'payToAddress']]);
    expect(check(payerPayToForbiddenRule, 'professional', doc, { payer: payerRules() })).toEqual([]);
    const inst = claimOf('institutional');
    inst.billingPayToAddressName = { entityTypeQualifier: '2', address: PAY_TO };
    expect(codesAndPaths(check(payerPayToForbiddenRule, 'institutional', inst, { payer }))).toEqual([['PAYER_PAY_TO_FORBIDDEN', 'billingPayToAddressName']]);
  });

  it('asks for one when the payer requires it', () => {
    const payer = payerRules({ payToLoop: 'required' });
    const doc = claimOf('dental');
    expect(codesAndPaths(check(payerPayToRequiredRule, 'dental', doc, { payer }))).toEqual([['PAYER_PAY_TO_REQUIRED', 'payToAddress']]);
    doc.payToAddress = PAY_TO;
    expect(check(payerPayToRequiredRule, 'dental', doc, { payer })).toEqual([]);
  });
});

describe('PAYER_CLAIM_FILING_CODE', () => {
  it('passes an accepted filing indicator and flags another', () => {
    expect(check(payerClaimFilingCodeRule, 'professional', claimOf('professional'), { payer: payerRules({ claimFilingCodes: ['CI', 'HM'] }) })).toEqual([]);
    expect(codesAndPaths(check(payerClaimFilingCodeRule, 'professional', claimOf('professional'), { payer: payerRules({ claimFilingCodes: ['MB'] }) }))).toEqual([['PAYER_CLAIM_FILING_CODE', 'claimInformation.claimFilingCode']]);
  });
});

describe('PAYER_TIMELY_FILING', () => {
  const payer = payerRules({ timelyFilingDays: 90 });
  it('passes a claim inside the window', () => {
    expect(check(payerTimelyFilingRule, 'professional', claimOf('professional'), { payer, today: '2025-06-08' })).toEqual([]);
  });

  it('warns at the earliest date of service once the window has passed, unless a delay reason is sent', () => {
    const doc = claimOf('institutional');
    const findings = check(payerTimelyFilingRule, 'institutional', doc, { payer, today: '2025-06-09' });
    expect(codesAndPaths(findings)).toEqual([['PAYER_TIMELY_FILING', 'claimInformation.serviceLines[0].serviceDate']]);
    expect(findings[0].severity).toBe('warning');
    doc.claimInformation.delayReasonCode = '7';
    expect(check(payerTimelyFilingRule, 'institutional', doc, { payer, today: '2025-06-09' })).toEqual([]);
  });
});

describe('PAYER_REQUIRED_FIELD', () => {
  it.each(KINDS)('passes the %s fixture with the example payer requirements', (kind) => {
    const payer = payerRules({ requiredFields: [{ path: 'billing.taxonomyCode', kinds: KINDS, reason: null }, { path: 'rendering.npi', kinds: ['professional'], reason: null }] });
    expect(check(payerRequiredFieldsRule, kind, claimOf(kind), { payer })).toEqual([]);
  });

  it('flags a missing field, with the reason, only for the kinds it applies to', () => {
    const payer = payerRules({ requiredFields: [{ path: 'claimInformation.claimSupplementalInformation.priorAuthorizationNumber', kinds: ['professional'], reason: 'prior authorization on every claim' }] });
    const findings = check(payerRequiredFieldsRule, 'professional', claimOf('professional'), { payer });
    expect(codesAndPaths(findings)).toEqual([['PAYER_REQUIRED_FIELD', 'claimInformation.claimSupplementalInformation.priorAuthorizationNumber']]);
    expect(findings[0].message).toBe('is required by TEST PLAN: prior authorization on every claim');
    expect(check(payerRequiredFieldsRule, 'dental', claimOf('dental'), { payer })).toEqual([]);
  });

  it('checks every list item named with [*]', () => {
    const payer = payerRules({ requiredFields: [{ path: 'claimInformation.serviceLines[*].professionalService.procedureModifiers', kinds: KINDS, reason: null }] });
    const doc = claimOf('professional');
    doc.claimInformation.serviceLines[0].professionalService.procedureModifiers = ['25'];
    expect(codesAndPaths(check(payerRequiredFieldsRule, 'professional', doc, { payer }))).toEqual([['PAYER_REQUIRED_FIELD', 'claimInformation.serviceLines[1].professionalService.procedureModifiers']]);
  });
});

describe('PAYER_FORBIDDEN_FIELD', () => {
  it('passes the fixture and flags a field the payer refuses', () => {
    const payer = payerRules({ forbiddenFields: [{ path: 'payToPlan', kinds: KINDS, reason: null }, { path: 'claimInformation.serviceLines[*].providerControlNumber', kinds: ['dental'], reason: null }] });
    expect(check(payerForbiddenFieldsRule, 'professional', claimOf('professional'), { payer })).toEqual([]);
    expect(codesAndPaths(check(payerForbiddenFieldsRule, 'dental', claimOf('dental'), { payer }))).toEqual([
      ['PAYER_FORBIDDEN_FIELD', 'claimInformation.serviceLines[0].providerControlNumber'],
      ['PAYER_FORBIDDEN_FIELD', 'claimInformation.serviceLines[1].providerControlNumber'],
    ]);
  });
});

describe('resolvePath', () => {
  const doc = { a: { b: [{ c: 1 }, { c: 2 }, {}] }, e: [] };
  it('names concrete places, [*] over every item, nothing over a missing or empty list', () => {
    expect(resolvePath(doc, 'a.b[*].c')).toEqual([
      { path: 'a.b[0].c', value: 1 },
      { path: 'a.b[1].c', value: 2 },
      { path: 'a.b[2].c', value: undefined },
    ]);
    expect(resolvePath(doc, 'a.b[1].c')).toEqual([{ path: 'a.b[1].c', value: 2 }]);
    expect(resolvePath(doc, 'x.y')).toEqual([{ path: 'x.y', value: undefined }]);
    expect(resolvePath(doc, 'x[*].y')).toEqual([]);
    expect(resolvePath(doc, 'e[*].y')).toEqual([]);
  });
});
