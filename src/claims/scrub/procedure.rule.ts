// Procedure code edits on the service lines: CPT/HCPCS syntax under qualifier HC (837P SV101-2,
// 837I SV202-2), CDT syntax on 837D (SV301-2), NUBC revenue codes (SV201), and at most four
// two-character modifiers (SV101-3…6, SV202-3…6, SV301-3…6).
import { institutional, serviceLines, type LineView } from './claim-view';
import { ALL_KINDS, reporter, type ScrubFinding, type ScrubRule } from './scrub-rule';

/**
 * CPT: five digits (99213), Category II/III and PLA/MAAA codes (4 digits + F, T, U or M);
 * HCPCS Level II: a letter and four digits (J3490).
 */
export const CPT_HCPCS = /^(\d{4}[0-9FTUM]|[A-Z]\d{4})$/;
/** CDT: D and four digits (D2740). */
export const CDT = /^D\d{4}$/;
/** NUBC revenue code: four digits with the leading zero (0450). */
export const REVENUE_CODE = /^\d{4}$/;
/** A procedure modifier: two uppercase letters or digits (25, GT, 59, XS). */
export const MODIFIER = /^[A-Z0-9]{2}$/;

const codeElement = (line: LineView) => `2400 ${line.segment}01-2`;

const hcpcs = reporter('HCPCS_SYNTAX');
export const hcpcsSyntaxRule: ScrubRule = {
  code: 'HCPCS_SYNTAX',
  description: 'Procedure codes with qualifier HC are CPT (5 digits, or 4 digits + F/T/U/M) or HCPCS Level II (a letter + 4 digits)',
  kinds: ['professional', 'institutional'],
  check(doc, ctx) {
    return serviceLines(ctx.kind, doc)
      .filter((line) => line.procedureQualifier === 'HC' && typeof line.procedureCode === 'string' && !CPT_HCPCS.test(line.procedureCode))
      .map((line) =>
        hcpcs.error(`${line.servicePath}.procedureCode`, line.procedureCode!.toUpperCase() !== line.procedureCode && CPT_HCPCS.test(line.procedureCode!.toUpperCase()) ? 'CPT/HCPCS codes are sent in uppercase' : 'is not a CPT or HCPCS code: 5 digits, 4 digits and F/T/U/M, or a letter and 4 digits', codeElement(line)),
      );
  },
};

const cdt = reporter('CDT_SYNTAX');
export const cdtSyntaxRule: ScrubRule = {
  code: 'CDT_SYNTAX',
  description: 'Dental procedure codes are CDT: D and four digits (SV301-2, qualifier AD)',
  kinds: ['dental'],
  check(doc, ctx) {
    return serviceLines(ctx.kind, doc)
      .filter((line) => typeof line.procedureCode === 'string' && !CDT.test(line.procedureCode))
      .map((line) => cdt.error(`${line.servicePath}.procedureCode`, 'is not a CDT code: D followed by four digits', codeElement(line)));
  },
};

const revenue = reporter('REVENUE_CODE_SYNTAX');
export const revenueCodeRule: ScrubRule = {
  code: 'REVENUE_CODE_SYNTAX',
  description: 'Revenue codes are four digits with the leading zero (SV201)',
  kinds: ['institutional'],
  check(doc) {
    return (institutional(doc).claimInformation?.serviceLines ?? []).flatMap((line, i) => {
      const code = line.institutionalService?.serviceLineRevenueCode;
      return typeof code === 'string' && !REVENUE_CODE.test(code)
        ? [revenue.error(`claimInformation.serviceLines[${i}].institutionalService.serviceLineRevenueCode`, 'is not a revenue code: four digits, leading zero included (0450)', '2400 SV201')]
        : [];
    });
  },
};

const modifierCount = reporter('MODIFIER_TOO_MANY');
export const modifierCountRule: ScrubRule = {
  code: 'MODIFIER_TOO_MANY',
  description: 'At most four procedure modifiers per line',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    return serviceLines(ctx.kind, doc)
      .filter((line) => (line.modifiers?.length ?? 0) > 4)
      .map((line) => modifierCount.error(`${line.servicePath}.procedureModifiers`, 'at most 4 procedure modifiers per line', `2400 ${line.segment}01-3…6`));
  },
};

const modifierSyntax = reporter('MODIFIER_SYNTAX');
export const modifierSyntaxRule: ScrubRule = {
  code: 'MODIFIER_SYNTAX',
  description: 'Every procedure modifier is two uppercase letters or digits',
  kinds: ALL_KINDS,
  check(doc, ctx) {
    const findings: ScrubFinding[] = [];
    for (const line of serviceLines(ctx.kind, doc)) {
      (line.modifiers ?? []).forEach((m, j) => {
        if (typeof m !== 'string' || !MODIFIER.test(m)) {
          findings.push(modifierSyntax.error(`${line.servicePath}.procedureModifiers[${j}]`, 'a modifier is two uppercase letters or digits', `2400 ${line.segment}01-${j + 3}`));
        }
      });
    }
    return findings;
  },
};
