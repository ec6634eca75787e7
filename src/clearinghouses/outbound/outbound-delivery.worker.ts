// Delivers queued submissions: one consumer per clearinghouse queue takes a submission id from the
// bus, hands the stored file to the clearinghouse's transport and, once the file is there, marks the
// submission and its claims transmitted in one transaction. Transport errors a retry may cure go
// back to the bus (backoff per profile); the rest, and the last attempt, end dead-lettered.
// Redelivery after a crash between upload and ack is safe: the transport finds the identical file
// under the same name (ISA13 in it) and reports it delivered without writing it again.
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { SubmissionDeliveryStore } from '../../batching/submission-delivery-store.port';
import { SubmissionStore } from '../../batching/submission-store.port';
import { ClaimStore } from '../../claims/claim-store.port';
import { ROOT_LOGGER } from '../../logging/logger';
import { ConsumerGroup } from '../../messaging/consumer-group';
import { describeError, MessageBus, type DeliveredMessage } from '../../messaging/message-bus.port';
import { UnitOfWork } from '../../persistence/unit-of-work';
import { formatGroupControlNumber, formatInterchangeControlNumber } from '../../x12';
import type { ClearinghouseProfile } from '../clearinghouse-profile';
import { ClearinghouseRegistry } from '../clearinghouse-registry';
import { ClearinghouseTransports } from '../clearinghouse-transports';
import { TransportError } from '../transport/transport.errors';
import { outboundQueue, outboundTopic, type SubmissionQueuedMessage } from './outbound-topics';

/** Thrown to skip the bus's retries: the message goes straight to the dead-letter queue. */
class PermanentDeliveryError extends Error {
  readonly permanent = true;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

export type DeliveryOutcome = 'transmitted' | 'already-transmitted';

@Injectable()
export class OutboundDeliveryWorker implements OnModuleDestroy {
  private readonly consumers: ConsumerGroup;
  private reconcileTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly registry: ClearinghouseRegistry,
    private readonly transports: ClearinghouseTransports,
    private readonly submissions: SubmissionStore,
    private readonly deliveries: SubmissionDeliveryStore,
    private readonly claims: ClaimStore,
    private readonly unitOfWork: UnitOfWork,
    private readonly bus: MessageBus,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.consumers = new ConsumerGroup(bus, logger, 'outbound');
  }

  /** Subscribes one consumer per clearinghouse; while the broker is away it keeps trying in the background. */
  start(): Promise<void> {
    return this.consumers.start(() =>
      this.registry.list().map((profile) => ({
        queue: outboundQueue(profile.id),
        topics: [outboundTopic(profile.id)],
        handler: (m: DeliveredMessage) => this.handle(profile, m).then(() => undefined),
        options: {
          prefetch: profile.delivery.concurrency,
          maxAttempts: profile.delivery.maxAttempts,
          backoffMs: profile.delivery.backoffSeconds.map((s) => Math.round(s * 1000)),
        },
      })),
    );
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  async stop(): Promise<void> {
    if (this.reconcileTimer) clearInterval(this.reconcileTimer);
    this.reconcileTimer = null;
    await this.consumers.stop();
  }

  /** Checks the dead-letter queues every `everyMs` (the worker role does; see reconcileDeadLetters). */
  watchDeadLetters(everyMs = 60_000): void {
    if (this.reconcileTimer) return;
    this.reconcileTimer = setInterval(() => {
      this.reconcileDeadLetters().catch((err: unknown) => this.logger.warn({ error: describeError(err) }, 'dead-letter check failed'));
    }, everyMs);
    this.reconcileTimer.unref();
  }

  /**
   * A consumer that dies on the last attempt leaves the bus to dead-letter the message without our
   * handler running, so the submission would still read queued or failed. This marks every
   * submission whose message sits in a dead-letter queue as dead_lettered (with the bus's error),
   * so it shows in the list and can be retried. Returns how many were marked.
   */
  async reconcileDeadLetters(): Promise<number> {
    let marked = 0;
    for (const profile of this.registry.list()) {
      for (const dead of await this.bus.deadLetters(outboundQueue(profile.id))) {
        const submissionId = (dead.body as Partial<SubmissionQueuedMessage> | null)?.submissionId;
        if (typeof submissionId !== 'string') continue;
        const submission = await this.submissions.findById(submissionId);
        if (!submission || submission.status === 'transmitted' || submission.status === 'dead_lettered') continue;
        await this.deliveries.recordFailure(submission.id, 'dead_lettered', dead.attempts, dead.error || 'DEAD_LETTERED: the bus gave up on the message');
        marked++;
      }
    }
    if (marked > 0) this.logger.warn({ submissions: marked }, 'submissions found in dead-letter queues marked dead_lettered');
    return marked;
  }

  /** One delivery attempt of the submission a message names. */
  async handle(profile: ClearinghouseProfile, message: DeliveredMessage): Promise<DeliveryOutcome> {
    const { submissionId } = message.body as SubmissionQueuedMessage;
    const submission = typeof submissionId === 'string' ? await this.submissions.findById(submissionId) : null;
    if (!submission) throw new PermanentDeliveryError('SUBMISSION_NOT_FOUND', `message ${message.id} names no stored submission`);
    if (submission.status === 'transmitted') return 'already-transmitted';
    const file = await this.submissions.file(submission.id);
    if (!file) throw new PermanentDeliveryError('SUBMISSION_NOT_FOUND', `submission ${submission.id} has no file`);

    const isa13 = formatInterchangeControlNumber(submission.isa13);
    const log = { submissionId: submission.id, clearinghouseId: profile.id, isa13, attempt: message.attempt };
    let remoteName: string;
    let alreadyDelivered: boolean;
    try {
      const vars = { isa13, gs06: formatGroupControlNumber(submission.gs06), payer: submission.payerId, kind: submission.kind, usage: submission.usage };
      ({ remoteName, alreadyDelivered } = await this.transports.get(profile.id).deliver({ name: file.fileName, content: file.text }, vars));
    } catch (err) {
      const retryable = !(err instanceof TransportError) || err.retryable;
      const last = !retryable || message.attempt >= profile.delivery.maxAttempts;
      const error = describeError(err);
      await this.deliveries.recordFailure(submission.id, last ? 'dead_lettered' : 'failed', message.attempt, error);
      this.logger.warn({ ...log, error, deadLettered: last }, last ? 'submission dead-lettered' : 'submission delivery failed, will retry');
      if (!retryable) throw new PermanentDeliveryError((err as TransportError).code, error);
      throw err;
    }

    await this.unitOfWork.run(async (tx) => {
      if (!(await this.deliveries.markTransmitted(tx, submission.id, remoteName, message.attempt))) return;
      const claimIds = await this.deliveries.batchedClaims(tx, submission.id);
      const detail = { submissionId: submission.id, clearinghouseId: profile.id, isa13, remoteName };
      await this.claims.transitionMany(tx, claimIds.map((claimId) => ({ claimId, detail })), 'transmitted', 'transmission');
    });
    this.logger.info({ ...log, remoteName, alreadyDelivered }, 'submission transmitted');
    return 'transmitted';
  }
}
