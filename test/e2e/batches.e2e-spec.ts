// Batching through HTTP on both engines, with the shipped sandbox clearinghouse profile: claims
// submitted through the API and made ready go out in one 837 interchange on POST /v1/batches; the
// submission, its claims and its file can be read back; scopes guard every route.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerBatchCommands } from '../../src/cli/batch.command';
import { tokenize, validateX12 } from '../../src/x12';
import { moveClaim } from '../support/claims';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { runCommands, type CliRun } from '../support/cli';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';

/** Puts a claim in `status` with the claim store (scrubbing decides at intake; tests need both outcomes). */
function moveTo(t: TestGateway, id: string, status: 'ready' | 'invalid'): Promise<void> {
  return moveClaim(t, id, status, 'test.scrub');
}

describe.each(ENGINES)('batches on %s', (engine) => {
  let t: TestGateway;
  let writer: string;
  let reader: string;

  /** Submits a claim through the API and leaves it in `status`, whatever the intake scrub decided. */
  async function submitClaim(kind: 'professional' | 'dental' = 'professional', status: 'ready' | 'invalid' = 'ready'): Promise<{ id: string; pcn: string }> {
    const body = claimFixture(kind === 'professional' ? 'professional-office-visit' : 'dental-crown');
    const pcn = uniquePcn();
    body.claimInformation.patientControlNumber = pcn;
    const res = await t.http.post(`/v1/claims/${kind}`).set('Authorization', `Bearer ${writer}`).send(body).expect(200);
    const id: string = res.body.claim.id;
    await moveTo(t, id, status);
    return { id, pcn };
  }

  beforeAll(async () => {
    t = await startTestGateway(engine, { LOG_LEVEL: 'silent' });
    writer = await t.key(['claims:write']);
    reader = await t.key(['claims:read']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('POST /v1/batches makes one interchange per payer and kind, moves the claims to batched, and a second run finds nothing', async () => {
    const a = await submitClaim();
    const b = await submitClaim();
    const d = await submitClaim('dental');
    const waiting = await submitClaim('professional', 'invalid');

    const res = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).expect(200);
    expect(res.body.skipped).toEqual([]);
    expect(res.body.held).toEqual([]);
    const byKind = Object.fromEntries(res.body.submissions.map((s: { kind: string }) => [s.kind, s]));
    expect(Object.keys(byKind).sort()).toEqual(['dental', 'professional']);
    expect(byKind.professional).toMatchObject({ clearinghouseId: 'sandbox', payerId: '99999', usage: 'T', status: 'queued', claimCount: 2, transactionCount: 1, fileName: expect.stringMatching(/^sandbox-837P-T-\d{9}\.x12$/) });
    expect(byKind.dental).toMatchObject({ clearinghouseId: 'sandbox', claimCount: 1, fileName: expect.stringMatching(/^sandbox-837D-T-/) });
    expect(new Set(res.body.submissions.map((s: { isa13: string }) => s.isa13)).size).toBe(2);

    for (const claim of [a, b, d]) {
      const got = await t.http.get(`/v1/claims/${claim.id}`).set('Authorization', `Bearer ${reader}`).expect(200);
      expect(got.body.status).toBe('batched');
      expect(got.body.history.at(-1)).toMatchObject({ status: 'batched', previousStatus: 'ready', cause: 'batching', detail: { submissionId: expect.any(String), isa13: expect.stringMatching(/^\d{9}$/), st02: expect.any(String) } });
    }
    const still = await t.http.get(`/v1/claims/${waiting.id}`).set('Authorization', `Bearer ${reader}`).expect(200);
    expect(still.body.status).toBe('invalid');

    const again = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).send({}).expect(200);
    expect(again.body).toEqual({ submissions: [], skipped: [], held: [] });
  });

  it('GET /v1/submissions/:id returns the control numbers and each claim with its ST02 and 2300 range; /file returns the X12 text', async () => {
    const a = await submitClaim();
    const b = await submitClaim();
    const res = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).send({ clearinghouseId: 'sandbox' }).expect(200);
    const [made] = res.body.submissions;

    const got = await t.http.get(`/v1/submissions/${made.id}`).set('Authorization', `Bearer ${reader}`).expect(200);
    expect(got.body).toMatchObject({ id: made.id, isa13: made.isa13, gs06: made.gs06, st02: made.st02, sha256: made.sha256, byteLength: made.byteLength, claimCount: 2, fileHref: `/v1/submissions/${made.id}/file` });
    expect(got.body.claims.map((c: { claimId: string }) => c.claimId).sort()).toEqual([a.id, b.id].sort());

    const file = await t.http
      .get(`/v1/submissions/${made.id}/file`)
      .set('Authorization', `Bearer ${reader}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-type']).toMatch(/^application\/edi-x12/);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${made.fileName}"`);
    expect(file.headers.etag).toBe(`"${made.sha256}"`);
    const text = (file.body as Buffer).toString('utf8');
    expect(createHash('sha256').update(text).digest('hex')).toBe(made.sha256);
    expect(validateX12(text).valid).toBe(true);

    const segments = tokenize(text);
    expect(segments[0].element(13)).toBe(made.isa13);
    const sts = segments.filter((s) => s.id === 'ST');
    for (const c of got.body.claims) {
      const clm = segments[sts[c.transactionIndex].index + c.loop2300.firstSegment - 1];
      expect([clm.id, clm.element(1)]).toEqual(['CLM', c.patientControlNumber]);
    }
  });

  it('refuses without a key, without the scope, and with a bad body', async () => {
    await t.http.post('/v1/batches').expect(401);
    const noWrite = await t.http.post('/v1/batches').set('Authorization', `Bearer ${reader}`).expect(403);
    expect(noWrite.body.code).toBe('MISSING_SCOPE');
    const unknown = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).send({ clearinghouseId: 'nope' }).expect(400);
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_CLEARINGHOUSE', errors: [{ path: 'clearinghouseId', code: 'UNKNOWN_CLEARINGHOUSE' }], clearinghouses: ['sandbox'] });
    const bad = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).send({ clearinghouse: 'sandbox' }).expect(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'clearinghouse', code: 'UNKNOWN_FIELD' }] });

    const made = await submitClaim();
    const res = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).expect(200);
    const id = res.body.submissions[0].id;
    expect(res.body.submissions[0].claimCount).toBe(1);
    expect(made.id).toBeDefined();
    await t.http.get(`/v1/submissions/${id}`).expect(401);
    await t.http.get(`/v1/submissions/${id}`).set('Authorization', `Bearer ${writer}`).expect(403);
    await t.http.get(`/v1/submissions/${id}/file`).set('Authorization', `Bearer ${writer}`).expect(403);
    const missing = await t.http.get('/v1/submissions/00000000-0000-4000-8000-000000000000').set('Authorization', `Bearer ${reader}`).expect(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    await t.http.get('/v1/submissions/not-a-uuid/file').set('Authorization', `Bearer ${reader}`).expect(404);
  });
});

