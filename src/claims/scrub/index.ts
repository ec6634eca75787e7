// Claim scrubbing: the edits a normalized claim document goes through before it may be batched.
// Framework-free: `scrubClaim` runs the rule table (rules.ts) for the claim's kind and returns every
// finding; any `error` finding makes the claim `invalid`, warnings are reported and it goes on.
import type { ClaimDocument, ClaimKind } from '../../x12/claim-json/claim-document';
import { SCRUB_RULES } from './rules';
import type { ScrubContext, ScrubFinding } from './scrub-rule';

export { SCRUB_RULES } from './rules';
export type { RuleContext, ScrubContext, ScrubFinding, ScrubRule, ScrubSeverity } from './scrub-rule';
export { loadPayerRules, payerRulesDir, PayerRulesError, PAYER_RULES_DIR_ENV, type PayerRules, type PayerRulesRegistry } from './payer-rules';

export function scrubClaim(kind: ClaimKind, doc: ClaimDocument, ctx: ScrubContext): ScrubFinding[] {
  const ruleCtx = { ...ctx, kind };
  return SCRUB_RULES.filter((rule) => rule.kinds.includes(kind)).flatMap((rule) => rule.check(doc, ruleCtx));
}

export function hasErrors(findings: readonly ScrubFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
