// Inbound files as the gateway keeps them: the raw bytes with their sha256 (one row per distinct
// content; the same bytes picked up again only count as seen), and how routing ended.
import type { PageCursor } from '../../common/page-cursor';
import type { Tx } from '../../persistence/unit-of-work';

export const INBOUND_FILE_STATUSES = ['received', 'processed', 'quarantined'] as const;
export type InboundFileStatus = (typeof INBOUND_FILE_STATUSES)[number];

export interface NewInboundFile {
  id: string;
  clearinghouseId: string;
  remoteName: string;
  sha256: string;
  content: Buffer;
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
  /** Stores a new content, or counts another sighting of a known one (`isNew: false`, its first id). */
  abstract receive(tx: Tx, file: NewInboundFile): Promise<{ id: string; isNew: boolean }>;
  abstract findById(id: string): Promise<InboundFileRecord | null>;
  abstract content(id: string): Promise<Buffer | null>;
  abstract markProcessed(id: string, transactionType: string, result: unknown): Promise<void>;
  abstract markQuarantined(id: string, transactionType: string | null, code: string, message: string, segmentIndex: number | null): Promise<void>;
  abstract list(filter: { status?: InboundFileStatus; clearinghouseId?: string }, after: InboundFileCursor | null, limit: number): Promise<{ items: InboundFileRecord[]; next: InboundFileCursor | null }>;
}
