// Which addresses a webhook may be sent to, so a subscription cannot make the gateway POST into its
// own network (SSRF). Framework-free: the sender asks it about every address a host resolves to at
// send time, and the create pipe about an IP-literal host at subscription time.
//
// The rule:
// - Public unicast addresses are allowed.
// - Loopback (127/8, ::1), private (10/8, 172.16/12, 192.168/16), CGNAT (100.64/10), unique-local
//   (fc00::/7), benchmarking (198.18/15) and documentation (192.0.2/24, 198.51.100/24,
//   203.0.113/24, 2001:db8::/32) addresses are refused unless WEBHOOK_ALLOW_PRIVATE_NETWORKS is on.
// - Unspecified (0/8, ::), link-local (169.254/16, fe80::/10 — where cloud metadata services live),
//   multicast (224/4, ff00::/8) and reserved (240/4, IETF protocol assignments) addresses are
//   refused always: no webhook receiver lives there.
// - The documented development path: a plain-http URL whose host is localhost, 127.x or [::1] (the
//   only http the create pipe accepts) may reach loopback addresses — and only those — without the
//   setting. An https URL, or any other name that resolves to loopback, needs the setting.
// IPv4-mapped IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address it carries.
import * as net from 'node:net';

/** The code of a refused address; the delivery worker treats it as final (no retries). */
export const BLOCKED_ADDRESS = 'BLOCKED_ADDRESS';

export interface AddressPolicyOptions {
  /** WEBHOOK_ALLOW_PRIVATE_NETWORKS: loopback, private and the other local ranges are allowed. */
  allowPrivateNetworks: boolean;
}

interface Range {
  /** Used in messages: "resolves to a private address (10.0.0.5)". */
  kind: string;
  article: 'a' | 'an';
  /** True when WEBHOOK_ALLOW_PRIVATE_NETWORKS lifts the ban. */
  private: boolean;
  subnets: Array<[network: string, prefix: number]>;
}

const RANGES: Range[] = [
  { kind: 'loopback', article: 'a', private: true, subnets: [['127.0.0.0', 8], ['::1', 128]] },
  { kind: 'unspecified', article: 'an', private: false, subnets: [['0.0.0.0', 8], ['::', 128]] },
  { kind: 'private', article: 'a', private: true, subnets: [['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16]] },
  { kind: 'link-local', article: 'a', private: false, subnets: [['169.254.0.0', 16], ['fe80::', 10]] },
  { kind: 'shared (CGNAT)', article: 'a', private: true, subnets: [['100.64.0.0', 10]] },
  { kind: 'unique-local', article: 'a', private: true, subnets: [['fc00::', 7]] },
  { kind: 'multicast', article: 'a', private: false, subnets: [['224.0.0.0', 4], ['ff00::', 8]] },
  { kind: 'benchmarking', article: 'a', private: true, subnets: [['198.18.0.0', 15], ['2001:2::', 48]] },
  { kind: 'documentation', article: 'a', private: true, subnets: [['192.0.2.0', 24], ['198.51.100.0', 24], ['203.0.113.0', 24], ['2001:db8::', 32]] },
  // 240/4 includes the broadcast address; ::/96 is the deprecated IPv4-compatible block, 100::/64
  // discard-only, 2001::/23 IETF protocol assignments (Teredo among them).
  { kind: 'reserved', article: 'a', private: false, subnets: [['240.0.0.0', 4], ['192.0.0.0', 24], ['::', 96], ['100::', 64], ['2001::', 23]] },
];

// One BlockList per range, searched in order (the first hit names the range). A BlockList also
// matches an IPv4-mapped IPv6 address against its IPv4 subnets.
const LISTS = RANGES.map((range) => {
  const list = new net.BlockList();
  for (const [network, prefix] of range.subnets) list.addSubnet(network, prefix, net.isIPv6(network) ? 'ipv6' : 'ipv4');
  return { range, list };
});

/** `[::1]` → `::1`, `fe80::1%eth0` → `fe80::1`. */
function bareAddress(address: string): string {
  return address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
}

/** The blocked range an address falls in (ignoring every allowance), or null for a public address. */
export function blockedRange(address: string): Pick<Range, 'kind' | 'article' | 'private'> | null {
  const ip = bareAddress(address);
  const family = net.isIP(ip);
  if (family === 0) return { kind: 'unparseable', article: 'an', private: false };
  return LISTS.find(({ list }) => list.check(ip, family === 6 ? 'ipv6' : 'ipv4'))?.range ?? null;
}

/** An IP literal in a URL's host (`127.0.0.1`, `[::1]`), without brackets; null for a name. */
export function ipLiteral(url: URL): string | null {
  const host = bareAddress(url.hostname);
  return net.isIP(host) ? host : null;
}

/** The development allowance of the create pipe: plain http to localhost, 127.x or [::1]. */
export function isLocalDevUrl(url: URL): boolean {
  if (url.protocol !== 'http:') return false;
  const host = url.hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || (net.isIPv4(host) && host.startsWith('127.'));
}

/**
 * Why the URL may not be sent to this address (e.g. "a private address (10.0.0.5)"), or null when
 * it may. `address` is one the URL's host resolved to, or the host itself when it is a literal.
 */
export function addressRefusal(url: URL, address: string, options: AddressPolicyOptions): string | null {
  const range = blockedRange(address);
  if (!range) return null;
  if (range.private && options.allowPrivateNetworks) return null;
  if (range.kind === 'loopback' && isLocalDevUrl(url)) return null;
  return `${range.article} ${range.kind} address (${bareAddress(address)})`;
}
