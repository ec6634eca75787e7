// A claim's timeline: every event of its history in order, with a readable description and links
// to what caused it (the submission and its file for batching, the acknowledgment file, the
// remittance). Descriptions of acknowledgment events are written when the acknowledgment is applied.
import { Injectable } from '@nestjs/common';
import { ClaimStore, type ClaimEvent } from '../claims/claim-store.port';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { AcknowledgmentStore } from './acknowledgment-store.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TimelineLinks {
  submissionId?: string;
  submissionFile?: string;
  acknowledgmentId?: string;
  acknowledgmentFile?: string;
  remittanceId?: string;
  /** On a correction's or void's first event: the claim it replaces. */
  replacesClaimId?: string;
  /** On the original's `corrected`, `voided` or `superseded` event: the claim that took its place. */
  replacedByClaimId?: string;
}

export interface TimelineEntry {
  sequence: number;
  status: string;
  previousStatus: string | null;
  cause: string;
  occurredAt: string;
  description: string;
  flag: string | null;
  links: TimelineLinks;
  detail: Record<string, unknown> | null;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function describeEvent(e: ClaimEvent, submissionFile: string | undefined): string {
  const d = e.detail ?? {};
  const own = str(d.description);
  if (own) return own;
  if (e.previousStatus === null) return `${e.status} (${e.cause})`;
  if (e.cause === 'batching') {
    const file = submissionFile ? ` ${submissionFile}` : '';
    return `batched into submission${file} (ISA13 ${str(d.isa13) ?? '?'}, GS06 ${str(d.gs06) ?? '?'}, ST02 ${str(d.st02) ?? '?'})`;
  }
  if (e.cause === 'remittance') {
    const note = str(d.note) ? `; ${str(d.note)}` : '';
    return `835 remittance: CLP02 ${String(d.clp02 ?? '?')}, paid ${String(d.paid ?? '?')} → ${e.status}${note}`;
  }
  return e.previousStatus === e.status ? `${e.status} (${e.cause})` : `${e.previousStatus} → ${e.status} (${e.cause})`;
}

@Injectable()
export class ClaimTimelineService {
  constructor(
    private readonly claims: ClaimStore,
    private readonly store: AcknowledgmentStore,
  ) {}

  async timeline(id: string): Promise<{ claimId: string; status: string; replacesClaimId: string | null; replacedByClaimId: string | null; events: TimelineEntry[] }> {
    const claim = UUID.test(id) ? await this.claims.findById(id) : null;
    if (!claim) throw new GatewayError(ErrorCode.NotFound, 'no claim with this id');
    const history = await this.claims.history(id);
    const submissionIds = [...new Set(history.map((e) => str(e.detail?.submissionId)).filter((x): x is string => x !== undefined && UUID.test(x)))];
    const files = await this.store.submissionFiles(submissionIds);
    const events = history.map((e): TimelineEntry => {
      const d = e.detail ?? {};
      const links: TimelineLinks = {};
      const submissionId = str(d.submissionId);
      if (submissionId) {
        links.submissionId = submissionId;
        const file = files.get(submissionId);
        if (file) links.submissionFile = file;
      }
      if (str(d.acknowledgmentId)) {
        links.acknowledgmentId = str(d.acknowledgmentId);
        if (str(d.fileName)) links.acknowledgmentFile = str(d.fileName);
      }
      if (str(d.remittanceId)) links.remittanceId = str(d.remittanceId);
      if (str(d.replacesClaimId)) links.replacesClaimId = str(d.replacesClaimId);
      if (str(d.replacedByClaimId)) links.replacedByClaimId = str(d.replacedByClaimId);
      return {
        sequence: e.sequence,
        status: e.status,
        previousStatus: e.previousStatus,
        cause: e.cause,
        occurredAt: e.occurredAt instanceof Date ? e.occurredAt.toISOString() : String(e.occurredAt),
        description: describeEvent(e, submissionId ? files.get(submissionId) : undefined),
        flag: str(d.flag) ?? null,
        links,
        detail: e.detail,
      };
    });
    // Original and replacement link both ways (corrections and voids, POST /v1/claims/:id/corrections, /void).
    const replacedBy = (await this.claims.replacementsOf(id)).find((r) => r.status !== 'invalid') ?? null;
    return { claimId: id, status: claim.status, replacesClaimId: claim.replacesClaimId ?? null, replacedByClaimId: replacedBy?.id ?? null, events };
  }
}
