// Acknowledgments through HTTP on both engines: claims submitted through the API and batched with
// POST /v1/batches (sandbox profile), then a 999 and a 277CA posted to POST /v1/inbound (routed by
// content), read back with GET /v1/claims/:id/timeline and GET /v1/acknowledgments; duplicates,
// unmatched references and scopes. Then `x12gw ingest` of a 999 against PostgreSQL.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerIngestCommands } from '../../src/cli/ingest.command';
import { ack277File, ack999File, type AckParties } from '../support/acknowledgments';
import { moveClaim } from '../support/claims';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { runCommands } from '../support/cli';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';

const SANDBOX: AckParties = { clearinghouse: 'X12GWSANDBOX', us: 'X12GW' };

interface Sent {
  submissionId: string;
  gs06: string;
  claims: { id: string; pcn: string; st02: string; first: number; last: number }[];
}

/** Submits `n` claims through the API, makes them ready, batches them, and reads back their 2300 ranges. */
async function submitAndBatch(t: TestGateway, writer: string, n: number): Promise<Sent> {
  const ds = t.gateway.dataSource;
  for (let i = 0; i < n; i++) {
    const body = claimFixture('professional-office-visit');
    body.claimInformation.patientControlNumber = uniquePcn();
    const res = await t.http.post('/v1/claims/professional').set('Authorization', `Bearer ${writer}`).send(body).expect(200);
    await moveClaim(t, res.body.claim.id, 'ready', 'test.scrub');
  }
  const batch = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).expect(200);
  expect(batch.body.submissions).toHaveLength(1);
  const sub = batch.body.submissions[0];
  const rows: { claim_id: string; patient_control_number: string; st02: string; first: number; last: number }[] = await ds.query(
    `SELECT claim_id, patient_control_number, st02, loop2300_first_segment AS first, loop2300_last_segment AS last
       FROM submission_claims WHERE submission_id = $1 ORDER BY transaction_index, claim_index`, [sub.id]);
  expect(rows).toHaveLength(n);
  return { submissionId: sub.id, gs06: String(Number(sub.gs06)), claims: rows.map((r) => ({ id: r.claim_id, pcn: r.patient_control_number, st02: r.st02, first: Number(r.first), last: Number(r.last) })) };
}

