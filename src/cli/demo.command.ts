// `x12gw demo` (`npm run demo`): the whole journey in one command. Starts the gateway in this
// process on the embedded default (PGlite in a fresh temp folder, the table queue, the built-in
// sandbox clearinghouse), submits every claim in edi-samples/claims/ through the HTTP API, batches,
// lets the workers deliver, picks up the sandbox's answers, waits until every file is routed, and
// prints each claim's timeline and the reconciliation summary. Nothing is left behind unless --keep.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ApiKeysService } from '../auth/api-keys.service';
import { TypeormApiKeyStore } from '../auth/typeorm-api-key.store';
import { SandboxResponder, type SandboxAnswerKind } from '../clearinghouses/sandbox/sandbox-responder';
import { loadConfig } from '../config/app-config';
import { createGateway, type Gateway } from '../main';
import { startWorkers, type Workers } from '../workers';
import { CliExit, type Io, type RegisterCommands } from './cli-context';

type ClaimKind = 'professional' | 'institutional' | 'dental';
// The demo reads the gateway's own JSON answers field by field, as any API client would.
type Json = Record<string, any>;

/** One claim the demo sends: where it came from and the body (a sample, or a marked copy of one). */
export interface DemoClaim {
  label: string;
  kind: ClaimKind;
  body: Json;
  /** Why the demo made this copy (shown in the output), absent for the samples themselves. */
  note?: string;
}

export interface DemoOptions {
  claimsDir: string;
  /** Whole-run deadline. */
  timeoutMs: number;
  /** Keep the temp folder (database, sandbox files, gateway log) and say where it is. */
  keep: boolean;
}

/** The states after which nothing more is expected from the sandbox for a claim. */
const SETTLED = new Set(['paid', 'partially_paid', 'denied', 'reversed', 'rejected', 'rejected_by_clearinghouse', 'voided', 'corrected', 'invalid']);

/**
 * The demo's only clearinghouse: a folder drop answered by the sandbox responder, every payer, test
 * data only (ISA15 T, as every sample claim says), batching and polling on demand.
 */
export function demoProfile(dirs: { outbox: string; inbox: string; archive: string }): string {
  return `# Written by \`x12gw demo\`.
id: sandbox
name: x12gw sandbox clearinghouse (folder drop + sandbox responder)
adapter: folder
transport: { outbox: ${JSON.stringify(dirs.outbox)}, inbox: ${JSON.stringify(dirs.inbox)}, archive: ${JSON.stringify(dirs.archive)}, fileNamePattern: '{name}' }
isa: { senderQualifier: ZZ, senderId: X12GW, receiverQualifier: ZZ, receiverId: X12GWSANDBOX, ackRequested: true }
gs: { senderId: X12GW, receiverId: X12GWSANDBOX }
usage: T
submitter: { name: X12GW SUBMITTER, id: X12GW, contactName: EDI DESK, phone: "8005550100", email: edi@example.com }
receiver: { name: X12GW SANDBOX CLEARINGHOUSE, id: X12GWSANDBOX }
payers: '*'
schedule: { batchEverySeconds: null, pollInboundEverySeconds: null }
`;
}

/** The sandbox's answers in the order, and with the names, a clearinghouse sends them. */
const STAGES: { kind: SandboxAnswerKind; what: string }[] = [
  { kind: 'ta1', what: 'TA1 (interchange acknowledgments)' },
  { kind: '999', what: '999 (implementation acknowledgments)' },
  { kind: '277', what: '277CA (claim acknowledgments)' },
  { kind: '835', what: '835 (remittance advice)' },
];

/** The installed gateway's root: the nearest ancestor whose package.json is ours. */
export function packageRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'x12-gateway') return dir;
      } catch {
        /* not ours; keep climbing */
      }
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

const KIND_BY_PREFIX: Record<string, ClaimKind> = { '837p': 'professional', '837i': 'institutional', '837d': 'dental' };

