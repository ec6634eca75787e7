// Compares a file already at the final name with the one being delivered, to tell an idempotent
// redelivery (same size and SHA-256) from a clash (REMOTE_FILE_EXISTS).
import { createHash } from 'node:crypto';

export function toBuffer(content: string | Buffer): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
