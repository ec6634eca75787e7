// Runs work in one database transaction. Stores take the opaque `Tx` so services can put several
// writes (a claim, its first event, the idempotency record) into one atomic unit without seeing TypeORM.
import { DataSource, EntityManager } from 'typeorm';

declare const txBrand: unique symbol;
export interface Tx {
  readonly [txBrand]: true;
}

export abstract class UnitOfWork {
  abstract run<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export class TypeormUnitOfWork extends UnitOfWork {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(manager as unknown as Tx));
  }
}

/** For adapters only: the EntityManager behind a Tx. */
export function managerOf(tx: Tx): EntityManager {
  return tx as unknown as EntityManager;
}
