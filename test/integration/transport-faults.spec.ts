// The faults the transport path must survive without losing or doubling a claim file, against the
// real services: PostgreSQL, RabbitMQ and OpenSSH. Each test boots the real gateway (AppModule,
// outbox relay, RabbitMQ bus, outbound consumer, SFTP adapter) on a fresh database and drives it
// through HTTP.
//
// Isolation from the other test files that jest runs in parallel against the same services:
// - RabbitMQ: a private node of this file (test/support/rabbitmq-node.ts), so restarting it cannot
//   cut anyone else's connection;
// - SFTP: the shared sshd is never stopped; "SFTP down" is a TCP proxy in front of it that the test
//   takes down and brings back; every test writes to its own remote folders under SFTP_ROOT.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import request from 'supertest';
import { ApiKeysService } from '../../src/auth/api-keys.service';
import { TypeormApiKeyStore } from '../../src/auth/typeorm-api-key.store';
import { RabbitMqBus } from '../../src/messaging/rabbitmq.bus';
import { openDatabase } from '../../src/persistence/data-source';
import { loadConfig } from '../../src/config/app-config';
import { createGateway } from '../../src/main';
import { startWorkers, type Workers } from '../../src/workers';
import { ack999File, type AckParties } from '../support/acknowledgments';
import { createPostgresDatabase, type TestDatabase } from '../support/databases';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { removeCompiledGateway, startGatewayProcess, type GatewayProcess } from '../support/gateway-process';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { freePort, RabbitMqNode } from '../support/rabbitmq-node';
import { TcpProxy } from '../support/tcp-proxy';
import { eventually, profileDir, profileYaml } from '../support/transport';

const REQUIRED = ['DATABASE_URL', 'SFTP_HOST', 'SFTP_PORT', 'SFTP_USER', 'SFTP_PASSWORD', 'SFTP_HOST_KEY_SHA256', 'SFTP_ROOT'];
const missing = REQUIRED.filter((k) => !process.env[k]);
if (missing.length > 0) throw new Error(`transport-faults.spec needs ${missing.join(', ')}: run \`source /tmp/x12gw-services/env\` first`);

