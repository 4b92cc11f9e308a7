/**
 * The seeker's rates against other seekers': overall, and in each industry the seeker applied
 * to. Every other seeker counts once (the mean of their own rates), so a few prolific
 * applicants do not set the average. Anonymity: the seeker is left out of their own average,
 * and a group of fewer than MIN_BENCHMARK_USERS other seekers is dropped inside the query, so
 * its numbers never leave the database. An industry where the seeker has fewer than MIN_SAMPLE
 * applications is not compared either: their side of the row would rest on one or two results.
 */
import { sql } from 'drizzle-orm';
import type { BenchmarkGroup, Benchmarks } from '@/lib/validators/analytics';
import type { DbOrTx } from '@/server/db';
import { rowsOf } from '@/server/db/rows';
import { EMPLOYER_RESPONSE_STATUSES } from '../applications/status-machine';
import type { ApplicationFact } from './application-facts';
import { MIN_SAMPLE } from './compute-breakdowns';
import { averageResponseDays, countOutcomes, round } from './compute-metrics';
import { INTERVIEW_STATUSES, OFFER_STATUSES, RESPONSE_STATUSES } from './status-sets';

export const MIN_BENCHMARK_USERS = 10;

interface Row {
  dimension: 'overall' | 'industry';
  key: string;
  users: number;
  response_rate: number | null;
  interview_rate: number | null;
  offer_rate: number | null;
  response_days: number | null;
}

const inList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
const reached = (statuses: readonly string[]) =>
  sql`(a.status::text IN (${inList(statuses)}) OR EXISTS (
    SELECT 1 FROM application_events e WHERE e.application_id = a.id AND e.to_status::text IN (${inList(statuses)})))`;
const maybe = (v: number | null, places: number) => (v === null ? null : round(Number(v), places));

export async function platformBenchmarks(
  db: DbOrTx,
  input: { userId: string; since: Date | null; facts: readonly ApplicationFact[] },
  minUsers = MIN_BENCHMARK_USERS,
): Promise<Benchmarks> {
  const industries = [...new Set(input.facts.map((f) => f.industry).filter((i): i is string => i !== null))];
  const since = input.since ? sql`AND a.applied_at >= ${input.since.toISOString()}::timestamptz` : sql``;
  const rows = rowsOf<Row>(
    await db.execute(sql`
      WITH app AS (
        SELECT a.user_id, c.industry,
          ${reached(RESPONSE_STATUSES)}::int AS responded,
          ${reached(INTERVIEW_STATUSES)}::int AS interviewed,
          ${reached(OFFER_STATUSES)}::int AS offered,
          (SELECT extract(epoch FROM min(e.occurred_at) - a.applied_at) / 86400 FROM application_events e
            WHERE e.application_id = a.id AND e.occurred_at >= a.applied_at
              AND e.to_status::text IN (${inList(EMPLOYER_RESPONSE_STATUSES)})) AS response_days
        FROM applications a
        JOIN jobs j ON j.id = a.job_id
        LEFT JOIN companies c ON c.id = j.company_id
        WHERE a.applied_at IS NOT NULL AND a.status <> 'saved' AND a.user_id <> ${input.userId} ${since}
      ), per_user AS (
        SELECT 'overall' AS dimension, '' AS key, user_id, avg(responded) AS r, avg(interviewed) AS i,
          avg(offered) AS o, avg(response_days) AS d
        FROM app GROUP BY user_id
        UNION ALL
        SELECT 'industry', industry, user_id, avg(responded), avg(interviewed), avg(offered), avg(response_days)
        FROM app WHERE ${industries.length > 0 ? sql`industry IN (${inList(industries)})` : sql`false`}
        GROUP BY industry, user_id
      )
      SELECT dimension, key, count(*)::int AS users, avg(r)::float8 AS response_rate,
        avg(i)::float8 AS interview_rate, avg(o)::float8 AS offer_rate, avg(d)::float8 AS response_days
      FROM per_user GROUP BY dimension, key
      HAVING count(*) >= ${minUsers}`),
  );

  const groups: BenchmarkGroup[] = rows.map((r) => {
    const mine = r.dimension === 'overall' ? input.facts : input.facts.filter((f) => f.industry === r.key);
    const you = countOutcomes(mine);
    return {
      id: r.dimension === 'overall' ? 'overall' : `industry:${r.key}`,
      dimension: r.dimension,
      key: r.key,
      label: r.dimension === 'overall' ? 'All seekers' : r.key,
      users: Number(r.users),
      platform: {
        responseRate: maybe(r.response_rate, 4),
        interviewRate: maybe(r.interview_rate, 4),
        offerRate: maybe(r.offer_rate, 4),
        averageResponseDays: maybe(r.response_days, 1),
      },
      you: {
        n: you.n,
        responseRate: you.responseRate,
        interviewRate: you.interviewRate,
        offerRate: you.offerRate,
        averageResponseDays: averageResponseDays(mine),
      },
    };
  });
  const compared = groups.filter((g) => g.dimension === 'overall' || g.you.n >= MIN_SAMPLE);
  compared.sort((a, b) => (a.dimension === b.dimension ? b.you.n - a.you.n : a.dimension === 'overall' ? -1 : 1));
  return { minUsers, groups: compared };
}
