/**
 * Security headers. The static ones go on every answer through next.config.ts; the page policy
 * (CSP with a fresh script nonce per request) is set by src/proxy.ts, because a nonce must differ
 * on every response and Next reads it from the request's CSP header to stamp its own scripts.
 */
export interface Header {
  key: string;
  value: string;
}

/**
 * Pages: scripts only with this response's nonce ('strict-dynamic' lets those load Next's chunks),
 * never 'unsafe-inline'. Styles may be inline: React renders `style` attributes, which nonces
 * cannot cover, and a style cannot run code. `data:` images carry the TOTP enrolment QR code.
 * Development adds 'unsafe-eval', which React uses there to rebuild server error stacks.
 */
export function pageContentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** 128 random bits, base64: a CSP nonce must be unguessable and new on every response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * API answers are JSON or file downloads, never a document that runs script: nothing may load
 * from them. (The proxy stays off /api: running it would make Next copy every request body.)
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(production: boolean): Header[] {
  return [
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    // Browsers remember HSTS for the host: only where the app is served over HTTPS.
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}

/** API answers carry user data: never stored by a browser or a shared cache. */
export const API_HEADERS: Header[] = [
  { key: 'Cache-Control', value: 'no-store' },
  { key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY },
];
