// One live transport per clearinghouse profile, opened on first use and closed with the app.
import type { ClearinghouseProfile } from './clearinghouse-profile';
import type { ClearinghouseRegistry } from './clearinghouse-registry';
import type { ClearinghouseTransport } from './transport/clearinghouse-transport.port';

export type TransportFactory = (profile: ClearinghouseProfile) => ClearinghouseTransport;

export class ClearinghouseTransports {
  private readonly open = new Map<string, ClearinghouseTransport>();

  constructor(
    private readonly registry: ClearinghouseRegistry,
    private readonly factory: TransportFactory,
  ) {}

  /** The transport of a known clearinghouse; throws for an id no profile has. */
  get(clearinghouseId: string): ClearinghouseTransport {
    let transport = this.open.get(clearinghouseId);
    if (!transport) {
      const profile = this.registry.get(clearinghouseId);
      if (!profile) throw new Error(`no clearinghouse profile ${clearinghouseId}`);
      transport = this.factory(profile);
      this.open.set(clearinghouseId, transport);
    }
    return transport;
  }

  async closeAll(): Promise<void> {
    const all = [...this.open.values()];
    this.open.clear();
    await Promise.all(all.map((t) => t.close().catch(() => undefined)));
  }
}
