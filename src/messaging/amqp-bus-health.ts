import * as amqp from 'amqplib';
import { BusHealth, type ComponentHealth } from './bus-health.port';

/** Checks the broker with a real AMQP connection, opened on demand and kept while it lives. */
export class AmqpBusHealth extends BusHealth {
  private connection: amqp.ChannelModel | null = null;
  private connecting: Promise<amqp.ChannelModel> | null = null;

  constructor(
    private readonly url: string,
    private readonly timeoutMs = 3000,
  ) {
    super();
  }

  async check(): Promise<ComponentHealth> {
    try {
      await this.connect();
      return { status: 'up', adapter: 'rabbitmq' };
    } catch (err) {
      return { status: 'down', adapter: 'rabbitmq', error: (err as { code?: string }).code ?? 'UNREACHABLE' };
    }
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    await connection?.close().catch(() => undefined);
  }

  private connect(): Promise<amqp.ChannelModel> {
    if (this.connection) return Promise.resolve(this.connection);
    if (!this.connecting) {
      this.connecting = amqp
        .connect(this.url, { timeout: this.timeoutMs, clientProperties: { connection_name: 'x12gw-health' } })
        .then((connection) => {
          connection.on('error', () => undefined);
          connection.on('close', () => {
            if (this.connection === connection) this.connection = null;
          });
          this.connection = connection;
          return connection;
        })
        .finally(() => {
          this.connecting = null;
        });
    }
    return this.connecting;
  }
}