/**
 * The sample claims, in file order (a file holding an array gives one claim per element), plus two
 * marked copies of the one-line office visit that the sandbox's rules answer differently: member ID
 * REJ… (277CA rejection A7:164) and TERM… (835 denial, CO-27) — no sample triggers those rules.
 */
export function loadDemoClaims(claimsDir: string): DemoClaim[] {
  const claims: DemoClaim[] = [];
  const files = fs.readdirSync(claimsDir).filter((n) => n.endsWith('.json')).sort();
  for (const name of files) {
    const kind = KIND_BY_PREFIX[name.slice(0, 4).toLowerCase()];
    if (!kind) continue;
    const doc = JSON.parse(fs.readFileSync(path.join(claimsDir, name), 'utf8')) as Json | Json[];
    const base = name.replace(/\.json$/, '');
    if (Array.isArray(doc)) doc.forEach((body, i) => claims.push({ label: `${base}#${i + 1}`, kind, body }));
    else claims.push({ label: base, kind, body: doc });
  }
  const template = claims.find((c) => c.label === '837p-office-visit-one-line');
  if (template) {
    const copy = (label: string, pcn: string, memberId: string, note: string): DemoClaim => {
      const body = JSON.parse(JSON.stringify(template.body)) as Json;
      body.subscriber.memberId = memberId;
      body.claimInformation.patientControlNumber = pcn;
      body.claimInformation.serviceLines.forEach((l: Json, i: number) => (l.providerControlNumber = `${pcn}-${i + 1}`));
      return { label, kind: 'professional', body, note };
    };
    claims.push(copy('demo-copy-member-REJ', 'DEMOREJ001', 'REJ123456789', 'copy of 837p-office-visit-one-line, member ID REJ…: the sandbox rejects it in the 277CA'));
    claims.push(copy('demo-copy-member-TERM', 'DEMOTERM01', 'TERM12345678', 'copy of 837p-office-visit-one-line, member ID TERM…: the sandbox payer denies it'));
  }
  return claims;
}

class DemoTimeout extends Error {}

/** A tiny HTTP client for the gateway the demo started (global fetch, Node 20). */
class Api {
  constructor(
    private readonly base: string,
    private readonly key: string,
    private readonly deadline: number,
  ) {}

