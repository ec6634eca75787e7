import * as path from 'node:path';
import { ClearinghouseProfileError, DEFAULT_BYTES_PER_FILE, DEFAULT_TRANSACTIONS_PER_GROUP, interchangeParties, parseClearinghouseProfile } from './clearinghouse-profile';
import { loadClearinghouseProfile } from './clearinghouse-profile.loader';

const CONFIG = path.resolve(__dirname, '../../config/clearinghouses');

function valid(): Record<string, any> {
  return {
    id: 'acme',
    name: 'Acme Clearinghouse',
    adapter: 'folder',
    transport: { outbox: '/tmp/out', inbox: '/tmp/in', archive: '/tmp/archive' },
    isa: { senderQualifier: 'ZZ', senderId: 'SUBMITTER1', receiverQualifier: '01', receiverId: '030240928', ackRequested: true },
    gs: { senderId: 'SUBMITTER1', receiverId: '030240928' },
    usage: 'P',
    submitter: { name: 'BILLING CO', id: 'SUBMITTER1', contactName: 'EDI DESK', phone: '2175550100' },
    receiver: { name: 'ACME', id: '030240928' },
    payers: ['60054', 'BCBSIL'],
  };
}

function problems(raw: unknown): { field: string; message: string }[] {
  try {
    parseClearinghouseProfile(raw, '/etc/x12gw/acme.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(ClearinghouseProfileError);
    expect((err as Error).message).toContain('/etc/x12gw/acme.yaml');
    return (err as ClearinghouseProfileError).problems;
  }
  throw new Error('expected the profile to be refused');
}

describe('parseClearinghouseProfile', () => {
  it('accepts a complete profile and fills the defaults', () => {
    const p = parseClearinghouseProfile(valid(), 'acme.yaml');
    expect(p).toMatchObject({
      id: 'acme',
      adapter: 'folder',
      transport: { adapter: 'folder', outbox: '/tmp/out', inbox: '/tmp/in', archive: '/tmp/archive', acknowledge: 'archive' },
      isa: { senderQualifier: 'ZZ', senderId: 'SUBMITTER1', receiverQualifier: '01', receiverId: '030240928', ackRequested: true },
      usage: 'P',
      payers: ['60054', 'BCBSIL'],
      limits: { claimsPerTransaction: 5000, transactionsPerGroup: DEFAULT_TRANSACTIONS_PER_GROUP, bytesPerFile: DEFAULT_BYTES_PER_FILE },
      schedule: { batchEverySeconds: null, pollInboundEverySeconds: 60 },
      delivery: { maxAttempts: 8, backoffSeconds: [10, 60, 300, 900], concurrency: 2 },
      source: 'acme.yaml',
    });
    expect(p.submitter).toEqual({ name: 'BILLING CO', id: 'SUBMITTER1', contactName: 'EDI DESK', phone: '2175550100' });
    expect(interchangeParties(p)).toEqual({ sender: 'ZZ:SUBMITTER1', receiver: '01:030240928' });
  });

  it('reads sizes and schedules', () => {
    const raw = valid();
    raw.limits = { claimsPerTransaction: 100, transactionsPerGroup: 3, bytesPerFile: '512kb' };
    raw.schedule = { batchEverySeconds: 300 };
    const p = parseClearinghouseProfile(raw, 'acme.yaml');
    expect(p.limits).toEqual({ claimsPerTransaction: 100, transactionsPerGroup: 3, bytesPerFile: 512 * 1024 });
    expect(p.schedule.batchEverySeconds).toBe(300);
    raw.limits = { bytesPerFile: 10000 };
    raw.schedule = { batchEverySeconds: null, pollInboundEverySeconds: null };
    raw.delivery = { maxAttempts: 3, backoffSeconds: [0.5, 2], concurrency: 4 };
    expect(parseClearinghouseProfile(raw, 'acme.yaml')).toMatchObject({
      limits: { bytesPerFile: 10000, claimsPerTransaction: 5000 },
      schedule: { batchEverySeconds: null, pollInboundEverySeconds: null },
      delivery: { maxAttempts: 3, backoffSeconds: [0.5, 2], concurrency: 4 },
    });
  });

  it.each<[string, (p: Record<string, any>) => void, string, RegExp]>([
    ['a missing id', (p) => delete p.id, 'id', /required/],
    ['an id with capitals', (p) => (p.id = 'Acme'), 'id', /lowercase/],
    ['an unknown adapter', (p) => (p.adapter = 'ftp'), 'adapter', /sandbox, folder, sftp/],
    ['a transport that is not a mapping', (p) => (p.transport = 'sftp://x'), 'transport', /mapping/],
    ['an unknown top-level field', (p) => (p.payer = '1'), 'payer', /not a known field/],
    ['an unknown ISA field', (p) => (p.isa.senderID = 'X'), 'isa.senderID', /not a known field/],
    ['an ISA qualifier outside the code list', (p) => (p.isa.senderQualifier = 'XX'), 'isa.senderQualifier', /ZZ/],
    ['an ISA06 longer than 15', (p) => (p.isa.senderId = 'S'.repeat(16)), 'isa.senderId', /1–15/],
    ['an ISA08 given as a YAML number', (p) => (p.isa.receiverId = 30240928), 'isa.receiverId', /quote it/],
    ['a delimiter in an id', (p) => (p.gs.senderId = 'AB*CD'), 'gs.senderId', /delimiters/],
    ['a GS03 of one character', (p) => (p.gs.receiverId = 'X'), 'gs.receiverId', /2–15/],
    ['ackRequested that is not a boolean', (p) => (p.isa.ackRequested = 'yes'), 'isa.ackRequested', /true or false/],
    ['a usage other than T or P', (p) => (p.usage = 'X'), 'usage', /T, P/],
    ['a submitter without phone or email', (p) => delete p.submitter.phone, 'submitter', /PER04/],
    ['a phone with punctuation', (p) => (p.submitter.phone = '(217) 555-0100'), 'submitter.phone', /digits/],
    ['an e-mail without @', (p) => (p.submitter.email = 'edi.example.com'), 'submitter.email', /e-mail/],
    ['a receiver without id', (p) => delete p.receiver.id, 'receiver.id', /required/],
    ['an empty payer list', (p) => (p.payers = []), 'payers', /non-empty/],
    ['a payer listed twice', (p) => (p.payers = ['60054', '60054']), 'payers[1]', /twice/],
    ['more than 5000 claims per transaction set', (p) => (p.limits = { claimsPerTransaction: 5001 }), 'limits.claimsPerTransaction', /1 to 5000/],
    ['zero transaction sets per group', (p) => (p.limits = { transactionsPerGroup: 0 }), 'limits.transactionsPerGroup', /from 1/],
    ['a file size too small', (p) => (p.limits = { bytesPerFile: '512' }), 'limits.bytesPerFile', /size/],
    ['a file size that is not a size', (p) => (p.limits = { bytesPerFile: 'large' }), 'limits.bytesPerFile', /size/],
    ['an unknown limit', (p) => (p.limits = { claimsPerFile: 10 }), 'limits.claimsPerFile', /not a known field/],
    ['a schedule of zero seconds', (p) => (p.schedule = { batchEverySeconds: 0 }), 'schedule.batchEverySeconds', /integer/],
    ['a folder transport without inbox', (p) => delete p.transport.inbox, 'transport.inbox', /required/],
    ['a transport field of another adapter', (p) => (p.transport.host = 'sftp.example.com'), 'transport.host', /not a known field/],
    ['an inbound poll of zero seconds', (p) => (p.schedule = { pollInboundEverySeconds: 0 }), 'schedule.pollInboundEverySeconds', /integer/],
    ['zero delivery attempts', (p) => (p.delivery = { maxAttempts: 0 }), 'delivery.maxAttempts', /from 1/],
    ['a backoff that is not a list of seconds', (p) => (p.delivery = { backoffSeconds: '10s' }), 'delivery.backoffSeconds', /list/],
  ])('refuses %s, naming the file and the field', (_name, mutate, field, message) => {
    const raw = valid();
    mutate(raw);
    const found = problems(raw);
    expect(found).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('lists every problem of a document at once', () => {
    const raw = valid();
    delete raw.name;
    raw.isa.senderQualifier = 'X';
    raw.usage = 't';
    expect(problems(raw).map((p) => p.field)).toEqual(['name', 'isa.senderQualifier', 'usage']);
  });

  it('refuses a document that is not a mapping', () => {
    expect(problems(['id: x'])).toEqual([{ field: '', message: expect.stringMatching(/mapping/) }]);
  });
});

describe('the shipped profiles', () => {
  it("docker-compose's SFTP profile is valid once its environment variables are set", () => {
    const env = { SFTP_PASSWORD: 'secret', SFTP_HOST_KEY_SHA256: `SHA256:${'B'.repeat(43)}` };
    const p = loadClearinghouseProfile(path.join(CONFIG, 'compose', 'sftp-sandbox.yaml'), env);
    expect(p).toMatchObject({ id: 'compose-sftp', adapter: 'sftp', usage: 'T', payers: '*', transport: { host: 'sftp', outboundDir: 'outbound', inboundDir: 'inbound', archiveDir: 'processed', fileNamePattern: '{isa13}.837' } });
  });

  it('sandbox.yaml is the fallback test clearinghouse', () => {
    const p = loadClearinghouseProfile(path.join(CONFIG, 'sandbox.yaml'));
    expect(p).toMatchObject({ id: 'sandbox', adapter: 'sandbox', usage: 'T', payers: '*', limits: { claimsPerTransaction: 5000, transactionsPerGroup: 100, bytesPerFile: 1024 * 1024 }, schedule: { batchEverySeconds: 60 } });
  });

  it('the SFTP example is valid and keeps its transport settings', () => {
    // Secrets come from the environment only; the profile names the variables, which must be set.
    const env = { SFTP_PRIVATE_KEY_PATH: '/run/secrets/key', SFTP_HOST_KEY_SHA256: `SHA256:${'A'.repeat(43)}` };
    expect(() => loadClearinghouseProfile(path.join(CONFIG, 'examples', 'availity-sftp.yaml'), {})).toThrow(/SFTP_PRIVATE_KEY_PATH is not set/);
    const p = loadClearinghouseProfile(path.join(CONFIG, 'examples', 'availity-sftp.yaml'), env);
    expect(p).toMatchObject({ id: 'availity', adapter: 'sftp', usage: 'P', transport: { host: 'sftp.example-clearinghouse.com', port: 22 }, payers: ['60054', '87726', 'BCBSIL'] });
    expect(p.isa.receiverQualifier).toBe('01');
    expect(p.limits.bytesPerFile).toBe(16 * 1024 * 1024);
  });
});
