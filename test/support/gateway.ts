// Boots the real gateway (AppModule, migrations, edge middleware) on a fresh database of either
// engine, with logs captured in memory, and hands out API keys made through the real service.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { ApiKeysService } from '../../src/auth/api-keys.service';
import { TypeormApiKeyStore } from '../../src/auth/typeorm-api-key.store';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { createGateway, type Gateway } from '../../src/main';
import { MessageBus } from '../../src/messaging/message-bus.port';
import { RabbitMqBus } from '../../src/messaging/rabbitmq.bus';
import { openDatabase } from '../../src/persistence/data-source';
import { createTestDatabase, type Engine, type TestDatabase } from './databases';

export interface TestGateway {
  gateway: Gateway;
  config: AppConfig;
  database: TestDatabase;
  http: TestAgent;
  logs: string[];
  key(scopes: string[], name?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestGateway(engine: Engine, env: Record<string, string> = {}): Promise<TestGateway> {
  const database = await createTestDatabase(engine);
  // The sandbox clearinghouse keeps its folders in a directory of this gateway only.
  const sandboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'x12gw-sandbox-'));
  // Its own exchange and queues on a shared broker: parallel test files never take each other's messages.
  const busNamespace = `t${path.basename(sandboxDir).replace(/[^A-Za-z0-9]/g, '')}`;
  const config: AppConfig = { ...loadConfig({ LOG_LEVEL: 'info', X12GW_SANDBOX_DIR: sandboxDir, X12GW_BUS_NAMESPACE: busNamespace, ...env }), database: database.config };
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const dataSource = await openDatabase(database.config, true);
  const gateway = await createGateway(config, { logDestination: sink, dataSource });
  const keys = new ApiKeysService(new TypeormApiKeyStore(dataSource));
  return {
    gateway,
    config,
    database,
    http: request(gateway.app.getHttpServer()),
    logs,
    async key(scopes, name = 'test') {
      return (await keys.create(name, scopes)).key;
    },
    async close() {
      // Its quorum queues would stay on the shared broker after the run (and pile up over runs).
      const bus = gateway.app.get(MessageBus);
      if (bus instanceof RabbitMqBus) await bus.closeAndDeleteQueues().catch(() => undefined);
      await gateway.close();
      await dataSource.destroy().catch(() => undefined);
      await database.drop();
      fs.rmSync(sandboxDir, { recursive: true, force: true });
    },
  };
}

export const ENGINES: Engine[] = ['postgres', 'pglite'];
