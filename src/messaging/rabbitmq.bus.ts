// The production message bus on RabbitMQ (amqplib). Topology: one durable topic exchange; per
// subscription a durable quorum work queue bound to its topics, one TTL queue per retry delay that
// dead-letters back to the work queue, and `<queue>.dlq`. Publishes wait for publisher confirms;
// consumers ack by hand. Attempts travel in a header because a retry is a new message. After the
// connection drops, the bus reconnects with bounded backoff, re-declares and resubscribes.
import * as amqp from 'amqplib';
import {
  assertName,
  assertSubscribeOptions,
  backoffAfter,
  describeError,
  isPermanentError,
  MessageBus,
  MessageBusError,
  type CloseSubscriptionOptions,
  type ComponentHealth,
  type DeadLetter,
  type DeliveredMessage,
  type MessageHandler,
  type OutgoingMessage,
  type PublishOptions,
  type SubscribeOptions,
  type Subscription,
} from './message-bus.port';

export interface RabbitMqBusOptions {
  exchange?: string;
  /**
   * Put in front of every queue name, so several gateways (or test runs) with their own databases
   * can share one broker without consuming each other's messages. Default: none.
   */
  queuePrefix?: string;
  connectionName?: string;
  heartbeatSeconds?: number;
  connectTimeoutMs?: number;
  publishTimeoutMs?: number;
  reconnectInitialMs?: number;
  reconnectMaxMs?: number;
  /** Called with errors the bus recovers from by itself (lost connection, failed redeclare). */
  onError?: (err: unknown) => void;
}

const TOPIC = 'x-x12gw-topic';
const ATTEMPTS = 'x-x12gw-attempts';
const ERROR = 'x-x12gw-error';
const DEFAULT_DRAIN_MS = 10_000;

type Headers = Record<string, unknown>;

/** Headers the broker or this adapter adds; never handed to handlers, never copied onto a retry. */
function isTransportHeader(name: string): boolean {
  return name.startsWith('x-x12gw-') || name === 'x-delivery-count' || name === 'x-death' || name.startsWith('x-first-death-') || name.startsWith('x-last-death-');
}

function userHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!isTransportHeader(name) && typeof value === 'string') out[name] = value;
  return out;
}

function decodeBody(content: Buffer): unknown {
  return JSON.parse(content.toString('utf8'));
}

