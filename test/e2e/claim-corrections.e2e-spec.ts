// Corrections and voids through HTTP on both engines: claims submitted through the API, batched with
// POST /v1/batches (sandbox profile), answered by a 999 and a 277CA (or an 835) posted to
// POST /v1/inbound; then POST /v1/claims/:id/corrections and /void, the new claim batched, and the
// stored 837 read back with GET /v1/submissions/:id/file: CLM05-3 and REF*F8 as the payer needs them.
import { ack277File, ack999File, type AckParties } from '../support/acknowledgments';
import { moveClaim, professionalClaim as professional } from '../support/claims';
import { uniquePcn } from '../support/fixtures';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';
import { build835 } from '../support/remittance-835';

const SANDBOX: AckParties = { clearinghouse: 'X12GWSANDBOX', us: 'X12GW' };
const BILLING_NPI = '1558374629';

interface Sent {
  id: string;
  pcn: string;
  st02: string;
  gs06: string;
}

/** The fixture with its second line at 35.00 (total 155.00): the fix a correction sends. */
function fixed(pcn: string): Record<string, any> {
  const body = professional(pcn);
  body.claimInformation.serviceLines[1].professionalService.lineItemChargeAmount = '35.00';
  body.claimInformation.claimChargeAmount = '155.00';
  return body;
}

/** The 2300 loop of one claim in an 837: from its CLM to the next CLM or the end of the set. */
function loop2300(x12: string, pcn: string): string[] {
  const segments = x12.split('~').map((s) => s.trim()).filter(Boolean);
  const start = segments.findIndex((s) => s.startsWith(`CLM*${pcn}*`));
  if (start < 0) throw new Error(`no CLM for ${pcn}`);
  const end = segments.findIndex((s, i) => i > start && (s.startsWith('CLM*') || s.startsWith('SE*')));
  return segments.slice(start, end);
}

