// Liveness of what the gateway depends on: the database and the message bus.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MessageBus } from '../messaging/message-bus.port';

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })), ms).unref())]);
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: MessageBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<{ ok: boolean; body: Record<string, unknown> }> {
    const database = await withTimeout(this.dataSource.query('SELECT 1'), 3000).then(
      () => ({ status: 'up' as const, engine: this.config.database.engine }),
      (err: { code?: string }) => ({ status: 'down' as const, engine: this.config.database.engine, error: err?.code ?? 'UNREACHABLE' }),
    );
    const messageBus = await withTimeout(this.bus.check(), 4000).catch(() => ({ status: 'down' as const, adapter: 'unknown', error: 'TIMEOUT' }));
    const ok = database.status === 'up' && messageBus.status === 'up';
    return { ok, body: { status: ok ? 'ok' : 'error', checks: { database, messageBus } } };
  }
}
