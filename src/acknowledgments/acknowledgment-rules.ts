// The rules of acknowledgment posting, as pure functions (acks.md): which kind of inbound file a
// body is, which claims of a transaction set a 999 rejects (IK3 positions inside a claim's 2300
// range), what a 277CA claim status means, whether a status change fits the claim's state, and
// the readable description of each event. No I/O; AcknowledgmentsService applies them.
import type { ClaimStatus } from '../claims/claim-status';
import { REJECTING_CATEGORIES, STC03, type ClaimAcknowledgment, type SegmentError, type StatusInfo, type TransactionResponse } from '../x12';

export type InboundKind = '835' | 'acknowledgment' | 'unknown';

const SNIFF_BYTES = 64 * 1024;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What an inbound X12 file is, from its first transaction set (ST01) within the first 64 KiB:
 * 835 → remittance; 999 or 277 → acknowledgment; no ST but a TA1 → acknowledgment. Anything else
 * (not X12, another transaction) is `unknown` and left to the remittance path to refuse.
 */
export function detectInboundKind(head: string): InboundKind {
  const text = head.slice(0, SNIFF_BYTES).replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('ISA') || text.length < 4) return 'unknown';
  const el = escapeRegExp(text[3]);
  const st = new RegExp(`(?:^|[^A-Za-z0-9])\\s*ST${el}(\\d{3})${el}`).exec(text);
  if (st) {
    if (st[1] === '835') return '835';
    if (st[1] === '999' || st[1] === '277') return 'acknowledgment';
    return 'unknown';
  }
  return new RegExp(`(?:^|[^A-Za-z0-9])\\s*TA1${el}`).test(text) ? 'acknowledgment' : 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Whether an acknowledgment's status change fits the claim's state.

/** Statuses from which each acknowledgment outcome is an expected step. */
export const ACK_EXPECTED_FROM: Readonly<Partial<Record<ClaimStatus, ReadonlySet<string>>>> = {
  accepted_by_clearinghouse: new Set(['batched', 'transmitted']),
  rejected_by_clearinghouse: new Set(['batched', 'transmitted']),
  accepted_by_payer: new Set(['batched', 'transmitted', 'accepted_by_clearinghouse']),
  rejected: new Set(['batched', 'transmitted', 'accepted_by_clearinghouse']),
};

export type Fit =
  /** Move the claim to the target status. */
  | { move: true; flag: null }
  /** Keep the status, record the event with a flag (`repeated`: already there; `unexpected_state`: does not fit). */
  | { move: false; flag: 'repeated' | 'unexpected_state' };

export function fit(current: string, target: ClaimStatus): Fit {
  if (current === target) return { move: false, flag: 'repeated' };
  if (ACK_EXPECTED_FROM[target]?.has(current)) return { move: true, flag: null };
  return { move: false, flag: 'unexpected_state' };
}

// ---------------------------------------------------------------------------------------------
// 999: which claims of one of our transaction sets are rejected, and why.

export interface SetClaim {
  claimId: string;
  patientControlNumber: string;
  first: number;
  last: number;
}

export interface SegmentErrorView {
  segmentId: string | null;
  position: number | null;
  loopId: string | null;
  code: string | null;
  description: string | null;
  elements: { position: number | null; reference: string | null; code: string | null; description: string | null; badData: string | null }[];
  /** CTX*CLM01 named in the 2100 loop, when present. */
  clm01: string | null;
}

export interface ClaimVerdict999 {
  claimId: string;
  outcome: 'accepted' | 'rejected';
  /** The IK3 loops that point at this claim (by position, or by CTX*CLM01 when the position hit no claim). */
  errors: SegmentErrorView[];
  /** Rejected only because its whole transaction set was (no IK3 points at it). */
  wholeSet: boolean;
}

export const REJECTING_IK501: ReadonlySet<string> = new Set(['R', 'M', 'W', 'X']);

export function segmentErrorView(e: SegmentError): SegmentErrorView {
  const clm = e.context.find((c) => c.name === 'CLM01');
  return {
    segmentId: e.segmentId,
    position: e.position,
    loopId: e.loopId,
    code: e.errorCode,
    description: e.description,
    elements: e.elementErrors.map((x) => ({ position: x.position, reference: x.reference, code: x.errorCode, description: x.description, badData: x.badData })),
    clm01: clm?.reference ?? null,
  };
}

