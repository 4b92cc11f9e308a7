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
import { relatedOccupations } from '@/server/services/matching/occupations/catalog';
import { inferOccupations } from '@/server/services/matching/occupations/infer-occupations';
import { RELATEDNESS_WEIGHTS } from '@/server/services/matching/occupations/occupation-similarity';
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

/**
 * Closely related work counts too, less: "software developer" stems to "software" + "develop", and
 * a Nanny's posting that mentions both densely out-ranked a Webmaster's passing mention. A job of
 * an occupation O*NET lists as primarily related to a reading weighs that reading times the
 * relatedness weight matching uses (0.6 or 0.4); the loose supplemental links (Software
 * Developers - Training and Development Specialists) add nothing. The highest weight per code wins.
 */
export function boostWeights(readings: readonly QueryOccupation[]): Record<string, number> {
  const weights: Record<string, number> = {};
  const raise = (code: string, w: number) => {
    const rounded = Math.round(w * 1000) / 1000;
    if (rounded > (weights[code] ?? 0)) weights[code] = rounded;
  };
  for (const r of readings) {
    raise(r.code, r.weight);
    for (const rel of relatedOccupations(r.code))
      if (rel.tier !== 'supplemental') raise(rel.code, r.weight * RELATEDNESS_WEIGHTS[rel.tier]);
  }
  return weights;
}

/**
 * The weight of the job's occupation among the readings and their related occupations, 0 for any
 * other: one lookup in a constant jsonb object per ranked row (a few dozen codes).
 */
export function occupationBoost(readings: readonly QueryOccupation[]): SQL {
  if (readings.length === 0) return sql`0`;
  const weights = JSON.stringify(boostWeights(readings));
  return sql`coalesce((${weights}::jsonb ->> ${jobs.occupationCode})::real, 0)`;
}
