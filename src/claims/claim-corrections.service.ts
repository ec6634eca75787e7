// Corrections and voids of a stored claim (POST /v1/claims/:id/corrections, /void): the new claim is
// validated and scrubbed like any intake and stored `ready` (or `invalid`) for the batcher, linked to
// the original by `replacesClaimId`; what it becomes (replacement 7 + REF*F8, new original 1, void
// 8) is decided by correction-rules.ts. One transaction, under a lock on the original, with the
// idempotency record. The original changes only when the new claim passed our edits: a claim that
// will never be sent must not retire the one the payer has.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { IdempotencyService, type StoredResponse } from '../idempotency/idempotency.service';
import { isUniqueViolation } from '../persistence/database-errors';
import { UnitOfWork, type Tx } from '../persistence/unit-of-work';
import { validateClaim } from './claim-body.pipe';
import { ClaimStore, type StoredClaim } from './claim-store.port';
import { summarizeClaim } from './claim.mapper';
import type { ClaimDocument, ClaimKind } from './claim.types';
import { duplicateOriginal } from './claims.errors';
import { newClaimRecord, submissionResponse, type SubmitContext } from './claims.service';
import { ownReference, planCorrection, planVoid, withFrequency, type CorrectionPlan, type OriginalClaimState, type VoidPlan } from './correction-rules';
import { assignLineControlNumbers } from './line-control-numbers';
import { ScrubService } from './scrub/scrub.service';
import { ORIGINAL_PCN_CONSTRAINT } from './typeorm-claim.store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REASON_MAX = 200;

interface Made {
  kind: ClaimKind;
  submitted: unknown;
  document: ClaimDocument;
  plan: CorrectionPlan | VoidPlan;
  /** A void's optional reason, kept in the original's event. */
  reason?: string | null;
}

@Injectable()
export class ClaimCorrectionsService {
  constructor(
    private readonly claims: ClaimStore,
    private readonly unitOfWork: UnitOfWork,
    private readonly idempotency: IdempotencyService,
    private readonly scrubber: ScrubService,
  ) {}

  /** A complete new claim body of the original's kind, sent as a replacement or as a new original. */
  correct(originalId: string, body: unknown, ctx: SubmitContext): Promise<StoredResponse> {
    return this.run(originalId, body, ctx, 'correction', (original, state) => {
      const plan = planCorrection(state);
      const claim = validateClaim(original.kind as ClaimKind, body);
      // A replacement goes to the payer that holds the original: REF*F8 is that payer's number.
      if (plan.frequencyCode === '7') {
        const payerId = summarizeClaim(claim.kind, claim.document).payerId;
        if (payerId !== original.payerId) {
          throw new GatewayError(ErrorCode.ValidationFailed, 'the claim failed validation (1 error)', {
            errors: [{ path: 'tradingPartnerServiceId', code: 'PAYER_CHANGED', message: `a replacement goes to the payer of the claim it replaces (${original.payerId})` }],
          });
        }
      }
      return { kind: claim.kind, submitted: body, document: withFrequency(claim.document, plan.frequencyCode, plan.reference), plan };
    });
  }

  /** A void of the original: its own claim, unchanged but for frequency 8 and REF*F8. */
  void(originalId: string, body: unknown, ctx: SubmitContext): Promise<StoredResponse> {
    const reason = voidReason(body);
    return this.run(originalId, body ?? null, ctx, 'void', (original, state) => {
      const plan = planVoid(state);
      return {
        kind: original.kind as ClaimKind,
        submitted: withFrequency(original.submitted as Record<string, unknown>, plan.frequencyCode, plan.reference),
        document: withFrequency(original.document as ClaimDocument, plan.frequencyCode, plan.reference),
        plan,
        reason,
      };
    });
  }

