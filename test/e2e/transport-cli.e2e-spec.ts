// `x12gw submissions list|retry` and `x12gw inbound-files list` against a gateway's PostgreSQL
// database: the same views as the API, dead letters replayed from the command line.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli';
import { OutboundDeliveryWorker } from '../../src/clearinghouses/outbound/outbound-delivery.worker';
import { claimFixture, uniquePcn } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { profileDir, profileYaml } from '../support/transport';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('transport commands', () => {
  let t: TestGateway;
  let root: string;
  let profiles: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-cli-folder-'));
    profiles = profileDir({ local: profileYaml('local', 'folder', `{ outbox: ${root}/out, inbox: ${root}/in, acknowledge: delete }`) });
    t = await startTestGateway('postgres', { LOG_LEVEL: 'silent', CLEARINGHOUSES_DIR: profiles });
    env = { DATABASE_URL: t.database.url!, CLEARINGHOUSES_DIR: profiles, LOG_LEVEL: 'silent', X12GW_SANDBOX_DIR: root };
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(profiles, { recursive: true, force: true });
  });

  /** Stores a claim through the API and batches it; returns the submission id (no worker runs here). */
  async function submitAndBatch(writer: string): Promise<string> {
    const body = claimFixture('professional-office-visit');
    body.claimInformation.patientControlNumber = uniquePcn();
    await t.http.post('/v1/claims/professional').set('Authorization', `Bearer ${writer}`).send(body).expect(200);
    const batch = await t.http.post('/v1/batches').set('Authorization', `Bearer ${writer}`).send({}).expect(200);
    return batch.body.submissions[0].id;
  }

  /** The table queue's dead letter for a submission, as the bus leaves it after the last attempt. */
  async function deadLetter(id: string, error: string): Promise<void> {
    await t.gateway.dataSource.query(
      `INSERT INTO queue_messages (queue, id, topic, body, attempts, status, last_error) VALUES ('outbound.local', $1, 'outbound.local', $2::jsonb, 8, 'dead', $3)`,
      [id, JSON.stringify({ submissionId: id, clearinghouseId: 'local' }), error],
    );
  }

  it('lists submissions with their delivery state, and replays a dead-lettered one', async () => {
    const writer = await t.key(['claims:write']);
    const id = await submitAndBatch(writer);

    const listed = capture();
    expect(await run(['node', 'x12gw', 'submissions', 'list', '--json'], listed.io, env)).toBe(0);
    expect(JSON.parse(listed.out[0]).items).toEqual([expect.objectContaining({ id, status: 'queued', delivery: { attempts: 0, lastError: null, remoteName: null, transmittedAt: null } })]);

    const early = capture();
    expect(await run(['node', 'x12gw', 'submissions', 'retry', id], early.io, env)).toBe(1);
    expect(early.err.join('\n')).toContain('SUBMISSION_NOT_RETRYABLE');

    // As the delivery worker and the table queue leave it after the last attempt (no worker runs here).
    await t.gateway.dataSource.query(`UPDATE submissions SET status = 'dead_lettered', delivery_attempts = 8, last_error = 'TRANSPORT_UNREACHABLE: connect ECONNREFUSED' WHERE id = $1`, [id]);
    await deadLetter(id, 'TRANSPORT_UNREACHABLE');
    const dead = capture();
    expect(await run(['node', 'x12gw', 'submissions', 'list', '--status', 'dead_lettered'], dead.io, env)).toBe(0);
    expect(dead.out).toEqual([expect.stringMatching(new RegExp(`^${id}\\s+dead_lettered .*after 8 attempt\\(s\\): TRANSPORT_UNREACHABLE`))]);

    const retried = capture();
    expect(await run(['node', 'x12gw', 'submissions', 'retry', id, '--json'], retried.io, env)).toBe(0);
    expect(JSON.parse(retried.out[0])).toMatchObject({ id, status: 'queued', delivery: { attempts: 0 } });
    // The message is back on the clearinghouse's queue for the delivery worker.
    const queued = await t.gateway.dataSource.query(`SELECT queue, status FROM queue_messages WHERE id = $1`, [id]);
    expect(queued).toEqual([{ queue: 'outbound.local', status: 'ready' }]);
  });

  it('retries a submission the bus dead-lettered while its status still says queued (a consumer died on the last attempt)', async () => {
    const writer = await t.key(['claims:write']);
    const id = await submitAndBatch(writer);
    await deadLetter(id, 'DELIVERY_LIMIT');
    // The worker's dead-letter check makes it visible as dead_lettered.
    expect(await t.gateway.app.get(OutboundDeliveryWorker).reconcileDeadLetters()).toBe(1);
    const listed = await t.http.get('/v1/submissions?status=dead_lettered').set('Authorization', `Bearer ${writer}`).expect(403);
    expect(listed.body.code).toBe('MISSING_SCOPE');
    const reader = await t.key(['claims:read']);
    const dead = await t.http.get('/v1/submissions?status=dead_lettered').set('Authorization', `Bearer ${reader}`).expect(200);
    expect(dead.body.items).toEqual([expect.objectContaining({ id, status: 'dead_lettered', delivery: expect.objectContaining({ attempts: 8, lastError: 'DELIVERY_LIMIT' }) })]);
    expect(await t.gateway.app.get(OutboundDeliveryWorker).reconcileDeadLetters()).toBe(0);

    const retried = await t.http.post(`/v1/submissions/${id}/retry`).set('Authorization', `Bearer ${writer}`).expect(202);
    expect(retried.body).toMatchObject({ id, status: 'queued' });
    expect(await t.gateway.dataSource.query(`SELECT status FROM queue_messages WHERE id = $1`, [id])).toEqual([{ status: 'ready' }]);
    // Not in the dead-letter queue any more, and not dead-lettered by status: nothing to retry.
    const again = await t.http.post(`/v1/submissions/${id}/retry`).set('Authorization', `Bearer ${writer}`).expect(409);
    expect(again.body.code).toBe('SUBMISSION_NOT_RETRYABLE');
  });

  it('lists inbound files, refusing a status that does not exist', async () => {
    const none = capture();
    expect(await run(['node', 'x12gw', 'inbound-files', 'list'], none.io, env)).toBe(0);
    expect(none.out).toEqual(['no inbound files']);
    const bad = capture();
    expect(await run(['node', 'x12gw', 'inbound-files', 'list', '--status', 'lost'], bad.io, env)).toBe(1);
    expect(bad.err.join('\n')).toContain('INVALID_QUERY');
  });
});
