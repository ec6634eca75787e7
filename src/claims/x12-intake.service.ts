// Raw X12 intake (POST /v1/claims/x12): an 837 file from a billing system that already produces
// them is read into claim documents (read837), and each claim then takes the JSON path unchanged —
// the read document is the body that the DTOs validate, the mapper normalizes and
// ClaimsService.submit scrubs and stores (source 'x12'). A claim the file gets wrong is rejected
// with its X12 position and code; the others go on. Idempotency-Key covers the whole file.
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { IdempotencyService, type StoredResponse } from '../idempotency/idempotency.service';
import { UnitOfWork } from '../persistence/unit-of-work';
import { read837, type GuideDiagnostic, type Read837Claim, type Rejected837Claim } from '../x12';
import type { ValidatedClaim } from './claim-body.pipe';
import { validateClaimBody } from './claim-validation';
import { toClaimDocument } from './claim.mapper';
import { ClaimsService, type SubmitContext } from './claims.service';

/** Media types the route takes; the body is read as text (UTF-8 unless the charset says otherwise). */
export const X12_MEDIA_TYPES = ['application/edi-x12', 'text/plain', 'application/octet-stream'] as const;

/** A problem with one claim: its X12 position when there is one, the JSON path when the DTOs found it. */
export interface X12ClaimError {
  code: string;
  message: string;
  segmentIndex: number | null;
  segmentId: string | null;
  element: number | null;
  component?: number;
  line: number | null;
  loop?: string;
  path?: string;
}

export interface X12ClaimResult {
  /** 0-based position of the claim (CLM) in the file. */
  index: number;
  patientControlNumber: string;
  status: 'stored' | 'rejected';
  /** The stored claim (id, kind, status after scrubbing, href), as the JSON routes return it. */
  claim?: Record<string, unknown>;
  /** Why the claim was rejected, or the scrub edits of a claim stored as invalid. */
  errors?: Array<X12ClaimError | Record<string, unknown>>;
  warnings?: Record<string, unknown>[];
}

function errorView(d: GuideDiagnostic): X12ClaimError {
  const view: X12ClaimError = {
    code: d.code,
    message: d.message,
    segmentIndex: d.segmentIndex ?? null,
    segmentId: d.segmentId ?? null,
    element: d.element ?? null,
    line: d.line ?? null,
  };
  if (d.component !== undefined) view.component = d.component;
  if (d.loop !== undefined) view.loop = d.loop;
  return view;
}

