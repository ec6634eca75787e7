// BatchingService with in-memory ports and a stand-in renderer: grouping, routing, limits, claims a
// file cannot take, and all-or-nothing interchanges. The SQL side is in test/integration.
import { createHash } from 'node:crypto';
import pino from 'pino';
import type { ClaimStatus } from '../claims/claim-status';
import { ClaimStore } from '../claims/claim-store.port';
import { parseClearinghouseProfile, type ClearinghouseProfile } from '../clearinghouses/clearinghouse-profile';
import { ClearinghouseRegistry } from '../clearinghouses/clearinghouse-registry';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import { UnitOfWork, type Tx } from '../persistence/unit-of-work';
import { BatchingService } from './batching.service';
import { Claim837Renderer, type Render837Input, type Render837Output } from './claim-837-renderer.port';
import { Clock } from './clock';
import { ControlNumberLedger, controlNumberOfSerial, type AllocatedControlNumbers, type ControlNumberRequest } from './control-number-ledger.port';
import { ReadyClaims, type ReadyClaim, type ReadyQueue } from './ready-claims.port';
import { SubmissionStore, type NewSubmission, type SubmissionClaim } from './submission-store.port';
import { Outbox, type OutboxMessage } from '../messaging/outbox.port';

interface FakeClaim {
  id: string;
  payerId: string;
  kind: ReadyQueue['kind'];
  usage: ReadyQueue['usage'];
  status: ClaimStatus;
  pcn: string;
  /** Bytes the stand-in renderer writes for the claim. */
  size: number;
  /** BHT06 */
  identifier?: string;
}

class World {
  claims: FakeClaim[] = [];
  counters = new Map<string, number>();
  submissions: { submission: NewSubmission; claims: SubmissionClaim[] }[] = [];
  events: { claimId: string; to: string; cause: string; detail: Record<string, unknown> | null }[] = [];
  outbox: OutboxMessage[] = [];

  snapshot(): () => void {
    const claims = this.claims.map((c) => ({ ...c }));
    const counters = new Map(this.counters);
    const submissions = [...this.submissions];
    const events = [...this.events];
    const outbox = [...this.outbox];
    return () => {
      this.outbox = outbox;
      this.claims = claims;
      this.counters = counters;
      this.submissions = submissions;
      this.events = events;
    };
  }
}

class FakeOutbox extends Outbox {
  constructor(private readonly world: World) {
    super();
  }
  async add(_tx: Tx, message: OutboxMessage): Promise<void> {
    this.world.outbox.push(message);
  }
}

class FakeUnitOfWork extends UnitOfWork {
  constructor(private readonly world: World) {
    super();
  }
  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const restore = this.world.snapshot();
    try {
      return await work({} as Tx);
    } catch (err) {
      restore();
      throw err;
    }
  }
}

class FakeReadyClaims extends ReadyClaims {
  constructor(private readonly world: World) {
    super();
  }
  async queues(): Promise<ReadyQueue[]> {
    const out = new Map<string, ReadyQueue>();
    for (const c of this.world.claims.filter((c) => c.status === 'ready')) {
      const key = `${c.payerId}|${c.kind}|${c.usage}`;
      const q = out.get(key) ?? { payerId: c.payerId, kind: c.kind, usage: c.usage, claims: 0 };
      q.claims++;
      out.set(key, q);
    }
    return [...out.values()];
  }
  async lockOldest(_tx: Tx, q: Omit<ReadyQueue, 'claims'>, limit: number, exclude: readonly string[]): Promise<ReadyClaim[]> {
    return this.world.claims
      .filter((c) => c.status === 'ready' && c.payerId === q.payerId && c.kind === q.kind && c.usage === q.usage && !exclude.includes(c.id))
      .slice(0, limit)
      .map((c) => ({ id: c.id, patientControlNumber: c.pcn, document: { claimIdentifier: c.identifier ?? 'CH', claimInformation: { patientControlNumber: c.pcn }, size: c.size } as never }));
  }
}

class FakeLedger extends ControlNumberLedger {
  constructor(private readonly world: World) {
    super();
  }
  async allocate(_tx: Tx, r: ControlNumberRequest): Promise<AllocatedControlNumbers> {
    const take = (kind: string, n: number) => {
      const key = `${kind}|${r.sender}|${r.receiver}`;
      const last = this.world.counters.get(key) ?? 0;
      this.world.counters.set(key, last + n);
      return Array.from({ length: n }, (_, i) => ({ serial: last + i + 1, value: controlNumberOfSerial(last + i + 1) }));
    };
    return { interchanges: take('isa', r.interchanges), groups: take('gs', r.groups), transactions: take('st', r.transactions) };
  }
  async lastIssued(): Promise<never> {
    throw new Error('not used');
  }
}

