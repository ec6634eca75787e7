import { addressRefusal, blockedRange, ipLiteral, isLocalDevUrl } from './address-policy';

const off = { allowPrivateNetworks: false };
const on = { allowPrivateNetworks: true };
const https = new URL('https://hooks.example.com/x');

describe('webhook address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a00:1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['100.127.255.254', 'shared (CGNAT)'],
    ['fd00::1', 'unique-local'],
    ['fc00::1', 'unique-local'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['::127.0.0.1', 'reserved'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['192.0.2.10', 'documentation'],
    ['2001:db8::1', 'documentation'],
    ['not-an-ip', 'unparseable'],
  ])('blocks %s as %s', (address, kind) => {
    expect(blockedRange(address)?.kind).toBe(kind);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '169.253.0.1', '198.20.0.1', '223.255.255.255', '2001:4860:4860::8888', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(blockedRange(address)).toBeNull();
      expect(addressRefusal(https, address, off)).toBeNull();
    },
  );

  it('names the range and address in its refusal', () => {
    expect(addressRefusal(https, '10.0.0.5', off)).toBe('a private address (10.0.0.5)');
    expect(addressRefusal(https, '0.0.0.0', off)).toBe('an unspecified address (0.0.0.0)');
    expect(addressRefusal(https, '[::1]', off)).toBe('a loopback address (::1)');
  });

  it('lets WEBHOOK_ALLOW_PRIVATE_NETWORKS open loopback and private networks, but never link-local, multicast or reserved', () => {
    for (const address of ['127.0.0.1', '::1', '10.0.0.5', '::ffff:10.0.0.1', '100.64.0.1', 'fd00::1', '198.18.0.1']) expect(addressRefusal(https, address, on)).toBeNull();
    for (const address of ['169.254.169.254', 'fe80::1', '0.0.0.0', '224.0.0.1', '240.0.0.1']) expect(addressRefusal(https, address, on)).not.toBeNull();
  });

  it('allows loopback without the setting only over plain http to localhost, 127.x or [::1]', () => {
    for (const url of ['http://localhost:4000/h', 'http://127.0.0.1:4000/h', 'http://127.1.2.3/h', 'http://[::1]:4000/h']) {
      expect(isLocalDevUrl(new URL(url))).toBe(true);
      expect(addressRefusal(new URL(url), '127.0.0.1', off)).toBeNull();
      expect(addressRefusal(new URL(url), '10.0.0.5', off)).toBe('a private address (10.0.0.5)');
    }
    for (const url of ['https://localhost/h', 'https://127.0.0.1/h', 'http://hooks.example.test/h', 'http://127.example.com/h']) {
      expect(isLocalDevUrl(new URL(url))).toBe(false);
      expect(addressRefusal(new URL(url), '127.0.0.1', off)).toBe('a loopback address (127.0.0.1)');
    }
  });

  it('finds IP literals in URLs, whatever their spelling', () => {
    expect(ipLiteral(new URL('https://169.254.169.254/latest'))).toBe('169.254.169.254');
    expect(ipLiteral(new URL('https://0x7f.1/'))).toBe('127.0.0.1');
    expect(ipLiteral(new URL('https://2130706433/'))).toBe('127.0.0.1');
    expect(ipLiteral(new URL('https://[::ffff:10.0.0.1]/'))).toBe('::ffff:a00:1');
    expect(ipLiteral(new URL('https://hooks.example.com/'))).toBeNull();
  });
});
