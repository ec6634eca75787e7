// Provides the clearinghouse registry, loaded once when the app is built: a bad or missing profile
// stops start-up with the file and field named, before any route or schedule runs.
import { Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../logging/logger';
import { clearinghousesDir, loadClearinghouseProfiles } from './clearinghouse-profile.loader';
import { ClearinghouseRegistry } from './clearinghouse-registry';

/** Loads the registry from CLEARINGHOUSES_DIR or the default directory (see clearinghousesDir). */
export function loadClearinghouseRegistry(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ClearinghouseRegistry {
  const dir = clearinghousesDir(env, cwd);
  return new ClearinghouseRegistry(loadClearinghouseProfiles(dir), dir);
}

@Module({
  providers: [
    {
      provide: ClearinghouseRegistry,
      useFactory: (logger: Logger) => {
        const registry = loadClearinghouseRegistry();
        logger.info({ directory: registry.origin, clearinghouses: registry.list().map((p) => p.id) }, 'clearinghouse profiles loaded');
        return registry;
      },
      inject: [ROOT_LOGGER],
    },
  ],
  exports: [ClearinghouseRegistry],
})
export class ClearinghousesModule {}
