// The SFTP adapter (ssh2-sftp-client): delivers 837 files to the clearinghouse's outbound folder and
// picks up 999/277CA/835 files from its inbound folder. The server is trusted only through the
// pinned SHA256 host-key fingerprint; credentials come from environment variables named in the
// profile. One connection is reused and reopened once when it was lost.
import { createHash, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { Transform } from 'node:stream';
import * as fs from 'node:fs';
import * as path from 'node:path';
import SftpClient from 'ssh2-sftp-client';
import { ClearinghouseTransport, type DeliveryReceipt, type DownloadReceipt, type FileNameVars, type InboundFile, type OutboundFile, type TransportHealth } from './clearinghouse-transport.port';
import { sha256, toBuffer } from './content-digest';
import { withIdleTimeout } from './idle-timeout';
import { TransportError, TransportErrorCode } from './transport.errors';
import { assertPlainFileName, partName, renderFileName, type SftpTransportSettings } from './transport-settings';

const remote = path.posix;

/** `SHA256:<unpadded base64>` of a raw host key, the form `ssh-keygen -lf` prints. */
export function hostKeyFingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** Socket-level codes that mean "the server is not there (now)". */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET', 'EPIPE', 'ECONNABORTED']);
/** ssh2 SFTP status codes (draft-ietf-secsh-filexfer-02 §7): NO_SUCH_FILE, PERMISSION_DENIED. */
const SFTP_NO_SUCH_FILE = 2;
const SFTP_PERMISSION_DENIED = 3;

export class SftpTransport extends ClearinghouseTransport {
  readonly adapter = 'sftp';
  private client: SftpClient | null = null;
  private connecting: Promise<SftpClient> | null = null;
  private archiveReady = false;

  constructor(
    private readonly settings: SftpTransportSettings,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    super();
  }

  async deliver(file: OutboundFile, vars?: FileNameVars): Promise<DeliveryReceipt> {
    const remoteName = renderFileName(this.settings.fileNamePattern, file.name, vars);
    const content = toBuffer(file.content);
    const finalPath = remote.join(this.settings.outboundDir, remoteName);
    const partPath = remote.join(this.settings.outboundDir, partName(remoteName));
    // Safe to repeat after a lost connection: a completed earlier attempt is found as a redelivery.
    return this.run(`deliver ${remoteName}`, async (client) => {
      if (await this.sameFileAt(client, finalPath, content)) return { remoteName, alreadyDelivered: true };
      await client.put(content, partPath);
      try {
        // Plain SFTP rename (not posix-rename) refuses to replace an existing file on OpenSSH,
        // so a file that appeared under the final name meanwhile is never overwritten.
        await client.rename(partPath, finalPath);
      } catch (err) {
        await client.delete(partPath, true).catch(() => undefined);
        if (await this.sameFileAt(client, finalPath, content)) return { remoteName, alreadyDelivered: true };
        throw err;
      }
      return { remoteName, alreadyDelivered: false };
    });
  }

  async listInbound(): Promise<InboundFile[]> {
    return this.run('list inbound', async (client) => {
      const entries = await client.list(this.settings.inboundDir);
      return entries
        .filter((e) => e.type === '-' && !e.name.startsWith('.') && !e.name.endsWith('.part'))
        .map((e) => ({ name: e.name, size: e.size, modifiedAt: new Date(e.modifyTime) }))
        .sort((a, b) => a.modifiedAt.getTime() - b.modifiedAt.getTime() || a.name.localeCompare(b.name));
    });
  }

  /**
   * A sequential read stream written straight to the local file, so a large file is never held in
   * memory. Not fastGet: its concurrent reads are what some clearinghouse SFTP servers get wrong.
   * A retry after a lost connection starts over.
   */
  async download(name: string, to: string): Promise<DownloadReceipt> {
    assertPlainFileName(name);
    return this.run(`download ${name}`, async (client, progress) => {
      // get() resolves when the remote stream ends, before the local file is flushed: wait for our own stream.
      const out = fs.createWriteStream(to);
      const closed = once(out, 'close');
      closed.catch(() => undefined); // a write error also rejects get(), which reports it
      // Every chunk that arrives is progress: a slow but steady transfer is not timed out.
      const counted = new Transform({
        transform(chunk: Buffer, _enc, done) {
          progress();
          done(null, chunk);
        },
      });
      counted.pipe(out);
      out.on('error', (err) => counted.destroy(err)); // a local write error fails get() at once
      try {
        await client.get(remote.join(this.settings.inboundDir, name), counted);
        await closed;
      } finally {
        counted.destroy();
        out.destroy();
      }
      return { bytes: (await fs.promises.stat(to)).size };
    });
  }

  async acknowledge(name: string): Promise<void> {
    assertPlainFileName(name);
    const source = remote.join(this.settings.inboundDir, name);
    await this.run(`acknowledge ${name}`, async (client) => {
      const archiveDir = this.settings.archiveDir;
      if (this.settings.acknowledge === 'delete' || archiveDir === null) {
        await client.delete(source);
        return;
      }
      if (!this.archiveReady) {
        // exists() answers 'd', '-', 'l' or false, not a boolean (stack.md §5).
        if ((await client.exists(archiveDir)) !== 'd') await client.mkdir(archiveDir, true);
        this.archiveReady = true;
      }
      let target = remote.join(archiveDir, name);
      // The archive keeps every acknowledged file: a second one with the same name gets a time suffix.
      if ((await client.exists(target)) !== false) target = `${target}.${new Date().toISOString().replace(/[:.]/g, '')}`;
      await client.rename(source, target);
    });
  }

  async check(): Promise<TransportHealth> {
    try {
      await this.run('check', async (client) => {
        if ((await client.exists(this.settings.outboundDir)) !== 'd') {
          throw new TransportError(TransportErrorCode.RemoteFileNotFound, `outbound folder ${this.settings.outboundDir} does not exist`);
        }
      });
      return { status: 'up', adapter: this.adapter };
    } catch (err) {
      const e = err as TransportError;
      return { status: 'down', adapter: this.adapter, error: `${e.code}: ${e.message}` };
    }
  }

  async close(): Promise<void> {
    const client = this.client ?? (await this.connecting?.catch(() => null)) ?? null;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }

  /**
   * Runs `op` on the shared connection within the operation timeout: the longest time without
   * progress, for an op that reports it (a download, per chunk), else the longest it may take.
   * When the connection turns out to be dead (server restart, idle drop) it reconnects and runs
   * `op` once more.
   */
  private async run<T>(what: string, op: (client: SftpClient, progress: () => void) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.connection();
      try {
        return await withIdleTimeout((progress) => op(client, progress), this.settings.operationTimeoutMs, what, () => this.drop(client));
      } catch (err) {
        if (err instanceof TransportError) throw err;
        if (attempt === 1 && isConnectionLost(err)) {
          this.drop(client);
          continue;
        }
        throw mapOperationError(err, what);
      }
    }
  }

  private connection(): Promise<SftpClient> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<SftpClient> {
    const s = this.settings;
    // No-op global callbacks: the library's defaults print every connection event to the console;
    // failures reach us as rejections of the operation that was running.
    const quiet = (): void => undefined;
    const client = new SftpClient(`x12gw-${s.host}`, { error: quiet, end: quiet, close: quiet });
    let presentedKey: string | null = null;
    const expected = Buffer.from(s.hostKeySha256);
    const config: SftpClient.ConnectOptions = {
      host: s.host,
      port: s.port,
      username: s.username,
      readyTimeout: s.connectTimeoutMs,
      tryKeyboard: false,
      hostVerifier: (key: Buffer) => {
        presentedKey = hostKeyFingerprint(key);
        const presented = Buffer.from(presentedKey);
        return presented.length === expected.length && timingSafeEqual(presented, expected);
      },
      ...this.credentials(),
    };
    const where = `${s.username}@${s.host}:${s.port}`;
    try {
      await withIdleTimeout(() => client.connect(config), s.connectTimeoutMs + 1000, `connect to ${where}`, () => void client.end().catch(() => undefined));
    } catch (err) {
      void client.end().catch(() => undefined);
      if (presentedKey !== null && presentedKey !== s.hostKeySha256) {
        throw new TransportError(TransportErrorCode.HostKeyMismatch, `${where} presented host key ${presentedKey}, but the profile pins ${s.hostKeySha256}; refusing to connect`, { cause: err });
      }
      throw mapConnectError(err, where);
    }
    // A connection that ends on its own is dropped, so the next operation reconnects.
    client.on('close', () => {
      if (this.client === client) this.client = null;
    });
    this.client = client;
    return client;
  }

  /** Secrets are read from the environment at connect time, so a rotated secret needs no reload of the profile. */
  private credentials(): { password: string } | { privateKey: Buffer; passphrase?: string } {
    const auth = this.settings.auth;
    if (auth.method === 'password') {
      const password = this.env[auth.passwordEnv];
      if (!password) throw new TransportError(TransportErrorCode.AuthFailed, `environment variable ${auth.passwordEnv} (the SFTP password) is not set`);
      return { password };
    }
    const keyPath = this.env[auth.privateKeyPathEnv];
    if (!keyPath) throw new TransportError(TransportErrorCode.AuthFailed, `environment variable ${auth.privateKeyPathEnv} (the SFTP private key path) is not set`);
    let privateKey: Buffer;
    try {
      privateKey = fs.readFileSync(keyPath);
    } catch (err) {
      throw new TransportError(TransportErrorCode.AuthFailed, `cannot read the SFTP private key named by ${auth.privateKeyPathEnv}: ${(err as Error).message}`, { cause: err });
    }
    const passphrase = auth.passphraseEnv ? this.env[auth.passphraseEnv] : undefined;
    return passphrase ? { privateKey, passphrase } : { privateKey };
  }

  private drop(client: SftpClient): void {
    if (this.client === client) this.client = null;
    void client.end().catch(() => undefined);
  }

  /** True when an identical file is at `file`; REMOTE_FILE_EXISTS when a different one is. */
  private async sameFileAt(client: SftpClient, file: string, content: Buffer): Promise<boolean> {
    const type = await client.exists(file);
    if (type === false) return false;
    if (type === '-') {
      const { size } = await client.stat(file);
      if (size === content.length && sha256((await client.get(file)) as Buffer) === sha256(content)) return true;
    }
    throw new TransportError(TransportErrorCode.RemoteFileExists, `${remote.basename(file)} already exists in ${remote.dirname(file)} with different content`);
  }
}

