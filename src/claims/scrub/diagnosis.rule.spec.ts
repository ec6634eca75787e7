import {
  diagnosisCountRule,
  duplicateDiagnosisRule,
  icd10Problem,
  icd10SyntaxRule,
  icd9QualifierRule,
  pointerCountRule,
  pointerDuplicateRule,
  pointerUnknownRule,
  principalFirstRule,
} from './diagnosis.rule';
import { check, claimOf, codesAndPaths } from './test-claims';

const KINDS = ['professional', 'institutional', 'dental'] as const;

describe('ICD10_SYNTAX', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(icd10SyntaxRule, kind, claimOf(kind))).toEqual([]);
  });

  it('accepts ICD-10-CM shapes: 3 characters, letters in the third place, placeholders and 7th characters', () => {
    for (const code of ['I10', 'E119', 'C4A0', 'M1A071', 'Z3A32', 'S93401A', 'T1490XA', 'U071']) expect([code, icd10Problem(code)]).toEqual([code, null]);
  });

  it.each([
    ['E11.9', /without the dot/],
    ['e119', /uppercase/],
    ['E1', /not an ICD-10-CM code/],
    ['1E19', /not an ICD-10-CM code/],
    ['EE19', /not an ICD-10-CM code/],
    ['S93401AA', /not an ICD-10-CM code/],
  ])('rejects %s', (code, message) => {
    expect(icd10Problem(code)).toMatch(message);
  });

  it('flags every bad code with its path (837P HI list)', () => {
    const doc = claimOf('professional');
    doc.claimInformation.healthCareCodeInformation[1].diagnosisCode = 'I1.0';
    const findings = check(icd10SyntaxRule, 'professional', doc);
    expect(codesAndPaths(findings)).toEqual([['ICD10_SYNTAX', 'claimInformation.healthCareCodeInformation[1].diagnosisCode']]);
    expect(findings[0].message).not.toContain('I1.0');
  });

  it('checks every 837I diagnosis field: principal, reason for visit, other diagnoses', () => {
    const doc = claimOf('institutional');
    doc.claimInformation.principalDiagnosis.principalDiagnosisCode = 'R07.89';
    doc.claimInformation.patientReasonForVisits![0].patientReasonForVisitCode = 'r0789';
    doc.claimInformation.otherDiagnosisInformationList![0][1].otherDiagnosisCode = '10';
    expect(codesAndPaths(check(icd10SyntaxRule, 'institutional', doc))).toEqual([
      ['ICD10_SYNTAX', 'claimInformation.principalDiagnosis.principalDiagnosisCode'],
      ['ICD10_SYNTAX', 'claimInformation.patientReasonForVisits[0].patientReasonForVisitCode'],
      ['ICD10_SYNTAX', 'claimInformation.otherDiagnosisInformationList[0][1].otherDiagnosisCode'],
    ]);
  });

  it('leaves ICD-9 coded diagnoses to DX_ICD9_QUALIFIER', () => {
    const doc = claimOf('professional');
    doc.claimInformation.healthCareCodeInformation[1] = { diagnosisTypeCode: 'BF', diagnosisCode: '401.9' };
    expect(check(icd10SyntaxRule, 'professional', doc)).toEqual([]);
  });
});

