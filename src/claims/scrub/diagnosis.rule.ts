// Diagnosis edits (2300 HI) and the line pointers into them (837P SV107, 837D SV311): ICD-10-CM
// syntax without the dot, the principal first, at most 12 codes (837D: 4), pointers that point at
// codes that exist, at most four per line.
import type { ClaimDocument, ClaimKind } from '../../x12/claim-json/claim-document';
import { diagnoses, serviceLines, type DiagnosisView } from './claim-view';
import { ALL_KINDS, reporter, type ScrubFinding, type ScrubRule } from './scrub-rule';

/** HI qualifiers whose code is ICD-10-CM: principal, other, admitting, reason for visit, external cause. */
const ICD10_CM_QUALIFIERS = new Set(['ABK', 'ABF', 'ABJ', 'APR', 'ABN']);
/** The ICD-9-CM counterparts, not valid for services since the ICD-10 compliance date (2015-10-01). */
const ICD9_QUALIFIERS = new Set(['BK', 'BF', 'BJ', 'PR', 'BN']);

/**
 * ICD-10-CM as sent in HI: 3 to 7 characters, uppercase, no dot. A letter, a digit, then a digit or
 * letter (C4A, M1A, Z3A), then up to four more letters or digits (placeholder X, 7th character).
 */
export const ICD10_CM = /^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$/;

export function icd10Problem(code: string): string | null {
  if (ICD10_CM.test(code)) return null;
  if (code.includes('.')) return 'ICD-10-CM codes are sent without the dot (E11.9 is sent as E119)';
  if (ICD10_CM.test(code.toUpperCase())) return 'ICD-10-CM codes are sent in uppercase';
  return 'is not an ICD-10-CM code: 3 to 7 characters, a letter, a digit, then letters or digits';
}

/** The most diagnosis codes one claim may carry: HI01–HI12 on 837P, four on 837D. */
const MAX_DIAGNOSES: Partial<Record<ClaimKind, number>> = { professional: 12, dental: 4 };

const icd10 = reporter('ICD10_SYNTAX');
export const icd10SyntaxRule: ScrubRule = {
  code: 'ICD10_SYNTAX',
  description: 'ICD-10-CM diagnosis codes are 3–7 uppercase letters/digits, letter-digit-alphanumeric, sent without the dot',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    return diagnoses(ctx.kind, doc)
      .filter((d) => ICD10_CM_QUALIFIERS.has(d.qualifier) && typeof d.code === 'string')
      .flatMap((d) => {
        const problem = icd10Problem(d.code);
        return problem ? [icd10.error(d.path, problem, `2300 HI ${d.qualifier}`)] : [];
      });
  },
};

const icd9 = reporter('DX_ICD9_QUALIFIER');
export const icd9QualifierRule: ScrubRule = {
  code: 'DX_ICD9_QUALIFIER',
  description: 'ICD-9 qualifiers (BK, BF, BJ, PR, BN) are not accepted for services since 2015-10-01',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    return diagnoses(ctx.kind, doc)
      .filter((d) => ICD9_QUALIFIERS.has(d.qualifier))
      .map((d) => icd9.error(qualifierPath(d), 'ICD-9 diagnoses are not accepted for dates of service since 2015-10-01; send ICD-10-CM with ABK/ABF', '2300 HI'));
  },
};

/** The path of the qualifier next to a diagnosis code field. */
function qualifierPath(d: DiagnosisView): string {
  return d.path.replace(/\.(diagnosisCode|principalDiagnosisCode|admittingDiagnosisCode|patientReasonForVisitCode|externalCauseOfInjury|otherDiagnosisCode)$/, (_m, field: string) =>
    field === 'diagnosisCode' ? '.diagnosisTypeCode' : '.qualifierCode',
  );
}

const principal = reporter('DX_PRINCIPAL_FIRST');
export const principalFirstRule: ScrubRule = {
  code: 'DX_PRINCIPAL_FIRST',
  description: 'The first diagnosis is the principal (ABK, or BK) and no other is (837P/837D HI01)',
  kinds: ['professional', 'dental'],
  check(doc, ctx) {
    const list = diagnoses(ctx.kind, doc);
    const findings: ScrubFinding[] = [];
    const isPrincipal = (q: string) => q === 'ABK' || q === 'BK';
    list.forEach((d, i) => {
      if (i === 0 && !isPrincipal(d.qualifier) && d.qualifier !== 'TQ') {
        findings.push(principal.error(qualifierPath(d), 'the first diagnosis must be the principal diagnosis (ABK)', '2300 HI01-1'));
      } else if (i > 0 && isPrincipal(d.qualifier)) {
        findings.push(principal.error(qualifierPath(d), 'only the first diagnosis may be the principal (ABK); use ABF for the others', `2300 HI${String(i + 1).padStart(2, '0')}-1`));
      }
    });
    return findings;
  },
};

