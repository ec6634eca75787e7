// Runs a batch for each clearinghouse whose profile sets `schedule.batchEverySeconds`. Started by
// `serve` only (tests and the CLI never start it). Each clearinghouse has one timer chain: the
// next run is planned when the previous one ends, so runs never overlap; several gateways may
// still run at once, which the ledger and SKIP LOCKED make safe.
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { ClearinghouseRegistry } from '../clearinghouses/clearinghouse-registry';
import { ROOT_LOGGER } from '../logging/logger';
import { BatchingService } from './batching.service';

@Injectable()
export class BatchScheduler implements OnModuleDestroy {
  private started = false;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly registry: ClearinghouseRegistry,
    private readonly batching: BatchingService,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** Plans the first run of every scheduled clearinghouse one interval from now. Returns their ids. */
  start(): string[] {
    if (this.started) return [...this.timers.keys()];
    this.started = true;
    const scheduled = this.registry.list().filter((p) => p.schedule.batchEverySeconds !== null);
    for (const p of scheduled) this.plan(p.id, p.schedule.batchEverySeconds!);
    if (scheduled.length > 0) this.logger.info({ schedules: scheduled.map((p) => ({ clearinghouseId: p.id, everySeconds: p.schedule.batchEverySeconds })) }, 'batch scheduler started');
    return scheduled.map((p) => p.id);
  }

  /** Cancels planned runs and waits for runs in progress to finish. */
  async stop(): Promise<void> {
    this.started = false;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all(this.running.values());
  }

  /** The ids of clearinghouses with a run in progress. */
  get busy(): string[] {
    return [...this.running.keys()];
  }

  /** On app.close(): no new runs, and the one in progress finishes before the database closes. */
  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  private plan(clearinghouseId: string, everySeconds: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(clearinghouseId);
      const run = this.batching
        .run({ clearinghouseId })
        .then(
          (result) => {
            if (result.submissions.length > 0) this.logger.debug({ clearinghouseId, submissions: result.submissions.length }, 'scheduled batch made submissions');
          },
          (err: unknown) => {
            const e = err as { name?: string; code?: string; message?: string };
            this.logger.error({ clearinghouseId, err: { name: e?.name, code: e?.code, message: e?.message } }, 'scheduled batch failed; the next run retries');
          },
        )
        .finally(() => {
          this.running.delete(clearinghouseId);
          if (this.started) this.plan(clearinghouseId, everySeconds);
        });
      this.running.set(clearinghouseId, run);
    }, everySeconds * 1000);
    timer.unref();
    this.timers.set(clearinghouseId, timer);
  }
}
