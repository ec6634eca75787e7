// The sandbox clearinghouse on the far side of a file drop: watches a local folder (an SFTP
// server's outbound folder on disk, or a folder adapter's outbox), runs runSandboxClearinghouse on
// each new 837 and writes the answers into the inbound folder (temp name + rename, so a poller never
// sees half a file). Idempotent: what was answered is remembered per file name and sha256 in a
// state folder, so a rescan, a restart or a redelivery of the same bytes answers nothing new.
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { partName } from '../transport/transport-settings';
import { runSandboxClearinghouse, SandboxInputError, type SandboxResponseFile } from './sandbox-clearinghouse';

/** The answer files by kind, as the sandbox names them (`<isa13>.ta1`, `.999`, `.277`, `-<payer>.835`). */
export type SandboxAnswerKind = 'ta1' | '999' | '277' | '835';
export const SANDBOX_ANSWER_KINDS: readonly SandboxAnswerKind[] = ['ta1', '999', '277', '835'];

export function answerKind(name: string): SandboxAnswerKind | null {
  const ext = path.extname(name).slice(1).toLowerCase();
  return (SANDBOX_ANSWER_KINDS as readonly string[]).includes(ext) ? (ext as SandboxAnswerKind) : null;
}

export interface SandboxResponderOptions {
  /** Where the gateway drops its 837 files. */
  outbound: string;
  /** Where the answers go, for the gateway to pick up. */
  inbound: string;
  /** Where the responder remembers what it answered (default `<outbound>/.sandbox-responder`). */
  stateDir?: string;
  /** The time written into the answers (default: now). */
  clock?: () => Date;
  /** Payer IDs the sandbox knows (277CA rejects others); default: every ID not starting with UNKNOWN. */
  knownPayerIds?: readonly string[];
}

export interface ResponderScan {
  /** 837 files answered in this scan, with the answer files written. */
  answered: { file: string; responses: string[] }[];
  /** Files in the outbound folder that are not interchanges (the sandbox stays silent, once). */
  ignored: string[];
}

export class SandboxResponder {
  private readonly stateDir: string;
  private readonly clock: () => Date;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SandboxResponderOptions) {
    this.stateDir = options.stateDir ?? path.join(options.outbound, '.sandbox-responder');
    this.clock = options.clock ?? (() => new Date());
  }

  /**
   * Answers every 837 in the outbound folder not answered yet with the given kinds of file (all by
   * default). Passing fewer kinds lets a caller release a clearinghouse's answers in the order and
   * at the pace a real one sends them: TA1 and 999 in minutes, the 277CA later, the 835 days later.
   */
  scan(kinds: readonly SandboxAnswerKind[] = SANDBOX_ANSWER_KINDS): Promise<ResponderScan> {
    // One scan at a time: the interval and an explicit call never answer the same file twice.
    const next = this.running.then(() => this.scanOnce(kinds));
    this.running = next.catch(() => undefined);
    return next;
  }

  /** Scans every `intervalMs` until stop(); an error goes to `onError` and the next scan tries again. */
  start(intervalMs: number, options: { kinds?: readonly SandboxAnswerKind[]; onError?: (err: Error) => void; onScan?: (scan: ResponderScan) => void } = {}): void {
    if (this.timer) return;
    const tick = () => {
      this.scan(options.kinds)
        .then(options.onScan, (err: Error) => options.onError?.(err))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private async scanOnce(kinds: readonly SandboxAnswerKind[]): Promise<ResponderScan> {
    await fs.mkdir(this.stateDir, { recursive: true });
    await fs.mkdir(this.options.inbound, { recursive: true });
    const result: ResponderScan = { answered: [], ignored: [] };
    const entries = await fs.readdir(this.options.outbound, { withFileTypes: true });
    // Oldest name first; hidden names are in-flight uploads (`.name.part…`) or our state folder.
    const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.endsWith('.part')).map((e) => e.name).sort();
    for (const name of names) {
      const content = await fs.readFile(path.join(this.options.outbound, name)).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return null; // taken away meanwhile
        throw err;
      });
      if (content === null) continue;
      const key = `${name}.${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
      if (await this.exists(`${key}.ignored`)) continue;
      const pending = [];
      for (const kind of kinds) if (!(await this.exists(`${key}.${kind}`))) pending.push(kind);
      if (pending.length === 0) continue;

      // The time of the first answer is kept, so answers released later carry the same dates and
      // a repeated answer has the same bytes (the gateway dedupes by sha256).
      const at = await this.answerTime(key);
      let responses: SandboxResponseFile[];
      try {
        responses = runSandboxClearinghouse(content.toString('latin1'), { clock: () => at, knownPayerIds: this.options.knownPayerIds });
      } catch (err) {
        if (!(err instanceof SandboxInputError)) throw err;
        await this.mark(`${key}.ignored`);
        result.ignored.push(name);
        continue;
      }
      const written: string[] = [];
      for (const kind of pending) {
        for (const response of responses.filter((r) => answerKind(r.name) === kind)) {
          await this.writeInbound(response);
          written.push(response.name);
        }
        // Marked after its files are in place: a crash in between writes them again, same bytes.
        await this.mark(`${key}.${kind}`);
      }
      if (written.length > 0) result.answered.push({ file: name, responses: written });
    }
    return result;
  }

  private async answerTime(key: string): Promise<Date> {
    const file = path.join(this.stateDir, `${key}.time`);
    const stored = await fs.readFile(file, 'utf8').catch(() => null);
    if (stored && !Number.isNaN(Date.parse(stored))) return new Date(stored);
    const time = this.clock();
    await fs.writeFile(file, time.toISOString());
    return time;
  }

  private exists(marker: string): Promise<boolean> {
    return fs.access(path.join(this.stateDir, marker)).then(
      () => true,
      () => false,
    );
  }

  private mark(marker: string): Promise<void> {
    return fs.writeFile(path.join(this.stateDir, marker), '');
  }

  private async writeInbound(file: SandboxResponseFile): Promise<void> {
    const part = path.join(this.options.inbound, `${partName(file.name)}.${randomBytes(4).toString('hex')}`);
    try {
      await fs.writeFile(part, file.content, { flag: 'wx', encoding: 'latin1' });
      await fs.rename(part, path.join(this.options.inbound, file.name));
    } catch (err) {
      await fs.rm(part, { force: true });
      throw err;
    }
  }
}
