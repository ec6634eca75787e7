import pino from 'pino';
import type { Tx } from '../persistence/unit-of-work';
import { UnitOfWork } from '../persistence/unit-of-work';
import { MessageBus, MessageBusError, type OutgoingMessage } from './message-bus.port';
import { OutboxStore, type OutboxMessage, type PendingOutboxMessage } from './outbox.port';
import { OutboxRelay } from './outbox-relay';

class MemoryOutbox extends OutboxStore {
  rows: (PendingOutboxMessage & { published: boolean; error: string | null })[] = [];
  async add(_tx: Tx, m: OutboxMessage): Promise<void> {
    if (this.rows.some((r) => r.id === m.id)) return;
    this.rows.push({ id: m.id, topic: m.topic, body: m.body, headers: m.headers ?? {}, createdAt: new Date(), publishAttempts: 0, published: false, error: null });
  }
  async claimPending(_tx: Tx, limit: number): Promise<PendingOutboxMessage[]> {
    return this.rows.filter((r) => !r.published).slice(0, limit);
  }
  async markPublished(_tx: Tx, ids: readonly string[]): Promise<void> {
    for (const r of this.rows) if (ids.includes(r.id)) Object.assign(r, { published: true, publishAttempts: r.publishAttempts + 1, error: null });
  }
  async markFailed(_tx: Tx, id: string, error: string): Promise<void> {
    const r = this.rows.find((x) => x.id === id)!;
    Object.assign(r, { publishAttempts: r.publishAttempts + 1, error });
  }
  async purgePublished(): Promise<number> {
    return 0;
  }
  async pendingCount(): Promise<number> {
    return this.rows.filter((r) => !r.published).length;
  }
}

class Uow extends UnitOfWork {
  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return work({} as Tx);
  }
}

/** A bus that records publishes; `transactional` decides whether publishInTx is supported. */
class RecordingBus extends MessageBus {
  published: { topic: string; message: OutgoingMessage; inTx: boolean }[] = [];
  failIds = new Set<string>();
  constructor(private readonly transactional: boolean) {
    super();
  }
  async publish(topic: string, message: OutgoingMessage): Promise<void> {
    if (this.failIds.has(message.id)) throw new MessageBusError('BUS_UNAVAILABLE', 'publish timed out');
    this.published.push({ topic, message, inTx: false });
  }
  async publishInTx(_tx: Tx, topic: string, message: OutgoingMessage): Promise<void> {
    if (!this.transactional) throw new MessageBusError('NOT_SUPPORTED', 'no transactions');
    this.published.push({ topic, message, inTx: true });
  }
  subscribe(): never {
    throw new Error('not used');
  }
  deadLetters(): never {
    throw new Error('not used');
  }
  replay(): never {
    throw new Error('not used');
  }
  async check() {
    return { status: 'up' as const, adapter: 'test' };
  }
  async close(): Promise<void> {}
}

const logger = pino({ level: 'silent' });

async function seed(store: MemoryOutbox, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) await store.add({} as Tx, { id: `m${i}`, topic: 'outbound.alpha', body: { n: i } });
}

describe('OutboxRelay', () => {
  it('publishes inside the relay transaction when the bus can join it (the table queue), in order, once', async () => {
    const store = new MemoryOutbox();
    const bus = new RecordingBus(true);
    await seed(store, 3);
    const relay = new OutboxRelay(store, new Uow(), bus, logger, { batchSize: 2 });
    expect(await relay.drain()).toBe(3);
    expect(bus.published.map((p) => [p.message.id, p.inTx])).toEqual([['m1', true], ['m2', true], ['m3', true]]);
    expect(await relay.drain()).toBe(0);
    expect(bus.published).toHaveLength(3);
    expect(store.rows.every((r) => r.published && r.publishAttempts === 1)).toBe(true);
  });

  it('falls back to confirmed publishes when the bus cannot join a transaction (RabbitMQ)', async () => {
    const store = new MemoryOutbox();
    const bus = new RecordingBus(false);
    await seed(store, 2);
    const relay = new OutboxRelay(store, new Uow(), bus, logger);
    expect(await relay.drain()).toBe(2);
    expect(bus.published.map((p) => [p.message.id, p.topic, p.inTx])).toEqual([['m1', 'outbound.alpha', false], ['m2', 'outbound.alpha', false]]);
    expect(bus.published[0].message.body).toEqual({ n: 1 });
  });

  it('keeps a row whose publish failed pending with its error, and publishes it on a later pass', async () => {
    const store = new MemoryOutbox();
    const bus = new RecordingBus(false);
    await seed(store, 3);
    bus.failIds.add('m2');
    const relay = new OutboxRelay(store, new Uow(), bus, logger);
    expect(await relay.relayOnce()).toBe(2);
    expect(store.rows.find((r) => r.id === 'm2')).toMatchObject({ published: false, publishAttempts: 1, error: 'BUS_UNAVAILABLE: publish timed out' });
    bus.failIds.clear();
    expect(await relay.relayOnce()).toBe(1);
    expect(bus.published.map((p) => p.message.id)).toEqual(['m1', 'm3', 'm2']);
    expect(await store.pendingCount()).toBe(0);
  });

  it('runs on its own once started and stops cleanly', async () => {
    const store = new MemoryOutbox();
    const bus = new RecordingBus(true);
    const relay = new OutboxRelay(store, new Uow(), bus, logger, { pollIntervalMs: 10 });
    relay.start();
    await seed(store, 1);
    for (let i = 0; i < 100 && bus.published.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await relay.stop();
    expect(bus.published.map((p) => p.message.id)).toEqual(['m1']);
  });
});
