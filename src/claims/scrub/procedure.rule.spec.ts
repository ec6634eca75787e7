import { CPT_HCPCS, cdtSyntaxRule, hcpcsSyntaxRule, modifierCountRule, modifierSyntaxRule, revenueCodeRule } from './procedure.rule';
import { check, claimOf, codesAndPaths } from './test-claims';

const KINDS = ['professional', 'institutional', 'dental'] as const;

describe('HCPCS_SYNTAX', () => {
  it.each(['professional', 'institutional'] as const)('passes the %s fixture', (kind) => {
    expect(check(hcpcsSyntaxRule, kind, claimOf(kind))).toEqual([]);
  });

  it('accepts CPT, CPT Category II/III, PLA and HCPCS Level II codes', () => {
    for (const code of ['99213', '00100', '3074F', '0042T', '0001U', '0004M', 'J3490', 'G0439', 'A0425']) expect([code, CPT_HCPCS.test(code)]).toEqual([code, true]);
    for (const code of ['9921', '992133', 'J349', 'JJ349', '3074X', 'D2740x']) expect([code, CPT_HCPCS.test(code)]).toEqual([code, false]);
  });

  it('flags a bad code under HC on 837P and 837I, and ignores other qualifiers', () => {
    const doc = claimOf('professional');
    doc.claimInformation.serviceLines[1].professionalService.procedureCode = '8303';
    const findings = check(hcpcsSyntaxRule, 'professional', doc);
    expect(codesAndPaths(findings)).toEqual([['HCPCS_SYNTAX', 'claimInformation.serviceLines[1].professionalService.procedureCode']]);
    expect(findings[0].location).toBe('2400 SV101-2');
    doc.claimInformation.serviceLines[1].professionalService.procedureIdentifier = 'ER';
    expect(check(hcpcsSyntaxRule, 'professional', doc)).toEqual([]);

    const inst = claimOf('institutional');
    inst.claimInformation.serviceLines[0].institutionalService.procedureCode = 'g0439';
    const instFindings = check(hcpcsSyntaxRule, 'institutional', inst);
    expect(codesAndPaths(instFindings)).toEqual([['HCPCS_SYNTAX', 'claimInformation.serviceLines[0].institutionalService.procedureCode']]);
    expect(instFindings[0].message).toMatch(/uppercase/);
  });
});

describe('CDT_SYNTAX', () => {
  it('passes the dental fixture', () => {
    expect(check(cdtSyntaxRule, 'dental', claimOf('dental'))).toEqual([]);
  });

  it('flags a code that is not D and four digits', () => {
    const doc = claimOf('dental');
    doc.claimInformation.serviceLines[1].dentalService.procedureCode = '0220';
    expect(codesAndPaths(check(cdtSyntaxRule, 'dental', doc))).toEqual([['CDT_SYNTAX', 'claimInformation.serviceLines[1].dentalService.procedureCode']]);
  });
});

describe('REVENUE_CODE_SYNTAX', () => {
  it('passes the institutional fixture', () => {
    expect(check(revenueCodeRule, 'institutional', claimOf('institutional'))).toEqual([]);
  });

  it('flags a revenue code without its leading zero', () => {
    const doc = claimOf('institutional');
    doc.claimInformation.serviceLines[1].institutionalService.serviceLineRevenueCode = '301';
    expect(codesAndPaths(check(revenueCodeRule, 'institutional', doc))).toEqual([['REVENUE_CODE_SYNTAX', 'claimInformation.serviceLines[1].institutionalService.serviceLineRevenueCode']]);
  });
});

describe('MODIFIER_TOO_MANY', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(modifierCountRule, kind, claimOf(kind))).toEqual([]);
  });

  it('allows four modifiers and flags five', () => {
    const doc = claimOf('professional');
    doc.claimInformation.serviceLines[0].professionalService.procedureModifiers = ['25', 'GT', '59', 'XS'];
    expect(check(modifierCountRule, 'professional', doc)).toEqual([]);
    doc.claimInformation.serviceLines[0].professionalService.procedureModifiers.push('76');
    expect(codesAndPaths(check(modifierCountRule, 'professional', doc))).toEqual([['MODIFIER_TOO_MANY', 'claimInformation.serviceLines[0].professionalService.procedureModifiers']]);
  });
});

describe('MODIFIER_SYNTAX', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(modifierSyntaxRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags each modifier that is not two uppercase letters or digits', () => {
    const doc = claimOf('dental');
    doc.claimInformation.serviceLines[0].dentalService.procedureModifiers = ['GT', 'gt', '5-'];
    const findings = check(modifierSyntaxRule, 'dental', doc);
    expect(codesAndPaths(findings)).toEqual([
      ['MODIFIER_SYNTAX', 'claimInformation.serviceLines[0].dentalService.procedureModifiers[1]'],
      ['MODIFIER_SYNTAX', 'claimInformation.serviceLines[0].dentalService.procedureModifiers[2]'],
    ]);
    expect(findings.map((f) => f.location)).toEqual(['2400 SV301-4', '2400 SV301-5']);
  });
});
