// Acknowledgment posting (acks.md §4): a TA1, 999 or 277CA file in, applied exactly once (one
// database transaction per file, keyed by its sha256), each claim it speaks of moved with its
// cause — or, when the step does not fit the claim's state, recorded with a `flag` — and every
// reference that points at nothing we sent kept as an unmatched acknowledgment.
import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ClaimStatus } from '../claims/claim-status';
import { ClaimStore, type ClaimEvent } from '../claims/claim-store.port';
import { amountToCents } from '../claims/money';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { isUniqueViolation } from '../persistence/database-errors';
import { UnitOfWork, type Tx } from '../persistence/unit-of-work';
import {
  AcknowledgmentError,
  readAcknowledgment,
  tokenizeLenient,
  type AckDiagnostic,
  type Ack277CADocument,
  type Ack999Document,
  type AcknowledgmentDocument,
  type Ta1Acknowledgment,
} from '../x12';
import {
  classify277,
  describeSegmentError,
  describeStatus,
  fit,
  judge999Set,
  REJECTING_IK501,
  statusViews,
  type SetClaim,
} from './acknowledgment-rules';
import { AcknowledgmentStore, type AckFileType, type NewAcknowledgment, type NewUnmatched, type SubmissionRef, type SubmittedClaimRef } from './acknowledgment-store.port';

export interface AckIngestOptions {
  fileName?: string | null;
  /** `api`, `cli`, `sftp`, … */
  source: string;
}

export interface AckSummary {
  /** Claims moved to accepted_by_clearinghouse / accepted_by_payer. */
  accepted: number;
  /** Claims moved to rejected_by_clearinghouse / rejected. */
  rejected: number;
  /** Events recorded without a status change (TA1 A, 277CA A1, …). */
  noted: number;
  /** Events that did not fit the claim's state, recorded with a flag. */
  flagged: number;
  unmatched: number;
}

export interface AckIngestResult {
  id: string;
  sha256: string;
  type: AckFileType;
  status: 'applied' | 'duplicate';
  duplicateOf: string | null;
  summary: AckSummary;
  diagnostics: AckDiagnostic[];
}

interface Envelope {
  /** ISA05:ISA06 of the acknowledgment (the clearinghouse: our receiver). */
  sender: string;
  /** ISA07:ISA08 of the acknowledgment (us: our sender). */
  receiver: string;
  isa13: string;
}

const GS08_BY_KIND: Record<string, string> = { professional: '005010X222A1', institutional: '005010X223A2', dental: '005010X224A2' };
const TYPE_CAUSE: Record<AckFileType, string> = { TA1: 'acknowledgment.ta1', '999': 'acknowledgment.999', '277CA': 'acknowledgment.277ca' };

function idPart(party: string): string {
  return party.slice(party.indexOf(':') + 1).trim().toUpperCase();
}

function envelopeOf(text: string): Envelope | null {
  const isa = tokenizeLenient(text).segments.find((s) => s.id === 'ISA');
  if (!isa) return null;
  return {
    sender: `${isa.element(5).trim()}:${isa.element(6).trim()}`,
    receiver: `${isa.element(7).trim()}:${isa.element(8).trim()}`,
    isa13: isa.element(13).trim(),
  };
}

/** The acknowledgment's ISA is ours swapped: its receiver is our sender and its sender our receiver. */
function pairMatches(sub: SubmissionRef, env: Envelope | null): boolean {
  if (!env) return true;
  return idPart(sub.isaSender) === idPart(env.receiver) && idPart(sub.isaReceiver) === idPart(env.sender);
}

/** The candidates `pred` keeps, or all of them when it keeps none (a tie-breaker, not a filter). */
function prefer<T>(items: T[], pred: (t: T) => boolean): T[] {
  const kept = items.filter(pred);
  return kept.length > 0 ? kept : items;
}

function controlInt(value: string | null): number | null {
  if (value === null || !/^\s*\d{1,9}\s*$/.test(value)) return null;
  return Number(value);
}

function sameControl(a: string, b: string | null): boolean {
  if (b === null) return false;
  if (a.trim() === b.trim()) return true;
  return /^\d+$/.test(a.trim()) && /^\d+$/.test(b.trim()) && Number(a) === Number(b);
}

