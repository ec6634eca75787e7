// Acknowledgment posting against a real database on both engines, with claims batched by the real
// BatchingService and 837 writer: 999 IK3 positions inside one claim's stored 2300 range reject
// exactly that claim (its set-mates rejected as part of the whole set, other sets accepted), TA1 R
// rejects the interchange, AK9 R without AK2 rejects the group, 277CA accepts/rejects per claim
// keeping REF*1K, unmatched references are kept, a file applies once (also when raced), a step
// that does not fit the claim's state is flagged, and the timeline reads the whole story back.
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { AcknowledgmentsService } from '../../src/acknowledgments/acknowledgments.service';
import { ClaimTimelineService } from '../../src/acknowledgments/claim-timeline.service';
import { TypeormAcknowledgmentStore } from '../../src/acknowledgments/typeorm-acknowledgment.store';
import { BatchingService } from '../../src/batching/batching.service';
import { SystemClock } from '../../src/batching/clock';
import { TypeormControlNumberLedger } from '../../src/batching/typeorm-control-number.ledger';
import { TypeormReadyClaims } from '../../src/batching/typeorm-ready-claims';
import { TypeormSubmissionStore } from '../../src/batching/typeorm-submission.store';
import { X12Claim837Renderer } from '../../src/batching/x12-claim-837.renderer';
import { validateClaim } from '../../src/claims/claim-body.pipe';
import type { ClaimStatus } from '../../src/claims/claim-status';
import { summarizeClaim } from '../../src/claims/claim.mapper';
import { TypeormClaimStore } from '../../src/claims/typeorm-claim.store';
import { parseClearinghouseProfile } from '../../src/clearinghouses/clearinghouse-profile';
import { ClearinghouseRegistry } from '../../src/clearinghouses/clearinghouse-registry';
import { openDatabase } from '../../src/persistence/data-source';
import { TypeormUnitOfWork } from '../../src/persistence/unit-of-work';
import { tokenize } from '../../src/x12';
import { ack277File, ack999File, ta1File, type AckParties } from '../support/acknowledgments';
import { createTestDatabase, type Engine, type TestDatabase } from '../support/databases';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { TypeormOutboxStore } from '../../src/messaging/typeorm-outbox.store';

const P: AckParties = { clearinghouse: 'ALPHA', us: 'X12GW' };

interface Batched {
  submissionId: string;
  isa13: string;
  gs06: string;
  isaDate: string;
  isaTime: string;
  /** In file order: claim id, pcn, ST02 and 2300 range. */
  claims: { id: string; pcn: string; st02: string; first: number; last: number }[];
}

