import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { isPermanentError, type DeliveredMessage, type MessageBus } from '../messaging/message-bus.port';
import type { Outbox } from '../messaging/outbox.port';
import type { OutboxRelay } from '../messaging/outbox-relay';
import type { UnitOfWork } from '../persistence/unit-of-work';
import { WebhookDeliveryWorker, webhookBackoff } from './webhook-delivery.worker';
import type { WebhookRequest, WebhookResponse, WebhookSender } from './webhook-sender.port';
import { verifyWebhookSignature } from './webhook-signature';
import type { AttemptOutcome, SigningSubscription, StoredDelivery, WebhookStore } from './webhook-store.port';

const silent = { info() {}, warn() {}, debug() {} } as unknown as Logger;

function setup(opts: { active?: boolean; status?: StoredDelivery['status']; answers?: WebhookResponse[] } = {}) {
  const delivery: StoredDelivery = {
    id: 'd1', subscriptionId: 's1', eventId: 'evt_1', eventType: 'claim.status_changed', status: opts.status ?? 'pending', attempts: 0,
    lastStatusCode: null, lastError: null, nextAttemptAt: null, deliveredAt: null, createdAt: new Date(),
    payload: { id: 'evt_1', type: 'claim.status_changed', createdAt: '2026-11-26T00:00:00.000Z', data: { claimId: 'c1' } },
  };
  const subscription: SigningSubscription = { id: 's1', url: 'https://hooks.example.com/x', events: ['*'], description: null, active: opts.active ?? true, createdBy: null, createdAt: new Date(), deactivatedAt: null, secret: 'whsec_unit' };
  const recorded: AttemptOutcome[] = [];
  const cancelled: string[] = [];
  const requests: WebhookRequest[] = [];
  const answers = [...(opts.answers ?? [{ statusCode: 200, error: null }])];
  const store = {
    findDelivery: async () => delivery,
    signingSubscription: async () => subscription,
    recordAttempt: async (_id: string, o: AttemptOutcome) => recorded.push(o),
    cancel: async (id: string) => void cancelled.push(id),
  } as unknown as WebhookStore;
  const sender = { post: async (r: WebhookRequest) => (requests.push(r), answers.shift()!) } as unknown as WebhookSender;
  const config = { webhooks: { maxAttempts: 3, retryBaseMs: 1000, timeoutMs: 5000 } } as AppConfig;
  const worker = new WebhookDeliveryWorker(store, sender, {} as UnitOfWork, {} as Outbox, {} as OutboxRelay, {} as MessageBus, config, silent);
  const message = (attempt: number): DeliveredMessage => ({ id: 'd1', topic: 'webhooks.delivery', queue: 'webhooks.delivery', body: { deliveryId: 'd1' }, headers: {}, attempt });
  return { worker, message, recorded, cancelled, requests };
}

describe('webhook delivery consumer', () => {
  it('POSTs the signed event with its headers and a timeout, and records the 2xx as delivered', async () => {
    const s = setup();
    await expect(s.worker.deliver(s.message(1))).resolves.toBe('delivered');
    const [req] = s.requests;
    expect(req).toMatchObject({ url: 'https://hooks.example.com/x', timeoutMs: 5000 });
    expect(JSON.parse(req.body)).toEqual({ id: 'evt_1', type: 'claim.status_changed', createdAt: '2026-11-26T00:00:00.000Z', data: { claimId: 'c1' } });
    expect(req.headers).toMatchObject({ 'Content-Type': 'application/json', 'X12gw-Event': 'claim.status_changed', 'X12gw-Delivery': 'd1', 'X12gw-Timestamp': expect.stringMatching(/^\d+$/) });
    expect(verifyWebhookSignature('whsec_unit', req.headers['X12gw-Signature'], req.body, 60)).toBe(true);
    expect(s.recorded).toEqual([expect.objectContaining({ status: 'delivered', statusCode: 200, error: null, nextAttemptAt: null })]);
  });

  it('records a non-2xx or an unreachable receiver as a failed attempt with the next attempt time, and throws for the bus to retry', async () => {
    const s = setup({ answers: [{ statusCode: 302, error: null }, { statusCode: null, error: 'ECONNREFUSED: connect refused' }] });
    const thrown = [await s.worker.deliver(s.message(1)).catch((err: unknown) => err), await s.worker.deliver(s.message(2)).catch((err: unknown) => err)];
    expect(thrown.map((e) => [(e as Error).message, isPermanentError(e)])).toEqual([['HTTP 302', false], ['ECONNREFUSED: connect refused', false]]);
    expect(s.recorded.map((r) => [r.status, r.statusCode, r.error])).toEqual([['pending', 302, 'HTTP 302'], ['pending', null, 'ECONNREFUSED: connect refused']]);
    const wait = s.recorded[1].nextAttemptAt!.getTime() - Date.now();
    expect(wait).toBeGreaterThan(1500);
    expect(wait).toBeLessThanOrEqual(2000);
  });

  it('marks the last attempt failed with no next attempt', async () => {
    const s = setup({ answers: [{ statusCode: 500, error: null }] });
    await expect(s.worker.deliver(s.message(3))).rejects.toThrow('HTTP 500');
    expect(s.recorded).toEqual([expect.objectContaining({ status: 'failed', statusCode: 500, nextAttemptAt: null })]);
  });

  it('fails a refused address at once, with no next attempt, and throws it as permanent (dead-lettered without retries)', async () => {
    const s = setup({ answers: [{ statusCode: null, error: 'BLOCKED_ADDRESS: webhook host resolves to a private address (10.0.0.5)' }] });
    const thrown = await s.worker.deliver(s.message(1)).catch((err: unknown) => err);
    expect(thrown).toMatchObject({ code: 'WEBHOOK_BLOCKED', permanent: true, message: 'BLOCKED_ADDRESS: webhook host resolves to a private address (10.0.0.5)' });
    expect(isPermanentError(thrown)).toBe(true);
    expect(s.recorded).toEqual([expect.objectContaining({ status: 'failed', statusCode: null, error: 'BLOCKED_ADDRESS: webhook host resolves to a private address (10.0.0.5)', nextAttemptAt: null })]);
  });

  it('cancels instead of sending when the subscription was deactivated, and skips a finished delivery', async () => {
    const off = setup({ active: false });
    await expect(off.worker.deliver(off.message(2))).resolves.toBe('cancelled');
    expect(off.cancelled).toEqual(['d1']);
    expect(off.requests).toEqual([]);
    const done = setup({ status: 'delivered' });
    await expect(done.worker.deliver(done.message(2))).resolves.toBe('skipped');
    expect(done.requests).toEqual([]);
  });

  it('backs off exponentially from the base, one delay per retry, capped at an hour', () => {
    expect(webhookBackoff(5, 1000)).toEqual([1000, 2000, 4000, 8000]);
    expect(webhookBackoff(1, 1000)).toEqual([1000]);
    expect(webhookBackoff(20, 10_000).at(-1)).toBe(3_600_000);
  });
});
