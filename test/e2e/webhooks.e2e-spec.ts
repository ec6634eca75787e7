// Webhooks end to end on both database engines (embedded table queue): subscriptions through the
// API, events written by the database triggers in the transaction of the change, fan-out and
// signed delivery to a local HTTP receiver, retries with backoff and dead-lettering, the delivery
// log, and bodies that carry no PHI.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { WebhookDeliveryWorker } from '../../src/webhooks/webhook-delivery.worker';
import { verifyWebhookSignature } from '../../src/webhooks/webhook-signature';
import { startWorkers, type Workers } from '../../src/workers';
import { ack999File } from '../support/acknowledgments';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';
import { build835 } from '../support/remittance-835';
import { eventually, profileDir, profileYaml } from '../support/transport';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  raw: string;
  body: { id: string; type: string; createdAt: string; data: Record<string, unknown> };
}

/** A local webhook receiver: records every request; `respond` picks the status per path. */
class Receiver {
  readonly requests: Received[] = [];
  private server!: http.Server;
  private readonly behaviour = new Map<string, (r: Received, nth: number) => number>();
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const r: Received = { path: req.url ?? '', headers: req.headers, raw, body: JSON.parse(raw) };
        this.requests.push(r);
        const nth = this.requests.filter((x) => x.path === r.path && x.headers['x12gw-delivery'] === r.headers['x12gw-delivery']).length;
        res.statusCode = (this.behaviour.get(r.path) ?? (() => 200))(r, nth);
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  respond(p: string, status: (r: Received, nth: number) => number): void {
    this.behaviour.set(p, status);
  }

