// Remittance through HTTP on both engines: a claim submitted through the API and transmitted, an
// 835 posted with POST /v1/inbound, then read back with GET /v1/remittances, /:id and /v1/payments;
// duplicates, unmatched payments, bad input and scopes. Then `x12gw ingest` against PostgreSQL.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerIngestCommands } from '../../src/cli/ingest.command';
import { moveClaim, submitProfessional } from '../support/claims';
import { uniquePcn } from '../support/fixtures';
import { runCommands } from '../support/cli';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';
import { build835, professionalEra } from '../support/remittance-835';

describe.each(ENGINES)('remittance routes on %s', (engine) => {
  let t: TestGateway;
  let writer: string;
  let claimsReader: string;
  let remittanceReader: string;
  let isa = 10;

  async function submitTransmitted(): Promise<{ id: string; pcn: string }> {
    const claim = await submitProfessional(t, writer);
    await moveClaim(t, claim.id, 'transmitted');
    return claim;
  }

  function post(body: string, key = writer, type = 'application/edi-x12') {
    return t.http.post('/v1/inbound').set('Authorization', `Bearer ${key}`).set('Content-Type', type).set('X-File-Name', 'era.835').send(body);
  }

  beforeAll(async () => {
    t = await startTestGateway(engine, { LOG_LEVEL: 'silent' });
    writer = await t.key(['claims:write']);
    claimsReader = await t.key(['claims:read']);
    remittanceReader = await t.key(['remittance:read']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('POST /v1/inbound posts an 835; GET /v1/remittances/:id, /v1/remittances and /v1/payments read it back; paid less coinsurance, the claim is paid', async () => {
    const claim = await submitTransmitted();
    isa += 1;
    const res = await post(build835([professionalEra(claim.pcn, `EFT${isa}`)], isa)).expect(200);
    expect(res.body.remittances).toEqual([
      { id: expect.any(String), status: 'posted', transactionControlNumber: '0001', duplicateOf: null, duplicateReason: null, claims: 1, matched: 1, unmatched: 0, balanced: true, diagnostics: [] },
    ]);
    const id: string = res.body.remittances[0].id;

    const got = await t.http.get(`/v1/remittances/${id}`).set('Authorization', `Bearer ${remittanceReader}`).expect(200);
    expect(got.body).toMatchObject({
      id, status: 'posted', fileName: 'era.835', source: 'api', transactionControlNumber: '0001',
      payment: { handlingCode: 'I', amount: '146.00', creditDebit: 'C', method: 'ACH', date: '2025-04-01', traceNumber: `EFT${isa}` },
      payer: { id: '99999', name: 'EXAMPLE HEALTH PLAN', identifier: '1512345678' },
      providerAdjustments: [{ providerId: '1234567893', fiscalPeriodDate: '2025-12-31', reason: 'L6', reference: null, amount: '-1.00' }],
    });
    expect(got.body.claimPayments).toEqual([
      expect.objectContaining({
        claimId: claim.id, patientControlNumber: claim.pcn, statusCode: '1', charge: '150.00', paid: '145.00', patientResponsibility: '5.00',
        claimStatusBefore: 'transmitted', claimStatusAfter: 'paid', isReversal: false,
      }),
    ]);
    expect(got.body.claimPayments[0].services.map((s: { matchedLineIndex: number; procedure: { code: string } }) => [s.procedure.code, s.matchedLineIndex])).toEqual([['99213', 0], ['83036', 1]]);
    expect(got.body.claimPayments[0].services[1].adjustments).toEqual([{ group: 'PR', reason: '2', description: 'Coinsurance amount', amount: '5.00', quantity: null }]);

    const list = await t.http.get('/v1/remittances').set('Authorization', `Bearer ${remittanceReader}`).expect(200);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(id);
    const payments = await t.http.get(`/v1/payments?claimId=${claim.id}`).set('Authorization', `Bearer ${remittanceReader}`).expect(200);
    expect(payments.body.items).toHaveLength(1);
    expect(payments.body.items[0]).toMatchObject({ remittanceId: id, paid: '145.00' });

    const claimView = await t.http.get(`/v1/claims/${claim.id}`).set('Authorization', `Bearer ${claimsReader}`).expect(200);
    expect(claimView.body.status).toBe('paid');
    expect(claimView.body.history.at(-1)).toMatchObject({ cause: 'remittance', detail: { remittanceId: id, clp02: '1', paid: '145.00' } });
  });

  it('answers the same file again (text/plain) with a duplicate of the first posting', async () => {
    const claim = await submitTransmitted();
    isa += 1;
    const era = build835([professionalEra(claim.pcn, `EFT${isa}`)], isa);
    const first = await post(era).expect(200);
    const again = await post(era, writer, 'text/plain').expect(200);
    expect(again.body.remittances[0]).toMatchObject({ status: 'duplicate', duplicateOf: first.body.remittances[0].id, duplicateReason: 'same_file' });
    const payments = await t.http.get(`/v1/payments?claimId=${claim.id}`).set('Authorization', `Bearer ${remittanceReader}`).expect(200);
    expect(payments.body.items).toHaveLength(1);
  });

  it('lists a claim payment no claim matched under GET /v1/payments?unmatched=true, and pages remittances by cursor', async () => {
    const pcn = uniquePcn();
    isa += 1;
    const res = await post(build835([{ trace: `EFT${isa}`, claims: [{ pcn, lines: [{ code: '99213', chargeCents: 5000, paidCents: 5000 }] }] }], isa), writer, 'application/octet-stream').expect(200);
    expect(res.body.remittances[0]).toMatchObject({ status: 'posted', matched: 0, unmatched: 1 });
    const unmatched = await t.http.get('/v1/payments?unmatched=true&limit=500').set('Authorization', `Bearer ${remittanceReader}`).expect(200);
    expect(unmatched.body.items.find((p: { patientControlNumber: string }) => p.patientControlNumber === pcn)).toMatchObject({ claimId: null, paid: '50.00' });
    expect(unmatched.body.items.every((p: { claimId: string | null }) => p.claimId === null)).toBe(true);

    const page1 = await t.http.get('/v1/remittances?limit=1').set('Authorization', `Bearer ${remittanceReader}`).expect(200);
    expect(page1.body.items).toHaveLength(1);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await t.http.get(`/v1/remittances?limit=1&cursor=${page1.body.nextCursor}`).set('Authorization', `Bearer ${remittanceReader}`).expect(200);
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
  });

  it('refuses a body that is not an 835, another media type, bad queries and unknown ids', async () => {
    const bad = await post('hello, not X12').expect(400);
    expect(bad.body).toMatchObject({ code: 'UNREADABLE_REMITTANCE' });
    await t.http.post('/v1/inbound').set('Authorization', `Bearer ${writer}`).set('Content-Type', 'application/json').send('{}').expect(415);
    await t.http.get('/v1/payments?claimId=nope').set('Authorization', `Bearer ${remittanceReader}`).expect(400);
    await t.http.get('/v1/payments?unmatched=maybe').set('Authorization', `Bearer ${remittanceReader}`).expect(400);
    await t.http.get('/v1/remittances?cursor=garbage').set('Authorization', `Bearer ${remittanceReader}`).expect(400);
    await t.http.get('/v1/remittances/00000000-0000-4000-8000-000000000000').set('Authorization', `Bearer ${remittanceReader}`).expect(404);
  });

  it('guards every route with its scope', async () => {
    await t.http.post('/v1/inbound').set('Content-Type', 'application/edi-x12').send('ISA').expect(401);
    await post('ISA', remittanceReader).expect(403);
    for (const url of ['/v1/remittances', '/v1/remittances/00000000-0000-4000-8000-000000000000', '/v1/payments?unmatched=true']) {
      await t.http.get(url).expect(401);
      await t.http.get(url).set('Authorization', `Bearer ${writer}`).expect(403);
      await t.http.get(url).set('Authorization', `Bearer ${claimsReader}`).expect(403);
    }
  });
});

describe('x12gw ingest', () => {
  let t: TestGateway;
  let dir: string;

  beforeAll(async () => {
    t = await startTestGateway('postgres', { LOG_LEVEL: 'silent' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-ingest-cli-'));
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

  it('posts a file once, reports the second run as a duplicate, and exits 1 on a rejected set and 2 on a missing file', async () => {
    const file = path.join(dir, 'era.835');
    fs.writeFileSync(file, build835([professionalEra(uniquePcn(), 'EFTCLI1')], 900));
    const first = await cli(['ingest', file, '--json']);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.out[0]);
    expect(result.remittances).toEqual([expect.objectContaining({ status: 'posted', unmatched: 1 })]);
    const [row] = await t.gateway.dataSource.query(`SELECT file_name, source FROM remittances WHERE id = $1`, [result.remittances[0].id]);
    expect(row).toEqual({ file_name: 'era.835', source: 'cli' });

    const again = await cli(['ingest', file]);
    expect(again.code).toBe(0);
    expect(again.out.join('\n')).toMatch(/ST02 0001 {2}duplicate of [0-9a-f-]{36} \(same_file\)/);

    const unbalanced = path.join(dir, 'unbalanced.835');
    fs.writeFileSync(unbalanced, build835([professionalEra(uniquePcn(), 'EFTCLI2', 1)], 901));
    const rejected = await cli(['ingest', unbalanced]);
    expect(rejected.code).toBe(1);
    expect(rejected.out.join('\n')).toMatch(/rejected[\s\S]*PAYMENT_OUT_OF_BALANCE/);

    expect((await cli(['ingest', path.join(dir, 'missing.835')])).code).toBe(2);
  });
});
