import { frequencyNeedsReferenceRule, frequencyReferenceNotUsedRule } from './frequency.rule';
import { check, claimOf, codesAndPaths, payerRules } from './test-claims';

const KINDS = ['professional', 'institutional', 'dental'] as const;
const F8 = 'claimInformation.claimSupplementalInformation.claimControlNumber';

describe('FREQUENCY_NEEDS_ORIGINAL_REFERENCE', () => {
  it.each(KINDS)('passes the %s fixture (an original)', (kind) => {
    expect(check(frequencyNeedsReferenceRule, kind, claimOf(kind))).toEqual([]);
  });

  it.each(['7', '8'] as const)('flags frequency %s without the payer claim control number, and passes it with one', (frequency) => {
    const doc = claimOf('professional');
    doc.claimInformation.claimFrequencyCode = frequency;
    const findings = check(frequencyNeedsReferenceRule, 'professional', doc);
    expect(codesAndPaths(findings)).toEqual([['FREQUENCY_NEEDS_ORIGINAL_REFERENCE', F8]]);
    expect(findings[0].location).toBe('2300 REF02 (REF01=F8)');
    doc.claimInformation.claimSupplementalInformation = { claimControlNumber: '2025123456789' };
    expect(check(frequencyNeedsReferenceRule, 'professional', doc)).toEqual([]);
  });

  it('uses the third type-of-bill digit on 837I', () => {
    const doc = claimOf('institutional');
    doc.claimInformation.claimFrequencyCode = '7';
    expect(codesAndPaths(check(frequencyNeedsReferenceRule, 'institutional', doc))).toEqual([['FREQUENCY_NEEDS_ORIGINAL_REFERENCE', F8]]);
  });

  it('does not ask for it when the payer does not use it (Original Medicare)', () => {
    const doc = claimOf('professional');
    doc.claimInformation.claimFrequencyCode = '7';
    expect(check(frequencyNeedsReferenceRule, 'professional', doc, { payer: payerRules({ replacementRequiresOriginalReference: false }) })).toEqual([]);
    expect(check(frequencyNeedsReferenceRule, 'professional', doc, { payer: payerRules({ replacementRequiresOriginalReference: true }) })).toHaveLength(1);
  });
});

describe('FREQUENCY_REFERENCE_NOT_USED', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(frequencyReferenceNotUsedRule, kind, claimOf(kind))).toEqual([]);
  });

  it('warns about a payer claim control number on an original claim', () => {
    const doc = claimOf('dental');
    doc.claimInformation.claimSupplementalInformation = { claimControlNumber: '2025123456789' };
    const findings = check(frequencyReferenceNotUsedRule, 'dental', doc);
    expect(codesAndPaths(findings)).toEqual([['FREQUENCY_REFERENCE_NOT_USED', F8]]);
    expect(findings[0].severity).toBe('warning');
    doc.claimInformation.claimFrequencyCode = '8';
    expect(check(frequencyReferenceNotUsedRule, 'dental', doc)).toEqual([]);
  });
});
