// The claim's whole journey, driven through HTTP for the journey-*.e2e-spec tests: submit sample
// claims, batch, wait for the workers to deliver, let the sandbox responder answer wave by wave
// (TA1, 999, 277CA, 835, the order and pace of a real clearinghouse), poll and wait for the router
// after each wave, then read every claim's timeline and payments.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type TestAgent from 'supertest/lib/agent';
import { SANDBOX_ANSWER_KINDS, type SandboxResponder } from '../../src/clearinghouses/sandbox/sandbox-responder';
import { eventually } from './transport';

type Json = Record<string, any>;

const SAMPLES = path.resolve(__dirname, '../../edi-samples/claims');

export interface JourneyClaim {
  name: string;
  kind: 'professional' | 'institutional' | 'dental';
  body: Json;
}

function sample(file: string): Json {
  return JSON.parse(fs.readFileSync(path.join(SAMPLES, `${file}.json`), 'utf8')) as Json;
}

/**
 * Claims whose ends the sandbox's rules decide (edi-samples/sandbox/README.md):
 * - `office-visit`: 99213 at 120.00 → allowed 90.00, CO-45 30.00, PR-3 copay 25.00: paid 65.00, partially paid;
 * - `line-denials`: 97110 and 96127 lines denied (CO-50, CO-97), the others paid: partially paid;
 * - `inpatient`: an 837I, REF*BLT and revenue-code lines: partially paid;
 * - `member-rej`: member ID REJ… → 277CA A7:164, rejected, never paid;
 * - `member-term`: member ID TERM… → CLP02 4 with CO-27 on every line, denied.
 */
export function journeyClaims(): JourneyClaim[] {
  const visit = (pcn: string, memberId?: string): Json => {
    const body = sample('837p-office-visit-one-line');
    body.claimInformation.patientControlNumber = pcn;
    body.claimInformation.serviceLines.forEach((l: Json, i: number) => (l.providerControlNumber = `${pcn}-${i + 1}`));
    if (memberId) body.subscriber.memberId = memberId;
    return body;
  };
  return [
    { name: 'office-visit', kind: 'professional', body: visit('JRNVISIT01') },
    { name: 'line-denials', kind: 'professional', body: sample('837p-many-lines-twelve-diagnoses') },
    { name: 'inpatient', kind: 'institutional', body: sample('837i-inpatient-admission') },
    { name: 'member-rej', kind: 'professional', body: visit('JRNREJ0001', 'REJ123456789') },
    { name: 'member-term', kind: 'professional', body: visit('JRNTERM001', 'TERM12345678') },
  ];
}

export interface JourneyResult {
  id: string;
  status: string;
  /** The timeline as [status, cause] pairs, in order. */
  steps: [string, string][];
  timeline: Json;
  payments: Json[];
}

export interface JourneyDriver {
  http: TestAgent;
  writer: string;
  reader: string;
  clearinghouseId: string;
  responder: SandboxResponder;
  /** How long each wait may take (a slow SFTP server or broker needs more than the default). */
  timeoutMs?: number;
}

