// The loaded clearinghouse profiles and payer routing: a payer listed by a profile goes there,
// every other payer to the fallback profile (`payers: '*'`), if there is one.
import { checkProfileSet } from './clearinghouse-profile.loader';
import type { ClearinghouseProfile } from './clearinghouse-profile';

export class ClearinghouseRegistry {
  private readonly byId = new Map<string, ClearinghouseProfile>();
  private readonly byPayer = new Map<string, ClearinghouseProfile>();
  private readonly fallback: ClearinghouseProfile | null;

  /** `origin` names where the profiles came from (a directory) in error messages. */
  constructor(profiles: readonly ClearinghouseProfile[], readonly origin = 'clearinghouse profiles') {
    checkProfileSet(profiles, origin);
    let fallback: ClearinghouseProfile | null = null;
    for (const p of profiles) {
      this.byId.set(p.id, p);
      if (p.payers === '*') fallback = p;
      else for (const payer of p.payers) this.byPayer.set(payer, p);
    }
    this.fallback = fallback;
  }

  list(): ClearinghouseProfile[] {
    return [...this.byId.values()];
  }

  get(id: string): ClearinghouseProfile | null {
    return this.byId.get(id) ?? null;
  }

  /** The clearinghouse for a payer ID (2010BB NM109), or null when none routes it. */
  route(payerId: string): ClearinghouseProfile | null {
    return this.byPayer.get(payerId) ?? this.fallback;
  }
}
