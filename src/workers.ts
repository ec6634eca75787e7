// The worker role of a gateway process: the outbox relay, the outbound delivery consumers, the
// inbound router and (optionally) the batch and inbound-poll schedules. `serve` starts all of them;
// tests start what they drive; CLI commands that only build the app start none.
import type { INestApplicationContext } from '@nestjs/common';
import { BatchScheduler } from './batching/batch-scheduler';
import { InboundRouterWorker } from './clearinghouses/inbound/inbound-router.worker';
import { InboundScheduler } from './clearinghouses/inbound/inbound-scheduler';
import { OutboundDeliveryWorker } from './clearinghouses/outbound/outbound-delivery.worker';
import { OutboxRelay } from './messaging/outbox-relay';
import { WebhookDeliveryWorker } from './webhooks/webhook-delivery.worker';

export interface WorkerOptions {
  /** Batch on each profile's schedule.batchEverySeconds. */
  batchSchedule?: boolean;
  /** Poll inbound folders on each profile's schedule.pollInboundEverySeconds. */
  inboundSchedule?: boolean;
  /** Every minute, mark submissions found in a dead-letter queue as dead_lettered. */
  deadLetterCheck?: boolean;
}

export interface Workers {
  /** Resolves once every consumer is subscribed (it keeps trying while the broker is away). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function startWorkers(app: INestApplicationContext, options: WorkerOptions = {}): Workers {
  const relay = app.get(OutboxRelay);
  const outbound = app.get(OutboundDeliveryWorker);
  const router = app.get(InboundRouterWorker);
  const webhooks = app.get(WebhookDeliveryWorker);
  // The relay starts once the consumers have declared their queues and bindings: a message
  // published to a topic no queue is bound to yet would be dropped by the broker.
  const ready = Promise.all([outbound.start(), router.start(), webhooks.start()]).then(() => relay.start());
  if (options.batchSchedule) app.get(BatchScheduler).start();
  if (options.deadLetterCheck) outbound.watchDeadLetters();
  if (options.inboundSchedule) app.get(InboundScheduler).start();
  return {
    ready,
    async stop() {
      await Promise.all([app.get(BatchScheduler).stop(), app.get(InboundScheduler).stop()]);
      await Promise.all([outbound.stop(), router.stop(), webhooks.stop()]);
      await relay.stop();
    },
  };
}