class FakeSubmissions extends SubmissionStore {
  failNext = false;
  constructor(private readonly world: World) {
    super();
  }
  async insert(_tx: Tx, submission: NewSubmission, claims: readonly SubmissionClaim[]): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('disk full');
    }
    this.world.submissions.push({ submission, claims: [...claims] });
  }
  async findById(): Promise<null> {
    return null;
  }
  async list(): Promise<never> {
    throw new Error('not used');
  }
  async claimsOf(): Promise<SubmissionClaim[]> {
    return [];
  }
  async file(): Promise<null> {
    return null;
  }
}

class FakeClaimStore extends ClaimStore {
  constructor(private readonly world: World) {
    super();
  }
  async transition(_tx: Tx, claimId: string, to: ClaimStatus, cause: string, detail: Record<string, unknown> | null) {
    const claim = this.world.claims.find((c) => c.id === claimId)!;
    this.world.events.push({ claimId, to, cause, detail });
    claim.status = to;
    return { sequence: 2, status: to, previousStatus: 'ready', cause, detail, occurredAt: new Date() };
  }
  async transitionMany(tx: Tx, moves: { claimId: string; detail: Record<string, unknown> | null }[], to: ClaimStatus, cause: string) {
    for (const move of moves) await this.transition(tx, move.claimId, to, cause, move.detail);
    return moves.length;
  }
  insert = () => Promise.reject(new Error('not used'));
  findById = () => Promise.reject(new Error('not used'));
  history = () => Promise.reject(new Error('not used'));
  findLiveOriginal = () => Promise.reject(new Error('not used'));
  list = () => Promise.reject(new Error('not used'));
  lockById = () => Promise.reject(new Error('not used'));
  payerClaimNumber = () => Promise.reject(new Error('not used'));
  replacementsOf = () => Promise.reject(new Error('not used'));
}

/**
 * Writes a 100-byte header, 20 bytes per ST/SE, and `size` bytes per claim (at least the CLM line).
 * A claim whose PCN starts with BAD is refused like the strict writer would.
 */
class StandInRenderer extends Claim837Renderer {
  calls = 0;
  /** Whether errors carry the flattened `claimIndex` like Render837Error does. */
  errorsNameClaim = true;
  render(input: Render837Input): Render837Output {
    this.calls++;
    let text = `ISA*${String(input.controlNumbers.isa13).padStart(9, '0')}*${input.parties.usage}*GS*${input.controlNumbers.gs06}`.padEnd(100, '.') + '\n';
    let flat = 0;
    const transactions = input.transactions.map((docs, t) => {
      const st02 = String(input.controlNumbers.st02[t]).padStart(4, '0');
      text += `ST*${st02}`.padEnd(10, '.') + '\n';
      const claims = docs.map((doc, i) => {
        const index = flat++;
        const d = doc as unknown as { claimIdentifier: string; claimInformation: { patientControlNumber: string }; size: number };
        if (d.claimIdentifier !== (docs[0] as unknown as { claimIdentifier: string }).claimIdentifier) {
          throw Object.assign(new Error('BHT06: claims with different claimIdentifier cannot share a transaction set'), { code: 'INVALID_VALUE', claimIndex: index });
        }
        if (d.claimInformation.patientControlNumber.startsWith('BAD')) {
          throw Object.assign(new Error('CLM01 holds a character outside the X12 character set'), { code: 'INVALID_CHARACTER', ...(this.errorsNameClaim ? { claimIndex: index } : {}) });
        }
        text += `CLM*${d.claimInformation.patientControlNumber}*`.padEnd(Math.max(d.size - 1, 10), '.') + '\n';
        return { index, patientControlNumber: d.claimInformation.patientControlNumber, loop2300: { firstSegment: 10 * i + 5, lastSegment: 10 * i + 14 } };
      });
      text += `SE*${st02}`.padEnd(9, '.') + '\n';
      // Like the real writer, report claims in its own (grouped) order, not the input order.
      return { st02, segmentCount: 10 * docs.length + 6, claims: claims.reverse() };
    });
    return { text, byteLength: Buffer.byteLength(text), transactions };
  }
}

