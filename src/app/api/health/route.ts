export const dynamic = 'force-dynamic';

/**
 * Liveness: 200 whenever this process can answer at all. It checks nothing else on purpose: a
 * database outage must not get a healthy process restarted (it recovers by itself when the
 * database is back). Whether the process can serve is /api/ready's question.
 */
export function GET() {
  return Response.json({ status: 'ok' });
}