describe.each(ENGINES)('claim corrections and voids on %s', (engine) => {
  let t: TestGateway;
  let writer: string;
  let reader: string;
  let remittanceReader: string;
  let isa = 700;

  function auth(key = writer) {
    return { Authorization: `Bearer ${key}` };
  }

  function inbound(body: string, name: string) {
    return t.http.post('/v1/inbound').set(auth()).set('Content-Type', 'application/edi-x12').set('X-File-Name', name).send(body).expect(200);
  }

  function makeReady(id: string): Promise<void> {
    return moveClaim(t, id, 'ready', 'test.scrub');
  }

  /** Batches every ready claim and returns the one submission made, with its file text. */
  async function batch(): Promise<{ id: string; gs06: string; file: string; claimIds: string[] }> {
    const res = await t.http.post('/v1/batches').set(auth()).expect(200);
    expect(res.body.submissions).toHaveLength(1);
    const sub = res.body.submissions[0];
    const got = await t.http.get(`/v1/submissions/${sub.id}`).set(auth(reader)).expect(200);
    const file = await t.http.get(`/v1/submissions/${sub.id}/file`).set(auth(reader)).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    return { id: sub.id, gs06: String(Number(sub.gs06)), file: (file.body as Buffer).toString('utf8'), claimIds: got.body.claims.map((c: { claimId: string }) => c.claimId) };
  }

  /** Submits the fixture through the API and batches it alone. */
  async function sendOriginal(): Promise<Sent> {
    const pcn = uniquePcn();
    const res = await t.http.post('/v1/claims/professional').set(auth()).send(professional(pcn)).expect(200);
    const id: string = res.body.claim.id;
    await makeReady(id);
    const sub = await batch();
    expect(sub.claimIds).toEqual([id]);
    const [row] = await t.gateway.dataSource.query(`SELECT st02 FROM submission_claims WHERE claim_id = $1`, [id]);
    return { id, pcn, st02: row.st02, gs06: sub.gs06 };
  }

  async function accept999(s: Sent): Promise<void> {
    await inbound(ack999File(SANDBOX, ++isa, s.gs06, [{ st02: s.st02, ik5: 'A' }], { code: 'A', included: 1, received: 1, accepted: 1 }), `ok-${isa}.999`);
  }

  /** 999 accepted, then 277CA accepted with the payer's claim number in REF*1K. */
  async function acceptedByPayer(payerNumber: string): Promise<Sent> {
    const s = await sendOriginal();
    await accept999(s);
    await inbound(ack277File(SANDBOX, ++isa, [{ pcn: s.pcn, stc: 'A2:20', action: 'WQ', charge: '150', payerClaimNumber: payerNumber }], BILLING_NPI), `ok-${isa}.277`);
    expect(await statusOf(s.id)).toBe('accepted_by_payer');
    return s;
  }

  async function statusOf(id: string): Promise<string> {
    return (await t.http.get(`/v1/claims/${id}`).set(auth(reader)).expect(200)).body.status;
  }

  beforeAll(async () => {
    t = await startTestGateway(engine, { LOG_LEVEL: 'silent' });
    writer = await t.key(['claims:write']);
    reader = await t.key(['claims:read']);
    remittanceReader = await t.key(['remittance:read']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a correction of a claim the payer accepted goes out as a replacement: CLM05-3 7 and REF*F8 = the 277CA REF*1K; original and replacement link both ways', async () => {
    const original = await acceptedByPayer('PAYERCLM701');
    const res = await t.http.post(`/v1/claims/${original.id}/corrections`).set(auth()).send(fixed(original.pcn)).expect(201);
    const replacementId: string = res.body.claim.id;
    expect(res.body).toMatchObject({
      status: 'SUCCESS',
      claim: { id: replacementId, status: 'ready', frequencyCode: '7', payerClaimControlNumber: 'PAYERCLM701', replacesClaimId: original.id, href: `/v1/claims/${replacementId}` },
      replaces: { id: original.id, status: 'corrected', changed: true, href: `/v1/claims/${original.id}` },
      errors: [],
    });

    const orig = await t.http.get(`/v1/claims/${original.id}`).set(auth(reader)).expect(200);
    expect(orig.body).toMatchObject({ status: 'corrected', replacesClaimId: null, replacedByClaimId: replacementId, links: { replaces: null, replacedBy: `/v1/claims/${replacementId}` } });
    expect(orig.body.history.at(-1)).toMatchObject({ status: 'corrected', previousStatus: 'accepted_by_payer', cause: 'correction', detail: { replacedByClaimId: replacementId, frequencyCode: '7', payerClaimControlNumber: 'PAYERCLM701' } });
    const repl = await t.http.get(`/v1/claims/${replacementId}`).set(auth(reader)).expect(200);
    expect(repl.body).toMatchObject({ status: 'ready', frequencyCode: '7', totalCharge: '155.00', replacesClaimId: original.id, replacedByClaimId: null, links: { replaces: `/v1/claims/${original.id}` } });

    const origTl = await t.http.get(`/v1/claims/${original.id}/timeline`).set(auth(reader)).expect(200);
    expect(origTl.body).toMatchObject({ status: 'corrected', replacedByClaimId: replacementId, replacesClaimId: null });
    expect(origTl.body.events.at(-1)).toMatchObject({ status: 'corrected', links: { replacedByClaimId: replacementId }, description: `corrected: replaced by claim ${replacementId} (frequency 7, REF*F8 PAYERCLM701)` });
    const replTl = await t.http.get(`/v1/claims/${replacementId}/timeline`).set(auth(reader)).expect(200);
    expect(replTl.body).toMatchObject({ replacesClaimId: original.id, replacedByClaimId: null });
    expect(replTl.body.events[0]).toMatchObject({ status: 'received', cause: 'correction.api', links: { replacesClaimId: original.id } });

    const sub = await batch();
    expect(sub.claimIds).toEqual([replacementId]);
    const loop = loop2300(sub.file, original.pcn);
    expect(loop[0]).toBe(`CLM*${original.pcn}*155***11:B:7*Y*A*Y*Y`);
    expect(loop).toContain('REF*F8*PAYERCLM701');

    // The original cannot be corrected or voided twice.
    const again = await t.http.post(`/v1/claims/${original.id}/corrections`).set(auth()).send(fixed(original.pcn)).expect(409);
    expect(again.body).toMatchObject({ code: 'CLAIM_ALREADY_REPLACED' });
    const voidAgain = await t.http.post(`/v1/claims/${original.id}/void`).set(auth()).expect(409);
    expect(voidAgain.body).toMatchObject({ code: 'CLAIM_ALREADY_REPLACED' });
  });

  it('a late 835 for the corrected original (CLP07 = its claim number) posts to the original; the one for the replacement to the replacement', async () => {
    const icn = `ORIG${++isa}`;
    const original = await acceptedByPayer(icn);
    const res = await t.http.post(`/v1/claims/${original.id}/corrections`).set(auth()).send(fixed(original.pcn)).expect(201);
    const replacementId: string = res.body.claim.id;
    await batch();

    const lines = (pcn: string, secondCents: number) => [
      { code: '99213', chargeCents: 12000, paidCents: 12000, ref6r: `${pcn}-1` },
      { code: '83036', chargeCents: secondCents, paidCents: secondCents, ref6r: `${pcn}-2` },
    ];
    await inbound(build835([{ trace: `LATE${++isa}`, claims: [{ pcn: original.pcn, icn, lines: lines(original.pcn, 3000) }] }], isa), `late-${isa}.835`);
    await inbound(build835([{ trace: `REPL${++isa}`, claims: [{ pcn: original.pcn, icn: `REPL${isa}`, lines: lines(original.pcn, 3500) }] }], isa), `repl-${isa}.835`);

    const paymentsOf = async (claimId: string) => (await t.http.get(`/v1/payments?claimId=${claimId}`).set(auth(remittanceReader)).expect(200)).body.items;
    expect((await paymentsOf(original.id)).map((p: { paid: string }) => p.paid)).toEqual(['150.00']);
    expect((await paymentsOf(replacementId)).map((p: { paid: string }) => p.paid)).toEqual(['155.00']);
    expect(await statusOf(replacementId)).toBe('paid');
  });

  it('a void of a paid claim goes out as frequency 8 with REF*F8 = the 835 CLP07, its charges unchanged; the original becomes voided', async () => {
    const original = await sendOriginal();
    await accept999(original);
    const icn = `ICN${original.pcn}`.slice(0, 30);
    await inbound(build835([{ trace: `EFT${++isa}`, claims: [{ pcn: original.pcn, icn, lines: [
      { code: '99213', chargeCents: 12000, paidCents: 12000, ref6r: `${original.pcn}-1` },
      { code: '83036', chargeCents: 3000, paidCents: 3000, ref6r: `${original.pcn}-2` },
    ] }] }], isa), `era-${isa}.835`);
    expect(await statusOf(original.id)).toBe('paid');

    const res = await t.http.post(`/v1/claims/${original.id}/void`).set(auth()).send({ reason: 'billed to the wrong payer' }).expect(201);
    const voidId: string = res.body.claim.id;
    expect(res.body).toMatchObject({ claim: { status: 'ready', frequencyCode: '8', payerClaimControlNumber: icn, replacesClaimId: original.id }, replaces: { id: original.id, status: 'voided' } });
    const orig = await t.http.get(`/v1/claims/${original.id}`).set(auth(reader)).expect(200);
    expect(orig.body).toMatchObject({ status: 'voided', replacedByClaimId: voidId });
    expect(orig.body.history.at(-1)).toMatchObject({ status: 'voided', previousStatus: 'paid', cause: 'void', detail: { replacedByClaimId: voidId, reason: 'billed to the wrong payer' } });

    const sub = await batch();
    expect(sub.claimIds).toEqual([voidId]);
    const loop = loop2300(sub.file, original.pcn);
    expect(loop[0]).toBe(`CLM*${original.pcn}*150***11:B:8*Y*A*Y*Y`);
    expect(loop).toContain(`REF*F8*${icn}`);
  });

  it('a claim rejected by the 277CA is fixed and resubmitted as a new original (frequency 1, no REF*F8) under the same PCN', async () => {
    const original = await sendOriginal();
    await accept999(original);
    await inbound(ack277File(SANDBOX, ++isa, [{ pcn: original.pcn, stc: 'A7:562:82', action: 'U', charge: '150', payerClaimNumber: 'NOTUSED1' }], BILLING_NPI), `rej-${isa}.277`);
    expect(await statusOf(original.id)).toBe('rejected');

    const res = await t.http.post(`/v1/claims/${original.id}/corrections`).set(auth()).send(fixed(original.pcn)).expect(201);
    const fixId: string = res.body.claim.id;
    expect(res.body).toMatchObject({ claim: { status: 'ready', frequencyCode: '1', payerClaimControlNumber: null, replacesClaimId: original.id }, replaces: { id: original.id, status: 'rejected', changed: true } });
    const orig = await t.http.get(`/v1/claims/${original.id}`).set(auth(reader)).expect(200);
    expect(orig.body).toMatchObject({ status: 'rejected', replacedByClaimId: fixId });
    expect(orig.body.history.at(-1)).toMatchObject({ status: 'rejected', previousStatus: 'rejected', cause: 'correction.superseded', detail: { replacedByClaimId: fixId, frequencyCode: '1' } });

    const sub = await batch();
    expect(sub.claimIds).toEqual([fixId]);
    const loop = loop2300(sub.file, original.pcn);
    expect(loop[0]).toBe(`CLM*${original.pcn}*155***11:B:1*Y*A*Y*Y`);
    expect(loop.some((s) => s.startsWith('REF*F8*'))).toBe(false);

    // Fixed once: a second fix of the same original is refused, naming the first.
    const again = await t.http.post(`/v1/claims/${original.id}/corrections`).set(auth()).send(fixed(original.pcn)).expect(409);
    expect(again.body).toMatchObject({ code: 'CLAIM_ALREADY_REPLACED', replacedByClaimId: fixId });
  });

  it('a claim rejected by the clearinghouse (999) is resubmitted under the same PCN despite the one-live-original rule', async () => {
    const original = await sendOriginal();
    await inbound(ack999File(SANDBOX, ++isa, original.gs06, [{ st02: original.st02, ik5: 'R', ik502: '5' }], { code: 'R', included: 1, received: 1, accepted: 0 }), `rej-${isa}.999`);
    expect(await statusOf(original.id)).toBe('rejected_by_clearinghouse');
    const res = await t.http.post(`/v1/claims/${original.id}/corrections`).set(auth()).send(fixed(original.pcn)).expect(201);
    expect(res.body.claim).toMatchObject({ status: 'ready', frequencyCode: '1', replacesClaimId: original.id });
    // The resubmission is now the live original: a plain intake with the same PCN is a duplicate.
    const dup = await t.http.post('/v1/claims/professional').set(auth()).send(professional(original.pcn)).expect(409);
    expect(dup.body).toMatchObject({ code: 'DUPLICATE_CLAIM', existingClaimId: res.body.claim.id });
    await batch();
  });

  it('refuses claims the payer has not answered with coded 409s, an unknown claim with 404, a bad body with the intake error format', async () => {
    const pcn = uniquePcn();
    const ready = await t.http.post('/v1/claims/professional').set(auth()).send(professional(pcn)).expect(200);
    await makeReady(ready.body.claim.id);
    const notYet = await t.http.post(`/v1/claims/${ready.body.claim.id}/corrections`).set(auth()).send(fixed(pcn)).expect(409);
    expect(notYet.body).toMatchObject({ code: 'CLAIM_NOT_CORRECTABLE', status: 'ready', claimId: ready.body.claim.id });
    await batch();

    const inFlight = await sendOriginal();
    await accept999(inFlight);
    expect(await statusOf(inFlight.id)).toBe('accepted_by_clearinghouse');
    const corr = await t.http.post(`/v1/claims/${inFlight.id}/corrections`).set(auth()).send(fixed(inFlight.pcn)).expect(409);
    expect(corr.body).toMatchObject({ code: 'CLAIM_NOT_CORRECTABLE', status: 'accepted_by_clearinghouse' });
    const voided = await t.http.post(`/v1/claims/${inFlight.id}/void`).set(auth()).expect(409);
    expect(voided.body).toMatchObject({ code: 'CLAIM_NOT_VOIDABLE' });
    const view = await t.http.get(`/v1/claims/${inFlight.id}`).set(auth(reader)).expect(200);
    expect(view.body).toMatchObject({ status: 'accepted_by_clearinghouse', replacements: [] });

    const accepted = await acceptedByPayer('PAYERCLM702');
    const bad = fixed(accepted.pcn);
    delete bad.claimInformation.serviceLines;
    const invalid = await t.http.post(`/v1/claims/${accepted.id}/corrections`).set(auth()).send(bad).expect(400);
    expect(invalid.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: expect.arrayContaining([expect.objectContaining({ path: 'claimInformation.serviceLines', code: expect.any(String), message: expect.any(String) })]) });
    const otherPayer = fixed(accepted.pcn);
    otherPayer.tradingPartnerServiceId = '88888';
    const moved = await t.http.post(`/v1/claims/${accepted.id}/corrections`).set(auth()).send(otherPayer).expect(400);
    expect(moved.body.errors).toEqual([{ path: 'tradingPartnerServiceId', code: 'PAYER_CHANGED', message: expect.any(String) }]);
    expect(await statusOf(accepted.id)).toBe('accepted_by_payer');

    await t.http.post('/v1/claims/00000000-0000-4000-8000-000000000000/corrections').set(auth()).send(fixed(pcn)).expect(404);
    await t.http.post('/v1/claims/not-a-uuid/void').set(auth()).expect(404);
    await t.http.post(`/v1/claims/${accepted.id}/void`).set(auth(reader)).expect(403);
    await t.http.post(`/v1/claims/${accepted.id}/void`).expect(401);
    const badReason = await t.http.post(`/v1/claims/${accepted.id}/void`).set(auth()).send({ reason: 7 }).expect(400);
    expect(badReason.body.errors).toEqual([{ path: 'reason', code: 'INVALID_STRING', message: expect.any(String) }]);
  });

  it('replays a correction and a void with the same Idempotency-Key, making one claim each; another body under the key is a 422', async () => {
    const a = await acceptedByPayer('PAYERCLM703');
    const first = await t.http.post(`/v1/claims/${a.id}/corrections`).set(auth()).set('Idempotency-Key', `corr-${a.pcn}`).send(fixed(a.pcn)).expect(201);
    const again = await t.http.post(`/v1/claims/${a.id}/corrections`).set(auth()).set('Idempotency-Key', `corr-${a.pcn}`).send(fixed(a.pcn)).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = professional(a.pcn);
    await t.http.post(`/v1/claims/${a.id}/corrections`).set(auth()).set('Idempotency-Key', `corr-${a.pcn}`).send(other).expect(422);
    const view = await t.http.get(`/v1/claims/${a.id}`).set(auth(reader)).expect(200);
    expect(view.body.replacements).toEqual([expect.objectContaining({ id: first.body.claim.id, frequencyCode: '7' })]);
    expect((await batch()).claimIds).toEqual([first.body.claim.id]);

    const b = await acceptedByPayer('PAYERCLM704');
    const v1 = await t.http.post(`/v1/claims/${b.id}/void`).set(auth()).set('Idempotency-Key', `void-${b.pcn}`).expect(201);
    const v2 = await t.http.post(`/v1/claims/${b.id}/void`).set(auth()).set('Idempotency-Key', `void-${b.pcn}`).expect(201);
    expect(v2.headers['idempotent-replayed']).toBe('true');
    expect(v2.body.claim.id).toBe(v1.body.claim.id);
    const [{ n }] = await t.gateway.dataSource.query(`SELECT count(*)::int AS n FROM claims WHERE replaces_claim_id = $1`, [b.id]);
    expect(n).toBe(1);
    await batch();
  });
});
