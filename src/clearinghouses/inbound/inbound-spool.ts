// Local scratch files for inbound pickup: a file is downloaded into the spool, hashed and stored
// from there in chunks, so neither the transport nor the database sees it whole in memory. One
// folder per gateway process under the OS temp dir (removed at shutdown), a unique name per file,
// removed when its work ends.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

export interface SpooledDigest {
  bytes: number;
  sha256: string;
}

export class InboundSpool {
  /** The random part keeps two gateways in one process (tests) from removing each other's folder. */
  constructor(readonly dir: string = path.join(os.tmpdir(), `x12gw-inbound-${process.pid}-${randomBytes(4).toString('hex')}`)) {}

  /** Removes the folder (and anything a killed download left in it); called at shutdown. */
  async onModuleDestroy(): Promise<void> {
    await fs.rm(this.dir, { recursive: true, force: true });
  }

  /** Runs `work` with the path of a fresh scratch file (not created yet); the file is removed afterwards, whatever happened. */
  async use<T>(work: (file: string) => Promise<T>): Promise<T> {
    await fs.mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, `${randomUUID()}.part`);
    try {
      return await work(file);
    } finally {
      await fs.rm(file, { force: true });
    }
  }

  /** Size and sha256 of a scratch file, read as a stream. */
  async digest(file: string): Promise<SpooledDigest> {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      bytes += chunk.length;
    }
    return { bytes, sha256: hash.digest('hex') };
  }

  /** The file in chunks of exactly `size` bytes (the last one shorter), one buffer per chunk. */
  async *chunks(file: string, size: number): AsyncIterable<Buffer> {
    const handle = await fs.open(file, 'r');
    try {
      for (;;) {
        const buffer = Buffer.allocUnsafe(size);
        let filled = 0;
        while (filled < size) {
          const { bytesRead } = await handle.read(buffer, filled, size - filled, null);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        if (filled === 0) return;
        yield filled === size ? buffer : buffer.subarray(0, filled);
        if (filled < size) return;
      }
    } finally {
      await handle.close();
    }
  }
}