function withDeadline<T>(work: Promise<T>, deadline: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MessageBusError('BUS_UNAVAILABLE', `${what} timed out`)), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export class RabbitMqBus extends MessageBus {
  readonly exchange: string;
  private readonly url: string;
  private readonly options: Required<Omit<RabbitMqBusOptions, 'onError' | 'queuePrefix'>>;
  private readonly queuePrefix: string;
  private readonly onError: (err: unknown) => void;
  private readonly subscriptions = new Set<RabbitSubscription>();
  /** Every queue this bus declared (work, delay and dead-letter queues), for deleteDeclaredQueues. */
  readonly declaredQueues = new Set<string>();
  private model: amqp.ChannelModel | null = null;
  private publisher: amqp.ConfirmChannel | null = null;
  private connecting: Promise<void> | null = null;
  private lastError: unknown = null;
  private wakeSleeper: (() => void) | null = null;
  private closed = false;

  /** Connects (retrying with backoff until `connectTimeoutMs`) and declares the exchange. */
  static async connect(url: string, options: RabbitMqBusOptions = {}): Promise<RabbitMqBus> {
    const bus = new RabbitMqBus(url, options);
    try {
      await withDeadline(bus.ready(), Date.now() + bus.options.connectTimeoutMs, 'connecting to RabbitMQ');
      return bus;
    } catch (err) {
      await bus.close();
      throw err;
    }
  }

  /**
   * Returns at once and connects in the background (retrying with backoff until it succeeds), so a
   * gateway starts while the broker is down: /health reports it, publishes wait for it.
   */
  static open(url: string, options: RabbitMqBusOptions = {}): RabbitMqBus {
    const bus = new RabbitMqBus(url, options);
    bus.ready().catch(() => undefined);
    return bus;
  }

  private constructor(url: string, options: RabbitMqBusOptions) {
    super();
    this.options = {
      exchange: options.exchange ?? 'x12gw',
      connectionName: options.connectionName ?? 'x12gw-bus',
      heartbeatSeconds: options.heartbeatSeconds ?? 15,
      connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
      publishTimeoutMs: options.publishTimeoutMs ?? 15_000,
      reconnectInitialMs: options.reconnectInitialMs ?? 100,
      reconnectMaxMs: options.reconnectMaxMs ?? 5_000,
    };
    this.exchange = this.options.exchange;
    this.queuePrefix = options.queuePrefix ?? '';
    if (this.queuePrefix) assertName('queue', this.queuePrefix);
    this.onError = options.onError ?? (() => undefined);
    const withHeartbeat = new URL(url);
    if (!withHeartbeat.searchParams.has('heartbeat')) withHeartbeat.searchParams.set('heartbeat', String(this.options.heartbeatSeconds));
    this.url = withHeartbeat.toString();
  }

  async publish(topic: string, message: OutgoingMessage, options: PublishOptions = {}): Promise<void> {
    this.assertOpen();
    assertName('topic', topic);
    const content = Buffer.from(JSON.stringify(message.body ?? null));
    const headers: Headers = { ...(message.headers ?? {}), [TOPIC]: topic, [ATTEMPTS]: 0 };
    await this.confirmed(this.exchange, topic, content, { messageId: message.id, headers }, Date.now() + (options.timeoutMs ?? this.options.publishTimeoutMs));
  }

  async publishInTx(): Promise<void> {
    throw new MessageBusError('NOT_SUPPORTED', 'RabbitMQ cannot join a database transaction; write an outbox row and let the relay publish it');
  }

  async subscribe(queue: string, topics: string[], handler: MessageHandler, options: SubscribeOptions): Promise<Subscription> {
    this.assertOpen();
    assertName('queue', queue);
    assertSubscribeOptions(topics, options);
    const subscription = new RabbitSubscription(this, this.queuePrefix + queue, [...new Set(topics)], handler, options);
    this.subscriptions.add(subscription);
    try {
      await withDeadline(this.ready(), Date.now() + this.options.connectTimeoutMs, 'connecting to RabbitMQ');
      await subscription.attach(this.model as amqp.ChannelModel);
      return subscription;
    } catch (err) {
      this.subscriptions.delete(subscription);
      throw err;
    }
  }

  async deadLetters(queue: string): Promise<DeadLetter[]> {
    assertName('queue', queue);
    return this.browseDeadLetters(this.queuePrefix + queue, async () => false);
  }

  async replay(name: string, id: string): Promise<void> {
    assertName('queue', name);
    const queue = this.queuePrefix + name;
    let found = false;
    await this.browseDeadLetters(queue, async (msg, channel) => {
      if (msg.properties.messageId !== id) return false;
      const headers: Headers = {};
      for (const [name, value] of Object.entries((msg.properties.headers ?? {}) as Headers)) if (!isTransportHeader(name)) headers[name] = value;
      headers[TOPIC] = (msg.properties.headers as Headers | undefined)?.[TOPIC] ?? '';
      headers[ATTEMPTS] = 0;
      await this.sendToQueue(queue, msg.content, { messageId: id, headers });
      channel.ack(msg);
      found = true;
      return true;
    });
    if (!found) throw new MessageBusError('NOT_FOUND', `no dead letter ${id} in queue ${queue}`);
  }

  async check(): Promise<ComponentHealth> {
    if (this.model && this.publisher) return { status: 'up', adapter: 'rabbitmq' };
    // Connecting in the background (just started, or after a broker restart): give it a moment.
    if (!this.closed) await withDeadline(this.ready(), Date.now() + 2000, 'connecting to RabbitMQ').catch(() => undefined);
    if (this.model && this.publisher) return { status: 'up', adapter: 'rabbitmq' };
    const code = (this.lastError as { code?: unknown } | null)?.code;
    return { status: 'down', adapter: 'rabbitmq', error: typeof code === 'string' ? code : 'UNREACHABLE' };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeSleeper?.();
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    const model = this.model;
    this.model = null;
    this.publisher = null;
    await model?.close().catch(() => undefined);
    await this.connecting?.catch(() => undefined);
  }

  /**
   * Closes the bus and deletes every queue it declared, messages included. For throw-away gateways
   * (tests, demos) on a shared broker, whose durable quorum queues would otherwise pile up there.
   */
  async closeAndDeleteQueues(): Promise<void> {
    const queues = [...this.declaredQueues];
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    const model = this.model;
    if (model && queues.length > 0) {
      const channel = await model.createChannel().catch(() => null);
      for (const q of queues) await channel?.deleteQueue(q).catch(() => undefined);
      await channel?.close().catch(() => undefined);
    }
    await this.close();
  }

  /** Publishes to a queue by name through the default exchange and waits for the confirm. */
  sendToQueue(queue: string, content: Buffer, props: { messageId?: string; headers: Headers }): Promise<void> {
    return this.confirmed('', queue, content, props, Date.now() + this.options.publishTimeoutMs);
  }

  reportError(err: unknown): void {
    this.onError(err);
  }

  forget(subscription: RabbitSubscription): void {
    this.subscriptions.delete(subscription);
  }

  private assertOpen(): void {
    if (this.closed) throw new MessageBusError('BUS_CLOSED', 'the message bus is closed');
  }

  /**
   * Publishes and waits for the broker's confirm. A connection lost before the confirm is retried
   * on the next connection until the deadline (the broker may then hold two copies: at least once).
   */
  private async confirmed(exchange: string, routingKey: string, content: Buffer, props: { messageId?: string; headers: Headers }, deadline: number): Promise<void> {
    for (;;) {
      this.assertOpen();
      await withDeadline(this.ready(), deadline, 'waiting for the RabbitMQ connection');
      const channel = this.publisher as amqp.ConfirmChannel;
      try {
        const accepted = new Promise<void>((resolve, reject) => {
          channel.publish(exchange, routingKey, content, { ...props, persistent: true, contentType: 'application/json', timestamp: Math.floor(Date.now() / 1000) }, (err) =>
            err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(),
          );
        });
        await withDeadline(accepted, deadline, 'waiting for the publisher confirm');
        return;
      } catch (err) {
        if (this.closed || Date.now() >= deadline) throw err;
        this.lastError = err;
        await this.sleep(50);
      }
    }
  }

  /** Resolves when a connection with a confirm channel is up; starts (or joins) the reconnect loop. */
  private ready(): Promise<void> {
    if (this.closed) return Promise.reject(new MessageBusError('BUS_CLOSED', 'the message bus is closed'));
    if (this.model && this.publisher) return Promise.resolve();
    this.connecting ??= this.reconnectLoop().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async reconnectLoop(): Promise<void> {
    let delay = this.options.reconnectInitialMs;
    for (;;) {
      if (this.closed) throw new MessageBusError('BUS_CLOSED', 'the message bus is closed');
      try {
        await this.open();
        return;
      } catch (err) {
        this.lastError = err;
        this.onError(err);
        await this.sleep(delay);
        delay = Math.min(delay * 2, this.options.reconnectMaxMs);
      }
    }
  }

  private async open(): Promise<void> {
    const model = await amqp.connect(this.url, { timeout: this.options.connectTimeoutMs, clientProperties: { connection_name: this.options.connectionName } });
    model.on('error', (err: Error) => {
      this.lastError = err;
      this.onError(err);
    });
    // amqplib watches the socket's 'end' and 'error' but not a bare 'close' (a socket destroyed
    // without an error), which would leave the connection looking alive until the heartbeat fails.
    const connection = model.connection as unknown as { stream?: NodeJS.EventEmitter; onSocketError?: (err: Error) => void };
    connection.stream?.on('close', () => connection.onSocketError?.call(connection, new Error('the socket to RabbitMQ closed')));
    try {
      const publisher = await model.createConfirmChannel();
      publisher.on('error', (err: Error) => this.onError(err));
      // A channel-level error closes only the channel; start over with a fresh connection.
      publisher.on('close', () => {
        if (this.publisher === publisher && !this.closed) void model.close().catch(() => undefined);
      });
      await publisher.assertExchange(this.exchange, 'topic', { durable: true });
      for (const subscription of this.subscriptions) await subscription.attach(model);
      model.on('close', () => {
        if (this.model !== model) return;
        this.model = null;
        this.publisher = null;
        for (const subscription of this.subscriptions) subscription.detach(model);
        if (!this.closed) void this.ready().catch(() => undefined);
      });
      if (this.closed) throw new MessageBusError('BUS_CLOSED', 'the message bus is closed');
      this.model = model;
      this.publisher = publisher;
      this.lastError = null;
    } catch (err) {
      await model.close().catch(() => undefined);
      throw err;
    }
  }

  /** Takes every message of `<queue>.dlq` on a private channel; closing it puts the untouched ones back. */
  private async browseDeadLetters(queue: string, visit: (msg: amqp.GetMessage, channel: amqp.Channel) => Promise<boolean>): Promise<DeadLetter[]> {
    await withDeadline(this.ready(), Date.now() + this.options.connectTimeoutMs, 'connecting to RabbitMQ');
    const channel = await (this.model as amqp.ChannelModel).createChannel();
    channel.on('error', (err: Error) => this.onError(err));
    const letters: DeadLetter[] = [];
    try {
      await channel.assertQueue(`${queue}.dlq`, { durable: true });
      for (;;) {
        const msg = await channel.get(`${queue}.dlq`, { noAck: false });
        if (msg === false) break;
        if (await visit(msg, channel)) break;
        const headers = (msg.properties.headers ?? {}) as Headers;
        let body: unknown;
        try {
          body = decodeBody(msg.content);
        } catch {
          body = msg.content.toString('utf8');
        }
        letters.push({
          id: String(msg.properties.messageId ?? ''),
          topic: String(headers[TOPIC] ?? ''),
          body,
          headers: userHeaders(headers),
          attempts: Number(headers[ATTEMPTS] ?? 0),
          error: String(headers[ERROR] ?? ''),
        });
      }
    } finally {
      await channel.close().catch(() => undefined);
    }
    return letters;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        if (self.wakeSleeper === done) self.wakeSleeper = null;
        resolve();
      }
      this.wakeSleeper = done;
    });
  }
}

