import { lineControlNumberLengthRule, lineControlNumberUniqueRule, patientControlNumberRule } from './control-numbers.rule';
import { check, claimOf, codesAndPaths } from './test-claims';

const KINDS = ['professional', 'institutional', 'dental'] as const;

describe('PCN_TOO_LONG', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(patientControlNumberRule, kind, claimOf(kind))).toEqual([]);
  });

  it('allows 20 characters and flags 21', () => {
    const doc = claimOf('professional');
    doc.claimInformation.patientControlNumber = 'P'.repeat(20);
    expect(check(patientControlNumberRule, 'professional', doc)).toEqual([]);
    doc.claimInformation.patientControlNumber = 'P'.repeat(21);
    expect(codesAndPaths(check(patientControlNumberRule, 'professional', doc))).toEqual([['PCN_TOO_LONG', 'claimInformation.patientControlNumber']]);
  });
});

describe('LINE_CONTROL_NUMBER_TOO_LONG', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(lineControlNumberLengthRule, kind, claimOf(kind))).toEqual([]);
  });

  it('allows 30 characters and flags 31, under the field name of each kind', () => {
    const doc = claimOf('professional');
    doc.claimInformation.serviceLines[0].providerControlNumber = 'L'.repeat(30);
    expect(check(lineControlNumberLengthRule, 'professional', doc)).toEqual([]);
    doc.claimInformation.serviceLines[1].providerControlNumber = 'L'.repeat(31);
    expect(codesAndPaths(check(lineControlNumberLengthRule, 'professional', doc))).toEqual([['LINE_CONTROL_NUMBER_TOO_LONG', 'claimInformation.serviceLines[1].providerControlNumber']]);
    const inst = claimOf('institutional');
    inst.claimInformation.serviceLines[0].lineItemControlNumber = 'L'.repeat(31);
    expect(codesAndPaths(check(lineControlNumberLengthRule, 'institutional', inst))).toEqual([['LINE_CONTROL_NUMBER_TOO_LONG', 'claimInformation.serviceLines[0].lineItemControlNumber']]);
  });
});

describe('LINE_CONTROL_NUMBER_DUPLICATE', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(lineControlNumberUniqueRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags the second line that repeats a line item control number, and ignores lines without one', () => {
    const doc = claimOf('dental');
    doc.claimInformation.serviceLines[1].providerControlNumber = doc.claimInformation.serviceLines[0].providerControlNumber;
    doc.claimInformation.serviceLines.push({ ...structuredClone(doc.claimInformation.serviceLines[1]), providerControlNumber: undefined });
    const findings = check(lineControlNumberUniqueRule, 'dental', doc);
    expect(codesAndPaths(findings)).toEqual([['LINE_CONTROL_NUMBER_DUPLICATE', 'claimInformation.serviceLines[1].providerControlNumber']]);
    expect(findings[0].message).toContain('serviceLines[0]');
  });
});
