// Exactly-once for POSTs that carry an Idempotency-Key: the same key and body within the replay
// window get the first response back without doing the work twice; the same key with another body
// is a 422; the same key while the first request still runs is a 409.
import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ErrorCode, GatewayError } from '../common/gateway-error';
import type { Tx } from '../persistence/unit-of-work';
import { IdempotencyStore } from './idempotency-store.port';

export interface IdempotencyContext {
  principal: string;
  key: string;
  requestHash: string;
}

export interface StoredResponse {
  status: number;
  body: unknown;
  replayed: boolean;
}

/** JSON with object keys sorted, so the same body hashes the same whatever its key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${path}\n${canonicalJson(body)}`).digest('hex');
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

@Injectable()
export class IdempotencyService {
  constructor(
    private readonly store: IdempotencyStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Validates the header value; null when the request carries none. */
  context(principal: string, rawKey: string | undefined, method: string, path: string, body: unknown): IdempotencyContext | null {
    if (rawKey === undefined) return null;
    if (!KEY_PATTERN.test(rawKey)) {
      throw new GatewayError(ErrorCode.IdempotencyKeyInvalid, 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    }
    return { principal, key: rawKey, requestHash: requestHash(method, path, body) };
  }

  /**
   * Runs `work` once per key. `work` gets the transaction the response must be stored in and
   * returns the response; a failure gives the key back so that a retry runs again.
   */
  async execute(ctx: IdempotencyContext | null, work: (complete: (tx: Tx, status: number, body: unknown) => Promise<void>) => Promise<{ status: number; body: unknown }>): Promise<StoredResponse> {
    if (!ctx) {
      const result = await work(async () => undefined);
      return { ...result, replayed: false };
    }
    const outcome = await this.store.begin({
      principal: ctx.principal,
      key: ctx.key,
      requestHash: ctx.requestHash,
      ttlSeconds: this.config.idempotencyTtlHours * 3600,
      lockSeconds: this.config.idempotencyLockSeconds,
    });
    switch (outcome.kind) {
      case 'replay':
        return { status: outcome.status, body: outcome.body, replayed: true };
      case 'mismatch':
        throw new GatewayError(ErrorCode.IdempotencyKeyReused, 'this Idempotency-Key was already used with a different request body');
      case 'in_flight':
        throw new GatewayError(ErrorCode.IdempotencyKeyInFlight, 'a request with this Idempotency-Key is still being processed; retry later');
    }
    try {
      const result = await work((tx, status, body) => this.store.complete(tx, ctx.principal, ctx.key, status, body));
      return { ...result, replayed: false };
    } catch (err) {
      await this.store.release(ctx.principal, ctx.key).catch(() => undefined);
      throw err;
    }
  }
}
