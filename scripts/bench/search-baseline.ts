/**
 * The seed design's search (design document, "Database Query Optimization": buildSearchQuery
 * and its count query, run in parallel), translated to this schema as literally as possible:
 * `keywords` as one ILIKE '%…%' substring over title, description and company name, ILIKE on
 * location, `= ANY` on the types, the posted-within window, newest first, LIMIT/OFFSET, and
 * SELECT j.* with the freshness CASE. Two adaptations: only open jobs (what search must return),
 * and the salary floor compares salary_annual_usd (the seed's salary_max is in the posting's own
 * currency and period here). Websearch operators are stripped: the seed passed keywords as is.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { JobSearchInput } from '@/lib/validators/search';
import type { Database } from '@/server/db';

export async function baselineSearch(db: Database, q: JobSearchInput): Promise<number> {
  const conditions: SQL[] = [sql`j.status = 'open'`];
  const keywords = q.keywords
    ?.replace(/"/g, '')
    .replace(/(^|\s)-\S+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (keywords) {
    const like = `%${keywords}%`;
    conditions.push(sql`(j.title ILIKE ${like} OR j.description ILIKE ${like} OR j.company_name ILIKE ${like})`);
  }
  if (q.location) conditions.push(sql`j.location ILIKE ${`%${q.location}%`}`);
  const anyOf = (values: readonly string[]) =>
    sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
  if (q.jobTypes?.length) conditions.push(sql`j.job_type::text IN (${anyOf(q.jobTypes)})`);
  if (q.remoteTypes?.length) conditions.push(sql`j.remote_type::text IN (${anyOf(q.remoteTypes)})`);
  if (q.salaryMin) conditions.push(sql`j.salary_annual_usd >= ${q.salaryMin}`);
  if (q.postedWithinDays) conditions.push(sql`j.posted_at > NOW() - make_interval(days => ${q.postedWithinDays})`);
  const where = sql.join(conditions, sql` AND `);
  const limit = q.limit ?? 20;
  const offset = ((q.page ?? 1) - 1) * limit;
  const [rows] = await Promise.all([
    db.execute(sql`
      SELECT j.*, 0 AS match_score,
        CASE WHEN j.posted_at > NOW() - INTERVAL '7 days' THEN 'new'
             WHEN j.posted_at > NOW() - INTERVAL '30 days' THEN 'recent'
             ELSE 'older' END AS freshness
      FROM jobs j WHERE ${where} ORDER BY j.posted_at DESC LIMIT ${limit} OFFSET ${offset}`),
    db.execute(sql`SELECT COUNT(*) FROM jobs j WHERE ${where}`),
  ]);
  return Array.isArray(rows) ? rows.length : 0;
}
