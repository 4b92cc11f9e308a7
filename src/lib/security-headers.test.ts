import { describe, expect, it } from 'vitest';
import { API_HEADERS, newNonce, pageContentSecurityPolicy, securityHeaders } from './security-headers';

const byKey = (production: boolean) => Object.fromEntries(securityHeaders(production).map((h) => [h.key, h.value]));

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('securityHeaders', () => {
  it('forbids framing and sniffing everywhere, and asks for HTTPS only in production', () => {
    const dev = byKey(false);
    expect(dev['X-Frame-Options']).toBe('DENY');
    expect(dev['X-Content-Type-Options']).toBe('nosniff');
    expect(dev['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(dev['Strict-Transport-Security']).toBeUndefined();
    expect(byKey(true)['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(API_HEADERS).toContainEqual({ key: 'Cache-Control', value: 'no-store' });
  });

  it('lets page scripts run only with the nonce, never inline, and nothing frame the page', () => {
    const policy = pageContentSecurityPolicy('abc123==', false);
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(pageContentSecurityPolicy('n', true)).toContain("'unsafe-eval'");
  });

  it('makes a new 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });

  it('lets nothing load or run from an API answer', () => {
    const api = Object.fromEntries(API_HEADERS.map((h) => [h.key, h.value]));
    expect(directive(api['Content-Security-Policy']!, 'default-src')).toBe("default-src 'none'");
    expect(api['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });
});