function sameAmount(a: string, b: string): boolean {
  try {
    return amountToCents(a) === amountToCents(b);
  } catch {
    return false;
  }
}

function emptySummary(): AckSummary {
  return { accepted: 0, rejected: 0, noted: 0, flagged: 0, unmatched: 0 };
}

/** One file being applied inside its transaction: claim locks, counters and unmatched references. */
class Posting {
  readonly summary = emptySummary();
  readonly unmatched: NewUnmatched[] = [];
  private readonly statuses = new Map<string, string>();

  constructor(
    readonly tx: Tx,
    readonly ack: NewAcknowledgment,
    private readonly store: AcknowledgmentStore,
    private readonly claims: ClaimStore,
  ) {}

  unmatch(reason: NewUnmatched['reason'], reference: Record<string, unknown>, detail: Record<string, unknown> | null = null): void {
    this.unmatched.push({ type: this.ack.type, reason, reference, detail });
    this.summary.unmatched += 1;
  }

  async lock(claimIds: string[]): Promise<void> {
    const missing = claimIds.filter((id) => !this.statuses.has(id));
    for (const [id, status] of await this.store.lockStatuses(this.tx, missing)) this.statuses.set(id, status);
  }

  /**
   * Records one event on a claim: moves it to `target` when the step fits its state; otherwise (or
   * with `target` null, a note) appends the event at the claim's current status, flagged when it
   * does not fit, so nothing an acknowledgment says is lost.
   */
  async apply(claimId: string, target: ClaimStatus | null, detail: Record<string, unknown>): Promise<ClaimEvent> {
    await this.lock([claimId]);
    const current = this.statuses.get(claimId)!;
    const base = { acknowledgmentId: this.ack.id, fileName: this.ack.fileName, ...detail };
    const cause = TYPE_CAUSE[this.ack.type];
    if (target === null) {
      this.summary.noted += 1;
      return this.claims.transition(this.tx, claimId, current as ClaimStatus, cause, { ...base, note: true });
    }
    const f = fit(current, target);
    if (f.move) {
      if (target === 'accepted_by_clearinghouse' || target === 'accepted_by_payer') this.summary.accepted += 1;
      else this.summary.rejected += 1;
      this.statuses.set(claimId, target);
      return this.claims.transition(this.tx, claimId, target, cause, base);
    }
    this.summary.flagged += 1;
    return this.claims.transition(this.tx, claimId, current as ClaimStatus, cause, { ...base, flag: f.flag, intendedStatus: target });
  }
}

