// Every newest-first list walked one item per page, on both engines, with its rows' timestamps
// inside one millisecond and apart by microseconds: the cursor (a millisecond instant) must neither
// skip nor repeat a row. Claims, submissions, remittances, claim payments, inbound files, webhook
// deliveries.
import { randomUUID } from 'node:crypto';
import { moveClaim } from '../support/claims';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';
import { build835 } from '../support/remittance-835';

const ROWS = 4;

/** Gives the rows instants .006001, .006002, … of one millisecond: ids[0] oldest. */
async function sameMillisecond(t: TestGateway, table: string, column: string, ids: string[]): Promise<void> {
  for (const [i, id] of ids.entries()) {
    await t.gateway.dataSource.query(`UPDATE ${table} SET ${column} = $2::timestamptz WHERE id = $1`, [id, `2026-01-02T03:04:05.00600${i + 1}Z`]);
  }
}

describe.each(ENGINES)('list paging on %s', (engine) => {
  let t: TestGateway;
  let admin: string;

  /** Follows nextCursor with limit=1 and returns the ids in the order the pages gave them. */
  async function walk(route: string, cursorField = 'nextCursor'): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const sep = route.includes('?') ? '&' : '?';
      const url: string = `${route}${sep}limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const body: Record<string, unknown> & { items: { id: string }[] } = (await t.http.get(url).set('Authorization', `Bearer ${admin}`).expect(200)).body;
      seen.push(...body.items.map((i) => i.id));
      cursor = body[cursorField] as string | null;
      if (!cursor) return seen;
    }
    throw new Error(`${route} did not end`);
  }

  async function claim(): Promise<string> {
    const body = claimFixture('professional-office-visit');
    body.claimInformation.patientControlNumber = uniquePcn();
    const res = await t.http.post('/v1/claims/professional').set('Authorization', `Bearer ${admin}`).send(body).expect(200);
    return res.body.claim.id;
  }

  beforeAll(async () => {
    t = await startTestGateway(engine, { LOG_LEVEL: 'silent' });
    admin = await t.key(['admin']);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('claims', async () => {
    const ids: string[] = [];
    for (let i = 0; i < ROWS; i++) ids.push(await claim());
    await sameMillisecond(t, 'claims', 'received_at', ids);
    expect(await walk('/v1/claims?from=2026-01-02&to=2026-01-02')).toEqual([...ids].reverse());
  });

  it('submissions', async () => {
    const ids: string[] = [];
    for (let i = 0; i < ROWS; i++) {
      const id = await claim();
      await moveClaim(t, id, 'ready', 'test.scrub');
      const res = await t.http.post('/v1/batches').set('Authorization', `Bearer ${admin}`).send({ clearinghouseId: 'sandbox' }).expect(200);
      ids.push(...res.body.submissions.map((s: { id: string }) => s.id));
    }
    expect(ids).toHaveLength(ROWS);
    await sameMillisecond(t, 'submissions', 'created_at', ids);
    expect(await walk('/v1/submissions')).toEqual([...ids].reverse());
  });

  it('remittances and claim payments', async () => {
    const claims = Array.from({ length: ROWS }, (_, i) => ({ pcn: `PAGE${i}${uniquePcn()}`.slice(0, 20), lines: [{ code: '99213', chargeCents: 10000 + i, paidCents: 8000 }] }));
    const transactions = claims.map((c, i) => ({ trace: `PAGING${randomUUID().slice(0, 8)}${i}`, claims: [c] }));
    const res = await t.http.post('/v1/inbound').set('Authorization', `Bearer ${admin}`).set('Content-Type', 'application/edi-x12').send(build835(transactions, 700 + (engine === 'pglite' ? 1 : 0))).expect(200);
    const remittances: string[] = res.body.remittances.map((r: { id: string }) => r.id);
    expect(remittances).toHaveLength(ROWS);
    await sameMillisecond(t, 'remittances', 'received_at', remittances);
    expect(await walk('/v1/remittances')).toEqual([...remittances].reverse());

    const payments: string[] = [];
    for (const r of remittances) payments.push(...(await t.gateway.dataSource.query(`SELECT id FROM claim_payments WHERE remittance_id = $1`, [r])).map((p: { id: string }) => p.id));
    expect(payments).toHaveLength(ROWS);
    await sameMillisecond(t, 'claim_payments', 'created_at', payments);
    expect(await walk('/v1/payments?unmatched=true')).toEqual([...payments].reverse());
  });

  it('inbound files', async () => {
    const ids = Array.from({ length: ROWS }, () => randomUUID());
    for (const [i, id] of ids.entries()) {
      await t.gateway.dataSource.query(`INSERT INTO inbound_files (id, clearinghouse_id, remote_name, sha256, byte_length) VALUES ($1, 'sandbox', $2, $3, 0)`, [id, `page-${i}.999`, id.replace(/-/g, '').padEnd(64, '0')]);
    }
    await sameMillisecond(t, 'inbound_files', 'received_at', ids);
    expect(await walk('/v1/inbound-files?clearinghouseId=sandbox')).toEqual([...ids].reverse());
  });

  it('webhook deliveries', async () => {
    const made = await t.http.post('/v1/webhooks').set('Authorization', `Bearer ${admin}`).send({ url: 'https://billing.example.com/hooks', events: ['claim.status_changed'] }).expect(201);
    const ids = Array.from({ length: ROWS }, () => randomUUID());
    for (const [i, id] of ids.entries()) {
      await t.gateway.dataSource.query(
        `INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_type, payload, status) VALUES ($1, $2, $3, 'claim.status_changed', '{}'::jsonb, 'delivered')`,
        [id, made.body.id, `evt-${i}-${id}`],
      );
    }
    await sameMillisecond(t, 'webhook_deliveries', 'created_at', ids);
    expect(await walk(`/v1/webhooks/${made.body.id}/deliveries`)).toEqual([...ids].reverse());
  });
});
