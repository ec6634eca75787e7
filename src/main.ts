// Composition root of the HTTP gateway: opens (and migrates) the database chosen by config, builds
// the Nest app with its edge concerns (request logs, body parsing, errors, OpenAPI), and serves it.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { DestinationStream, Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { jsonBodyParsing } from './http/body-parsing';
import { createLogger, PinoNestLogger } from './logging/logger';
import { requestLogging } from './logging/request-logging.middleware';
import { openDatabase } from './persistence/data-source';
import { startWorkers } from './workers';

export interface Gateway {
  app: INestApplication;
  dataSource: DataSource;
  logger: Logger;
  close(): Promise<void>;
}

export interface GatewayOptions {
  /** Where JSON logs go (stdout when absent); tests pass a capturing stream. */
  logDestination?: DestinationStream;
  /** An already-open data source (tests); otherwise one is opened from config. */
  dataSource?: DataSource;
}

export const API_VERSION = '0.1.0';

export async function createGateway(config: AppConfig, options: GatewayOptions = {}): Promise<Gateway> {
  const logger = createLogger(config.logLevel, options.logDestination);
  const dataSource = options.dataSource ?? (await openDatabase(config.database, config.migrateOnStart));
  const ownsDataSource = !options.dataSource;
  try {
    const app = await NestFactory.create(AppModule.create(config, dataSource, logger), {
      bodyParser: false,
      logger: new PinoNestLogger(logger),
      abortOnError: false,
    });
    app.getHttpAdapter().getInstance().disable('x-powered-by');
    app.use(requestLogging(logger));
    app.use(jsonBodyParsing({ limitBytes: config.bodyLimitBytes, rawTextPaths: ['/v1/claims/x12', '/v1/inbound', '/v1/deposits'] }));
    app.useGlobalFilters(new AllExceptionsFilter(logger));

    const openApi = new DocumentBuilder()
      .setTitle('x12gw — X12 837/835 clearinghouse gateway')
      .setDescription('Claims in as JSON (Optum/Stedi v3 shape), 837 out to clearinghouses, acknowledgments and 835 remittances back. Every route but /health needs an API key.')
      .setVersion(API_VERSION)
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'x12gw_… API key' })
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'api-key')
      .build();
    SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'docs/openapi.json' });

    await app.init();
    return {
      app,
      dataSource,
      logger,
      async close() {
        await app.close();
        if (ownsDataSource && dataSource.isInitialized) await dataSource.destroy();
        else if (ownsDataSource) await dataSource.destroy().catch(() => undefined);
      },
    };
  } catch (err) {
    if (ownsDataSource) await dataSource.destroy().catch(() => undefined);
    throw err;
  }
}

/** Starts the gateway and keeps it running until SIGINT/SIGTERM. Returns the base URL. */
export async function serve(config: AppConfig, print: (line: string) => void = (l) => process.stdout.write(l + '\n')): Promise<{ gateway: Gateway; url: string }> {
  const gateway = await createGateway(config);
  await gateway.app.listen(config.port, config.host);
  // The worker role (outbox relay, delivery and inbound consumers, batch and poll schedules) runs
  // only in the serving process; consumers keep subscribing in the background while a broker is away.
  const workers = startWorkers(gateway.app, { batchSchedule: true, inboundSchedule: true, deadLetterCheck: true });
  workers.ready.catch((err: unknown) => gateway.logger.error({ error: (err as Error).message }, 'workers failed to start'));
  const address = gateway.app.getHttpServer().address() as { port: number };
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    gateway.logger.info({ signal }, 'shutting down');
    await workers.stop().catch(() => undefined);
    await gateway.close().catch((err) => gateway.logger.error({ err: { message: (err as Error).message } }, 'shutdown failed'));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  gateway.logger.info({ url, database: config.database.engine, messageBus: config.amqpUrl ? 'rabbitmq' : 'embedded' }, 'gateway listening');
  print('');
  print(`  x12gw is running at ${url}`);
  print(`  API docs (Swagger UI): ${url}/docs    health: ${url}/health`);
  print(`  Database: ${config.database.engine === 'pglite' ? `embedded PGlite in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`);
  print('  Make an API key (the embedded database allows one process at a time, so stop the gateway first,');
  print('  or start it with --create-key):');
  print('    npx x12gw api-key create --name billing-system --scopes claims:write,claims:read');
  print('');
  return { gateway, url };
}
