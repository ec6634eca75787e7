// Inbound files on PostgreSQL/PGlite. The unique sha256 makes "seen before" one atomic statement;
// content lives in inbound_file_chunks, written and read one chunk per statement.
import { DataSource } from 'typeorm';
import { olderThanCursor } from '../../persistence/keyset';
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
    const manager = managerOf(tx);
    // xmax = 0 only on a freshly inserted row version: tells insert from conflict-update in one round trip.
    const [row]: { id: string; inserted: boolean }[] = await manager.query(
      `INSERT INTO inbound_files (id, clearinghouse_id, remote_name, sha256, byte_length) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sha256) DO UPDATE SET seen_count = inbound_files.seen_count + 1, last_seen_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [f.id, f.clearinghouseId, f.remoteName, f.sha256, f.byteLength],
    );
    if (!row.inserted) return { id: row.id, isNew: false };
    let seq = 0;
    let bytes = 0;
    for await (const chunk of f.chunks()) {
      if (chunk.length === 0) continue;
      await manager.query(`INSERT INTO inbound_file_chunks (inbound_file_id, seq, data) VALUES ($1, $2, $3)`, [row.id, seq++, chunk]);
      bytes += chunk.length;
    }
    // A file that changed between hashing and storing would be kept under the wrong sha256.
    if (bytes !== f.byteLength) throw new Error(`inbound file ${f.remoteName}: ${bytes} bytes stored, ${f.byteLength} expected`);
    return { id: row.id, isNew: true };
  }

  async findById(id: string): Promise<InboundFileRecord | null> {
    const rows: Row[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM inbound_files WHERE id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async *openContent(id: string): AsyncIterable<Buffer> {
    // One chunk per query, by primary key: memory stays at one chunk however large the file.
    for (let seq = 0; ; seq++) {
      const rows: { data: Buffer | Uint8Array }[] = await this.dataSource.query(`SELECT data FROM inbound_file_chunks WHERE inbound_file_id = $1 AND seq = $2`, [id, seq]);
      if (!rows[0]) return;
      const data = rows[0].data;
      yield Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    }
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
    if (after) where.push(olderThanCursor({ table: 'inbound_files', time: 'received_at', alias: '' }, `$${params.push(after.at)}`, `$${params.push(after.id)}`));
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM inbound_files ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY received_at DESC, id DESC LIMIT $${params.push(limit + 1)}`,
      params,
    );
    const items = rows.slice(0, limit).map(toRecord);
    const last = items[items.length - 1];
    return { items, next: rows.length > limit && last ? { at: last.receivedAt, id: last.id } : null };
  }
}
