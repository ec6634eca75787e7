import { claimChargeRule, nonCoveredChargeRule } from './charges.rule';
import { check, claimOf, codesAndPaths } from './test-claims';

describe('CLAIM_CHARGE_MISMATCH', () => {
  it.each(['professional', 'institutional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(claimChargeRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags a claim charge one cent off the sum of the lines, without naming either amount', () => {
    const doc = claimOf('professional');
    doc.claimInformation.claimChargeAmount = '150.01';
    const findings = check(claimChargeRule, 'professional', doc);
    expect(codesAndPaths(findings)).toEqual([['CLAIM_CHARGE_MISMATCH', 'claimInformation.claimChargeAmount']]);
    expect(findings[0]).toMatchObject({ severity: 'error', location: '2300 CLM02' });
    expect(findings[0].message).not.toMatch(/150/);
  });

  it('adds in exact cents: 0.10 + 0.20 is 0.30, and "150" equals "150.00"', () => {
    const doc = claimOf('professional');
    doc.claimInformation.serviceLines[0].professionalService.lineItemChargeAmount = '0.1';
    doc.claimInformation.serviceLines[1].professionalService.lineItemChargeAmount = '0.20';
    doc.claimInformation.claimChargeAmount = '0.3';
    expect(check(claimChargeRule, 'professional', doc)).toEqual([]);
    const inst = claimOf('institutional');
    inst.claimInformation.claimChargeAmount = '450';
    expect(check(claimChargeRule, 'institutional', inst)).toEqual([]);
  });

  it('flags 837I and 837D mismatches', () => {
    const inst = claimOf('institutional');
    inst.claimInformation.serviceLines[1].institutionalService.lineItemChargeAmount = '99.99';
    expect(codesAndPaths(check(claimChargeRule, 'institutional', inst))).toEqual([['CLAIM_CHARGE_MISMATCH', 'claimInformation.claimChargeAmount']]);
    const dental = claimOf('dental');
    dental.claimInformation.claimChargeAmount = '1200.00';
    expect(codesAndPaths(check(claimChargeRule, 'dental', dental))).toEqual([['CLAIM_CHARGE_MISMATCH', 'claimInformation.claimChargeAmount']]);
  });
});

describe('NONCOVERED_EXCEEDS_CHARGE', () => {
  it('passes the institutional fixture and a non-covered charge equal to the line charge', () => {
    const doc = claimOf('institutional');
    expect(check(nonCoveredChargeRule, 'institutional', doc)).toEqual([]);
    doc.claimInformation.serviceLines[1].institutionalService.nonCoveredChargeAmount = '100.00';
    expect(check(nonCoveredChargeRule, 'institutional', doc)).toEqual([]);
  });

  it('flags a non-covered charge above the line charge', () => {
    const doc = claimOf('institutional');
    doc.claimInformation.serviceLines[1].institutionalService.nonCoveredChargeAmount = '100.01';
    expect(codesAndPaths(check(nonCoveredChargeRule, 'institutional', doc))).toEqual([['NONCOVERED_EXCEEDS_CHARGE', 'claimInformation.serviceLines[1].institutionalService.nonCoveredChargeAmount']]);
  });
});
