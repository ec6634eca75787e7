// Remittance posting against a real database on both engines: claims stored in `transmitted` (as
// batching and transmission leave them), 835 files built with their patient control numbers or the
// scenario files in edi-samples/835, posted through RemittanceService with the TypeORM adapters.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { validateClaim } from '../../src/claims/claim-body.pipe';
import type { ClaimStatus } from '../../src/claims/claim-status';
import { summarizeClaim } from '../../src/claims/claim.mapper';
import { TypeormClaimStore } from '../../src/claims/typeorm-claim.store';
import { GatewayError } from '../../src/common/gateway-error';
import { openDatabase } from '../../src/persistence/data-source';
import { TypeormUnitOfWork } from '../../src/persistence/unit-of-work';
import { RemittanceService } from '../../src/remittance/remittance.service';
import { TypeormRemittanceStore } from '../../src/remittance/typeorm-remittance.store';
import { createTestDatabase, type Engine, type TestDatabase } from '../support/databases';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { build835, type EraLine } from '../support/remittance-835';

const SAMPLES = path.resolve(__dirname, '../../edi-samples/835');

interface LineSpec {
  code: string;
  chargeCents: number;
  date?: string;
}

/** The two lines of the professional fixture: 99213 120.00 and 83036 30.00 on 2025-03-10. */
const DEFAULT_LINES: LineSpec[] = [
  { code: '99213', chargeCents: 12000 },
  { code: '83036', chargeCents: 3000 },
];

