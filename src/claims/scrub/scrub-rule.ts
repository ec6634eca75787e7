// The shape of a claim edit ("scrub rule"): a stable code, the claim kinds it applies to, and a pure
// check over the normalized claim document that returns findings with JSON paths. Rules do no I/O,
// read no clock (today comes in the context) and never put a submitted value into a message.
import type { ClaimDocument, ClaimKind } from '../../x12/claim-json/claim-document';
import type { PayerRules } from './payer-rules';

export type ScrubSeverity = 'error' | 'warning';

export interface ScrubFinding {
  /** Stable SCREAMING_SNAKE code of the rule that found it, e.g. `NPI_CHECK_DIGIT`. */
  code: string;
  /** JSON path in the claim, 0-based indices: `claimInformation.serviceLines[1].professionalService.procedureCode`. */
  path: string;
  /** What is wrong and what is expected; never the submitted value (no PHI). */
  message: string;
  /** `error` makes the claim `invalid`; `warning` is reported and the claim goes on. */
  severity: ScrubSeverity;
  /** Where it lands in the 837: loop and segment/element, e.g. `2300 CLM02` (Optum's `location`). */
  location?: string;
}

export interface ScrubContext {
  /** The date the claim is scrubbed on, `YYYY-MM-DD` (UTC). */
  today: string;
  /** The companion-guide rules of the claim's payer (or the default), null when none are configured. */
  payer: PayerRules | null;
}

/** What a rule's check receives: the caller's context plus the kind of the document. */
export interface RuleContext extends ScrubContext {
  kind: ClaimKind;
}

export interface ScrubRule {
  code: string;
  description: string;
  kinds: readonly ClaimKind[];
  check(doc: ClaimDocument, ctx: RuleContext): ScrubFinding[];
}

export const ALL_KINDS: readonly ClaimKind[] = ['professional', 'institutional', 'dental'];

/** Builds the findings of one rule, so every finding carries the rule's own code. */
export function reporter(code: string) {
  return {
    error: (path: string, message: string, location?: string): ScrubFinding => ({ code, path, message, severity: 'error', ...(location ? { location } : {}) }),
    warning: (path: string, message: string, location?: string): ScrubFinding => ({ code, path, message, severity: 'warning', ...(location ? { location } : {}) }),
  };
}

/** `YYYY-MM-DD` → `CCYYMMDD`, the form dates have in the claim. */
export function compactDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** A present value: not undefined, null, an empty or blank string, or an empty array. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