@Injectable()
export class AcknowledgmentsService {
  constructor(
    private readonly store: AcknowledgmentStore,
    private readonly claims: ClaimStore,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * Applies a TA1, 999 or 277CA file once. The same bytes again are recorded as a duplicate and
   * change nothing. Throws VALIDATION_FAILED (reason: the reader's code) when the text holds no
   * acknowledgment; then nothing is recorded.
   */
  async ingest(text: string, options: AckIngestOptions): Promise<AckIngestResult> {
    const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    let doc: AcknowledgmentDocument;
    try {
      doc = readAcknowledgment(text);
    } catch (err) {
      if (!(err instanceof AcknowledgmentError)) throw err;
      throw new GatewayError(ErrorCode.ValidationFailed, `the file is not a readable TA1, 999 or 277CA: ${err.message}`, { reason: err.code, transactionType: err.transactionType });
    }
    const env = envelopeOf(text);
    const row: NewAcknowledgment = {
      id: randomUUID(),
      type: doc.type,
      sha256,
      fileName: options.fileName ?? null,
      source: options.source,
      isaSender: env?.sender ?? null,
      isaReceiver: env?.receiver ?? null,
      isa13: env?.isa13 ?? null,
      controlNumbers: controlNumbersOf(doc),
      diagnostics: doc.diagnostics,
      fileText: text,
    };
    try {
      return await this.unitOfWork.run((tx) => this.applyOnce(tx, row, doc, env));
    } catch (err) {
      // Lost a race with a concurrent ingest of the same file: that one applied it.
      if (isUniqueViolation(err)) return this.unitOfWork.run((tx) => this.applyOnce(tx, { ...row, id: randomUUID() }, doc, env));
      throw err;
    }
  }

  private async applyOnce(tx: Tx, row: NewAcknowledgment, doc: AcknowledgmentDocument, env: Envelope | null): Promise<AckIngestResult> {
    const existing = await this.store.findApplied(tx, row.sha256);
    if (existing) {
      const summary = { ...emptySummary(), duplicate: true };
      await this.store.insertDuplicate(tx, row, existing.id, summary);
      return { id: row.id, sha256: row.sha256, type: row.type, status: 'duplicate', duplicateOf: existing.id, summary: emptySummary(), diagnostics: doc.diagnostics };
    }
    await this.store.insertApplied(tx, row);
    const p = new Posting(tx, row, this.store, this.claims);
    const ta1s = doc.type === 'TA1' ? doc.acknowledgments : doc.interchangeAcknowledgments;
    for (const ta1 of ta1s) await this.applyTa1(p, ta1, env);
    if (doc.type === '999') await this.apply999(p, doc, env);
    if (doc.type === '277CA') await this.apply277(p, doc);
    await this.store.insertUnmatched(tx, row.id, p.unmatched);
    await this.store.setSummary(tx, row.id, { ...p.summary });
    return { id: row.id, sha256: row.sha256, type: row.type, status: 'applied', duplicateOf: null, summary: p.summary, diagnostics: doc.diagnostics };
  }

  // TA1: TA101 = our ISA13 (+ the swapped sender/receiver pair, TA102/TA103 = our ISA09/ISA10 to break ties).
  private async applyTa1(p: Posting, ta1: Ta1Acknowledgment, env: Envelope | null): Promise<void> {
    const n = controlInt(ta1.interchangeControlNumber);
    const reference = { isa13: ta1.interchangeControlNumber, date: ta1.date, time: ta1.time, sender: env?.receiver ?? null, receiver: env?.sender ?? null };
    const candidates = n === null ? [] : (await this.store.submissionsByIsa13(p.tx, n)).filter((s) => pairMatches(s, env));
    const sub = prefer(candidates, (s) => s.isaDate === ta1.date && s.isaTime === ta1.time)[0];
    if (!sub) return p.unmatch('no_submission', reference, { acknowledgmentCode: ta1.acknowledgmentCode, noteCode: ta1.noteCode, noteDescription: ta1.noteDescription });
    const claims = await this.store.claimsOfSubmission(p.tx, sub.id);
    await p.lock(claims.map((c) => c.claimId));
    const code = ta1.acknowledgmentCode;
    const note = `TA105 ${ta1.noteCode ?? '?'}${ta1.noteDescription ? ` (${ta1.noteDescription.toLowerCase()})` : ''}`;
    const base = { submissionId: sub.id, isa13: ta1.interchangeControlNumber, ta104: code, ta105: ta1.noteCode, ta105Description: ta1.noteDescription, segmentIndex: ta1.segmentIndex };
    for (const c of claims) {
      if (code === 'R') {
        await p.apply(c.claimId, 'rejected_by_clearinghouse', { ...base, description: `TA1 rejected interchange ${ta1.interchangeControlNumber}: ${note}` });
      } else if (code === 'E') {
        await p.apply(c.claimId, null, { ...base, description: `TA1 accepted interchange ${ta1.interchangeControlNumber} with errors: ${note}` });
      } else {
        await p.apply(c.claimId, null, { ...base, description: `TA1 ${code === 'A' ? 'accepted' : `answered (TA104 ${code ?? '?'})`} interchange ${ta1.interchangeControlNumber}` });
      }
    }
  }

  // 999: AK102 = our GS06 (+ pair, AK103 = GS08 to break ties); AK202 = ST02; IK302 inside a claim's 2300 range.
  private async apply999(p: Posting, doc: Ack999Document, env: Envelope | null): Promise<void> {
    for (const t of doc.transactions) {
      const g = t.groupResponse;
      const n = controlInt(g.groupControlNumber);
      const candidates = n === null ? [] : (await this.store.submissionsByGs06(p.tx, n)).filter((s) => pairMatches(s, env));
      const sub = prefer(candidates, (s) => g.version !== null && GS08_BY_KIND[s.kind] === g.version)[0];
      if (!sub) {
        p.unmatch('no_submission', { gs06: g.groupControlNumber, version: g.version, st02: t.transactionResponses.map((r) => r.controlNumber), sender: env?.receiver ?? null, receiver: env?.sender ?? null },
          { ak901: g.ackCode, ak9Description: g.ackDescription, ack999ControlNumber: t.controlNumber });
        continue;
      }
      const claims = await this.store.claimsOfSubmission(p.tx, sub.id);
      await p.lock(claims.map((c) => c.claimId));
      const reported = new Set<string>();
      const base = { submissionId: sub.id, gs06: g.groupControlNumber, ack999ControlNumber: t.controlNumber };
      for (const r of t.transactionResponses) {
        const st02 = sub.st02.find((s) => sameControl(s, r.controlNumber));
        const setClaims = st02 === undefined ? [] : claims.filter((c) => c.st02 === st02);
        if (st02 === undefined || setClaims.length === 0) {
          p.unmatch('no_transaction_set', { gs06: g.groupControlNumber, st02: r.controlNumber, submissionId: sub.id }, { ik501: r.ackCode, ik502: r.errorCodes });
          continue;
        }
        reported.add(st02);
        await this.apply999Set(p, base, st02, r, setClaims);
      }
      const unreported = claims.filter((c) => !reported.has(c.st02));
      if (unreported.length === 0) continue;
      // No AK2 for these sets: the group result (AK9) decides for all of them.
      const ak9 = g.ackCode;
      const detail = { ...base, ak901: ak9, ak905: g.errorCodes, ak9Description: g.ackDescription };
      for (const c of unreported) {
        if (ak9 === 'A' || ak9 === 'E') {
          await p.apply(c.claimId, 'accepted_by_clearinghouse', { ...detail, st02: c.st02, description: `999 accepted: functional group ${g.groupControlNumber} (AK9 ${ak9}; no AK2 for transaction set ${c.st02})` });
        } else if (ak9 !== null && REJECTING_IK501.has(ak9)) {
          const codes = g.errorCodes.length > 0 ? `, AK905 ${g.errorCodes.join(' ')}` : '';
          await p.apply(c.claimId, 'rejected_by_clearinghouse', { ...detail, st02: c.st02, wholeGroup: true, description: `999 rejected: whole functional group ${g.groupControlNumber} (AK9 ${ak9}${codes})` });
        } else {
          await p.apply(c.claimId, null, { ...detail, st02: c.st02, flag: 'not_reported', description: `999 for functional group ${g.groupControlNumber} (AK9 ${ak9 ?? '?'}) does not report transaction set ${c.st02}` });
        }
      }
    }
  }

  private async apply999Set(p: Posting, base: Record<string, unknown>, st02: string, r: Ack999Document['transactions'][number]['transactionResponses'][number], setClaims: SubmittedClaimRef[]): Promise<void> {
    const claims: SetClaim[] = setClaims.map((c) => ({ claimId: c.claimId, patientControlNumber: c.patientControlNumber, first: c.first, last: c.last }));
    const { verdicts, setErrors } = judge999Set(r, claims);
    const ik5 = `IK501 ${r.ackCode ?? '?'}${r.errorCodes.length > 0 ? `, IK502 ${r.errorCodes.join(' ')}` : ''}`;
    const detail = { ...base, st02, ik501: r.ackCode, ik501Description: r.ackDescription, ik502: r.errorCodes };
    for (const v of verdicts) {
      const range = claims.find((c) => c.claimId === v.claimId)!;
      const d = { ...detail, loop2300: { first: range.first, last: range.last }, errors: v.errors, setErrors, segmentPosition: v.errors[0]?.position ?? null, code: v.errors[0]?.code ?? null };
      if (r.ackCode === null || (!REJECTING_IK501.has(r.ackCode) && r.ackCode !== 'A' && r.ackCode !== 'E')) {
        await p.apply(v.claimId, null, { ...d, description: `999 answered transaction set ${st02} with ${ik5}` });
      } else if (v.outcome === 'accepted') {
        const errs = v.errors.length > 0 ? `: ${v.errors.map(describeSegmentError).join('; ')}` : '';
        await p.apply(v.claimId, 'accepted_by_clearinghouse', { ...d, description: `999 accepted${r.ackCode === 'E' ? ' with errors' : ''} (transaction set ${st02})${errs}` });
      } else if (v.errors.length > 0) {
        await p.apply(v.claimId, 'rejected_by_clearinghouse', { ...d, wholeSet: false, description: `999 rejected: ${v.errors.map(describeSegmentError).join('; ')}` });
      } else {
        const why = setErrors.length > 0 ? `; set errors: ${setErrors.map(describeSegmentError).join('; ')}` : '';
        await p.apply(v.claimId, 'rejected_by_clearinghouse', { ...d, wholeSet: true, description: `999 rejected: whole transaction set ${st02} rejected (${ik5}), no segment error in this claim${why}` });
      }
    }
  }

  // 277CA: 2200D TRN02 = our CLM01 among submitted claims (+ billing NPI, payer ID, STC04 = CLM02 to break ties).
  private async apply277(p: Posting, doc: Ack277CADocument): Promise<void> {
    for (const t of doc.transactions) {
      const payerIds = t.informationSources.filter((s) => s.idQualifier === 'PI' && s.id !== null).map((s) => s.id!.toUpperCase());
      for (const c of t.claims) {
        const views = statusViews(c.statuses);
        const reference = {
          patientControlNumber: c.patientControlNumber, billingNpi: c.billingProviderNpi, payerIds, memberId: c.patient.memberId,
          payerClaimControlNumber: c.payerClaimControlNumber, st02: t.controlNumber, hlId: c.hlId,
        };
        let candidates = c.patientControlNumber === null ? [] : await this.store.claimsByPatientControlNumber(p.tx, c.patientControlNumber);
        if (c.billingProviderNpi) candidates = prefer(candidates, (x) => x.billingNpi === c.billingProviderNpi);
        if (payerIds.length > 0) candidates = prefer(candidates, (x) => payerIds.includes(x.payerId.toUpperCase()));
        const charge = c.statuses.find((s) => s.amount !== null)?.amount ?? null;
        if (charge !== null) candidates = prefer(candidates, (x) => sameAmount(x.totalCharge, charge));
        const target = candidates[0];
        if (!target) {
          p.unmatch('no_claim', reference, { statuses: views });
          continue;
        }
        const outcome = classify277(c);
        const detail = {
          submissionId: target.submissionId, st02: t.controlNumber, bht03: t.referenceId, hlId: c.hlId,
          payerClaimControlNumber: c.payerClaimControlNumber, clearinghouseTraceNumber: c.clearinghouseTraceNumber, statuses: views,
          code: views[0] ? `${views[0].category ?? ''}:${views[0].status ?? ''}` : null,
        };
        if (outcome === 'accepted') {
          const pcn = c.payerClaimControlNumber ? `payer claim number ${c.payerClaimControlNumber}, ` : '';
          await p.apply(target.claimId, 'accepted_by_payer', { ...detail, description: `277CA accepted: ${pcn}${views.map(describeStatus).join('; ')}` });
        } else if (outcome === 'rejected') {
          const why = views.filter((v) => v.action === 'U' || (v.category !== null && /^A[34678]$/.test(v.category)));
          await p.apply(target.claimId, 'rejected', { ...detail, description: `277CA rejected: ${(why.length > 0 ? why : views).map(describeStatus).join('; ')}` });
        } else {
          await p.apply(target.claimId, null, { ...detail, description: `277CA received, not yet accepted: ${views.map(describeStatus).join('; ')}` });
        }
      }
    }
  }
}

function controlNumbersOf(doc: AcknowledgmentDocument): Record<string, unknown> {
  const ta1s = doc.type === 'TA1' ? doc.acknowledgments : doc.interchangeAcknowledgments;
  const out: Record<string, unknown> = {};
  if (ta1s.length > 0) out.ta1 = ta1s.map((t) => ({ isa13: t.interchangeControlNumber, code: t.acknowledgmentCode, note: t.noteCode }));
  if (doc.type === '999') {
    out.groups = doc.transactions.map((t) => ({ st02: t.controlNumber, gs06: t.groupResponse.groupControlNumber, ak901: t.groupResponse.ackCode, sets: t.transactionResponses.map((r) => ({ st02: r.controlNumber, ik501: r.ackCode })) }));
  }
  if (doc.type === '277CA') {
    out.transactions = doc.transactions.map((t) => ({ st02: t.controlNumber, bht03: t.referenceId, claims: t.claims.length }));
  }
  return out;
}
