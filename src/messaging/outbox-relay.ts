// Moves outbox rows onto the message bus. With the embedded table queue the publish joins the
// relay's transaction (row published and marked in one commit: exactly once); with RabbitMQ each
// message is published with a confirm while the row stays locked, then marked. A crash between
// confirm and commit publishes the row again — consumers dedupe by message id (at least once).
import type { Logger } from 'pino';
import type { UnitOfWork } from '../persistence/unit-of-work';
import { describeError, MessageBus, MessageBusError } from './message-bus.port';
import type { OutboxStore, PendingOutboxMessage } from './outbox.port';

export interface OutboxRelayOptions {
  /** How often an idle relay looks for rows. */
  pollIntervalMs?: number;
  /** Rows per relay transaction. */
  batchSize?: number;
  /** Published rows are kept this long (for audit), then purged. */
  retentionMs?: number;
}

export class OutboxRelay {
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly retentionMs: number;
  private inTransaction: boolean | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private lastPurge = 0;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly store: OutboxStore,
    private readonly uow: UnitOfWork,
    private readonly bus: MessageBus,
    private readonly logger: Logger,
    options: OutboxRelayOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 200;
    this.batchSize = options.batchSize ?? 100;
    this.retentionMs = options.retentionMs ?? 7 * 24 * 3600 * 1000;
  }

  /** Publishes one batch of pending rows; returns how many were published. */
  async relayOnce(): Promise<number> {
    return this.uow.run(async (tx) => {
      const rows = await this.store.claimPending(tx, this.batchSize);
      if (rows.length === 0) return 0;
      if (this.inTransaction !== false) {
        try {
          for (const row of rows) await this.bus.publishInTx(tx, row.topic, toMessage(row));
          this.inTransaction = true;
          await this.store.markPublished(tx, rows.map((r) => r.id));
          return rows.length;
        } catch (err) {
          if (!(err instanceof MessageBusError && err.code === 'NOT_SUPPORTED' && this.inTransaction === null)) throw err;
          this.inTransaction = false;
        }
      }
      const outcomes = await Promise.allSettled(rows.map((row) => this.bus.publish(row.topic, toMessage(row))));
      const published: string[] = [];
      for (let i = 0; i < rows.length; i++) {
        const outcome = outcomes[i];
        if (outcome.status === 'fulfilled') published.push(rows[i].id);
        else await this.store.markFailed(tx, rows[i].id, describeError(outcome.reason));
      }
      await this.store.markPublished(tx, published);
      if (published.length < rows.length) {
        const failure = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        this.logger.warn({ pending: rows.length - published.length, error: describeError(failure.reason) }, 'outbox relay: publish failed, will retry');
      }
      return published.length;
    });
  }

  /** Runs until every pending row is published (or a pass publishes nothing); for tests and the CLI. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayOnce();
      total += n;
      if (n < this.batchSize) return total;
    }
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Looks for rows now instead of at the next poll (after a commit that added some). */
  wake(): void {
    if (this.stopped) return;
    if (this.timer && !this.running) {
      clearTimeout(this.timer);
      this.schedule(0);
    } else this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.pass().finally(() => {
        this.running = null;
      });
    }, ms);
  }

  private async pass(): Promise<void> {
    let next = this.pollIntervalMs;
    let again = false;
    this.wakeUp = () => {
      again = true;
    };
    try {
      const n = await this.relayOnce();
      if (n === this.batchSize) next = 0;
      if (Date.now() - this.lastPurge > 3600_000) {
        this.lastPurge = Date.now();
        await this.store.purgePublished(new Date(Date.now() - this.retentionMs));
      }
    } catch (err) {
      next = Math.max(this.pollIntervalMs, 1000);
      this.logger.warn({ error: describeError(err) }, 'outbox relay pass failed, will retry');
    } finally {
      this.wakeUp = null;
    }
    if (!this.stopped) this.schedule(again ? 0 : next);
  }
}

function toMessage(row: PendingOutboxMessage): { id: string; body: unknown; headers: Record<string, string> } {
  return { id: row.id, body: row.body, headers: row.headers };
}
