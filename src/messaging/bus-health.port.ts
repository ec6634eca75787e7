// How /health sees the message bus. RabbitMQ when AMQP_URL is set; otherwise the embedded bus,
// a queue table in the gateway's own database, which is up exactly when the database is.
export interface ComponentHealth {
  status: 'up' | 'down';
  adapter: string;
  error?: string;
}

export abstract class BusHealth {
  abstract check(): Promise<ComponentHealth>;
  abstract close(): Promise<void>;
}
