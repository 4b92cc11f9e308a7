/**
 * The sums behind the platform benchmarks: per group (all seekers, or one industry), how many
 * seekers applied in it and the sums of their own rates (each seeker's mean of their
 * applications), so that the mean over every seeker but one is (sum - theirs) / (n - 1).
 *
 * Reading them reads every application and its events (~50 ms of the database at 3,000
 * applications, growing with the platform, for each of the four windows), and a seeker's
 * analytics are refreshed after each of their writes: 20 seekers writing at once spent most of
 * a core on it. So the totals are a snapshot, taken at most once per TOTALS_TTL_MS per window and
 * process and shared by every seeker, together with each seeker's own row in it: the seeker is
 * taken out of the snapshot they are in, so "others" is exact as of the snapshot (at most a
 * minute old), while the seeker's own side is computed from their applications at once.
 * Memory: one small row per seeker and group (overall and each industry they applied in).
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { rowsOf } from '@/server/db/rows';
import { EMPLOYER_RESPONSE_STATUSES } from '../applications/status-machine';
import { INTERVIEW_STATUSES, OFFER_STATUSES, RESPONSE_STATUSES } from './status-sets';

export const TOTALS_TTL_MS = 60_000;

export interface GroupTotals {
  dimension: 'overall' | 'industry';
  /** '' for overall, else the industry. */
  key: string;
  users: number;
  responseSum: number;
  interviewSum: number;
  offerSum: number;
  /** Over the seekers who had an answer at all (a mean of nulls is no number). */
  responseDaysSum: number;
  responseDaysUsers: number;
}

interface Row {
  dimension: 'overall' | 'industry';
  key: string;
  r: number;
  i: number;
  o: number;
  d: number | null;
}

const inList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
const reached = (statuses: readonly string[]) =>
  sql`(a.status::text IN (${inList(statuses)}) OR EXISTS (
    SELECT 1 FROM application_events e WHERE e.application_id = a.id AND e.to_status::text IN (${inList(statuses)})))`;

export interface TotalsSnapshot {
  groups: GroupTotals[];
  /** Each seeker's own row (users = 1) in every group of the snapshot they count in. */
  bySeeker: Map<string, GroupTotals[]>;
}

const rowTotals = (r: Row): GroupTotals => ({
  dimension: r.dimension,
  key: r.key,
  users: 1,
  responseSum: Number(r.r),
  interviewSum: Number(r.i),
  offerSum: Number(r.o),
  responseDaysSum: r.d === null ? 0 : Number(r.d),
  responseDaysUsers: r.d === null ? 0 : 1,
});

/**
 * Every seeker's own row (their means) in each group of at least `minUsers` seekers, over the
 * applications applied since `since`; a smaller group's rows never leave the database.
 */
async function takeSnapshot(db: DbOrTx, since: Date | null, minUsers: number): Promise<TotalsSnapshot> {
  const after = since ? sql`AND a.applied_at >= ${since.toISOString()}::timestamptz` : sql``;
  const rows = rowsOf<Row & { user_id: string }>(
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
        WHERE a.applied_at IS NOT NULL AND a.status <> 'saved' ${after}
      ), per_user AS (
        SELECT 'overall' AS dimension, '' AS key, user_id, avg(responded) AS r, avg(interviewed) AS i,
          avg(offered) AS o, avg(response_days) AS d
        FROM app GROUP BY user_id
        UNION ALL
        SELECT 'industry', industry, user_id, avg(responded), avg(interviewed), avg(offered), avg(response_days)
        FROM app WHERE industry IS NOT NULL
        GROUP BY industry, user_id
      ), big AS (
        SELECT dimension, key FROM per_user GROUP BY dimension, key HAVING count(*) >= ${minUsers}
      )
      SELECT p.dimension, p.key, p.user_id, p.r::float8 AS r, p.i::float8 AS i, p.o::float8 AS o, p.d::float8 AS d
      FROM per_user p JOIN big USING (dimension, key)`),
  );
  const groups = new Map<string, GroupTotals>();
  const bySeeker = new Map<string, GroupTotals[]>();
  for (const r of rows) {
    const own = rowTotals(r);
    const id = `${r.dimension}:${r.key}`;
    const g = groups.get(id);
    if (!g) groups.set(id, { ...own });
    else {
      g.users += 1;
      g.responseSum += own.responseSum;
      g.interviewSum += own.interviewSum;
      g.offerSum += own.offerSum;
      g.responseDaysSum += own.responseDaysSum;
      g.responseDaysUsers += own.responseDaysUsers;
    }
    const list = bySeeker.get(r.user_id);
    if (list) list.push(own);
    else bySeeker.set(r.user_id, [own]);
  }
  return { groups: [...groups.values()], bySeeker };
}

interface Cached {
  at: number;
  since: number | null;
  snapshot: Promise<TotalsSnapshot>;
}
const cache = new WeakMap<object, Map<string, Cached>>();

/** The snapshot of the window named `window` (starting at `since`), cached per database handle. */
export function platformTotals(
  db: DbOrTx,
  window: string,
  since: Date | null,
  minUsers: number,
): Promise<TotalsSnapshot> {
  let byWindow = cache.get(db);
  if (!byWindow) cache.set(db, (byWindow = new Map<string, Cached>()));
  const key = `${window}|${minUsers}`;
  const now = Date.now();
  const start = since?.getTime() ?? null;
  const hit = byWindow.get(key);
  const fresh =
    hit &&
    now - hit.at < TOTALS_TTL_MS &&
    (hit.since === null) === (start === null) &&
    Math.abs((hit.since ?? 0) - (start ?? 0)) < TOTALS_TTL_MS;
  if (fresh) return hit.snapshot;
  const snapshot = takeSnapshot(db, since, minUsers);
  const entry: Cached = { at: now, since: start, snapshot };
  byWindow.set(key, entry);
  // A failed read is not kept: the next seeker's refresh asks again.
  snapshot.catch(() => {
    if (byWindow.get(key) === entry) byWindow.delete(key);
  });
  return snapshot;
}

/** Forgets the cached platform totals (tests that change the platform and look at once). */
export function forgetPlatformTotals(db: DbOrTx): void {
  cache.delete(db);
}