describe.each<Engine>(['postgres', 'pglite'])('acknowledgments on %s', (engine) => {
  let db: TestDatabase;
  let ds: DataSource;
  let claimStore: TypeormClaimStore;
  let acks: AcknowledgmentsService;
  let timelines: ClaimTimelineService;
  let fileNo = 100;
  const nextIsa = () => ++fileNo;

  async function makeReadyClaim(): Promise<{ id: string; pcn: string }> {
    const body = claimFixture('professional-office-visit');
    const pcn = uniquePcn();
    body.claimInformation.patientControlNumber = pcn;
    const { document, submitted } = validateClaim('professional', body);
    const s = summarizeClaim('professional', document);
    const id = randomUUID();
    await new TypeormUnitOfWork(ds).run(async (tx) => {
      await claimStore.insert(tx, {
        id, kind: 'professional', status: 'received', payerId: s.payerId, payerName: s.payerName ?? null, billingNpi: s.billingNpi,
        billingProviderKey: s.billingProviderKey, patientControlNumber: s.patientControlNumber, frequencyCode: s.frequencyCode,
        totalCharge: s.totalCharge, serviceDateFrom: s.serviceDateFrom, serviceDateTo: s.serviceDateTo, usageIndicator: s.usageIndicator,
        lineCount: s.lineCount, source: 'test', submitted, document,
      }, 'intake.test', null);
      await claimStore.transition(tx, id, 'ready', 'scrub', null);
    });
    return { id, pcn };
  }

  /** `n` ready claims batched into one interchange, two claims per transaction set. */
  async function batch(n: number): Promise<Batched> {
    const made = [];
    for (let i = 0; i < n; i++) made.push(await makeReadyClaim());
    const profile = parseClearinghouseProfile({
      id: 'alpha', name: 'alpha clearinghouse', adapter: 'sandbox',
      isa: { senderQualifier: 'ZZ', senderId: P.us, receiverQualifier: 'ZZ', receiverId: P.clearinghouse, ackRequested: true },
      gs: { senderId: P.us, receiverId: P.clearinghouse }, usage: 'P',
      submitter: { name: 'X12GW SUBMITTER', id: P.us, contactName: 'EDI DESK', phone: '8005550100' },
      receiver: { name: 'ALPHA CLEARINGHOUSE', id: P.clearinghouse }, payers: '*', limits: { claimsPerTransaction: 2 },
    }, 'alpha.yaml');
    const batcher = new BatchingService(new ClearinghouseRegistry([profile]), new TypeormReadyClaims(ds), new TypeormControlNumberLedger(ds),
      new TypeormSubmissionStore(ds), claimStore, new TypeormUnitOfWork(ds), new X12Claim837Renderer(), new SystemClock(), pino({ level: 'silent' }), new TypeormOutboxStore(ds));
    const result = await batcher.run();
    expect(result.submissions).toHaveLength(1);
    const sub = result.submissions[0];
    const [row] = await ds.query(`SELECT file_text FROM submissions WHERE id = $1`, [sub.id]);
    const isa = tokenize(row.file_text)[0];
    const rows: { claim_id: string; patient_control_number: string; st02: string; first: number; last: number }[] = await ds.query(
      `SELECT claim_id, patient_control_number, st02, loop2300_first_segment AS first, loop2300_last_segment AS last
         FROM submission_claims WHERE submission_id = $1 ORDER BY transaction_index, claim_index`, [sub.id]);
    expect(rows.map((r) => r.claim_id).sort()).toEqual(made.map((m) => m.id).sort());
    return {
      submissionId: sub.id, isa13: sub.isa13, gs06: String(sub.gs06 ?? ''), isaDate: isa.element(9), isaTime: isa.element(10),
      claims: rows.map((r) => ({ id: r.claim_id, pcn: r.patient_control_number, st02: r.st02, first: Number(r.first), last: Number(r.last) })),
    };
  }

  async function statusOf(id: string): Promise<string> {
    const [{ status }] = await ds.query(`SELECT status FROM claims WHERE id = $1`, [id]);
    return status;
  }

  async function lastEvent(id: string) {
    return (await claimStore.history(id)).at(-1)!;
  }

  async function gs06Of(b: Batched): Promise<string> {
    const [row] = await ds.query(`SELECT gs06 FROM submissions WHERE id = $1`, [b.submissionId]);
    return String(row.gs06);
  }

  /** 999 accepting every set of the batch. */
  async function accept999(b: Batched): Promise<string> {
    const sets = [...new Set(b.claims.map((c) => c.st02))];
    return ack999File(P, nextIsa(), await gs06Of(b), sets.map((st02) => ({ st02, ik5: 'A' })), { code: 'A', included: sets.length, received: sets.length, accepted: sets.length });
  }

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = await openDatabase(db.config, true);
    claimStore = new TypeormClaimStore(ds);
    const store = new TypeormAcknowledgmentStore(ds);
    acks = new AcknowledgmentsService(store, claimStore, new TypeormUnitOfWork(ds));
    timelines = new ClaimTimelineService(claimStore, store);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  beforeEach(async () => {
    // Claims left ready by an earlier test must not end up in the next test's batch.
    await ds.query(`UPDATE claims SET status = 'transmitted' WHERE status = 'ready'`);
  });

  it('999: IK3 positions inside one claim\'s 2300 range reject exactly that claim with the error; its set-mate is rejected as the whole set; the other set is accepted', async () => {
    const b = await batch(4);
    const sets = [...new Set(b.claims.map((c) => c.st02))];
    expect(sets).toHaveLength(2);
    const [a, target, c, d] = b.claims;
    expect(target.st02).toBe(sets[0]);
    const position = target.first + 2;
    expect(position).toBeLessThanOrEqual(target.last);
    const file = ack999File(P, nextIsa(), await gs06Of(b), [
      { st02: sets[0], ik5: 'R', ik502: 'I5', errors: [{ segmentId: 'NM1', position, loop: '2310B', code: '8', ik4: { position: 9, reference: '67', code: '7', bad: 'XX' } }] },
      { st02: sets[1], ik5: 'A' },
    ], { code: 'P', included: 2, received: 2, accepted: 1 });
    const res = await acks.ingest(file, { fileName: 'alpha.999', source: 'test' });
    expect(res).toMatchObject({ type: '999', status: 'applied', summary: { accepted: 2, rejected: 2, flagged: 0, unmatched: 0 } });

    expect(await statusOf(target.id)).toBe('rejected_by_clearinghouse');
    const ev = await lastEvent(target.id);
    expect(ev).toMatchObject({ status: 'rejected_by_clearinghouse', previousStatus: 'batched', cause: 'acknowledgment.999' });
    expect(ev.detail).toMatchObject({
      acknowledgmentId: res.id, submissionId: b.submissionId, st02: sets[0], ik501: 'R', ik502: ['I5'], wholeSet: false, segmentPosition: position, code: '8',
      errors: [{ segmentId: 'NM1', position, code: '8', description: expect.any(String), elements: [{ position: 9, reference: '67', code: '7', description: expect.any(String), badData: 'XX' }] }],
    });
    expect(ev.detail!.description).toBe(`999 rejected: segment NM1 at position ${position}, IK304 8 (segment has data element errors), IK403 7 (invalid code value) in element 9`);

    expect(await statusOf(a.id)).toBe('rejected_by_clearinghouse');
    expect((await lastEvent(a.id)).detail).toMatchObject({ wholeSet: true, errors: [] });
    for (const other of [c, d]) {
      expect(await statusOf(other.id)).toBe('accepted_by_clearinghouse');
      expect((await lastEvent(other.id))).toMatchObject({ cause: 'acknowledgment.999', detail: { st02: sets[1], ik501: 'A' } });
    }
  });

  it('999 with IK3 in each set only where it points: IK5 E keeps the claims accepted with the errors noted', async () => {
    const b = await batch(2);
    const [x, y] = b.claims;
    const file = ack999File(P, nextIsa(), await gs06Of(b), [{ st02: y.st02, ik5: 'E', errors: [{ segmentId: 'REF', position: y.first + 1, code: 'I9' }] }], { code: 'E', included: 1, received: 1, accepted: 1 });
    await acks.ingest(file, { fileName: 'e.999', source: 'test' });
    expect(await statusOf(x.id)).toBe('accepted_by_clearinghouse');
    expect(await statusOf(y.id)).toBe('accepted_by_clearinghouse');
    expect((await lastEvent(y.id)).detail).toMatchObject({ ik501: 'E', errors: [{ segmentId: 'REF', code: 'I9' }] });
    expect((await lastEvent(x.id)).detail).toMatchObject({ ik501: 'E', errors: [] });
  });

  it('999 AK9 R with no AK2 rejects every claim of the group', async () => {
    const b = await batch(3);
    const file = ack999File(P, nextIsa(), await gs06Of(b), [], { code: 'R', included: 2, received: 2, accepted: 0, errors: ['5'] });
    const res = await acks.ingest(file, { fileName: 'group.999', source: 'test' });
    expect(res.summary).toMatchObject({ rejected: 3, accepted: 0 });
    for (const c of b.claims) {
      expect(await statusOf(c.id)).toBe('rejected_by_clearinghouse');
      expect((await lastEvent(c.id)).detail).toMatchObject({ wholeGroup: true, ak901: 'R', ak905: ['5'] });
    }
  });

  it('TA1 R rejects every claim of the interchange with the TA105 note; TA1 A only notes the history', async () => {
    const rejected = await batch(3);
    const res = await acks.ingest(ta1File(P, nextIsa(), { isa13: rejected.isa13, date: rejected.isaDate, time: rejected.isaTime }, 'R', '006'), { fileName: 'r.ta1', source: 'test' });
    expect(res).toMatchObject({ type: 'TA1', status: 'applied', summary: { rejected: 3 } });
    for (const c of rejected.claims) {
      expect(await statusOf(c.id)).toBe('rejected_by_clearinghouse');
      expect(await lastEvent(c.id)).toMatchObject({ cause: 'acknowledgment.ta1', detail: { ta104: 'R', ta105: '006', ta105Description: expect.any(String), submissionId: rejected.submissionId } });
    }

    const accepted = await batch(1);
    const ok = await acks.ingest(ta1File(P, nextIsa(), { isa13: accepted.isa13 }, 'A'), { fileName: 'a.ta1', source: 'test' });
    expect(ok.summary).toMatchObject({ noted: 1, rejected: 0 });
    expect(await statusOf(accepted.claims[0].id)).toBe('batched');
    expect(await lastEvent(accepted.claims[0].id)).toMatchObject({ status: 'batched', previousStatus: 'batched', cause: 'acknowledgment.ta1', detail: { note: true, ta104: 'A' } });
  });

  it('277CA accepts and rejects per claim, keeps REF*1K, and the timeline shows received → ready → batched → accepted_by_clearinghouse → accepted_by_payer', async () => {
    const b = await batch(2);
    const [ok, bad] = b.claims;
    await acks.ingest(await accept999(b), { fileName: 'ok.999', source: 'test' });
    const res = await acks.ingest(ack277File(P, nextIsa(), [
      { pcn: ok.pcn.toLowerCase(), stc: 'A2:20', action: 'WQ', charge: '150', payerClaimNumber: 'PAYERCLM0001' },
      { pcn: bad.pcn, stc: 'A7:562:82', action: 'U', charge: '150' },
    ], '1558374629'), { fileName: 'claims.277', source: 'test' });
    expect(res).toMatchObject({ type: '277CA', summary: { accepted: 1, rejected: 1, unmatched: 0 } });
    expect(await statusOf(ok.id)).toBe('accepted_by_payer');
    expect(await lastEvent(ok.id)).toMatchObject({ cause: 'acknowledgment.277ca', detail: { payerClaimControlNumber: 'PAYERCLM0001', acknowledgmentId: res.id, statuses: [{ category: 'A2', status: '20' }] } });
    expect(await statusOf(bad.id)).toBe('rejected');
    const rej = await lastEvent(bad.id);
    expect(rej.detail).toMatchObject({ statuses: [{ category: 'A7', status: '562', entity: '82', action: 'U' }] });
    expect(rej.detail!.description).toMatch(/^277CA rejected: category A7 \(.+\), status 562 \(.+\), entity 82$/);

    const tl = await timelines.timeline(ok.id);
    expect(tl.status).toBe('accepted_by_payer');
    expect(tl.events.map((e) => [e.status, e.cause])).toEqual([
      ['received', 'intake.test'], ['ready', 'scrub'], ['batched', 'batching'], ['accepted_by_clearinghouse', 'acknowledgment.999'], ['accepted_by_payer', 'acknowledgment.277ca'],
    ]);
    expect(tl.events[2]).toMatchObject({ links: { submissionId: b.submissionId, submissionFile: expect.stringMatching(/^alpha-837P-T-\d{9}\.x12$/) }, description: expect.stringContaining(`ISA13 ${b.isa13}`) });
    expect(tl.events[3]).toMatchObject({ links: { acknowledgmentId: expect.any(String), acknowledgmentFile: 'ok.999' }, description: expect.stringContaining('999 accepted') });
    expect(tl.events[4]).toMatchObject({ links: { acknowledgmentId: res.id }, description: expect.stringContaining('payer claim number PAYERCLM0001') });
    for (let i = 1; i < tl.events.length; i++) expect(Date.parse(tl.events[i].occurredAt)).toBeGreaterThanOrEqual(Date.parse(tl.events[i - 1].occurredAt));
  });

  it('an acknowledgment for nothing we sent is kept as unmatched and changes no claim', async () => {
    const before: { n: string }[] = await ds.query(`SELECT count(*)::text AS n FROM claim_events`);
    const ta1 = await acks.ingest(ta1File(P, nextIsa(), { isa13: '987654321' }, 'R', '018'), { fileName: 'nobody.ta1', source: 'test' });
    const ak = await acks.ingest(ack999File(P, nextIsa(), '987654321', [{ st02: '0001', ik5: 'R' }], { code: 'R', included: 1, received: 1, accepted: 0 }), { fileName: 'nobody.999', source: 'test' });
    const ca = await acks.ingest(ack277File(P, nextIsa(), [{ pcn: 'NEVERSENT01', stc: 'A2:20', action: 'WQ', charge: '10', payerClaimNumber: 'PC9' }]), { fileName: 'nobody.277', source: 'test' });
    for (const r of [ta1, ak, ca]) expect(r.summary).toMatchObject({ unmatched: 1, accepted: 0, rejected: 0, noted: 0 });
    const after: { n: string }[] = await ds.query(`SELECT count(*)::text AS n FROM claim_events`);
    expect(after[0].n).toBe(before[0].n);
    const rows: { reason: string; type: string; reference: Record<string, unknown>; acknowledgment_id: string }[] = await ds.query(
      `SELECT reason, type, reference, acknowledgment_id FROM unmatched_acknowledgments WHERE acknowledgment_id = ANY($1::uuid[]) ORDER BY created_at, type`, [[ta1.id, ak.id, ca.id]]);
    expect(rows.map((r) => [r.type, r.reason]).sort()).toEqual([['277CA', 'no_claim'], ['999', 'no_submission'], ['TA1', 'no_submission']]);
    expect(rows.find((r) => r.type === '277CA')!.reference).toMatchObject({ patientControlNumber: 'NEVERSENT01', payerClaimControlNumber: 'PC9' });
    expect(rows.find((r) => r.type === 'TA1')!.reference).toMatchObject({ isa13: '987654321' });
    // A known group but an ST02 we never sent: the set is unmatched, the rest applied.
    const b = await batch(1);
    const partial = await acks.ingest(ack999File(P, nextIsa(), await gs06Of(b), [{ st02: b.claims[0].st02, ik5: 'A' }, { st02: '9999', ik5: 'R' }], { code: 'P', included: 2, received: 2, accepted: 1 }), { fileName: 'partial.999', source: 'test' });
    expect(partial.summary).toMatchObject({ accepted: 1, unmatched: 1 });
  });

  it('the same file twice is applied once and recorded as a duplicate; two at once also apply once', async () => {
    const b = await batch(2);
    const file = await accept999(b);
    const first = await acks.ingest(file, { fileName: 'x.999', source: 'test' });
    const eventsAfterFirst = (await claimStore.history(b.claims[0].id)).length;
    const again = await acks.ingest(file, { fileName: 'x-copy.999', source: 'test' });
    expect(again).toMatchObject({ status: 'duplicate', duplicateOf: first.id, summary: { accepted: 0, rejected: 0 } });
    expect((await claimStore.history(b.claims[0].id)).length).toBe(eventsAfterFirst);
    const rows: { status: string; duplicate_of: string | null }[] = await ds.query(`SELECT status, duplicate_of FROM acknowledgments WHERE sha256 = $1 ORDER BY received_at`, [first.sha256]);
    expect(rows).toEqual([{ status: 'applied', duplicate_of: null }, { status: 'duplicate', duplicate_of: first.id }]);

    const c = await batch(2);
    const race = await accept999(c);
    const results = await Promise.all([acks.ingest(race, { source: 'test' }), acks.ingest(race, { source: 'test' })]);
    expect(results.map((r) => r.status).sort()).toEqual(['applied', 'duplicate']);
    for (const claim of c.claims) {
      const history = await claimStore.history(claim.id);
      expect(history.filter((e) => e.cause === 'acknowledgment.999')).toHaveLength(1);
    }
  });

  it('a step that does not fit the claim\'s state is recorded with a flag and does not move it', async () => {
    const b = await batch(1);
    const [claim] = b.claims;
    await acks.ingest(await accept999(b), { source: 'test' });
    await new TypeormUnitOfWork(ds).run((tx) => claimStore.transition(tx, claim.id, 'paid' as ClaimStatus, 'remittance', { remittanceId: randomUUID(), clp02: '1', paid: '150.00' }));
    const res = await acks.ingest(ack277File(P, nextIsa(), [{ pcn: claim.pcn, stc: 'A7:21', action: 'U', charge: '150' }]), { source: 'test' });
    expect(res.summary).toMatchObject({ flagged: 1, rejected: 0 });
    expect(await statusOf(claim.id)).toBe('paid');
    expect(await lastEvent(claim.id)).toMatchObject({ status: 'paid', previousStatus: 'paid', cause: 'acknowledgment.277ca', detail: { flag: 'unexpected_state', intendedStatus: 'rejected' } });
    const tl = await timelines.timeline(claim.id);
    expect(tl.events.at(-1)).toMatchObject({ flag: 'unexpected_state' });
    expect(tl.events.at(-2)).toMatchObject({ status: 'paid', links: { remittanceId: expect.any(String) }, description: expect.stringContaining('835 remittance') });
    // A repeated 999 (another file, same answer) is noted as repeated.
    const repeat = await acks.ingest(await accept999(b), { source: 'test' });
    expect(repeat.summary).toMatchObject({ flagged: 1 });
  });
});