  async call(method: 'GET' | 'POST', route: string, body?: unknown): Promise<{ status: number; body: Json }> {
    const res = await fetch(this.base + route, {
      method,
      headers: { authorization: `Bearer ${this.key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: Json = {};
    try {
      parsed = text ? (JSON.parse(text) as Json) : {};
    } catch {
      parsed = { text };
    }
    return { status: res.status, body: parsed };
  }

  async ok(method: 'GET' | 'POST', route: string, body?: unknown): Promise<Json> {
    const res = await this.call(method, route, body);
    if (res.status >= 300) throw new Error(`${method} ${route} answered ${res.status}: ${res.body.code ?? ''} ${res.body.message ?? ''}`.trim());
    return res.body;
  }

  /** Every item of a paginated list. */
  async all(route: string): Promise<Json[]> {
    const items: Json[] = [];
    let cursor: string | null = null;
    do {
      const sep = route.includes('?') ? '&' : '?';
      const page = await this.ok('GET', `${route}${sep}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      items.push(...(page.items as Json[]));
      cursor = (page.next as string | null) ?? null;
    } while (cursor);
    return items;
  }

  /** Calls `probe` until it returns a value, or fails with what was awaited once the deadline passes. */
  async until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > this.deadline) throw new DemoTimeout(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** One line of a claim's journey, from a timeline event: its status and what caused it (no PHI). */
export function journeyStep(e: Json): string {
  const d = (e.detail ?? {}) as Json;
  const status = String(e.status);
  let what: string;
  if (e.previousStatus === null) what = 'through POST /v1/claims';
  else if (e.cause === 'batching') what = `into ${d.isa13 ? `ISA13 ${d.isa13}, ` : ''}ST02 ${d.st02 ?? '?'}`;
  else if (e.cause === 'transmission') what = 'delivered to the clearinghouse';
  else what = typeof e.description === 'string' ? e.description.replace(/^received → ready /, '') : '';
  const flag = e.flag ? `  [flag: ${e.flag}]` : '';
  return `${pad(status, 26)} ${what}${flag}`;
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

export async function runDemo(io: Io, options: DemoOptions): Promise<number> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-demo-'));
  const profilesDir = path.join(workDir, 'clearinghouses');
  fs.mkdirSync(profilesDir);
  const drop = { outbox: path.join(workDir, 'sandbox', 'outbox'), inbox: path.join(workDir, 'sandbox', 'inbox'), archive: path.join(workDir, 'sandbox', 'archive') };
  for (const dir of Object.values(drop)) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(profilesDir, 'sandbox.yaml'), demoProfile(drop));
  const responder = new SandboxResponder({ outbound: drop.outbox, inbound: drop.inbox, stateDir: path.join(workDir, 'sandbox', 'responder-state') });
  const logFile = path.join(workDir, 'gateway.log');
  const logStream = fs.createWriteStream(logFile);
  // Always the embedded default, whatever DATABASE_URL / AMQP_URL the shell has.
  const config = loadConfig({
    LOG_LEVEL: 'info',
    HOST: '127.0.0.1',
    PORT: '0',
    X12GW_DATA_DIR: path.join(workDir, 'data'),
    X12GW_SANDBOX_DIR: path.join(workDir, 'sandbox'),
    CLEARINGHOUSES_DIR: profilesDir,
  });
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  let gateway: Gateway | undefined;
  let workers: Workers | undefined;
  try {
    io.out('x12gw demo — the embedded gateway (PGlite, table queue) and the sandbox clearinghouse, all in this process');
    const claims = loadDemoClaims(options.claimsDir);
    if (claims.length === 0) throw new CliExit(1, `demo: no claims in ${options.claimsDir}`);

    gateway = await createGateway(config, { logDestination: logStream });
    await gateway.app.listen(0, '127.0.0.1');
    const { port } = gateway.app.getHttpServer().address() as { port: number };
    workers = startWorkers(gateway.app, {});
    await workers.ready;
    const key = (await new ApiKeysService(new TypeormApiKeyStore(gateway.dataSource)).create('demo', ['admin'])).key;
    const api = new Api(`http://127.0.0.1:${port}`, key, deadline);
    io.out(`gateway at http://127.0.0.1:${port} (data in a temp folder), API key "demo" created  [${elapsed()}]`);
    io.out('');

    // 1. Intake through the API.
    io.out(`Submitting ${claims.length} claims from ${path.relative(process.cwd(), options.claimsDir) || options.claimsDir} (test data: usageIndicator T, as the sandbox profile's ISA15):`);
    const sent: { claim: DemoClaim; id: string; pcn: string; status: string; charge: string }[] = [];
    for (const claim of claims) {
      const res = await api.call('POST', `/v1/claims/${claim.kind}`, claim.body);
      const pcn = String(claim.body.claimInformation?.patientControlNumber ?? '?');
      if (res.status !== 200) {
        io.out(`  ${pad(claim.label, 48)} PCN ${pad(pcn, 12)} refused: ${res.status} ${res.body.code ?? ''}`);
        continue;
      }
      const c = res.body.claim as Json;
      sent.push({ claim, id: String(c.id), pcn, status: String(c.status), charge: String(claim.body.claimInformation?.claimChargeAmount ?? '?') });
      io.out(`  ${pad(claim.label, 48)} PCN ${pad(pcn, 12)} ${c.status}${claim.note ? `   (${claim.note})` : ''}`);
    }

    // 2. Batch, and let the outbox relay and the delivery consumer hand the files to the sandbox.
    const batch = await api.ok('POST', '/v1/batches', {});
    const submissions = batch.submissions as Json[];
    io.out('');
    io.out(`Batched into ${submissions.length} interchange${submissions.length === 1 ? '' : 's'}:`);
    for (const s of submissions) io.out(`  ${s.fileName}  payer ${s.payerId}  ISA13 ${s.isa13}  ${s.claimCount} claim${s.claimCount === 1 ? '' : 's'}`);
    for (const h of (batch.held as Json[] | undefined) ?? []) io.out(`  held: payer ${h.payerId} ${h.kind} ${h.usage}: ${h.reason}`);
    for (const s of submissions) {
      await api.until(`submission ${s.isa13} to be transmitted`, async () => {
        const now = await api.ok('GET', `/v1/submissions/${s.id}`);
        if (now.status === 'dead_lettered') throw new Error(`submission ${s.isa13} was dead-lettered: ${now.delivery?.lastError ?? ''}`);
        return now.status === 'transmitted' ? true : undefined;
      });
    }
    io.out(`  all transmitted to the sandbox  [${elapsed()}]`);

    // 3. The sandbox answers in a clearinghouse's order — TA1, 999, 277CA, then the 835 — and the
    // gateway picks each wave up and routes it before the next is released, as days apart in life.
    io.out('');
    io.out('The sandbox answers; the gateway picks up and routes each wave (POST /v1/clearinghouses/sandbox/poll):');
    const quarantined: Json[] = [];
    let routed = 0;
    for (const stage of STAGES) {
      const scan = await responder.scan([stage.kind]);
      const written = scan.answered.reduce((n, a) => n + a.responses.length, 0);
      const picked = await api.ok('POST', '/v1/clearinghouses/sandbox/poll');
      if (picked.error) throw new Error(`poll failed: ${JSON.stringify(picked.error)}`);
      const ids = (picked.received as Json[]).map((r) => String(r.id));
      if (ids.length !== written) throw new Error(`the sandbox wrote ${written} ${stage.kind} file(s) but the poll picked up ${ids.length}`);
      const files = await api.until(`the ${stage.kind} files to be routed`, async () => {
        const now = await Promise.all(ids.map((id) => api.ok('GET', `/v1/inbound-files/${id}`)));
        return now.every((f) => f.status !== 'received') ? now : undefined;
      });
      const bad = files.filter((f) => f.status === 'quarantined');
      quarantined.push(...bad);
      routed += files.length - bad.length;
      io.out(`  ${pad(stage.what, 38)} ${files.length} file${files.length === 1 ? '' : 's'} routed${bad.length ? `, ${bad.length} quarantined` : ''}  [${elapsed()}]`);
      for (const f of bad) io.out(`    quarantined ${f.fileName}: ${f.quarantine?.code} ${f.quarantine?.message ?? ''}`);
    }
    void routed;

    // 4. Each claim's journey, from its timeline, with what the payer paid.
    io.out('');
    io.out('Journeys (GET /v1/claims/:id/timeline, GET /v1/payments?claimId=):');
    const finals = new Map<string, number>();
    const unsettled: string[] = [];
    for (const s of sent) {
      const timeline = await api.ok('GET', `/v1/claims/${s.id}/timeline`);
      const payments = await api.all(`/v1/payments?claimId=${s.id}`);
      const status = String(timeline.status);
      finals.set(status, (finals.get(status) ?? 0) + 1);
      // A claim the 835 paid nothing without denying it (a predetermination, all to the deductible)
      // keeps its status: the payment is posted, the journey is over.
      if (!SETTLED.has(status) && payments.length === 0) unsettled.push(`${s.claim.label} (${status})`);
      io.out('');
      io.out(`  ${s.claim.label} — PCN ${s.pcn}, ${s.claim.kind}, charge ${s.charge}: ${status.toUpperCase()}`);
      for (const e of timeline.events as Json[]) io.out(`    ${pad(String(e.occurredAt).slice(11, 23), 13)} ${journeyStep(e)}`);
      if (status === 'accepted_by_payer' && payments.length > 0) io.out(`    ${pad('', 13)} ${pad('(835 posted)', 26)} nothing paid and not denied (predetermination or all to the patient), so the status stays`);
      for (const p of [...payments].reverse()) {
        io.out(`    payment: CLP02 ${p.statusCode}  charge ${p.charge}  paid ${p.paid}  patient resp. ${p.patientResponsibility ?? '0.00'}${p.payerClaimControlNumber ? `  payer claim ${p.payerClaimControlNumber}` : ''}`);
      }
    }

    // 5. Finance's view.
    const summary = await api.ok('GET', `/v1/reconciliation/summary?from=${isoDay(-1)}&to=${isoDay(1)}`);
    io.out('');
    io.out('Reconciliation summary (GET /v1/reconciliation/summary):');
    io.out(`  remittances ${summary.remittances?.count} (${summary.remittances?.amount}), claim payments ${summary.claimPayments?.count}`);
    io.out(`  billed ${summary.billed}  paid ${summary.paid}  contractual ${summary.contractualAdjustments}  patient responsibility ${summary.patientResponsibility}`);
    io.out(`  denials ${summary.denials?.count} (${summary.denials?.amount})${((summary.denials?.byReason as Json[]) ?? []).map((d) => `  CARC ${d.reason}: ${d.count} × ${d.amount}`).join('')}`);
    io.out(`  provider adjustments (PLB) ${summary.providerAdjustments?.net}  unmatched payments ${summary.unmatched?.count}  payment difference ${summary.paymentDifference}`);

    io.out('');
    io.out(`Claims by final status: ${[...finals].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
    const problems: string[] = [];
    if (sent.length !== claims.length) problems.push(`${claims.length - sent.length} claim(s) were refused at intake`);
    if (quarantined.length > 0) problems.push(`${quarantined.length} inbound file(s) were quarantined`);
    if (unsettled.length > 0) problems.push(`claims without a final answer: ${unsettled.join(', ')}`);
    // Not `paid`: the sandbox keeps copay or coinsurance back on every line and the gateway calls a
    // claim paid only when the payment covers the whole charge, so sandbox claims end partially paid.
    for (const wanted of ['rejected', 'denied', 'paid', 'partially_paid']) if (!finals.has(wanted)) problems.push(`no claim ended ${wanted}`);
    if (problems.length > 0) {
      io.err(`demo: the journey did not complete:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      return 1;
    }
    io.out(`demo finished in ${elapsed()}`);
    return 0;
  } catch (err) {
    if (err instanceof CliExit) throw err;
    io.err(`demo: ${err instanceof DemoTimeout ? `${err.message} (after ${elapsed()}; --timeout raises the limit)` : (err as Error).message}`);
    return 1;
  } finally {
    await workers?.stop().catch(() => undefined);
    await gateway?.close().catch(() => undefined);
    await new Promise<void>((r) => logStream.end(() => r()));
    if (options.keep) io.out(`kept ${workDir} (PGlite data, sandbox files, gateway.log)`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

export const registerDemoCommands: RegisterCommands = (program, ctx) => {
  program
    .command('demo')
    .description('run the whole journey on the embedded gateway and the sandbox clearinghouse: submit the sample claims, batch, deliver, read the answers, print each claim\'s timeline')
    .option('--claims <dir>', 'folder of claim JSON files (default: edi-samples/claims of this gateway)')
    .option('--timeout <seconds>', 'give up after this many seconds', '120')
    .option('--keep', 'keep the temp folder (database, sandbox files, gateway log)')
    .action(async (opts: { claims?: string; timeout: string; keep?: boolean }) => {
      const timeout = Number(opts.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0) throw new CliExit(2, 'demo: --timeout must be a positive number of seconds');
      const claimsDir = path.resolve(opts.claims ?? path.join(packageRoot(), 'edi-samples', 'claims'));
      if (!fs.existsSync(claimsDir)) throw new CliExit(2, `demo: no folder ${claimsDir}`);
      const code = await runDemo(ctx.io, { claimsDir, timeoutMs: timeout * 1000, keep: opts.keep === true });
      if (code !== 0) throw new CliExit(code, '');
    });
};

