/**
 * The version of the occupation reading: which O*NET occupations a job's or a profile's text is
 * read as (occupation-index.ts, infer-occupations.ts, infer-profile-occupations.ts). Stored
 * readings carry the version that made them (jobs.occupations_version,
 * profile_occupations.occupations_version); the backfill (backfill.ts: each start on the
 * embedded database, `npm run reindex -- --backfill` on PostgreSQL) re-reads those of an older
 * version, so a database prepared by an earlier release matches as a new one does.
 *
 * Raise it with any change that alters what a text reads as. History:
 * 1. the readings stored before versions were kept (the column's default, 0, stands for them);
 * 2. in-demand technology skills weigh 4× in an occupation's skill vector (IN_DEMAND_WEIGHT).
 */
export const OCCUPATION_READING_VERSION = 2;
