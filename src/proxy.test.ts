import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from './proxy';

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

describe('proxy (page CSP)', () => {
  it('gives each page response its own nonce, and hands Next the same policy on the request', () => {
    const first = proxy(new NextRequest('http://localhost/jobs'));
    const second = proxy(new NextRequest('http://localhost/jobs'));
    const policy = first.headers.get('content-security-policy');
    expect(nonceOf(policy)).toBeTruthy();
    expect(nonceOf(policy)).not.toBe(nonceOf(second.headers.get('content-security-policy')));
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");
    // NextResponse.next({ request: { headers } }) forwards overridden request headers this way.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonceOf(policy));
  });
});
