// Remittance posting: an 835 file in (text, bytes or a re-openable stream), each transaction set
// (ST/SE) posted exactly once — claim payments matched to claims (CLP01) and service lines (REF*6R,
// else code + modifiers + date), claim statuses moved with their cause, PLB kept — or recorded as
// a duplicate of the first posting, or rejected unposted with its diagnostics. A set rejected only
// because it does not balance is kept as read and can be released (posted) by hand after review.
import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { ClaimStatus } from '../claims/claim-status';
import { ClaimStore } from '../claims/claim-store.port';
import { amountToCents, formatAmount } from '../claims/money';
import { isUniqueViolation } from '../persistence/database-errors';
import { UnitOfWork, type Tx } from '../persistence/unit-of-work';
import {
  findTruncation,
  read835Batches,
  Remittance835Error,
  X12Error,
  type X12Diagnostic,
  type ClaimPayment,
  type ProviderAdjustment,
  type TransactionEndEvent,
  type TransactionStartEvent,
} from '../x12';
import {
  blockingDiagnostics,
  adjustmentsOf,
  centsOrZero,
  claimLinesOf,
  matchServiceLines,
  patientResponsibilityCents,
  releasableRejection,
  REMITTANCE_EXPECTED_FROM,
  REVERSAL_CODE,
  settle,
  statusAfterPayment,
} from './posting-rules';
import { invalidRelease, remittanceAlreadyReleased, remittanceNotFound, remittanceNotReleasable, unreadableRemittance } from './remittance.errors';
import {
  RemittanceStore,
  type DuplicateReason,
  type HeldTransactionSet,
  type NewClaimPayment,
  type NewRemittance,
  type PaymentKey,
  type RemittanceStatus,
  type StoredRemittance,
} from './remittance-store.port';

/** The claim event cause of a release by hand (automatic posting records `remittance`). */
export const MANUAL_RELEASE_CAUSE = 'remittance.manual_release';
/** Longest release reason kept. */
export const MAX_RELEASE_REASON_LENGTH = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A file to ingest: whole text or bytes, or a source that can be opened twice (hash, then post). */
export type IngestInput = string | Uint8Array | { open(): AsyncIterable<string | Uint8Array> };

export interface IngestOptions {
  fileName?: string | null;
  /** `api`, `cli`, `sftp`, … */
  source: string;
}

/** A reader diagnostic, or POSTING_FAILED when the database refused a value of the set. */
export interface PostingDiagnostic {
  code: string;
  message: string;
  segmentIndex: number | null;
}

export interface IngestedRemittance {
  /** Null only when even the rejection could not be stored. */
  id: string | null;
  status: RemittanceStatus;
  transactionControlNumber: string;
  duplicateOf: string | null;
  duplicateReason: DuplicateReason | null;
  claims: number;
  matched: number;
  unmatched: number;
  balanced: boolean;
  diagnostics: PostingDiagnostic[];
}

export interface IngestResult {
  sha256: string;
  remittances: IngestedRemittance[];
}

export interface ReleasedRemittance extends IngestedRemittance {
  releasedAt: string;
  releaseReason: string;
  releasedBy: string | null;
}

interface TransactionSet {
  index: number;
  start: TransactionStartEvent;
  claims: ClaimPayment[];
}

/** How a posting is recorded on the claims it moves: the event cause, and what the release adds. */
interface PostingCause {
  event: string;
  release: { reason: string; by: string | null } | null;
}

const AUTOMATIC: PostingCause = { event: 'remittance', release: null };

/** The request body of a release: `{ "reason": "..." }`, non-empty after trimming. */
function releaseReasonOf(body: unknown): string {
  const reason = (body as { reason?: unknown } | null)?.reason;
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw invalidRelease([{ path: 'reason', code: 'REQUIRED', message: 'reason is required: say why the set is posted although it does not balance' }]);
  }
  if (reason.trim().length > MAX_RELEASE_REASON_LENGTH) {
    throw invalidRelease([{ path: 'reason', code: 'TOO_LONG', message: `reason must be at most ${MAX_RELEASE_REASON_LENGTH} characters` }]);
  }
  return reason.trim();
}

