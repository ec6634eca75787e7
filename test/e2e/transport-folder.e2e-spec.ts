// The transport path on the embedded message bus (table queue) with the folder adapter, on both
// database engines: a batched submission is announced through the outbox, delivered to the outbox
// folder and its claims marked transmitted; a delivery that keeps failing is dead-lettered, listed
// and replayed; inbound files are picked up once (sha256), routed by transaction, and garbage is
// quarantined with a coded reason while the next good file is processed; an 835 of several stored
// chunks is posted and served back byte for byte.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { INBOUND_CHUNK_BYTES } from '../../src/clearinghouses/inbound/inbound-file-store.port';
import { startWorkers, type Workers } from '../../src/workers';
import { synthetic835Text, type Synthetic835Stats } from '../../src/x12/835-005010X221A1/synthetic';
import { ack999File, type AckParties } from '../support/acknowledgments';
import { build835 } from '../support/remittance-835';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';
import { eventually, profileDir, profileYaml } from '../support/transport';

const PARTIES: AckParties = { clearinghouse: 'X12GWSANDBOX', us: 'X12GW' };

describe.each(ENGINES)('transport through the folder adapter on %s', (engine) => {
  let t: TestGateway;
  let workers: Workers;
  let root: string;
  let profiles: string;
  let writer: string;
  let reader: string;
  const dirs = () => ({ outbox: path.join(root, 'outbox'), inbox: path.join(root, 'inbox'), archive: path.join(root, 'archive') });

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-folder-'));
    for (const d of Object.values(dirs())) fs.mkdirSync(d);
    const { outbox, inbox, archive } = dirs();
    profiles = profileDir({
      local: profileYaml('local', 'folder', `{ outbox: ${outbox}, inbox: ${inbox}, archive: ${archive}, fileNamePattern: '{isa13}.837' }`, 'delivery: { maxAttempts: 2, backoffSeconds: [0.05] }'),
    });
    t = await startTestGateway(engine, { LOG_LEVEL: 'silent', CLEARINGHOUSES_DIR: profiles });
    writer = await t.key(['claims:write']);
    reader = await t.key(['claims:read']);
    workers = startWorkers(t.gateway.app);
    await workers.ready;
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(profiles, { recursive: true, force: true });
  });

  async function submitAndBatch(): Promise<{ claimId: string; submission: { id: string; status: string; isa13: string; gs06: string; st02: string[] } }> {
    const body = claimFixture('professional-office-visit');
    body.claimInformation.patientControlNumber = uniquePcn();
    const res = await t.http.post('/v1/claims/professional').set('Authorization', `Bearer ${writer}`).send(body).expect(200);
    expect(res.body.claim.status).toBe('ready');
    const batch = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).send({}).expect(200);
    expect(batch.body.submissions).toHaveLength(1);
    return { claimId: res.body.claim.id, submission: batch.body.submissions[0] };
  }

  const submission = async (id: string) => (await t.http.get(`/v1/submissions/${id}`).set('Authorization', `Bearer ${reader}`).expect(200)).body;
  const claimStatus = async (id: string) => (await t.http.get(`/v1/claims/${id}`).set('Authorization', `Bearer ${reader}`).expect(200)).body.status;

  it('delivers a batched submission to the outbox folder under its name pattern and marks it and its claims transmitted', async () => {
    const { claimId, submission: s } = await submitAndBatch();
    expect(s.status).toBe('queued');
    const done = await eventually(async () => {
      const now = await submission(s.id);
      return now.status === 'transmitted' ? now : undefined;
    }, 'the submission to be transmitted');
    expect(done.delivery).toMatchObject({ remoteName: `${s.isa13}.837`, transmittedAt: expect.any(String) });
    const stored = (await t.http.get(`/v1/submissions/${s.id}/file`).set('Authorization', `Bearer ${reader}`).expect(200)).text;
    expect(fs.readFileSync(path.join(dirs().outbox, `${s.isa13}.837`), 'utf8')).toBe(stored);
    expect(fs.readdirSync(dirs().outbox).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(await claimStatus(claimId)).toBe('transmitted');
    const history = (await t.http.get(`/v1/claims/${claimId}`).set('Authorization', `Bearer ${reader}`).expect(200)).body.history;
    expect(history.at(-1)).toMatchObject({ status: 'transmitted', cause: 'transmission' });
    // The outbox row is published exactly once and nothing is left pending.
    const [row] = await t.gateway.dataSource.query(`SELECT published_at IS NOT NULL AS published, publish_attempts FROM outbox_messages WHERE id = $1`, [s.id]);
    expect(row).toEqual({ published: true, publish_attempts: 1 });
    const list = await t.http.get('/v1/submissions?status=transmitted').set('Authorization', `Bearer ${reader}`).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(s.id);
  });

  it('dead-letters a delivery past the attempt limit, lists it, and replays it on POST /v1/submissions/:id/retry', async () => {
    fs.rmSync(dirs().outbox, { recursive: true, force: true });
    const { claimId, submission: s } = await submitAndBatch();
    const dead = await eventually(async () => {
      const now = await submission(s.id);
      return now.status === 'dead_lettered' ? now : undefined;
    }, 'the submission to be dead-lettered');
    expect(dead.delivery).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/^REMOTE_FILE_NOT_FOUND: /) });
    expect(await claimStatus(claimId)).toBe('batched');
    const listed = await t.http.get('/v1/submissions?status=dead_lettered').set('Authorization', `Bearer ${reader}`).expect(200);
    expect(listed.body.items.map((i: { id: string }) => i.id)).toEqual([s.id]);
    await t.http.post(`/v1/submissions/${s.id}/retry`).set('Authorization', `Bearer ${reader}`).expect(403);

    fs.mkdirSync(dirs().outbox);
    await t.http.post(`/v1/submissions/${s.id}/retry`).set('Authorization', `Bearer ${writer}`).expect(202);
    await eventually(async () => ((await submission(s.id)).status === 'transmitted' ? true : undefined), 'the replayed submission to be transmitted');
    expect(fs.existsSync(path.join(dirs().outbox, `${s.isa13}.837`))).toBe(true);
    expect(await claimStatus(claimId)).toBe('transmitted');
    const again = await t.http.post(`/v1/submissions/${s.id}/retry`).set('Authorization', `Bearer ${writer}`).expect(409);
    expect(again.body.code).toBe('SUBMISSION_NOT_RETRYABLE');
  });

  it('picks up inbound files once, routes a 999 to its claims, quarantines garbage with a code, and goes on with the next file', async () => {
    const { claimId, submission: s } = await submitAndBatch();
    await eventually(async () => ((await submission(s.id)).status === 'transmitted' ? true : undefined), 'transmission');
    const ack = ack999File(PARTIES, 900000 + Math.floor(Math.random() * 99999), s.gs06, [{ st02: s.st02[0], ik5: 'A' }], { code: 'A', included: 1, received: 1, accepted: 1 });
    fs.writeFileSync(path.join(dirs().inbox, 'a-garbage.txt'), 'this is not an X12 file\n');
    fs.writeFileSync(path.join(dirs().inbox, 'b-answer.999'), ack);

    const first = await t.http.post('/v1/clearinghouses/local/poll').set('Authorization', `Bearer ${writer}`).expect(200);
    expect(first.body).toMatchObject({ clearinghouseId: 'local', listed: 2, duplicates: [], failed: [], error: null });
    expect(first.body.received).toHaveLength(2);
    expect(fs.readdirSync(dirs().inbox)).toEqual([]);
    expect(fs.readdirSync(dirs().archive).sort()).toEqual(expect.arrayContaining(['a-garbage.txt', 'b-answer.999']));

    const byName = Object.fromEntries(first.body.received.map((r: { id: string; name: string }) => [r.name, r.id]));
    const settled = async (id: string) => {
      const f = (await t.http.get(`/v1/inbound-files/${id}`).set('Authorization', `Bearer ${reader}`).expect(200)).body;
      return f.status === 'received' ? undefined : f;
    };
    const garbage = await eventually(() => settled(byName['a-garbage.txt']), 'the garbage file to be routed');
    expect(garbage).toMatchObject({ status: 'quarantined', transactionType: null, quarantine: { code: 'NOT_X12', message: expect.any(String), segmentIndex: null } });
    const answer = await eventually(() => settled(byName['b-answer.999']), 'the 999 to be routed');
    expect(answer).toMatchObject({ status: 'processed', transactionType: '999', quarantine: null, result: { type: '999', status: 'applied' } });
    expect(await claimStatus(claimId)).toBe('accepted_by_clearinghouse');

    const quarantined = await t.http.get('/v1/inbound-files?status=quarantined').set('Authorization', `Bearer ${reader}`).expect(200);
    expect(quarantined.body.items.map((i: { id: string }) => i.id)).toEqual([garbage.id]);
    const raw = await t.http.get(`/v1/inbound-files/${garbage.id}/content`).set('Authorization', `Bearer ${reader}`).responseType('blob').expect(200);
    expect((raw.body as Buffer).toString('utf8')).toBe('this is not an X12 file\n');
    expect(raw.headers.etag).toBe(`"${garbage.sha256}"`);

    // The same 999 dropped again (another name): removed from the inbox, not processed a second time.
    fs.writeFileSync(path.join(dirs().inbox, 'c-again.999'), ack);
    const second = await t.http.post('/v1/clearinghouses/local/poll').set('Authorization', `Bearer ${writer}`).expect(200);
    expect(second.body).toMatchObject({ listed: 1, received: [], duplicates: [{ id: answer.id, name: 'c-again.999' }] });
    expect(fs.readdirSync(dirs().inbox)).toEqual([]);
    expect((await t.http.get(`/v1/inbound-files/${answer.id}`).set('Authorization', `Bearer ${reader}`).expect(200)).body).toMatchObject({ seenCount: 2, status: 'processed' });
    const [{ n }] = await t.gateway.dataSource.query(`SELECT count(*)::int AS n FROM acknowledgments`);
    expect(n).toBe(1);
  });

  it('quarantines a truncated 835 with its code and segment, posting nothing of it, and posts the next 835', async () => {
    const era = (trace: string, isa13: number) =>
      build835([{ trace, claims: [{ pcn: uniquePcn(), lines: [{ code: '99213', chargeCents: 15000, paidCents: 9000 }] }] }, { trace: `${trace}B`, claims: [{ pcn: uniquePcn(), lines: [{ code: '99214', chargeCents: 20000, paidCents: 12000 }] }] }], isa13);
    const whole = era(`TRC${Date.now()}`, 810001);
    // Cut inside the second transaction set: the file has no SE/GE/IEA for it.
    const truncated = whole.slice(0, whole.lastIndexOf('CLP'));
    fs.writeFileSync(path.join(dirs().inbox, 'd-truncated.835'), truncated);
    fs.writeFileSync(path.join(dirs().inbox, 'e-good.835'), era(`TRG${Date.now()}`, 810002));
    const poll = await t.http.post('/v1/clearinghouses/local/poll').set('Authorization', `Bearer ${writer}`).expect(200);
    expect(poll.body.received).toHaveLength(2);
    const byName = Object.fromEntries(poll.body.received.map((r: { id: string; name: string }) => [r.name, r.id]));
    const settled = async (id: string) => {
      const f = (await t.http.get(`/v1/inbound-files/${id}`).set('Authorization', `Bearer ${reader}`).expect(200)).body;
      return f.status === 'received' ? undefined : f;
    };
    const bad = await eventually(() => settled(byName['d-truncated.835']), 'the truncated 835 to be routed');
    expect(bad).toMatchObject({ status: 'quarantined', transactionType: '835', quarantine: { code: 'TRUNCATED_INTERCHANGE', segmentIndex: expect.any(Number) } });
    const good = await eventually(() => settled(byName['e-good.835']), 'the good 835 to be routed');
    expect(good).toMatchObject({ status: 'processed', transactionType: '835' });
    expect(good.result.remittances).toHaveLength(2);
    const posted = await t.gateway.dataSource.query(`SELECT count(*)::int AS n FROM remittances WHERE sha256 = $1`, [bad.sha256]);
    expect(posted).toEqual([{ n: 0 }]);
  });

  it('stores an 835 of several chunks, posts every set of it, serves it back byte for byte, and stores a second copy of it no more', async () => {
    const stats: Synthetic835Stats = { chars: 0, transactions: 0, claims: 0, lines: 0 };
    const text = synthetic835Text({ targetChars: 2.1 * INBOUND_CHUNK_BYTES, claimsPerTransaction: 500, stats });
    const bytes = Buffer.from(text, 'latin1');
    expect(bytes.length).toBeGreaterThan(2 * INBOUND_CHUNK_BYTES);
    fs.writeFileSync(path.join(dirs().inbox, 'f-big.835'), bytes);
    const poll = await t.http.post('/v1/clearinghouses/local/poll').set('Authorization', `Bearer ${writer}`).expect(200);
    expect(poll.body).toMatchObject({ listed: 1, duplicates: [], failed: [] });
    const id = poll.body.received[0].id;
    const chunks = await t.gateway.dataSource.query(`SELECT seq, octet_length(data) AS n FROM inbound_file_chunks WHERE inbound_file_id = $1 ORDER BY seq`, [id]);
    expect(chunks).toHaveLength(Math.ceil(bytes.length / INBOUND_CHUNK_BYTES));
    expect(chunks[0]).toEqual({ seq: 0, n: INBOUND_CHUNK_BYTES });

    const routed = await eventually(async () => {
      const f = (await t.http.get(`/v1/inbound-files/${id}`).set('Authorization', `Bearer ${reader}`).expect(200)).body;
      return f.status === 'received' ? undefined : f;
    }, 'the multi-chunk 835 to be routed', 120_000);
    expect(routed).toMatchObject({ status: 'processed', transactionType: '835', byteLength: bytes.length });
    expect(routed.result.remittances).toHaveLength(stats.transactions);
    expect(routed.result.remittances.every((r: { status: string }) => r.status === 'posted')).toBe(true);
    const [{ n: claimPayments }] = await t.gateway.dataSource.query(`SELECT count(*)::int AS n FROM claim_payments p JOIN remittances r ON r.id = p.remittance_id WHERE r.sha256 = $1`, [routed.sha256]);
    expect(claimPayments).toBe(stats.claims);

    const raw = await t.http.get(`/v1/inbound-files/${id}/content`).set('Authorization', `Bearer ${reader}`).responseType('blob').expect(200);
    expect(raw.headers['content-length']).toBe(String(bytes.length));
    expect(raw.headers.etag).toBe(`"${routed.sha256}"`);
    expect((raw.body as Buffer).equals(bytes)).toBe(true);

    const before = await t.gateway.dataSource.query(`SELECT count(*)::int AS n FROM inbound_file_chunks`);
    fs.writeFileSync(path.join(dirs().inbox, 'g-big-again.835'), bytes);
    const again = await t.http.post('/v1/clearinghouses/local/poll').set('Authorization', `Bearer ${writer}`).expect(200);
    expect(again.body).toMatchObject({ listed: 1, received: [], duplicates: [{ id, name: 'g-big-again.835' }] });
    expect(await t.gateway.dataSource.query(`SELECT count(*)::int AS n FROM inbound_file_chunks`)).toEqual(before);
  }, 180_000);

  it('refuses a poll of an unknown clearinghouse and bad list queries with coded errors', async () => {
    const res = await t.http.post('/v1/clearinghouses/nope/poll').set('Authorization', `Bearer ${writer}`).expect(400);
    expect(res.body.code).toBe('UNKNOWN_CLEARINGHOUSE');
    const bad = await t.http.get('/v1/inbound-files?status=lost').set('Authorization', `Bearer ${reader}`).expect(400);
    expect(bad.body.code).toBe('INVALID_QUERY');
    const badSub = await t.http.get('/v1/submissions?status=sent').set('Authorization', `Bearer ${reader}`).expect(400);
    expect(badSub.body.code).toBe('INVALID_QUERY');
  });
});