describe('DX_ICD9_QUALIFIER', () => {
  it.each(KINDS)('passes the %s fixture', (kind) => {
    expect(check(icd9QualifierRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags ICD-9 qualifiers at the qualifier field', () => {
    const doc = claimOf('professional');
    doc.claimInformation.healthCareCodeInformation[1] = { diagnosisTypeCode: 'BF', diagnosisCode: '4019' };
    expect(codesAndPaths(check(icd9QualifierRule, 'professional', doc))).toEqual([['DX_ICD9_QUALIFIER', 'claimInformation.healthCareCodeInformation[1].diagnosisTypeCode']]);
    const inst = claimOf('institutional');
    inst.claimInformation.principalDiagnosis.qualifierCode = 'BK';
    expect(codesAndPaths(check(icd9QualifierRule, 'institutional', inst))).toEqual([['DX_ICD9_QUALIFIER', 'claimInformation.principalDiagnosis.qualifierCode']]);
  });
});

describe('DX_PRINCIPAL_FIRST', () => {
  it.each(['professional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(principalFirstRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags a first diagnosis that is not ABK and a later ABK', () => {
    const doc = claimOf('professional');
    doc.claimInformation.healthCareCodeInformation[0].diagnosisTypeCode = 'ABF';
    doc.claimInformation.healthCareCodeInformation[1].diagnosisTypeCode = 'ABK';
    expect(codesAndPaths(check(principalFirstRule, 'professional', doc))).toEqual([
      ['DX_PRINCIPAL_FIRST', 'claimInformation.healthCareCodeInformation[0].diagnosisTypeCode'],
      ['DX_PRINCIPAL_FIRST', 'claimInformation.healthCareCodeInformation[1].diagnosisTypeCode'],
    ]);
  });
});

describe('DX_TOO_MANY', () => {
  it.each(['professional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(diagnosisCountRule, kind, claimOf(kind))).toEqual([]);
  });

  it('allows 12 diagnoses on 837P and flags 13', () => {
    const doc = claimOf('professional');
    const codes = ['E119', 'I10', 'E785', 'J449', 'N183', 'K219', 'M549', 'F329', 'G4733', 'R0600', 'Z794', 'E669'];
    doc.claimInformation.healthCareCodeInformation = codes.map((c, i) => ({ diagnosisTypeCode: i === 0 ? 'ABK' : 'ABF', diagnosisCode: c }));
    expect(check(diagnosisCountRule, 'professional', doc)).toEqual([]);
    doc.claimInformation.healthCareCodeInformation.push({ diagnosisTypeCode: 'ABF', diagnosisCode: 'R51' });
    expect(codesAndPaths(check(diagnosisCountRule, 'professional', doc))).toEqual([['DX_TOO_MANY', 'claimInformation.healthCareCodeInformation']]);
  });

  it('allows four on 837D', () => {
    const doc = claimOf('dental');
    doc.claimInformation.healthCareCodeInformation = ['K021', 'K0250', 'K0251', 'K0252', 'K0253'].map((c, i) => ({ diagnosisTypeCode: i === 0 ? 'ABK' : 'ABF', diagnosisCode: c }));
    expect(codesAndPaths(check(diagnosisCountRule, 'dental', doc))).toEqual([['DX_TOO_MANY', 'claimInformation.healthCareCodeInformation']]);
  });
});

describe('DX_DUPLICATE', () => {
  it.each(KINDS)('passes the %s fixture (837I repeats its principal as reason for visit on purpose)', (kind) => {
    expect(check(duplicateDiagnosisRule, kind, claimOf(kind))).toEqual([]);
  });

  it('warns about a repeated code at the repeat', () => {
    const doc = claimOf('professional');
    doc.claimInformation.healthCareCodeInformation.push({ diagnosisTypeCode: 'ABF', diagnosisCode: 'E119' });
    const findings = check(duplicateDiagnosisRule, 'professional', doc);
    expect(codesAndPaths(findings)).toEqual([['DX_DUPLICATE', 'claimInformation.healthCareCodeInformation[2].diagnosisCode']]);
    expect(findings[0].severity).toBe('warning');
  });
});

describe('DX_POINTER_UNKNOWN', () => {
  it.each(['professional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(pointerUnknownRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags a pointer past the last diagnosis', () => {
    const doc = claimOf('professional');
    doc.claimInformation.serviceLines[1].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers = ['1', '3'];
    const findings = check(pointerUnknownRule, 'professional', doc);
    expect(codesAndPaths(findings)).toEqual([['DX_POINTER_UNKNOWN', 'claimInformation.serviceLines[1].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers[1]']]);
    expect(findings[0].location).toBe('2400 SV107');
  });

  it('flags dental pointers when the claim lists no diagnosis at all', () => {
    const doc = claimOf('dental');
    doc.claimInformation.serviceLines[0].dentalService.compositeDiagnosisCodePointers = { diagnosisCodePointers: ['1'] };
    expect(codesAndPaths(check(pointerUnknownRule, 'dental', doc))).toEqual([['DX_POINTER_UNKNOWN', 'claimInformation.serviceLines[0].dentalService.compositeDiagnosisCodePointers.diagnosisCodePointers[0]']]);
  });
});

describe('DX_POINTER_TOO_MANY', () => {
  it.each(['professional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(pointerCountRule, kind, claimOf(kind))).toEqual([]);
  });

  it('flags a fifth pointer on a line', () => {
    const doc = claimOf('professional');
    doc.claimInformation.healthCareCodeInformation.push(...['E785', 'J449', 'N183'].map((c) => ({ diagnosisTypeCode: 'ABF' as const, diagnosisCode: c })));
    doc.claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers = ['1', '2', '3', '4'];
    expect(check(pointerCountRule, 'professional', doc)).toEqual([]);
    doc.claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers.push('5');
    expect(codesAndPaths(check(pointerCountRule, 'professional', doc))).toEqual([['DX_POINTER_TOO_MANY', 'claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers']]);
  });
});

describe('DX_POINTER_DUPLICATE', () => {
  it.each(['professional', 'dental'] as const)('passes the %s fixture', (kind) => {
    expect(check(pointerDuplicateRule, kind, claimOf(kind))).toEqual([]);
  });

  it('warns about a pointer repeated on the same line', () => {
    const doc = claimOf('professional');
    doc.claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers = ['1', '2', '1'];
    const findings = check(pointerDuplicateRule, 'professional', doc);
    expect(codesAndPaths(findings)).toEqual([['DX_POINTER_DUPLICATE', 'claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers[2]']]);
    expect(findings[0].severity).toBe('warning');
  });
});
