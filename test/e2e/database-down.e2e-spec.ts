// A database that goes away mid-run: the API answers 503 and /health fails, and no claim is left
// half-written. Uses its own PostgreSQL database, cut off with ALLOW_CONNECTIONS false.
import { adminQuery } from '../support/databases';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

describe('database down', () => {
  let t: TestGateway;
  let key: string;

  beforeAll(async () => {
    t = await startTestGateway('postgres');
    key = await t.key(['admin']);
  });
  afterAll(async () => {
    if (t?.database.name) await adminQuery(`ALTER DATABASE ${t.database.name} ALLOW_CONNECTIONS true`).catch(() => undefined);
    await t?.close();
  });

  async function cutOff(): Promise<void> {
    const name = t.database.name!;
    await adminQuery(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await adminQuery(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
  }

  async function restore(): Promise<void> {
    await adminQuery(`ALTER DATABASE ${t.database.name!} ALLOW_CONNECTIONS true`);
  }

  async function rows(): Promise<{ claims: number; events: number }> {
    const [r] = (await adminQuery(`SELECT (SELECT count(*)::int FROM claims) AS claims, (SELECT count(*)::int FROM claim_events) AS events`, [], t.database.name)).rows;
    return r as { claims: number; events: number };
  }

  it('answers 503 with a code, fails /health, and stores nothing; works again when the database is back', async () => {
    await t.http.get('/health').expect(200);
    const before = await rows();

    await cutOff();
    const body = claimFixture('professional-office-visit');
    body.claimInformation.patientControlNumber = uniquePcn();
    const res = await t.http.post('/v1/claims/professional').set('X-API-Key', key).set('Idempotency-Key', `down-${uniquePcn()}`).send(body);
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('DATABASE_UNAVAILABLE');
    const health = await t.http.get('/health').expect(503);
    expect(health.body.checks.database.status).toBe('down');
    await t.http.get('/v1/claims').set('X-API-Key', key).expect(503);

    await restore();
    expect(await rows()).toEqual(before);
    await t.http.get('/health').expect(200);
    const ok = await t.http.post('/v1/claims/professional').set('X-API-Key', key).send(body).expect(200);
    expect(ok.body.claim.status).toBe('ready');
    // received, then ready after the scrub: both events or neither.
    expect(await rows()).toEqual({ claims: before.claims + 1, events: before.events + 2 });
  });
});
