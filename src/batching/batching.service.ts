// Batching: turns `ready` claims into 837 interchanges. Claims are grouped by clearinghouse × payer
// × kind × usage; each interchange (one GS group) is built, numbered from the ledger, stored with
// its claims, and its claims moved to `batched`, all in one transaction — so a crash or a rollback
// leaves the claims ready and the control numbers unissued, and a commit keeps all of it.
import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ClaimStore } from '../claims/claim-store.port';
import { interchangeParties, type ClearinghouseProfile } from '../clearinghouses/clearinghouse-profile';
import { ClearinghouseRegistry } from '../clearinghouses/clearinghouse-registry';
import { outboundTopic, type SubmissionQueuedMessage } from '../clearinghouses/outbound/outbound-topics';
import { ROOT_LOGGER } from '../logging/logger';
import { Outbox } from '../messaging/outbox.port';
import { UnitOfWork, type Tx } from '../persistence/unit-of-work';
import { CONTROL_NUMBER_RANGE, formatGroupControlNumber, formatInterchangeControlNumber } from '../x12';
import { unknownClearinghouse } from './batching.errors';
import { Claim837Renderer, type InterchangeParties, type Render837Output } from './claim-837-renderer.port';
import { Clock, interchangeTimestamp } from './clock';
import { ControlNumberLedger } from './control-number-ledger.port';
import { ReadyClaims, type ReadyClaim, type ReadyQueue } from './ready-claims.port';
import { SubmissionStore, type NewSubmission, type SubmissionClaim } from './submission-store.port';
import { submissionView, type SubmissionView } from './submission-view';

export interface BatchRunOptions {
  /** Only this clearinghouse's claims; all clearinghouses when absent. */
  clearinghouseId?: string;
}

/** A claim left `ready` because it cannot go into any file for its clearinghouse. */
export interface SkippedClaim {
  claimId: string;
  clearinghouseId: string;
  reason: 'LARGER_THAN_FILE_LIMIT' | 'RENDER_FAILED';
  /** The X12Error code when the writer refused the claim. */
  code?: string;
  message: string;
}

/** Ready claims no clearinghouse will take; they stay `ready`. */
export interface HeldQueue {
  payerId: string;
  kind: ReadyQueue['kind'];
  usage: ReadyQueue['usage'];
  claims: number;
  clearinghouseId: string | null;
  reason: 'NO_CLEARINGHOUSE' | 'USAGE_NOT_ALLOWED';
}

export interface BatchRunResult {
  submissions: SubmissionView[];
  skipped: SkippedClaim[];
  held: HeldQueue[];
}

/** Claims read per step while filling a file; the byte measure decides how many more to read. */
const READ_STEP = 500;
/** Widest control numbers (ST02 counting down from it), so a measured file only shrinks when the real ones go in. */
const WIDEST = CONTROL_NUMBER_RANGE.interchange.max;

const KIND_CODE = { professional: '837P', institutional: '837I', dental: '837D' } as const;

/** A candidate file: its transaction sets, the same claims flattened, and its size. */
interface Fitted {
  sets: ReadyClaim[][];
  claims: ReadyClaim[];
  bytes: number;
}

