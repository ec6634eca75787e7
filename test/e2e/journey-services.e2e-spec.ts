// The claim's whole journey on the production shape: PostgreSQL, RabbitMQ (AMQP_URL), and the SFTP
// adapter talking to the real sshd, with the sandbox responder playing the clearinghouse on the
// server's side of the drop (its outbound/inbound folders on local disk, a subfolder per run).
// Intake over HTTP, batching, delivery over SFTP by the workers, TA1/999/277CA/835 picked up over
// SFTP and routed through the broker, each claim's timeline and payments read back over HTTP.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SandboxResponder } from '../../src/clearinghouses/sandbox/sandbox-responder';
import { startWorkers, type Workers } from '../../src/workers';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { driveJourney, journeyClaims, journeyExpectations, type JourneyResult } from '../support/journey';
import { profileDir } from '../support/transport';

const REQUIRED = ['DATABASE_URL', 'AMQP_URL', 'SFTP_HOST', 'SFTP_PORT', 'SFTP_USER', 'SFTP_PASSWORD', 'SFTP_HOST_KEY_SHA256', 'SFTP_ROOT'];

function sftpProfile(id: string, folder: string): string {
  return `id: ${id}
name: ${id} clearinghouse over SFTP
adapter: sftp
transport:
  host: ${process.env.SFTP_HOST}
  port: ${process.env.SFTP_PORT}
  username: ${process.env.SFTP_USER}
  passwordEnv: SFTP_PASSWORD
  hostKeySha256Env: SFTP_HOST_KEY_SHA256
  outboundDir: ${folder}/outbound
  inboundDir: ${folder}/inbound
  archiveDir: ${folder}/archive
  fileNamePattern: '{isa13}.837'
  connectTimeoutSeconds: 10
  operationTimeoutSeconds: 30
isa: { senderQualifier: ZZ, senderId: X12GW, receiverQualifier: ZZ, receiverId: X12GWSANDBOX, ackRequested: true }
gs: { senderId: X12GW, receiverId: X12GWSANDBOX }
usage: T
submitter: { name: X12GW SUBMITTER, id: X12GW, email: edi@example.com }
receiver: { name: SANDBOX CLEARINGHOUSE, id: X12GWSANDBOX }
payers: '*'
schedule: { batchEverySeconds: null, pollInboundEverySeconds: null }
`;
}

describe('the journey on PostgreSQL, RabbitMQ and SFTP (real sshd + sandbox responder)', () => {
  const missing = REQUIRED.filter((name) => !process.env[name]);
  if (missing.length > 0) throw new Error(`journey-services needs ${missing.join(', ')}: source /tmp/x12gw-services/env first`);

  // A subfolder of the SFTP user's root per run, so parallel test files never see our files.
  const folder = `journey-${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const local = path.join(process.env.SFTP_ROOT!, folder);
  // A clearinghouse id per run: its outbound queue on the shared broker is ours alone.
  const id = `sftp${randomBytes(3).toString('hex')}`;
  let t: TestGateway;
  let workers: Workers;
  let profiles: string;
  let state: string;
  let results: Map<string, JourneyResult>;

  beforeAll(async () => {
    // Made on disk as the SFTP user would own them, so the server lets the gateway write and rename.
    const owner = fs.statSync(process.env.SFTP_ROOT!);
    for (const dir of [local, path.join(local, 'outbound'), path.join(local, 'inbound')]) {
      fs.mkdirSync(dir);
      fs.chownSync(dir, owner.uid, owner.gid);
    }
    state = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-responder-'));
    profiles = profileDir({ [id]: sftpProfile(id, folder) });
    t = await startTestGateway('postgres', { LOG_LEVEL: 'silent', CLEARINGHOUSES_DIR: profiles, AMQP_URL: process.env.AMQP_URL!, SFTP_PASSWORD: process.env.SFTP_PASSWORD!, SFTP_HOST_KEY_SHA256: process.env.SFTP_HOST_KEY_SHA256! });
    expect(t.config.amqpUrl).toBe(process.env.AMQP_URL);
    expect(t.config.database.engine).toBe('postgres');
    workers = startWorkers(t.gateway.app);
    await workers.ready;
    const responder = new SandboxResponder({ outbound: path.join(local, 'outbound'), inbound: path.join(local, 'inbound'), stateDir: state });
    results = await driveJourney(
      { http: t.http, writer: await t.key(['claims:write']), reader: await t.key(['claims:read', 'remittance:read']), clearinghouseId: id, responder, timeoutMs: 45_000 },
      journeyClaims(),
    );
  }, 180_000);

  afterAll(async () => {
    await workers?.stop();
    await t?.close();
    fs.rmSync(local, { recursive: true, force: true });
    fs.rmSync(state, { recursive: true, force: true });
    fs.rmSync(profiles, { recursive: true, force: true });
  });

  it('delivered the 837s (one per kind) over SFTP under their name pattern and took every answer away into the archive', () => {
    const isa13s = ['000000001', '000000002'];
    expect(fs.readdirSync(path.join(local, 'outbound')).filter((n) => !n.startsWith('.')).sort()).toEqual(isa13s.map((n) => `${n}.837`));
    expect(fs.readdirSync(path.join(local, 'inbound'))).toEqual([]);
    expect(fs.readdirSync(path.join(local, 'archive')).sort()).toEqual(isa13s.flatMap((n) => [`${n}-99999.835`, `${n}.277`, `${n}.999`, `${n}.ta1`]));
  });

  journeyExpectations(() => results);
});
