import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { HttpWebhookSender, type HostResolver } from './http-webhook.sender';

interface Seen {
  method: string;
  path: string;
  host: string;
  body: string;
}

/** A local receiver: records each request; `answer` picks what to do with it. */
async function receiver(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_q, s) => s.end('ok')) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', path: req.url ?? '', host: req.headers.host ?? '', body: Buffer.concat(chunks).toString('utf8') });
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { seen, port, close };
}

/** A resolver that knows only the names it is given, and records what it was asked. */
function fakeDns(names: Record<string, string[]>): HostResolver & { asked: string[] } {
  const asked: string[] = [];
  const resolve = async (hostname: string): Promise<LookupAddress[]> => {
    asked.push(hostname);
    const addresses = names[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { asked });
}

const request = (url: string, timeoutMs = 2000) => ({ url, body: '{"id":"evt_1"}', headers: { 'Content-Type': 'application/json', 'X12gw-Event': 'claim.status_changed' }, timeoutMs });

describe('HttpWebhookSender', () => {
  let r: Awaited<ReturnType<typeof receiver>>;
  afterEach(() => r?.close());

  it('POSTs the exact body to http://127.0.0.1 (the development path) and returns the status', async () => {
    r = await receiver((_q, s) => ((s.statusCode = 204), s.end()));
    const sender = new HttpWebhookSender({ allowPrivateNetworks: false });
    await expect(sender.post(request(`http://127.0.0.1:${r.port}/hook?x=1`))).resolves.toEqual({ statusCode: 204, error: null });
    expect(r.seen).toEqual([{ method: 'POST', path: '/hook?x=1', host: `127.0.0.1:${r.port}`, body: '{"id":"evt_1"}' }]);
  });

  it('delivers to http://localhost through the lookup, which may give loopback to the development path', async () => {
    r = await receiver();
    const dns = fakeDns({ localhost: ['127.0.0.1'] });
    const sender = new HttpWebhookSender({ allowPrivateNetworks: false }, dns);
    await expect(sender.post(request(`http://localhost:${r.port}/h`))).resolves.toEqual({ statusCode: 200, error: null });
    expect(dns.asked).toEqual(['localhost']);
    expect(r.seen).toHaveLength(1);
  });

  it('refuses a name that resolves to a private address before connecting', async () => {
    r = await receiver();
    const sender = new HttpWebhookSender({ allowPrivateNetworks: false }, fakeDns({ 'hooks.example.test': ['10.0.0.5'] }));
    await expect(sender.post(request(`https://hooks.example.test:${r.port}/h`))).resolves.toEqual({
      statusCode: null,
      error: 'BLOCKED_ADDRESS: webhook host resolves to a private address (10.0.0.5)',
    });
    expect(r.seen).toEqual([]);
  });

  it('refuses a name that resolves (or rebinds) to loopback, even when another of its addresses is public', async () => {
    r = await receiver();
    const dns = fakeDns({ 'hooks.example.test': ['93.184.216.34', '127.0.0.1'], 'rebound.example.test': ['::ffff:127.0.0.1'] });
    const sender = new HttpWebhookSender({ allowPrivateNetworks: false }, dns);
    await expect(sender.post(request(`http://hooks.example.test:${r.port}/h`))).resolves.toEqual({ statusCode: null, error: 'BLOCKED_ADDRESS: webhook host resolves to a loopback address (127.0.0.1)' });
    await expect(sender.post(request(`http://rebound.example.test:${r.port}/h`))).resolves.toMatchObject({ statusCode: null, error: expect.stringMatching(/^BLOCKED_ADDRESS: .*loopback/) });
    expect(dns.asked).toEqual(['hooks.example.test', 'rebound.example.test']);
    expect(r.seen).toEqual([]);
  });

  it('refuses an IP-literal host in a refused range without a lookup: https to loopback, cloud metadata', async () => {
    r = await receiver();
    const dns = fakeDns({});
    const sender = new HttpWebhookSender({ allowPrivateNetworks: false }, dns);
    await expect(sender.post(request(`https://127.0.0.1:${r.port}/h`))).resolves.toEqual({ statusCode: null, error: 'BLOCKED_ADDRESS: webhook URL names a loopback address (127.0.0.1)' });
    await expect(sender.post(request('https://169.254.169.254/latest/meta-data'))).resolves.toEqual({ statusCode: null, error: 'BLOCKED_ADDRESS: webhook URL names a link-local address (169.254.169.254)' });
    await expect(sender.post(request('https://[::ffff:10.0.0.1]/h'))).resolves.toMatchObject({ error: expect.stringMatching(/^BLOCKED_ADDRESS: webhook URL names a private address/) });
    expect(dns.asked).toEqual([]);
    expect(r.seen).toEqual([]);
  });

  it('with WEBHOOK_ALLOW_PRIVATE_NETWORKS, delivers to a name that resolves to 127.0.0.1', async () => {
    r = await receiver();
    const sender = new HttpWebhookSender({ allowPrivateNetworks: true }, fakeDns({ 'hooks.example.test': ['127.0.0.1'] }));
    await expect(sender.post(request(`http://hooks.example.test:${r.port}/h`))).resolves.toEqual({ statusCode: 200, error: null });
    expect(r.seen).toEqual([expect.objectContaining({ path: '/h', host: `hooks.example.test:${r.port}` })]);
  });

  it('returns a redirect as its status code and does not follow it', async () => {
    r = await receiver((req, res) => {
      res.writeHead(302, { Location: '/elsewhere' });
      res.end();
    });
    const sender = new HttpWebhookSender({ allowPrivateNetworks: false });
    await expect(sender.post(request(`http://127.0.0.1:${r.port}/h`))).resolves.toEqual({ statusCode: 302, error: null });
    expect(r.seen.map((s) => s.path)).toEqual(['/h']);
  });

  it('reports a receiver that does not answer in time as TIMEOUT, and a closed port as ECONNREFUSED', async () => {
    r = await receiver(() => undefined);
    const sender = new HttpWebhookSender({ allowPrivateNetworks: false });
    const started = Date.now();
    await expect(sender.post(request(`http://127.0.0.1:${r.port}/h`, 200))).resolves.toEqual({ statusCode: null, error: 'TIMEOUT: no response within 200 ms' });
    expect(Date.now() - started).toBeLessThan(1500);
    const port = r.port;
    await r.close();
    await expect(sender.post(request(`http://127.0.0.1:${port}/h`))).resolves.toMatchObject({ statusCode: null, error: expect.stringMatching(/^ECONNREFUSED: /) });
  });
});
