import { DataSource } from 'typeorm';
import { BusHealth, type ComponentHealth } from './bus-health.port';

export class EmbeddedBusHealth extends BusHealth {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async check(): Promise<ComponentHealth> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'up', adapter: 'embedded-postgres-queue' };
    } catch {
      return { status: 'down', adapter: 'embedded-postgres-queue', error: 'DATABASE_UNAVAILABLE' };
    }
  }

  async close(): Promise<void> {}
}