const tooMany = reporter('DX_TOO_MANY');
export const diagnosisCountRule: ScrubRule = {
  code: 'DX_TOO_MANY',
  description: 'At most 12 diagnosis codes per claim (837P HI01–HI12; 837D: 4)',
  kinds: ['professional', 'dental'],
  check(doc, ctx) {
    const max = MAX_DIAGNOSES[ctx.kind] ?? Infinity;
    const count = diagnoses(ctx.kind, doc).length;
    return count > max ? [tooMany.error('claimInformation.healthCareCodeInformation', `at most ${max} diagnosis codes per claim`, '2300 HI')] : [];
  },
};

const duplicate = reporter('DX_DUPLICATE');
export const duplicateDiagnosisRule: ScrubRule = {
  code: 'DX_DUPLICATE',
  description: 'The same diagnosis code is not listed twice (payers reject or ignore repeats)',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    const seen = new Map<string, string>();
    const findings: ScrubFinding[] = [];
    for (const d of diagnoses(ctx.kind, doc)) {
      // 837I lists the principal again as the reason for visit on purpose (APR); only repeats within
      // the same role count.
      const key = `${ctx.kind === 'institutional' ? d.qualifier : ''}\u0000${d.code}`;
      if (seen.has(key)) findings.push(duplicate.warning(d.path, 'repeats a diagnosis code listed earlier in the claim', '2300 HI'));
      else seen.set(key, d.path);
    }
    return findings;
  },
};

function pointerRules(doc: ClaimDocument, kind: ClaimKind) {
  const count = diagnoses(kind, doc).length;
  return serviceLines(kind, doc)
    .filter((line) => line.pointers !== undefined)
    .map((line) => ({ line, pointers: line.pointers ?? [], path: `${line.servicePath}.compositeDiagnosisCodePointers.diagnosisCodePointers`, count }));
}

const pointerUnknown = reporter('DX_POINTER_UNKNOWN');
export const pointerUnknownRule: ScrubRule = {
  code: 'DX_POINTER_UNKNOWN',
  description: 'Every diagnosis pointer (SV107 / SV311) names a diagnosis that exists in the claim (1-based)',
  kinds: ['professional', 'dental'],
  check(doc, ctx) {
    return pointerRules(doc, ctx.kind).flatMap(({ line, pointers, path, count }) =>
      pointers.flatMap((p, j) => {
        const n = /^\d+$/.test(p) ? Number(p) : NaN;
        if (Number.isInteger(n) && n >= 1 && n <= count) return [];
        return [pointerUnknown.error(`${path}[${j}]`, `points at no diagnosis: the claim lists ${count} diagnosis code${count === 1 ? '' : 's'} (pointers are 1-based)`, `2400 ${line.segment}${line.segment === 'SV1' ? '07' : '11'}`)];
      }),
    );
  },
};

const pointerTooMany = reporter('DX_POINTER_TOO_MANY');
export const pointerCountRule: ScrubRule = {
  code: 'DX_POINTER_TOO_MANY',
  description: 'At most four diagnosis pointers per service line',
  kinds: ['professional', 'dental'],
  check(doc, ctx) {
    return pointerRules(doc, ctx.kind)
      .filter(({ pointers }) => pointers.length > 4)
      .map(({ line, path }) => pointerTooMany.error(path, 'at most 4 diagnosis pointers per service line', `2400 ${line.segment}${line.segment === 'SV1' ? '07' : '11'}`));
  },
};

const pointerDuplicate = reporter('DX_POINTER_DUPLICATE');
export const pointerDuplicateRule: ScrubRule = {
  code: 'DX_POINTER_DUPLICATE',
  description: 'A service line does not point at the same diagnosis twice',
  kinds: ['professional', 'dental'],
  check(doc, ctx) {
    return pointerRules(doc, ctx.kind).flatMap(({ line, pointers, path }) =>
      pointers.flatMap((p, j) => (pointers.indexOf(p) < j ? [pointerDuplicate.warning(`${path}[${j}]`, 'repeats a pointer given earlier on this line', `2400 ${line.segment}${line.segment === 'SV1' ? '07' : '11'}`)] : [])),
    );
  },
};
