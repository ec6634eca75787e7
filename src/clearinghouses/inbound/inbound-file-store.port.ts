// Inbound files as the gateway keeps them: the raw bytes in chunks with their sha256 (one file per
// distinct content; the same bytes picked up again only count as seen), and how routing ended.
// Content goes in and comes out one chunk at a time, so no file is ever held whole in memory.
import type { PageCursor } from '../../common/page-cursor';
import type { Tx } from '../../persistence/unit-of-work';

export const INBOUND_FILE_STATUSES = ['received', 'processed', 'quarantined'] as const;
export type InboundFileStatus = (typeof INBOUND_FILE_STATUSES)[number];

/** The size of a stored content chunk (the last chunk of a file may be shorter). */
export const INBOUND_CHUNK_BYTES = 1024 * 1024;

export interface NewInboundFile {
  id: string;
  clearinghouseId: string;
  remoteName: string;
  /** Of the whole content; decides whether the file is new. */
  sha256: string;
  byteLength: number;
  /** The content in order, chunks of at most INBOUND_CHUNK_BYTES; opened only when the file is new. */
  chunks(): AsyncIterable<Buffer>;
}

export interface InboundFileRecord {
  id: string;
  clearinghouseId: string;
  remoteName: string;
  sha256: string;
  byteLength: number;
  status: InboundFileStatus;
  /** TA1, 999, 277, 835 (ST01), or null when unknown. */
  transactionType: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  segmentIndex: number | null;
  result: unknown;
  seenCount: number;
  receivedAt: Date;
  lastSeenAt: Date;
  processedAt: Date | null;
}

/** Newest first: (receivedAt, id) of the last item of the previous page. */
export type InboundFileCursor = PageCursor;

export abstract class InboundFileStore {
  /**
   * Stores a new content chunk by chunk, or counts another sighting of a known one (`isNew: false`,
   * its first id; its chunks are not read). Rejects when the chunks do not add up to `byteLength`.
   */
  abstract receive(tx: Tx, file: NewInboundFile): Promise<{ id: string; isNew: boolean }>;
  abstract findById(id: string): Promise<InboundFileRecord | null>;
  /** The content in order, one chunk per read; nothing for an unknown id. Can be opened any number of times. */
  abstract openContent(id: string): AsyncIterable<Buffer>;
  abstract markProcessed(id: string, transactionType: string, result: unknown): Promise<void>;
  abstract markQuarantined(id: string, transactionType: string | null, code: string, message: string, segmentIndex: number | null): Promise<void>;
  abstract list(filter: { status?: InboundFileStatus; clearinghouseId?: string }, after: InboundFileCursor | null, limit: number): Promise<{ items: InboundFileRecord[]; next: InboundFileCursor | null }>;
}
