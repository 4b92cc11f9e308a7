import { env } from '@/env';
import { metrics } from '@/server/observability/metrics';
import { metricsAccess } from '@/server/observability/metrics-access';

export const dynamic = 'force-dynamic';

/** Prometheus scrape endpoint (README, "Observability"); guarded by METRICS_TOKEN. */
export async function GET(req: Request) {
  const access = metricsAccess(req.headers.get('authorization'), {
    token: env.METRICS_TOKEN,
    production: env.NODE_ENV === 'production',
  });
  if (access === 'hidden') return Response.json({ error: 'Not found.' }, { status: 404 });
  if (access === 'refused') {
    return Response.json(
      { error: 'A valid bearer token is required.' },
      { status: 401, headers: { 'www-authenticate': 'Bearer realm="metrics"' } },
    );
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
  });
}
