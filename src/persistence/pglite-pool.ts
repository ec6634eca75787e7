// A `pg`-compatible Pool over one embedded PGlite database, handed to TypeORM's postgres driver.
// PGlite is a single Postgres session: if two query runners shared it, one transaction's COMMIT or
// ROLLBACK would end the other's work too. So the pool has exactly one client and lends it to one
// query runner at a time (FIFO); a transaction owns the session from START TRANSACTION to release.
import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';

export class PgliteSessionBusyError extends Error {
  readonly code = 'PGLITE_SESSION_BUSY';
  constructor(waitedMs: number) {
    super(`the embedded database session stayed busy for ${waitedMs} ms`);
    this.name = 'PgliteSessionBusyError';
  }
}

interface QueryResultLike {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: { name: string; dataTypeID: number }[];
}

type Callback<T> = (err: Error | null, value?: T) => void;

/** Options that arrive through TypeORM's `extra`. */
export interface PglitePoolOptions {
  pglite: PGlite;
  /** How long a query runner may wait for the session before failing; a leak shows as an error, not a hang. */
  acquireTimeoutMs?: number;
  /** Close the PGlite instance when the pool ends (the data source owns it). */
  closeOnEnd?: boolean;
}

class SessionMutex {
  private held = false;
  private readonly waiters: Array<{ grant: () => void }> = [];

  acquire(timeoutMs: number): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const waiter = {
        grant: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        const at = this.waiters.indexOf(waiter);
        if (at >= 0) this.waiters.splice(at, 1);
        reject(new PgliteSessionBusyError(Date.now() - started));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next.grant();
    else this.held = false;
  }
}

function commandOf(sql: string): string {
  const match = /^\s*(?:--[^\n]*\n\s*)*([A-Za-z]+)/.exec(sql);
  return match ? match[1].toUpperCase() : '';
}

export class PgliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(sql: string, params?: unknown[]): Promise<QueryResultLike> {
    if (params && params.length > 0) {
      const result = await this.db.query(sql, params as never[]);
      return {
        rows: result.rows as unknown[],
        rowCount: result.affectedRows ?? result.rows.length,
        command: commandOf(sql),
        fields: result.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
      };
    }
    // Without parameters the simple protocol runs several statements (migrations); the last result counts.
    const results = await this.db.exec(sql);
    const last = results[results.length - 1];
    return {
      rows: (last?.rows ?? []) as unknown[],
      rowCount: last ? (last.affectedRows ?? last.rows.length) : 0,
      command: commandOf(sql),
      fields: (last?.fields ?? []).map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
    };
  }
}

export class PglitePool extends EventEmitter {
  private readonly mutex = new SessionMutex();
  private readonly client: PgliteClient;
  private readonly db: PGlite;
  private readonly acquireTimeoutMs: number;
  private readonly closeOnEnd: boolean;
  private ended = false;

  constructor(options: PglitePoolOptions) {
    super();
    this.db = options.pglite;
    this.client = new PgliteClient(this.db);
    this.acquireTimeoutMs = options.acquireTimeoutMs ?? 30_000;
    this.closeOnEnd = options.closeOnEnd ?? true;
  }

  connect(): Promise<PgliteClient>;
  connect(callback: (err: Error | null, client?: PgliteClient, release?: (err?: unknown) => void) => void): void;
  connect(callback?: (err: Error | null, client?: PgliteClient, release?: (err?: unknown) => void) => void): Promise<PgliteClient> | void {
    const acquired = this.ended ? Promise.reject(new Error('the embedded database pool has ended')) : this.mutex.acquire(this.acquireTimeoutMs);
    if (!callback) {
      return acquired.then(() => Object.assign(this.client, { release: this.releaser() }));
    }
    acquired.then(
      () => callback(null, this.client, this.releaser()),
      (err: Error) => callback(err),
    );
  }

  /** Pool-level query: borrows the session for one statement. */
  async query(sql: string, params?: unknown[] | Callback<QueryResultLike>, callback?: Callback<QueryResultLike>): Promise<QueryResultLike | void> {
    const cb = typeof params === 'function' ? params : callback;
    const values = typeof params === 'function' ? undefined : params;
    await this.mutex.acquire(this.acquireTimeoutMs);
    try {
      const result = await this.client.query(sql, values);
      if (cb) cb(null, result);
      else return result;
    } catch (err) {
      if (cb) cb(err as Error);
      else throw err;
    } finally {
      this.mutex.release();
    }
  }

  end(callback?: (err?: Error | null) => void): Promise<void> | void {
    this.ended = true;
    const closing = this.closeOnEnd && !this.db.closed ? this.db.close() : Promise.resolve();
    if (!callback) return closing;
    closing.then(
      () => callback(null),
      (err: Error) => callback(err),
    );
  }

  private releaser(): (err?: unknown) => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.mutex.release();
    };
  }
}

/** The object TypeORM's postgres driver takes as `driver` (in place of the `pg` module). */
export const pglitePgDriver = { Pool: PglitePool };
