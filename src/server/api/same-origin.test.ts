import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite } from './same-origin';

const req = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers(headers) });

describe('isCrossSiteWrite', () => {
  it('refuses a POST from another origin, an opaque one, or a cross-site fetch', () => {
    expect(isCrossSiteWrite(req('POST', { host: 'app.example.com', origin: 'http://evil.test' }))).toBe(true);
    expect(isCrossSiteWrite(req('POST', { host: 'app.example.com', origin: 'null' }))).toBe(true);
    expect(isCrossSiteWrite(req('POST', { host: 'app.example.com', 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossSiteWrite(req('POST', { host: 'localhost:3000', origin: 'http://localhost:3001' }))).toBe(true);
  });

  it('lets same-origin writes, reads, and calls from no page through', () => {
    expect(isCrossSiteWrite(req('POST', { host: 'app.example.com', origin: 'https://app.example.com' }))).toBe(false);
    expect(isCrossSiteWrite(req('POST', { host: 'internal:3000', 'x-forwarded-host': 'app.example.com', origin: 'https://app.example.com' }))).toBe(false);
    expect(isCrossSiteWrite(req('GET', { host: 'app.example.com', origin: 'http://evil.test' }))).toBe(false);
    expect(isCrossSiteWrite(req('POST', { host: 'app.example.com' }))).toBe(false);
  });
});
