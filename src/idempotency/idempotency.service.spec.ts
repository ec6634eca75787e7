import { loadConfig } from '../config/app-config';
import { GatewayError } from '../common/gateway-error';
import type { Tx } from '../persistence/unit-of-work';
import { IdempotencyStore, type BeginOutcome } from './idempotency-store.port';
import { canonicalJson, IdempotencyService, requestHash } from './idempotency.service';

class FakeStore extends IdempotencyStore {
  outcome: BeginOutcome = { kind: 'acquired' };
  completed: unknown[] = [];
  released: string[] = [];
  async begin(): Promise<BeginOutcome> {
    return this.outcome;
  }
  async complete(_tx: Tx, _p: string, key: string, status: number, body: unknown): Promise<void> {
    this.completed.push({ key, status, body });
  }
  async release(_p: string, key: string): Promise<void> {
    this.released.push(key);
  }
}

describe('IdempotencyService', () => {
  const config = loadConfig({});
  const ctx = { principal: 'apikey:1', key: 'k1', requestHash: 'h' };

  it('hashes bodies independently of key order but not of values, method or path', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: 1 }] })).toBe('{"a":[{"x":1,"y":2}],"b":1}');
    expect(requestHash('POST', '/p', { a: 1, b: 2 })).toBe(requestHash('post', '/p', { b: 2, a: 1 }));
    expect(requestHash('POST', '/p', { a: 1 })).not.toBe(requestHash('POST', '/p', { a: 2 }));
    expect(requestHash('POST', '/p', { a: 1 })).not.toBe(requestHash('POST', '/q', { a: 1 }));
  });

  it('runs the work once and stores its response through the transaction it is given', async () => {
    const store = new FakeStore();
    const service = new IdempotencyService(store, config);
    const result = await service.execute(ctx, async (complete) => {
      await complete({} as Tx, 200, { id: 'c1' });
      return { status: 200, body: { id: 'c1' } };
    });
    expect(result).toEqual({ status: 200, body: { id: 'c1' }, replayed: false });
    expect(store.completed).toEqual([{ key: 'k1', status: 200, body: { id: 'c1' } }]);
  });

  it('replays, refuses a different body (422) and a request in flight (409) without running the work', async () => {
    const store = new FakeStore();
    const service = new IdempotencyService(store, config);
    const work = jest.fn();
    store.outcome = { kind: 'replay', status: 200, body: { id: 'first' } };
    await expect(service.execute(ctx, work)).resolves.toEqual({ status: 200, body: { id: 'first' }, replayed: true });
    store.outcome = { kind: 'mismatch' };
    await expect(service.execute(ctx, work)).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    store.outcome = { kind: 'in_flight' };
    await expect(service.execute(ctx, work)).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_FLIGHT' });
    expect(work).not.toHaveBeenCalled();
  });

  it('gives the key back when the work fails', async () => {
    const store = new FakeStore();
    const service = new IdempotencyService(store, config);
    await expect(service.execute(ctx, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(store.released).toEqual(['k1']);
  });

  it('validates the header value', () => {
    const service = new IdempotencyService(new FakeStore(), config);
    expect(service.context('p', undefined, 'POST', '/x', {})).toBeNull();
    expect(() => service.context('p', '', 'POST', '/x', {})).toThrow(GatewayError);
    expect(() => service.context('p', 'has space', 'POST', '/x', {})).toThrow(GatewayError);
    expect(service.context('p', 'ok-123', 'POST', '/x', {})).toMatchObject({ key: 'ok-123' });
  });
});
