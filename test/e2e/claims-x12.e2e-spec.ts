// Raw X12 intake (POST /v1/claims/x12) through HTTP on both database engines: an 837P with two
// claims, one of them broken, stores one and rejects the other with its segment position and code;
// a field the DTOs refuse is reported at its X12 element; a body that is not X12 is a 400 with a
// code and position; media types, scopes and Idempotency-Key (replay, another body) as on the JSON
// routes; and the same file again is refused claim by claim as a duplicate original.
import { read837 } from '../../src/x12';
import { uniquePcn } from '../support/fixtures';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';

const ISA = 'ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *250310*1200*^*00501*000000101*1*T*:';

/** One 837P claim (loop 2300 and its lines); `broken` leaves out the HI and the first line's SV1. */
function claim(pcn: string, options: { broken?: boolean; charge?: string } = {}): string[] {
  const charge = options.charge ?? '150';
  return [
    `CLM*${pcn}*${charge}***11:B:1*Y*A*Y*Y`,
    ...(options.broken ? [] : ['HI*ABK:E119*ABF:I10']),
    'NM1*82*1*SMITH*ALAN****XX*1728394051',
    'PRV*PE*PXC*207Q00000X',
    'LX*1',
    ...(options.broken ? [] : [`SV1*HC:99213*${charge}*UN*1***1:2`]),
    'DTP*472*D8*20250310',
    `REF*6R*${pcn}-1`,
  ];
}

/** An 837P interchange with the given claims under one billing provider and subscriber. */
function file837(claims: string[][]): string {
  const body = [
    'ST*837*0001*005010X222A1',
    'BHT*0019*00*BATCH0001*20250310*1200*CH',
    'NM1*41*2*EXAMPLE BILLING SERVICE*****46*SUBMITTER01',
    'PER*IC*CLAIMS DESK*TE*2175550100',
    'NM1*40*2*EXAMPLE HEALTH PLAN*****46*RECEIVER01',
    'HL*1**20*1',
    'PRV*BI*PXC*207Q00000X',
    'NM1*85*2*SPRINGFIELD FAMILY MEDICINE*****XX*1558374629',
    'N3*100 CLINIC DR',
    'N4*SPRINGFIELD*IL*627019876',
    'REF*EI*371234567',
    'PER*IC*BILLING OFFICE*TE*2175550101',
    'HL*2*1*22*0',
    'SBR*P*18*GRP12345******CI',
    'NM1*IL*1*DOE*JANE****MI*W123456789',
    'N3*123 MAIN ST',
    'N4*SPRINGFIELD*IL*627011234',
    'DMG*D8*19800215*F',
    'NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*99999',
    ...claims.flat(),
  ];
  const segments = [...body, `SE*${body.length + 1}*0001`];
  return [ISA, 'GS*HC*SUBMITTER01*RECEIVER01*20250310*1200*101*X*005010X222A1', ...segments, 'GE*1*101', 'IEA*1*000000101'].join('~\n') + '~\n';
}

/** 0-based position in the file of the CLM of a claim (what diagnostics call segmentIndex). */
function clmAt(text: string, pcn: string): number {
  return text.split('~\n').findIndex((s) => s.startsWith(`CLM*${pcn}*`));
}