describe.each<Engine>(['postgres', 'pglite'])('remittance posting on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;
  let service: RemittanceService;
  let store: TypeormRemittanceStore;
  let claimStore: TypeormClaimStore;
  let isa = 100;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = await openDatabase(db.config, true);
    claimStore = new TypeormClaimStore(ds);
    store = new TypeormRemittanceStore(ds);
    service = new RemittanceService(store, claimStore, new TypeormUnitOfWork(ds));
  });
  afterAll(async () => {
    await ds?.destroy().catch(() => undefined);
    await db?.drop();
  });

  /** A professional claim with these lines (control numbers `<pcn>-1`, …), stored and moved to `status`. */
  async function makeClaim(options: { pcn?: string; status?: ClaimStatus; lines?: LineSpec[] } = {}): Promise<{ id: string; pcn: string }> {
    const pcn = options.pcn ?? uniquePcn();
    const body = claimFixture('professional-office-visit');
    const template = body.claimInformation.serviceLines[0];
    const specs = options.lines ?? DEFAULT_LINES;
    body.claimInformation.patientControlNumber = pcn;
    body.claimInformation.serviceLines = specs.map((l, i) => ({
      ...template,
      serviceDate: l.date ?? '20250310',
      providerControlNumber: `${pcn}-${i + 1}`,
      professionalService: { ...template.professionalService, procedureCode: l.code, lineItemChargeAmount: money(l.chargeCents) },
    }));
    body.claimInformation.claimChargeAmount = money(specs.reduce((s, l) => s + l.chargeCents, 0));
    const { document, submitted } = validateClaim('professional', body);
    const s = summarizeClaim('professional', document);
    const id = randomUUID();
    await new TypeormUnitOfWork(ds).run(async (tx) => {
      await claimStore.insert(
        tx,
        {
          id, kind: 'professional', status: 'received', payerId: s.payerId, payerName: s.payerName ?? null, billingNpi: s.billingNpi,
          billingProviderKey: s.billingProviderKey, patientControlNumber: s.patientControlNumber, frequencyCode: s.frequencyCode,
          totalCharge: s.totalCharge, serviceDateFrom: s.serviceDateFrom, serviceDateTo: s.serviceDateTo, usageIndicator: s.usageIndicator,
          lineCount: s.lineCount, source: 'test', submitted, document,
        },
        'intake.test',
        null,
      );
      const status = options.status ?? 'transmitted';
      if (status !== 'received') await claimStore.transition(tx, id, status, 'test.transmitted', null);
    });
    return { id, pcn };
  }

  function money(cents: number): string {
    return `${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
  }

  async function statusOf(id: string): Promise<string> {
    const [{ status }] = await ds.query(`SELECT status FROM claims WHERE id = $1`, [id]);
    return status;
  }

  async function paymentsOf(claimId: string): Promise<{ id: string; paid: string; is_reversal: boolean; reverses_payment_id: string | null; patient_responsibility: string }[]> {
    return ds.query(`SELECT id, paid, is_reversal, reverses_payment_id, patient_responsibility FROM claim_payments WHERE claim_id = $1 ORDER BY created_at, claim_index`, [claimId]);
  }

  async function remittanceEvents(claimId: string) {
    return (await claimStore.history(claimId)).filter((e) => e.cause === 'remittance');
  }

  function nextIsa(): number {
    isa += 1;
    return isa;
  }

  function lines(pcn: string, paid: number[], extra: Partial<EraLine> = {}): EraLine[] {
    return DEFAULT_LINES.map((l, i) => ({ code: l.code, chargeCents: l.chargeCents, paidCents: paid[i], ref6r: `${pcn}-${i + 1}`, ...extra }));
  }

  it('posts a claim paid in full: status paid, lines matched by REF*6R, the event names the payment', async () => {
    const claim = await makeClaim();
    const result = await service.ingest(build835([{ trace: `TRN${nextIsa()}`, claims: [{ pcn: claim.pcn, lines: lines(claim.pcn, [12000, 3000]) }] }], isa), { fileName: 'paid.835', source: 'test' });

    expect(result.remittances).toEqual([expect.objectContaining({ status: 'posted', claims: 1, matched: 1, unmatched: 0, balanced: true })]);
    expect(await statusOf(claim.id)).toBe('paid');
    const [payment] = await paymentsOf(claim.id);
    expect(payment.paid).toBe('150.00');
    const services: { matched_line_index: number; line_item_control_number: string }[] = await ds.query(`SELECT matched_line_index, line_item_control_number FROM service_payments WHERE claim_payment_id = $1 ORDER BY line_index`, [payment.id]);
    expect(services.map((s) => s.matched_line_index)).toEqual([0, 1]);
    const [event] = await remittanceEvents(claim.id);
    expect(event).toMatchObject({ status: 'paid', previousStatus: 'transmitted', detail: { remittanceId: result.remittances[0].id, claimPaymentId: payment.id, clp02: '1', paid: '150.00' } });
    expect(event.detail).not.toHaveProperty('note');
  });

  it('posts a partial payment with patient responsibility, matching lines by code and date when REF*6R is absent', async () => {
    const claim = await makeClaim();
    // Lines in the opposite order and without REF*6R: the second SVC is the claim's first line.
    const era = build835([{ trace: `TRN${nextIsa()}`, claims: [{ pcn: claim.pcn.toLowerCase(), lines: [
      { code: '83036', chargeCents: 3000, paidCents: 2000, prCents: 500 },
      { code: '99213', chargeCents: 12000, paidCents: 8000, prCents: 2000 },
    ] }] }], isa);
    const result = await service.ingest(era, { source: 'test' });

    expect(result.remittances[0]).toMatchObject({ status: 'posted', matched: 1 });
    // Paid less the contractual write-off and the patient's share: the payer paid its part in full.
    expect(await statusOf(claim.id)).toBe('paid');
    const [payment] = await paymentsOf(claim.id);
    expect(payment).toMatchObject({ paid: '100.00', patient_responsibility: '25.00' });
    const services: { matched_line_index: number }[] = await ds.query(`SELECT matched_line_index FROM service_payments WHERE claim_payment_id = $1 ORDER BY line_index`, [payment.id]);
    expect(services.map((s) => s.matched_line_index)).toEqual([1, 0]);
  });

  it('posts a denial (CLP02 4, nothing paid) as denied', async () => {
    const claim = await makeClaim();
    await service.ingest(build835([{ trace: `TRN${nextIsa()}`, claims: [{ pcn: claim.pcn, status: '4', lines: lines(claim.pcn, [0, 0]) }] }], isa), { source: 'test' });
    expect(await statusOf(claim.id)).toBe('denied');
    expect((await remittanceEvents(claim.id)).map((e) => e.detail?.clp02)).toEqual(['4']);
  });

  it('nets a reversal (CLP02 22) against the earlier payment and lets the correction that follows set the status', async () => {
    const claim = await makeClaim();
    await service.ingest(build835([{ trace: `TRN${nextIsa()}`, claims: [{ pcn: claim.pcn, icn: 'ICN-A', lines: lines(claim.pcn, [8000, 2000]) }] }], isa), { source: 'test' });
    expect(await statusOf(claim.id)).toBe('paid');

    const era = build835([{ trace: `TRN${nextIsa()}`, claims: [
      { pcn: claim.pcn, status: '22', icn: 'ICN-A', lines: [
        { code: '99213', chargeCents: -12000, paidCents: -8000, ref6r: `${claim.pcn}-1` },
        { code: '83036', chargeCents: -3000, paidCents: -2000, ref6r: `${claim.pcn}-2` },
      ] },
      { pcn: claim.pcn, icn: 'ICN-B', lines: lines(claim.pcn, [12000, 3000]) },
    ] }], isa);
    const result = await service.ingest(era, { source: 'test' });

    expect(result.remittances[0]).toMatchObject({ status: 'posted', claims: 2, matched: 2, balanced: true });
    const [original, reversal, correction] = await paymentsOf(claim.id);
    expect(reversal).toMatchObject({ paid: '-100.00', is_reversal: true, reverses_payment_id: original.id });
    expect(correction).toMatchObject({ paid: '150.00', is_reversal: false, reverses_payment_id: null });
    const [{ net }] = await ds.query(`SELECT sum(paid)::text AS net FROM claim_payments WHERE claim_id = $1`, [claim.id]);
    expect(net).toBe('150.00');
    expect((await remittanceEvents(claim.id)).map((e) => e.status)).toEqual(['paid', 'reversed', 'paid']);
    expect(await statusOf(claim.id)).toBe('paid');
  });

  it('sums a claim paid across two files (edi-samples split-claim-1-of-2 and 2-of-2); the other CLP of file 2 is unmatched', async () => {
    const claim = await makeClaim({
      pcn: 'PCN6001',
      lines: [
        { code: '97161', chargeCents: 15000, date: '20240401' },
        { code: '97110', chargeCents: 10000, date: '20240402' },
        { code: '97530', chargeCents: 10000, date: '20240403' },
      ],
    });
    // The scenario files carry REF*6R PCN6001L1…L3; ours are PCN6001-1…3, so lines match by code + date.
    const first = await service.ingest(fs.readFileSync(path.join(SAMPLES, 'split-claim-1-of-2.835')), { fileName: 'split-claim-1-of-2.835', source: 'test' });
    expect(first.remittances[0]).toMatchObject({ status: 'posted', matched: 1, unmatched: 0 });
    expect(await statusOf(claim.id)).toBe('partially_paid');

    const second = await service.ingest(fs.readFileSync(path.join(SAMPLES, 'split-claim-2-of-2.835'), 'utf8'), { fileName: 'split-claim-2-of-2.835', source: 'test' });
    expect(second.remittances[0]).toMatchObject({ status: 'posted', claims: 2, matched: 1, unmatched: 1 });
    expect((await paymentsOf(claim.id)).map((p) => p.paid)).toEqual(['200.00', '80.00']);
    const [{ net }] = await ds.query(`SELECT sum(paid)::text AS net FROM claim_payments WHERE claim_id = $1`, [claim.id]);
    expect(net).toBe('280.00');
    // Part of the charge is still open after the first file; the second accounts for the rest.
    expect((await remittanceEvents(claim.id)).map((e) => e.status)).toEqual(['partially_paid', 'paid']);
    const matchedLines: { matched_line_index: number }[] = await ds.query(
      `SELECT s.matched_line_index FROM service_payments s JOIN claim_payments p ON p.id = s.claim_payment_id WHERE p.claim_id = $1 ORDER BY p.created_at, s.line_index`,
      [claim.id],
    );
    expect(matchedLines.map((l) => l.matched_line_index)).toEqual([0, 1, 2]);

    const unmatched = await store.listPayments({ unmatched: true }, null, 50);
    expect(unmatched.items.map((p) => p.patientControlNumber)).toContain('PCN6002');
    expect(unmatched.items.every((p) => p.claimId === null)).toBe(true);
  });

  it('sums partial payments in two files up to paid', async () => {
    const claim = await makeClaim();
    await service.ingest(build835([{ trace: `TRN${nextIsa()}`, claims: [{ pcn: claim.pcn, icn: 'P1', lines: [lines(claim.pcn, [12000, 0])[0]] }] }], isa), { source: 'test' });
    expect(await statusOf(claim.id)).toBe('partially_paid');
    await service.ingest(build835([{ trace: `TRN${nextIsa()}`, claims: [{ pcn: claim.pcn, icn: 'P2', lines: [lines(claim.pcn, [0, 3000])[1]] }] }], isa), { source: 'test' });
    expect(await statusOf(claim.id)).toBe('paid');
  });

  it('records the same file twice as a duplicate of the first and posts nothing again', async () => {
    const claim = await makeClaim();
    const era = build835([{ trace: `TRN${nextIsa()}`, claims: [{ pcn: claim.pcn, lines: lines(claim.pcn, [12000, 3000]) }] }], isa);
    const first = await service.ingest(era, { fileName: 'a.835', source: 'test' });
    const again = await service.ingest(era, { fileName: 'a.835', source: 'test' });

    expect(again.sha256).toBe(first.sha256);
    expect(again.remittances).toEqual([expect.objectContaining({ status: 'duplicate', duplicateOf: first.remittances[0].id, duplicateReason: 'same_file', matched: 0 })]);
    expect(await paymentsOf(claim.id)).toHaveLength(1);
    expect(await remittanceEvents(claim.id)).toHaveLength(1);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM claim_payments WHERE remittance_id = $1`, [again.remittances[0].id]);
    expect(n).toBe(0);
  });

  it('records a retransmitted ERA (same payer, TRN02, amount and date; other bytes) as a duplicate', async () => {
    const claim = await makeClaim();
    const trace = `TRN${nextIsa()}`;
    const spec = [{ trace, claims: [{ pcn: claim.pcn, lines: lines(claim.pcn, [12000, 3000]) }] }];
    const first = await service.ingest(build835(spec, 501), { source: 'test' });
    const resent = await service.ingest(build835(spec, 502), { source: 'test' });

    expect(resent.sha256).not.toBe(first.sha256);
    expect(resent.remittances[0]).toMatchObject({ status: 'duplicate', duplicateOf: first.remittances[0].id, duplicateReason: 'same_payment' });
    expect(await paymentsOf(claim.id)).toHaveLength(1);
  });

  it('posts the same payment exactly once when two ingests race', async () => {
    const claim = await makeClaim();
    const spec = [{ trace: `TRN${nextIsa()}`, claims: [{ pcn: claim.pcn, lines: lines(claim.pcn, [12000, 3000]) }] }];
    const results = await Promise.all([service.ingest(build835(spec, 601), { source: 'test' }), service.ingest(build835(spec, 602), { source: 'test' })]);
    expect(results.map((r) => r.remittances[0].status).sort()).toEqual(['duplicate', 'posted']);
    expect(await paymentsOf(claim.id)).toHaveLength(1);
  });

  it('stores an unmatched claim payment with no claim and lists it as unmatched', async () => {
    const pcn = uniquePcn();
    const result = await service.ingest(build835([{ trace: `TRN${nextIsa()}`, claims: [{ pcn, lines: [{ code: '99213', chargeCents: 5000, paidCents: 4000 }] }] }], isa), { source: 'test' });
    expect(result.remittances[0]).toMatchObject({ status: 'posted', matched: 0, unmatched: 1 });
    const unmatched = await store.listPayments({ unmatched: true }, null, 500);
    expect(unmatched.items.find((p) => p.patientControlNumber === pcn)).toMatchObject({ claimId: null, paid: '40.00', remittanceId: result.remittances[0].id });
  });

  it('records a payment for a claim still in received, moves it, and says so in the event', async () => {
    const claim = await makeClaim({ status: 'received' });
    await service.ingest(build835([{ trace: `TRN${nextIsa()}`, claims: [{ pcn: claim.pcn, lines: lines(claim.pcn, [12000, 3000]) }] }], isa), { source: 'test' });
    expect(await paymentsOf(claim.id)).toHaveLength(1);
    const [event] = await remittanceEvents(claim.id);
    expect(event).toMatchObject({ status: 'paid', previousStatus: 'received' });
    expect(event.detail?.note).toMatch(/received/);
  });

  it('posts the good transaction set of a file and rejects, unposted and whole, one that does not balance and one the database refuses', async () => {
    const good = await makeClaim();
    const unbalanced = await makeClaim();
    const refused = await makeClaim();
    const era = build835(
      [
        { trace: `TRN${nextIsa()}-A`, claims: [{ pcn: good.pcn, lines: lines(good.pcn, [12000, 3000]) }] },
        { trace: `TRN${isa}-B`, claims: [{ pcn: unbalanced.pcn, lines: lines(unbalanced.pcn, [12000, 3000]) }], bprCents: 1 },
        // Balances, but CLP03 of the second claim is beyond numeric(14,2): the insert fails after the
        // first claim of the set was already posted and moved — the whole set must roll back.
        { trace: `TRN${isa}-C`, claims: [
          { pcn: refused.pcn, lines: lines(refused.pcn, [12000, 3000]) },
          { pcn: uniquePcn(), lines: [{ code: '99213', chargeCents: 100_000_000_000_000, paidCents: 100_000_000_000_000 }] },
          { pcn: uniquePcn(), status: '22', lines: [{ code: '99213', chargeCents: -100_000_000_000_000, paidCents: -100_000_000_000_000 }] },
        ] },
      ],
      isa,
    );
    const result = await service.ingest(era, { fileName: 'mixed.835', source: 'test' });

    expect(result.remittances.map((r) => r.status)).toEqual(['posted', 'rejected', 'rejected']);
    expect(result.remittances[1]).toMatchObject({ balanced: false, diagnostics: expect.arrayContaining([expect.objectContaining({ code: 'PAYMENT_OUT_OF_BALANCE' })]) });
    expect(result.remittances[2]).toMatchObject({ balanced: true, diagnostics: [expect.objectContaining({ code: 'POSTING_FAILED' })] });
    expect(await statusOf(good.id)).toBe('paid');
    for (const claim of [unbalanced, refused]) {
      expect(await statusOf(claim.id)).toBe('transmitted');
      expect(await paymentsOf(claim.id)).toEqual([]);
      expect(await remittanceEvents(claim.id)).toEqual([]);
    }
    const rows: { status: string; n: number }[] = await ds.query(
      `SELECT r.status, (SELECT count(*)::int FROM claim_payments p WHERE p.remittance_id = r.id) AS n FROM remittances r WHERE r.id = ANY($1::uuid[]) ORDER BY r.transaction_index`,
      [result.remittances.map((r) => r.id)],
    );
    expect(rows).toEqual([{ status: 'posted', n: 1 }, { status: 'rejected', n: 0 }, { status: 'rejected', n: 0 }]);
  });

  it('refuses a file that is not X12 with a coded error and posts nothing', async () => {
    const [{ before }] = await ds.query(`SELECT count(*)::int AS before FROM remittances`);
    const err = await service.ingest('this is not an 835', { source: 'test' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: 'UNREADABLE_REMITTANCE' });
    const [{ after }] = await ds.query(`SELECT count(*)::int AS after FROM remittances`);
    expect(after).toBe(before);
  });

  it('refuses a file cut off after its first transaction set (no GE, no IEA) and posts none of it, as text or as a stream', async () => {
    const claim = await makeClaim();
    const era = build835([
      { trace: `CUT${nextIsa()}A`, claims: [{ pcn: claim.pcn, lines: lines(claim.pcn, [12000, 3000]) }] },
      { trace: `CUT${isa}B`, claims: [{ pcn: claim.pcn, lines: lines(claim.pcn, [12000, 3000]) }] },
    ], isa);
    const cut = era.slice(0, era.indexOf('ST*835*', era.indexOf('SE*')));
    const [{ before }] = await ds.query(`SELECT count(*)::int AS before FROM remittances`);
    for (const input of [cut, { open: async function* () { yield Buffer.from(cut.slice(0, 100)); yield Buffer.from(cut.slice(100)); } }]) {
      const err = await service.ingest(input, { source: 'test' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GatewayError);
      expect(err).toMatchObject({ code: 'UNREADABLE_REMITTANCE', details: { x12Code: 'TRUNCATED_INTERCHANGE', segmentIndex: expect.any(Number) } });
    }
    const [{ after }] = await ds.query(`SELECT count(*)::int AS after FROM remittances`);
    expect(after).toBe(before);
    expect(await statusOf(claim.id)).toBe('transmitted');
    expect(await paymentsOf(claim.id)).toEqual([]);

    // The whole file, retransmitted, posts both sets.
    const whole = await service.ingest(era, { source: 'test' });
    expect(whole.remittances.map((r) => r.status)).toEqual(['posted', 'posted']);
  });

  it('reads a re-openable stream in small chunks the same way as text, PLB included', async () => {
    const claim = await makeClaim();
    const era = build835([{ trace: `TRN${nextIsa()}`, claims: [{ pcn: claim.pcn, lines: lines(claim.pcn, [12000, 3000]) }], plb: [{ reason: 'L6', cents: -525 }, { reason: 'WO', reference: 'ICN-OLD', cents: 5000 }] }], isa);
    const bytes = Buffer.from(era, 'utf8');
    const result = await service.ingest({ open: async function* () { for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7); } }, { source: 'test' });
    expect(result.remittances[0]).toMatchObject({ status: 'posted', matched: 1, balanced: true });
    const found = await store.findById(result.remittances[0].id as string);
    expect(found?.remittance.amount).toBe('105.25');
    expect(found?.providerAdjustments.map((a) => [a.reason, a.reference, a.amount])).toEqual([['L6', null, '-5.25'], ['WO', 'ICN-OLD', '50.00']]);
    expect(await statusOf(claim.id)).toBe('paid');
  });
});
