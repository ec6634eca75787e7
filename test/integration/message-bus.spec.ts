// One contract for every MessageBus adapter: the table queue on PostgreSQL and on PGlite, and
// RabbitMQ at AMQP_URL. Each test uses its own queue and topic; waits poll a condition with a
// deadline instead of sleeping.
import { randomBytes } from 'node:crypto';
import * as amqp from 'amqplib';
import type { Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { MessageBus, type DeliveredMessage, type SubscribeOptions } from '../../src/messaging/message-bus.port';
import { RabbitMqBus } from '../../src/messaging/rabbitmq.bus';
import { TableQueueBus } from '../../src/messaging/table-queue.bus';
import { openDatabase } from '../../src/persistence/data-source';
import { TypeormUnitOfWork } from '../../src/persistence/unit-of-work';
import { createTestDatabase, type Engine, type TestDatabase } from '../support/databases';

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const unique = (prefix: string) => `${prefix}-${randomBytes(5).toString('hex')}`;
const opts = (o: Partial<SubscribeOptions> = {}): SubscribeOptions => ({ prefetch: 1, maxAttempts: 3, backoffMs: [50, 100], ...o });

interface Harness {
  bus: MessageBus;
  ds?: DataSource;
  teardown(): Promise<void>;
}

type Adapter = { name: string; open(): Promise<Harness> };

const tableQueue = (engine: Engine): Adapter => ({
  name: `table queue on ${engine}`,
  async open() {
    const db: TestDatabase = await createTestDatabase(engine);
    const ds = await openDatabase(db.config, true);
    const bus = new TableQueueBus(ds, { pollIntervalMs: 50, visibilityTimeoutMs: 1500, onError: (err) => console.error(err) });
    return {
      bus,
      ds,
      async teardown() {
        await bus.close();
        await ds.destroy();
        await db.drop();
      },
    };
  },
});

const rabbit: Adapter = {
  name: 'RabbitMQ',
  async open() {
    const url = process.env.AMQP_URL;
    if (!url) throw new Error('AMQP_URL is not set: source /tmp/x12gw-services/env');
    const bus = await RabbitMqBus.connect(url, { reconnectInitialMs: 50, reconnectMaxMs: 500 });
    return { bus, teardown: () => bus.closeAndDeleteQueues() };
  },
};

describe.each([tableQueue('postgres'), tableQueue('pglite'), rabbit])('message bus contract: $name', (adapter) => {
  let h: Harness;
  beforeAll(async () => {
    h = await adapter.open();
  });
  afterAll(async () => {
    await h?.teardown();
  });

  /** Publishes a marker after the messages under test; once it arrives, nothing earlier is still pending delivery. */
  async function flush(topic: string, seen: DeliveredMessage[]) {
    const id = unique('marker');
    await h.bus.publish(topic, { id, body: { marker: true } });
    await waitFor('the marker', () => seen.some((m) => m.id === id));
  }

  it('delivers a published message once, with its body, topic and headers', async () => {
    const [queue, topic] = [unique('q'), unique('t')];
    const seen: DeliveredMessage[] = [];
    const sub = await h.bus.subscribe(queue, [topic], async (m) => void seen.push(m), opts());
    await h.bus.publish(topic, { id: 'm1', body: { claim: 'C1', cents: 1250 }, headers: { 'x-trace': 'abc' } });
    await flush(topic, seen);
    const m1 = seen.filter((m) => m.id === 'm1');
    expect(m1).toHaveLength(1);
    expect(m1[0]).toMatchObject({ topic, queue, body: { claim: 'C1', cents: 1250 }, headers: { 'x-trace': 'abc' }, attempt: 1 });
    await sub.close();
  });

  it('retries a failing handler with backoff and acks once it succeeds', async () => {
    const [queue, topic] = [unique('q'), unique('t')];
    const seen: DeliveredMessage[] = [];
    const sub = await h.bus.subscribe(
      queue,
      [topic],
      async (m) => {
        seen.push(m);
        if (m.id === 'flaky' && m.attempt < 3) throw new Error(`boom ${m.attempt}`);
      },
      opts({ maxAttempts: 5 }),
    );
    await h.bus.publish(topic, { id: 'flaky', body: 1 });
    await waitFor('three deliveries', () => seen.filter((m) => m.id === 'flaky').length === 3);
    await flush(topic, seen);
    expect(seen.filter((m) => m.id === 'flaky').map((m) => m.attempt)).toEqual([1, 2, 3]);
    await expect(h.bus.deadLetters(queue)).resolves.toEqual([]);
    await sub.close();
  });

  it('dead-letters a message that always fails after maxAttempts, with the error', async () => {
    const [queue, topic] = [unique('q'), unique('t')];
    let calls = 0;
    const sub = await h.bus.subscribe(
      queue,
      [topic],
      async () => {
        calls++;
        throw Object.assign(new Error('payer id unknown'), { code: 'PAYER_UNKNOWN' });
      },
      opts({ maxAttempts: 3, backoffMs: [20] }),
    );
    await h.bus.publish(topic, { id: 'poison', body: { n: 1 }, headers: { 'x-trace': 't1' } });
    await waitFor('the dead letter', async () => (await h.bus.deadLetters(queue)).length === 1);
    const [dead] = await h.bus.deadLetters(queue);
    expect(dead).toMatchObject({ id: 'poison', topic, body: { n: 1 }, headers: { 'x-trace': 't1' }, attempts: 3 });
    expect(dead.error).toContain('PAYER_UNKNOWN: payer id unknown');
    expect(calls).toBe(3);
    await sub.close();
  });

  it('sends a permanent error to the DLQ at once, and replay delivers it again', async () => {
    const [queue, topic] = [unique('q'), unique('t')];
    const seen: DeliveredMessage[] = [];
    let failing = true;
    const sub = await h.bus.subscribe(
      queue,
      [topic],
      async (m) => {
        seen.push(m);
        if (failing) throw Object.assign(new Error('invalid claim'), { permanent: true });
      },
      opts({ maxAttempts: 5 }),
    );
    await h.bus.publish(topic, { id: 'bad', body: 'x' });
    await waitFor('the dead letter', async () => (await h.bus.deadLetters(queue)).length === 1);
    expect(seen).toHaveLength(1);
    expect((await h.bus.deadLetters(queue))[0]).toMatchObject({ id: 'bad', attempts: 1 });

    failing = false;
    await h.bus.replay(queue, 'bad');
    await waitFor('the replayed delivery', () => seen.length === 2);
    expect(seen[1]).toMatchObject({ id: 'bad', body: 'x', attempt: 1 });
    await waitFor('an empty DLQ', async () => (await h.bus.deadLetters(queue)).length === 0);
    await expect(h.bus.replay(queue, 'bad')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await sub.close();
  });

  it('never runs more handlers at once than prefetch', async () => {
    const [queue, topic] = [unique('q'), unique('t')];
    let running = 0;
    let most = 0;
    const done = new Set<string>();
    const sub = await h.bus.subscribe(
      queue,
      [topic],
      async (m) => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 80));
        running--;
        done.add(m.id);
      },
      opts({ prefetch: 2 }),
    );
    for (let i = 0; i < 6; i++) await h.bus.publish(topic, { id: `p${i}`, body: i });
    await waitFor('six messages handled', () => done.size === 6);
    expect(most).toBe(2);
    await sub.close();
  });

  it('delivers again a message whose consumer stopped without acking', async () => {
    const [queue, topic] = [unique('q'), unique('t')];
    let release!: () => void;
    const hung = new Promise<void>((resolve) => (release = resolve));
    let firstStarted = false;
    const first = await h.bus.subscribe(
      queue,
      [topic],
      async () => {
        firstStarted = true;
        await hung;
      },
      opts(),
    );
    await h.bus.publish(topic, { id: 'orphan', body: 1 });
    await waitFor('the first delivery', () => firstStarted);
    await first.close({ drainMs: 0 });

    const seen: DeliveredMessage[] = [];
    const second = await h.bus.subscribe(queue, [topic], async (m) => void seen.push(m), opts());
    await waitFor('the redelivery', () => seen.some((m) => m.id === 'orphan'));
    expect(seen.find((m) => m.id === 'orphan')?.attempt).toBe(2);
    release();
    await flush(topic, seen);
    expect(seen.filter((m) => m.id === 'orphan')).toHaveLength(1);
    await second.close();
  });

  if (adapter !== rabbit) {
    it('publishInTx delivers with a committed transaction and nothing with a rolled-back one', async () => {
      const [queue, topic] = [unique('q'), unique('t')];
      const seen: DeliveredMessage[] = [];
      const sub = await h.bus.subscribe(queue, [topic], async (m) => void seen.push(m), opts());
      const uow = new TypeormUnitOfWork(h.ds as DataSource);
      await expect(
        uow.run(async (tx) => {
          await h.bus.publishInTx(tx, topic, { id: 'rolled-back', body: 1 });
          throw new Error('claim insert failed');
        }),
      ).rejects.toThrow('claim insert failed');
      await uow.run((tx) => h.bus.publishInTx(tx, topic, { id: 'committed', body: 2 }));
      await waitFor('the committed message', () => seen.some((m) => m.id === 'committed'));
      await flush(topic, seen);
      expect(seen.map((m) => m.id)).not.toContain('rolled-back');
      await sub.close();
    });
  } else {
    it('publishInTx is not supported', async () => {
      await expect(h.bus.publishInTx({} as never, 't', { id: 'x', body: 1 })).rejects.toMatchObject({ code: 'NOT_SUPPORTED' });
    });

    it('resumes publishing and consuming after the connection is cut', async () => {
      const [queue, topic] = [unique('q'), unique('t')];
      const seen: DeliveredMessage[] = [];
      const sub = await h.bus.subscribe(queue, [topic], async (m) => void seen.push(m), opts());
      await h.bus.publish(topic, { id: 'before', body: 1 });
      await waitFor('the first message', () => seen.some((m) => m.id === 'before'));

      const internals = h.bus as unknown as { model: { connection: { stream: Socket } } | null };
      const cut = internals.model;
      cut?.connection.stream.destroy();
      expect(cut).not.toBeNull();

      await h.bus.publish(topic, { id: 'after', body: 2 });
      await waitFor('the message after reconnecting', () => seen.some((m) => m.id === 'after'));
      expect(internals.model).not.toBe(cut);
      await expect(h.bus.check()).resolves.toEqual({ status: 'up', adapter: 'rabbitmq' });
      await sub.close();
    });
  }

  it('reports health in the ComponentHealth shape', async () => {
    await expect(h.bus.check()).resolves.toEqual({ status: 'up', adapter: adapter === rabbit ? 'rabbitmq' : 'embedded-postgres-queue' });
  });
});

