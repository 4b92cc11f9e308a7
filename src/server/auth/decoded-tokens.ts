/**
 * next-auth's `decode`, remembered per token. Opening a session token (key derivation and an
 * AES-GCM decryption) cost about 0.1 ms of CPU on every signed-in request, and a browser sends the
 * same token until next-auth rolls it. The token string is the secret itself and its claims never
 * change, so a token opened once reads the same until it expires; the live check against the
 * database (session-token.ts) still runs on every request. Only tokens that opened are kept, under
 * the secret that opened them, and only until their `exp`: a token past it goes back to `decode`,
 * which refuses it (or accepts it within its clock tolerance, and then it is not kept again).
 */
import { LRUCache } from 'lru-cache';
import { decode, type JWT } from 'next-auth/jwt';

/** About one entry per signed-in browser of the last minutes; each holds a token of ~400 bytes. */
const MAX_TOKENS = 10_000;

const opened = new LRUCache<string, { secret: string; claims: JWT }>({ max: MAX_TOKENS });

const expiresAtMs = (claims: JWT): number | null =>
  typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp * 1000 : null;

/** The token's claims, or null when it does not open under `secret` or has expired. Throws as `decode` does. */
export async function openSessionToken(token: string, secret: string): Promise<JWT | null> {
  const hit = opened.get(token);
  if (hit && hit.secret === secret) {
    const exp = expiresAtMs(hit.claims);
    if (exp !== null && Date.now() < exp) return { ...hit.claims };
    opened.delete(token);
  }
  const claims = await decode({ token, secret });
  const exp = claims ? expiresAtMs(claims) : null;
  if (claims && exp !== null && Date.now() < exp) {
    opened.set(token, { secret, claims: { ...claims } });
  }
  return claims;
}
