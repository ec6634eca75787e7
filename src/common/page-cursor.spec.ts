import { GatewayError } from './gateway-error';
import { decodePageCursor, encodePageCursor, isUuid, pageLimit, statusFilter } from './page-cursor';

describe('page cursors', () => {
  it('round-trips (timestamp, id)', () => {
    const c = { at: new Date('2026-11-26T23:10:02.123Z'), id: '3f0c1f7e-8d59-4c1a-9a51-0b9a4c8f2e11' };
    expect(decodePageCursor(encodePageCursor(c))).toEqual(c);
  });

  it.each(['', 'nonsense', Buffer.from('["not a date","3f0c1f7e-8d59-4c1a-9a51-0b9a4c8f2e11"]').toString('base64url'), Buffer.from('["2026-11-26T00:00:00Z","x"]').toString('base64url')])(
    'refuses %j with a coded 400',
    (value) => {
      expect(() => decodePageCursor(value)).toThrow(GatewayError);
      try {
        decodePageCursor(value);
      } catch (err) {
        expect((err as GatewayError).code).toBe('INVALID_QUERY');
        expect((err as GatewayError).details.errors).toEqual([expect.objectContaining({ path: 'cursor', code: 'INVALID_CURSOR' })]);
      }
    },
  );

  it('takes a limit from 1 to 500, 50 when absent', () => {
    expect(pageLimit(undefined)).toBe(50);
    expect(pageLimit('500')).toBe(500);
    for (const bad of ['0', '501', '2.5', 'ten', '-1']) expect(() => pageLimit(bad)).toThrow(/limit/);
  });

  it('takes a status from the allowed list, absent when not given', () => {
    expect(statusFilter(undefined, ['queued', 'failed'] as const)).toBeUndefined();
    expect(statusFilter('failed', ['queued', 'failed'] as const)).toBe('failed');
    expect(() => statusFilter('sent', ['queued', 'failed'] as const)).toThrow(/status: must be one of queued, failed/);
  });

  it('knows a UUID', () => {
    expect(isUuid('3f0c1f7e-8d59-4c1a-9a51-0b9a4c8f2e11')).toBe(true);
    expect(isUuid('3f0c1f7e')).toBe(false);
  });
});