/** The claim an IK3 points at: its position inside a 2300 range, else the CTX*CLM01 it names. */
export function claimOfSegmentError(e: SegmentErrorView, claims: readonly SetClaim[]): SetClaim | null {
  if (e.position !== null) {
    const hit = claims.find((c) => e.position! >= c.first && e.position! <= c.last);
    if (hit) return hit;
  }
  if (e.clm01 !== null) {
    const byPcn = claims.filter((c) => c.patientControlNumber.toUpperCase() === e.clm01!.toUpperCase());
    if (byPcn.length === 1) return byPcn[0];
  }
  return null;
}

/**
 * acks.md §2: IK5 A/E accepts every claim of the set (E with its errors noted on the claims they
 * point at); IK5 R/M/W/X rejects the set — the claims an IK3 points at are rejected with those
 * errors, the others are rejected as part of the whole set. Errors that point at no claim (header
 * segments, positions outside every 2300 range) are returned as `setErrors`.
 */
export function judge999Set(response: TransactionResponse, claims: readonly SetClaim[]): { verdicts: ClaimVerdict999[]; setErrors: SegmentErrorView[] } {
  const rejected = response.ackCode !== null && REJECTING_IK501.has(response.ackCode);
  const byClaim = new Map<string, SegmentErrorView[]>();
  const setErrors: SegmentErrorView[] = [];
  for (const raw of response.segmentErrors) {
    const e = segmentErrorView(raw);
    const claim = claimOfSegmentError(e, claims);
    if (!claim) setErrors.push(e);
    else byClaim.set(claim.claimId, [...(byClaim.get(claim.claimId) ?? []), e]);
  }
  const verdicts = claims.map((c): ClaimVerdict999 => {
    const errors = byClaim.get(c.claimId) ?? [];
    return { claimId: c.claimId, outcome: rejected ? 'rejected' : 'accepted', errors, wholeSet: rejected && errors.length === 0 };
  });
  return { verdicts, setErrors };
}

export function describeSegmentError(e: SegmentErrorView): string {
  const parts = [`segment ${e.segmentId ?? '?'}${e.position !== null ? ` at position ${e.position}` : ''}`];
  if (e.code !== null) parts.push(`IK304 ${e.code}${e.description ? ` (${e.description.toLowerCase()})` : ''}`);
  for (const x of e.elements) {
    if (x.code !== null) parts.push(`IK403 ${x.code}${x.description ? ` (${x.description.toLowerCase()})` : ''}${x.position !== null ? ` in element ${x.position}` : ''}`);
  }
  return parts.join(', ');
}

// ---------------------------------------------------------------------------------------------
// 277CA: what one claim status means.

export type Outcome277 = 'accepted' | 'rejected' | 'received';

/** A2/A5 accepted into adjudication; U or A3/A4/A6/A7/A8 rejected; A0/A1 (and other families) only received/forwarded. */
export function classify277(claim: Pick<ClaimAcknowledgment, 'statuses'>): Outcome277 {
  let accepted = false;
  for (const s of claim.statuses) {
    if (s.action === STC03.Reject) return 'rejected';
    for (const c of [s, ...s.additional]) {
      if (c.categoryCode === null) continue;
      if (REJECTING_CATEGORIES.has(c.categoryCode)) return 'rejected';
      if (c.categoryCode === 'A2' || c.categoryCode === 'A5') accepted = true;
    }
  }
  return accepted ? 'accepted' : 'received';
}

export interface StatusView {
  category: string | null;
  categoryDescription: string | null;
  status: string | null;
  statusDescription: string | null;
  entity: string | null;
  action: string | null;
  message: string | null;
}

export function statusViews(statuses: readonly StatusInfo[]): StatusView[] {
  return statuses.flatMap((s) =>
    [s, ...s.additional].map((c) => ({
      category: c.categoryCode,
      categoryDescription: c.categoryDescription,
      status: c.statusCode,
      statusDescription: c.statusDescription,
      entity: c.entityCode,
      action: s.action,
      message: s.message,
    })),
  );
}

export function describeStatus(s: StatusView): string {
  const cat = `${s.category ?? '?'}${s.categoryDescription ? ` (${s.categoryDescription.toLowerCase()})` : ''}`;
  const st = s.status !== null ? `, status ${s.status}${s.statusDescription ? ` (${s.statusDescription.toLowerCase()})` : ''}` : '';
  return `category ${cat}${st}${s.entity ? `, entity ${s.entity}` : ''}`;
}
