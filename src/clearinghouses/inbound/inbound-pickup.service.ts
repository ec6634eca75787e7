// Picks up what a clearinghouse left for us: list its inbound folder, download each file into the
// local spool, store it in chunks with its sha256 and announce it on the bus in one transaction,
// then take it out of the folder. A file whose bytes were seen before is taken out without being
// stored or processed again. A crash between the commit and the removal only means the next poll
// finds a known file; nothing is lost or doubled. Memory stays at about one chunk per file.
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../../logging/logger';
import { describeError } from '../../messaging/message-bus.port';
import { Outbox } from '../../messaging/outbox.port';
import { UnitOfWork } from '../../persistence/unit-of-work';
import { ClearinghouseTransports } from '../clearinghouse-transports';
import type { ClearinghouseTransport } from '../transport/clearinghouse-transport.port';
import { INBOUND_CHUNK_BYTES, InboundFileStore } from './inbound-file-store.port';
import { InboundSpool } from './inbound-spool';
import { INBOUND_TOPIC, type InboundReceivedMessage } from './inbound-topics';

export interface PickupResult {
  clearinghouseId: string;
  /** Files found in the inbound folder. */
  listed: number;
  /** New files stored and queued for routing, with their ids. */
  received: { id: string; name: string }[];
  /** Files whose content was picked up before: removed, not processed again. */
  duplicates: { id: string; name: string }[];
  /** Files that could not be downloaded, stored or removed this time; tried again at the next poll. */
  failed: { name: string; error: string }[];
  /** The listing itself failed (server down): nothing was picked up. */
  error: string | null;
}

@Injectable()
export class InboundPickupService {
  private readonly running = new Map<string, Promise<PickupResult>>();

  constructor(
    private readonly transports: ClearinghouseTransports,
    private readonly files: InboundFileStore,
    private readonly outbox: Outbox,
    private readonly unitOfWork: UnitOfWork,
    private readonly spool: InboundSpool,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** One pass over a clearinghouse's inbound folder; a pass already running is joined, not doubled. */
  poll(clearinghouseId: string): Promise<PickupResult> {
    let pass = this.running.get(clearinghouseId);
    if (!pass) {
      pass = this.pass(clearinghouseId).finally(() => this.running.delete(clearinghouseId));
      this.running.set(clearinghouseId, pass);
    }
    return pass;
  }

  private async pass(clearinghouseId: string): Promise<PickupResult> {
    const result: PickupResult = { clearinghouseId, listed: 0, received: [], duplicates: [], failed: [], error: null };
    const transport = this.transports.get(clearinghouseId);
    let listing;
    try {
      listing = await transport.listInbound();
    } catch (err) {
      result.error = describeError(err);
      this.logger.warn({ clearinghouseId, error: result.error }, 'inbound listing failed');
      return result;
    }
    result.listed = listing.length;
    for (const entry of listing) {
      try {
        const stored = await this.spool.use((file) => this.store(transport, clearinghouseId, entry.name, file));
        await transport.acknowledge(entry.name);
        (stored.isNew ? result.received : result.duplicates).push({ id: stored.id, name: entry.name });
        this.logger.info({ clearinghouseId, inboundFileId: stored.id, bytes: stored.bytes, duplicate: !stored.isNew }, stored.isNew ? 'inbound file received' : 'inbound file seen before, removed');
      } catch (err) {
        result.failed.push({ name: entry.name, error: describeError(err) });
        this.logger.warn({ clearinghouseId, error: describeError(err) }, 'inbound file pickup failed, will retry at the next poll');
      }
    }
    return result;
  }

  /** Downloads one file into the spool file `file`, then stores it and its announcement in one transaction. */
  private async store(transport: ClearinghouseTransport, clearinghouseId: string, name: string, file: string): Promise<{ id: string; isNew: boolean; bytes: number }> {
    await transport.download(name, file);
    const { bytes, sha256 } = await this.spool.digest(file);
    const stored = await this.unitOfWork.run(async (tx) => {
      const chunks = () => this.spool.chunks(file, INBOUND_CHUNK_BYTES);
      const r = await this.files.receive(tx, { id: randomUUID(), clearinghouseId, remoteName: name, sha256, byteLength: bytes, chunks });
      if (r.isNew) {
        const body: InboundReceivedMessage = { inboundFileId: r.id, clearinghouseId };
        await this.outbox.add(tx, { id: r.id, topic: INBOUND_TOPIC, body });
      }
      return r;
    });
    return { ...stored, bytes };
  }
}
