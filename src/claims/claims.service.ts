// Claim intake: stores a validated claim exactly once (idempotency key, one live original per
// billing provider and patient control number), with its first history event, and scrubs it in the
// same transaction: `ready` when it passes every edit, else `invalid` with the edits in its history
// and the response. Also the dry-run check and the read side (one claim with its history, paged lists).
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { decodePageCursor, encodePageCursor, pageLimit } from '../common/page-cursor';
import { isUniqueViolation } from '../persistence/database-errors';
import { UnitOfWork } from '../persistence/unit-of-work';
import { IdempotencyService, type StoredResponse } from '../idempotency/idempotency.service';
import type { ValidatedClaim } from './claim-body.pipe';
import { isClaimStatus } from './claim-status';
import { ClaimStore, type ClaimEvent, type NewClaim, type StoredClaim } from './claim-store.port';
import { summarizeClaim, type ClaimSummary } from './claim.mapper';
import type { ClaimKind } from './claim.types';
import { duplicateOriginal } from './claims.errors';
import { assignLineControlNumbers } from './line-control-numbers';
import type { ScrubFinding } from './scrub/scrub-rule';
import { ScrubService, type ScrubResult } from './scrub/scrub.service';
import { ORIGINAL_PCN_CONSTRAINT } from './typeorm-claim.store';

export interface SubmitContext {
  apiKeyId: string;
  idempotencyKey?: string;
  method: string;
  path: string;
  requestId: string;
  /** Where the claim came from: `api`, `cli`, … */
  source: string;
}

export interface ClaimListQuery {
  status?: string;
  payerId?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: string;
}

const CLAIM_TYPE_CODE: Record<ClaimKind, string> = { professional: 'PRO', institutional: 'INS', dental: 'DEN' };

/**
 * A scrub finding in the response: our `{ path, code, message }` plus the names Optum uses
 * (`field`, `description`, `location` = loop and segment).
 */
export function editView(finding: ScrubFinding): Record<string, unknown> {
  return { path: finding.path, code: finding.code, message: finding.message, field: finding.path, description: finding.message, location: finding.location ?? null };
}

function parseInstant(value: string, name: string, endOfDay: boolean): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw new GatewayError(ErrorCode.InvalidQuery, `${name} must be a date (YYYY-MM-DD) or an ISO 8601 timestamp`, { errors: [{ path: name, code: 'INVALID_DATE', message: 'expected YYYY-MM-DD or an ISO 8601 timestamp' }] });
  }
  if (dateOnly && endOfDay) date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

@Injectable()
export class ClaimsService {
  constructor(
    private readonly claims: ClaimStore,
    private readonly unitOfWork: UnitOfWork,
    private readonly idempotency: IdempotencyService,
    private readonly scrubber: ScrubService,
  ) {}

  async submit(claim: ValidatedClaim, ctx: SubmitContext): Promise<StoredResponse> {
    const idem = this.idempotency.context(`apikey:${ctx.apiKeyId}`, ctx.idempotencyKey, ctx.method, ctx.path, claim.submitted);
    return this.idempotency.execute(idem, async (completeIdempotency) => {
      const id = randomUUID();
      const document = structuredClone(claim.document);
      const lineControlNumbers = assignLineControlNumbers(claim.kind, document, id);
      const summary = summarizeClaim(claim.kind, document);
      // Scrubbed as stored: with the line control numbers intake assigned.
      const scrub = this.scrubber.scrub(claim.kind, document);
      try {
        return await this.unitOfWork.run(async (tx) => {
          const stored = await this.claims.insert(
            tx,
            newClaimRecord(id, claim.kind, summary, ctx.source, claim.submitted, document),
            `intake.${ctx.source}`,
            { requestId: ctx.requestId, idempotencyKey: ctx.idempotencyKey ?? null },
          );
          await this.claims.transition(tx, id, scrub.status, 'scrub', { edits: scrub.findings });
          const body = submissionResponse({ ...stored, status: scrub.status }, claim.document, lineControlNumbers, ctx.requestId, scrub);
          await completeIdempotency(tx, 200, body);
          return { status: 200, body };
        });
      } catch (err) {
        if (isUniqueViolation(err, ORIGINAL_PCN_CONSTRAINT)) {
          const existing = await this.claims.findLiveOriginal(summary.billingProviderKey, summary.patientControlNumber).catch(() => null);
          throw duplicateOriginal(existing?.id ?? null);
        }
        throw err;
      }
    });
  }

  /** Every check a submission would run, without storing anything. */
  async dryRun(claim: ValidatedClaim): Promise<Record<string, unknown>> {
    const summary = summarizeClaim(claim.kind, claim.document);
    if (summary.frequencyCode === '1') {
      const existing = await this.claims.findLiveOriginal(summary.billingProviderKey, summary.patientControlNumber);
      if (existing) throw duplicateOriginal(existing.id);
    }
    const scrub = this.scrubber.scrub(claim.kind, claim.document);
    return {
      status: scrub.status === 'ready' ? 'SUCCESS' : 'ERROR',
      valid: scrub.status === 'ready',
      kind: claim.kind,
      controlNumber: (claim.document as { controlNumber?: string }).controlNumber ?? null,
      tradingPartnerServiceId: summary.payerId,
      claimReference: {
        patientControlNumber: summary.patientControlNumber,
        claimType: CLAIM_TYPE_CODE[claim.kind],
        formatVersion: '5010',
        payerId: summary.payerId,
        payerID: summary.payerId,
        timeOfResponse: new Date().toISOString(),
      },
      summary: {
        totalCharge: summary.totalCharge,
        serviceDateFrom: summary.serviceDateFrom,
        serviceDateTo: summary.serviceDateTo,
        lineCount: summary.lineCount,
        frequencyCode: summary.frequencyCode,
        usageIndicator: summary.usageIndicator,
      },
      errors: scrub.errors.map(editView),
      warnings: scrub.warnings.map(editView),
    };
  }

