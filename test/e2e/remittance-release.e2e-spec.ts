// Releasing by hand an 835 transaction set that does not balance, through HTTP on both engines:
// POST /v1/remittances/:id/release posts the set as it was read (claim payments, lines, adjustments,
// PLB, matching, claim statuses with a `remittance.manual_release` event and its reason), once; a
// second release, a posted remittance, an unreadable set and an already posted payment are 409s.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { moveClaim, submitProfessional } from '../support/claims';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';
import { build835, professionalEra } from '../support/remittance-835';

const UNBALANCED_SAMPLE = path.join(__dirname, '..', '..', 'edi-samples', '835', 'unbalanced.835');

describe.each(ENGINES)('POST /v1/remittances/:id/release on %s', (engine) => {
  let t: TestGateway;
  let writer: string;
  let claimsReader: string;
  let reader: string;
  let finance: string;
  let admin: string;
  let isa = 500;

  async function submitTransmitted(): Promise<{ id: string; pcn: string }> {
    const claim = await submitProfessional(t, writer);
    await moveClaim(t, claim.id, 'transmitted');
    return claim;
  }

  async function ingest(body: string): Promise<{ id: string; status: string; balanced: boolean; diagnostics: { code: string }[] }> {
    const res = await t.http.post('/v1/inbound').set('Authorization', `Bearer ${writer}`).set('Content-Type', 'application/edi-x12').send(body).expect(200);
    expect(res.body.remittances).toHaveLength(1);
    return res.body.remittances[0];
  }

  function release(id: string, body: unknown = { reason: 'payer confirmed BPR02 by phone, ticket FIN-42' }, key = finance) {
    return t.http.post(`/v1/remittances/${id}/release`).set('Authorization', `Bearer ${key}`).send(body as object);
  }

  const get = (url: string, key = reader) => t.http.get(url).set('Authorization', `Bearer ${key}`).expect(200);

  beforeAll(async () => {
    t = await startTestGateway(engine, { LOG_LEVEL: 'silent' });
    writer = await t.key(['claims:write']);
    claimsReader = await t.key(['claims:read']);
    reader = await t.key(['remittance:read']);
    finance = await t.key(['remittance:write']);
    admin = await t.key(['admin']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('posts a set rejected for PAYMENT_OUT_OF_BALANCE as a balanced one would be, with the reason on the claim event; a second release is 409', async () => {
    const claim = await submitTransmitted();
    isa += 1;
    const rejected = await ingest(build835([professionalEra(claim.pcn, `EFT${isa}`, 14000)], isa));
    expect(rejected).toMatchObject({ status: 'rejected', balanced: false, matched: 0 });
    expect(rejected.diagnostics.map((d) => d.code)).toEqual(['PAYMENT_OUT_OF_BALANCE']);
    expect((await get(`/v1/payments?claimId=${claim.id}`)).body.items).toEqual([]);
    expect((await get(`/v1/claims/${claim.id}`, claimsReader)).body.status).toBe('transmitted');

    const res = await release(rejected.id).expect(200);
    expect(res.body).toMatchObject({
      id: rejected.id, status: 'posted', claims: 1, matched: 1, unmatched: 0, balanced: false,
      releasedAt: expect.any(String), releaseReason: 'payer confirmed BPR02 by phone, ticket FIN-42',
    });

    const got = await get(`/v1/remittances/${rejected.id}`);
    expect(got.body).toMatchObject({
      status: 'posted', balanced: false,
      payment: { amount: '140.00', traceNumber: `EFT${isa}` },
      release: { at: res.body.releasedAt, reason: 'payer confirmed BPR02 by phone, ticket FIN-42', by: expect.any(String) },
      providerAdjustments: [{ providerId: '1234567893', fiscalPeriodDate: '2025-12-31', reason: 'L6', reference: null, amount: '-1.00' }],
    });
    expect(got.body.claimPayments).toEqual([
      expect.objectContaining({
        claimId: claim.id, patientControlNumber: claim.pcn, statusCode: '1', charge: '150.00', paid: '145.00', patientResponsibility: '5.00',
        claimStatusBefore: 'transmitted', claimStatusAfter: 'paid', isReversal: false,
        postingNote: 'released by hand although the transaction set does not balance: payer confirmed BPR02 by phone, ticket FIN-42',
      }),
    ]);
    const services = got.body.claimPayments[0].services;
    expect(services.map((s: { procedure: { code: string }; paid: string; matchedLineIndex: number }) => [s.procedure.code, s.paid, s.matchedLineIndex])).toEqual([['99213', '120.00', 0], ['83036', '25.00', 1]]);
    expect(services[1].adjustments).toEqual([{ group: 'PR', reason: '2', description: 'Coinsurance amount', amount: '5.00', quantity: null }]);

    const claimView = await get(`/v1/claims/${claim.id}`, claimsReader);
    expect(claimView.body.status).toBe('paid');
    expect(claimView.body.history.at(-1)).toMatchObject({
      status: 'paid', cause: 'remittance.manual_release',
      detail: { remittanceId: rejected.id, clp02: '1', paid: '145.00', releaseReason: 'payer confirmed BPR02 by phone, ticket FIN-42' },
    });

    const again = await release(rejected.id, { reason: 'clicked twice' }).expect(409);
    expect(again.body).toMatchObject({ code: 'REMITTANCE_ALREADY_RELEASED' });
    expect((await get(`/v1/payments?claimId=${claim.id}`)).body.items).toHaveLength(1);
    expect((await get(`/v1/remittances/${rejected.id}`)).body.providerAdjustments).toHaveLength(1);
    expect((await get(`/v1/claims/${claim.id}`, claimsReader)).body.history.filter((e: { cause: string }) => e.cause === 'remittance.manual_release')).toHaveLength(1);

    // Ingesting the same file again now finds the released posting.
    const dup = await ingest(build835([professionalEra(claim.pcn, `EFT${isa}`, 14000)], isa));
    expect(dup).toMatchObject({ status: 'duplicate', duplicateOf: rejected.id, duplicateReason: 'same_file' });
  });

  it('releases the unbalanced scenario file (claim and line out of balance, PLB) with every amount as read, to the reconciliation totals', async () => {
    const summary = async () => (await get('/v1/reconciliation/summary?from=2024-04-24&to=2024-04-24')).body;
    const rejected = await ingest(fs.readFileSync(UNBALANCED_SAMPLE, 'utf8'));
    expect(rejected.status).toBe('rejected');
    expect(rejected.diagnostics.map((d) => d.code).sort()).toEqual(['CLAIM_OUT_OF_BALANCE', 'LINE_OUT_OF_BALANCE', 'PAYMENT_OUT_OF_BALANCE']);
    expect(await summary()).toMatchObject({ remittances: { count: 0 }, paid: '0.00' });

    const res = await release(rejected.id, { reason: '  reviewed with the payer  ' }, admin).expect(200);
    expect(res.body).toMatchObject({ status: 'posted', claims: 2, matched: 0, unmatched: 2, releaseReason: 'reviewed with the payer' });
    const got = await get(`/v1/remittances/${rejected.id}`);
    expect(got.body.payment).toMatchObject({ amount: '200.00', date: '2024-04-24', traceNumber: 'EFT20240422A' });
    expect(got.body.claimPayments.map((p: { patientControlNumber: string; charge: string; paid: string; claimId: string | null; services: { charge: string; paid: string; lineItemControlNumber: string; adjustments: { amount: string }[] }[] }) => [
      p.patientControlNumber, p.charge, p.paid, p.claimId, p.services.map((s) => [s.charge, s.paid, s.lineItemControlNumber, s.adjustments.map((a) => a.amount)]),
    ])).toEqual([
      ['PCN9001', '150.00', '100.00', null, [['150.00', '110.00', 'PCN9001L1', ['40.00']]]],
      ['PCN9002', '100.00', '70.00', null, [['100.00', '75.00', 'PCN9002L1', ['30.00']]]],
    ]);
    expect(got.body.providerAdjustments).toEqual([{ providerId: '1234567893', fiscalPeriodDate: '2024-12-31', reason: 'L6', reference: null, amount: '-5.00' }]);
    const unmatched = (await get('/v1/payments?unmatched=true&limit=500')).body.items.filter((p: { remittanceId: string }) => p.remittanceId === rejected.id);
    expect(unmatched).toHaveLength(2);

    expect(await summary()).toMatchObject({ remittances: { count: 1, amount: '200.00' }, billed: '250.00', paid: '170.00', unmatched: { count: 2, charge: '250.00', paid: '170.00' } });
  });

  it('refuses a posted remittance, a set rejected as unreadable and a payment already posted under another file (409), and nothing is posted', async () => {
    const claim = await submitTransmitted();
    isa += 1;
    const posted = await ingest(build835([professionalEra(claim.pcn, `EFT${isa}`)], isa));
    expect(posted.status).toBe('posted');
    const notRejected = await release(posted.id).expect(409);
    expect(notRejected.body).toMatchObject({ code: 'REMITTANCE_NOT_RELEASABLE', reason: 'not_rejected' });

    // An unreadable claim payment amount: BALANCE_NOT_VERIFIABLE / INVALID_NUMBER, never releasable.
    const other = await submitTransmitted();
    isa += 1;
    const unreadableText = build835([professionalEra(other.pcn, `EFT${isa}`)], isa).replace('*150.00*145.00*', '*150.00*14X.00*');
    const unreadable = await ingest(unreadableText);
    expect(unreadable.status).toBe('rejected');
    expect(unreadable.diagnostics.map((d) => d.code)).toContain('INVALID_NUMBER');
    const refused = await release(unreadable.id).expect(409);
    expect(refused.body).toMatchObject({ code: 'REMITTANCE_NOT_RELEASABLE', reason: 'not_balancing' });
    expect((await get(`/v1/payments?claimId=${other.id}`)).body.items).toEqual([]);
    expect((await get(`/v1/remittances/${unreadable.id}`)).body).toMatchObject({ status: 'rejected', release: null, claimPayments: [] });

    // A line out of balance (CAS one cent off), BPR02 right; then the corrected file of the same payment posts.
    const third = await submitTransmitted();
    isa += 1;
    const trace = `EFT${isa}`;
    const wrong = await ingest(build835([professionalEra(third.pcn, trace)], isa).replace('CAS*PR*2*5.00', 'CAS*PR*2*5.01'));
    expect(wrong.status).toBe('rejected');
    expect(wrong.diagnostics.map((d) => d.code).sort()).toEqual(['CLAIM_OUT_OF_BALANCE', 'LINE_OUT_OF_BALANCE']);
    isa += 1;
    const corrected = await ingest(build835([professionalEra(third.pcn, trace)], isa));
    expect(corrected.status).toBe('posted');
    const paidTwice = await release(wrong.id).expect(409);
    expect(paidTwice.body).toMatchObject({ code: 'REMITTANCE_NOT_RELEASABLE', reason: 'payment_posted', postedAs: corrected.id });
    expect((await get(`/v1/payments?claimId=${third.id}`)).body.items).toHaveLength(1);
    expect((await get(`/v1/remittances/${wrong.id}`)).body).toMatchObject({ status: 'rejected', release: null, claimPayments: [] });
  });

  it('wants a reason, the remittance:write (or admin) scope and a known id', async () => {
    const claim = await submitTransmitted();
    isa += 1;
    const rejected = await ingest(build835([professionalEra(claim.pcn, `EFT${isa}`, 1)], isa));
    expect(rejected.status).toBe('rejected');
    expect((await release(rejected.id, {}).expect(400)).body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'reason' }] });
    expect((await release(rejected.id, { reason: '   ' }).expect(400)).body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await release(rejected.id, { reason: 42 }).expect(400)).body).toMatchObject({ code: 'VALIDATION_FAILED' });
    await release(rejected.id, { reason: 'ok' }, reader).expect(403);
    await release(rejected.id, { reason: 'ok' }, writer).expect(403);
    await t.http.post(`/v1/remittances/${rejected.id}/release`).send({ reason: 'ok' }).expect(401);
    await release('00000000-0000-4000-8000-000000000000').expect(404);
    await release('not-a-uuid').expect(404);
    expect((await get(`/v1/remittances/${rejected.id}`)).body).toMatchObject({ status: 'rejected', release: null, claimPayments: [] });
    expect((await get(`/v1/claims/${claim.id}`, claimsReader)).body.status).toBe('transmitted');
  });
});
