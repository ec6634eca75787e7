// Opaque keyset cursors for newest-first lists: (timestamp, id) of the last item of a page,
// base64url JSON. A cursor this API did not hand out is a coded 400, never a crash.
import { ErrorCode, GatewayError } from './gateway-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PageCursor {
  at: Date;
  id: string;
}

export function encodePageCursor(c: PageCursor): string {
  return Buffer.from(JSON.stringify([c.at.toISOString(), c.id])).toString('base64url');
}

export function decodePageCursor(value: string): PageCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at)) && UUID.test(id)) return { at: new Date(at), id };
  } catch {
    /* fall through */
  }
  throw new GatewayError(ErrorCode.InvalidQuery, 'cursor is not a cursor this API returned', { errors: [{ path: 'cursor', code: 'INVALID_CURSOR', message: 'use nextCursor from a previous page' }] });
}

/** `limit` of a list query: 1–500, default 50. */
export function pageLimit(value: string | undefined): number {
  if (value === undefined) return 50;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 500) {
    throw new GatewayError(ErrorCode.InvalidQuery, 'limit must be an integer from 1 to 500', { errors: [{ path: 'limit', code: 'OUT_OF_RANGE', message: 'expected 1 to 500' }] });
  }
  return Number(value);
}
