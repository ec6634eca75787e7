// Picks up what a clearinghouse left for us: list its inbound folder, fetch each file, store it with
// its sha256 and announce it on the bus in one transaction, then take it out of the folder. A file
// whose bytes were seen before is taken out without being processed again. A crash between the
// commit and the removal only means the next poll finds a known file; nothing is lost or doubled.
import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../../logging/logger';
import { describeError } from '../../messaging/message-bus.port';
import { Outbox } from '../../messaging/outbox.port';
import { UnitOfWork } from '../../persistence/unit-of-work';
import { ClearinghouseTransports } from '../clearinghouse-transports';
import { InboundFileStore } from './inbound-file-store.port';
import { INBOUND_TOPIC, type InboundReceivedMessage } from './inbound-topics';

export interface PickupResult {
  clearinghouseId: string;
  /** Files found in the inbound folder. */
  listed: number;
  /** New files stored and queued for routing, with their ids. */
  received: { id: string; name: string }[];
  /** Files whose content was picked up before: removed, not processed again. */
  duplicates: { id: string; name: string }[];
  /** Files that could not be fetched, stored or removed this time; tried again at the next poll. */
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
        const content = await transport.fetch(entry.name);
        const sha256 = createHash('sha256').update(content).digest('hex');
        const stored = await this.unitOfWork.run(async (tx) => {
          const r = await this.files.receive(tx, { id: randomUUID(), clearinghouseId, remoteName: entry.name, sha256, content });
          if (r.isNew) {
            const body: InboundReceivedMessage = { inboundFileId: r.id, clearinghouseId };
            await this.outbox.add(tx, { id: r.id, topic: INBOUND_TOPIC, body });
          }
          return r;
        });
        await transport.acknowledge(entry.name);
        (stored.isNew ? result.received : result.duplicates).push({ id: stored.id, name: entry.name });
        this.logger.info({ clearinghouseId, inboundFileId: stored.id, bytes: content.length, duplicate: !stored.isNew }, stored.isNew ? 'inbound file received' : 'inbound file seen before, removed');
      } catch (err) {
        result.failed.push({ name: entry.name, error: describeError(err) });
        this.logger.warn({ clearinghouseId, error: describeError(err) }, 'inbound file pickup failed, will retry at the next poll');
      }
    }
    return result;
  }
}
