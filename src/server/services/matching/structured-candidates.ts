/**
 * Candidates found by structure, not by embedding: open jobs passing the filters in the seeker's
 * inferred occupations and their O*NET related occupations, newest first, topped up with the
 * newest jobs overall. All of them when the vector index is unavailable (scored structurally
 * only; the response says it is degraded); the top-up also when the index runs out of neighbours
 * (matches-for-user.ts), since jobs not yet embedded can be found no other way.
 */
import { and, desc, inArray, notInArray } from 'drizzle-orm';
import { filterConditions } from '@/server/adapters/vectors/filter-sql';
import { resolveFilter } from '@/server/adapters/vectors/filter';
import type { VectorFilter } from '@/server/adapters/vectors';
import type { DbOrTx } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { relatedOccupations } from './occupations/catalog';
import type { OccupationGuess } from './types';

/** Open jobs passing the filters in the seeker's occupations and the closest related ones, newest first. */
export async function occupationCandidates(
  db: DbOrTx,
  occupations: readonly OccupationGuess[],
  filter: VectorFilter,
  limit: number,
): Promise<string[]> {
  const codes = [
    ...new Set([
      ...occupations.map((o) => o.code),
      ...occupations.slice(0, 2).flatMap((o) => relatedOccupations(o.code).map((r) => r.code)),
    ]),
  ];
  if (codes.length === 0) return [];
  const rows = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(...filterConditions(resolveFilter(filter)), inArray(jobs.occupationCode, codes)))
    .orderBy(desc(jobs.postedAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

export async function structuredCandidates(
  db: DbOrTx,
  occupations: readonly OccupationGuess[],
  filter: VectorFilter,
  limit: number,
): Promise<string[]> {
  const ids = await occupationCandidates(db, occupations, filter, limit);
  if (ids.length >= limit) return ids;
  return [...ids, ...(await newestCandidates(db, filter, limit - ids.length, ids))];
}

/** The newest open jobs passing the filters, other than `except`. */
export async function newestCandidates(
  db: DbOrTx,
  filter: VectorFilter,
  limit: number,
  except: readonly string[],
): Promise<string[]> {
  const rows = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(...filterConditions(resolveFilter(filter)), except.length > 0 ? notInArray(jobs.id, [...except]) : undefined),
    )
    .orderBy(desc(jobs.postedAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