export async function driveJourney(d: JourneyDriver, claims: JourneyClaim[]): Promise<Map<string, JourneyResult>> {
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const timeout = d.timeoutMs ?? 30_000;
  const ids = new Map<string, string>();
  for (const c of claims) {
    const res = await d.http.post(`/v1/claims/${c.kind}`).set(auth(d.writer)).send(c.body);
    if (res.status !== 200 || res.body.claim?.status !== 'ready') throw new Error(`${c.name}: intake answered ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
    ids.set(c.name, res.body.claim.id);
  }

  const batch = await d.http.post('/v1/batches').set(auth(d.writer)).send({ clearinghouseId: d.clearinghouseId });
  if (batch.status !== 200) throw new Error(`batch answered ${batch.status} ${JSON.stringify(batch.body)}`);
  const submissions = batch.body.submissions as Json[];
  const batched = submissions.reduce((n, s) => n + Number(s.claimCount), 0);
  if (batched !== claims.length) throw new Error(`batched ${batched} of ${claims.length} claims: ${JSON.stringify(batch.body).slice(0, 800)}`);
  for (const s of submissions) {
    await eventually(
      async () => {
        const now = (await d.http.get(`/v1/submissions/${s.id}`).set(auth(d.reader))).body;
        if (now.status === 'dead_lettered') throw new Error(`submission ${s.isa13} dead-lettered: ${now.delivery?.lastError}`);
        return now.status === 'transmitted' ? true : undefined;
      },
      `submission ${s.isa13} to be transmitted`,
      timeout,
    );
  }

  for (const kind of SANDBOX_ANSWER_KINDS) {
    const scan = await d.responder.scan([kind]);
    const written = scan.answered.reduce((n, a) => n + a.responses.length, 0);
    if (written === 0) throw new Error(`the sandbox responder wrote no ${kind} file`);
    // An SFTP listing may lag a local write by nothing, but poll until every answer is taken in.
    const received: string[] = [];
    await eventually(
      async () => {
        const poll = await d.http.post(`/v1/clearinghouses/${d.clearinghouseId}/poll`).set(auth(d.writer));
        if (poll.status !== 200 || poll.body.error) throw new Error(`poll answered ${poll.status} ${JSON.stringify(poll.body)}`);
        received.push(...(poll.body.received as Json[]).map((r) => String(r.id)));
        return received.length >= written ? true : undefined;
      },
      `the ${written} ${kind} file(s) to be picked up`,
      timeout,
    );
    await eventually(
      async () => {
        const files = await Promise.all(received.map(async (id) => (await d.http.get(`/v1/inbound-files/${id}`).set(auth(d.reader))).body as Json));
        const quarantined = files.filter((f) => f.status === 'quarantined');
        if (quarantined.length > 0) throw new Error(`quarantined: ${JSON.stringify(quarantined.map((f) => [f.fileName, f.quarantine]))}`);
        return files.every((f) => f.status === 'processed') ? true : undefined;
      },
      `the ${kind} files to be routed`,
      timeout,
    );
  }

  const results = new Map<string, JourneyResult>();
  for (const [name, id] of ids) {
    const timeline = (await d.http.get(`/v1/claims/${id}/timeline`).set(auth(d.reader)).expect(200)).body as Json;
    const payments = ((await d.http.get(`/v1/payments?claimId=${id}`).set(auth(d.reader)).expect(200)).body.items as Json[]).reverse();
    results.set(name, { id, status: timeline.status, steps: (timeline.events as Json[]).map((e) => [e.status, e.cause]), timeline, payments });
  }
  return results;
}

/** The steps every claim takes up to the 999, as [status, cause]. */
export const THROUGH_999: [string, string][] = [
  ['received', 'intake.api'],
  ['ready', 'scrub'],
  ['batched', 'batching'],
  ['transmitted', 'transmission'],
  ['transmitted', 'acknowledgment.ta1'],
  ['accepted_by_clearinghouse', 'acknowledgment.999'],
];

/**
 * The service lines the payer denied — paid nothing for a reason other than the contractual write-off
 * (CO-45) or the patient's share (PR) — as "<procedure> <group>-<reason>".
 */
export function deniedLines(c: JourneyResult): string[] {
  return c.payments.flatMap((p) =>
    (p.services as Json[])
      .filter((s) => Number(s.paid) === 0 && (s.adjustments as Json[]).some((a) => a.group !== 'PR' && !(a.group === 'CO' && a.reason === '45')))
      .map((s) => `${s.procedure?.code} ${(s.adjustments as Json[]).map((a) => `${a.group}-${a.reason}`).join(' ')}`),
  );
}

/** The checks every journey test makes on the claims of journeyClaims(), as `it` blocks. */
export function journeyExpectations(results: () => Map<string, JourneyResult>): void {
  const get = (name: string) => results().get(name)!;

  it('pays a one-line office visit less the write-off and the copay: paid, every step in order', () => {
    const c = get('office-visit');
    expect(c.steps).toEqual([...THROUGH_999, ['accepted_by_payer', 'acknowledgment.277ca'], ['paid', 'remittance']]);
    expect(c.payments).toHaveLength(1);
    expect(c.payments[0]).toMatchObject({ statusCode: '1', charge: '120.00', paid: '65.00' });
  });

  it('records line denials (97110, 96127) and pays the rest: partially paid', () => {
    const c = get('line-denials');
    expect(c.steps).toEqual([...THROUGH_999, ['accepted_by_payer', 'acknowledgment.277ca'], ['partially_paid', 'remittance']]);
    expect(c.payments[0]).toMatchObject({ statusCode: '1', charge: '564.75', paid: '224.68' });
    expect(deniedLines(c)).toEqual(['97110 CO-50', '96127 CO-97']);
  });

  it('carries an 837I through the same journey', () => {
    const c = get('inpatient');
    expect(c.steps).toEqual([...THROUGH_999, ['accepted_by_payer', 'acknowledgment.277ca'], ['paid', 'remittance']]);
    expect(c.payments[0]).toMatchObject({ statusCode: '1', charge: '25635.40', paid: '16366.66' });
  });

  it('stops a claim the 277CA rejects (A7:164) and posts nothing for it', () => {
    const c = get('member-rej');
    expect(c.status).toBe('rejected');
    expect(c.steps).toEqual([...THROUGH_999, ['rejected', 'acknowledgment.277ca']]);
    expect(c.timeline.events.at(-1).description).toMatch(/277CA rejected: category A7 .*status 164/);
    expect(c.payments).toEqual([]);
  });

  it('denies a terminated member (CLP02 4, CO-27): denied with nothing paid', () => {
    const c = get('member-term');
    expect(c.steps).toEqual([...THROUGH_999, ['accepted_by_payer', 'acknowledgment.277ca'], ['denied', 'remittance']]);
    expect(c.payments[0]).toMatchObject({ statusCode: '4', charge: '120.00', paid: '0.00' });
  });

  it('links every acknowledgment event to its file and every payment to its remittance', () => {
    for (const [, c] of results()) {
      for (const e of c.timeline.events.filter((x: { cause: string }) => x.cause.startsWith('acknowledgment.'))) expect(e.links).toMatchObject({ acknowledgmentId: expect.any(String), acknowledgmentFile: expect.stringMatching(/^\d{9}\.(ta1|999|277)$/) });
      for (const e of c.timeline.events.filter((x: { cause: string }) => x.cause === 'remittance')) expect(e.links.remittanceId).toEqual(expect.any(String));
    }
  });
}
