// Inbound file content in chunks: one row per 1 MiB piece (inbound_file_chunks), so a large file
// is written and read one chunk at a time instead of as one bytea value (whole in memory on both
// sides, and capped at 1 GB). Existing content moves to chunk 0; down joins the chunks back.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InboundFileChunks1764290000000 implements MigrationInterface {
  name = 'InboundFileChunks1764290000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inbound_file_chunks (
        inbound_file_id uuid NOT NULL REFERENCES inbound_files (id) ON DELETE CASCADE,
        seq int NOT NULL CHECK (seq >= 0),
        data bytea NOT NULL,
        PRIMARY KEY (inbound_file_id, seq)
      )`);
    // An empty file has no chunks (the reader stops at the first missing seq).
    await q.query(`INSERT INTO inbound_file_chunks (inbound_file_id, seq, data) SELECT id, 0, content FROM inbound_files WHERE octet_length(content) > 0`);
    await q.query(`ALTER TABLE inbound_files DROP COLUMN content`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE inbound_files ADD COLUMN content bytea`);
    await q.query(`
      UPDATE inbound_files f
         SET content = coalesce((SELECT string_agg(c.data, ''::bytea ORDER BY c.seq) FROM inbound_file_chunks c WHERE c.inbound_file_id = f.id), ''::bytea)`);
    await q.query(`ALTER TABLE inbound_files ALTER COLUMN content SET NOT NULL`);
    await q.query(`DROP TABLE inbound_file_chunks`);
  }
}
