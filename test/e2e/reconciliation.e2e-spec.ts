// Reconciliation through HTTP on both engines: 835s posted against claims made through the API,
// then the finance summary (to the cent), the CSV exports (rows, RFC 4180 quoting, no PHI), a
// manual match of an unmatched payment, bank deposits (JSON and CSV) matched by trace and by
// amount + date, and the scopes of every route.
import { parseCsv } from '../../src/reconciliation/csv';
import { ReconciliationService } from '../../src/reconciliation/reconciliation.service';
import { moveClaim, submitProfessional } from '../support/claims';
import { uniquePcn } from '../support/fixtures';
import { ENGINES, startTestGateway, type TestGateway } from '../support/gateway';
import { build835, type EraTransaction } from '../support/remittance-835';

describe.each(ENGINES)('reconciliation routes on %s', (engine) => {
  let t: TestGateway;
  let writer: string;
  let reader: string;
  let claimsReader: string;
  let isa = 500;

  async function claim(): Promise<{ id: string; pcn: string }> {
    const claim = await submitProfessional(t, writer);
    await moveClaim(t, claim.id, 'transmitted');
    return claim;
  }

  async function post835(transactions: EraTransaction[]): Promise<string[]> {
    isa += 1;
    const res = await t.http.post('/v1/inbound').set('Authorization', `Bearer ${writer}`).set('Content-Type', 'application/edi-x12').send(build835(transactions, isa)).expect(200);
    expect(res.body.remittances.map((r: { status: string }) => r.status)).toEqual(transactions.map(() => 'posted'));
    return res.body.remittances.map((r: { id: string }) => r.id);
  }

  const get = (url: string, key = reader) => t.http.get(url).set('Authorization', `Bearer ${key}`);

  beforeAll(async () => {
    t = await startTestGateway(engine, { LOG_LEVEL: 'silent' });
    writer = await t.key(['claims:write']);
    reader = await t.key(['remittance:read']);
    claimsReader = await t.key(['claims:read']);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('summary and exports over June 2025', () => {
    let a: { id: string; pcn: string };
    let b: { id: string; pcn: string };
    let c: { id: string; pcn: string };
    const unmatchedPcn = `U${Date.now().toString(36).toUpperCase()},"X"`;

    beforeAll(async () => {
      [a, b, c] = [await claim(), await claim(), await claim()];
      await post835([
        {
          trace: `JUN-1-${engine}`,
          date: '20250601',
          claims: [
            // paid 125.00: CO*45 20.00 on the first line, PR*2 5.00 on the second
            { pcn: a.pcn, lines: [{ code: '99213', chargeCents: 12000, paidCents: 10000, ref6r: `${a.pcn}-1` }, { code: '83036', chargeCents: 3000, paidCents: 2500, prCents: 500, ref6r: `${a.pcn}-2` }] },
            // denied: every cent CO*45
            { pcn: b.pcn, status: '4', lines: [{ code: '99213', chargeCents: 12000, paidCents: 0 }, { code: '83036', chargeCents: 3000, paidCents: 0 }] },
            // no claim has this CLP01 (with a comma and quotes, for the CSV)
            { pcn: unmatchedPcn, lines: [{ code: '99213', chargeCents: 5000, paidCents: 4000, prCents: 1000 }] },
          ],
          plb: [{ reason: 'L6', cents: -100 }],
        },
        { trace: `JUN-2-${engine}`, date: '20250603', claims: [{ pcn: c.pcn, lines: [{ code: '99213', chargeCents: 12000, paidCents: 12000 }, { code: '83036', chargeCents: 3000, paidCents: 3000 }] }] },
      ]);
      // outside the range
      await post835([{ trace: `JUL-1-${engine}`, date: '20250715', claims: [{ pcn: uniquePcn(), lines: [{ code: '99213', chargeCents: 7777, paidCents: 7000 }] }] }]);
    });

    it('GET /v1/reconciliation/summary totals the range to the cent', async () => {
      const res = await get('/v1/reconciliation/summary?from=2025-06-01&to=2025-06-30').expect(200);
      expect(res.body).toEqual({
        from: '2025-06-01',
        to: '2025-06-30',
        payerId: null,
        remittances: { count: 2, amount: '316.00' },
        claimPayments: { count: 4 },
        billed: '500.00',
        paid: '315.00',
        contractualAdjustments: '170.00',
        patientResponsibility: '15.00',
        otherAdjustments: { total: '0.00', byGroup: {} },
        denials: { count: 2, amount: '150.00', byReason: [{ reason: '45', description: expect.stringMatching(/fee schedule/), count: 2, amount: '150.00' }] },
        providerAdjustments: { net: '-1.00', byReason: { L6: '-1.00' } },
        unmatched: { count: 1, charge: '50.00', paid: '40.00' },
        paymentDifference: '0.00',
      });
      const july = await get('/v1/reconciliation/summary?from=2025-07-01&to=2025-07-31').expect(200);
      expect(july.body).toMatchObject({ remittances: { count: 1, amount: '70.00' }, billed: '77.77', paid: '70.00', contractualAdjustments: '7.77' });
      const payer = await get('/v1/reconciliation/summary?from=2025-06-01&to=2025-06-30&payerId=99999').expect(200);
      expect(payer.body).toMatchObject({ payerId: '99999', paid: '315.00' });
      const other = await get('/v1/reconciliation/summary?from=2025-06-01&to=2025-06-30&payerId=NOPE').expect(200);
      expect(other.body).toMatchObject({ remittances: { count: 0, amount: '0.00' }, paid: '0.00', unmatched: { count: 0 } });

      const claimB = await get(`/v1/claims/${b.id}`, claimsReader).expect(200);
      expect(claimB.body.status).toBe('denied');
    });

    it('refuses a missing, malformed or reversed range', async () => {
      for (const q of ['', '?from=2025-06-01', '?from=2025-06-31&to=2025-07-01', '?from=2025-07-01&to=2025-06-01', '?from=20250601&to=20250630']) {
        const res = await get(`/v1/reconciliation/summary${q}`).expect(400);
        expect(res.body.code).toBe('INVALID_QUERY');
      }
      await get('/v1/exports/claim-payments.csv?from=2025-06-01').expect(400);
    });

    it('GET /v1/exports/claim-payments.csv streams one quoted RFC 4180 row per claim payment, without patient names or member ids', async () => {
      // pages of 3 claim payments: the 4 rows of June cross a page boundary
      t.gateway.app.get(ReconciliationService).pageSize = 3;
      const res = await get('/v1/exports/claim-payments.csv?from=2025-06-01&to=2025-06-30').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toBe('attachment; filename="claim-payments.csv"');
      const text = res.text;
      expect(text.startsWith('remittance_id,payment_date,trace_number,payer_id,payer_name,claim_payment_id,claim_id,patient_control_number,payer_claim_control_number,status_code,charge,paid,patient_responsibility,is_reversal,claim_status_after\r\n')).toBe(true);
      expect(text).toContain(`,"${unmatchedPcn.replace(/"/g, '""')}",`);
      expect(text).not.toMatch(/DOE|JANE|W123456789/);
      const [header, ...rows] = parseCsv(text).map((r) => r.fields);
      expect(rows).toHaveLength(4);
      const col = (name: string) => header.indexOf(name);
      expect(rows.map((r) => [r[col('patient_control_number')], r[col('payment_date')], r[col('charge')], r[col('paid')], r[col('status_code')], r[col('claim_status_after')]])).toEqual([
        [a.pcn, '2025-06-01', '150.00', '125.00', '1', 'paid'],
        [b.pcn, '2025-06-01', '150.00', '0.00', '4', 'denied'],
        [unmatchedPcn, '2025-06-01', '50.00', '40.00', '1', ''],
        [c.pcn, '2025-06-03', '150.00', '150.00', '1', 'paid'],
      ]);
      expect(rows[2][col('claim_id')]).toBe('');
      expect(rows[0][col('claim_id')]).toBe(a.id);
    });

    it('GET /v1/exports/adjustments.csv has one row per CAS adjustment with its CARC description', async () => {
      t.gateway.app.get(ReconciliationService).pageSize = 2;
      const res = await get('/v1/exports/adjustments.csv?from=2025-06-01&to=2025-06-30&payerId=99999').expect(200);
      const [header, ...rows] = parseCsv(res.text).map((r) => r.fields);
      expect(header).toEqual(['remittance_id', 'payment_date', 'trace_number', 'payer_id', 'claim_payment_id', 'claim_id', 'patient_control_number', 'payer_claim_control_number', 'level', 'line_index', 'procedure_code', 'service_date', 'group', 'reason', 'description', 'amount', 'quantity']);
      const pick = ['patient_control_number', 'level', 'line_index', 'procedure_code', 'group', 'reason', 'amount'].map((n) => header.indexOf(n));
      expect(rows.map((r) => pick.map((i) => r[i]))).toEqual([
        [a.pcn, 'line', '0', '99213', 'CO', '45', '20.00'],
        [a.pcn, 'line', '1', '83036', 'PR', '2', '5.00'],
        [b.pcn, 'line', '0', '99213', 'CO', '45', '120.00'],
        [b.pcn, 'line', '1', '83036', 'CO', '45', '30.00'],
        [unmatchedPcn, 'line', '0', '99213', 'PR', '2', '10.00'],
      ]);
      // the description of CARC 45 holds a comma, so it is quoted
      expect(res.text).toMatch(/,"Charge exceeds the fee schedule, contracted or maximum allowed amount",20\.00,/);
      const empty = await get('/v1/exports/adjustments.csv?from=2024-01-01&to=2024-01-31').expect(200);
      expect(empty.text).toBe(`${header.join(',')}\r\n`);
    });

    it('shows CARC and RARC descriptions on GET /v1/remittances/:id and /v1/payments', async () => {
      const payments = await get(`/v1/payments?claimId=${a.id}`).expect(200);
      expect(payments.body.items[0].services[0].adjustments).toEqual([{ group: 'CO', reason: '45', description: expect.stringMatching(/fee schedule/), amount: '20.00', quantity: null }]);
      const remittance = await get(`/v1/remittances/${payments.body.items[0].remittanceId}`).expect(200);
      expect(remittance.body.claimPayments[0].services[1].adjustments[0]).toMatchObject({ group: 'PR', reason: '2', description: 'Coinsurance amount' });
    });
  });

  describe('manual match', () => {
    it('POST /v1/payments/:id/match moves an unmatched payment to the claim and the claim to its status', async () => {
      const target = await claim();
      const typo = `${target.pcn}X`;
      await post835([{ trace: `AUG-1-${engine}`, date: '20250805', claims: [{ pcn: typo, lines: [{ code: '99213', chargeCents: 12000, paidCents: 9000, ref6r: `${target.pcn}-1` }] }] }]);
      const unmatched = await get('/v1/payments?unmatched=true&limit=500').expect(200);
      const payment = unmatched.body.items.find((p: { patientControlNumber: string }) => p.patientControlNumber === typo);
      expect(payment).toMatchObject({ claimId: null, paid: '90.00' });
      expect((await get('/v1/reconciliation/summary?from=2025-08-01&to=2025-08-31').expect(200)).body.unmatched).toEqual({ count: 1, charge: '120.00', paid: '90.00' });

      const match = (id: string, body: unknown, key = writer) => t.http.post(`/v1/payments/${id}/match`).set('Authorization', `Bearer ${key}`).send(body as object);
      const res = await match(payment.id, { claimId: target.id }).expect(200);
      expect(res.body).toMatchObject({ claimPaymentId: payment.id, claimId: target.id, claimStatusBefore: 'transmitted', claimStatusAfter: 'partially_paid', matchedLines: [0] });

      const moved = await get(`/v1/payments?claimId=${target.id}`).expect(200);
      expect(moved.body.items).toEqual([expect.objectContaining({ id: payment.id, claimId: target.id, claimStatusAfter: 'partially_paid' })]);
      expect(moved.body.items[0].services[0].matchedLineIndex).toBe(0);
      const view = await get(`/v1/claims/${target.id}`, claimsReader).expect(200);
      expect(view.body.status).toBe('partially_paid');
      expect(view.body.history.at(-1)).toMatchObject({ status: 'partially_paid', cause: 'remittance.manual_match', detail: { claimPaymentId: payment.id, clp02: '1', paid: '90.00' } });
      expect((await get('/v1/reconciliation/summary?from=2025-08-01&to=2025-08-31').expect(200)).body.unmatched).toEqual({ count: 0, charge: '0.00', paid: '0.00' });

      expect((await match(payment.id, { claimId: target.id }).expect(409)).body.code).toBe('PAYMENT_ALREADY_MATCHED');
      expect((await match('00000000-0000-4000-8000-000000000000', { claimId: target.id }).expect(404)).body.code).toBe('NOT_FOUND');
      expect((await match(payment.id, { claimId: 'nope' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    });

    it('refuses an unknown claim and leaves the payment unmatched', async () => {
      const pcn = uniquePcn();
      await post835([{ trace: `AUG-2-${engine}`, date: '20250806', claims: [{ pcn, lines: [{ code: '99213', chargeCents: 1000, paidCents: 1000 }] }] }]);
      const payment = (await get('/v1/payments?unmatched=true&limit=500').expect(200)).body.items.find((p: { patientControlNumber: string }) => p.patientControlNumber === pcn);
      const res = await t.http.post(`/v1/payments/${payment.id}/match`).set('Authorization', `Bearer ${writer}`).send({ claimId: '00000000-0000-4000-8000-000000000000' }).expect(422);
      expect(res.body.code).toBe('UNKNOWN_CLAIM');
      const still = (await get('/v1/payments?unmatched=true&limit=500').expect(200)).body.items.find((p: { id: string }) => p.id === payment.id);
      expect(still).toMatchObject({ claimId: null });
    });
  });

  describe('deposits', () => {
    let byTrace: string;
    let byAmount: string;
    let byCsv: string;

    beforeAll(async () => {
      const line = (paidCents: number) => ({ code: '99213', chargeCents: paidCents, paidCents });
      [byTrace] = await post835([{ trace: `DEP-T1-${engine}`, date: '20250910', claims: [{ pcn: uniquePcn(), lines: [line(15000)] }] }]);
      [byAmount] = await post835([{ trace: `DEP-T2-${engine}`, date: '20250912', claims: [{ pcn: uniquePcn(), lines: [line(8765)] }] }]);
      [byCsv] = await post835([{ trace: `DEP-T3-${engine}`, date: '20250915', claims: [{ pcn: uniquePcn(), lines: [line(3333)] }] }]);
    });

    const upload = (body: string, type: string, key = writer) => t.http.post('/v1/deposits').set('Authorization', `Bearer ${key}`).set('Content-Type', type).send(body);

    it('POST /v1/deposits (JSON) reconciles by trace, else by amount and date ±3 days, and keeps an unmatched deposit unreconciled', async () => {
      const before = await get('/v1/deposits').expect(200);
      expect(before.body.remittancesWithoutDeposit.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([byTrace, byAmount, byCsv]));

      const deposits = [
        { date: '2025-09-11', amount: '150.00', trace: `dep-t1-${engine}` },
        { date: '2025-09-14', amount: '87.65', trace: 'BANK-REF-999' },
        { date: '2025-09-11', amount: '999.99' },
      ];
      const res = await upload(JSON.stringify(deposits), 'application/json').expect(200);
      expect(res.body).toMatchObject({ reconciled: 2, unreconciled: 1, duplicates: 0 });
      expect(res.body.deposits).toEqual([
        expect.objectContaining({ date: '2025-09-11', amount: '150.00', status: 'reconciled', matchedBy: 'trace', remittance: expect.objectContaining({ id: byTrace, amount: '150.00' }), difference: '0.00', outcome: 'new' }),
        expect.objectContaining({ date: '2025-09-14', amount: '87.65', trace: 'BANK-REF-999', status: 'reconciled', matchedBy: 'amount_date', remittance: expect.objectContaining({ id: byAmount }) }),
        expect.objectContaining({ amount: '999.99', trace: null, status: 'unreconciled', matchedBy: null, remittance: null }),
      ]);
      const open = res.body.remittancesWithoutDeposit.map((r: { id: string }) => r.id);
      expect(open).toContain(byCsv);
      expect(open).not.toContain(byTrace);
      expect(open).not.toContain(byAmount);

      const again = await upload(JSON.stringify([deposits[0]]), 'application/json').expect(200);
      expect(again.body).toMatchObject({ reconciled: 0, unreconciled: 0, duplicates: 1, deposits: [{ id: res.body.deposits[0].id, outcome: 'duplicate', status: 'reconciled' }] });
    });

    it('POST /v1/deposits (CSV) matches by amount and date, one deposit per remittance; GET /v1/deposits filters by status', async () => {
      const csv = 'date,amount,trace\r\n2025-09-17,33.33,"REF,1"\r\n2025-09-16,33.33,\r\n2025-09-30,150.00,NO-SUCH-TRACE\r\n';
      const res = await upload(csv, 'text/csv').expect(200);
      expect(res.body.deposits.map((d: { trace: string | null; status: string; matchedBy: string | null }) => [d.trace, d.status, d.matchedBy])).toEqual([
        ['REF,1', 'reconciled', 'amount_date'],
        [null, 'unreconciled', null],
        ['NO-SUCH-TRACE', 'unreconciled', null],
      ]);
      expect(res.body.deposits[0].remittance.id).toBe(byCsv);

      const reconciled = await get('/v1/deposits?status=reconciled').expect(200);
      expect(reconciled.body.deposits.map((d: { remittance: { id: string } }) => d.remittance.id).sort()).toEqual([byTrace, byAmount, byCsv].sort());
      expect(reconciled.body.counts).toMatchObject({ reconciled: 3, unreconciled: 3 });
      const unreconciled = await get('/v1/deposits?status=unreconciled').expect(200);
      expect(unreconciled.body.deposits.map((d: { amount: string }) => d.amount).sort()).toEqual(['150.00', '33.33', '999.99']);
      expect(unreconciled.body.deposits.every((d: { status: string }) => d.status === 'unreconciled')).toBe(true);
      expect(unreconciled.body.remittancesWithoutDeposit.map((r: { id: string }) => r.id)).not.toContain(byCsv);
      await get('/v1/deposits?status=maybe').expect(400);
    });

    it('refuses bad uploads whole', async () => {
      const bad = await upload(JSON.stringify([{ date: '2025-09-40', amount: '1.00' }, { date: '2025-09-01', amount: '1.001' }]), 'application/json').expect(400);
      expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '[0].date' }, { path: '[1].amount' }] });
      expect((await upload('{"not":', 'application/json').expect(400)).body.code).toBe('MALFORMED_JSON');
      expect((await upload('when,much\n1,2\n', 'text/csv').expect(400)).body.errors[0].code).toBe('CSV_HEADER');
      await upload('<deposits/>', 'application/xml').expect(415);
      const count = (await get('/v1/deposits').expect(200)).body.counts;
      expect(count).toMatchObject({ reconciled: 3, unreconciled: 3 });
    });
  });

  it('guards every route with its scope', async () => {
    const reads = ['/v1/reconciliation/summary?from=2025-06-01&to=2025-06-30', '/v1/exports/claim-payments.csv?from=2025-06-01&to=2025-06-30', '/v1/exports/adjustments.csv?from=2025-06-01&to=2025-06-30', '/v1/deposits'];
    for (const url of reads) {
      await t.http.get(url).expect(401);
      await get(url, writer).expect(403);
      await get(url, claimsReader).expect(403);
    }
    const id = '00000000-0000-4000-8000-000000000000';
    await t.http.post(`/v1/payments/${id}/match`).send({ claimId: id }).expect(401);
    await t.http.post(`/v1/payments/${id}/match`).set('Authorization', `Bearer ${reader}`).send({ claimId: id }).expect(403);
    await t.http.post('/v1/deposits').set('Content-Type', 'application/json').send('[]').expect(401);
    await t.http.post('/v1/deposits').set('Authorization', `Bearer ${reader}`).set('Content-Type', 'application/json').send('[]').expect(403);
  });
});