describe.each(ENGINES)('raw X12 intake on %s', (engine) => {
  let t: TestGateway;
  let writer: string;
  let reader: string;

  async function claimCount(): Promise<number> {
    const [{ n }] = await t.gateway.dataSource.query(`SELECT count(*)::int AS n FROM claims`);
    return n;
  }

  function post(text: string | undefined, key = writer, type = 'application/edi-x12') {
    const req = t.http.post('/v1/claims/x12').set('Authorization', `Bearer ${key}`).set('Content-Type', type);
    return text === undefined ? req : req.send(text);
  }

  beforeAll(async () => {
    t = await startTestGateway(engine, { BODY_LIMIT: '256kb' });
    writer = await t.key(['claims:write']);
    reader = await t.key(['claims:read']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('two claims, one broken: one stored, one rejected with its segment position and code', async () => {
    const good = uniquePcn();
    const bad = uniquePcn();
    const text = file837([claim(good), claim(bad, { broken: true })]);
    const before = await claimCount();
    const res = await post(text).expect(200);
    expect(res.body).toMatchObject({ status: 'PARTIAL', summary: { claims: 2, stored: 1, rejected: 1 } });
    const [stored, rejected] = res.body.results;
    expect(stored).toMatchObject({ index: 0, patientControlNumber: good, status: 'stored', claim: { kind: 'professional', href: expect.stringMatching(/^\/v1\/claims\//) } });
    expect(['ready', 'invalid']).toContain(stored.claim.status);
    expect(rejected).toMatchObject({ index: 1, patientControlNumber: bad, status: 'rejected' });
    // The file-wide position of the rejected claim's CLM, and of its line without SV1.
    const clmIndex = clmAt(text, bad);
    expect(rejected.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'MISSING_SEGMENT', segmentIndex: clmIndex, segmentId: 'CLM', loop: '2300', line: clmIndex + 1 }),
        expect.objectContaining({ code: 'MISSING_SEGMENT', segmentId: 'LX', loop: '2400' }),
      ]),
    );
    expect(await claimCount()).toBe(before + 1);

    // The stored claim is the read document, as if it had come as JSON, with source x12.
    const got = await t.http.get(`/v1/claims/${stored.claim.id}`).set('X-API-Key', reader).expect(200);
    expect(got.body).toMatchObject({ kind: 'professional', patientControlNumber: good, payerId: '99999', billingNpi: '1558374629', totalCharge: '150.00', source: 'x12', lineCount: 1, usageIndicator: 'T' });
    expect(got.body.claim).toEqual(JSON.parse(JSON.stringify(read837(text).claims[0].document)));
    expect(got.body.history[0]).toMatchObject({ cause: 'intake.x12' });
  });

  it('a field the claim DTOs refuse is rejected at its X12 element (a 21-character CLM01)', async () => {
    const long = `L${uniquePcn()}`.padEnd(21, 'X');
    const text = file837([claim(long)]);
    const res = await post(text).expect(200);
    expect(res.body.results).toEqual([
      expect.objectContaining({
        status: 'rejected',
        errors: [expect.objectContaining({ path: 'claimInformation.patientControlNumber', code: 'TOO_LONG', segmentId: 'CLM', element: 1, segmentIndex: clmAt(text, long) })],
      }),
    ]);
    expect(res.body.status).toBe('ERROR');
  });

  it('the same file again: each claim is refused as a duplicate original at its CLM', async () => {
    const pcn = uniquePcn();
    const text = file837([claim(pcn)]);
    await post(text).expect(200);
    const again = await post(text).expect(200);
    expect(again.body.results).toEqual([
      expect.objectContaining({ status: 'rejected', errors: [expect.objectContaining({ code: 'DUPLICATE_CLAIM', segmentId: 'CLM', segmentIndex: clmAt(text, pcn), existingClaimId: expect.any(String) })] }),
    ]);
  });

  describe('bodies that are not an 837 with claims', () => {
    it('text that is not X12 → 400 with the code and position', async () => {
      const res = await post('hello, this is not an interchange').expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', x12Code: 'NOT_X12', segmentIndex: null, line: 1, errors: [{ path: '', code: 'NOT_X12' }] });
    });

    it('binary data sent as application/octet-stream → 400 NOT_X12', async () => {
      const res = await t.http
        .post('/v1/claims/x12')
        .set('Authorization', `Bearer ${writer}`)
        .set('Content-Type', 'application/octet-stream')
        .send(Buffer.from([0x00, 0x01, 0xfe, 0xff, 0x89, 0x50, 0x4e, 0x47]))
        .expect(400);
      expect(res.body.errors[0].code).toBe('NOT_X12');
    });

    it('an X12 file with no 837 (an 835 transaction set) → 400 NOT_837 at its ST', async () => {
      const era = [ISA, 'GS*HP*A*B*20250310*1200*1*X*005010X221A1', 'ST*835*0001', 'BPR*I*0*C*NON************20250310', 'TRN*1*1*1', 'SE*4*0001', 'GE*1*1', 'IEA*1*000000101'].join('~') + '~';
      const res = await post(era, writer, 'text/plain').expect(400);
      expect(res.body).toMatchObject({ x12Code: 'NOT_837', segmentIndex: 2, errors: [{ code: 'NOT_837' }] });
    });

    it('an empty body → 400 EMPTY_BODY; a JSON or unknown media type → 415', async () => {
      await post(undefined).expect(400);
      const json = await t.http.post('/v1/claims/x12').set('Authorization', `Bearer ${writer}`).send({ claimInformation: {} }).expect(415);
      expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      await post('ISA*', writer, 'application/xml').expect(415);
    });
  });

  describe('auth and scope', () => {
    it('no key → 401; a key without claims:write → 403; nothing stored', async () => {
      const before = await claimCount();
      await t.http.post('/v1/claims/x12').set('Content-Type', 'application/edi-x12').send(file837([claim(uniquePcn())])).expect(401);
      const res = await post(file837([claim(uniquePcn())]), reader).expect(403);
      expect(res.body.code).toBe('MISSING_SCOPE');
      expect(await claimCount()).toBe(before);
    });
  });

  describe('Idempotency-Key', () => {
    it('the same key and file replay the first response (header Idempotent-Replayed) without storing again', async () => {
      const text = file837([claim(uniquePcn()), claim(uniquePcn(), { broken: true })]);
      const key = `x12-${uniquePcn()}`;
      const before = await claimCount();
      const first = await post(text).set('Idempotency-Key', key).expect(200);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const second = await post(text).set('Idempotency-Key', key).expect(200);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.body).toEqual(first.body);
      expect(await claimCount()).toBe(before + 1);
    });

    it('the same key with another file → 422', async () => {
      const key = `x12-${uniquePcn()}`;
      await post(file837([claim(uniquePcn())])).set('Idempotency-Key', key).expect(200);
      const res = await post(file837([claim(uniquePcn())])).set('Idempotency-Key', key).expect(422);
      expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('a file that is not X12 does not take the key', async () => {
      const key = `x12-${uniquePcn()}`;
      await post('not x12').set('Idempotency-Key', key).expect(400);
      await post(file837([claim(uniquePcn())])).set('Idempotency-Key', key).expect(200);
    });
  });
});
