// The read side of batching and delivery: submissions with their claims, their files and their
// delivery state, and the replay of a dead-lettered submission.
import { Injectable } from '@nestjs/common';
import { outboundQueue, outboundTopic, type SubmissionQueuedMessage } from '../clearinghouses/outbound/outbound-topics';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { decodePageCursor, encodePageCursor, isUuid, pageLimit, statusFilter } from '../common/page-cursor';
import { MessageBus, MessageBusError } from '../messaging/message-bus.port';
import { submissionNotFound } from './batching.errors';
import { SubmissionDeliveryStore } from './submission-delivery-store.port';
import { SUBMISSION_STATUSES, SubmissionStore, type SubmissionStatus } from './submission-store.port';
import { submissionClaimView, submissionView, type SubmissionClaimView, type SubmissionView } from './submission-view';

export interface SubmissionListQuery {
  status?: string;
  clearinghouseId?: string;
  cursor?: string;
  limit?: string;
}

@Injectable()
export class SubmissionsService {
  constructor(
    private readonly submissions: SubmissionStore,
    private readonly deliveries: SubmissionDeliveryStore,
    private readonly bus: MessageBus,
  ) {}

  async get(id: string): Promise<SubmissionView & { claims: SubmissionClaimView[] }> {
    const found = isUuid(id) ? await this.submissions.findById(id) : null;
    if (!found) throw submissionNotFound();
    const claims = await this.submissions.claimsOf(id);
    return { ...submissionView(found), claims: claims.map(submissionClaimView) };
  }

  async file(id: string): Promise<{ fileName: string; text: string; sha256: string }> {
    const file = isUuid(id) ? await this.submissions.file(id) : null;
    if (!file) throw submissionNotFound();
    return file;
  }

  async list(query: SubmissionListQuery): Promise<{ items: SubmissionView[]; nextCursor: string | null }> {
    const limit = pageLimit(query.limit);
    const status = statusFilter(query.status, SUBMISSION_STATUSES);
    const page = await this.submissions.list(
      { status, clearinghouseId: query.clearinghouseId || undefined },
      query.cursor ? decodePageCursor(query.cursor) : null,
      limit,
    );
    return { items: page.items.map(submissionView), nextCursor: page.next ? encodePageCursor(page.next) : null };
  }

  /**
   * Puts a dead-lettered submission back on its clearinghouse queue with a fresh attempt count.
   * The dead-letter queue decides, not only the status: a consumer that died on the last attempt
   * leaves the message dead-lettered by the bus while the submission still reads queued or failed.
   * When the bus no longer holds the dead letter of a dead_lettered submission (a purged queue),
   * the file is announced again.
   */
  async retry(id: string): Promise<SubmissionView> {
    const found = isUuid(id) ? await this.submissions.findById(id) : null;
    if (!found) throw submissionNotFound();
    const notRetryable = () =>
      new GatewayError(ErrorCode.SubmissionNotRetryable, `only a dead-lettered submission can be retried; this one is ${found.status} and not in the dead-letter queue`, { status: found.status });
    if (found.status === 'transmitted') throw notRetryable();
    try {
      await this.bus.replay(outboundQueue(found.clearinghouseId), id);
    } catch (err) {
      if (!(err instanceof MessageBusError && err.code === 'NOT_FOUND')) throw err;
      if (found.status !== 'dead_lettered') throw notRetryable();
      const body: SubmissionQueuedMessage = { submissionId: id, clearinghouseId: found.clearinghouseId };
      await this.bus.publish(outboundTopic(found.clearinghouseId), { id, body });
    }
    await this.deliveries.requeue(id);
    return submissionView((await this.submissions.findById(id))!);
  }
}
