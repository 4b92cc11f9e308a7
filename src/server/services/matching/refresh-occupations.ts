/**
 * Infers and stores the O*NET occupations of jobs (jobs.occupations / occupation_code: the
 * normalized title) and of a seeker's profile (profile_occupations).
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { rowsOf } from '@/server/db/rows';
import { jobs, profileOccupations } from '@/server/db/schema';
import { jobText, loadJobsForMatching, profileOccupationInput } from './load-match-inputs';
import { toOccupationGuesses, toOccupationRows } from './occupation-rows';
import { inferOccupations } from './occupations/infer-occupations';
import { inferProfileOccupations } from './occupations/infer-profile-occupations';
import { OCCUPATION_READING_VERSION } from './occupations/reading-version';
import type { OccupationGuess, ProfileForMatching } from './types';

/** How many guesses are kept: enough for occupation similarity, small enough to read per row. */
export const STORED_OCCUPATIONS = 5;

/**
 * Re-infers the jobs' occupations; one UPDATE for the batch. Returns how many were updated.
 * `onlyStale`: only rows still read by an older version (reading-version.ts), so a re-read of
 * old rows never overwrites what a job's own change stored meanwhile.
 */
export async function refreshJobOccupations(
  db: DbOrTx,
  jobIds: readonly string[],
  { onlyStale = false }: { onlyStale?: boolean } = {},
): Promise<number> {
  const loaded = await loadJobsForMatching(db, jobIds);
  if (loaded.length === 0) return 0;
  const rows = loaded.map((job) => {
    const guesses = toOccupationRows(inferOccupations(jobText(job), STORED_OCCUPATIONS));
    return { id: job.id, code: guesses[0]?.code ?? null, occupations: JSON.stringify(guesses) };
  });
  const updated = await db.execute(sql`
    UPDATE ${jobs}
    SET occupation_code = v.code, occupations = v.occupations::jsonb, occupations_version = ${OCCUPATION_READING_VERSION}
    FROM (SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json)
          AS x(id uuid, code varchar, occupations text)) AS v
    WHERE ${jobs.id} = v.id${onlyStale ? sql` AND ${jobs.occupationsVersion} < ${OCCUPATION_READING_VERSION}` : sql``}
    RETURNING ${jobs.id}`);
  return rowsOf(updated).length;
}

/**
 * Re-infers a profile's occupations (its confirmed ones when set) and stores them; returns them
 * as stored (confidences rounded), so a match basis computed now (match-basis.ts) equals the one
 * every later read computes from the stored row: the full-precision guesses made the first
 * rescore's stored matches look stale forever, and matching.forMe ranked live on every read.
 * A refinement of an earlier reading is dropped (it was made from another profile) until
 * refine-occupations.ts refines this one. `ifMissing`: only when the seeker has no row yet, and
 * then nothing an ongoing refinement stores is overwritten.
 */
export async function refreshProfileOccupations(
  db: DbOrTx,
  profile: ProfileForMatching,
  options: { ifMissing?: boolean } = {},
): Promise<OccupationGuess[]> {
  const guesses = inferProfileOccupations(profileOccupationInput(profile), STORED_OCCUPATIONS);
  const values = {
    userId: profile.userId,
    occupationCode: guesses[0]?.code ?? null,
    occupations: toOccupationRows(guesses),
    refinedOccupations: null,
    occupationsVersion: OCCUPATION_READING_VERSION,
    inferredAt: new Date(),
  };
  const insert = db.insert(profileOccupations).values(values);
  await (options.ifMissing
    ? insert.onConflictDoNothing()
    : insert.onConflictDoUpdate({
        target: profileOccupations.userId,
        set: {
          occupationCode: values.occupationCode,
          occupations: values.occupations,
          refinedOccupations: null,
          occupationsVersion: values.occupationsVersion,
          inferredAt: values.inferredAt,
        },
      }));
  return toOccupationGuesses(values.occupations);
}

export type ProfileReread = 'unchanged' | 'changed' | 'skipped';

/**
 * Re-reads a profile's stored occupations made by an older reading version (reading-version.ts):
 * an UPDATE of that row only while it is still stale, so a profile changed meanwhile (or an
 * account deleted meanwhile) keeps what its own change left. A refinement is kept when the own
 * reading comes out the same (it was made from this reading), dropped otherwise, as an edit does.
 */
export async function rereadProfileOccupations(db: DbOrTx, profile: ProfileForMatching): Promise<ProfileReread> {
  const rows = toOccupationRows(inferProfileOccupations(profileOccupationInput(profile), STORED_OCCUPATIONS));
  const json = JSON.stringify(rows);
  const updated = rowsOf<{ same: boolean }>(
    await db.execute(sql`
      UPDATE ${profileOccupations} p
      SET occupation_code = ${rows[0]?.code ?? null},
          occupations = ${json}::jsonb,
          refined_occupations = CASE WHEN p.occupations = ${json}::jsonb THEN p.refined_occupations END,
          occupations_version = ${OCCUPATION_READING_VERSION},
          inferred_at = now()
      FROM ${profileOccupations} old
      WHERE p.user_id = ${profile.userId} AND old.user_id = p.user_id
        AND p.occupations_version < ${OCCUPATION_READING_VERSION}
      RETURNING old.occupations = ${json}::jsonb AS same`),
  );
  if (updated.length === 0) return 'skipped';
  return updated[0]?.same ? 'unchanged' : 'changed';
}

/**
 * Stores the refined reading beside the own one, only while the stored own reading is still
 * `own` (the profile was not edited, nor occupations confirmed, since the refinement read it);
 * makes the row when there is none. Returns the refined reading as stored, or null when skipped.
 */
export async function storeRefinedOccupations(
  db: DbOrTx,
  userId: string,
  own: readonly OccupationGuess[],
  refined: readonly OccupationGuess[],
): Promise<OccupationGuess[] | null> {
  const ownRows = toOccupationRows(own);
  await db
    .insert(profileOccupations)
    .values({
      userId,
      occupationCode: own[0]?.code ?? null,
      occupations: ownRows,
      occupationsVersion: OCCUPATION_READING_VERSION,
    })
    .onConflictDoNothing();
  const rows = toOccupationRows(refined);
  const updated = await db
    .update(profileOccupations)
    .set({ refinedOccupations: rows })
    .where(
      and(
        eq(profileOccupations.userId, userId),
        sql`${profileOccupations.occupations} = ${JSON.stringify(ownRows)}::jsonb`,
      ),
    )
    .returning({ userId: profileOccupations.userId });
  return updated.length > 0 ? toOccupationGuesses(rows) : null;
}

/** Drops a stored refinement (the seeker confirmed their occupations, which win). */
export async function clearRefinedOccupations(db: DbOrTx, userId: string): Promise<void> {
  await db
    .update(profileOccupations)
    .set({ refinedOccupations: null })
    .where(and(eq(profileOccupations.userId, userId), isNotNull(profileOccupations.refinedOccupations)));
}
