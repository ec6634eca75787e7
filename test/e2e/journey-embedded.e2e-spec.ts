// The claim's whole journey on the embedded default — PGlite, the table queue — with a folder drop
// answered by the sandbox responder: intake over HTTP, batching, delivery by the workers, TA1, 999,
// 277CA and 835 picked up and routed, and each claim's timeline and payments read back over HTTP.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SandboxResponder } from '../../src/clearinghouses/sandbox/sandbox-responder';
import { startWorkers, type Workers } from '../../src/workers';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { driveJourney, journeyClaims, journeyExpectations, type JourneyResult } from '../support/journey';
import { profileDir, profileYaml } from '../support/transport';

describe('the journey on the embedded default (PGlite, table queue, folder drop + sandbox responder)', () => {
  let t: TestGateway;
  let workers: Workers;
  let root: string;
  let profiles: string;
  let results: Map<string, JourneyResult>;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-journey-'));
    const dirs = { outbox: path.join(root, 'outbox'), inbox: path.join(root, 'inbox'), archive: path.join(root, 'archive') };
    for (const dir of Object.values(dirs)) fs.mkdirSync(dir);
    profiles = profileDir({ drop: profileYaml('drop', 'folder', `{ outbox: ${dirs.outbox}, inbox: ${dirs.inbox}, archive: ${dirs.archive} }`).replace('ackRequested: false', 'ackRequested: true') });
    t = await startTestGateway('pglite', { LOG_LEVEL: 'silent', CLEARINGHOUSES_DIR: profiles });
    expect(t.config.amqpUrl).toBeNull();
    workers = startWorkers(t.gateway.app);
    await workers.ready;
    const responder = new SandboxResponder({ outbound: dirs.outbox, inbound: dirs.inbox, stateDir: path.join(root, 'state') });
    results = await driveJourney({ http: t.http, writer: await t.key(['claims:write']), reader: await t.key(['claims:read', 'remittance:read']), clearinghouseId: 'drop', responder }, journeyClaims());
  }, 120_000);

  afterAll(async () => {
    await workers?.stop();
    await t?.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(profiles, { recursive: true, force: true });
  });

  journeyExpectations(() => results);
});
