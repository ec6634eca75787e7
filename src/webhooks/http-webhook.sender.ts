// WebhookSender over node:http and node:https: a timeout per request (name lookup, connect and the
// answer's status line), redirects returned as status codes (not followed, so a subscriber cannot
// bounce the signed body elsewhere), and the response body discarded unread.
// It enforces the SSRF rule of address-policy.ts on the address actually connected to: the socket
// resolves the host through the lookup below, which refuses the connection when any address the
// name has is refused — every one, not only the first, because with happy eyeballs the socket may
// try any of them — so a name that resolves, or rebinds, to a private address never gets a
// connection. Node connects to an IP-literal host without a lookup, so a literal is checked first.
import * as dns from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { addressRefusal, BLOCKED_ADDRESS, ipLiteral, type AddressPolicyOptions } from './address-policy';
import { WebhookSender, type WebhookRequest, type WebhookResponse } from './webhook-sender.port';

/** Every address a host name has; dns.lookup with `all: true` unless a test maps names itself. */
export type HostResolver = (hostname: string) => Promise<dns.LookupAddress[]>;

const systemResolver: HostResolver = (hostname) => dns.promises.lookup(hostname, { all: true });

class SendError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'SendError';
  }
}

export class HttpWebhookSender extends WebhookSender {
  constructor(
    private readonly policy: AddressPolicyOptions,
    private readonly resolveHost: HostResolver = systemResolver,
  ) {
    super();
  }

  async post(request: WebhookRequest): Promise<WebhookResponse> {
    try {
      return { statusCode: await this.send(request), error: null };
    } catch (err) {
      return { statusCode: null, error: describeError(err) };
    }
  }

  private send(request: WebhookRequest): Promise<number> {
    const url = new URL(request.url);
    const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
    if (!client) throw new SendError('UNSUPPORTED_SCHEME', `cannot send to a ${url.protocol} URL`);
    const literal = ipLiteral(url);
    const refusal = literal && addressRefusal(url, literal, this.policy);
    if (refusal) throw new SendError(BLOCKED_ADDRESS, `webhook URL names ${refusal}`);
    const headers = { ...request.headers, 'Content-Length': String(Buffer.byteLength(request.body)) };
    return new Promise((resolve, reject) => {
      const req = client.request(url, { method: 'POST', headers, agent: false, lookup: this.guardedLookup(url) }, (res) => {
        clearTimeout(timer);
        res.destroy();
        resolve(res.statusCode ?? 0);
      });
      const timer = setTimeout(() => req.destroy(new SendError('TIMEOUT', `no response within ${request.timeoutMs} ms`)), request.timeoutMs);
      req.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      req.end(request.body);
    });
  }

  /** The socket's name lookup: the host's addresses, or a BLOCKED_ADDRESS error when any is refused. */
  private guardedLookup(url: URL): LookupFunction {
    return (hostname, options, callback) => {
      this.allowedAddresses(url, hostname, options.family).then(
        (addresses) => (options.all ? callback(null, addresses) : callback(null, addresses[0].address, addresses[0].family)),
        (err: NodeJS.ErrnoException) => callback(err, options.all ? [] : ''),
      );
    };
  }

  private async allowedAddresses(url: URL, hostname: string, family: dns.LookupOptions['family']): Promise<dns.LookupAddress[]> {
    const addresses = await this.resolveHost(hostname);
    for (const { address } of addresses) {
      const refusal = addressRefusal(url, address, this.policy);
      if (refusal) throw new SendError(BLOCKED_ADDRESS, `webhook host resolves to ${refusal}`);
    }
    const wanted = family === 4 || family === 'IPv4' ? 4 : family === 6 || family === 'IPv6' ? 6 : 0;
    const usable = addresses.filter((a) => wanted === 0 || a.family === wanted);
    if (usable.length === 0) throw new SendError('ENOTFOUND', `${hostname} has no ${wanted ? `IPv${wanted} ` : ''}address`);
    return usable;
  }
}

/** `CODE: message` (ECONNREFUSED, ENOTFOUND, TIMEOUT, BLOCKED_ADDRESS, TLS codes), or the bare message. */
function describeError(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  return typeof e?.code === 'string' ? `${e.code}: ${message}` : message;
}
