import { createHash, timingSafeEqual } from 'node:crypto';

export type MetricsAccess = 'allowed' | 'refused' | 'hidden';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Who may scrape /api/metrics. With METRICS_TOKEN set: only `Authorization: Bearer <token>`
 * (compared in constant time). Without it the route does not exist in production (404), and is
 * open in development and tests, where there is nothing to protect.
 */
export function metricsAccess(authorization: string | null, config: { token?: string; production: boolean }): MetricsAccess {
  if (!config.token) return config.production ? 'hidden' : 'allowed';
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!presented) return 'refused';
  // Hashing first makes the comparison constant-time whatever the presented length.
  return timingSafeEqual(digest(presented), digest(config.token)) ? 'allowed' : 'refused';
}