const SFTP_ROOT = process.env.SFTP_ROOT!;
const SFTP_USER = process.env.SFTP_USER!;
const PARTIES: AckParties = { clearinghouse: 'X12GWSANDBOX', us: 'X12GW' };
const run = `f${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

jest.setTimeout(180_000);

interface Remote {
  /** Folders relative to the SFTP session root (profile settings) and on local disk (assertions). */
  outboundDir: string;
  inboundDir: string;
  archiveDir: string;
  local: { outbound: string; inbound: string; archive: string };
}

/** Private remote folders for one test, owned by the SFTP user like the ones services.sh makes. */
function remoteFolders(name: string): Remote {
  const [outboundDir, inboundDir, archiveDir] = [`outbound/${run}-${name}`, `inbound/${run}-${name}`, `archive-${run}-${name}`];
  const local = { outbound: path.join(SFTP_ROOT, outboundDir), inbound: path.join(SFTP_ROOT, inboundDir), archive: path.join(SFTP_ROOT, archiveDir) };
  for (const dir of [local.outbound, local.inbound]) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('chown', [`${SFTP_USER}:${SFTP_USER}`, dir]);
  }
  return { outboundDir, inboundDir, archiveDir, local };
}

function removeRemote(r: Remote): void {
  for (const dir of Object.values(r.local)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A file dropped into an inbound folder as the clearinghouse would: written by the SFTP user, visible at once. */
function dropInbound(r: Remote, name: string, content: string): void {
  const file = path.join(r.local.inbound, name);
  fs.writeFileSync(`${file}.tmp`, content);
  execFileSync('chown', [`${SFTP_USER}:${SFTP_USER}`, `${file}.tmp`]);
  fs.renameSync(`${file}.tmp`, file);
}

function sftpProfile(id: string, port: number, r: Remote, delivery: string): string {
  const transport = `{ host: 127.0.0.1, port: ${port}, username: ${SFTP_USER}, passwordEnv: SFTP_PASSWORD, hostKeySha256Env: SFTP_HOST_KEY_SHA256, outboundDir: ${r.outboundDir}, inboundDir: ${r.inboundDir}, archiveDir: ${r.archiveDir}, fileNamePattern: '{isa13}.837', connectTimeoutSeconds: 3, operationTimeoutSeconds: 20 }`;
  return profileYaml(id, 'sftp', transport, `delivery: ${delivery}`);
}

/** Every name in the folder (nothing else writes there): the delivered files and any leftover temp file. */
const listing = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

interface SubmissionRef {
  claimId: string;
  id: string;
  isa13: string;
  gs06: string;
  st02: string[];
}

/** One HTTP client for an in-process or child gateway. */
class Api {
  constructor(
    private readonly http: ReturnType<typeof request> | TestGateway['http'],
    private readonly writer: string,
    private readonly reader: string,
  ) {}

  /** A new ready claim, batched into a submission of its own. */
  async submitAndBatch(): Promise<SubmissionRef> {
    const body = claimFixture('professional-office-visit');
    body.claimInformation.patientControlNumber = uniquePcn();
    const claim = await this.http.post('/v1/claims/professional').set('Authorization', `Bearer ${this.writer}`).send(body).expect(200);
    const batch = await this.http.post('/v1/batches').set('Authorization', `Bearer ${this.writer}`).send({}).expect(200);
    expect(batch.body.submissions).toHaveLength(1);
    const s = batch.body.submissions[0];
    return { claimId: claim.body.claim.id, id: s.id, isa13: s.isa13, gs06: s.gs06, st02: s.st02 };
  }

  async submission(id: string): Promise<{ status: string; delivery: { attempts: number; lastError: string | null; remoteName: string | null } }> {
    return (await this.http.get(`/v1/submissions/${id}`).set('Authorization', `Bearer ${this.reader}`).expect(200)).body;
  }

  async file(id: string): Promise<string> {
    return (await this.http.get(`/v1/submissions/${id}/file`).set('Authorization', `Bearer ${this.reader}`).expect(200)).text;
  }

  async claimStatus(id: string): Promise<string> {
    return (await this.http.get(`/v1/claims/${id}`).set('Authorization', `Bearer ${this.reader}`).expect(200)).body.status;
  }

  async listIds(query: string): Promise<string[]> {
    return (await this.http.get(`/v1/submissions?${query}`).set('Authorization', `Bearer ${this.reader}`).expect(200)).body.items.map((i: { id: string }) => i.id);
  }

  retry(id: string) {
    return this.http.post(`/v1/submissions/${id}/retry`).set('Authorization', `Bearer ${this.writer}`);
  }

  poll(clearinghouseId: string) {
    return this.http.post(`/v1/clearinghouses/${clearinghouseId}/poll`).set('Authorization', `Bearer ${this.writer}`).expect(200);
  }

  async inboundFile(id: string): Promise<Record<string, any>> {
    return (await this.http.get(`/v1/inbound-files/${id}`).set('Authorization', `Bearer ${this.reader}`).expect(200)).body;
  }

  async inboundIds(query: string): Promise<string[]> {
    return (await this.http.get(`/v1/inbound-files?${query}`).set('Authorization', `Bearer ${this.reader}`).expect(200)).body.items.map((i: { id: string }) => i.id);
  }

  async statusOf(id: string, wanted: string, timeoutMs = 30_000) {
    return eventually(async () => {
      const s = await this.submission(id);
      return s.status === wanted ? s : undefined;
    }, `submission ${id} to be ${wanted}`, timeoutMs);
  }
}

/** The delivered file is in the remote folder exactly once, byte for byte, and no temp file is left. */
async function expectDeliveredOnce(api: Api, r: Remote, s: SubmissionRef): Promise<void> {
  expect(listing(r.local.outbound).filter((n) => n.includes(s.isa13))).toEqual([`${s.isa13}.837`]);
  expect(fs.readFileSync(path.join(r.local.outbound, `${s.isa13}.837`), 'utf8')).toBe(await api.file(s.id));
}

describe('transport faults (real RabbitMQ, OpenSSH and PostgreSQL)', () => {
  let rabbit: RabbitMqNode;
  let proxy: TcpProxy;
  const remotes: Remote[] = [];
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    [rabbit, proxy] = await Promise.all([RabbitMqNode.start(), TcpProxy.open(Number(process.env.SFTP_PORT))]);
  });
  afterAll(async () => {
    await proxy?.close();
    await rabbit?.destroy();
    remotes.forEach(removeRemote);
    removeCompiledGateway();
  });
  // Each test's gateway stops with the test, so no consumer of an earlier test is still running.
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
    await proxy.up();
  });

  /** Boots an in-process gateway on RabbitMQ with one SFTP clearinghouse reached through the proxy. */
  async function boot(name: string, delivery: string): Promise<{ api: Api; id: string; r: Remote; t: TestGateway; workers: Workers }> {
    const id = `${name}${randomBytes(2).toString('hex')}`;
    const r = remoteFolders(name);
    remotes.push(r);
    const profiles = profileDir({ [id]: sftpProfile(id, proxy.port, r, delivery) });
    const t = await startTestGateway('postgres', { LOG_LEVEL: 'silent', CLEARINGHOUSES_DIR: profiles, AMQP_URL: rabbit.url });
    const workers = startWorkers(t.gateway.app);
    cleanups.push(async () => {
      await workers.stop();
      await t.close();
      fs.rmSync(profiles, { recursive: true, force: true });
    });
    await workers.ready;
    const api = new Api(t.http, await t.key(['claims:write', 'claims:read']), await t.key(['claims:read']));
    return { api, id, r, t, workers };
  }

  // Catches: a delivery failure that is not retried (dead-lettered or dropped at once), retries
  // without backoff (the 10 attempts would burn in milliseconds and end dead-lettered), a file not
  // delivered once the server is back, and a duplicate or half-written (.part) file left behind.
  it('SFTP down: the delivery fails, is retried with backoff, and is delivered once when the server comes back', async () => {
    const { api, r } = await boot('down', '{ maxAttempts: 10, backoffSeconds: [0.3, 0.6, 1], concurrency: 2 }');
    await proxy.down();
    const started = Date.now();
    const s = await api.submitAndBatch();

    const failing = await eventually(async () => {
      const now = await api.submission(s.id);
      return now.status === 'failed' && now.delivery.attempts >= 3 ? now : undefined;
    }, 'three failed attempts');
    // Backoff 0.3 s then 0.6 s: a third attempt cannot come before ~0.9 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(failing.delivery.lastError).toMatch(/^TRANSPORT_UNREACHABLE: /);
    expect(failing.delivery.attempts).toBeLessThan(10);
    expect(await api.claimStatus(s.claimId)).toBe('batched');
    expect(listing(r.local.outbound)).toEqual([]);

    await proxy.up();
    const done = await api.statusOf(s.id, 'transmitted');
    // delivery.attempts counts the failed attempts before the one that succeeded.
    expect(done.delivery.attempts).toBeGreaterThanOrEqual(failing.delivery.attempts);
    expect(done.delivery.remoteName).toBe(`${s.isa13}.837`);
    await expectDeliveredOnce(api, r, s);
    expect(listing(r.local.outbound)).toEqual([`${s.isa13}.837`]);
    expect(await api.claimStatus(s.claimId)).toBe('transmitted');
  });

  // Catches: a message lost (neither delivered nor in the DLQ) past the attempt limit, a submission
  // whose status does not say dead_lettered, a DLQ that does not hold it, and a retry endpoint that
  // does not put it back on the work queue with a fresh attempt count.
  it('past the attempt limit: dead-lettered, listed, in the RabbitMQ DLQ, and replayed by POST /v1/submissions/:id/retry', async () => {
    const { api, id, r, t } = await boot('dlq', '{ maxAttempts: 2, backoffSeconds: [0.2], concurrency: 1 }');
    await proxy.down();
    const s = await api.submitAndBatch();

    const dead = await api.statusOf(s.id, 'dead_lettered');
    expect(dead.delivery).toMatchObject({ attempts: 2, lastError: expect.stringMatching(/^TRANSPORT_UNREACHABLE: /) });
    expect(await api.listIds('status=dead_lettered')).toEqual([s.id]);
    expect(await api.listIds('status=failed')).toEqual([]);

    const ns = t.config.busNamespace;
    const inspector = await RabbitMqBus.connect(rabbit.url, { exchange: ns, queuePrefix: `${ns}.` });
    cleanups.push(() => inspector.close());
    // The worker records dead_lettered before the bus moves the message, so the DLQ may lag a moment.
    const letters = await eventually(async () => {
      const found = await inspector.deadLetters(`outbound.${id}`);
      return found.length > 0 ? found : undefined;
    }, 'the dead letter');
    expect(letters.map((l) => ({ id: l.id, attempts: l.attempts }))).toEqual([{ id: s.id, attempts: 2 }]);
    expect(letters[0].error).toMatch(/^TRANSPORT_UNREACHABLE: /);

    await proxy.up();
    await api.retry(s.id).expect(202);
    const done = await api.statusOf(s.id, 'transmitted');
    // The replay starts a fresh count: it succeeded at its first attempt, so no failed attempts.
    expect(done.delivery.attempts).toBe(0);
    await expectDeliveredOnce(api, r, s);
    expect(await inspector.deadLetters(`outbound.${id}`)).toEqual([]);
    expect(await api.claimStatus(s.claimId)).toBe('transmitted');
    const again = await api.retry(s.id).expect(409);
    expect(again.body.code).toBe('SUBMISSION_NOT_RETRYABLE');
  });

  // Catches: messages lost with the broker (non-durable queues or non-persistent messages; retry
  // messages parked in TTL queues — with classic retry queues their TTL ran out while the broker
  // booted and they were dead-lettered into a work queue not yet up, i.e. dropped), outbox rows
  // written while the broker is down never published, consumers that do not come back after a
  // reconnect, and a file doubled by a redelivery.
  it('RabbitMQ restarted mid-run: every submission ends transmitted, each file exactly once', async () => {
    const { api, r } = await boot('restart', '{ maxAttempts: 50, backoffSeconds: [0.5], concurrency: 2 }');
    // Three submissions go round the retry queues while SFTP is down ...
    await proxy.down();
    const before = [await api.submitAndBatch(), await api.submitAndBatch(), await api.submitAndBatch()];
    await Promise.all(before.map((s) => eventually(async () => ((await api.submission(s.id)).status === 'failed' ? true : undefined), `${s.id} to fail once`)));

    // ... then the broker goes down; three more are batched while it is away (outbox rows wait).
    await rabbit.stop();
    const during = [await api.submitAndBatch(), await api.submitAndBatch(), await api.submitAndBatch()];
    await proxy.up();
    await rabbit.boot();

    const all = [...before, ...during];
    for (const s of all) await api.statusOf(s.id, 'transmitted', 60_000);
    for (const s of all) await expectDeliveredOnce(api, r, s);
    expect(listing(r.local.outbound)).toEqual(all.map((s) => `${s.isa13}.837`).sort());
    for (const s of all) expect(await api.claimStatus(s.claimId)).toBe('transmitted');
  });

  // Catches: a redelivery after a crash that writes the file again (the restarted worker must find
  // the identical file: alreadyDelivered), a rename refused because the file exists ending
  // dead-lettered, a submission left queued, and claims that get a second `transmitted` event.
  // The worker runs in `x12gw serve` child processes; the claims are batched by an in-process app
  // on the same database that starts no workers. Window "uploaded, not yet marked", made
  // deterministic: the row is locked from the test BEFORE the child starts, so the worker's
  // UPDATE waits while the file is already there. More rounds without the lock land wherever the
  // race puts them (before or after the commit); "exactly once" must hold either way.
  it('the gateway SIGKILLed between upload and ack: on restart the file arrives exactly once', async () => {
    const id = `kill${randomBytes(2).toString('hex')}`;
    const r = remoteFolders('kill');
    remotes.push(r);
    const profiles = profileDir({ [id]: sftpProfile(id, Number(process.env.SFTP_PORT), r, '{ maxAttempts: 5, backoffSeconds: [0.2], concurrency: 1 }') });
    const sandboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-sandbox-'));
    const db: TestDatabase = await createPostgresDatabase();
    const ds = await openDatabase(db.config, true);
    const env = { DATABASE_URL: db.url!, AMQP_URL: rabbit.url, X12GW_BUS_NAMESPACE: id, CLEARINGHOUSES_DIR: profiles, X12GW_SANDBOX_DIR: sandboxDir, PORT: String(await freePort()) };
    const app = await createGateway({ ...loadConfig({ ...env, LOG_LEVEL: 'silent' }), database: db.config }, { dataSource: ds });
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    let gateway: GatewayProcess | null = null;
    cleanups.push(async () => {
      await gateway?.kill('SIGKILL');
      await pg.end();
      await app.close();
      await ds.destroy();
      await db.drop();
      fs.rmSync(profiles, { recursive: true, force: true });
      fs.rmSync(sandboxDir, { recursive: true, force: true });
    });
    const key = (await new ApiKeysService(new TypeormApiKeyStore(ds)).create('faults', ['claims:write', 'claims:read'])).key;
    const api = new Api(request(app.app.getHttpServer()), key, key);

    const landed = { beforeMark: 0, afterMark: 0 };
    const rounds = [{ lockRow: true }, { lockRow: true }, { lockRow: false }, { lockRow: false }, { lockRow: false }];
    for (const [round, { lockRow }] of rounds.entries()) {
      if (lockRow && gateway) {
        await gateway.kill('SIGTERM');
        gateway = null;
      }
      const s = await api.submitAndBatch();
      const file = path.join(r.local.outbound, `${s.isa13}.837`);
      if (lockRow) {
        await pg.query('BEGIN');
        await pg.query('SELECT id FROM submissions WHERE id = $1 FOR UPDATE', [s.id]);
      }
      gateway ??= await startGatewayProcess(env);
      // The final name appears whole (temp name + rename): kill the moment it is there.
      await eventually(async () => (fs.existsSync(file) ? true : undefined), `round ${round}: ${s.isa13}.837 to appear`, 30_000);
      await gateway.kill('SIGKILL');
      if (lockRow) await pg.query('ROLLBACK');
      const { status } = await api.submission(s.id);
      if (status === 'transmitted') landed.afterMark += 1;
      else landed.beforeMark += 1;
      if (lockRow) expect(status).not.toBe('transmitted');

      gateway = await startGatewayProcess(env);
      const done = await api.statusOf(s.id, 'transmitted', 60_000);
      expect(done.delivery.remoteName).toBe(`${s.isa13}.837`);
      await expectDeliveredOnce(api, r, s);
      const events = await pg.query(`SELECT count(*)::int AS n FROM claim_events WHERE claim_id = $1 AND status = 'transmitted'`, [s.claimId]);
      expect(events.rows[0].n).toBe(1);
      if (status !== 'transmitted') {
        // The restarted worker found the identical file rather than writing it again.
        const recovering = gateway;
        await eventually(async () => (recovering.logs.some((l) => l.submissionId === s.id && l.alreadyDelivered === true) ? true : undefined), 'the alreadyDelivered log line');
      }
    }
    expect(listing(r.local.outbound)).toHaveLength(rounds.length);
    expect(landed.beforeMark).toBeGreaterThanOrEqual(2);
    process.stdout.write(`transport-faults: SIGKILL landed before the DB mark in ${landed.beforeMark}/${rounds.length} rounds (2 with the row held), after it in ${landed.afterMark}\n`);
  });

  // Catches: an inbound file processed twice because it was dropped twice, a duplicate left in the
  // inbox (picked up forever), garbage that blocks the pickup or vanishes without a trace, and a
  // good file after the garbage that is not processed.
  it('SFTP inbound: the same file dropped twice is processed once; garbage is quarantined with a code and the next good file is processed', async () => {
    const { api, id, r, t } = await boot('inbox', '{ maxAttempts: 3, backoffSeconds: [0.2], concurrency: 2 }');
    const s = await api.submitAndBatch();
    await api.statusOf(s.id, 'transmitted');
    const ack = ack999File(PARTIES, 800000 + Math.floor(Math.random() * 99999), s.gs06, [{ st02: s.st02[0], ik5: 'A' }], { code: 'A', included: 1, received: 1, accepted: 1 });
    dropInbound(r, 'a-garbage.txt', 'this is not an X12 file\n');
    dropInbound(r, 'b-answer.999', ack);

    const first = (await api.poll(id)).body;
    expect(first).toMatchObject({ clearinghouseId: id, listed: 2, duplicates: [], failed: [], error: null });
    expect(first.received).toHaveLength(2);
    expect(listing(r.local.inbound)).toEqual([]);
    expect(listing(r.local.archive)).toEqual(['a-garbage.txt', 'b-answer.999']);
    const byName = Object.fromEntries(first.received.map((f: { id: string; name: string }) => [f.name, f.id]));
    const settled = async (fileId: string) => {
      const f = await api.inboundFile(fileId);
      return f.status === 'received' ? undefined : f;
    };
    const garbage = await eventually(() => settled(byName['a-garbage.txt']), 'the garbage file to be routed');
    expect(garbage).toMatchObject({ status: 'quarantined', quarantine: { code: 'NOT_X12' } });
    const answer = await eventually(() => settled(byName['b-answer.999']), 'the 999 to be routed');
    expect(answer).toMatchObject({ status: 'processed', transactionType: '999', result: { type: '999', status: 'applied' } });
    expect(await api.claimStatus(s.claimId)).toBe('accepted_by_clearinghouse');
    expect(await api.inboundIds('status=quarantined')).toEqual([garbage.id]);

    // The same 999 dropped again, under its first name and under another one.
    dropInbound(r, 'b-answer.999', ack);
    dropInbound(r, 'c-again.999', ack);
    const second = (await api.poll(id)).body;
    expect(second).toMatchObject({ listed: 2, received: [], failed: [], error: null });
    expect(second.duplicates.map((d: { id: string; name: string }) => d).sort((a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name))).toEqual([
      { id: answer.id, name: 'b-answer.999' },
      { id: answer.id, name: 'c-again.999' },
    ]);
    expect(listing(r.local.inbound)).toEqual([]);
    expect(await api.inboundFile(answer.id)).toMatchObject({ seenCount: 3, status: 'processed' });
    const [{ n }] = await t.gateway.dataSource.query(`SELECT count(*)::int AS n FROM acknowledgments`);
    expect(n).toBe(1);
    expect(await api.claimStatus(s.claimId)).toBe('accepted_by_clearinghouse');
  });
});
