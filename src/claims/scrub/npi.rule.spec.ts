import { isValidNpi, npiCheckDigit, npiCheckDigitRule, npiFormatRule } from './npi.rule';
import { check, claimOf, codesAndPaths } from './test-claims';

describe('NPI check digit (Luhn over 80840 + the first nine digits)', () => {
  it('computes the check digit of the CMS example NPI 1234567893', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1234567894')).toBe(false);
  });

  it('accepts the NPIs of the test fixtures and the guide examples', () => {
    for (const npi of ['1558374629', '1728394051', '1447563820', '1627384955', '1369248715', '1847392051', '1888888884', '1245319599']) {
      expect([npi, isValidNpi(npi)]).toEqual([npi, true]);
    }
  });

  it('catches every single-digit change and every swap of neighbouring digits (Luhn misses only 09 ↔ 90)', () => {
    const npi = '1558374629';
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d <= 9; d++) {
        const changed = npi.slice(0, i) + d + npi.slice(i + 1);
        if (changed !== npi) expect([changed, isValidNpi(changed)]).toEqual([changed, false]);
      }
    }
    for (let i = 1; i < 9; i++) {
      const pair = npi[i] + npi[i + 1];
      if (npi[i] === npi[i + 1] || pair === '09' || pair === '90') continue;
      const swapped = npi.slice(0, i) + npi[i + 1] + npi[i] + npi.slice(i + 2);
      expect([swapped, isValidNpi(swapped)]).toEqual([swapped, false]);
    }
  });

  it.each(['professional', 'institutional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(npiCheckDigitRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags a bad billing NPI, claim-level and line-level providers, with their paths and loops', () => {
    const doc = claimOf('professional');
    doc.billing.npi = '1558374628';
    doc.rendering!.npi = '1728394052';
    doc.claimInformation.serviceLines[1].renderingProvider = { npi: '1234567890', lastName: 'X' };
    const findings = check(npiCheckDigitRule, 'professional', doc);
    expect(codesAndPaths(findings)).toEqual([
      ['NPI_CHECK_DIGIT', 'billing.npi'],
      ['NPI_CHECK_DIGIT', 'rendering.npi'],
      ['NPI_CHECK_DIGIT', 'claimInformation.serviceLines[1].renderingProvider.npi'],
    ]);
    expect(findings.map((f) => f.location)).toEqual(['2010AA NM109', '2310B NM109', '2420A NM109']);
    expect(findings.every((f) => f.severity === 'error' && !f.message.includes('1558374628'))).toBe(true);
  });

  it('checks the 837I attending provider and the service facility identificationCode', () => {
    const doc = claimOf('institutional');
    doc.attending!.npi = '1627384956';
    doc.claimInformation.serviceFacilityLocation = { organizationName: 'ANNEX', identificationCode: '1447563821', address: { address1: '1 A ST', city: 'X', state: 'IL', postalCode: '627011234' } };
    expect(codesAndPaths(check(npiCheckDigitRule, 'institutional', doc))).toEqual([
      ['NPI_CHECK_DIGIT', 'attending.npi'],
      ['NPI_CHECK_DIGIT', 'claimInformation.serviceFacilityLocation.identificationCode'],
    ]);
  });
});

describe('NPI_FORMAT', () => {
  it.each(['professional', 'institutional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(npiFormatRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags an NPI that is not 10 digits starting with 1 or 2, and leaves its check digit alone', () => {
    const doc = claimOf('dental');
    doc.billing.npi = '3369248715';
    doc.rendering!.npi = '184739205';
    expect(codesAndPaths(check(npiFormatRule, 'dental', doc))).toEqual([
      ['NPI_FORMAT', 'billing.npi'],
      ['NPI_FORMAT', 'rendering.npi'],
    ]);
    expect(check(npiCheckDigitRule, 'dental', doc)).toEqual([]);
  });
});
