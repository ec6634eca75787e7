// The one place that turns configuration into a TypeORM data source, used by the Nest app, the
// CLI and the tests alike: PostgreSQL when DATABASE_URL is set, else embedded PGlite in a folder.
// Schema changes only through the migrations listed here; synchronize stays off on both engines.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import * as pg from 'pg';
import type { DatabaseConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { pglitePgDriver, type PglitePoolOptions } from './pglite-pool';
import { pgliteParsersKeepingText, pgTypesKeepingText } from './type-parsers';

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
  constructor(dataDir: string, pid: number) {
    super(`the embedded database in ${dataDir} is in use by process ${pid}; PGlite allows one process per data folder (stop it, or set DATABASE_URL to use PostgreSQL)`);
    this.name = 'DataDirLockedError';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const lockedHere = new Set<string>();

/**
 * PGlite has no locking of its own; two instances on one folder would corrupt it. The lock file
 * names the holder's pid; a lock left by a dead process (or by an earlier process that had our pid)
 * is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      lockedHere.add(dataDir);
      return () => {
        lockedHere.delete(dataDir);
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(lockPath, 'utf8').trim());
      const heldByUs = holder === process.pid && lockedHere.has(dataDir);
      if (heldByUs || (holder && holder !== process.pid && processAlive(holder))) throw new DataDirLockedError(dataDir, holder);
      fs.unlinkSync(lockPath);
    }
  }
  throw new Error(`could not lock ${dataDir}`);
}

const common = {
  type: 'postgres' as const,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTableName: 'schema_migrations',
  synchronize: false,
  migrationsRun: false,
  installExtensions: false,
  uuidExtension: 'pgcrypto' as const,
  logging: false,
};

export async function createDataSource(config: DatabaseConfig): Promise<DataSource> {
  if (config.engine === 'postgres') {
    const options: DataSourceOptions = {
      ...common,
      url: config.url,
      poolSize: config.poolSize,
      connectTimeoutMS: config.connectTimeoutMs,
      applicationName: 'x12gw',
      extra: { types: pgTypesKeepingText(pg) },
    };
    return new DataSource(options);
  }

  const unlock = lockDataDir(config.dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create(config.dataDir, { parsers: pgliteParsersKeepingText() });
    const extra: PglitePoolOptions = { pglite: pglite as unknown as PglitePoolOptions['pglite'], closeOnEnd: true };
    const dataSource = new DataSource({ ...common, driver: pglitePgDriver, database: 'postgres', extra });
    const destroy = dataSource.destroy.bind(dataSource);
    dataSource.destroy = async () => {
      try {
        if (dataSource.isInitialized) await destroy();
        else if (!pglite.closed) await pglite.close();
      } finally {
        unlock();
      }
    };
    return dataSource;
  } catch (err) {
    unlock();
    throw err;
  }
}

/** Opens the data source and, when asked, brings the schema up to date. */
export async function openDatabase(config: DatabaseConfig, migrate: boolean): Promise<DataSource> {
  const dataSource = await createDataSource(config);
  try {
    await dataSource.initialize();
    if (migrate) await dataSource.runMigrations({ transaction: 'each' });
    return dataSource;
  } catch (err) {
    await dataSource.destroy().catch(() => undefined);
    throw err;
  }
}
