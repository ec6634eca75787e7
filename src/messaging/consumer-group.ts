// The subscriptions of one worker, started and stopped together. Starting keeps trying while the
// broker is away (RabbitMQ down at boot, a table queue whose database is not there yet), so a
// worker process comes up and begins consuming once the bus does; stopping closes what was opened
// and abandons what was still being tried.
import type { Logger } from 'pino';
import { describeError, type MessageBus, type MessageHandler, type SubscribeOptions, type Subscription } from './message-bus.port';

export interface ConsumerSpec {
  queue: string;
  topics: string[];
  handler: MessageHandler;
  options: SubscribeOptions;
}

export class ConsumerGroup {
  private readonly subscriptions: Subscription[] = [];
  private starting: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly bus: MessageBus,
    private readonly logger: Logger,
    /** Names the worker in log lines. */
    private readonly name: string,
  ) {}

  /** Subscribes every consumer in order; resolves when all are subscribed (or the group is stopped). */
  start(specs: () => ConsumerSpec[]): Promise<void> {
    this.stopped = false;
    this.starting ??= (async () => {
      for (const spec of specs()) await this.subscribe(spec);
    })();
    return this.starting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.starting?.catch(() => undefined);
    this.starting = null;
    const subs = this.subscriptions.splice(0);
    await Promise.all(subs.map((s) => s.close()));
  }

  private async subscribe(spec: ConsumerSpec): Promise<void> {
    let delay = 500;
    while (!this.stopped) {
      try {
        const sub = await this.bus.subscribe(spec.queue, spec.topics, spec.handler, spec.options);
        if (this.stopped) await sub.close();
        else this.subscriptions.push(sub);
        return;
      } catch (err) {
        this.logger.warn({ worker: this.name, queue: spec.queue, error: describeError(err) }, 'consumer could not subscribe, retrying');
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 10_000);
      }
    }
  }
}
