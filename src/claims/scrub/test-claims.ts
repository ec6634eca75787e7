// For the scrub specs only: the test fixture claims (test/fixtures/claims) validated and mapped into
// normalized documents exactly as intake does, a fixed "today", and payer rules with defaults.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ClaimDocumentByKind, ClaimKind } from '../../x12/claim-json/claim-document';
import { validateClaimBody } from '../claim-validation';
import { toClaimDocument } from '../claim.mapper';
import type { PayerRules } from './payer-rules';
import type { RuleContext, ScrubFinding, ScrubRule } from './scrub-rule';

export const FIXTURE_BY_KIND: Record<ClaimKind, string> = {
  professional: 'professional-office-visit',
  institutional: 'institutional-outpatient-er',
  dental: 'dental-crown',
};

/** The fixtures' dates of service are 2025-03-10/12; scrubbing happens well after. */
export const TODAY = '2025-06-30';

export function fixtureBody(kind: ClaimKind): Record<string, unknown> {
  const file = path.resolve(__dirname, '../../../test/fixtures/claims', `${FIXTURE_BY_KIND[kind]}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** A fresh normalized document of the kind's fixture, as intake stores it. */
export function claimOf<K extends ClaimKind>(kind: K, edit?: (body: Record<string, any>) => void): ClaimDocumentByKind[K] {
  const body = fixtureBody(kind);
  edit?.(body);
  const result = validateClaimBody(kind, body);
  if (!result.ok) throw new Error(`fixture does not validate: ${JSON.stringify(result.errors)}`);
  return JSON.parse(JSON.stringify(toClaimDocument(kind, result.value as never))) as ClaimDocumentByKind[K];
}

export function payerRules(overrides: Partial<PayerRules> = {}): PayerRules {
  return {
    source: 'config/payers/test.yaml',
    payerIds: ['99999'],
    name: 'TEST PLAN',
    claimKinds: ['professional', 'institutional', 'dental'],
    maxServiceLines: { professional: null, institutional: null, dental: null },
    maxDiagnosisCodes: { professional: null, institutional: null, dental: null },
    maxPatientControlNumberLength: null,
    payToLoop: 'allowed',
    replacementRequiresOriginalReference: true,
    claimFilingCodes: null,
    timelyFilingDays: null,
    requiredFields: [],
    forbiddenFields: [],
    ...overrides,
  };
}

export function contextOf(kind: ClaimKind, overrides: Partial<RuleContext> = {}): RuleContext {
  return { today: TODAY, payer: null, kind, ...overrides };
}

/** Runs one rule the way scrubClaim does, refusing kinds the rule does not apply to. */
export function check(rule: ScrubRule, kind: ClaimKind, doc: unknown, overrides: Partial<RuleContext> = {}): ScrubFinding[] {
  if (!rule.kinds.includes(kind)) throw new Error(`${rule.code} does not apply to ${kind} claims`);
  return rule.check(doc as never, contextOf(kind, overrides));
}

/** `[code, path]` of each finding, for compact exact expectations. */
export function codesAndPaths(findings: ScrubFinding[]): [string, string][] {
  return findings.map((f) => [f.code, f.path]);
}
