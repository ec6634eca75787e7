// Batching against a real database with the real 837 writer: grouping by clearinghouse × payer ×
// kind × usage, limits that split files and transaction sets, only `ready` claims taken, claims
// moved to `batched` with their history, stored segment ranges that point at each CLM in the
// stored file, all-or-nothing interchanges, and four batchers at once on separate connections.
import { createHash, randomUUID } from 'node:crypto';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { BatchingService, type BatchRunResult } from '../../src/batching/batching.service';
import { Claim837Renderer, type Render837Input, type Render837Output } from '../../src/batching/claim-837-renderer.port';
import { SystemClock } from '../../src/batching/clock';
import { TypeormControlNumberLedger } from '../../src/batching/typeorm-control-number.ledger';
import { TypeormReadyClaims } from '../../src/batching/typeorm-ready-claims';
import { TypeormSubmissionStore } from '../../src/batching/typeorm-submission.store';
import { X12Claim837Renderer } from '../../src/batching/x12-claim-837.renderer';
import { validateClaim } from '../../src/claims/claim-body.pipe';
import type { ClaimStatus } from '../../src/claims/claim-status';
import { summarizeClaim } from '../../src/claims/claim.mapper';
import type { ClaimKind } from '../../src/claims/claim.types';
import { TypeormClaimStore } from '../../src/claims/typeorm-claim.store';
import { parseClearinghouseProfile, type ClearinghouseProfile } from '../../src/clearinghouses/clearinghouse-profile';
import { ClearinghouseRegistry } from '../../src/clearinghouses/clearinghouse-registry';
import { openDatabase } from '../../src/persistence/data-source';
import { TypeormUnitOfWork } from '../../src/persistence/unit-of-work';
import { tokenize, validateX12, type Segment } from '../../src/x12';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { createTestDatabase, type Engine, type TestDatabase } from '../support/databases';
import { TypeormOutboxStore } from '../../src/messaging/typeorm-outbox.store';

const FIXTURE: Record<ClaimKind, 'professional-office-visit' | 'institutional-outpatient-er' | 'dental-crown'> = {
  professional: 'professional-office-visit',
  institutional: 'institutional-outpatient-er',
  dental: 'dental-crown',
};
const GS08: Record<ClaimKind, string> = { professional: '005010X222A1', institutional: '005010X223A2', dental: '005010X224A2' };

function profile(id: string, payers: string[] | '*', overrides: Record<string, unknown> = {}): ClearinghouseProfile {
  return parseClearinghouseProfile(
    {
      id,
      name: `${id} clearinghouse`,
      adapter: 'sandbox',
      isa: { senderQualifier: 'ZZ', senderId: 'X12GW', receiverQualifier: 'ZZ', receiverId: id.toUpperCase(), ackRequested: true },
      gs: { senderId: 'X12GW', receiverId: id.toUpperCase() },
      usage: 'P',
      submitter: { name: 'X12GW SUBMITTER', id: 'X12GW', contactName: 'EDI DESK', phone: '8005550100' },
      receiver: { name: `${id.toUpperCase()} CLEARINGHOUSE`, id: id.toUpperCase() },
      payers,
      ...overrides,
    },
    `${id}.yaml`,
  );
}

/** A renderer that fails the final render (the one with real control numbers), after numbering. */
class FailingAfterNumbering extends Claim837Renderer {
  constructor(private readonly real: Claim837Renderer) {
    super();
  }
  render(input: Render837Input): Render837Output {
    if (input.controlNumbers.isa13 !== 999_999_999) throw new Error('the writer crashed');
    return this.real.render(input);
  }
}

function batcher(ds: DataSource, profiles: ClearinghouseProfile[], renderer: Claim837Renderer = new X12Claim837Renderer()): BatchingService {
  return new BatchingService(
    new ClearinghouseRegistry(profiles),
    new TypeormReadyClaims(ds),
    new TypeormControlNumberLedger(ds),
    new TypeormSubmissionStore(ds),
    new TypeormClaimStore(ds),
    new TypeormUnitOfWork(ds),
    renderer,
    new SystemClock(),
    pino({ level: 'silent' }),
    new TypeormOutboxStore(ds),
  );
}

interface ClaimSpec {
  kind?: ClaimKind;
  payerId?: string;
  usage?: 'T' | 'P';
  status?: ClaimStatus;
}

function segmentsOf(text: string): Segment[] {
  return tokenize(text);
}

