// A TCP proxy on a fixed loopback port that a test can take down (refusing new connections and
// cutting open ones) and bring back, to play "the SFTP server is down" without stopping the sshd
// that other test files share.
import * as net from 'node:net';

export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  /** Connections accepted since the proxy was made (each is one SFTP session). */
  connections = 0;

  private constructor(
    readonly port: number,
    private readonly targetPort: number,
    private readonly targetHost: string,
  ) {}

  /** Listens on a free port and forwards to targetHost:targetPort. */
  static async open(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
    const proxy = new TcpProxy(0, targetPort, targetHost);
    const port = await proxy.listen(0);
    (proxy as { port: number }).port = port;
    return proxy;
  }

  get isUp(): boolean {
    return this.server !== null;
  }

  /** Stops listening (new connections are refused) and cuts every open connection. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Listens again on the same port. */
  async up(): Promise<void> {
    if (!this.server) await this.listen(this.port);
  }

  close(): Promise<void> {
    return this.down();
  }

  private listen(port: number): Promise<number> {
    const server = net.createServer((client) => {
      this.connections += 1;
      const upstream = net.connect(this.targetPort, this.targetHost);
      this.sockets.add(client).add(upstream);
      const end = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        this.server = server;
        resolve((server.address() as net.AddressInfo).port);
      });
    });
  }
}
