// Routes picked-up files by transaction (ST01; a TA1 has none) to the acknowledgment handler (TA1,
// 999, 277CA) or to remittance posting (835). A file nobody can read — not X12, a transaction we do
// not take, or one its reader refuses — is quarantined with a coded reason and the next file goes
// on. Database trouble is not the file's fault: those messages go back to the bus and are retried.
// Content is read from the store chunk by chunk (sniff, envelope check, 835 posting), never whole;
// only acknowledgments, small by nature, are joined into one string.
import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { AcknowledgmentsService } from '../../acknowledgments/acknowledgments.service';
import { GatewayError } from '../../common/gateway-error';
import { ROOT_LOGGER } from '../../logging/logger';
import { ConsumerGroup } from '../../messaging/consumer-group';
import { MessageBus, type DeliveredMessage } from '../../messaging/message-bus.port';
import { RemittanceService } from '../../remittance/remittance.service';
import { findTruncation, X12Error } from '../../x12';
import { InboundFileStore, type InboundFileRecord } from './inbound-file-store.port';
import { INBOUND_QUEUE, INBOUND_TOPIC, type InboundReceivedMessage } from './inbound-topics';
import { sniffTransaction } from './sniff-transaction';

const SNIFF_BYTES = 64 * 1024;
/** Above this, a TA1/999/277CA is quarantined unread: acknowledgments are parsed whole, and real ones are kilobytes. */
export const ACKNOWLEDGMENT_MAX_BYTES = 64 * 1024 * 1024;
const ACKNOWLEDGMENT_TYPES = new Set(['TA1', '999', '277']);

export type RouteOutcome = 'processed' | 'quarantined' | 'skipped';

export class QuarantineReason {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly segmentIndex: number | null = null,
  ) {}
}

@Injectable()
export class InboundRouterWorker implements OnModuleDestroy {
  private readonly consumers: ConsumerGroup;

  constructor(
    private readonly files: InboundFileStore,
    private readonly remittance: RemittanceService,
    bus: MessageBus,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    @Optional() private readonly acknowledgments?: AcknowledgmentsService,
  ) {
    this.consumers = new ConsumerGroup(bus, logger, 'inbound-router');
  }

  start(): Promise<void> {
    return this.consumers.start(() => [
      {
        queue: INBOUND_QUEUE,
        topics: [INBOUND_TOPIC],
        handler: (m: DeliveredMessage) => this.handle(m).then(() => undefined),
        options: { prefetch: 4, maxAttempts: 8, backoffMs: [1000, 5000, 30_000, 120_000] },
      },
    ]);
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  stop(): Promise<void> {
    return this.consumers.stop();
  }

  async handle(message: DeliveredMessage): Promise<RouteOutcome> {
    const { inboundFileId, clearinghouseId } = message.body as InboundReceivedMessage;
    const file = typeof inboundFileId === 'string' ? await this.files.findById(inboundFileId) : null;
    if (!file || file.status !== 'received') return 'skipped';
    const type = sniffTransaction((await this.head(file.id)).toString('utf8'));
    const log = { inboundFileId: file.id, clearinghouseId, transactionType: type };
    try {
      const result = await this.route(type, file, clearinghouseId);
      await this.files.markProcessed(file.id, type as string, result);
      this.logger.info(log, 'inbound file processed');
      return 'processed';
    } catch (err) {
      const reason = quarantineReason(err);
      if (!reason) throw err;
      await this.files.markQuarantined(file.id, type, reason.code, reason.message, reason.segmentIndex);
      this.logger.warn({ ...log, code: reason.code, segmentIndex: reason.segmentIndex }, 'inbound file quarantined');
      return 'quarantined';
    }
  }

  /** The first SNIFF_BYTES (or fewer) of the file: only the chunks needed are read. */
  private async head(id: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of this.files.openContent(id)) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= SNIFF_BYTES) break;
    }
    return Buffer.concat(chunks, length).subarray(0, SNIFF_BYTES);
  }

  private async route(type: string | null, file: InboundFileRecord, clearinghouseId: string): Promise<unknown> {
    const options = { fileName: file.remoteName, source: `clearinghouse:${clearinghouseId}` };
    const open = () => this.files.openContent(file.id);
    if (type === null) throw new QuarantineReason('NOT_X12', 'the file does not start with an ISA interchange header');
    if (type === '') throw new QuarantineReason('NO_TRANSACTION', 'the interchange holds neither a TA1 nor a transaction set (ST)');
    if (ACKNOWLEDGMENT_TYPES.has(type) && file.byteLength > ACKNOWLEDGMENT_MAX_BYTES) {
      throw new QuarantineReason('ACKNOWLEDGMENT_TOO_LARGE', `a ${type} file of ${file.byteLength} bytes is over the ${ACKNOWLEDGMENT_MAX_BYTES}-byte limit for acknowledgments; it was not read`);
    }
    if (type === '835') {
      // A source opened once per pass (hash and envelope check, then post): the 835 reader streams
      // the chunks as they are read. A cut-off file is refused by posting itself (TRUNCATED_INTERCHANGE).
      const { sha256, remittances } = await this.remittance.ingest({ open }, options);
      return { sha256, remittances: remittances.map((r) => ({ id: r.id, status: r.status, transactionControlNumber: r.transactionControlNumber, claims: r.claims, matched: r.matched, balanced: r.balanced })) };
    }
    if (ACKNOWLEDGMENT_TYPES.has(type)) {
      if (!this.acknowledgments) throw new QuarantineReason('UNSUPPORTED_TRANSACTION', `no handler for ${type} files is loaded`);
      await assertComplete(open());
      const ack = await this.acknowledgments.ingest(await joined(open()), options);
      return { id: ack.id, type: ack.type, status: ack.status, duplicateOf: ack.duplicateOf, summary: ack.summary };
    }
    throw new QuarantineReason('UNSUPPORTED_TRANSACTION', `transaction set ${type} is not one the gateway takes in (TA1, 999, 277CA, 835)`);
  }
}

/** A small file's chunks as one UTF-8 string (acknowledgments only, size checked before). */
async function joined(chunks: AsyncIterable<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

/**
 * A file that ends inside an open envelope (no SE, GE or IEA: a cut-off transfer) is quarantined
 * whole, before any of it is posted: its complete transaction sets will come again with the
 * retransmitted file, and posting them now would leave the file half-applied.
 */
async function assertComplete(chunks: AsyncIterable<Buffer>): Promise<void> {
  let truncated;
  try {
    truncated = await findTruncation(chunks);
  } catch (err) {
    if (err instanceof X12Error) throw new QuarantineReason(err.code, err.message, err.segmentIndex ?? null);
    throw err;
  }
  if (truncated) throw new QuarantineReason(truncated.code, truncated.message, truncated.segmentIndex ?? null);
}

/** The coded reason for a file its reader refused; null for errors a retry may cure. */
function quarantineReason(err: unknown): QuarantineReason | null {
  if (err instanceof QuarantineReason) return err;
  if (err instanceof GatewayError) {
    const d = err.details as { reason?: unknown; x12Code?: unknown; segmentIndex?: unknown };
    const code = typeof d.x12Code === 'string' ? d.x12Code : typeof d.reason === 'string' ? d.reason : err.code;
    return new QuarantineReason(code, err.message, typeof d.segmentIndex === 'number' ? d.segmentIndex : null);
  }
  return null;
}