describe('RabbitMQ queue clean-up', () => {
  it('closeAndDeleteQueues removes the work, delay and dead-letter queues the bus declared, and only those', async () => {
    const url = process.env.AMQP_URL!;
    const bus = await RabbitMqBus.connect(url, { queuePrefix: `${unique('ns')}.` });
    const other = await RabbitMqBus.connect(url);
    const keep = unique('keep');
    await other.subscribe(keep, [unique('t')], async () => undefined, { prefetch: 1, maxAttempts: 2, backoffMs: [100] });
    await bus.subscribe('work', [unique('t')], async () => undefined, { prefetch: 1, maxAttempts: 3, backoffMs: [100, 400] });
    const declared = [...bus.declaredQueues].sort();
    expect(declared).toHaveLength(4);
    expect(declared.every((q) => q.endsWith('.work') || q.includes('.work.'))).toBe(true);
    await bus.closeAndDeleteQueues();

    const conn = await amqp.connect(url);
    try {
      for (const q of declared) {
        const ch = await conn.createChannel();
        ch.on('error', () => undefined);
        await expect(ch.checkQueue(q)).rejects.toThrow(/NOT_FOUND|404/);
      }
      const ch = await conn.createChannel();
      await expect(ch.checkQueue(keep)).resolves.toMatchObject({ queue: keep });
      await ch.close();
    } finally {
      await conn.close();
      await other.closeAndDeleteQueues();
    }
  });
});
