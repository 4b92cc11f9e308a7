import { checkReadiness } from '@/server/services/health/check-readiness';
import { RETRY_AFTER_SECONDS } from '@/server/services/health/database-outage';

export const dynamic = 'force-dynamic';

/**
 * Readiness, for load balancers and deploy checks: 200 with each part's state when every
 * required part (the database) answers; 503 with Retry-After while one does not. A process that
 * is alive but not ready stays up (see /api/health) and comes back by itself.
 */
export async function GET() {
  const report = await checkReadiness();
  const ready = report.status === 'ready';
  return Response.json(report, {
    status: ready ? 200 : 503,
    headers: ready ? {} : { 'retry-after': String(RETRY_AFTER_SECONDS) },
  });
}
