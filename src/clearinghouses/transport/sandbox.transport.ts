// The sandbox adapter: the built-in simulated clearinghouse behind the transport port. A delivered
// 837 is kept in `root/received/` (same idempotency rule as the folder adapter, whose code it
// reuses) and answered at once into `root/inbound/` — TA1, 999, 277CA, 835s from
// runSandboxClearinghouse — where the inbound poller lists, downloads and archives them (`root/archive/`).
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { runSandboxClearinghouse, SandboxInputError, type SandboxResponseFile } from '../sandbox/sandbox-clearinghouse';
import { ClearinghouseTransport, type DeliveryReceipt, type DownloadReceipt, type FileNameVars, type InboundFile, type OutboundFile, type TransportHealth } from './clearinghouse-transport.port';
import { toBuffer } from './content-digest';
import { FolderTransport } from './folder.transport';
import { TransportError, TransportErrorCode } from './transport.errors';
import { assertPlainFileName, partName } from './transport-settings';

export interface SandboxTransportOptions {
  /** The sandbox's folder: `received/`, `inbound/` and `archive/` are created under it. */
  root: string;
  /** The time written into the responses (default: now). */
  clock?: () => Date;
  /** Payer IDs the sandbox knows (277CA rejects others); default: every ID not starting with UNKNOWN. */
  knownPayerIds?: readonly string[];
}

export class SandboxTransport extends ClearinghouseTransport {
  readonly adapter = 'sandbox';
  private readonly received: string;
  private readonly inbound: string;
  private readonly archive: string;
  private readonly folder: FolderTransport;
  private readonly clock: () => Date;
  private readonly knownPayerIds: readonly string[] | undefined;

  constructor(options: SandboxTransportOptions) {
    super();
    const root = path.resolve(options.root);
    this.received = path.join(root, 'received');
    this.inbound = path.join(root, 'inbound');
    this.archive = path.join(root, 'archive');
    this.clock = options.clock ?? (() => new Date());
    this.knownPayerIds = options.knownPayerIds;
    this.folder = new FolderTransport({ adapter: 'folder', outbox: this.received, inbox: this.inbound, archive: this.archive, fileNamePattern: '{name}', acknowledge: 'archive' });
  }

  /** Keeps the 837 and writes the sandbox's answers; a redelivery of the same file answers nothing new. */
  async deliver(file: OutboundFile, vars?: FileNameVars): Promise<DeliveryReceipt> {
    await this.ensureFolders();
    // Answer first: a file the sandbox cannot process fails here, before it counts as delivered.
    const responses = this.answer(toBuffer(file.content).toString('latin1'));
    const receipt = await this.folder.deliver(file, vars);
    if (receipt.alreadyDelivered) return receipt;
    for (const response of responses) await this.writeInbound(response);
    return receipt;
  }

  listInbound(): Promise<InboundFile[]> {
    return this.ensureFolders().then(() => this.folder.listInbound());
  }

  download(name: string, to: string): Promise<DownloadReceipt> {
    return this.folder.download(name, to);
  }

  acknowledge(name: string): Promise<void> {
    return this.folder.acknowledge(name);
  }

  /** The sandbox lives in this process: always up. */
  async check(): Promise<TransportHealth> {
    return { status: 'up', adapter: this.adapter };
  }

  async close(): Promise<void> {}

  private answer(text: string): SandboxResponseFile[] {
    try {
      return runSandboxClearinghouse(text, { clock: this.clock, knownPayerIds: this.knownPayerIds });
    } catch (err) {
      // Not an interchange at all (no ISA): like a real clearinghouse, the sandbox stays silent.
      if (err instanceof SandboxInputError) return [];
      throw new TransportError(TransportErrorCode.Failed, `sandbox clearinghouse: ${err instanceof Error ? err.message : 'failed'}`, { retryable: false, cause: err });
    }
  }

  /** Written under `.<name>.part.<random>`, then renamed, so the poller never sees half a file. */
  private async writeInbound(file: SandboxResponseFile): Promise<void> {
    assertPlainFileName(file.name);
    const part = path.join(this.inbound, `${partName(file.name)}.${randomBytes(4).toString('hex')}`);
    try {
      await fs.writeFile(part, file.content, { flag: 'wx', encoding: 'latin1' });
      await fs.rename(part, path.join(this.inbound, file.name));
    } catch (err) {
      await fs.rm(part, { force: true });
      throw new TransportError(TransportErrorCode.Failed, `sandbox inbound ${file.name}: ${(err as Error).message}`, { cause: err });
    }
  }

  private async ensureFolders(): Promise<void> {
    try {
      for (const dir of [this.received, this.inbound, this.archive]) await fs.mkdir(dir, { recursive: true });
    } catch (err) {
      throw new TransportError(TransportErrorCode.PermissionDenied, `sandbox folders: ${(err as Error).message}`, { cause: err });
    }
  }
}
