import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TypeormUnitOfWork, UnitOfWork } from './unit-of-work';

/** Shares the data source opened by the composition root (already migrated) and the unit of work. */
@Global()
@Module({})
export class PersistenceModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        { provide: DataSource, useValue: dataSource },
        { provide: UnitOfWork, useFactory: (ds: DataSource) => new TypeormUnitOfWork(ds), inject: [DataSource] },
      ],
      exports: [DataSource, UnitOfWork],
    };
  }
}
