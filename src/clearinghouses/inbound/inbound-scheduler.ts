// Polls each clearinghouse's inbound folder on its profile's `schedule.pollInboundEverySeconds`.
// Started by the worker role only; one timer chain per clearinghouse, so passes never overlap.
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../../logging/logger';
import { describeError } from '../../messaging/message-bus.port';
import { ClearinghouseRegistry } from '../clearinghouse-registry';
import { InboundPickupService } from './inbound-pickup.service';

@Injectable()
export class InboundScheduler implements OnModuleDestroy {
  private started = false;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly registry: ClearinghouseRegistry,
    private readonly pickup: InboundPickupService,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** Plans a first pass at once for every clearinghouse with a poll interval; returns their ids. */
  start(): string[] {
    if (this.started) return [...this.timers.keys()];
    this.started = true;
    const polled = this.registry.list().filter((p) => p.schedule.pollInboundEverySeconds !== null);
    for (const p of polled) this.plan(p.id, p.schedule.pollInboundEverySeconds!, 0);
    return polled.map((p) => p.id);
  }

  async stop(): Promise<void> {
    this.started = false;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.all(this.running);
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  private plan(clearinghouseId: string, everySeconds: number, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(clearinghouseId);
      const pass = this.pickup
        .poll(clearinghouseId)
        .catch((err: unknown) => this.logger.error({ clearinghouseId, error: describeError(err) }, 'inbound poll failed; the next one retries'))
        .finally(() => {
          this.running.delete(pass);
          if (this.started) this.plan(clearinghouseId, everySeconds, everySeconds * 1000);
        });
      this.running.add(pass);
    }, delayMs);
    timer.unref();
    this.timers.set(clearinghouseId, timer);
  }
}