  async get(id: string): Promise<Record<string, unknown>> {
    const claim = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? await this.claims.findById(id) : null;
    if (!claim) throw new GatewayError(ErrorCode.NotFound, 'no claim with this id');
    const [history, replacements] = await Promise.all([this.claims.history(id), this.claims.replacementsOf(id)]);
    // The claim that took this one's place: the newest correction or void that passed our edits.
    const replacedBy = replacements.find((r) => r.status !== 'invalid') ?? null;
    return {
      ...this.view(claim),
      replacedByClaimId: replacedBy?.id ?? null,
      links: {
        replaces: claim.replacesClaimId ? `/v1/claims/${claim.replacesClaimId}` : null,
        replacedBy: replacedBy ? `/v1/claims/${replacedBy.id}` : null,
      },
      replacements: replacements.map((r) => ({ id: r.id, status: r.status, frequencyCode: r.frequencyCode, receivedAt: r.receivedAt.toISOString() })),
      claim: claim.submitted,
      history: history.map((e) => this.eventView(e)),
    };
  }

  async list(query: ClaimListQuery): Promise<Record<string, unknown>> {
    if (query.status !== undefined && !isClaimStatus(query.status)) {
      throw new GatewayError(ErrorCode.InvalidQuery, 'status is not a claim status', { errors: [{ path: 'status', code: 'NOT_ALLOWED_VALUE', message: 'see the claim lifecycle for allowed statuses' }] });
    }
    const limit = pageLimit(query.limit);
    const filter = {
      status: query.status as never,
      payerId: query.payerId || undefined,
      from: query.from ? parseInstant(query.from, 'from', false) : undefined,
      to: query.to ? parseInstant(query.to, 'to', true) : undefined,
    };
    const page = await this.claims.list(filter, query.cursor ? decodePageCursor(query.cursor) : null, limit);
    return { items: page.items.map((c) => this.view(c)), nextCursor: page.next ? encodePageCursor(page.next) : null };
  }

  private view(claim: StoredClaim): Record<string, unknown> {
    return {
      id: claim.id,
      kind: claim.kind,
      status: claim.status,
      payerId: claim.payerId,
      payerName: claim.payerName,
      billingNpi: claim.billingNpi,
      patientControlNumber: claim.patientControlNumber,
      frequencyCode: claim.frequencyCode,
      replacesClaimId: claim.replacesClaimId ?? null,
      totalCharge: claim.totalCharge,
      serviceDateFrom: claim.serviceDateFrom,
      serviceDateTo: claim.serviceDateTo,
      usageIndicator: claim.usageIndicator,
      lineCount: claim.lineCount,
      source: claim.source,
      receivedAt: claim.receivedAt.toISOString(),
      updatedAt: claim.updatedAt.toISOString(),
    };
  }

  private eventView(event: ClaimEvent): Record<string, unknown> {
    return { sequence: event.sequence, status: event.status, previousStatus: event.previousStatus, cause: event.cause, detail: event.detail, occurredAt: event.occurredAt.toISOString() };
  }
}

/**
 * The Optum/Stedi submission response shape, plus our claim id and status. A claim that failed
 * an edit is stored all the same (as `invalid`), so the response is still a 200, with
 * `status: 'ERROR'` and the edits in `errors` as Stedi reports its own edits.
 */
export function submissionResponse(stored: StoredClaim, document: unknown, lineControlNumbers: string[], requestId: string, scrub: ScrubResult): Record<string, unknown> {
  const kind = stored.kind as ClaimKind;
  return {
    status: scrub.status === 'ready' ? 'SUCCESS' : 'ERROR',
    controlNumber: (document as { controlNumber?: string }).controlNumber ?? null,
    tradingPartnerServiceId: stored.payerId,
    claimReference: {
      correlationId: stored.id,
      rhclaimNumber: stored.id,
      patientControlNumber: stored.patientControlNumber,
      customerClaimNumber: stored.patientControlNumber,
      timeOfResponse: stored.receivedAt.toISOString(),
      formatVersion: '5010',
      claimType: CLAIM_TYPE_CODE[kind],
      payerId: stored.payerId,
      payerID: stored.payerId,
      serviceLines: lineControlNumbers.map((lineItemControlNumber) => ({ lineItemControlNumber })),
    },
    payer: { payerName: stored.payerName, payerId: stored.payerId, payerID: stored.payerId },
    claim: { id: stored.id, kind, status: stored.status, receivedAt: stored.receivedAt.toISOString(), href: `/v1/claims/${stored.id}` },
    meta: { traceId: requestId },
    errors: scrub.errors.map(editView),
    warnings: scrub.warnings.map(editView),
  };
}

/** The row intake stores for a claim, from its summary. */
export function newClaimRecord(id: string, kind: ClaimKind, summary: ClaimSummary, source: string, submitted: unknown, document: unknown, replacesClaimId: string | null = null): NewClaim {
  return {
    id,
    kind,
    status: 'received',
    payerId: summary.payerId,
    payerName: summary.payerName ?? null,
    billingNpi: summary.billingNpi,
    billingProviderKey: summary.billingProviderKey,
    patientControlNumber: summary.patientControlNumber,
    frequencyCode: summary.frequencyCode,
    totalCharge: summary.totalCharge,
    serviceDateFrom: summary.serviceDateFrom,
    serviceDateTo: summary.serviceDateTo,
    usageIndicator: summary.usageIndicator,
    lineCount: summary.lineCount,
    source,
    submitted,
    document,
    replacesClaimId,
  };
}