describe.each<Engine>(['postgres', 'pglite'])('batching on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;
  let claimStore: TypeormClaimStore;

  async function makeClaim(spec: ClaimSpec = {}): Promise<{ id: string; pcn: string }> {
    const kind = spec.kind ?? 'professional';
    const body = claimFixture(FIXTURE[kind]);
    const pcn = uniquePcn();
    body.claimInformation.patientControlNumber = pcn;
    if (spec.payerId) body.tradingPartnerServiceId = spec.payerId;
    if (spec.usage) body.usageIndicator = spec.usage;
    const { document, submitted } = validateClaim(kind, body);
    const s = summarizeClaim(kind, document);
    const id = randomUUID();
    await new TypeormUnitOfWork(ds).run(async (tx) => {
      await claimStore.insert(
        tx,
        {
          id,
          kind,
          status: 'received',
          payerId: s.payerId,
          payerName: s.payerName ?? null,
          billingNpi: s.billingNpi,
          billingProviderKey: s.billingProviderKey,
          patientControlNumber: s.patientControlNumber,
          frequencyCode: s.frequencyCode,
          totalCharge: s.totalCharge,
          serviceDateFrom: s.serviceDateFrom,
          serviceDateTo: s.serviceDateTo,
          usageIndicator: s.usageIndicator,
          lineCount: s.lineCount,
          source: 'test',
          submitted,
          document,
        },
        'intake.test',
        null,
      );
      // The scrub step is not ours: move the claim on with the claim store, as scrubbing will.
      const status = spec.status ?? 'ready';
      if (status !== 'received') await claimStore.transition(tx, id, status, 'test.scrub', null);
    });
    return { id, pcn };
  }

  async function statusOf(id: string): Promise<string> {
    const [{ status }] = await ds.query(`SELECT status FROM claims WHERE id = $1`, [id]);
    return status;
  }

  async function storedFile(submissionId: string): Promise<{ file_text: string; sha256: string; byte_length: number; isa13: number; gs06: number; st02: string[] }> {
    const [row] = await ds.query(`SELECT file_text, sha256, byte_length, isa13, gs06, st02 FROM submissions WHERE id = $1`, [submissionId]);
    return row;
  }

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = await openDatabase(db.config, true);
    claimStore = new TypeormClaimStore(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    // Claims already batched by an earlier test must not be in the way of the next one.
    await ds.query(`UPDATE claims SET status = 'transmitted' WHERE status IN ('ready', 'batched')`);
  });

  it('groups ready claims by clearinghouse × payer × kind × usage into separate interchanges', async () => {
    const a1 = await makeClaim({ payerId: '87726' });
    const a2 = await makeClaim({ payerId: '87726' });
    const ai = await makeClaim({ payerId: '87726', kind: 'institutional' });
    const b = await makeClaim({ payerId: '99999' });
    const bp = await makeClaim({ payerId: '99999', usage: 'P' });
    const bd = await makeClaim({ payerId: '99999', kind: 'dental' });
    const profiles = [profile('alpha', ['87726']), profile('beta', '*')];
    const result = await batcher(ds, profiles).run();

    const byGroup = new Map(result.submissions.map((s) => [`${s.clearinghouseId}|${s.payerId}|${s.kind}|${s.usage}`, s]));
    expect([...byGroup.keys()].sort()).toEqual([
      'alpha|87726|institutional|T',
      'alpha|87726|professional|T',
      'beta|99999|dental|T',
      'beta|99999|professional|P',
      'beta|99999|professional|T',
    ]);
    expect(byGroup.get('alpha|87726|professional|T')!.claimCount).toBe(2);
    for (const s of result.submissions) {
      const row = await storedFile(s.id);
      const segments = segmentsOf(row.file_text);
      const [isa] = segments;
      // The envelope as the profile and the claims say: ISA08 receiver, ISA15 usage, GS08 guide.
      expect(isa.element(8).trim()).toBe(s.clearinghouseId.toUpperCase());
      expect(isa.element(15)).toBe(s.usage);
      expect(isa.element(13)).toBe(s.isa13);
      expect(segments.find((g) => g.id === 'GS')!.element(8)).toBe(GS08[s.kind]);
      expect(validateX12(row.file_text).valid).toBe(true);
      expect(row.sha256).toBe(createHash('sha256').update(row.file_text).digest('hex'));
      expect(row.byte_length).toBe(Buffer.byteLength(row.file_text));
    }
    // Control numbers count per sender/receiver pair.
    const alpha = result.submissions.filter((s) => s.clearinghouseId === 'alpha').map((s) => s.isa13).sort();
    const beta = result.submissions.filter((s) => s.clearinghouseId === 'beta').map((s) => s.isa13).sort();
    expect(alpha).toEqual(['000000001', '000000002']);
    expect(beta).toEqual(['000000001', '000000002', '000000003']);
    for (const c of [a1, a2, ai, b, bp, bd]) expect(await statusOf(c.id)).toBe('batched');
  });

  it('takes only ready claims: received and invalid claims stay, and a second run finds nothing', async () => {
    const ready = await makeClaim();
    const received = await makeClaim({ status: 'received' });
    const invalid = await makeClaim({ status: 'invalid' });
    const s = batcher(ds, [profile('beta', '*')]);
    const first = await s.run();
    expect(first.submissions).toHaveLength(1);
    expect(first.submissions[0].claimCount).toBe(1);
    expect([await statusOf(ready.id), await statusOf(received.id), await statusOf(invalid.id)]).toEqual(['batched', 'received', 'invalid']);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM submission_claims WHERE claim_id = ANY($1::uuid[])`, [[received.id, invalid.id]]);
    expect(n).toBe(0);
    expect(await s.run()).toEqual({ submissions: [], skipped: [], held: [] });
  });

  it('moves each claim to batched with an event naming the submission and its control numbers', async () => {
    const c = await makeClaim();
    const { submissions } = await batcher(ds, [profile('beta', '*')]).run();
    const [sub] = submissions;
    const history = await claimStore.history(c.id);
    expect(history.map((e) => [e.status, e.previousStatus, e.cause])).toEqual([
      ['received', null, 'intake.test'],
      ['ready', 'received', 'test.scrub'],
      ['batched', 'ready', 'batching'],
    ]);
    expect(history[2].detail).toEqual({ submissionId: sub.id, isa13: sub.isa13, gs06: sub.gs06, st02: sub.st02[0] });
  });

  it('stores for each claim its ST02 and a loop 2300 segment range that starts at its CLM in the stored file', async () => {
    const made = await Promise.all([makeClaim(), makeClaim(), makeClaim(), makeClaim(), makeClaim()]);
    const { submissions } = await batcher(ds, [profile('beta', '*', { limits: { claimsPerTransaction: 2 } })]).run();
    expect(submissions).toHaveLength(1);
    const [sub] = submissions;
    expect(sub.st02).toHaveLength(3);
    const rows: { claim_id: string; st02: string; transaction_index: number; patient_control_number: string; loop2300_first_segment: number; loop2300_last_segment: number }[] =
      await ds.query(`SELECT * FROM submission_claims WHERE submission_id = $1 ORDER BY transaction_index, claim_index`, [sub.id]);
    expect(rows.map((r) => r.claim_id).sort()).toEqual(made.map((m) => m.id).sort());

    const segments = segmentsOf((await storedFile(sub.id)).file_text);
    const sts = segments.filter((s) => s.id === 'ST');
    expect(sts.map((s) => s.element(2))).toEqual(sub.st02);
    for (const row of rows) {
      const st = sts[row.transaction_index];
      expect(st.element(2)).toBe(row.st02);
      // Positions count from ST = 1, as a 999 IK3 does.
      const clm = segments[st.index + row.loop2300_first_segment - 1];
      expect(clm.id).toBe('CLM');
      expect(clm.element(1)).toBe(row.patient_control_number);
      expect(row.patient_control_number).toBe(made.find((m) => m.id === row.claim_id)!.pcn);
      // The range ends where the next claim, hierarchy level or the trailer begins.
      const after = segments[st.index + row.loop2300_last_segment];
      expect(['CLM', 'HL', 'SE']).toContain(after.id);
      const inside = segments.slice(clm.index + 1, st.index + row.loop2300_last_segment);
      expect(inside.filter((s) => ['CLM', 'HL', 'SE', 'ST'].includes(s.id))).toEqual([]);
    }
  });

  it('splits by claims per transaction set, sets per group and bytes per file', async () => {
    await Promise.all(Array.from({ length: 5 }, () => makeClaim()));
    const bySets = await batcher(ds, [profile('beta', '*', { limits: { claimsPerTransaction: 2, transactionsPerGroup: 2 } })]).run();
    expect(bySets.submissions.map((s) => [s.claimCount, s.transactionCount])).toEqual([
      [4, 2],
      [1, 1],
    ]);
    const st02 = bySets.submissions.flatMap((s) => s.st02.map(Number));
    expect(st02).toEqual([st02[0], st02[0] + 1, st02[0] + 2]);
    const clmsPerSet: number[][] = [];
    for (const s of bySets.submissions) {
      const segments = segmentsOf((await storedFile(s.id)).file_text);
      expect(segments.filter((g) => g.id === 'GS')).toHaveLength(1);
      const counts: number[] = [];
      for (const g of segments) {
        if (g.id === 'ST') counts.push(0);
        if (g.id === 'CLM') counts[counts.length - 1]++;
      }
      clmsPerSet.push(counts);
    }
    expect(clmsPerSet).toEqual([[2, 2], [1]]);

    await Promise.all(Array.from({ length: 6 }, () => makeClaim()));
    const oneClaimFile = (await storedFile(bySets.submissions[1].id)).byte_length;
    const limit = Math.floor(oneClaimFile * 1.5);
    const byBytes = await batcher(ds, [profile('beta', '*', { limits: { bytesPerFile: limit } })]).run();
    expect(byBytes.submissions.length).toBeGreaterThanOrEqual(2);
    expect(byBytes.submissions.reduce((n, s) => n + s.claimCount, 0)).toBe(6);
    for (const s of byBytes.submissions) expect(s.byteLength).toBeLessThanOrEqual(limit);
  });

  it('is all-or-nothing: a failure after numbering leaves claims ready, no submission, and the numbers unissued', async () => {
    const c = await makeClaim({ payerId: '55555' });
    const profiles = [profile('gamma', ['55555'])];
    await expect(batcher(ds, profiles, new FailingAfterNumbering(new X12Claim837Renderer())).run()).rejects.toThrow('the writer crashed');
    expect(await statusOf(c.id)).toBe('ready');
    expect(await ds.query(`SELECT id FROM submissions WHERE clearinghouse_id = 'gamma'`)).toEqual([]);
    expect(await ds.query(`SELECT issued FROM control_number_counters WHERE receiver = 'ZZ:GAMMA'`)).toEqual([]);
    const ok: BatchRunResult = await batcher(ds, profiles).run();
    expect(ok.submissions.map((s) => [s.isa13, s.gs06, s.st02])).toEqual([['000000001', '1', ['0001']]]);
  });
});

describe('four batchers at once on separate PostgreSQL connections', () => {
  let db: TestDatabase;
  const sources: DataSource[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    await (await openDatabase(db.config, true)).destroy();
    for (let i = 0; i < 4; i++) sources.push(await openDatabase(db.config, false));
  });
  afterAll(async () => {
    for (const s of sources) await s.destroy().catch(() => undefined);
    await db?.drop();
  });

  it('never take the same claim twice and number their interchanges without gaps or repeats', async () => {
    const ds = sources[0];
    const store = new TypeormClaimStore(ds);
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const body = claimFixture('professional-office-visit');
      body.claimInformation.patientControlNumber = uniquePcn();
      const { document, submitted } = validateClaim('professional', body);
      const s = summarizeClaim('professional', document);
      const id = randomUUID();
      ids.push(id);
      await new TypeormUnitOfWork(ds).run(async (tx) => {
        await store.insert(tx, { id, kind: 'professional', status: 'received', payerId: s.payerId, payerName: s.payerName ?? null, billingNpi: s.billingNpi, billingProviderKey: s.billingProviderKey, patientControlNumber: s.patientControlNumber, frequencyCode: s.frequencyCode, totalCharge: s.totalCharge, serviceDateFrom: s.serviceDateFrom, serviceDateTo: s.serviceDateTo, usageIndicator: s.usageIndicator, lineCount: s.lineCount, source: 'test', submitted, document }, 'intake.test', null);
        await store.transition(tx, id, 'ready', 'test.scrub', null);
      });
    }
    // Small files so the four compete for many interchanges.
    const profiles = [profile('beta', '*', { limits: { claimsPerTransaction: 2, transactionsPerGroup: 2 } })];
    const results = await Promise.all(sources.map((s) => batcher(s, profiles).run()));
    const submissions = results.flatMap((r) => r.submissions);
    expect(results.filter((r) => r.submissions.length > 0).length).toBeGreaterThanOrEqual(2);

    const rows: { claim_id: string; submission_id: string }[] = await ds.query(`SELECT claim_id, submission_id FROM submission_claims`);
    expect(rows.map((r) => r.claim_id).sort()).toEqual([...ids].sort()); // each claim exactly once
    const statuses: { status: string; n: number }[] = await ds.query(`SELECT status, count(*)::int AS n FROM claims GROUP BY status`);
    expect(statuses).toEqual([{ status: 'batched', n: 60 }]);
    const events: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM claim_events WHERE status = 'batched'`);
    expect(events[0].n).toBe(60);

    const isa13 = submissions.map((s) => Number(s.isa13)).sort((a, b) => a - b);
    expect(isa13).toEqual(Array.from({ length: submissions.length }, (_, i) => i + 1));
    const gs06 = submissions.map((s) => Number(s.gs06)).sort((a, b) => a - b);
    expect(gs06).toEqual(isa13);
    const st02 = submissions.flatMap((s) => s.st02.map(Number)).sort((a, b) => a - b);
    expect(st02).toEqual(Array.from({ length: st02.length }, (_, i) => i + 1));
    expect(st02.length).toBe(30);
    for (const s of submissions) {
      const [row] = await ds.query(`SELECT file_text FROM submissions WHERE id = $1`, [s.id]);
      const segments = tokenize(row.file_text);
      expect(segments[0].element(13)).toBe(s.isa13);
      expect(segments.find((g) => g.id === 'IEA')!.element(2)).toBe(s.isa13);
      expect(segments.filter((g) => g.id === 'ST').map((g) => g.element(2))).toEqual(s.st02);
    }
  });
});
