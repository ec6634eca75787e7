// The read side of inbound files (what came back from clearinghouses, and what was quarantined),
// and a pickup on demand.
import { Injectable } from '@nestjs/common';
import { ErrorCode, GatewayError } from '../../common/gateway-error';
import { decodePageCursor, encodePageCursor, isUuid, pageLimit, statusFilter } from '../../common/page-cursor';
import { ClearinghouseRegistry } from '../clearinghouse-registry';
import { INBOUND_FILE_STATUSES, InboundFileStore, type InboundFileRecord, type InboundFileStatus } from './inbound-file-store.port';
import { InboundPickupService, type PickupResult } from './inbound-pickup.service';

export interface InboundFileListQuery {
  status?: string;
  clearinghouseId?: string;
  cursor?: string;
  limit?: string;
}

export interface InboundFileView {
  id: string;
  clearinghouseId: string;
  fileName: string;
  sha256: string;
  byteLength: number;
  status: InboundFileStatus;
  transactionType: string | null;
  quarantine: { code: string; message: string; segmentIndex: number | null } | null;
  result: unknown;
  seenCount: number;
  receivedAt: string;
  lastSeenAt: string;
  processedAt: string | null;
  href: string;
  contentHref: string;
}

function notFound(): GatewayError {
  return new GatewayError(ErrorCode.NotFound, 'no inbound file with this id');
}

export function inboundFileView(f: InboundFileRecord): InboundFileView {
  return {
    id: f.id,
    clearinghouseId: f.clearinghouseId,
    fileName: f.remoteName,
    sha256: f.sha256,
    byteLength: f.byteLength,
    status: f.status,
    transactionType: f.transactionType,
    quarantine: f.status === 'quarantined' ? { code: f.errorCode ?? 'UNKNOWN', message: f.errorMessage ?? '', segmentIndex: f.segmentIndex } : null,
    result: f.result ?? null,
    seenCount: f.seenCount,
    receivedAt: f.receivedAt.toISOString(),
    lastSeenAt: f.lastSeenAt.toISOString(),
    processedAt: f.processedAt?.toISOString() ?? null,
    href: `/v1/inbound-files/${f.id}`,
    contentHref: `/v1/inbound-files/${f.id}/content`,
  };
}

@Injectable()
export class InboundFilesService {
  constructor(
    private readonly files: InboundFileStore,
    private readonly pickup: InboundPickupService,
    private readonly registry: ClearinghouseRegistry,
  ) {}

  async list(query: InboundFileListQuery): Promise<{ items: InboundFileView[]; nextCursor: string | null }> {
    const limit = pageLimit(query.limit);
    const status = statusFilter(query.status, INBOUND_FILE_STATUSES);
    const page = await this.files.list({ status, clearinghouseId: query.clearinghouseId || undefined }, query.cursor ? decodePageCursor(query.cursor) : null, limit);
    return { items: page.items.map(inboundFileView), nextCursor: page.next ? encodePageCursor(page.next) : null };
  }

  async get(id: string): Promise<InboundFileView> {
    const found = isUuid(id) ? await this.files.findById(id) : null;
    if (!found) throw notFound();
    return inboundFileView(found);
  }

  /** The file's bytes as they are read from the store, chunk by chunk, with what the response headers need. */
  async content(id: string): Promise<{ fileName: string; sha256: string; byteLength: number; chunks: AsyncIterable<Buffer> }> {
    const found = isUuid(id) ? await this.files.findById(id) : null;
    if (!found) throw notFound();
    return { fileName: found.remoteName, sha256: found.sha256, byteLength: found.byteLength, chunks: this.files.openContent(id) };
  }

  async poll(clearinghouseId: string): Promise<PickupResult> {
    if (!this.registry.get(clearinghouseId)) {
      throw new GatewayError(ErrorCode.UnknownClearinghouse, `no clearinghouse profile has the id ${JSON.stringify(clearinghouseId)}`, {
        known: this.registry.list().map((p) => p.id),
      });
    }
    return this.pickup.poll(clearinghouseId);
  }
}