function diagnosticView(d: GuideDiagnostic): X12ClaimError & { severity: string } {
  return { ...errorView(d), severity: d.severity };
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/** The file did not give a single claim: a 400 naming the first error and where it is. */
function noClaims(diagnostics: GuideDiagnostic[]): GatewayError {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const code = first?.code ?? 'NO_CLAIMS';
  const message = first?.message ?? 'the input holds no 837 claim';
  return new GatewayError(ErrorCode.ValidationFailed, `the body is not an 837 with claims: ${message}`, {
    errors: [{ path: '', code, message }],
    x12Code: code,
    segmentIndex: first?.segmentIndex ?? null,
    line: first?.line ?? null,
    diagnostics: diagnostics.slice(0, 20).map(diagnosticView),
  });
}

/** One claim's sub-key under the file's Idempotency-Key: a retry after a crash replays the claims already stored. */
function claimKey(fileKey: string | undefined, index: number): string | undefined {
  if (fileKey === undefined) return undefined;
  return `x12:${createHash('sha256').update(fileKey).digest('hex').slice(0, 40)}:${index}`;
}

@Injectable()
export class X12IntakeService {
  constructor(
    private readonly claims: ClaimsService,
    private readonly idempotency: IdempotencyService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async submitFile(body: unknown, contentType: string | undefined, ctx: SubmitContext): Promise<StoredResponse> {
    if (!(X12_MEDIA_TYPES as readonly string[]).includes(mediaType(contentType))) {
      throw new GatewayError(ErrorCode.UnsupportedMediaType, `request body must be ${X12_MEDIA_TYPES.join(', ')}`);
    }
    if (typeof body !== 'string' || body.trim() === '') throw new GatewayError(ErrorCode.EmptyBody, 'the request body is empty; send an 837 file');
    // Reading is deterministic and free of side effects: a file that yields no claim is refused
    // before an Idempotency-Key is taken, as the JSON routes refuse a malformed body.
    const read = read837(body);
    if (read.claims.length === 0 && read.rejected.length === 0) throw noClaims(read.diagnostics);

    const idem = this.idempotency.context(`apikey:${ctx.apiKeyId}`, ctx.idempotencyKey, ctx.method, ctx.path, body);
    return this.idempotency.execute(idem, async (complete) => {
      const entries: Array<Read837Claim | Rejected837Claim> = [...read.claims, ...read.rejected].sort((a, b) => a.index - b.index);
      const results: X12ClaimResult[] = [];
      for (const entry of entries) results.push('document' in entry ? await this.submitClaim(entry, ctx) : rejected(entry));
      const stored = results.filter((r) => r.status === 'stored').length;
      const response = {
        status: stored === results.length ? 'SUCCESS' : stored === 0 ? 'ERROR' : 'PARTIAL',
        summary: { claims: results.length, stored, rejected: results.length - stored },
        results,
        diagnostics: read.diagnostics.map(diagnosticView),
        meta: { traceId: ctx.requestId },
      };
      if (idem) await this.unitOfWork.run((tx) => complete(tx, 200, response));
      return { status: 200, body: response };
    });
  }

  /** The JSON path for one read claim: DTO validation, mapping, ClaimsService.submit (scrub and store). */
  private async submitClaim(entry: Read837Claim, ctx: SubmitContext): Promise<X12ClaimResult> {
    const base = { index: entry.index, patientControlNumber: entry.patientControlNumber };
    // The body as a billing system would have sent it: plain JSON.
    const submitted = JSON.parse(JSON.stringify(entry.document)) as unknown;
    const validation = validateClaimBody(entry.kind, submitted);
    if (!validation.ok) {
      return {
        ...base,
        status: 'rejected',
        errors: validation.errors.map((e) => {
          const at = entry.locate(e.path);
          return {
            code: e.code,
            message: e.message,
            path: e.path,
            segmentIndex: at?.segmentIndex ?? null,
            segmentId: at?.segmentId ?? null,
            element: at?.element ?? null,
            ...(at?.component !== undefined ? { component: at.component } : {}),
            line: at?.line ?? null,
          };
        }),
      };
    }
    const claim: ValidatedClaim = { kind: entry.kind, submitted, document: toClaimDocument(entry.kind, validation.value as never) };
    try {
      const result = await this.claims.submit(claim, { ...ctx, idempotencyKey: claimKey(ctx.idempotencyKey, entry.index), source: 'x12' });
      const body = result.body as { claim?: Record<string, unknown>; errors?: Record<string, unknown>[]; warnings?: Record<string, unknown>[] };
      const out: X12ClaimResult = { ...base, status: 'stored', claim: body.claim };
      if (body.errors?.length) out.errors = body.errors;
      if (body.warnings?.length) out.warnings = body.warnings;
      return out;
    } catch (err) {
      // A refusal of this claim (a duplicate original, …) rejects it alone; an unreachable
      // database or a defect fails the request (nothing after this claim was attempted).
      if (!(err instanceof GatewayError) || err.code === ErrorCode.DatabaseUnavailable || err.code === ErrorCode.Internal) throw err;
      const at = entry.locate('claimInformation.patientControlNumber');
      const { errors: _errors, ...details } = err.details;
      return {
        ...base,
        status: 'rejected',
        errors: [
          {
            code: err.code,
            message: err.message,
            segmentIndex: at?.segmentIndex ?? null,
            segmentId: at?.segmentId ?? null,
            element: null,
            line: at?.line ?? null,
            loop: '2300',
            ...details,
          },
        ],
      };
    }
  }
}

function rejected(entry: Rejected837Claim): X12ClaimResult {
  return { index: entry.index, patientControlNumber: entry.patientControlNumber, status: 'rejected', errors: entry.diagnostics.map(errorView) };
}
