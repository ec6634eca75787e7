// Claim intake through HTTP on both database engines: storage with history, scrubbing to `ready` or
// `invalid`, field-path errors, exactly-once with Idempotency-Key, one live original per billing
// provider and PCN, scopes.
import { parseApiKey } from '../../src/auth/api-key-format';
import { IdempotencyStore } from '../../src/idempotency/idempotency-store.port';
import { requestHash } from '../../src/idempotency/idempotency.service';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';

describe.each(ENGINES)('claim intake on %s', (engine) => {
  let t: TestGateway;
  let writer: string;
  let reader: string;
  let admin: string;

  async function claimCount(): Promise<number> {
    const [{ n }] = await t.gateway.dataSource.query(`SELECT count(*)::int AS n FROM claims`);
    return n;
  }

  function professional(pcn = uniquePcn()) {
    const body = claimFixture('professional-office-visit');
    body.claimInformation.patientControlNumber = pcn;
    return body;
  }

  function post(path: string, body: unknown, key = writer) {
    return t.http.post(path).set('Authorization', `Bearer ${key}`).send(body as object);
  }

  beforeAll(async () => {
    t = await startTestGateway(engine, { BODY_LIMIT: '64kb' });
    writer = await t.key(['claims:write']);
    reader = await t.key(['claims:read']);
    admin = await t.key(['admin']);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('storing claims', () => {
    it('stores a professional claim with its JSON, normalized fields, status and history (received, then scrubbed ready)', async () => {
      const body = professional();
      const res = await post('/v1/claims/professional', body).expect(200);
      expect(res.body).toMatchObject({
        status: 'SUCCESS',
        tradingPartnerServiceId: '99999',
        claimReference: { patientControlNumber: body.claimInformation.patientControlNumber, claimType: 'PRO', payerId: '99999', formatVersion: '5010' },
        claim: { kind: 'professional', status: 'ready' },
        errors: [],
      });
      expect(res.body.claimReference.serviceLines).toEqual([{ lineItemControlNumber: 'PCN7Q2X9K4M1-1' }, { lineItemControlNumber: 'PCN7Q2X9K4M1-2' }]);

      const got = await t.http.get(`/v1/claims/${res.body.claim.id}`).set('X-API-Key', reader).expect(200);
      expect(got.body).toMatchObject({
        id: res.body.claim.id,
        kind: 'professional',
        status: 'ready',
        payerId: '99999',
        billingNpi: '1558374629',
        patientControlNumber: body.claimInformation.patientControlNumber,
        frequencyCode: '1',
        totalCharge: '150.00',
        serviceDateFrom: '2025-03-10',
        serviceDateTo: '2025-03-10',
        usageIndicator: 'T',
        lineCount: 2,
      });
      expect(got.body.claim).toEqual(body);
      expect(got.body.history).toEqual([
        expect.objectContaining({ sequence: 1, status: 'received', previousStatus: null, cause: 'intake.api' }),
        expect.objectContaining({ sequence: 2, status: 'ready', previousStatus: 'received', cause: 'scrub', detail: { edits: [] } }),
      ]);
    });

    it('stores institutional and dental claims', async () => {
      const inst = claimFixture('institutional-outpatient-er');
      inst.claimInformation.patientControlNumber = uniquePcn();
      const i = await post('/v1/claims/institutional', inst).expect(200);
      expect(i.body.claim).toMatchObject({ kind: 'institutional', status: 'ready' });
      expect(i.body.claimReference.claimType).toBe('INS');

      const dental = claimFixture('dental-crown');
      dental.claimInformation.patientControlNumber = uniquePcn();
      const d = await post('/v1/claims/dental', dental).expect(200);
      expect(d.body.claim).toMatchObject({ kind: 'dental', status: 'ready' });
      const got = await t.http.get(`/v1/claims/${i.body.claim.id}`).set('X-API-Key', reader).expect(200);
      expect(got.body.totalCharge).toBe('450.00');
      expect(got.body.serviceDateFrom).toBe('2025-03-10');
    });

    it('accepts lineItemControlNumber as an alias of providerControlNumber on professional lines', async () => {
      const body = professional();
      const line = body.claimInformation.serviceLines[0];
      line.lineItemControlNumber = 'ALIAS-LINE-1';
      delete line.providerControlNumber;
      const res = await post('/v1/claims/professional', body).expect(200);
      expect(res.body.claimReference.serviceLines[0]).toEqual({ lineItemControlNumber: 'ALIAS-LINE-1' });
    });

    it('assigns a stable line item control number to lines that have none', async () => {
      const body = professional();
      for (const line of body.claimInformation.serviceLines) delete line.providerControlNumber;
      const res = await post('/v1/claims/professional', body).expect(200);
      const numbers = res.body.claimReference.serviceLines.map((l: { lineItemControlNumber: string }) => l.lineItemControlNumber);
      expect(new Set(numbers).size).toBe(2);
      for (const n of numbers) expect(n.length).toBeLessThanOrEqual(30);
      const [row] = await t.gateway.dataSource.query(`SELECT document FROM claims WHERE id = $1`, [res.body.claim.id]);
      expect(row.document.claimInformation.serviceLines.map((l: { providerControlNumber: string }) => l.providerControlNumber)).toEqual(numbers);
    });
  });

  describe('scrubbing: a claim that fails an edit is stored as invalid with every failed edit', () => {
    /** The professional fixture with a bad rendering NPI check digit and a claim charge that is not the sum of the lines. */
    function withTwoEdits(pcn = uniquePcn()) {
      const body = professional(pcn);
      body.rendering.npi = '1728394052';
      body.claimInformation.claimChargeAmount = '151.00';
      return body;
    }
    const NPI_EDIT = { code: 'NPI_CHECK_DIGIT', path: 'rendering.npi', field: 'rendering.npi', location: '2310B NM109' };
    const CHARGE_EDIT = { code: 'CLAIM_CHARGE_MISMATCH', path: 'claimInformation.claimChargeAmount', field: 'claimInformation.claimChargeAmount', location: '2300 CLM02' };

    it('lists both edits in the response (HTTP 200, status ERROR) and in the history, and status=invalid finds it', async () => {
      const before = await claimCount();
      const res = await post('/v1/claims/professional', withTwoEdits()).expect(200);
      expect(res.body).toMatchObject({ status: 'ERROR', claim: { kind: 'professional', status: 'invalid' }, warnings: [] });
      expect(res.body.errors).toEqual([expect.objectContaining(NPI_EDIT), expect.objectContaining(CHARGE_EDIT)]);
      for (const e of res.body.errors) {
        expect(typeof e.message).toBe('string');
        expect(e.description).toBe(e.message);
        expect(e.message).not.toContain('1728394052');
      }
      expect(await claimCount()).toBe(before + 1);

      const got = await t.http.get(`/v1/claims/${res.body.claim.id}`).set('X-API-Key', reader).expect(200);
      expect(got.body.status).toBe('invalid');
      expect(got.body.history).toEqual([
        expect.objectContaining({ sequence: 1, status: 'received', previousStatus: null, cause: 'intake.api' }),
        expect.objectContaining({ sequence: 2, status: 'invalid', previousStatus: 'received', cause: 'scrub' }),
      ]);
      expect(got.body.history[1].detail.edits).toEqual([
        expect.objectContaining({ code: 'NPI_CHECK_DIGIT', path: 'rendering.npi', severity: 'error' }),
        expect.objectContaining({ code: 'CLAIM_CHARGE_MISMATCH', path: 'claimInformation.claimChargeAmount', severity: 'error' }),
      ]);

      const invalid = await t.http.get('/v1/claims').query({ status: 'invalid', limit: '500' }).set('X-API-Key', reader).expect(200);
      expect(invalid.body.items.map((c: { id: string }) => c.id)).toContain(res.body.claim.id);
      const ready = await t.http.get('/v1/claims').query({ status: 'ready', limit: '500' }).set('X-API-Key', reader).expect(200);
      expect(ready.body.items.map((c: { id: string }) => c.id)).not.toContain(res.body.claim.id);
    });

    it('accepts the fixed claim resubmitted with the same patient control number (an invalid claim is not a live original)', async () => {
      const pcn = uniquePcn();
      const first = await post('/v1/claims/professional', withTwoEdits(pcn)).expect(200);
      expect(first.body.claim.status).toBe('invalid');
      // The same invalid claim again is stored again, as invalid.
      await post('/v1/claims/professional', withTwoEdits(pcn)).expect(200);
      const fixed = await post('/v1/claims/professional', professional(pcn)).expect(200);
      expect(fixed.body).toMatchObject({ status: 'SUCCESS', claim: { status: 'ready' }, errors: [] });
      expect(fixed.body.claim.id).not.toBe(first.body.claim.id);
      // Now there is a live original: a second one is a duplicate, valid or not.
      expect((await post('/v1/claims/professional', withTwoEdits(pcn)).expect(409)).body).toMatchObject({ code: 'DUPLICATE_CLAIM', existingClaimId: fixed.body.claim.id });
    });

    it('replays an invalid submission under its Idempotency-Key without storing it twice', async () => {
      const key = `k-${uniquePcn()}`;
      const body = withTwoEdits();
      const first = await post('/v1/claims/professional', body).set('Idempotency-Key', key).expect(200);
      const before = await claimCount();
      const second = await post('/v1/claims/professional', body).set('Idempotency-Key', key).expect(200);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.body).toEqual(first.body);
      expect(await claimCount()).toBe(before);
    });

    it("applies the payer's companion-guide rules from config/payers", async () => {
      // The fictitious payer 99999 requires the billing provider taxonomy.
      const body = professional();
      delete body.billing.taxonomyCode;
      const res = await post('/v1/claims/professional', body).expect(200);
      expect(res.body.claim.status).toBe('invalid');
      expect(res.body.errors).toEqual([expect.objectContaining({ code: 'PAYER_REQUIRED_FIELD', path: 'billing.taxonomyCode' })]);
      // A payer without a file of its own gets the defaults, which do not.
      body.tradingPartnerServiceId = `P${uniquePcn().slice(-8)}`;
      body.claimInformation.patientControlNumber = uniquePcn();
      expect((await post('/v1/claims/professional', body).expect(200)).body.claim.status).toBe('ready');
    });
  });

  describe('bad input is refused with the field path and a code, and nothing is stored', () => {
    const cases: [string, (b: Record<string, any>) => void, string, string][] = [
      ['a missing required field', (b) => delete b.claimInformation.patientControlNumber, 'claimInformation.patientControlNumber', 'REQUIRED'],
      ['a wrong type', (b) => (b.claimInformation.claimChargeAmount = 150), 'claimInformation.claimChargeAmount', ''],
      ['an overlong string', (b) => (b.claimInformation.patientControlNumber = 'X'.repeat(21)), 'claimInformation.patientControlNumber', 'TOO_LONG'],
      ['a badly formatted date', (b) => (b.claimInformation.serviceLines[1].serviceDate = '2025-03-10'), 'claimInformation.serviceLines[1].serviceDate', 'INVALID_DATE'],
      ['an impossible date', (b) => (b.subscriber.dateOfBirth = '19800230'), 'subscriber.dateOfBirth', 'INVALID_DATE'],
      ['a bad enum value', (b) => (b.claimInformation.placeOfServiceCode = '98'), 'claimInformation.placeOfServiceCode', 'NOT_ALLOWED_VALUE'],
      ['an unknown field', (b) => (b.claimInformation.serviceLines[1].professionalService.procedureCodeTypo = '1'), 'claimInformation.serviceLines[1].professionalService.procedureCodeTypo', 'UNKNOWN_FIELD'],
      ['a bad amount', (b) => (b.claimInformation.serviceLines[0].professionalService.lineItemChargeAmount = '12.345'), 'claimInformation.serviceLines[0].professionalService.lineItemChargeAmount', 'INVALID_AMOUNT'],
    ];

    it.each(cases)('%s', async (_name, mutate, path, code) => {
      const before = await claimCount();
      const body = professional();
      mutate(body);
      const res = await post('/v1/claims/professional', body).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const error = res.body.errors.find((e: { path: string }) => e.path === path);
      expect(error).toBeDefined();
      if (code) expect(error.code).toBe(code);
      expect(typeof error.message).toBe('string');
      expect(await claimCount()).toBe(before);
    });

    it('malformed JSON → 400 MALFORMED_JSON', async () => {
      const res = await t.http.post('/v1/claims/professional').set('X-API-Key', writer).set('Content-Type', 'application/json').send('{"claimInformation": {').expect(400);
      expect(res.body.code).toBe('MALFORMED_JSON');
    });

    it('an empty body → 400 EMPTY_BODY', async () => {
      const res = await t.http.post('/v1/claims/professional').set('X-API-Key', writer).expect(400);
      expect(res.body.code).toBe('EMPTY_BODY');
      const res2 = await post('/v1/claims/professional', {}).expect(400);
      expect(['EMPTY_BODY', 'VALIDATION_FAILED']).toContain(res2.body.code);
    });

    it('a JSON array or string instead of an object → 400', async () => {
      const res = await t.http.post('/v1/claims/professional').set('X-API-Key', writer).set('Content-Type', 'application/json').send('[1,2]').expect(400);
      expect(res.body.errors[0].path).toBe('');
    });

    it('a wrong content type → 415', async () => {
      const res = await t.http.post('/v1/claims/professional').set('X-API-Key', writer).set('Content-Type', 'text/plain').send('hello').expect(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('a body over the configured limit → 413 with a clear message', async () => {
      const before = await claimCount();
      const body = professional();
      body.claimInformation.claimNote = { additionalInformation: 'A'.repeat(70 * 1024) };
      const res = await post('/v1/claims/professional', body).expect(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(res.body.message).toMatch(/limit/);
      expect(await claimCount()).toBe(before);
    });
  });

  describe('exactly once', () => {
    it('the same Idempotency-Key and body return the first response without a second claim', async () => {
      const body = professional();
      const key = `k-${uniquePcn()}`;
      const first = await post('/v1/claims/professional', body).set('Idempotency-Key', key).expect(200);
      const before = await claimCount();
      // Same body with its keys in another order still counts as the same request.
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const second = await post('/v1/claims/professional', reordered).set('Idempotency-Key', key).expect(200);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.body).toEqual(first.body);
      expect(await claimCount()).toBe(before);
    });

    it('the same key with another body → 422, and nothing is stored', async () => {
      const key = `k-${uniquePcn()}`;
      await post('/v1/claims/professional', professional()).set('Idempotency-Key', key).expect(200);
      const before = await claimCount();
      const res = await post('/v1/claims/professional', professional()).set('Idempotency-Key', key).expect(422);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await claimCount()).toBe(before);
    });

    it('the same key while the first request is still in flight → 409', async () => {
      const body = professional();
      const key = `k-${uniquePcn()}`;
      const [{ id }] = await t.gateway.dataSource.query(`SELECT id FROM api_keys WHERE prefix = $1`, [parseApiKey(writer)!.prefix]);
      const store = t.gateway.app.get(IdempotencyStore);
      // The first request has claimed the key and not finished yet.
      await expect(store.begin({ principal: `apikey:${id}`, key, requestHash: requestHash('POST', '/v1/claims/professional', body), ttlSeconds: 3600, lockSeconds: 600 })).resolves.toEqual({ kind: 'acquired' });
      const before = await claimCount();
      const res = await post('/v1/claims/professional', body).set('Idempotency-Key', key).expect(409);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
      expect(await claimCount()).toBe(before);
    });

    it('concurrent requests with one key create exactly one claim', async () => {
      const body = professional();
      const key = `k-${uniquePcn()}`;
      const before = await claimCount();
      const results = await Promise.all(Array.from({ length: 5 }, () => post('/v1/claims/professional', body).set('Idempotency-Key', key)));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
      expect(statuses).toContain(200);
      const ids = new Set(results.filter((r) => r.status === 200).map((r) => r.body.claim.id));
      expect(ids.size).toBe(1);
      expect(await claimCount()).toBe(before + 1);
    });

    it('a key is scoped to its API key: another client may use the same key string', async () => {
      const other = await t.key(['claims:write'], 'other-client');
      const key = `shared-${uniquePcn()}`;
      await post('/v1/claims/professional', professional()).set('Idempotency-Key', key).expect(200);
      await post('/v1/claims/professional', professional(), other).set('Idempotency-Key', key).expect(200);
    });

    it('an invalid key → 400', async () => {
      const res = await post('/v1/claims/professional', professional()).set('Idempotency-Key', 'x'.repeat(256)).expect(400);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
    });

    it('a second original with the same billing provider and PCN → 409 naming the first claim', async () => {
      const pcn = uniquePcn();
      const first = await post('/v1/claims/professional', professional(pcn)).expect(200);
      const before = await claimCount();
      const res = await post('/v1/claims/professional', professional(pcn)).expect(409);
      expect(res.body).toMatchObject({ code: 'DUPLICATE_CLAIM', existingClaimId: first.body.claim.id });
      expect(await claimCount()).toBe(before);
    });

    it('a failed request gives its idempotency key back, so a fixed retry with the same key is not blocked', async () => {
      const pcn = uniquePcn();
      await post('/v1/claims/professional', professional(pcn)).expect(200);
      const key = `k-${uniquePcn()}`;
      await post('/v1/claims/professional', professional(pcn)).set('Idempotency-Key', key).expect(409);
      // Same key, same (duplicate) body: runs again and is refused again, not replayed or blocked as in flight.
      const again = await post('/v1/claims/professional', professional(pcn)).set('Idempotency-Key', key).expect(409);
      expect(again.body.code).toBe('DUPLICATE_CLAIM');
    });
  });

  describe('access', () => {
    it('no key → 401, unknown key → 401, revoked key → 401', async () => {
      expect((await t.http.post('/v1/claims/professional').send(professional()).expect(401)).body.code).toBe('UNAUTHENTICATED');
      await t.http.get('/v1/claims').expect(401);
      await t.http.get('/v1/claims').set('Authorization', 'Bearer x12gw_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').expect(401);
      const { prefix, secret } = parseApiKey(reader)!;
      await t.http.get('/v1/claims').set('Authorization', `Bearer x12gw_${prefix}_${secret.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`).expect(401);
      const temp = await t.key(['claims:read'], 'temp');
      await t.http.get('/v1/claims').set('X-API-Key', temp).expect(200);
      await t.gateway.dataSource.query(`UPDATE api_keys SET revoked_at = now() WHERE prefix = $1`, [parseApiKey(temp)!.prefix]);
      await t.http.get('/v1/claims').set('X-API-Key', temp).expect(401);
    });

    it('a key without the scope → 403; admin passes everywhere', async () => {
      const res = await post('/v1/claims/professional', professional(), reader).expect(403);
      expect(res.body.code).toBe('MISSING_SCOPE');
      await t.http.get('/v1/claims').set('X-API-Key', writer).expect(403);
      const remittance = await t.key(['remittance:read']);
      await t.http.get('/v1/claims').set('X-API-Key', remittance).expect(403);
      await post('/v1/claims/professional', professional(), admin).expect(200);
      await t.http.get('/v1/claims').set('X-API-Key', admin).expect(200);
    });

    it('/health needs no key', async () => {
      await t.http.get('/health').expect(200);
    });
  });

  describe('reading claims', () => {
    it('unknown id → 404', async () => {
      const res = await t.http.get('/v1/claims/00000000-0000-4000-8000-000000000000').set('X-API-Key', reader).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
      await t.http.get('/v1/claims/not-a-uuid').set('X-API-Key', reader).expect(404);
    });

    it('lists with filters and walks every page with the cursor', async () => {
      const payer = `P${uniquePcn().slice(-8)}`;
      const made: string[] = [];
      for (let i = 0; i < 5; i++) {
        const body = professional();
        body.tradingPartnerServiceId = payer;
        made.push((await post('/v1/claims/professional', body).expect(200)).body.claim.id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: { items: { id: string; payerId: string }[]; nextCursor: string | null } } = await t.http
          .get('/v1/claims')
          .query({ payerId: payer, limit: '2', ...(cursor ? { cursor } : {}) })
          .set('X-API-Key', reader)
          .expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        for (const item of res.body.items) expect(item.payerId).toBe(payer);
        seen.push(...res.body.items.map((c) => c.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...made].reverse());

      const today = new Date().toISOString().slice(0, 10);
      const inRange = await t.http.get('/v1/claims').query({ payerId: payer, status: 'ready', from: today, to: today }).set('X-API-Key', reader).expect(200);
      expect(inRange.body.items).toHaveLength(5);
      const none = await t.http.get('/v1/claims').query({ payerId: payer, status: 'paid' }).set('X-API-Key', reader).expect(200);
      expect(none.body.items).toHaveLength(0);
      const past = await t.http.get('/v1/claims').query({ payerId: payer, to: '2020-01-01' }).set('X-API-Key', reader).expect(200);
      expect(past.body.items).toHaveLength(0);
    });

    it('bad query values → 400 with the parameter as path', async () => {
      const res = await t.http.get('/v1/claims').query({ status: 'nope' }).set('X-API-Key', reader).expect(400);
      expect(res.body.errors[0]).toMatchObject({ path: 'status' });
      await t.http.get('/v1/claims').query({ from: 'yesterday' }).set('X-API-Key', reader).expect(400);
      await t.http.get('/v1/claims').query({ cursor: 'garbage' }).set('X-API-Key', reader).expect(400);
      await t.http.get('/v1/claims').query({ limit: '0' }).set('X-API-Key', reader).expect(400);
    });
  });

  describe('dry run', () => {
    it('validates every kind without storing anything', async () => {
      const before = await claimCount();
      const ok = await post('/v1/claims/validate', professional()).expect(200);
      expect(ok.body).toMatchObject({ valid: true, kind: 'professional' });
      const inst = claimFixture('institutional-outpatient-er');
      inst.claimInformation.patientControlNumber = uniquePcn();
      expect((await post('/v1/claims/validate', inst).expect(200)).body.kind).toBe('institutional');
      expect((await post('/v1/claims/validate?kind=dental', claimFixture('dental-crown')).expect(200)).body.kind).toBe('dental');
      const bad = professional();
      delete bad.billing;
      const res = await post('/v1/claims/validate', bad).expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('billing');
      expect(await claimCount()).toBe(before);
    });

    it('runs the scrub and reports failed edits with valid: false (HTTP 200), storing nothing', async () => {
      const before = await claimCount();
      const body = professional();
      body.rendering.npi = '1728394052';
      body.claimInformation.claimChargeAmount = '151.00';
      const res = await post('/v1/claims/validate', body).expect(200);
      expect(res.body).toMatchObject({ status: 'ERROR', valid: false, kind: 'professional', warnings: [] });
      expect(res.body.errors.map((e: { code: string; path: string }) => [e.code, e.path])).toEqual([
        ['NPI_CHECK_DIGIT', 'rendering.npi'],
        ['CLAIM_CHARGE_MISMATCH', 'claimInformation.claimChargeAmount'],
      ]);
      expect(await claimCount()).toBe(before);
    });

    it('reports a duplicate original as a submission would', async () => {
      const pcn = uniquePcn();
      await post('/v1/claims/professional', professional(pcn)).expect(200);
      expect((await post('/v1/claims/validate', professional(pcn)).expect(409)).body.code).toBe('DUPLICATE_CLAIM');
    });
  });

  describe('logs', () => {
    it('never contain the patient name, member id, date of birth or address', async () => {
      const body = professional();
      Object.assign(body.subscriber, { firstName: 'ZELPHIRA', lastName: 'QUINTAVELLE', memberId: 'MBRX7731904', dateOfBirth: '19770419' });
      body.subscriber.address.address1 = '4417 WINDERMERE LANE';
      await post('/v1/claims/professional', body).set('Idempotency-Key', `phi-${uniquePcn()}`).expect(200);
      await post('/v1/claims/professional', body).expect(409);
      const bad = structuredClone(body);
      bad.subscriber.dateOfBirth = '1977-04-19';
      bad.subscriber.gender = 'ZELPHIRA';
      await post('/v1/claims/professional', bad).expect(400);
      await t.http.post('/v1/claims/professional').set('X-API-Key', writer).set('Content-Type', 'application/json').send(`{"subscriber":{"lastName":"QUINTAVELLE"`).expect(400);
      const got = await t.http.get('/v1/claims').query({ limit: '1' }).set('X-API-Key', reader).expect(200);
      await t.http.get(`/v1/claims/${got.body.items[0].id}`).set('X-API-Key', reader).expect(200);

      const text = t.logs.join('\n');
      expect(t.logs.length).toBeGreaterThan(5);
      expect(text).toContain('"path":"/v1/claims/professional"');
      for (const phi of ['ZELPHIRA', 'QUINTAVELLE', 'MBRX7731904', '19770419', '1977-04-19', 'WINDERMERE']) {
        expect(text).not.toContain(phi);
      }
      // Nor the API keys themselves.
      expect(text).not.toContain(parseApiKey(writer)!.secret);
    });
  });
});
