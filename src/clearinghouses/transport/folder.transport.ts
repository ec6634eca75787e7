// The folder adapter: 837 files go to a local outbox (a share a clearinghouse client picks up),
// responses are read from a local inbox and moved to an archive folder or deleted once processed.
// Same visibility rule as SFTP: written under `.<name>.part`, then linked to the final name.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ClearinghouseTransport, type DeliveryReceipt, type DownloadReceipt, type FileNameVars, type InboundFile, type OutboundFile, type TransportHealth } from './clearinghouse-transport.port';
import { sha256, toBuffer } from './content-digest';
import { TransportError, TransportErrorCode } from './transport.errors';
import { assertPlainFileName, partName, renderFileName, type FolderTransportSettings } from './transport-settings';

export class FolderTransport extends ClearinghouseTransport {
  readonly adapter = 'folder';
  private readonly outbox: string;
  private readonly inbox: string;
  private readonly archive: string | null;

  constructor(private readonly settings: FolderTransportSettings) {
    super();
    this.outbox = path.resolve(settings.outbox);
    this.inbox = path.resolve(settings.inbox);
    this.archive = settings.archive === null ? null : path.resolve(settings.archive);
  }

  async deliver(file: OutboundFile, vars?: FileNameVars): Promise<DeliveryReceipt> {
    const remoteName = renderFileName(this.settings.fileNamePattern, file.name, vars);
    const content = toBuffer(file.content);
    const finalPath = path.join(this.outbox, remoteName);
    if (await this.sameFileAt(finalPath, content)) return { remoteName, alreadyDelivered: true };

    // A random suffix keeps two concurrent deliveries of one name from writing the same part file.
    const part = path.join(this.outbox, `${partName(remoteName)}.${randomBytes(4).toString('hex')}`);
    try {
      await fs.writeFile(part, content, { flag: 'wx' });
      // link() fails with EEXIST instead of replacing, so a file that appeared meanwhile is never clobbered.
      await fs.link(part, finalPath);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && (await this.sameFileAt(finalPath, content))) return { remoteName, alreadyDelivered: true };
      throw mapFsError(err, `deliver ${remoteName}`);
    } finally {
      await fs.rm(part, { force: true });
    }
    return { remoteName, alreadyDelivered: false };
  }

  async listInbound(): Promise<InboundFile[]> {
    try {
      const entries = await fs.readdir(this.inbox, { withFileTypes: true });
      const files: InboundFile[] = [];
      for (const entry of entries) {
        if (!entry.isFile() || entry.name.startsWith('.') || entry.name.endsWith('.part')) continue;
        const stat = await fs.stat(path.join(this.inbox, entry.name)).catch(() => null);
        if (stat) files.push({ name: entry.name, size: stat.size, modifiedAt: stat.mtime });
      }
      return files.sort((a, b) => a.modifiedAt.getTime() - b.modifiedAt.getTime() || a.name.localeCompare(b.name));
    } catch (err) {
      throw mapFsError(err, 'list inbox');
    }
  }

  /** A kernel-side copy (copy_file_range where the file system has it): no file content passes through the heap. */
  async download(name: string, to: string): Promise<DownloadReceipt> {
    assertPlainFileName(name);
    try {
      await fs.copyFile(path.join(this.inbox, name), to);
      return { bytes: (await fs.stat(to)).size };
    } catch (err) {
      throw mapFsError(err, `download ${name}`);
    }
  }

  async acknowledge(name: string): Promise<void> {
    assertPlainFileName(name);
    const source = path.join(this.inbox, name);
    try {
      if (this.settings.acknowledge === 'delete' || this.archive === null) {
        await fs.unlink(source);
        return;
      }
      await fs.mkdir(this.archive, { recursive: true });
      await fs.rename(source, await freeName(this.archive, name));
    } catch (err) {
      throw mapFsError(err, `acknowledge ${name}`);
    }
  }

  async check(): Promise<TransportHealth> {
    try {
      await fs.access(this.outbox, fs.constants.W_OK);
      await fs.access(this.inbox, fs.constants.R_OK | fs.constants.W_OK);
      return { status: 'up', adapter: this.adapter };
    } catch (err) {
      const e = mapFsError(err, 'check');
      return { status: 'down', adapter: this.adapter, error: `${e.code}: ${e.message}` };
    }
  }

  async close(): Promise<void> {}

  private async sameFileAt(file: string, content: Buffer): Promise<boolean> {
    let size: number;
    try {
      size = (await fs.stat(file)).size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw mapFsError(err, `stat ${path.basename(file)}`);
    }
    if (size === content.length && sha256(await fs.readFile(file)) === sha256(content)) return true;
    throw new TransportError(TransportErrorCode.RemoteFileExists, `${path.basename(file)} already exists in the outbox with different content`);
  }
}

/** The archive keeps every acknowledged file: a second file with the same name gets a time suffix. */
async function freeName(dir: string, name: string): Promise<string> {
  const target = path.join(dir, name);
  try {
    await fs.access(target);
  } catch {
    return target;
  }
  return path.join(dir, `${name}.${new Date().toISOString().replace(/[:.]/g, '')}`);
}

function mapFsError(err: unknown, what: string): TransportError {
  if (err instanceof TransportError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const message = `${what}: ${(err as Error).message}`;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new TransportError(TransportErrorCode.RemoteFileNotFound, message, { cause: err });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new TransportError(TransportErrorCode.PermissionDenied, message, { cause: err });
  if (code === 'EEXIST') return new TransportError(TransportErrorCode.RemoteFileExists, message, { cause: err });
  return new TransportError(TransportErrorCode.Failed, message, { cause: err });
}
