#!/usr/bin/env node
// Outbound transport benchmark: how many 837 files per second the gateway moves from a committed
// batch to `transmitted` through the outbox relay → RabbitMQ → outbound consumer → SFTP, against
// plain SFTP uploads of the same files with one client (no bus, no database).
//
//   set -a; . /tmp/x12gw-services/env; set +a   # PostgreSQL, RabbitMQ and sshd (scripts/services.sh)
//   npm run bench:transport                      # 200 files, concurrency 1 and the profile default
//   BENCH_FILES=500 BENCH_CONCURRENCY=1,2,8 npm run bench:transport
//
// Method
// - Each concurrency runs on a fresh PostgreSQL database and its own bus namespace (exchange and
//   queues) on the broker at AMQP_URL, with an SFTP profile pointing at the sshd of SFTP_* and a
//   remote folder of its own. BENCH_FILES claims are ingested over HTTP, then one POST /v1/batches
//   makes one submission (one small 837 file, ~1 KB) per claim (limits: 1 claim per transaction,
//   1 transaction per group). The clock starts when that batch has committed and stops when the
//   last submission reads `transmitted` (polled every 10 ms); the outbox relay is paused while the
//   batch commits, so every file starts as a pending outbox row. The relay, consumers and SFTP
//   connection are warm: a first batch of a few files goes through before the timed one.
// - Baselines in the same process, on the same file contents, one SFTP connection, in sequence:
//   `put` only (what a naive script does), and the gateway's SftpTransport.deliver (exists check,
//   upload under a temporary name, rename), each to a folder of its own.
// - Numbers move with the machine's load (2 shared cores here, other jobs running): run it a few
//   times and quote ranges.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const { benchProfileYaml } = require('./bench-profile.js');

const root = path.resolve(__dirname, '..');
const FILES = Math.max(1, Number(process.env.BENCH_FILES || 200));
const WARMUP = 5;
const CONCURRENCIES = (process.env.BENCH_CONCURRENCY || '1,default').split(',').map((c) => c.trim());

function requireEnv() {
  const names = ['DATABASE_URL', 'AMQP_URL', 'SFTP_HOST', 'SFTP_PORT', 'SFTP_USER', 'SFTP_PASSWORD', 'SFTP_HOST_KEY_SHA256', 'SFTP_ROOT'];
  const missing = names.filter((n) => !process.env[n]);
  if (missing.length > 0) {
    console.error(`bench-transport: ${missing.join(', ')} not set; start the services and run: set -a; . /tmp/x12gw-services/env; set +a`);
    process.exit(2);
  }
}

function loadDist() {
  require('./build.js').build();
  const d = (p) => require(path.join(root, 'dist', 'src', p));
  return {
    main: d('main.js'),
    config: d('config/app-config.js'),
    workers: d('workers.js'),
    relay: d('messaging/outbox-relay.js'),
    bus: d('messaging/message-bus.port.js'),
    db: d('persistence/data-source.js'),
    keys: d('auth/api-keys.service.js'),
    keyStore: d('auth/typeorm-api-key.store.js'),
    sftp: d('clearinghouses/transport/sftp.transport.js'),
    settings: d('clearinghouses/transport/transport-settings.js'),
    profileDefaults: d('clearinghouses/clearinghouse-profile.js'),
  };
}

