import { env } from '@/env';

export const dynamic = 'force-dynamic';

const BODY = JSON.stringify({ ok: true });

/**
 * The framework's ceiling for `npm run bench:api`: a Next route handler that does no work, measured
 * beside the tRPC procedures in the same run. Off (404) unless BENCH_CEILING_ROUTE=1.
 */
export function GET(): Response {
  if (!env.BENCH_CEILING_ROUTE) return new Response('Not found', { status: 404 });
  return new Response(BODY, { headers: { 'content-type': 'application/json' } });
}
