import { dateRangeOrderRule, daysBetween, futureServiceDateRule, serviceBeforeBirthRule, serviceDateInSpanRule } from './dates.rule';
import { check, claimOf, codesAndPaths } from './test-claims';

const KINDS = ['professional', 'institutional', 'dental'] as const;

describe('SERVICE_DATE_IN_FUTURE', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(futureServiceDateRule, kind, claimOf(kind))).toEqual([]);
  });

  it('allows a service today and flags one tomorrow', () => {
    const doc = claimOf('professional');
    doc.claimInformation.serviceLines[0].serviceDate = '20250630';
    expect(check(futureServiceDateRule, 'professional', doc, { today: '2025-06-30' })).toEqual([]);
    doc.claimInformation.serviceLines[1].serviceDate = '20250701';
    const findings = check(futureServiceDateRule, 'professional', doc, { today: '2025-06-30' });
    expect(codesAndPaths(findings)).toEqual([['SERVICE_DATE_IN_FUTURE', 'claimInformation.serviceLines[1].serviceDate']]);
    expect(findings[0].message).not.toContain('2025');
  });

  it('checks line end dates, the 837I statement period and the 837D claim-level date', () => {
    const p = claimOf('professional');
    p.claimInformation.serviceLines[0].serviceDateEnd = '20250702';
    expect(codesAndPaths(check(futureServiceDateRule, 'professional', p, { today: '2025-07-01' }))).toEqual([['SERVICE_DATE_IN_FUTURE', 'claimInformation.serviceLines[0].serviceDateEnd']]);
    const i = claimOf('institutional');
    i.claimInformation.claimDateInformation.statementEndDate = '20991231';
    expect(codesAndPaths(check(futureServiceDateRule, 'institutional', i))).toEqual([['SERVICE_DATE_IN_FUTURE', 'claimInformation.claimDateInformation.statementEndDate']]);
    const d = claimOf('dental');
    d.claimInformation.claimDateInformation = { serviceDate: '20250312-20991231' };
    expect(codesAndPaths(check(futureServiceDateRule, 'dental', d))).toEqual([['SERVICE_DATE_IN_FUTURE', 'claimInformation.claimDateInformation.serviceDate']]);
  });
});

describe('SERVICE_DATE_OUTSIDE_CLAIM_SPAN', () => {
  it.each(['institutional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(serviceDateInSpanRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags an 837I line dated outside the statement period', () => {
    const doc = claimOf('institutional');
    doc.claimInformation.claimDateInformation.statementEndDate = '20250312';
    doc.claimInformation.serviceLines[0].serviceDate = '20250311';
    expect(check(serviceDateInSpanRule, 'institutional', doc)).toEqual([]);
    doc.claimInformation.serviceLines[1].serviceDate = '20250313';
    doc.claimInformation.serviceLines[0].serviceDateEnd = '20250309';
    expect(codesAndPaths(check(serviceDateInSpanRule, 'institutional', doc))).toEqual([
      ['SERVICE_DATE_OUTSIDE_CLAIM_SPAN', 'claimInformation.serviceLines[0].serviceDateEnd'],
      ['SERVICE_DATE_OUTSIDE_CLAIM_SPAN', 'claimInformation.serviceLines[1].serviceDate'],
    ]);
  });

  it('flags an 837D line dated outside the claim-level date or range', () => {
    const doc = claimOf('dental');
    doc.claimInformation.serviceLines[1].serviceDate = '20250313';
    expect(codesAndPaths(check(serviceDateInSpanRule, 'dental', doc))).toEqual([['SERVICE_DATE_OUTSIDE_CLAIM_SPAN', 'claimInformation.serviceLines[1].serviceDate']]);
    doc.claimInformation.claimDateInformation = { serviceDate: '20250312-20250314' };
    expect(check(serviceDateInSpanRule, 'dental', doc)).toEqual([]);
  });
});

describe('DATE_RANGE_REVERSED', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(dateRangeOrderRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags a line range and an 837I statement period that end before they start', () => {
    const p = claimOf('professional');
    p.claimInformation.serviceLines[1].serviceDateEnd = '20250309';
    expect(codesAndPaths(check(dateRangeOrderRule, 'professional', p))).toEqual([['DATE_RANGE_REVERSED', 'claimInformation.serviceLines[1].serviceDateEnd']]);
    const i = claimOf('institutional');
    i.claimInformation.claimDateInformation.statementEndDate = '20250309';
    expect(codesAndPaths(check(dateRangeOrderRule, 'institutional', i))).toEqual([['DATE_RANGE_REVERSED', 'claimInformation.claimDateInformation.statementEndDate']]);
  });
});

describe('SERVICE_DATE_BEFORE_BIRTH', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(serviceBeforeBirthRule, kind, claimOf(kind))).toEqual([]);
  });

  it("compares with the dependent's birth date when the patient is a dependent", () => {
    const doc = claimOf('professional');
    doc.dependent = { relationshipToSubscriberCode: '19', firstName: 'BABY', lastName: 'DOE', gender: 'F', dateOfBirth: '20250310', address: { address1: '123 MAIN ST', city: 'SPRINGFIELD', state: 'IL', postalCode: '62701' } };
    expect(check(serviceBeforeBirthRule, 'professional', doc)).toEqual([]);
    doc.dependent.dateOfBirth = '20250311';
    const findings = check(serviceBeforeBirthRule, 'professional', doc);
    expect(codesAndPaths(findings)).toEqual([
      ['SERVICE_DATE_BEFORE_BIRTH', 'claimInformation.serviceLines[0].serviceDate'],
      ['SERVICE_DATE_BEFORE_BIRTH', 'claimInformation.serviceLines[1].serviceDate'],
    ]);
    expect(findings[0].message).toContain('dependent.dateOfBirth');
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months and leap years', () => {
    expect(daysBetween('20240228', '20240301')).toBe(2);
    expect(daysBetween('20250310', '20260310')).toBe(365);
    expect(daysBetween('20250311', '20250310')).toBe(-1);
  });
});