function errorCode(err: unknown): string | number | undefined {
  return (err as { code?: string | number } | null)?.code;
}

function isConnectionLost(err: unknown): boolean {
  const code = errorCode(err);
  const message = (err as Error)?.message ?? '';
  return code === 'ERR_NOT_CONNECTED' || code === 'ECONNRESET' || code === 'EPIPE' || /No SFTP connection|Unexpected (end|close)|Not connected/i.test(message);
}

function mapConnectError(err: unknown, where: string): TransportError {
  if (err instanceof TransportError) return err;
  const code = errorCode(err);
  const message = `${where}: ${(err as Error)?.message ?? String(err)}`;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return new TransportError(TransportErrorCode.Unreachable, message, { cause: err });
  if (code === 'ERR_BAD_AUTH' || /authentication methods failed|authentication failed/i.test(message)) {
    return new TransportError(TransportErrorCode.AuthFailed, message, { cause: err });
  }
  if (code === 'ETIMEDOUT' || /timed out/i.test(message)) return new TransportError(TransportErrorCode.Timeout, message, { cause: err });
  return new TransportError(TransportErrorCode.Unreachable, message, { cause: err });
}

function mapOperationError(err: unknown, what: string): TransportError {
  const code = errorCode(err);
  const message = `${what}: ${(err as Error)?.message ?? String(err)}`;
  if (code === 'ENOENT' || code === SFTP_NO_SUCH_FILE || /no such file/i.test(message)) return new TransportError(TransportErrorCode.RemoteFileNotFound, message, { cause: err });
  if (code === 'EACCES' || code === SFTP_PERMISSION_DENIED || /permission denied/i.test(message)) return new TransportError(TransportErrorCode.PermissionDenied, message, { cause: err });
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return new TransportError(TransportErrorCode.Unreachable, message, { cause: err });
  return new TransportError(TransportErrorCode.Failed, message, { cause: err });
}