describe('x12gw batch', () => {
  let t: TestGateway;
  let dir: string;

  beforeAll(async () => {
    t = await startTestGateway('postgres', { LOG_LEVEL: 'silent' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-batch-cli-'));
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function cli(args: string[], env: Record<string, string>): Promise<CliRun> {
    return runCommands(registerBatchCommands, args, env);
  }

  it('runs one batch against the configured database and prints the submissions', async () => {
    const writer = await t.key(['claims:write']);
    const body = claimFixture('professional-office-visit');
    body.claimInformation.patientControlNumber = uniquePcn();
    const res = await t.http.post('/v1/claims/professional').set('Authorization', `Bearer ${writer}`).send(body).expect(200);
    const ds = t.gateway.dataSource;
    await moveTo(t, res.body.claim.id, 'ready');

    const env = { DATABASE_URL: t.database.url!, LOG_LEVEL: 'silent' };
    const json = await cli(['batch', '--clearinghouse', 'sandbox', '--json'], env);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out[0]);
    expect(result.submissions).toEqual([expect.objectContaining({ clearinghouseId: 'sandbox', claimCount: 1, isa13: '000000001' })]);
    const [row] = await ds.query(`SELECT status FROM claims WHERE id = $1`, [res.body.claim.id]);
    expect(row.status).toBe('batched');

    const human = await cli(['batch'], env);
    expect(human.out).toEqual(['no ready claims to batch']);

    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'id: Bad\n');
    const bad = await cli(['batch'], { ...env, CLEARINGHOUSES_DIR: dir });
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toContain(path.join(dir, 'bad.yaml'));
  });
});
