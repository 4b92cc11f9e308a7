/**
 * Page requests: a fresh CSP nonce per request. Next reads the nonce from the request's
 * Content-Security-Policy header and stamps it on its own scripts; the browser gets the same
 * policy on the response. Pages are rendered per request (the root layout waits for the
 * connection), since a page rendered at build time would carry no nonce.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/env';
import { newNonce, pageContentSecurityPolicy } from '@/lib/security-headers';

export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy(nonce, env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Not /api: API answers get a static no-script policy from next.config.ts, and a proxy on them
  // would make Next copy each request body for it (defeating the streamed body caps of /api/trpc).
  // Not Next's hashed assets, which are scripts and styles themselves, not documents.
  matcher: ['/((?!api/|_next/static/|_next/image).*)'],
};
