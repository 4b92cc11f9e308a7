/**
 * What occupation a keyword search names, to order the jobs that only mention its words. A search
 * for "software engineer" on a site without that title matched an Environmental Engineer's
 * posting that says "software" once, and a Backend Software Developer's: text rank alone cannot
 * tell which is meant, the job's inferred occupation can (both are stored on the job row).
 *
 * Used for ordering only, never to widen or narrow the matches: a wrong reading ("Go developer"
 * read as Dancers) can then only reorder jobs that hold every keyword, and such jobs of a wrong
 * occupation are rare.
 */
import { sql, type SQL } from 'drizzle-orm';
import { jobs } from '@/server/db/schema';
import { inferOccupations } from '@/server/services/matching/occupations/infer-occupations';
import { titleTerms } from '@/server/services/matching/occupations/title-terms';

export interface QueryOccupation {
  code: string;
  /** The reading's confidence, in (0, 1]: added to the text rank of a job of this occupation. */
  weight: number;
}

/** Readings below this confidence are noise ("kubernetes": eight occupations at 0.08). */
const MIN_CONFIDENCE = 0.1;
const READINGS = 3;

/**
 * The occupations the words read as, most likely first. Websearch operators are left out: an
 * excluded word ("-senior") or OR says nothing about the occupation. Nothing for queries with no
 * word that names work ("senior", "remote").
 */
export function queryOccupations(keywords: string): QueryOccupation[] {
  const words = keywords
    .replace(/(^|\s)-\S+/g, ' ')
    .replace(/\bOR\b/g, ' ')
    .replace(/["()]/g, ' ')
    .trim();
  if (titleTerms(words).length === 0) return [];
  return inferOccupations({ title: words }, READINGS)
    .filter((g) => g.confidence >= MIN_CONFIDENCE)
    .map((g) => ({ code: g.code, weight: Math.round(g.confidence * 1000) / 1000 }));
}

/** The weight of the job's occupation among the readings, 0 for any other. */
export function occupationBoost(readings: readonly QueryOccupation[]): SQL {
  if (readings.length === 0) return sql`0`;
  const cases = readings.map((r) => sql`WHEN ${r.code} THEN ${r.weight}::real`);
  return sql`(CASE ${jobs.occupationCode} ${sql.join(cases, sql` `)} ELSE 0 END)`;
}
