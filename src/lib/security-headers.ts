/**
 * Headers every response carries (next.config.ts). The script policy with per-request nonces is
 * not here yet: `frame-ancestors` alone already stops the app being framed (clickjacking).
 */
export interface Header {
  key: string;
  value: string;
}

export function securityHeaders(production: boolean): Header[] {
  return [
    { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
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
export const API_HEADERS: Header[] = [{ key: 'Cache-Control', value: 'no-store' }];
