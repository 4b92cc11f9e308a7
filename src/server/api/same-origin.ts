/**
 * Cross-site request forgery, refused by origin: a browser names the page a request comes from in
 * `Origin` (and says `Sec-Fetch-Site: cross-site` when it is another site). A state-changing call
 * whose origin is not this site is refused before it runs. Calls without either header come from
 * no browser page (scripts, server code) and carry no ambient cookies to abuse.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host the browser addressed: behind a proxy, the one it forwarded. */
function requestHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
}

export function isCrossSiteWrite(req: Pick<Request, 'method' | 'headers'>): boolean {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return false;
  if (req.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.headers.get('origin');
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== requestHost(req.headers);
  } catch {
    return true;
  }
}
