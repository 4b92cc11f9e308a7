/**
 * Reads a chaos run's samples against its timeline: what the writers were answered while
 * PostgreSQL was down, while Redis was down, and how long after PostgreSQL was back the first
 * write succeeded.
 */
import { round } from '../bench/stats';
import { statusCounts, summarize } from '../bench/writes/summary';
import type { WriteSample } from '../bench/writes/write-mix';

/** Milliseconds since the writers started. */
export interface Timeline {
  postgresStopAt: number;
  postgresStartedAt: number;
  redisStopAt: number;
  redisStartedAt: number;
  endAt: number;
}

const isOk = (s: WriteSample) => s.status >= 200 && s.status < 300;

export function outageReport(samples: readonly WriteSample[], t: Timeline) {
  const firstOkAfterPostgres = samples
    .filter((s) => isOk(s) && s.at >= t.postgresStartedAt)
    .reduce((min, s) => Math.min(min, s.at), Number.POSITIVE_INFINITY);
  // The database outage as the writers saw it: from the stop until the first write succeeded.
  const inPostgresOutage = samples.filter((s) => s.at >= t.postgresStopAt && s.at < firstOkAfterPostgres);
  const inRedisOutage = samples.filter((s) => s.at >= t.redisStopAt && s.at < t.redisStartedAt);
  const outside = samples.filter(
    (s) =>
      !(s.at >= t.postgresStopAt && s.at < firstOkAfterPostgres) && !(s.at >= t.redisStopAt && s.at < t.redisStartedAt),
  );
  const with503 = samples.filter((s) => s.status === 503);
  return {
    statuses: statusCounts(samples),
    http_500: samples.filter((s) => s.status === 500).length,
    http_5xx_other_than_503: samples.filter((s) => s.status >= 500 && s.status !== 503).length,
    no_answer: samples.filter((s) => s.status === 0).length,
    http_503: with503.length,
    http_503_with_retry_after: with503.filter((s) => s.retryAfter !== null && /^\d+$/.test(s.retryAfter)).length,
    postgres_outage: {
      stopped_at_s: round(t.postgresStopAt / 1000, 2),
      started_at_s: round(t.postgresStartedAt / 1000, 2),
      down_for_s: round((t.postgresStartedAt - t.postgresStopAt) / 1000, 2),
      first_write_ok_at_s: Number.isFinite(firstOkAfterPostgres) ? round(firstOkAfterPostgres / 1000, 2) : null,
      recovery_ms: Number.isFinite(firstOkAfterPostgres)
        ? Math.round(firstOkAfterPostgres - t.postgresStartedAt)
        : null,
      statuses: statusCounts(inPostgresOutage),
      slowest_answer_ms: round(Math.max(0, ...inPostgresOutage.map((s) => s.ms)), 1),
    },
    redis_outage: {
      stopped_at_s: round(t.redisStopAt / 1000, 2),
      started_at_s: round(t.redisStartedAt / 1000, 2),
      statuses: statusCounts(inRedisOutage),
      ...summarize(inRedisOutage),
    },
    outside_outages: summarize(outside),
  };
}
