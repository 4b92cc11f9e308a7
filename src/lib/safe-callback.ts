/**
 * Where to go after signing in: a path on this site, or the fallback. Parsed with the URL API, as
 * the browser will: "/\evil.test/x" and "/\t/evil.test" are other hosts to a browser although they
 * start with one slash, so prefix checks are not enough. Client-safe.
 */
const BASE = 'http://same-origin.invalid';

export function safeCallbackPath(raw: string | null | undefined, fallback = '/jobs'): string {
  if (!raw || !raw.startsWith('/')) return fallback;
  try {
    const url = new URL(raw, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
