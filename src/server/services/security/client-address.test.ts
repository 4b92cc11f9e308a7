import { describe, expect, it } from 'vitest';
import { clientAddressFrom, normalizeAddress, peerAddressHeader, UNKNOWN_ADDRESS } from './client-address';
import { clientIpFrom } from './rate-limits';

const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name] ?? null });
const direct = { trustedProxyCount: 0, vercel: false };
const peer = (ip: string) => ({ [peerAddressHeader()]: ip });

describe('clientAddressFrom', () => {
  it('with no trusted proxy, takes the socket address and ignores X-Forwarded-For and X-Real-IP', () => {
    const h = headers({ ...peer('::ffff:192.0.2.10'), 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '198.51.100.2' });
    expect(clientAddressFrom(h, direct)).toBe('192.0.2.10');
  });

  it('with n trusted proxies, takes the n-th address from the right of [...X-Forwarded-For, socket]', () => {
    const h = headers({ ...peer('10.0.0.2'), 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.1' });
    expect(clientAddressFrom(h, { trustedProxyCount: 1, vercel: false })).toBe('10.0.0.1');
    expect(clientAddressFrom(h, { trustedProxyCount: 2, vercel: false })).toBe('203.0.113.9');
    // More proxies configured than hops: the leftmost entry, never beyond it.
    expect(clientAddressFrom(h, { trustedProxyCount: 9, vercel: false })).toBe('6.6.6.6');
  });

  it('on Vercel, takes the address its edge writes', () => {
    const vercel = { trustedProxyCount: 0, vercel: true };
    expect(clientAddressFrom(headers({ 'x-real-ip': '198.51.100.2', 'x-forwarded-for': '1.1.1.1' }), vercel)).toBe(
      '198.51.100.2',
    );
    expect(clientAddressFrom(headers({ 'x-vercel-forwarded-for': '198.51.100.3, 10.0.0.1' }), vercel)).toBe(
      '198.51.100.3',
    );
  });

  it('is null when nothing trustworthy is known, and the HTTP key is then the shared bucket', () => {
    expect(clientAddressFrom(headers({ 'x-forwarded-for': '203.0.113.9' }), direct)).toBeNull();
    expect(
      clientAddressFrom(headers({ 'x-forwarded-for': '203.0.113.9' }), { trustedProxyCount: 1, vercel: false }),
    ).toBeNull();
    expect(clientIpFrom(headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe(UNKNOWN_ADDRESS);
  });

  it('normalizes addresses and refuses anything else', () => {
    expect(normalizeAddress('::FFFF:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('unknown')).toBeNull();
    expect(normalizeAddress('1.2.3.4; drop table')).toBeNull();
    expect(normalizeAddress('')).toBeNull();
  });
});
