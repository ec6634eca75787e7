// Inbound files on PostgreSQL/PGlite. The unique sha256 makes "seen before" one atomic statement.
import { DataSource } from 'typeorm';
import { managerOf, type Tx } from '../../persistence/unit-of-work';
import { InboundFileStore, type InboundFileCursor, type InboundFileRecord, type InboundFileStatus, type NewInboundFile } from './inbound-file-store.port';

interface Row {
  id: string;
  clearinghouse_id: string;
  remote_name: string;
  sha256: string;
  byte_length: number;
  status: InboundFileStatus;
  transaction_type: string | null;
  error_code: string | null;
  error_message: string | null;
  segment_index: number | null;
  result: unknown;
  seen_count: number;
  received_at: Date;
  last_seen_at: Date;
  processed_at: Date | null;
}

const COLUMNS = `id, clearinghouse_id, remote_name, sha256, byte_length, status, transaction_type, error_code, error_message, segment_index, result,
  seen_count, received_at, last_seen_at, processed_at`;

function toRecord(r: Row): InboundFileRecord {
  return {
    id: r.id,
    clearinghouseId: r.clearinghouse_id,
    remoteName: r.remote_name,
    sha256: r.sha256,
    byteLength: r.byte_length,
    status: r.status,
    transactionType: r.transaction_type,
    errorCode: r.error_code,
    errorMessage: r.error_message,
    segmentIndex: r.segment_index,
    result: r.result,
    seenCount: r.seen_count,
    receivedAt: r.received_at,
    lastSeenAt: r.last_seen_at,
    processedAt: r.processed_at,
  };
}

export class TypeormInboundFileStore extends InboundFileStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async receive(tx: Tx, f: NewInboundFile): Promise<{ id: string; isNew: boolean }> {
    // xmax = 0 only on a freshly inserted row version: tells insert from conflict-update in one round trip.
    const [row]: { id: string; inserted: boolean }[] = await managerOf(tx).query(
      `INSERT INTO inbound_files (id, clearinghouse_id, remote_name, sha256, byte_length, content) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (sha256) DO UPDATE SET seen_count = inbound_files.seen_count + 1, last_seen_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [f.id, f.clearinghouseId, f.remoteName, f.sha256, f.content.length, f.content],
    );
    return { id: row.id, isNew: row.inserted };
  }

  async findById(id: string): Promise<InboundFileRecord | null> {
    const rows: Row[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM inbound_files WHERE id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async content(id: string): Promise<Buffer | null> {
    const rows: { content: Buffer | Uint8Array }[] = await this.dataSource.query(`SELECT content FROM inbound_files WHERE id = $1`, [id]);
    return rows[0] ? Buffer.from(rows[0].content) : null;
  }

  async markProcessed(id: string, transactionType: string, result: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE inbound_files SET status = 'processed', transaction_type = $2, result = $3::jsonb, error_code = NULL, error_message = NULL, segment_index = NULL, processed_at = now()
        WHERE id = $1`,
      [id, transactionType, JSON.stringify(result ?? null)],
    );
  }

  async markQuarantined(id: string, transactionType: string | null, code: string, message: string, segmentIndex: number | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE inbound_files SET status = 'quarantined', transaction_type = $2, error_code = $3, error_message = $4, segment_index = $5, processed_at = now() WHERE id = $1`,
      [id, transactionType, code, message.slice(0, 2000), segmentIndex],
    );
  }

  async list(filter: { status?: InboundFileStatus; clearinghouseId?: string }, after: InboundFileCursor | null, limit: number): Promise<{ items: InboundFileRecord[]; next: InboundFileCursor | null }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status) where.push(`status = $${params.push(filter.status)}`);
    if (filter.clearinghouseId) where.push(`clearinghouse_id = $${params.push(filter.clearinghouseId)}`);
    if (after) where.push(`(received_at, id) < ($${params.push(after.at)}, $${params.push(after.id)}::uuid)`);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM inbound_files ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY received_at DESC, id DESC LIMIT $${params.push(limit + 1)}`,
      params,
    );
    const items = rows.slice(0, limit).map(toRecord);
    const last = items[items.length - 1];
    return { items, next: rows.length > limit && last ? { at: last.receivedAt, id: last.id } : null };
  }
}
