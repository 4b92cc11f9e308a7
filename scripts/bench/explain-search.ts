/**
 * `DATABASE_URL=postgres://… npx tsx scripts/bench/explain-search.ts '{"keywords":"nurse","location":"austin"}'`
 *
 * EXPLAIN (ANALYZE, BUFFERS) of the counting statement a search runs first (count-matches.ts),
 * twice (the second, warm, is printed), for tuning the search queries against real data.
 */
import postgres from 'postgres';
import { env } from '@/env';
import { jobSearchInput } from '@/lib/validators/search';
import { connectPostgres } from '@/server/db/connect';
import { collectQuery } from '@/server/services/jobs/search/count-matches';
import { searchConditions } from '@/server/services/jobs/search/criteria-sql';

if (!env.DATABASE_URL || !process.argv[2]) {
  console.error("Usage: DATABASE_URL=postgres://… npx tsx scripts/bench/explain-search.ts '<search criteria as JSON>'");
  process.exit(1);
}
const criteria = jobSearchInput.parse(JSON.parse(process.argv[2]));
const handle = await connectPostgres(env.DATABASE_URL, { max: 1 });
const client = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
try {
  const statement = collectQuery(handle.db, {
    conditions: searchConditions(criteria, criteria.keywords),
    keywords: criteria.keywords,
    sort: criteria.sort === 'match' ? 'newest' : criteria.sort,
    limit: criteria.limit,
    offset: (criteria.page - 1) * criteria.limit,
  }).toSQL();
  let plan: string[] = [];
  for (let i = 0; i < 2; i++) {
    const rows = await client.unsafe<Record<string, string>[]>(
      `EXPLAIN (ANALYZE, BUFFERS, SUMMARY) ${statement.sql}`,
      statement.params as never[],
    );
    plan = rows.map((r) => Object.values(r)[0] ?? '');
  }
  console.log(plan.join('\n'));
} finally {
  await client.end();
  await handle.close();
}