interface InterchangeOutcome {
  submission: SubmissionView | null;
  /** The claims the submission carries. */
  claimIds: string[];
  skipped: SkippedClaim[];
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The transaction sets of one file. A set holds claims of one BHT06 claim identifier (CH claims,
 * RP encounters: the writer requires it), oldest first, at most claimsPerTransaction each; a file
 * holds at most transactionsPerGroup sets (one GS group per interchange), so claims past the last
 * set wait for the next file.
 */
function layOut(claims: readonly ReadyClaim[], limits: ClearinghouseProfile['limits']): ReadyClaim[][] {
  const byIdentifier = new Map<string, ReadyClaim[]>();
  for (const claim of claims) {
    const key = (claim.document as { claimIdentifier?: string }).claimIdentifier ?? '';
    const list = byIdentifier.get(key);
    if (list) list.push(claim);
    else byIdentifier.set(key, [claim]);
  }
  return [...byIdentifier.values()].flatMap((list) => chunk(list, limits.claimsPerTransaction)).slice(0, limits.transactionsPerGroup);
}

function partiesOf(profile: ClearinghouseProfile, usage: 'T' | 'P'): InterchangeParties {
  return {
    senderQualifier: profile.isa.senderQualifier,
    senderId: profile.isa.senderId,
    receiverQualifier: profile.isa.receiverQualifier,
    receiverId: profile.isa.receiverId,
    gsSenderId: profile.gs.senderId,
    gsReceiverId: profile.gs.receiverId,
    // ISA15 is the claims' own indicator: a test claim never leaves as production (x12-basics §6).
    usage,
    ackRequested: profile.isa.ackRequested,
    submitter: { ...profile.submitter },
    receiver: { ...profile.receiver },
  };
}

@Injectable()
export class BatchingService {
  constructor(
    private readonly registry: ClearinghouseRegistry,
    private readonly ready: ReadyClaims,
    private readonly ledger: ControlNumberLedger,
    private readonly submissions: SubmissionStore,
    private readonly claims: ClaimStore,
    private readonly unitOfWork: UnitOfWork,
    private readonly renderer: Claim837Renderer,
    private readonly clock: Clock,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    private readonly outbox: Outbox,
  ) {}

  /** Batches every ready claim (of one clearinghouse, if asked) and returns what it made. */
  async run(options: BatchRunOptions = {}): Promise<BatchRunResult> {
    const only = options.clearinghouseId === undefined ? null : this.registry.get(options.clearinghouseId);
    if (options.clearinghouseId !== undefined && !only) {
      throw unknownClearinghouse(options.clearinghouseId, this.registry.list().map((p) => p.id));
    }
    const started = Date.now();
    const result: BatchRunResult = { submissions: [], skipped: [], held: [] };
    for (const queue of await this.ready.queues()) {
      const profile = this.registry.route(queue.payerId);
      if (only && profile?.id !== only.id) continue;
      if (!profile) {
        result.held.push({ ...queue, clearinghouseId: null, reason: 'NO_CLEARINGHOUSE' });
        continue;
      }
      if (profile.usage === 'T' && queue.usage === 'P') {
        // A test connection never carries production claims: they would not be adjudicated.
        result.held.push({ ...queue, clearinghouseId: profile.id, reason: 'USAGE_NOT_ALLOWED' });
        continue;
      }
      await this.drain(profile, queue, result);
    }
    if (result.submissions.length > 0 || result.skipped.length > 0 || result.held.length > 0) {
      this.logger.info(
        {
          clearinghouseId: options.clearinghouseId ?? null,
          submissions: result.submissions.map((s) => ({ id: s.id, clearinghouseId: s.clearinghouseId, isa13: s.isa13, claims: s.claimCount, bytes: s.byteLength })),
          skipped: result.skipped.map((s) => ({ claimId: s.claimId, reason: s.reason, code: s.code })),
          held: result.held.map((h) => ({ payerId: h.payerId, kind: h.kind, usage: h.usage, claims: h.claims, reason: h.reason })),
          ms: Date.now() - started,
        },
        'batch run finished',
      );
    }
    return result;
  }

  /** One interchange per transaction until the queue has no claim left that this run can send. */
  private async drain(profile: ClearinghouseProfile, queue: ReadyQueue, result: BatchRunResult): Promise<void> {
    const excluded = new Set<string>();
    const batched = new Set<string>();
    for (;;) {
      const outcome = await this.unitOfWork.run((tx) => this.buildInterchange(tx, profile, queue, excluded));
      result.skipped.push(...outcome.skipped);
      if (outcome.submission) {
        result.submissions.push(outcome.submission);
        // Each pass must use up claims (batched) or set some aside (skipped); the loop ends when
        // the queue is empty. A claim seen again would mean it stayed ready after batching.
        for (const id of outcome.claimIds) {
          if (batched.has(id)) throw new Error(`internal: claim ${id} is still ready after it was batched`);
          batched.add(id);
        }
      } else if (outcome.skipped.length === 0) return;
    }
  }