/** What a rejected set keeps for its release: the reader's events, as read. */
function heldSet(set: TransactionSet, end: TransactionEndEvent): HeldTransactionSet {
  const { controlNumber, payment, payer, payee } = set.start;
  return { controlNumber, payment, payer, payee, claims: set.claims, providerAdjustments: end.providerAdjustments };
}

/** A database error caused by the data of one transaction set (a value out of range, …), not by the database being away. */
function isDataError(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const code = String((err.driverError as { code?: string }).code ?? '');
  return code.startsWith('22') || (code.startsWith('23') && code !== '23505');
}

function openInput(input: IngestInput): AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> {
  return typeof input === 'string' || input instanceof Uint8Array ? [input] : input.open();
}

async function sha256Of(input: IngestInput): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of openInput(input)) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * The first read of a file, before anything of it posts: its sha256 (part of each set's identity)
 * and whether it was cut off (TRUNCATED_INTERCHANGE). Bytes the tokenizer refuses outright are
 * left to the 835 reader, which reports them with its own code.
 */
async function inspect(input: IngestInput): Promise<{ sha256: string; truncation: X12Diagnostic | null }> {
  const hash = createHash('sha256');
  const hashed = async function* () {
    for await (const chunk of openInput(input)) {
      hash.update(chunk);
      yield chunk;
    }
  };
  try {
    const truncation = await findTruncation(hashed());
    return { sha256: hash.digest('hex'), truncation };
  } catch (err) {
    if (!(err instanceof X12Error)) throw err;
    return { sha256: await sha256Of(input), truncation: null };
  }
}

@Injectable()
export class RemittanceService {
  constructor(
    private readonly store: RemittanceStore,
    private readonly claims: ClaimStore,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /**
   * Posts every 835 transaction set of the file, in order, as its SE is read. Throws
   * UNREADABLE_REMITTANCE when the input holds no 835 at all (then nothing was posted). An
   * unreachable database fails the call after the sets already posted; posting the file again
   * posts the rest and records the others as duplicates, so nothing is posted twice.
   */
  async ingest(input: IngestInput, options: IngestOptions): Promise<IngestResult> {
    // A file cut off in transfer posts nothing: its complete sets come again with the retransmission,
    // and posting them now would leave the file half-applied.
    const { sha256, truncation } = await inspect(input);
    if (truncation) throw unreadableRemittance({ code: truncation.code, message: truncation.message, segmentIndex: truncation.segmentIndex });
    const source = openInput(input);
    const remittances: IngestedRemittance[] = [];
    let current: TransactionSet | undefined;
    let index = 0;
    try {
      for await (const batch of read835Batches(source)) {
        for (const event of batch) {
          if (event.type === 'transaction-start') current = { index: index++, start: event, claims: [] };
          else if (event.type === 'claim') current?.claims.push(event.claim);
          else if (current) {
            remittances.push(await this.postTransactionSet(current, event, sha256, options));
            current = undefined;
          }
        }
      }
    } catch (err) {
      if (err instanceof Remittance835Error) throw unreadableRemittance(err);
      throw err;
    }
    return { sha256, remittances };
  }

  /**
   * One database transaction per 835 transaction set: a set that fails (does not balance, or holds
   * a value the database refuses) does not block the good sets of the same file, and a set is never
   * half-posted — its claim payments, claim status changes and PLB commit or roll back together.
   */
  private async postTransactionSet(set: TransactionSet, end: TransactionEndEvent, sha256: string, options: IngestOptions): Promise<IngestedRemittance> {
    const base = this.remittanceRow(set, end, sha256, options);
    const blocking = blockingDiagnostics(end.balanced, end.diagnostics);
    if (blocking.length > 0) return this.recordRejected(base, end.diagnostics, releasableRejection(end.diagnostics) ? heldSet(set, end) : null);
    try {
      return await this.unitOfWork.run((tx) => this.post(tx, base, set, end));
    } catch (err) {
      // Lost a race with a concurrent ingest of the same set or payment: that one posted it.
      if (isUniqueViolation(err)) return this.unitOfWork.run((tx) => this.post(tx, base, set, end));
      if (!isDataError(err)) throw err;
      const failure: PostingDiagnostic = { code: 'POSTING_FAILED', message: `the transaction set could not be posted: ${(err as Error).message}`, segmentIndex: null };
      return this.recordRejected(base, [...end.diagnostics, failure]);
    }
  }

  private async post(tx: Tx, base: NewRemittance, set: TransactionSet, end: TransactionEndEvent): Promise<IngestedRemittance> {
    const duplicate = await this.store.findPostedDuplicate(tx, paymentKeyOf(base));
    if (duplicate) {
      const row: NewRemittance = { ...base, status: 'duplicate', duplicateOf: duplicate.id, duplicateReason: duplicate.reason };
      await this.store.insertRemittance(tx, row);
      return this.summary(row, 0, end.diagnostics);
    }

    const remittance: NewRemittance = { ...base, status: 'posted' };
    await this.store.insertRemittance(tx, remittance);
    const matched = await this.postContents(tx, remittance.id, set.claims, end.providerAdjustments, set.start.payer.id, AUTOMATIC);
    return this.summary(remittance, matched, end.diagnostics);
  }

  /**
   * Posts by hand, after review, a transaction set that was rejected because it does not balance:
   * the set as it was read, through the same posting as a balanced one (claim payments, lines,
   * adjustments, PLB, matching, claim statuses), in one database transaction, once. The claim
   * events say it was released and why.
   */
  async release(id: string, body: unknown, apiKeyId: string | null): Promise<ReleasedRemittance> {
    const reason = releaseReasonOf(body);
    if (!UUID.test(id)) throw remittanceNotFound();
    try {
      return await this.unitOfWork.run(async (tx) => {
        const candidate = await this.store.lockForRelease(tx, id);
        if (!candidate) throw remittanceNotFound();
        const { remittance, heldTransaction: held } = candidate;
        if (remittance.releasedAt) throw remittanceAlreadyReleased(remittance.releasedAt);
        if (remittance.status !== 'rejected') throw remittanceNotReleasable('not_rejected', `only a rejected remittance can be released; this one is ${remittance.status}`, { status: remittance.status });
        if (!held) {
          throw remittanceNotReleasable('not_balancing', 'this remittance was not rejected (only) for balancing — it was unreadable, incomplete or refused — so it is not kept for a release; correct the file and ingest it again');
        }
        const duplicate = await this.store.findPostedDuplicate(tx, paymentKeyOf(remittance));
        if (duplicate) throw remittanceNotReleasable('payment_posted', 'the same payment is already posted', { postedAs: duplicate.id });
        const release = { at: new Date(), reason, by: apiKeyId };
        await this.store.markReleased(tx, remittance.id, release);
        const matched = await this.postContents(tx, remittance.id, held.claims, held.providerAdjustments, held.payer.id, { event: MANUAL_RELEASE_CAUSE, release: { reason, by: apiKeyId } });
        return {
          ...this.summary({ ...releasedRow(remittance), status: 'posted' }, matched, remittance.diagnostics as PostingDiagnostic[]),
          releasedAt: release.at.toISOString(),
          releaseReason: reason,
          releasedBy: apiKeyId,
        };
      });
    } catch (err) {
      // A concurrent ingest posted the same payment between the check and the update.
      if (isUniqueViolation(err)) throw remittanceNotReleasable('payment_posted', 'the same payment is already posted');
      throw err;
    }
  }

  /** The claim payments and PLB of one set, on the caller's transaction; returns how many claims matched. */
  private async postContents(tx: Tx, remittanceId: string, claims: ClaimPayment[], providerAdjustments: ProviderAdjustment[], payerId: string | null, cause: PostingCause): Promise<number> {
    let matched = 0;
    for (const [claimIndex, claim] of claims.entries()) {
      if (await this.postClaimPayment(tx, remittanceId, claimIndex, claim, payerId, cause)) matched++;
    }
    await this.store.insertProviderAdjustments(tx, remittanceId, providerAdjustments.map(providerAdjustmentRow));
    return matched;
  }

  /** Posts one claim payment (loop 2100); true when it matched a claim. */
  private async postClaimPayment(tx: Tx, remittanceId: string, claimIndex: number, claim: ClaimPayment, payerId: string | null, cause: PostingCause): Promise<boolean> {
    const target = await this.store.lockClaimForPayment(tx, claim.patientControlNumber, payerId, claim.payerClaimControlNumber);
    const isReversal = claim.status === REVERSAL_CODE;
    const reversed = isReversal ? await this.store.findReversible(tx, target?.id ?? null, claim.patientControlNumber, claim.payerClaimControlNumber) : null;
    const lines = target ? claimLinesOf(target.document) : [];
    const lineMatches = matchServiceLines(claim.services, lines);

    let statusAfter: ClaimStatus | null = null;
    let note: string | null = null;
    if (target) {
      const netPaid = amountToCents(await this.store.netPaid(tx, target.id)) + centsOrZero(claim.paid);
      const settlement = settle(netPaid, [...(await this.store.claimAdjustments(tx, target.id)), ...adjustmentsOf(claim)]);
      statusAfter = statusAfterPayment(claim.status, settlement, amountToCents(target.totalCharge));
      if (statusAfter === null) note = `no status change: CLP02 ${claim.status} with ${formatAmount(netPaid)} paid in all`;
      else if (!REMITTANCE_EXPECTED_FROM.has(target.status)) note = `posted while the claim was ${target.status}, before it was sent to the payer`;
    }
    if (isReversal && !reversed) note = [note, 'no earlier payment found for this reversal'].filter(Boolean).join('; ');
    if (cause.release) note = [`released by hand although the transaction set does not balance: ${cause.release.reason}`, note].filter(Boolean).join('; ');

    const payment: NewClaimPayment = {
      id: randomUUID(),
      remittanceId,
      claimIndex,
      claimId: target?.id ?? null,
      patientControlNumber: claim.patientControlNumber,
      statusCode: claim.status,
      charge: claim.charge,
      paid: claim.paid,
      reportedPatientResponsibility: claim.patientResponsibility,
      patientResponsibility: formatAmount(patientResponsibilityCents(claim)),
      payerClaimControlNumber: claim.payerClaimControlNumber,
      filingIndicator: claim.filingIndicator,
      isReversal,
      reversesPaymentId: reversed?.id ?? null,
      claimStatusBefore: target?.status ?? null,
      claimStatusAfter: statusAfter ?? target?.status ?? null,
      postingNote: note,
      patient: claim.patient,
      adjustments: claim.adjustments,
      remarks: claim.remarks,
      services: claim.services.map((s, lineIndex) => ({
        id: randomUUID(),
        lineIndex,
        procedureQualifier: s.procedure.qualifier,
        procedureCode: s.procedure.code,
        modifiers: s.procedure.modifiers,
        charge: s.charge,
        paid: s.paid,
        units: s.units,
        serviceDate: s.serviceDate,
        lineItemControlNumber: s.lineItemControlNumber,
        matchedLineIndex: lineMatches[lineIndex],
        adjustments: s.adjustments,
        remarks: s.remarks,
      })),
    };
    await this.store.insertClaimPayment(tx, payment);
    // A payment that moves no status (a predetermination, a payment netted to nothing) is still a
    // step on the claim's timeline: recorded as an event that keeps the status.
    if (target) {
      const detail: Record<string, unknown> = { remittanceId, claimPaymentId: payment.id, clp02: claim.status, paid: claim.paid };
      if (cause.release) {
        detail.releaseReason = cause.release.reason;
        detail.releasedBy = cause.release.by;
      }
      if (note) detail.note = note;
      await this.claims.transition(tx, target.id, statusAfter ?? (target.status as ClaimStatus), cause.event, detail);
    }
    return target !== null;
  }

  private remittanceRow(set: TransactionSet, end: TransactionEndEvent, sha256: string, options: IngestOptions): NewRemittance {
    const { payment, payer, payee } = set.start;
    return {
      id: randomUUID(),
      sha256,
      fileName: options.fileName ?? null,
      source: options.source,
      transactionIndex: set.index,
      transactionControlNumber: set.start.controlNumber,
      payerId: payer.id,
      payerName: payer.name,
      payeeName: payee.name,
      payeeIdQualifier: payee.idQualifier,
      payeeId: payee.id,
      paymentHandlingCode: payment.handlingCode,
      amount: payment.amount,
      creditDebit: payment.creditDebit,
      paymentMethod: payment.method,
      paymentDate: payment.date,
      traceNumber: payment.traceNumber,
      payerIdentifier: payment.payerIdentifier,
      balanced: end.balanced,
      diagnostics: end.diagnostics,
      status: 'posted',
      duplicateOf: null,
      duplicateReason: null,
      claimCount: set.claims.length,
      heldTransaction: null,
    };
  }

  /**
   * Keeps the record of a set that was not posted (no claim payment, no status change). A set that
   * is already posted — the same file's set released by hand, or the same payment — is recorded as
   * its duplicate instead, so that it cannot be released a second time.
   */
  private async recordRejected(base: NewRemittance, diagnostics: PostingDiagnostic[], held: HeldTransactionSet | null = null): Promise<IngestedRemittance> {
    const rejected: NewRemittance = { ...base, status: 'rejected', diagnostics, heldTransaction: held };
    let row = rejected;
    try {
      await this.unitOfWork.run(async (tx) => {
        const duplicate = await this.store.findPostedDuplicate(tx, paymentKeyOf(base));
        row = duplicate ? { ...base, status: 'duplicate', diagnostics, duplicateOf: duplicate.id, duplicateReason: duplicate.reason } : rejected;
        await this.store.insertRemittance(tx, row);
      });
      return this.summary(row, 0, diagnostics);
    } catch (err) {
      if (!isDataError(err)) throw err;
      return { ...this.summary(row, 0, diagnostics), id: null };
    }
  }

  private summary(row: NewRemittance, matched: number, diagnostics: PostingDiagnostic[]): IngestedRemittance {
    const posted = row.status === 'posted';
    return {
      id: row.id,
      status: row.status,
      transactionControlNumber: row.transactionControlNumber,
      duplicateOf: row.duplicateOf,
      duplicateReason: row.duplicateReason,
      claims: row.claimCount,
      matched: posted ? matched : 0,
      unmatched: posted ? row.claimCount - matched : 0,
      balanced: row.balanced,
      diagnostics,
    };
  }
}

/** The identity of a set's payment for duplicate detection. */
function paymentKeyOf(r: Omit<NewRemittance, 'heldTransaction'>): PaymentKey {
  return {
    sha256: r.sha256,
    transactionIndex: r.transactionIndex,
    payerKey: r.payerIdentifier ?? r.payerId,
    traceNumber: r.traceNumber,
    amount: r.amount,
    paymentDate: r.paymentDate,
    creditDebit: r.creditDebit,
  };
}

function releasedRow(r: StoredRemittance): NewRemittance {
  return { ...r, heldTransaction: null };
}

function providerAdjustmentRow(a: ProviderAdjustment, position: number) {
  return { id: randomUUID(), position, providerId: a.providerId, fiscalPeriodDate: a.fiscalPeriodDate, reason: a.reason, reference: a.reference, amount: a.amount };
}
