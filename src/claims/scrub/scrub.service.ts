// The Nest face of claim scrubbing: holds the payer rules, loaded and validated once at start-up
// (a bad payer file stops the gateway), and scrubs a claim against them as of today (UTC).
import { Injectable, type Provider } from '@nestjs/common';
import type { ClaimDocument, ClaimKind } from '../../x12/claim-json/claim-document';
import { hasErrors, scrubClaim } from './index';
import { loadPayerRules, payerRulesDir, type PayerRulesRegistry } from './payer-rules';
import type { ScrubFinding } from './scrub-rule';

export interface ScrubResult {
  /** `ready` when no finding is an error, else `invalid`. */
  status: 'ready' | 'invalid';
  findings: ScrubFinding[];
  errors: ScrubFinding[];
  warnings: ScrubFinding[];
}

@Injectable()
export class ScrubService {
  constructor(private readonly payers: PayerRulesRegistry) {}

  scrub(kind: ClaimKind, doc: ClaimDocument, now: Date = new Date()): ScrubResult {
    const payerId = (doc as { tradingPartnerServiceId?: string }).tradingPartnerServiceId;
    const findings = scrubClaim(kind, doc, { today: now.toISOString().slice(0, 10), payer: this.payers.forPayer(payerId) });
    return {
      status: hasErrors(findings) ? 'invalid' : 'ready',
      findings,
      errors: findings.filter((f) => f.severity === 'error'),
      warnings: findings.filter((f) => f.severity === 'warning'),
    };
  }
}

/**
 * Reads `PAYER_RULES_DIR` (relative to the working directory), else `<cwd>/config/payers`, when the
 * module starts; src/config/app-config.ts stays about the process, not about payers.
 */
export const scrubServiceProvider: Provider = {
  provide: ScrubService,
  useFactory: () => new ScrubService(loadPayerRules(payerRulesDir(process.env, process.cwd()))),
};