async function adminQuery(sql, database) {
  const { Client } = require('pg');
  const url = new URL(process.env.DATABASE_URL);
  if (database) url.pathname = `/${database}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A remote folder below the SFTP root, made on local disk and owned by the SFTP user. */
function remoteFolder(name) {
  const rel = `outbound/${name}`;
  const local = path.join(process.env.SFTP_ROOT, rel);
  fs.mkdirSync(local, { recursive: true });
  execFileSync('chown', [`${process.env.SFTP_USER}:${process.env.SFTP_USER}`, local]);
  return { rel, local };
}

function profileYaml(id, outboundDir, concurrency) {
  const delivery = concurrency === 'default' ? '' : `delivery: { concurrency: ${Number(concurrency)} }`;
  return benchProfileYaml({
    id,
    adapter: 'sftp',
    transport: `{ host: ${process.env.SFTP_HOST}, port: ${process.env.SFTP_PORT}, username: ${process.env.SFTP_USER}, passwordEnv: SFTP_PASSWORD, hostKeySha256Env: SFTP_HOST_KEY_SHA256, outboundDir: ${outboundDir}, inboundDir: inbound, fileNamePattern: '{isa13}.837' }`,
    extra: `limits: { claimsPerTransaction: 1, transactionsPerGroup: 1 }\n${delivery}\n`,
  });
}

const claimTemplate = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'claims', 'professional-office-visit.json'), 'utf8'));
let pcnCounter = 0;
function claimBody() {
  const body = JSON.parse(JSON.stringify(claimTemplate));
  pcnCounter += 1;
  body.claimInformation.patientControlNumber = `B${Date.now().toString(36)}${pcnCounter}`.slice(0, 20).toUpperCase();
  return body;
}

async function http(base, key, method, route, body) {
  const res = await fetch(base + route, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${route}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** Ingests `count` claims, batches them (one file each) and waits until every submission is transmitted. */
async function batchAndWait(g, count) {
  for (let i = 0; i < count; i += 20) {
    await Promise.all(Array.from({ length: Math.min(20, count - i) }, () => http(g.base, g.key, 'POST', '/v1/claims/professional', claimBody())));
  }
  // The relay is held while the batch commits (a large batch commits in several transactions and
  // the relay would start on the first ones), so the clock covers only outbox → transmitted.
  await g.relay.stop();
  const batchStarted = process.hrtime.bigint();
  const batch = await http(g.base, g.key, 'POST', '/v1/batches', {});
  const committed = process.hrtime.bigint();
  g.relay.start();
  const ids = batch.submissions.map((s) => s.id);
  if (ids.length !== count) throw new Error(`expected ${count} submissions, the batch made ${ids.length}`);
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error('the submissions were not all transmitted within 5 minutes');
    const [{ n }] = await g.ds.query(`SELECT count(*)::int AS n FROM submissions WHERE status = 'transmitted' AND id = ANY($1)`, [ids]);
    if (n === count) break;
    const [{ bad }] = await g.ds.query(`SELECT count(*)::int AS bad FROM submissions WHERE status IN ('failed', 'dead_lettered') AND id = ANY($1)`, [ids]);
    if (bad > 0) throw new Error(`${bad} submissions failed delivery during the benchmark`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const done = process.hrtime.bigint();
  return { ids, batchMs: Number(committed - batchStarted) / 1e6, deliverMs: Number(done - committed) / 1e6 };
}

async function gatewayRun(dist, concurrency) {
  const tag = `bench${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${tag}`);
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${tag}`;
  const folder = remoteFolder(tag);
  const profiles = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-bench-profiles-'));
  const sandbox = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-bench-sandbox-'));
  fs.writeFileSync(path.join(profiles, `${tag}.yaml`), profileYaml(tag, folder.rel, concurrency));
  const config = dist.config.loadConfig({
    ...process.env,
    DATABASE_URL: url.toString(),
    CLEARINGHOUSES_DIR: profiles,
    X12GW_SANDBOX_DIR: sandbox,
    X12GW_BUS_NAMESPACE: tag,
    LOG_LEVEL: 'warn',
    PORT: '0',
  });
  const gateway = await dist.main.createGateway(config);
  let workers;
  try {
    await gateway.app.listen(0, '127.0.0.1');
    const { port } = gateway.app.getHttpServer().address();
    const keys = new dist.keys.ApiKeysService(new dist.keyStore.TypeormApiKeyStore(gateway.dataSource));
    const { key } = await keys.create('bench', ['claims:write', 'claims:read']);
    workers = dist.workers.startWorkers(gateway.app);
    await withDeadline(workers.ready, 60_000, 'the outbound consumer to subscribe (is RabbitMQ at AMQP_URL up?)');
    const g = { base: `http://127.0.0.1:${port}`, key, ds: gateway.dataSource, relay: gateway.app.get(dist.relay.OutboxRelay) };
    await batchAndWait(g, WARMUP);
    const timed = await batchAndWait(g, FILES);
    const files = await gateway.dataSource.query(`SELECT file_text FROM submissions WHERE id = ANY($1) ORDER BY isa13`, [timed.ids]);
    const delivered = fs.readdirSync(folder.local).filter((n) => n.endsWith('.837')).length;
    if (delivered !== FILES + WARMUP) throw new Error(`expected ${FILES + WARMUP} files in the remote folder, found ${delivered}`);
    return { ...timed, files: files.map((f) => f.file_text) };
  } finally {
    await workers?.stop().catch(() => undefined);
    // The run's quorum queues would otherwise stay on the broker.
    await gateway.app.get(dist.bus.MessageBus).closeAndDeleteQueues?.().catch(() => undefined);
    await gateway.close().catch(() => undefined);
    await adminQuery(`DROP DATABASE IF EXISTS ${tag} WITH (FORCE)`).catch(() => undefined);
    for (const dir of [profiles, sandbox, folder.local]) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function plainPuts(files) {
  const SftpClient = require('ssh2-sftp-client');
  const folder = remoteFolder(`bench-put-${randomBytes(4).toString('hex')}`);
  const client = new SftpClient('bench');
  const quiet = () => undefined;
  client.on('error', quiet);
  await client.connect({ host: process.env.SFTP_HOST, port: Number(process.env.SFTP_PORT), username: process.env.SFTP_USER, password: process.env.SFTP_PASSWORD });
  try {
    const started = process.hrtime.bigint();
    for (let i = 0; i < files.length; i++) await client.put(Buffer.from(files[i]), `${folder.rel}/${i}.837`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    await client.end().catch(() => undefined);
    fs.rmSync(folder.local, { recursive: true, force: true });
  }
}

async function transportDelivers(dist, files) {
  const folder = remoteFolder(`bench-deliver-${randomBytes(4).toString('hex')}`);
  const settings = dist.settings.parseTransportSettings('sftp', {
    host: process.env.SFTP_HOST,
    port: Number(process.env.SFTP_PORT),
    username: process.env.SFTP_USER,
    passwordEnv: 'SFTP_PASSWORD',
    hostKeySha256Env: 'SFTP_HOST_KEY_SHA256',
    outboundDir: folder.rel,
    inboundDir: 'inbound',
  });
  const transport = new dist.sftp.SftpTransport(settings);
  try {
    await transport.check();
    const started = process.hrtime.bigint();
    for (let i = 0; i < files.length; i++) await transport.deliver({ name: `${i}.837`, content: files[i] });
    return Number(process.hrtime.bigint() - started) / 1e6;
  } finally {
    await transport.close();
    fs.rmSync(folder.local, { recursive: true, force: true });
  }
}

function withDeadline(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const rate = (count, ms) => (count / (ms / 1000)).toFixed(0);

async function main() {
  requireEnv();
  const dist = loadDist();
  const defaultConcurrency = dist.profileDefaults.DEFAULT_DELIVERY.concurrency;
  console.log(`bench-transport: ${FILES} files per run, node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const rows = [];
  let files = null;
  for (const c of CONCURRENCIES) {
    const r = await gatewayRun(dist, c);
    files ??= r.files;
    rows.push({ what: `gateway: outbox → RabbitMQ → consumer → SFTP, concurrency ${c === 'default' ? `${defaultConcurrency} (default)` : c}`, ms: r.deliverMs, batchMs: r.batchMs });
  }
  const putMs = await plainPuts(files);
  const deliverMs = await transportDelivers(dist, files);
  const base = FILES / (putMs / 1000);
  rows.push({ what: 'baseline: plain SFTP put, one client, in sequence', ms: putMs });
  rows.push({ what: 'SftpTransport.deliver alone (exists + temp name + rename), in sequence', ms: deliverMs });
  console.log('');
  console.log('| what | files/s | time for the files | × plain put | POST /v1/batches (not timed) |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    const batch = r.batchMs === undefined ? '' : `${r.batchMs.toFixed(0)} ms`;
    console.log(`| ${r.what} | ${rate(FILES, r.ms)} | ${(r.ms / 1000).toFixed(2)} s | ${(FILES / (r.ms / 1000) / base).toFixed(2)} | ${batch} |`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench-transport: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  },
);