  private async buildInterchange(tx: Tx, profile: ClearinghouseProfile, queue: ReadyQueue, excluded: Set<string>): Promise<InterchangeOutcome> {
    const { limits } = profile;
    const cap = limits.claimsPerTransaction * limits.transactionsPerGroup;
    const createdAt = interchangeTimestamp(this.clock.now());
    const parties = partiesOf(profile, queue.usage);
    const skipped: SkippedClaim[] = [];
    const skip = (claim: ReadyClaim, entry: Omit<SkippedClaim, 'claimId' | 'clearinghouseId'>) => {
      excluded.add(claim.id);
      skipped.push({ claimId: claim.id, clearinghouseId: profile.id, ...entry });
    };
    const refused = (claim: ReadyClaim, err: unknown) => {
      const e = err as { code?: string; message?: string };
      skip(claim, { reason: 'RENDER_FAILED', ...(e.code ? { code: e.code } : {}), message: e.message ?? String(err) });
    };
    const render = (sets: ReadyClaim[][], st02: number[] | null, isa13 = WIDEST, gs06 = WIDEST) =>
      this.renderer.render({
        kind: queue.kind,
        parties,
        controlNumbers: { isa13, gs06, st02: st02 ?? sets.map((_, i) => WIDEST - i) },
        createdAt,
        transactions: sets.map((set) => set.map((c) => c.document)),
      });
    // Measures a candidate file written with the widest control numbers. A claim the writer refuses
    // (the error's `claimIndex` names it) is set aside and the rest measured again; an error that
    // names no claim is the profile's or the writer's, and stops the run.
    const measure = (claims: readonly ReadyClaim[]): Fitted => {
      const sets = layOut(claims, limits);
      const flat = sets.flat();
      if (flat.length === 0) return { sets, claims: flat, bytes: 0 };
      try {
        return { sets, claims: flat, bytes: Buffer.byteLength(render(sets, null).text, 'utf8') };
      } catch (err) {
        const at = (err as { claimIndex?: unknown }).claimIndex;
        if (typeof at === 'number' && Number.isInteger(at) && at >= 0 && at < flat.length) {
          refused(flat[at], err);
          return measure(flat.filter((_, i) => i !== at));
        }
        if (at !== undefined) throw err;
        // A writer that does not say which claim failed: write each claim alone to find out.
        const renderable = flat.filter((claim) => {
          try {
            render([[claim]], null);
            return true;
          } catch {
            return false;
          }
        });
        if (renderable.length === 0 || renderable.length === flat.length) throw err;
        for (const claim of flat) if (!renderable.includes(claim)) refused(claim, err);
        return measure(renderable);
      }
    };

    const firstRead = Math.min(cap, READ_STEP);
    let taken = await this.ready.lockOldest(tx, queue, firstRead, [...excluded]);
    if (taken.length === 0) return { submission: null, claimIds: [], skipped };
    let more = taken.length === firstRead;
    let fitted = measure(taken);

    // Fill: read more claims while the file has room, sized by the bytes per claim measured so far.
    while (more && fitted.claims.length > 0 && fitted.bytes < limits.bytesPerFile && taken.length < cap) {
      const perClaim = fitted.bytes / fitted.claims.length;
      const want = Math.min(cap - taken.length, Math.max(READ_STEP, Math.floor((limits.bytesPerFile - fitted.bytes) / perClaim)));
      const next = await this.ready.lockOldest(tx, queue, want, [...excluded, ...taken.map((c) => c.id)]);
      more = next.length === want;
      if (next.length === 0) break;
      taken = taken.concat(next);
      const before = fitted.claims.length;
      fitted = measure(fitted.claims.concat(next));
      if (fitted.claims.length <= before) break; // the sets per group are full
    }
    // Trim: keep the oldest claims that fit in bytesPerFile; the rest stay ready for the next file.
    while (fitted.bytes > limits.bytesPerFile) {
      if (fitted.claims.length === 1) {
        skip(fitted.claims[0], { reason: 'LARGER_THAN_FILE_LIMIT', message: `the claim alone makes a ${fitted.bytes}-byte file; ${profile.id} accepts at most ${limits.bytesPerFile} bytes` });
        fitted = { sets: [], claims: [], bytes: 0 };
        break;
      }
      const n = Math.max(1, Math.min(fitted.claims.length - 1, Math.floor((fitted.claims.length * limits.bytesPerFile) / fitted.bytes)));
      fitted = measure(fitted.claims.slice(0, n));
    }
    if (fitted.claims.length === 0) return { submission: null, claimIds: [], skipped };

    const { sets, claims } = fitted;
    const pair = interchangeParties(profile);
    const numbers = await this.ledger.allocate(tx, { ...pair, interchanges: 1, groups: 1, transactions: sets.length });
    const [isa13] = numbers.interchanges;
    const [gs06] = numbers.groups;
    const output = render(sets, numbers.transactions.map((n) => n.value), isa13.value, gs06.value);
    const byteLength = Buffer.byteLength(output.text, 'utf8');
    if (byteLength > limits.bytesPerFile) throw new Error(`internal: interchange grew from ${fitted.bytes} to ${byteLength} bytes with its control numbers`);
    const claimRows = this.claimRows(output, sets);

    const id = randomUUID();
    const isa13Text = formatInterchangeControlNumber(isa13.value);
    const submission: NewSubmission = {
      id,
      clearinghouseId: profile.id,
      payerId: queue.payerId,
      kind: queue.kind,
      usage: queue.usage,
      status: 'queued',
      isaSender: pair.sender,
      isaReceiver: pair.receiver,
      isa13: isa13.value,
      isa13Serial: isa13.serial,
      gs06: gs06.value,
      gs06Serial: gs06.serial,
      st02: output.transactions.map((t) => t.st02),
      claimCount: claims.length,
      fileName: `${profile.id}-${KIND_CODE[queue.kind]}-${queue.usage}-${isa13Text}.x12`,
      fileText: output.text,
      byteLength,
      sha256: createHash('sha256').update(output.text, 'utf8').digest('hex'),
      createdAt: this.clock.now(),
    };
    await this.submissions.insert(tx, submission, claimRows);
    // Announced in the same transaction: the file is delivered if and only if the submission exists.
    const queued: SubmissionQueuedMessage = { submissionId: id, clearinghouseId: profile.id };
    await this.outbox.add(tx, { id, topic: outboundTopic(profile.id), body: queued });
    const gs06Text = formatGroupControlNumber(gs06.value);
    await this.claims.transitionMany(
      tx,
      claimRows.map((row) => ({ claimId: row.claimId, detail: { submissionId: id, isa13: isa13Text, gs06: gs06Text, st02: row.st02 } })),
      'batched',
      'batching',
    );
    const stored = { ...submission, transactionCount: submission.st02.length, deliveryAttempts: 0, lastError: null, remoteName: null, transmittedAt: null, updatedAt: submission.createdAt };
    return { submission: submissionView(stored), claimIds: claims.map((c) => c.id), skipped };
  }