/**
 * The TTL queue for one backoff delay. Named `.delay.` since the retry queues became quorum queues:
 * a broker still holding the old classic `.retry.` ones would refuse the new arguments, and the old
 * ones drain back into their work queue by themselves.
 */
function retryQueue(queue: string, delayMs: number): string {
  return `${queue}.delay.${delayMs}`;
}

class RabbitSubscription implements Subscription {
  private channel: amqp.Channel | null = null;
  private attachedTo: amqp.ChannelModel | null = null;
  private consumerTag: string | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly bus: RabbitMqBus,
    readonly queue: string,
    private readonly topics: string[],
    private readonly handler: MessageHandler,
    private readonly options: SubscribeOptions,
  ) {}

  /** Declares this subscription's topology on a connection and starts consuming. Idempotent per connection. */
  async attach(model: amqp.ChannelModel): Promise<void> {
    if (this.closing || this.attachedTo === model) return;
    this.attachedTo = model;
    const channel = await model.createChannel();
    channel.on('error', (err: Error) => this.bus.reportError(err));
    const q = this.queue;
    await channel.assertQueue(q, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    this.bus.declaredQueues.add(q);
    for (const topic of this.topics) await channel.bindQueue(q, this.bus.exchange, topic);
    // Retry queues hold a message for their TTL, then dead-letter it back to the work queue by name.
    // Quorum with at-least-once dead-lettering: a classic TTL queue whose messages expire while the
    // broker boots dead-letters them before the work queue is up, and they are lost.
    for (const delay of new Set(this.options.backoffMs.filter((ms) => ms > 0))) {
      await channel.assertQueue(retryQueue(q, delay), {
        durable: true,
        arguments: {
          'x-queue-type': 'quorum',
          'x-message-ttl': delay,
          'x-dead-letter-exchange': '',
          'x-dead-letter-routing-key': q,
          'x-dead-letter-strategy': 'at-least-once',
          'x-overflow': 'reject-publish',
        },
      });
      this.bus.declaredQueues.add(retryQueue(q, delay));
    }
    // Classic, not quorum: browsing by get + requeue must not count towards a delivery limit.
    await channel.assertQueue(`${q}.dlq`, { durable: true });
    this.bus.declaredQueues.add(`${q}.dlq`);
    await channel.prefetch(this.options.prefetch);
    const { consumerTag } = await channel.consume(q, (msg) => msg && this.track(channel, msg), { noAck: false });
    this.channel = channel;
    this.consumerTag = consumerTag;
  }

  /** The connection is gone: unacked messages go back to the queue on the broker's side. */
  detach(model: amqp.ChannelModel): void {
    if (this.attachedTo !== model) return;
    this.attachedTo = null;
    this.channel = null;
    this.consumerTag = null;
  }

  async close(options: CloseSubscriptionOptions = {}): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const channel = this.channel;
    if (channel && this.consumerTag) await channel.cancel(this.consumerTag).catch(() => undefined);
    const drainMs = options.drainMs ?? DEFAULT_DRAIN_MS;
    if (this.inFlight.size > 0 && drainMs > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, drainMs)))]);
      clearTimeout(timer);
    }
    // Closing the channel hands every unacked message back to the broker for redelivery.
    this.channel = null;
    this.attachedTo = null;
    await channel?.close().catch(() => undefined);
    this.bus.forget(this);
  }

  private track(channel: amqp.Channel, msg: amqp.ConsumeMessage): void {
    const work = this.handle(channel, msg)
      .catch((err) => this.bus.reportError(err))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
  }

  private async run(msg: amqp.ConsumeMessage, topic: string, headers: Headers, attempt: number): Promise<{ ok: true } | { ok: false; error: string; dead: boolean }> {
    if (attempt > this.options.maxAttempts) {
      return { ok: false, error: 'DELIVERY_LIMIT: abandoned by consumers that stopped without acknowledging', dead: true };
    }
    let body: unknown;
    try {
      body = decodeBody(msg.content);
    } catch {
      return { ok: false, error: 'MALFORMED_BODY: the message body is not JSON', dead: true };
    }
    const message: DeliveredMessage = { id: String(msg.properties.messageId ?? ''), topic, queue: this.queue, body, headers: userHeaders(headers), attempt };
    try {
      await this.handler(message);
      return { ok: true };
    } catch (err) {
      return { ok: false, error: describeError(err), dead: isPermanentError(err) || attempt >= this.options.maxAttempts };
    }
  }

  private async handle(channel: amqp.Channel, msg: amqp.ConsumeMessage): Promise<void> {
    const headers = (msg.properties.headers ?? {}) as Headers;
    // A delivery the broker repeats because a consumer died without acking counts as an attempt.
    const redeliveries = Number(headers['x-delivery-count'] ?? (msg.fields.redelivered ? 1 : 0));
    const attempt = Number(headers[ATTEMPTS] ?? 0) + redeliveries + 1;
    const topic = String(headers[TOPIC] ?? msg.fields.routingKey);

    const outcome = await this.run(msg, topic, headers, attempt);

    // Given up on by close(), or its connection is gone: the broker redelivers it.
    if (this.channel !== channel) return;
    if (!outcome.ok) {
      const copy: Headers = {};
      for (const [name, value] of Object.entries(headers)) if (!isTransportHeader(name)) copy[name] = value;
      copy[TOPIC] = topic;
      copy[ATTEMPTS] = attempt;
      const delay = backoffAfter(attempt, this.options.backoffMs);
      const target = outcome.dead ? `${this.queue}.dlq` : delay > 0 ? retryQueue(this.queue, delay) : this.queue;
      if (outcome.dead) copy[ERROR] = outcome.error;
      await this.bus.sendToQueue(target, msg.content, { messageId: msg.properties.messageId as string | undefined, headers: copy });
    }
    if (this.channel !== channel) return;
    channel.ack(msg);
  }
}