  private async run(originalId: string, body: unknown, ctx: SubmitContext, action: 'correction' | 'void', make: (original: StoredClaim, state: OriginalClaimState) => Made): Promise<StoredResponse> {
    if (!UUID.test(originalId)) throw new GatewayError(ErrorCode.NotFound, 'no claim with this id');
    const idem = this.idempotency.context(`apikey:${ctx.apiKeyId}`, ctx.idempotencyKey, ctx.method, ctx.path, body ?? null);
    return this.idempotency.execute(idem, async (completeIdempotency) => {
      const id = randomUUID();
      let pcn: { billingProviderKey: string; patientControlNumber: string } | null = null;
      try {
        return await this.unitOfWork.run(async (tx) => {
          const original = await this.claims.lockById(tx, originalId);
          if (!original) throw new GatewayError(ErrorCode.NotFound, 'no claim with this id');
          const made = make(original, await this.stateOf(tx, original));
          const document = structuredClone(made.document);
          const lineControlNumbers = assignLineControlNumbers(made.kind, document, id);
          const summary = summarizeClaim(made.kind, document);
          pcn = { billingProviderKey: summary.billingProviderKey, patientControlNumber: summary.patientControlNumber };
          const scrub = this.scrubber.scrub(made.kind, document);
          const { plan } = made;
          const stored = await this.claims.insert(tx, newClaimRecord(id, made.kind, summary, `${action}.${ctx.source}`, made.submitted, document, original.id), `${action}.${ctx.source}`, {
            requestId: ctx.requestId,
            idempotencyKey: ctx.idempotencyKey ?? null,
            replacesClaimId: original.id,
            frequencyCode: plan.frequencyCode,
            payerClaimControlNumber: plan.reference,
            description: describeNew(plan, original.id),
          });
          await this.claims.transition(tx, id, scrub.status, 'scrub', { edits: scrub.findings });
          const originalStatus = scrub.status === 'ready' ? await this.retire(tx, original, id, plan, made.reason ?? null) : original.status;
          const response = submissionResponse({ ...stored, status: scrub.status }, made.document, lineControlNumbers, ctx.requestId, scrub);
          const body = {
            ...response,
            claim: { ...(response.claim as Record<string, unknown>), frequencyCode: plan.frequencyCode, payerClaimControlNumber: plan.reference, replacesClaimId: original.id },
            replaces: { id: original.id, status: originalStatus, changed: scrub.status === 'ready', href: `/v1/claims/${original.id}` },
          };
          await completeIdempotency(tx, 201, body);
          return { status: 201, body };
        });
      } catch (err) {
        // Another live original with the resubmission's billing provider and PCN (sent through intake).
        if (pcn !== null && isUniqueViolation(err, ORIGINAL_PCN_CONSTRAINT)) {
          const { billingProviderKey, patientControlNumber } = pcn;
          const existing = await this.claims.findLiveOriginal(billingProviderKey, patientControlNumber).catch(() => null);
          throw duplicateOriginal(existing?.id ?? null);
        }
        throw err;
      }
    });
  }

  private async stateOf(tx: Tx, original: StoredClaim): Promise<OriginalClaimState> {
    const payerNumber = await this.claims.payerClaimNumber(tx, original.id);
    const replacements = await this.claims.replacementsOf(original.id, tx);
    return {
      id: original.id,
      status: original.status,
      frequencyCode: original.frequencyCode,
      ownReference: ownReference(original.document),
      payerClaimNumber: payerNumber?.value ?? null,
      liveReplacementIds: replacements.filter((r) => r.status !== 'invalid').map((r) => r.id),
    };
  }

  /** The original's event naming the claim that takes its place; returns its status afterwards. */
  private async retire(tx: Tx, original: StoredClaim, newId: string, plan: CorrectionPlan | VoidPlan, reason: string | null): Promise<string> {
    const detail = { replacedByClaimId: newId, frequencyCode: plan.frequencyCode, payerClaimControlNumber: plan.reference };
    if (plan.action === 'replace') {
      await this.claims.transition(tx, original.id, 'corrected', 'correction', { ...detail, description: `corrected: replaced by claim ${newId} (frequency 7, REF*F8 ${plan.reference})` });
      return 'corrected';
    }
    if (plan.action === 'void') {
      await this.claims.transition(tx, original.id, 'voided', 'void', { ...detail, reason, description: `voided by claim ${newId} (frequency 8, REF*F8 ${plan.reference})` });
      return 'voided';
    }
    // The payer never got it: the status stays what the payer or clearinghouse said; the event links the fix.
    await this.claims.transition(tx, original.id, original.status, 'correction.superseded', {
      ...detail,
      description: `superseded: fixed and resubmitted as claim ${newId} (frequency ${plan.frequencyCode}${plan.reference ? `, REF*F8 ${plan.reference}` : ''})`,
    });
    return original.status;
  }
}

function describeNew(plan: CorrectionPlan | VoidPlan, originalId: string): string {
  if (plan.action === 'replace') return `replacement of claim ${originalId} (frequency 7, REF*F8 ${plan.reference})`;
  if (plan.action === 'void') return `void of claim ${originalId} (frequency 8, REF*F8 ${plan.reference})`;
  return `resubmission of rejected claim ${originalId} (frequency ${plan.frequencyCode}${plan.reference ? `, REF*F8 ${plan.reference}` : ''})`;
}

/** The optional body of a void: nothing, or `{ "reason": "…" }`. */
function voidReason(body: unknown): string | null {
  if (body === undefined || body === null) return null;
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new GatewayError(ErrorCode.ValidationFailed, 'the void request failed validation (1 error)', { errors: [{ path: '', code: 'NOT_AN_OBJECT', message: 'expected no body or an object with an optional reason' }] });
  }
  const extra = Object.keys(body).filter((k) => k !== 'reason');
  const errors = extra.map((k) => ({ path: k, code: 'UNKNOWN_FIELD', message: 'only reason is accepted' }));
  const reason = (body as { reason?: unknown }).reason;
  if (reason !== undefined && (typeof reason !== 'string' || reason.length === 0 || reason.length > REASON_MAX)) {
    errors.push({ path: 'reason', code: 'INVALID_STRING', message: `expected a string of 1 to ${REASON_MAX} characters` });
  }
  if (errors.length > 0) throw new GatewayError(ErrorCode.ValidationFailed, `the void request failed validation (${errors.length} error${errors.length === 1 ? '' : 's'})`, { errors });
  return typeof reason === 'string' ? reason : null;
}