class FixedClock extends Clock {
  now(): Date {
    return new Date('2025-03-11T14:05:00Z');
  }
}

function profile(id: string, payers: string[] | '*', overrides: Record<string, unknown> = {}): ClearinghouseProfile {
  return parseClearinghouseProfile(
    {
      id,
      name: id,
      adapter: 'sandbox',
      isa: { senderQualifier: 'ZZ', senderId: 'SUB', receiverQualifier: 'ZZ', receiverId: id.toUpperCase() },
      gs: { senderId: 'SUB', receiverId: id.toUpperCase() },
      usage: 'P',
      submitter: { name: 'SUBMITTER', id: 'SUB', email: 'edi@example.com' },
      receiver: { name: id.toUpperCase(), id: id.toUpperCase() },
      payers,
      ...overrides,
    },
    `${id}.yaml`,
  );
}

describe('BatchingService', () => {
  let world: World;
  let renderer: StandInRenderer;
  let submissionStore: FakeSubmissions;
  let n = 0;

  function claims(count: number, over: Partial<FakeClaim> = {}): FakeClaim[] {
    const made = Array.from({ length: count }, () => {
      n++;
      return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, payerId: '11111', kind: 'professional' as const, usage: 'T' as const, status: 'ready' as ClaimStatus, pcn: `PCN${n}`, size: 200, ...over };
    });
    world.claims.push(...made);
    return made;
  }

  function service(...profiles: ClearinghouseProfile[]): BatchingService {
    return new BatchingService(
      new ClearinghouseRegistry(profiles),
      new FakeReadyClaims(world),
      new FakeLedger(world),
      submissionStore,
      new FakeClaimStore(world),
      new FakeUnitOfWork(world),
      renderer,
      new FixedClock(),
      pino({ level: 'silent' }),
      new FakeOutbox(world),
    );
  }

  const status = (c: FakeClaim) => world.claims.find((x) => x.id === c.id)!.status;

  beforeEach(() => {
    world = new World();
    renderer = new StandInRenderer();
    submissionStore = new FakeSubmissions(world);
  });

  it('makes one interchange per clearinghouse × payer × kind × usage, numbered per sender/receiver pair', async () => {
    const a = claims(2, { payerId: '11111' });
    const b = claims(1, { payerId: '11111', kind: 'institutional' });
    const c = claims(1, { payerId: '22222' });
    const d = claims(1, { payerId: '22222', usage: 'P' });
    const result = await service(profile('alpha', ['11111']), profile('beta', '*')).run();

    const made = result.submissions.map((s) => [s.clearinghouseId, s.payerId, s.kind, s.usage, s.isa13, s.claimCount]);
    expect(made).toEqual([
      ['alpha', '11111', 'professional', 'T', '000000001', 2],
      ['alpha', '11111', 'institutional', 'T', '000000002', 1],
      ['beta', '22222', 'professional', 'T', '000000001', 1],
      ['beta', '22222', 'professional', 'P', '000000002', 1],
    ]);
    for (const claim of [...a, ...b, ...c, ...d]) expect(status(claim)).toBe('batched');
    expect(result.skipped).toEqual([]);
    expect(result.held).toEqual([]);
    // ISA15 is the claims' usage, not the connection's.
    expect(world.submissions[3].submission.fileText).toContain('*P*GS');
    expect(world.submissions[2].submission.fileText).toContain('*T*GS');
  });

  it('stores the file with its sha256, control numbers, name and claim rows, and records why each claim moved', async () => {
    const [first, second] = claims(2);
    const result = await service(profile('alpha', '*')).run();
    const [{ submission, claims: rows }] = world.submissions;
    expect(submission).toMatchObject({ clearinghouseId: 'alpha', status: 'queued', isaSender: 'ZZ:SUB', isaReceiver: 'ZZ:ALPHA', isa13: 1, isa13Serial: 1, gs06: 1, st02: ['0001'], claimCount: 2 });
    expect(submission.fileName).toBe('alpha-837P-T-000000001.x12');
    expect(submission.sha256).toBe(createHash('sha256').update(submission.fileText).digest('hex'));
    expect(submission.byteLength).toBe(Buffer.byteLength(submission.fileText));
    expect(rows).toEqual([
      { claimId: first.id, transactionIndex: 0, st02: '0001', claimIndex: 0, patientControlNumber: first.pcn, loop2300: { firstSegment: 5, lastSegment: 14 } },
      { claimId: second.id, transactionIndex: 0, st02: '0001', claimIndex: 1, patientControlNumber: second.pcn, loop2300: { firstSegment: 15, lastSegment: 24 } },
    ]);
    expect(world.events).toEqual([
      { claimId: first.id, to: 'batched', cause: 'batching', detail: { submissionId: submission.id, isa13: '000000001', gs06: '1', st02: '0001' } },
      { claimId: second.id, to: 'batched', cause: 'batching', detail: { submissionId: submission.id, isa13: '000000001', gs06: '1', st02: '0001' } },
    ]);
    expect(result.submissions[0]).toMatchObject({ id: submission.id, isa13: '000000001', gs06: '1', st02: ['0001'], transactionCount: 1, href: `/v1/submissions/${submission.id}`, createdAt: '2025-03-11T14:05:00.000Z' });
    // The delivery is announced in the same transaction, keyed by the submission id.
    expect(world.outbox).toEqual([{ id: submission.id, topic: 'outbound.alpha', body: { submissionId: submission.id, clearinghouseId: 'alpha' } }]);
  });

  it('splits by claims per transaction set and transaction sets per group', async () => {
    claims(7);
    const result = await service(profile('alpha', '*', { limits: { claimsPerTransaction: 2, transactionsPerGroup: 2 } })).run();
    expect(result.submissions.map((s) => s.st02)).toEqual([
      ['0001', '0002'],
      ['0003', '0004'],
    ]);
    expect(result.submissions.map((s) => s.claimCount)).toEqual([4, 3]);
    expect(result.submissions.map((s) => s.isa13)).toEqual(['000000001', '000000002']);
    expect(world.submissions[0].claims.map((c) => [c.transactionIndex, c.st02, c.claimIndex])).toEqual([
      [0, '0001', 0],
      [0, '0001', 1],
      [1, '0002', 0],
      [1, '0002', 1],
    ]);
    expect(world.submissions[1].claims.map((c) => [c.transactionIndex, c.st02, c.claimIndex])).toEqual([
      [0, '0003', 0],
      [0, '0003', 1],
      [1, '0004', 0],
    ]);
  });

  it('puts claims and encounters (BHT06 CH and RP) in separate transaction sets of one file', async () => {
    const made = [...claims(1), ...claims(2, { identifier: 'RP' }), ...claims(2)];
    const result = await service(profile('alpha', '*', { limits: { claimsPerTransaction: 2 } })).run();
    expect(result.skipped).toEqual([]);
    expect(result.submissions.map((s) => s.st02)).toEqual([['0001', '0002', '0003']]);
    const sets = world.submissions[0].claims.map((c) => [c.st02, made.findIndex((m) => m.id === c.claimId)]);
    expect(sets).toEqual([
      ['0001', 0],
      ['0001', 3],
      ['0002', 4],
      ['0003', 1],
      ['0003', 2],
    ]);
  });

  it('keeps every file within bytesPerFile and sends the oldest claims first', async () => {
    const made = claims(10, { size: 1000 });
    const result = await service(profile('alpha', '*', { limits: { bytesPerFile: 3500 } })).run();
    for (const s of world.submissions) expect(s.submission.byteLength).toBeLessThanOrEqual(3500);
    expect(result.submissions.map((s) => s.claimCount)).toEqual([3, 3, 3, 1]);
    expect(world.submissions.flatMap((s) => s.claims.map((c) => c.claimId))).toEqual(made.map((c) => c.id));
  });

  it('fills a file past the first read with as many claims as fit', async () => {
    claims(1300, { size: 50 });
    const result = await service(profile('alpha', '*')).run();
    expect(result.submissions.map((s) => s.claimCount)).toEqual([1300]);
    const small = await (async () => {
      world = new World();
      submissionStore = new FakeSubmissions(world);
      claims(1300, { size: 50 });
      return service(profile('alpha', '*', { limits: { bytesPerFile: 40_000 } })).run();
    })();
    const counts = small.submissions.map((s) => s.claimCount);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1300);
    for (const s of world.submissions) expect(s.submission.byteLength).toBeLessThanOrEqual(40_000);
    // Files are full: each but the last holds as many claims as the limit allows (50 bytes each).
    for (const c of counts.slice(0, -1)) expect(c).toBeGreaterThan((40_000 - 200) / 50 - 5);
  });

  it('leaves a claim that alone exceeds bytesPerFile ready, and batches the others', async () => {
    const [small1] = claims(1, { size: 500 });
    const [big] = claims(1, { size: 5000 });
    const [small2] = claims(1, { size: 500 });
    const result = await service(profile('alpha', '*', { limits: { bytesPerFile: 4096 } })).run();
    expect(result.skipped).toEqual([{ claimId: big.id, clearinghouseId: 'alpha', reason: 'LARGER_THAN_FILE_LIMIT', message: expect.stringContaining('at most 4096 bytes') }]);
    expect(status(big)).toBe('ready');
    expect(status(small1)).toBe('batched');
    expect(status(small2)).toBe('batched');
    // Files take the oldest claims in order, so the big one in the middle ends the first file.
    expect(result.submissions.map((s) => s.claimCount)).toEqual([1, 1]);
  });

  it.each([
    ['names the claim', true],
    ['does not name the claim', false],
  ])('leaves claims the 837 writer refuses ready, with the writer error code, and batches the others (error %s)', async (_name, names) => {
    renderer.errorsNameClaim = names;
    const [good1] = claims(1);
    const [bad1] = claims(1, { pcn: 'BAD*1' });
    const [good2] = claims(1);
    const [bad2] = claims(1, { pcn: 'BAD*2' });
    const [bad3] = claims(1, { pcn: 'BAD*3' });
    const result = await service(profile('alpha', '*', { limits: { claimsPerTransaction: 2 } })).run();
    expect(result.skipped).toEqual(
      [bad1, bad2, bad3].map((bad) => ({ claimId: bad.id, clearinghouseId: 'alpha', reason: 'RENDER_FAILED', code: 'INVALID_CHARACTER', message: expect.stringContaining('character set') })),
    );
    expect([good1, bad1, good2, bad2, bad3].map(status)).toEqual(['batched', 'ready', 'batched', 'ready', 'ready']);
    expect(result.submissions.map((s) => s.claimCount)).toEqual([2]);
  });

  it('holds production claims routed to a test connection, and claims no clearinghouse takes', async () => {
    const [prod] = claims(1, { usage: 'P', payerId: '11111' });
    const [orphan] = claims(1, { payerId: '99999' });
    const [test] = claims(1, { payerId: '11111' });
    const result = await service(profile('alpha', ['11111'], { usage: 'T' })).run();
    expect(result.held).toEqual([
      { payerId: '11111', kind: 'professional', usage: 'P', claims: 1, clearinghouseId: 'alpha', reason: 'USAGE_NOT_ALLOWED' },
      { payerId: '99999', kind: 'professional', usage: 'T', claims: 1, clearinghouseId: null, reason: 'NO_CLEARINGHOUSE' },
    ]);
    expect([status(prod), status(orphan), status(test)]).toEqual(['ready', 'ready', 'batched']);
  });

  it('batches one clearinghouse on request and refuses an unknown one', async () => {
    const [a] = claims(1, { payerId: '11111' });
    const [b] = claims(1, { payerId: '22222' });
    const s = service(profile('alpha', ['11111']), profile('beta', '*'));
    const result = await s.run({ clearinghouseId: 'beta' });
    expect(result.submissions.map((x) => x.clearinghouseId)).toEqual(['beta']);
    expect([status(a), status(b)]).toEqual(['ready', 'batched']);
    const err = await s.run({ clearinghouseId: 'gamma' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: ErrorCode.UnknownClearinghouse, details: { clearinghouses: ['alpha', 'beta'] } });
  });

  it('does nothing when no claim is ready', async () => {
    claims(2, { status: 'received' });
    claims(1, { status: 'invalid' });
    const result = await service(profile('alpha', '*')).run();
    expect(result).toEqual({ submissions: [], skipped: [], held: [] });
    expect(renderer.calls).toBe(0);
  });

  it('keeps an interchange all-or-nothing: a failure after numbering leaves claims ready and numbers unissued', async () => {
    const made = claims(3);
    submissionStore.failNext = true;
    const s = service(profile('alpha', '*'));
    await expect(s.run()).rejects.toThrow('disk full');
    for (const c of made) expect(status(c)).toBe('ready');
    expect(world.counters.size).toBe(0);
    expect(world.events).toEqual([]);
    expect(world.outbox).toEqual([]);
    const again = await s.run();
    expect(again.submissions.map((x) => [x.isa13, x.gs06, x.st02])).toEqual([['000000001', '1', ['0001']]]);
  });
});
