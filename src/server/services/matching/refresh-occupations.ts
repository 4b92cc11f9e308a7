/**
 * Infers and stores the O*NET occupations of jobs (jobs.occupations / occupation_code: the
 * normalized title) and of a seeker's profile (profile_occupations).
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { jobs, profileOccupations } from '@/server/db/schema';
import { jobText, loadJobsForMatching, profileOccupationInput } from './load-match-inputs';
import { toOccupationGuesses, toOccupationRows } from './occupation-rows';
import { inferOccupations } from './occupations/infer-occupations';
import { inferProfileOccupations } from './occupations/infer-profile-occupations';
import type { OccupationGuess, ProfileForMatching } from './types';

/** How many guesses are kept: enough for occupation similarity, small enough to read per row. */
export const STORED_OCCUPATIONS = 5;

/** Re-infers the jobs' occupations; one UPDATE for the batch. Returns how many were updated. */
export async function refreshJobOccupations(db: DbOrTx, jobIds: readonly string[]): Promise<number> {
  const loaded = await loadJobsForMatching(db, jobIds);
  if (loaded.length === 0) return 0;
  const rows = loaded.map((job) => {
    const guesses = toOccupationRows(inferOccupations(jobText(job), STORED_OCCUPATIONS));
    return { id: job.id, code: guesses[0]?.code ?? null, occupations: JSON.stringify(guesses) };
  });
  await db.execute(sql`
    UPDATE ${jobs} SET occupation_code = v.code, occupations = v.occupations::jsonb
    FROM (SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json)
          AS x(id uuid, code varchar, occupations text)) AS v
    WHERE ${jobs.id} = v.id`);
  return rows.length;
}

/**
 * Re-infers a profile's occupations (its confirmed ones when set) and stores them; returns them
 * as stored (confidences rounded), so a match basis computed now (match-basis.ts) equals the one
 * every later read computes from the stored row: the full-precision guesses made the first
 * rescore's stored matches look stale forever, and matching.forMe ranked live on every read.
 */
export async function refreshProfileOccupations(db: DbOrTx, profile: ProfileForMatching): Promise<OccupationGuess[]> {
  return storeProfileOccupations(
    db,
    profile.userId,
    inferProfileOccupations(profileOccupationInput(profile), STORED_OCCUPATIONS),
  );
}

/**
 * Stores a seeker's own (or confirmed) occupations and, when refine-occupations.ts has made one,
 * the refined reading that matching reads in their place; returns what matching will read, as
 * stored (see refreshProfileOccupations). Storing an own reading alone drops an earlier
 * refinement: it was made from another profile.
 */
export async function storeProfileOccupations(
  db: DbOrTx,
  userId: string,
  guesses: readonly OccupationGuess[],
  refined: readonly OccupationGuess[] | null = null,
): Promise<OccupationGuess[]> {
  const values = {
    userId,
    occupationCode: guesses[0]?.code ?? null,
    occupations: toOccupationRows(guesses),
    refinedOccupations: refined && toOccupationRows(refined),
    inferredAt: new Date(),
  };
  await db
    .insert(profileOccupations)
    .values(values)
    .onConflictDoUpdate({
      target: profileOccupations.userId,
      set: {
        occupationCode: values.occupationCode,
        occupations: values.occupations,
        refinedOccupations: values.refinedOccupations,
        inferredAt: values.inferredAt,
      },
    });
  return toOccupationGuesses(values.refinedOccupations ?? values.occupations);
}
