import { sameSecret } from '@/server/services/security/same-secret';

export type MetricsAccess = 'allowed' | 'refused' | 'hidden';

/**
 * Who may scrape /api/metrics. With METRICS_TOKEN set: only `Authorization: Bearer <token>`
 * (compared in constant time). Without it the route does not exist in production (404), and is
 * open in development and tests, where there is nothing to protect.
 */
export function metricsAccess(
  authorization: string | null,
  config: { token?: string; production: boolean },
): MetricsAccess {
  if (!config.token) return config.production ? 'hidden' : 'allowed';
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!presented) return 'refused';
  return sameSecret(presented, config.token) ? 'allowed' : 'refused';
}
