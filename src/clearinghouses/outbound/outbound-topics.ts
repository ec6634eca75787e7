// Names on the message bus for outbound files: one topic and one durable queue per clearinghouse,
// so a slow or unreachable clearinghouse never holds up the files of another.
export const outboundTopic = (clearinghouseId: string): string => `outbound.${clearinghouseId}`;
export const outboundQueue = (clearinghouseId: string): string => `outbound.${clearinghouseId}`;

/** The message a batched submission announces (the outbox row id is the submission id). */
export interface SubmissionQueuedMessage {
  submissionId: string;
  clearinghouseId: string;
}