  /**
   * Pairs every rendered claim with its stored claim. `index` is the claim's flattened position in
   * the writer's input (transaction sets in order); the writer reorders claims inside a set (it
   * groups them by billing provider and subscriber), so rows are matched by index, not by order.
   * A writer that lost, added or moved a claim to another set is a bug: the interchange rolls back.
   */
  private claimRows(output: Render837Output, transactions: ReadyClaim[][]): SubmissionClaim[] {
    if (output.transactions.length !== transactions.length) {
      throw new Error(`internal: the 837 writer returned ${output.transactions.length} transaction sets for ${transactions.length}`);
    }
    const rows: SubmissionClaim[] = [];
    let offset = 0;
    output.transactions.forEach((t, transactionIndex) => {
      const input = transactions[transactionIndex];
      const seen = new Set<number>();
      for (const rendered of t.claims) {
        const claimIndex = rendered.index - offset;
        const claim = input[claimIndex];
        if (!claim || seen.has(claimIndex)) throw new Error(`internal: the 837 writer reported claim ${rendered.index} in transaction set ${t.st02}, which does not hold it`);
        seen.add(claimIndex);
        rows.push({
          claimId: claim.id,
          transactionIndex,
          st02: t.st02,
          claimIndex,
          patientControlNumber: rendered.patientControlNumber,
          loop2300: { firstSegment: rendered.loop2300.firstSegment, lastSegment: rendered.loop2300.lastSegment },
        });
      }
      if (seen.size !== input.length) throw new Error(`internal: the 837 writer reported ${seen.size} claims of ${input.length} in transaction set ${t.st02}`);
      offset += input.length;
    });
    return rows.sort((a, b) => a.transactionIndex - b.transactionIndex || a.claimIndex - b.claimIndex);
  }
}