describe.each(ENGINES)('acknowledgment routes on %s', (engine) => {
  let t: TestGateway;
  let writer: string;
  let reader: string;
  let isa = 500;

  function post(body: string, name: string, type = 'application/edi-x12') {
    return t.http.post('/v1/inbound').set('Authorization', `Bearer ${writer}`).set('Content-Type', type).set('X-File-Name', name).send(body);
  }

  beforeAll(async () => {
    t = await startTestGateway(engine, { LOG_LEVEL: 'silent' });
    writer = await t.key(['claims:write']);
    reader = await t.key(['claims:read']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('POST /v1/inbound applies a 999 (IK3 in one claim) and a 277CA; GET /v1/claims/:id/timeline tells each story; the same file again is a duplicate', async () => {
    const sent = await submitAndBatch(t, writer, 2);
    const [mate, target] = sent.claims;
    expect(mate.st02).toBe(target.st02);
    const position = target.first + 1;
    const reject999 = ack999File(SANDBOX, ++isa, sent.gs06, [
      { st02: target.st02, ik5: 'R', ik502: 'I5', errors: [{ segmentId: 'NM1', position, loop: '2010BA', code: '8', ik4: { position: 9, reference: '67', code: '6' } }] },
    ], { code: 'R', included: 1, received: 1, accepted: 0 });
    const res = await post(reject999, 'sandbox.999', 'text/plain').expect(200);
    expect(res.body).toEqual({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      acknowledgment: { id: expect.any(String), sha256: res.body.sha256, type: '999', status: 'applied', duplicateOf: null, summary: { accepted: 0, rejected: 2, noted: 0, flagged: 0, unmatched: 0 }, diagnostics: [] },
    });
    const ackId: string = res.body.acknowledgment.id;

    const tl = await t.http.get(`/v1/claims/${target.id}/timeline`).set('Authorization', `Bearer ${reader}`).expect(200);
    expect(tl.body.status).toBe('rejected_by_clearinghouse');
    expect(tl.body.events.slice(-2).map((e: { status: string }) => e.status)).toEqual(['batched', 'rejected_by_clearinghouse']);
    expect(tl.body.events[0]).toMatchObject({ sequence: 1, status: 'received', previousStatus: null });
    const last = tl.body.events.at(-1);
    expect(last).toMatchObject({
      status: 'rejected_by_clearinghouse', cause: 'acknowledgment.999', occurredAt: expect.any(String), flag: null,
      description: `999 rejected: segment NM1 at position ${position}, IK304 8 (segment has data element errors), IK403 6 (invalid character in data element) in element 9`,
      links: { acknowledgmentId: ackId, acknowledgmentFile: 'sandbox.999' },
    });
    const batched = tl.body.events.find((e: { status: string }) => e.status === 'batched');
    expect(batched).toMatchObject({ cause: 'batching', links: { submissionId: sent.submissionId, submissionFile: expect.stringMatching(/^sandbox-837P-T-\d{9}\.x12$/) } });
    const mateTl = await t.http.get(`/v1/claims/${mate.id}/timeline`).set('Authorization', `Bearer ${reader}`).expect(200);
    expect(mateTl.body.events.at(-1).description).toMatch(/^999 rejected: whole transaction set \d+ rejected \(IK501 R, IK502 I5\), no segment error in this claim$/);

    const again = await post(reject999, 'sandbox-again.999').expect(200);
    expect(again.body.acknowledgment).toMatchObject({ status: 'duplicate', duplicateOf: ackId });
    const tlAgain = await t.http.get(`/v1/claims/${target.id}/timeline`).set('Authorization', `Bearer ${reader}`).expect(200);
    expect(tlAgain.body.events).toHaveLength(tl.body.events.length);

    // An accepted claim all the way: 999 A, then 277CA A2 with REF*1K.
    const ok = await submitAndBatch(t, writer, 1);
    const [claim] = ok.claims;
    await post(ack999File(SANDBOX, ++isa, ok.gs06, [{ st02: claim.st02, ik5: 'A' }], { code: 'A', included: 1, received: 1, accepted: 1 }), 'ok.999').expect(200);
    const ca = await post(ack277File(SANDBOX, ++isa, [{ pcn: claim.pcn, stc: 'A2:20', action: 'WQ', charge: '150', payerClaimNumber: 'PAYERCLM77' }], '1558374629'), 'ok.277').expect(200);
    expect(ca.body.acknowledgment).toMatchObject({ type: '277CA', status: 'applied', summary: { accepted: 1 } });
    const full = await t.http.get(`/v1/claims/${claim.id}/timeline`).set('Authorization', `Bearer ${reader}`).expect(200);
    expect(full.body.events[0]).toMatchObject({ status: 'received' });
    expect(full.body.events.slice(-3).map((e: { status: string; cause: string }) => [e.status, e.cause])).toEqual([
      ['batched', 'batching'], ['accepted_by_clearinghouse', 'acknowledgment.999'], ['accepted_by_payer', 'acknowledgment.277ca'],
    ]);
    expect(full.body.events.at(-1)).toMatchObject({ description: expect.stringContaining('payer claim number PAYERCLM77'), detail: { payerClaimControlNumber: 'PAYERCLM77' }, links: { acknowledgmentId: ca.body.acknowledgment.id } });
  });

  it('GET /v1/acknowledgments lists files, and ?unmatched=true the references that matched nothing we sent', async () => {
    const res = await post(ack277File(SANDBOX, ++isa, [{ pcn: 'NOSUCHCLAIM1', stc: 'A7:562:82', action: 'U', charge: '10' }]), 'stray.277').expect(200);
    expect(res.body.acknowledgment.summary).toMatchObject({ unmatched: 1 });
    const unmatched = await t.http.get('/v1/acknowledgments?unmatched=true').set('Authorization', `Bearer ${reader}`).expect(200);
    expect(unmatched.body.items[0]).toMatchObject({ acknowledgmentId: res.body.acknowledgment.id, type: '277CA', reason: 'no_claim', fileName: 'stray.277', reference: { patientControlNumber: 'NOSUCHCLAIM1' } });
    const all = await t.http.get('/v1/acknowledgments?limit=1').set('Authorization', `Bearer ${reader}`).expect(200);
    expect(all.body.items).toEqual([expect.objectContaining({ id: res.body.acknowledgment.id, type: '277CA', status: 'applied', fileName: 'stray.277', source: 'api' })]);
    await t.http.get('/v1/acknowledgments?unmatched=maybe').set('Authorization', `Bearer ${reader}`).expect(400);
    await t.http.get('/v1/acknowledgments?limit=0').set('Authorization', `Bearer ${reader}`).expect(400);
  });

  it('guards the routes with claims:read, and answers 404 for an unknown claim', async () => {
    await t.http.get('/v1/acknowledgments').expect(401);
    await t.http.get('/v1/acknowledgments').set('Authorization', `Bearer ${writer}`).expect(403);
    await t.http.get('/v1/claims/00000000-0000-4000-8000-000000000000/timeline').set('Authorization', `Bearer ${writer}`).expect(403);
    await t.http.get('/v1/claims/00000000-0000-4000-8000-000000000000/timeline').set('Authorization', `Bearer ${reader}`).expect(404);
    await t.http.get('/v1/claims/not-a-uuid/timeline').set('Authorization', `Bearer ${reader}`).expect(404);
  });
});

describe('x12gw ingest of an acknowledgment', () => {
  let t: TestGateway;
  let dir: string;

  beforeAll(async () => {
    t = await startTestGateway('postgres', { LOG_LEVEL: 'silent' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-ack-cli-'));
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** `x12gw ingest …` against the gateway's database: its stdout lines, then its stderr lines. */
  async function cli(args: string[]): Promise<{ out: string[]; code: number }> {
    const r = await runCommands(registerIngestCommands, args, { DATABASE_URL: t.database.url!, LOG_LEVEL: 'silent' });
    return { out: [...r.out, ...r.err], code: r.code };
  }

  it('routes a 999 to the acknowledgment service, once, and the second run is a duplicate', async () => {
    const writer = await t.key(['claims:write']);
    const sent = await submitAndBatch(t, writer, 1);
    const file = path.join(dir, 'sandbox.999');
    fs.writeFileSync(file, ack999File(SANDBOX, 700, sent.gs06, [{ st02: sent.claims[0].st02, ik5: 'A' }], { code: 'A', included: 1, received: 1, accepted: 1 }));
    const first = await cli(['ingest', file, '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out[0]).acknowledgment).toMatchObject({ type: '999', status: 'applied', summary: { accepted: 1 } });
    const [row] = await t.gateway.dataSource.query(`SELECT status FROM claims WHERE id = $1`, [sent.claims[0].id]);
    expect(row.status).toBe('accepted_by_clearinghouse');
    const again = await cli(['ingest', file]);
    expect(again.code).toBe(0);
    expect(again.out.join('\n')).toMatch(/999 {2}duplicate of [0-9a-f-]{36}/);
  });
});
