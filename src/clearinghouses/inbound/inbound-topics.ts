// Names on the message bus for inbound files: every clearinghouse's pickup publishes to one topic,
// one durable queue feeds the router.
export const INBOUND_TOPIC = 'inbound.received';
export const INBOUND_QUEUE = 'inbound';

/** The message a picked-up file announces (the outbox row id is the inbound file id). */
export interface InboundReceivedMessage {
  inboundFileId: string;
  clearinghouseId: string;
}
