// The query side of newest-first lists: opaque keyset cursors ((timestamp, id) of the last item of
// a page, base64url JSON), the page limit and a status filter. A bad value is a coded 400.
import { ErrorCode, GatewayError } from './gateway-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else names nothing (and never reaches a uuid column). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

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

/** `status` of a list query: one of `allowed`, or absent. */
export function statusFilter<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    const message = `must be one of ${allowed.join(', ')}`;
    throw new GatewayError(ErrorCode.InvalidQuery, `status: ${message}`, { errors: [{ path: 'status', code: 'INVALID_STATUS', message }] });
  }
  return value as T;
}
