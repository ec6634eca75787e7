// Provides the clearinghouse registry, loaded once when the app is built: a bad or missing profile
// stops start-up with the file and field named, before any route or schedule runs.
import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ROOT_LOGGER } from '../logging/logger';
import { clearinghousesDir, loadClearinghouseProfiles } from './clearinghouse-profile.loader';
import { ClearinghouseRegistry } from './clearinghouse-registry';
import { ClearinghouseTransports } from './clearinghouse-transports';
import { createTransport } from './transport/transport.factory';

/** Loads the registry from CLEARINGHOUSES_DIR or the default directory (see clearinghousesDir). */
export function loadClearinghouseRegistry(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ClearinghouseRegistry {
  const dir = clearinghousesDir(env, cwd);
  return new ClearinghouseRegistry(loadClearinghouseProfiles(dir), dir);
}

@Module({
  providers: [
    {
      provide: ClearinghouseRegistry,
      useFactory: (logger: Logger, config: AppConfig) => {
        const registry = loadClearinghouseRegistry(config.clearinghousesDir ? { ...process.env, CLEARINGHOUSES_DIR: config.clearinghousesDir } : process.env);
        logger.info({ directory: registry.origin, clearinghouses: registry.list().map((p) => p.id) }, 'clearinghouse profiles loaded');
        return registry;
      },
      inject: [ROOT_LOGGER, APP_CONFIG],
    },
    {
      provide: ClearinghouseTransports,
      useFactory: (registry: ClearinghouseRegistry, config: AppConfig) => new ClearinghouseTransports(registry, (p) => createTransport(p, { sandboxDir: config.sandboxDir })),
      inject: [ClearinghouseRegistry, APP_CONFIG],
    },
  ],
  exports: [ClearinghouseRegistry, ClearinghouseTransports],
})
export class ClearinghousesModule implements OnApplicationShutdown {
  constructor(@Inject(ClearinghouseTransports) private readonly transports: ClearinghouseTransports) {}

  async onApplicationShutdown(): Promise<void> {
    await this.transports.closeAll();
  }
}
