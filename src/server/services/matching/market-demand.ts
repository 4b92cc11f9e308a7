import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { canonicalizeSkill } from '../skills/taxonomy';
import { rowsOf } from '@/server/db/rows';

/** How many recent postings the demand is measured on: enough for shares, cheap to read. */
const SAMPLE = 1000;
/**
 * Fewer other open jobs than this are no market to quote a share of: with the job itself in a
 * sample of one, every skill it asks for read "required by 100% of similar open jobs".
 */
export const MIN_DEMAND_SAMPLE = 10;

/**
 * Share of the recent open jobs of one occupation (or of all, when unknown) that list each
 * skill, by canonical name: what makes a missing skill matter beyond this one posting. The job
 * itself is left out; undefined when too few others are open to speak of demand.
 */
export async function marketDemand(
  db: DbOrTx,
  occupationCode: string | null,
  jobId: string,
): Promise<Map<string, number> | undefined> {
  const rows = rowsOf<{ skill: string; n: number; total: number }>(
    await db.execute(sql`
      WITH recent AS (
        SELECT required_skills FROM jobs
        WHERE status = 'open' AND id <> ${jobId} ${occupationCode ? sql`AND occupation_code = ${occupationCode}` : sql``}
        ORDER BY posted_at DESC LIMIT ${SAMPLE}
      )
      SELECT skill, count(*)::int AS n, (SELECT count(*)::int FROM recent) AS total
      FROM recent, unnest(required_skills) AS skill GROUP BY skill`),
  );
  if ((rows[0]?.total ?? 0) < MIN_DEMAND_SAMPLE) return undefined;
  const demand = new Map<string, number>();
  for (const r of rows) {
    const name = canonicalizeSkill(r.skill).name;
    demand.set(name, Math.min(1, (demand.get(name) ?? 0) + r.n / Math.max(1, r.total)));
  }
  return demand;
}
