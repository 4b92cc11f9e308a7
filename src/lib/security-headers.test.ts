import { describe, expect, it } from 'vitest';
import { API_HEADERS, securityHeaders } from './security-headers';

const byKey = (production: boolean) => Object.fromEntries(securityHeaders(production).map((h) => [h.key, h.value]));

describe('securityHeaders', () => {
  it('forbids framing and sniffing everywhere, and asks for HTTPS only in production', () => {
    const dev = byKey(false);
    expect(dev['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(dev['X-Content-Type-Options']).toBe('nosniff');
    expect(dev['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(dev['Strict-Transport-Security']).toBeUndefined();
    expect(byKey(true)['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(API_HEADERS).toContainEqual({ key: 'Cache-Control', value: 'no-store' });
  });
});
