import { describe, expect, it } from 'vitest';
import { clientIpFrom } from './rate-limits';

const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name] ?? null });

describe('clientIpFrom', () => {
  it('takes the first x-forwarded-for entry, then x-real-ip', () => {
    expect(clientIpFrom(headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }))).toBe('203.0.113.9');
    expect(clientIpFrom(headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2');
    expect(clientIpFrom(headers({}))).toBeNull();
  });

  it('treats loopback as unknown, so a local proxy does not put everyone in one bucket', () => {
    for (const ip of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      expect(clientIpFrom(headers({ 'x-forwarded-for': ip }))).toBeNull();
    }
  });
});
