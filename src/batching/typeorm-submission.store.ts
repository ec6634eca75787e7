// Submissions on PostgreSQL/PGlite: the interchange row (file included) and its claim rows, written
// in the batch transaction; reads leave the file out unless it is asked for.
import { DataSource, type FindOptionsSelect } from 'typeorm';
import { SubmissionClaimEntity, SubmissionEntity } from '../persistence/entities';
import { olderThanCursor } from '../persistence/keyset';
import { managerOf, type Tx } from '../persistence/unit-of-work';
import type { ClaimKind, UsageIndicator } from '../x12/claim-json/claim-document';
import { SubmissionStore, type NewSubmission, type StoredSubmission, type SubmissionClaim, type SubmissionCursor, type SubmissionListFilter } from './submission-store.port';

/** Rows per multi-row INSERT: 8 parameters each stays far below PostgreSQL's 65535. */
const CLAIM_ROWS_PER_INSERT = 1000;

/** Every column but the file, which can be megabytes. */
const METADATA: FindOptionsSelect<SubmissionEntity> = {
  id: true, clearinghouseId: true, payerId: true, kind: true, usageIndicator: true, status: true, isaSender: true, isaReceiver: true,
  isa13: true, isa13Serial: true, gs06: true, gs06Serial: true, st02: true, transactionCount: true, claimCount: true, fileName: true,
  byteLength: true, sha256: true, deliveryAttempts: true, lastError: true, remoteName: true, transmittedAt: true, createdAt: true, updatedAt: true,
};

function toStored(row: SubmissionEntity): StoredSubmission {
  return {
    id: row.id,
    clearinghouseId: row.clearinghouseId,
    payerId: row.payerId,
    kind: row.kind as ClaimKind,
    usage: row.usageIndicator as UsageIndicator,
    status: row.status as StoredSubmission['status'],
    isaSender: row.isaSender,
    isaReceiver: row.isaReceiver,
    isa13: row.isa13,
    isa13Serial: Number(row.isa13Serial),
    gs06: row.gs06,
    gs06Serial: Number(row.gs06Serial),
    st02: row.st02,
    transactionCount: row.transactionCount,
    claimCount: row.claimCount,
    fileName: row.fileName,
    byteLength: row.byteLength,
    sha256: row.sha256,
    deliveryAttempts: row.deliveryAttempts,
    lastError: row.lastError,
    remoteName: row.remoteName,
    transmittedAt: row.transmittedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export class TypeormSubmissionStore extends SubmissionStore {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async insert(tx: Tx, s: NewSubmission, claims: readonly SubmissionClaim[]): Promise<void> {
    const manager = managerOf(tx);
    await manager.insert(SubmissionEntity, {
      id: s.id,
      clearinghouseId: s.clearinghouseId,
      payerId: s.payerId,
      kind: s.kind,
      usageIndicator: s.usage,
      status: s.status,
      isaSender: s.isaSender,
      isaReceiver: s.isaReceiver,
      isa13: s.isa13,
      isa13Serial: String(s.isa13Serial),
      gs06: s.gs06,
      gs06Serial: String(s.gs06Serial),
      st02: s.st02,
      transactionCount: s.st02.length,
      claimCount: s.claimCount,
      fileName: s.fileName,
      fileText: s.fileText,
      byteLength: s.byteLength,
      sha256: s.sha256,
      createdAt: s.createdAt,
      updatedAt: s.createdAt,
    });
    for (let i = 0; i < claims.length; i += CLAIM_ROWS_PER_INSERT) {
      await manager.insert(
        SubmissionClaimEntity,
        claims.slice(i, i + CLAIM_ROWS_PER_INSERT).map((c) => ({
          submissionId: s.id,
          claimId: c.claimId,
          transactionIndex: c.transactionIndex,
          st02: c.st02,
          claimIndex: c.claimIndex,
          patientControlNumber: c.patientControlNumber,
          loop2300FirstSegment: c.loop2300.firstSegment,
          loop2300LastSegment: c.loop2300.lastSegment,
        })),
      );
    }
  }

  async findById(id: string): Promise<StoredSubmission | null> {
    const row = await this.dataSource.getRepository(SubmissionEntity).findOne({ where: { id }, select: METADATA });
    return row ? toStored(row) : null;
  }

  async claimsOf(id: string): Promise<SubmissionClaim[]> {
    const rows = await this.dataSource
      .getRepository(SubmissionClaimEntity)
      .find({ where: { submissionId: id }, order: { transactionIndex: 'ASC', claimIndex: 'ASC' } });
    return rows.map((r) => ({
      claimId: r.claimId,
      transactionIndex: r.transactionIndex,
      st02: r.st02,
      claimIndex: r.claimIndex,
      patientControlNumber: r.patientControlNumber,
      loop2300: { firstSegment: r.loop2300FirstSegment, lastSegment: r.loop2300LastSegment },
    }));
  }

  async file(id: string): Promise<{ fileName: string; text: string; sha256: string } | null> {
    const row = await this.dataSource.getRepository(SubmissionEntity).findOne({ where: { id }, select: { fileName: true, fileText: true, sha256: true } });
    return row ? { fileName: row.fileName, text: row.fileText, sha256: row.sha256 } : null;
  }

  async list(filter: SubmissionListFilter, after: SubmissionCursor | null, limit: number): Promise<{ items: StoredSubmission[]; next: SubmissionCursor | null }> {
    const qb = this.dataSource.getRepository(SubmissionEntity).createQueryBuilder('s').select(Object.keys(METADATA).map((k) => `s.${k}`));
    if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    if (filter.clearinghouseId) qb.andWhere('s.clearinghouseId = :ch', { ch: filter.clearinghouseId });
    if (after) qb.andWhere(olderThanCursor({ table: 'submissions', time: 'created_at', alias: 's' }, ':afterAt', ':afterId'), { afterAt: after.at, afterId: after.id });
    const rows = await qb.orderBy('s.createdAt', 'DESC').addOrderBy('s.id', 'DESC').take(limit + 1).getMany();
    const items = rows.slice(0, limit).map(toStored);
    const last = items[items.length - 1];
    return { items, next: rows.length > limit && last ? { at: last.createdAt, id: last.id } : null };
  }
}
