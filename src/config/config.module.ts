import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../logging/logger';
import { APP_CONFIG, type AppConfig } from './app-config';

/** Makes the loaded configuration and the root logger injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: ROOT_LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, ROOT_LOGGER],
    };
  }
}
