/**
 * Under `next dev`, the start-up hook asks the server itself, over HTTP, to start the work that
 * needs the matching and workflow code (dev-background-work.ts): Turbopack compiles every module
 * the hook could import, dynamic imports included, before the first request is answered, and
 * that code took ~5 s of a fresh clone's first page. A route's code is compiled only when the
 * route is first called. The route answers only this process: a random token kept in memory.
 * Light imports only: the start-up hook imports this.
 */
import { randomBytes } from 'node:crypto';
import { sameSecret } from '@/server/services/security/same-secret';

export const BACKGROUND_MODES = ['seed-now', 'prepare', 'schedule-only'] as const;
export type BackgroundMode = (typeof BACKGROUND_MODES)[number];

export const BACKGROUND_ROUTE = '/api/dev/background';
export const BACKGROUND_TOKEN_HEADER = 'x-background-token';

const holder = globalThis as unknown as { __gmjBackgroundToken?: string };

function token(): string {
  return (holder.__gmjBackgroundToken ??= randomBytes(32).toString('hex'));
}

/** Whether a request carries this process's token (the route's only check besides dev mode). */
export function isBackgroundCaller(given: string | null): boolean {
  const expected = holder.__gmjBackgroundToken;
  return Boolean(expected && given && sameSecret(given, expected));
}

/**
 * Starts the background work through the route; resolves once it has started (for 'seed-now',
 * once the seed is in). `origin` is where this server listens (Next sets __NEXT_PRIVATE_ORIGIN).
 */
export async function triggerBackgroundWork(
  mode: BackgroundMode,
  // Set by Next's server for itself at start, not configuration.
  // eslint-disable-next-line no-restricted-properties
  origin = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://localhost:${process.env.PORT ?? '3000'}`,
): Promise<void> {
  const response = await fetch(new URL(BACKGROUND_ROUTE, origin), {
    method: 'POST',
    headers: { [BACKGROUND_TOKEN_HEADER]: token(), 'content-type': 'application/json' },
    body: JSON.stringify({ mode }),
  });
  if (response.status !== 204) throw new Error(`${BACKGROUND_ROUTE} answered ${response.status}`);
}