  at(p: string): Received[] {
    return this.requests.filter((r) => r.path === p);
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

// What the fixture says about the patient and subscriber; none of it may leave in a webhook.
const PHI = ['JANE', 'DOE', 'W123456789', '19800215', '1980-02-15', '123 MAIN ST', '627011234', 'GRP12345'];

describe.each(ENGINES)('webhooks on %s', (engine) => {
  let t: TestGateway;
  let workers: Workers;
  let admin: string;
  let writer: string;
  let root: string;
  let profiles: string;
  const receiver = new Receiver();
  const auth = () => ['Authorization', `Bearer ${admin}`] as const;

  beforeAll(async () => {
    await receiver.start();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-webhooks-'));
    for (const d of ['outbox', 'inbox', 'archive']) fs.mkdirSync(path.join(root, d));
    const transport = `{ outbox: ${path.join(root, 'outbox')}, inbox: ${path.join(root, 'inbox')}, archive: ${path.join(root, 'archive')}, fileNamePattern: '{isa13}.837' }`;
    profiles = profileDir({ local: profileYaml('local', 'folder', transport, 'delivery: { maxAttempts: 1, backoffSeconds: [0.05] }') });
    t = await startTestGateway(engine, {
      LOG_LEVEL: 'info',
      CLEARINGHOUSES_DIR: profiles,
      WEBHOOK_MAX_ATTEMPTS: '4',
      WEBHOOK_RETRY_BASE_MS: '50',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    admin = await t.key(['admin']);
    writer = await t.key(['claims:write']);
    workers = startWorkers(t.gateway.app);
    await workers.ready;
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
    await receiver.stop();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(profiles, { recursive: true, force: true });
  });

  async function subscribe(p: string, events: string[], extra: Record<string, unknown> = {}): Promise<{ id: string; secret: string }> {
    const res = await t.http.post('/v1/webhooks').set(...auth()).send({ url: `${receiver.url}${p}`, events, ...extra }).expect(201);
    return res.body;
  }

  async function submitClaim(): Promise<{ claimId: string; pcn: string }> {
    const body = claimFixture('professional-office-visit');
    body.claimInformation.patientControlNumber = uniquePcn();
    const res = await t.http.post('/v1/claims/professional').set('Authorization', `Bearer ${writer}`).send(body).expect(200);
    expect(res.body.claim.status).toBe('ready');
    return { claimId: res.body.claim.id, pcn: body.claimInformation.patientControlNumber };
  }

  /** What a path received about a claim's move to `status` (intake records received, then ready). */
  const forClaim = (p: string, claimId: string, status = 'ready') => receiver.at(p).filter((r) => r.body.data.claimId === claimId && r.body.data.status === status);
  const deliveries = async (id: string) => (await t.http.get(`/v1/webhooks/${id}/deliveries`).set(...auth()).expect(200)).body.items;
  const webhookOutbox = async (): Promise<number> =>
    Number((await t.gateway.dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'webhooks.events'`))[0].n);

  it('writes no event while nobody subscribes', async () => {
    const before = await webhookOutbox();
    await submitClaim();
    expect(await webhookOutbox()).toBe(before);
    expect(before).toBe(0);
  });

  it('manages subscriptions: admin only, the secret returned once, bad URLs and events refused', async () => {
    const plain = await t.key(['claims:read']);
    await t.http.post('/v1/webhooks').set('Authorization', `Bearer ${plain}`).send({ url: `${receiver.url}/x`, events: ['*'] }).expect(403);
    await t.http.get('/v1/webhooks').set('Authorization', `Bearer ${plain}`).expect(403);
    const bad = await t.http.post('/v1/webhooks').set(...auth()).send({ url: 'http://example.com/hook', events: ['claim.paid'] }).expect(400);
    expect(bad.body.errors.map((e: { code: string }) => e.code).sort()).toEqual(['INSECURE_URL', 'UNKNOWN_EVENT']);
    await t.http.post('/v1/webhooks').set(...auth()).send({ url: 'ftp://example.com/hook', events: ['*'] }).expect(400);
    const metadata = await t.http.post('/v1/webhooks').set(...auth()).send({ url: 'https://169.254.169.254/latest', events: ['*'] }).expect(400);
    expect(metadata.body.errors).toEqual([expect.objectContaining({ path: 'url', code: 'PRIVATE_ADDRESS' })]);

    const created = await t.http.post('/v1/webhooks').set(...auth()).send({ url: 'https://hooks.example.com/x12gw', events: ['remittance.posted'], description: 'finance' }).expect(201);
    expect(created.body).toMatchObject({ id: expect.any(String), url: 'https://hooks.example.com/x12gw', events: ['remittance.posted'], description: 'finance', active: true, deactivatedAt: null });
    expect(created.body.secret).toMatch(/^whsec_/);
    const read = await t.http.get(`/v1/webhooks/${created.body.id}`).set(...auth()).expect(200);
    expect(read.body).not.toHaveProperty('secret');
    expect(JSON.stringify(read.body)).not.toContain(created.body.secret);
    const list = await t.http.get('/v1/webhooks').set(...auth()).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(created.body.id);
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret);
    const chosen = await subscribe('/chosen', ['remittance.posted'], { secret: 'my-own-secret-0123456789' });
    expect(chosen.secret).toBe('my-own-secret-0123456789');
    const gone = await t.http.delete(`/v1/webhooks/${created.body.id}`).set(...auth()).expect(200);
    expect(gone.body).toMatchObject({ active: false, deactivatedAt: expect.any(String) });
    await t.http.get('/v1/webhooks/00000000-0000-4000-8000-000000000000').set(...auth()).expect(404);
    await t.http.delete(`/v1/webhooks/${chosen.id}`).set(...auth()).expect(200);
  });

  it('delivers a signed claim.status_changed without PHI and logs it as delivered on attempt 1', async () => {
    const sub = await subscribe('/claims', ['claim.status_changed']);
    const { claimId, pcn } = await submitClaim();
    const [got] = await eventually(async () => (forClaim('/claims', claimId).length > 0 ? forClaim('/claims', claimId) : undefined), 'the webhook');

    expect(Object.keys(got.body).sort()).toEqual(['createdAt', 'data', 'id', 'type']);
    expect(got.body).toMatchObject({ id: expect.stringMatching(/^evt_[0-9a-f]{32}$/), type: 'claim.status_changed' });
    expect(got.body.data).toMatchObject({ claimId, status: 'ready', previousStatus: 'received', sequence: 2, payerId: '99999', totalCharge: '150.00', links: { claim: `/v1/claims/${claimId}` } });
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['x12gw-event']).toBe('claim.status_changed');
    const sig = got.headers['x12gw-signature'] as string;
    expect(sig).toMatch(new RegExp(`^t=${got.headers['x12gw-timestamp']},v1=[0-9a-f]{64}$`));
    expect(verifyWebhookSignature(sub.secret, sig, got.raw, 300)).toBe(true);
    expect(verifyWebhookSignature(`${sub.secret}x`, sig, got.raw, 300)).toBe(false);
    expect(verifyWebhookSignature(sub.secret, sig, got.raw.replace(claimId, '00000000-0000-4000-8000-000000000000'), 300)).toBe(false);
    for (const phi of [...PHI, pcn]) expect(got.raw).not.toContain(phi);
    // The claim's first event (received) was announced too, as its own event.
    const [first] = await eventually(async () => (forClaim('/claims', claimId, 'received').length > 0 ? forClaim('/claims', claimId, 'received') : undefined), 'the first event');
    expect(first.body.data).toMatchObject({ status: 'received', previousStatus: null, sequence: 1 });
    expect(first.body.id).not.toBe(got.body.id);

    const log = await eventually(async () => {
      const items = await deliveries(sub.id);
      const d = items.find((i: { eventId: string }) => i.eventId === got.body.id);
      return d?.status === 'delivered' ? d : undefined;
    }, 'the delivery log');
    expect(log).toMatchObject({ id: got.headers['x12gw-delivery'], eventType: 'claim.status_changed', attempts: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) });
    expect(log.attemptLog).toEqual([expect.objectContaining({ attempt: 1, statusCode: 200, error: null })]);
    const lines = t.logs.filter((l) => l.includes(got.body.id));
    expect(lines.some((l) => l.includes('webhook delivered'))).toBe(true);
    for (const l of lines) expect(l).not.toContain('"data"');

    // The bus delivers at least once: the same event fanned out again makes no second delivery.
    const again = { id: got.body.id, topic: 'webhooks.events', queue: 'webhooks.fanout', body: got.body, headers: {}, attempt: 2 };
    await expect(t.gateway.app.get(WebhookDeliveryWorker).fanOut(again)).resolves.toBe(0);
    expect((await deliveries(sub.id)).filter((d: { eventId: string }) => d.eventId === got.body.id)).toHaveLength(1);
    await t.http.delete(`/v1/webhooks/${sub.id}`).set(...auth()).expect(200);
  });

  it('retries a receiver answering 500 twice, delivers on attempt 3, and dead-letters one that always fails', async () => {
    receiver.respond('/flaky', (_r, nth) => (nth <= 2 ? 500 : 200));
    receiver.respond('/down', () => 503);
    const flaky = await subscribe('/flaky', ['claim.status_changed']);
    const down = await subscribe('/down', ['claim.status_changed']);
    const { claimId } = await submitClaim();

    const find = async (id: string, done: (d: { status: string }) => boolean) => {
      const items = await deliveries(id);
      const d = items.find((i: { eventId: string }) => forClaim(id === flaky.id ? '/flaky' : '/down', claimId).some((r) => r.body.id === i.eventId));
      return d && done(d) ? d : undefined;
    };
    const ok = await eventually(() => find(flaky.id, (d) => d.status === 'delivered'), 'delivery on attempt 3');
    expect(ok).toMatchObject({ attempts: 3, lastStatusCode: 200, lastError: null, deliveredAt: expect.any(String), nextAttemptAt: null });
    expect(ok.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 200]);
    const sent = forClaim('/flaky', claimId);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((r) => r.body.id)).size).toBe(1);
    expect(new Set(sent.map((r) => r.headers['x12gw-delivery'])).size).toBe(1);
    for (const r of sent) expect(verifyWebhookSignature(flaky.secret, r.headers['x12gw-signature'] as string, r.raw, 300)).toBe(true);

    const dead = await eventually(() => find(down.id, (d) => d.status === 'failed'), 'the failing delivery to be dead-lettered');
    expect(dead).toMatchObject({ attempts: 4, lastStatusCode: 503, lastError: 'HTTP 503', deliveredAt: null, nextAttemptAt: null });
    expect(dead.attemptLog).toHaveLength(4);
    expect(forClaim('/down', claimId)).toHaveLength(4);

    // A finished delivery can be sent again by hand; a pending one cannot.
    receiver.respond('/down', () => 200);
    await t.http.post(`/v1/webhooks/${down.id}/deliveries/${dead.id}/redeliver`).set(...auth()).expect(202);
    const again = await eventually(() => find(down.id, (d) => d.status === 'delivered'), 'the redelivery');
    expect(again).toMatchObject({ attempts: 5, lastStatusCode: 200 });
    for (const id of [flaky.id, down.id]) await t.http.delete(`/v1/webhooks/${id}`).set(...auth()).expect(200);
  });

  it('refuses at send time a host that resolves to loopback over https, and fails the delivery without retries', async () => {
    // A name passes the create pipe; the sender resolves it and refuses the address before connecting.
    const res = await t.http.post('/v1/webhooks').set(...auth()).send({ url: `${receiver.url.replace('http://127.0.0.1', 'https://localhost')}/blocked`, events: ['claim.status_changed'] }).expect(201);
    const control = await subscribe('/blocked-control', ['claim.status_changed']);
    const { claimId } = await submitClaim();
    const sent = await eventually(async () => forClaim('/blocked-control', claimId)[0], 'the control webhook');
    const failed = await eventually(async () => {
      const d = (await deliveries(res.body.id)).find((i: { eventId: string }) => i.eventId === sent.body.id);
      return d?.status === 'failed' ? d : undefined;
    }, 'the blocked delivery to fail');
    expect(failed).toMatchObject({ attempts: 1, lastStatusCode: null, lastError: expect.stringMatching(/^BLOCKED_ADDRESS: webhook host resolves to a loopback address \((127\.0\.0\.1|::1)\)$/), nextAttemptAt: null });
    expect(receiver.at('/blocked')).toEqual([]);
    for (const id of [res.body.id, control.id]) await t.http.delete(`/v1/webhooks/${id}`).set(...auth()).expect(200);
  });

  it('sends nothing to a subscription for other events or to a deactivated one', async () => {
    const control = await subscribe('/control', ['claim.status_changed']);
    const other = await subscribe('/other', ['remittance.posted']);
    const off = await subscribe('/off', ['*']);
    await t.http.delete(`/v1/webhooks/${off.id}`).set(...auth()).expect(200);
    const { claimId } = await submitClaim();
    await eventually(async () => (forClaim('/control', claimId).length > 0 ? true : undefined), 'the control webhook');
    // The fan-out writes every delivery of an event in one transaction, so by now the others would exist.
    expect(await deliveries(other.id)).toEqual([]);
    expect(await deliveries(off.id)).toEqual([]);
    expect(receiver.at('/other')).toEqual([]);
    expect(receiver.at('/off')).toEqual([]);
    await t.http.delete(`/v1/webhooks/${control.id}`).set(...auth()).expect(200);
  });

  it('announces a 999 rejection as one submission.rejected however many claims it rejects', async () => {
    const sub = await subscribe('/rejected', ['submission.rejected']);
    const claims = [await submitClaim(), await submitClaim()];
    const batch = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).send({}).expect(200);
    const s = batch.body.submissions[0];
    const reader = await t.key(['claims:read']);
    const get = async (url: string) => (await t.http.get(url).set('Authorization', `Bearer ${reader}`).expect(200)).body;
    await eventually(async () => ((await get(`/v1/submissions/${s.id}`)).status === 'transmitted' ? true : undefined), 'transmission');
    const ack = ack999File({ clearinghouse: 'X12GWSANDBOX', us: 'X12GW' }, 700000 + Math.floor(Math.random() * 99999), s.gs06, s.st02.map((st02: string) => ({ st02, ik5: 'R', ik502: '5' })), { code: 'R', included: s.st02.length, received: s.st02.length, accepted: 0 });
    fs.writeFileSync(path.join(root, 'inbox', 'answer.999'), ack);
    await t.http.post('/v1/clearinghouses/local/poll').set('Authorization', `Bearer ${writer}`).expect(200);
    for (const c of claims) await eventually(async () => ((await get(`/v1/claims/${c.claimId}`)).status === 'rejected_by_clearinghouse' ? true : undefined), 'the claims rejected');
    const got = await eventually(async () => receiver.at('/rejected').find((r) => r.body.data.submissionId === s.id), 'submission.rejected');
    expect(got.body).toMatchObject({ type: 'submission.rejected', data: { submissionId: s.id, reason: '999_rejected', acknowledgmentId: expect.any(String), clearinghouseId: 'local', isa13: s.isa13, claimCount: expect.any(Number) } });
    expect(got.body.data.claimCount).toBeGreaterThanOrEqual(2);
    expect(verifyWebhookSignature(sub.secret, got.headers['x12gw-signature'] as string, got.raw, 300)).toBe(true);
    // Every event of the acknowledgment was written in its transaction, so this count is final.
    const [row] = await t.gateway.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'webhooks.events' AND body->>'type' = 'submission.rejected' AND body->'data'->>'submissionId' = $1`,
      [s.id],
    );
    expect(row.n).toBe(1);
    await t.http.delete(`/v1/webhooks/${sub.id}`).set(...auth()).expect(200);
  });

  it('announces a posted remittance and a dead-lettered submission, without PHI', async () => {
    const sub = await subscribe('/money', ['remittance.posted', 'submission.rejected']);
    const { pcn } = await submitClaim();
    const era = build835([{ trace: `TRN${Date.now()}`, claims: [{ pcn, lines: [{ code: '99213', chargeCents: 12000, paidCents: 9000 }, { code: '83036', chargeCents: 3000, paidCents: 3000 }] }] }], 4242);
    const posted = await t.http.post('/v1/inbound').set('Authorization', `Bearer ${writer}`).set('Content-Type', 'application/edi-x12').set('X-File-Name', 'era.835').send(era).expect(200);
    const remittanceId = posted.body.remittances[0].id;
    const paid = await eventually(async () => receiver.at('/money').find((r) => r.body.data.remittanceId === remittanceId), 'remittance.posted');
    expect(paid.body).toMatchObject({ type: 'remittance.posted', data: { remittanceId, amount: '120.00', claimCount: 1, matchedClaimCount: 1, balanced: true, links: { remittance: `/v1/remittances/${remittanceId}` } } });
    expect(verifyWebhookSignature(sub.secret, paid.headers['x12gw-signature'] as string, paid.raw, 300)).toBe(true);
    for (const phi of [...PHI, pcn]) expect(paid.raw).not.toContain(phi);

    // The folder outbox is gone and the profile allows one attempt: the submission is dead-lettered.
    fs.rmSync(path.join(root, 'outbox'), { recursive: true, force: true });
    await submitClaim();
    const batch = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).send({}).expect(200);
    const submissionId = batch.body.submissions[0].id;
    const rejected = await eventually(async () => receiver.at('/money').find((r) => r.body.data.submissionId === submissionId), 'submission.rejected');
    expect(rejected.body).toMatchObject({ type: 'submission.rejected', data: { submissionId, reason: 'dead_lettered', clearinghouseId: 'local', deliveryAttempts: 1, links: { submission: `/v1/submissions/${submissionId}` } } });
    await t.http.delete(`/v1/webhooks/${sub.id}`).set(...auth()).expect(200);
  });

  it('writes no event when the change rolls back', async () => {
    const sub = await subscribe('/rollback', ['claim.status_changed']);
    const { claimId } = await submitClaim();
    const count = (q: { query: (sql: string, p: unknown[]) => Promise<{ n: number }[]> }) =>
      q.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE body->'data'->>'claimId' = $1 AND body->'data'->>'status' = 'voided'`, [claimId]);
    await expect(
      t.gateway.dataSource.transaction(async (m) => {
        await m.query(`INSERT INTO claim_events (claim_id, sequence, status, previous_status, cause) VALUES ($1, 99, 'voided', 'ready', 'test')`, [claimId]);
        expect((await count(m))[0].n).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await count(t.gateway.dataSource))[0].n).toBe(0);
    await t.http.delete(`/v1/webhooks/${sub.id}`).set(...auth()).expect(200);
  });
});
