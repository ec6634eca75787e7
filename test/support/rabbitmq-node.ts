// A private RabbitMQ node for tests that stop and restart the broker: the same binaries and layout
// as scripts/services.sh, but its own node name, ports, epmd and state folder, so restarting it
// cannot disturb the shared broker that other test files use in parallel jest workers.
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const RMQ_LIB = '/usr/lib/rabbitmq/bin';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** True when the port answers the AMQP protocol header with a method frame (Connection.Start). */
function amqpHandshake(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1')));
    socket.once('data', (d) => done(d[0] === 0x01));
  });
}

function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
}

async function waitUntil(what: string, probe: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export class RabbitMqNode {
  readonly url: string;
  private epmdPid: number | null = null;

  private constructor(
    readonly dir: string,
    readonly amqpPort: number,
    private readonly distPort: number,
    private readonly epmdPort: number,
    readonly nodeName: string,
  ) {
    this.url = `amqp://app:app@127.0.0.1:${amqpPort}`;
  }

  /** Creates the state folder and starts the node; needs root (it runs as the rabbitmq user like services.sh). */
  static async start(): Promise<RabbitMqNode> {
    if (process.getuid?.() !== 0 || !fs.existsSync(`${RMQ_LIB}/rabbitmq-server`)) throw new Error('a private RabbitMQ node needs root and rabbitmq-server (scripts/services.sh installs it)');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-rmq-'));
    const [amqp, dist, epmd] = [await freePort(), await freePort(), await freePort()];
    const node = new RabbitMqNode(dir, amqp, dist, epmd, `x12gw-test-${path.basename(dir).slice(-6).toLowerCase()}@localhost`);
    for (const d of [dir, `${dir}/mnesia`, `${dir}/log`]) fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(`${dir}/rabbitmq-env.conf`, '');
    fs.writeFileSync(`${dir}/enabled_plugins`, '[].');
    fs.writeFileSync(
      `${dir}/rabbitmq.conf`,
      `listeners.tcp.default = 127.0.0.1:${amqp}\ndefault_user = app\ndefault_pass = app\nloopback_users = none\nlog.console = false\nlog.file.level = warning\n`,
    );
    await exec('chown', ['-R', 'rabbitmq:rabbitmq', dir]);
    fs.chmodSync(dir, 0o755);
    const epmdBin = (await exec('bash', ['-c', 'command -v epmd'])).stdout.trim();
    const epmdChild = spawn('setpriv', ['--reuid=rabbitmq', '--regid=rabbitmq', '--init-groups', '--', epmdBin, '-address', '127.0.0.1', '-port', String(epmd)], {
      detached: true,
      stdio: 'ignore',
    });
    epmdChild.unref();
    node.epmdPid = epmdChild.pid ?? null;
    await node.boot();
    return node;
  }

  private env(): string[] {
    const d = this.dir;
    return [
      'HOME=/var/lib/rabbitmq',
      `RABBITMQ_NODENAME=${this.nodeName}`,
      `RABBITMQ_CONF_ENV_FILE=${d}/rabbitmq-env.conf`,
      `RABBITMQ_CONFIG_FILE=${d}/rabbitmq.conf`,
      `RABBITMQ_ADVANCED_CONFIG_FILE=${d}/advanced.config`,
      `RABBITMQ_ENABLED_PLUGINS_FILE=${d}/enabled_plugins`,
      `RABBITMQ_MNESIA_BASE=${d}/mnesia`,
      `RABBITMQ_LOG_BASE=${d}/log`,
      `RABBITMQ_PID_FILE=${d}/rabbit.pid`,
      `RABBITMQ_DIST_PORT=${this.distPort}`,
      'RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}',
      'RABBITMQ_CTL_ERL_ARGS=-kernel inet_dist_use_interface {127,0,0,1}',
      'ERL_EPMD_ADDRESS=127.0.0.1',
      `ERL_EPMD_PORT=${this.epmdPort}`,
    ];
  }

  private beamPid(): number | null {
    try {
      const pid = Number(fs.readFileSync(`${this.dir}/rabbit.pid`, 'utf8').trim());
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
      return null;
    }
  }

  /** Starts the broker (keeping its database: durable queues and their messages survive) and waits for AMQP. */
  async boot(): Promise<void> {
    fs.rmSync(`${this.dir}/rabbit.pid`, { force: true });
    await exec('runuser', ['-u', 'rabbitmq', '--', 'env', ...this.env(), `${RMQ_LIB}/rabbitmq-server`, '-detached'], { cwd: '/' });
    await waitUntil(`RabbitMQ on port ${this.amqpPort}`, () => amqpHandshake(this.amqpPort), 120_000);
  }

  /** Stops the broker the way an operator's restart does (SIGTERM: orderly shutdown) and waits for the VM to exit. */
  async stop(): Promise<void> {
    const pid = this.beamPid();
    if (pid === null || !alive(pid)) return;
    process.kill(pid, 'SIGTERM');
    await waitUntil('the RabbitMQ VM to exit', () => !alive(pid), 60_000).catch(() => process.kill(pid, 'SIGKILL'));
  }

  /** `rabbitmqctl list_queues name messages_ready messages_unacknowledged` as text (for diagnostics). */
  async listQueues(): Promise<string> {
    const { stdout } = await exec('runuser', ['-u', 'rabbitmq', '--', 'env', ...this.env(), `${RMQ_LIB}/rabbitmqctl`, '-q', '-n', this.nodeName, 'list_queues', 'name', 'type', 'messages_ready', 'messages_unacknowledged'], {
      cwd: '/',
    });
    return stdout;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.boot();
  }

  /** Stops the broker and its epmd, and removes the state folder. */
  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    if (this.epmdPid !== null && alive(this.epmdPid)) process.kill(this.epmdPid, 'SIGTERM');
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
