// The embedded message bus: a queue table in the gateway's own database (PostgreSQL or PGlite).
// Consumers claim rows with FOR UPDATE SKIP LOCKED in one short statement (no transaction is held
// while a handler runs), a claim hides the row for a visibility timeout so a crashed consumer's
// message comes back, retries wait in `available_at`, and a row is deleted on ack.
import { DataSource, EntityManager } from 'typeorm';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import {
  assertName,
  assertSubscribeOptions,
  backoffAfter,
  describeError,
  isPermanentError,
  MessageBus,
  type ComponentHealth,
  MessageBusError,
  type CloseSubscriptionOptions,
  type DeadLetter,
  type DeliveredMessage,
  type MessageHandler,
  type OutgoingMessage,
  type SubscribeOptions,
  type Subscription,
} from './message-bus.port';

export interface TableQueueBusOptions {
  /** How often an idle subscription looks for work. */
  pollIntervalMs?: number;
  /** How long a claim hides a message; a consumer that dies comes back after this. */
  visibilityTimeoutMs?: number;
  /** Called with errors of the polling loop (the loop keeps going). */
  onError?: (err: unknown) => void;
}

interface ClaimedRow {
  id: string;
  topic: string;
  body: unknown;
  headers: Record<string, string> | null;
  attempts: number;
}

type Queryable = Pick<EntityManager, 'query'> | DataSource;

const DEFAULT_DRAIN_MS = 10_000;

export class TableQueueBus extends MessageBus {
  private readonly pollIntervalMs: number;
  private readonly visibilityMs: number;
  private readonly onError: (err: unknown) => void;
  private readonly subscriptions = new Set<TableSubscription>();
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    options: TableQueueBusOptions = {},
  ) {
    super();
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.visibilityMs = options.visibilityTimeoutMs ?? 30_000;
    this.onError = options.onError ?? (() => undefined);
  }

  async publish(topic: string, message: OutgoingMessage): Promise<void> {
    this.assertOpen();
    await this.insert(this.dataSource, topic, message);
  }

  async publishInTx(tx: Tx, topic: string, message: OutgoingMessage): Promise<void> {
    this.assertOpen();
    await this.insert(managerOf(tx), topic, message);
  }

  async subscribe(queue: string, topics: string[], handler: MessageHandler, options: SubscribeOptions): Promise<Subscription> {
    this.assertOpen();
    assertName('queue', queue);
    assertSubscribeOptions(topics, options);
    for (const topic of topics) {
      await this.dataSource.query(`INSERT INTO queue_bindings (topic, queue) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [topic, queue]);
    }
    const subscription = new TableSubscription(this.dataSource, queue, handler, options, {
      pollIntervalMs: this.pollIntervalMs,
      visibilityMs: this.visibilityMs,
      onError: this.onError,
      onClosed: (s) => this.subscriptions.delete(s),
    });
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  async deadLetters(queue: string): Promise<DeadLetter[]> {
    const rows: (ClaimedRow & { last_error: string | null })[] = await this.dataSource.query(
      `SELECT id, topic, body, headers, attempts, last_error FROM queue_messages WHERE queue = $1 AND status = 'dead' ORDER BY created_at, id`,
      [queue],
    );
    return rows.map((r) => ({ id: r.id, topic: r.topic, body: r.body, headers: r.headers ?? {}, attempts: r.attempts, error: r.last_error ?? '' }));
  }

  async replay(queue: string, id: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH replayed AS (
         UPDATE queue_messages SET status = 'ready', attempts = 0, available_at = now(), locked_until = NULL, last_error = NULL
          WHERE queue = $1 AND id = $2 AND status = 'dead' RETURNING id)
       SELECT id FROM replayed`,
      [queue, id],
    );
    if (rows.length === 0) throw new MessageBusError('NOT_FOUND', `no dead letter ${id} in queue ${queue}`);
  }

  async check(): Promise<ComponentHealth> {
    try {
      await this.dataSource.query('SELECT 1 FROM queue_messages LIMIT 0');
      return { status: 'up', adapter: 'embedded-postgres-queue' };
    } catch {
      return { status: 'down', adapter: 'embedded-postgres-queue', error: 'DATABASE_UNAVAILABLE' };
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.close()));
  }

  private assertOpen(): void {
    if (this.closed) throw new MessageBusError('BUS_CLOSED', 'the message bus is closed');
  }

  /** One row per bound queue; a message id still pending in a queue is not inserted twice. */
  private async insert(db: Queryable, topic: string, message: OutgoingMessage): Promise<void> {
    assertName('topic', topic);
    await db.query(
      `INSERT INTO queue_messages (queue, id, topic, body, headers)
       SELECT queue, $1, $2, $3::jsonb, $4::jsonb FROM queue_bindings WHERE topic = $2
       ON CONFLICT (queue, id) DO NOTHING`,
      [message.id, topic, JSON.stringify(message.body ?? null), JSON.stringify(message.headers ?? {})],
    );
  }
}

interface SubscriptionSettings {
  pollIntervalMs: number;
  visibilityMs: number;
  onError: (err: unknown) => void;
  onClosed: (s: TableSubscription) => void;
}

class TableSubscription implements Subscription {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly extenders = new Set<NodeJS.Timeout>();
  private closing = false;
  private gaveUp = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly db: DataSource,
    readonly queue: string,
    private readonly handler: MessageHandler,
    private readonly options: SubscribeOptions,
    private readonly settings: SubscriptionSettings,
  ) {}

  start(): void {
    this.loop = this.run();
  }

  async close(options: CloseSubscriptionOptions = {}): Promise<void> {
    if (this.closing) return this.loop ?? undefined;
    this.closing = true;
    this.wake?.();
    await this.loop;
    const drainMs = options.drainMs ?? DEFAULT_DRAIN_MS;
    if (this.inFlight.size > 0 && drainMs > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, drainMs)))]);
      clearTimeout(timer);
    }
    // Anything still in flight is abandoned: its claim is neither extended nor ended, so the
    // message comes back after the visibility timeout, exactly as if this process had died.
    this.gaveUp = true;
    for (const timer of this.extenders) clearInterval(timer);
    this.extenders.clear();
    this.settings.onClosed(this);
  }

  private async run(): Promise<void> {
    while (!this.closing) {
      const free = this.options.prefetch - this.inFlight.size;
      if (free > 0) {
        try {
          const rows = await this.claim(free);
          for (const row of rows) this.dispatch(row);
        } catch (err) {
          this.settings.onError(err);
        }
      }
      // A finished handler wakes the loop early, so a busy queue is not paced by the interval.
      if (!this.closing) await this.idle();
    }
  }

  /** Sleeps for the poll interval, or until a handler finishes or the subscription closes. */
  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.settings.pollIntervalMs);
      const self = this;
      function done() {
        clearTimeout(timer);
        if (self.wake === done) self.wake = null;
        resolve();
      }
      this.wake = done;
    });
  }

  private async claim(limit: number): Promise<ClaimedRow[]> {
    // Wrapped in a CTE so both engines return plain rows (TypeORM returns [rows, count] for a bare UPDATE).
    return this.db.query(
      `WITH claimed AS (
       UPDATE queue_messages m SET attempts = m.attempts + 1, locked_until = now() + $3::double precision * interval '1 millisecond'
        WHERE (m.queue, m.id) IN (
          SELECT queue, id FROM queue_messages
           WHERE queue = $1 AND status = 'ready' AND available_at <= now() AND (locked_until IS NULL OR locked_until <= now())
           ORDER BY available_at, created_at
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
        RETURNING m.id, m.topic, m.body, m.headers, m.attempts)
       SELECT * FROM claimed`,
      [this.queue, limit, this.settings.visibilityMs],
    );
  }

  private dispatch(row: ClaimedRow): void {
    const work = this.handle(row)
      .catch((err) => this.settings.onError(err))
      .finally(() => {
        this.inFlight.delete(work);
        this.wake?.();
      });
    this.inFlight.add(work);
  }

  private async handle(row: ClaimedRow): Promise<void> {
    // Claims by consumers that died count as attempts; past the limit the message is dead
    // without another delivery, so a message that crashes its consumer cannot loop forever.
    if (row.attempts > this.options.maxAttempts) {
      await this.fail(row, 'DELIVERY_LIMIT: abandoned by consumers that stopped without acknowledging', true);
      return;
    }
    const message: DeliveredMessage = { id: row.id, topic: row.topic, queue: this.queue, body: row.body, headers: row.headers ?? {}, attempt: row.attempts };
    const extender = setInterval(() => void this.extend(row), Math.max(50, Math.floor(this.settings.visibilityMs / 3)));
    this.extenders.add(extender);
    let outcome: { ok: true } | { ok: false; err: unknown };
    try {
      await this.handler(message);
      outcome = { ok: true };
    } catch (err) {
      outcome = { ok: false, err };
    } finally {
      clearInterval(extender);
      this.extenders.delete(extender);
    }
    // After close() has given up on it, a late handler result must not touch the row.
    if (this.gaveUp) return;
    if (outcome.ok) {
      await this.db.query(`DELETE FROM queue_messages WHERE queue = $1 AND id = $2 AND attempts = $3 AND status = 'ready'`, [this.queue, row.id, row.attempts]);
    } else {
      await this.fail(row, describeError(outcome.err), isPermanentError(outcome.err) || row.attempts >= this.options.maxAttempts);
    }
  }

  private async extend(row: ClaimedRow): Promise<void> {
    if (this.gaveUp) return;
    try {
      await this.db.query(
        `UPDATE queue_messages SET locked_until = now() + $4::double precision * interval '1 millisecond'
          WHERE queue = $1 AND id = $2 AND attempts = $3 AND status = 'ready'`,
        [this.queue, row.id, row.attempts, this.settings.visibilityMs],
      );
    } catch (err) {
      this.settings.onError(err);
    }
  }

  private async fail(row: ClaimedRow, error: string, dead: boolean): Promise<void> {
    if (dead) {
      await this.db.query(
        `UPDATE queue_messages SET status = 'dead', locked_until = NULL, last_error = $4
          WHERE queue = $1 AND id = $2 AND attempts = $3 AND status = 'ready'`,
        [this.queue, row.id, row.attempts, error],
      );
      return;
    }
    await this.db.query(
      `UPDATE queue_messages SET locked_until = NULL, last_error = $4, available_at = now() + $5::double precision * interval '1 millisecond'
        WHERE queue = $1 AND id = $2 AND attempts = $3 AND status = 'ready'`,
      [this.queue, row.id, row.attempts, error, backoffAfter(row.attempts, this.options.backoffMs)],
    );
  }
}
