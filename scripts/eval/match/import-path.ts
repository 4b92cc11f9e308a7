/**
 * The matching evaluation through what a new user does: for every resume, `users.signUp` ->
 * `profile.readResume` with the resume text -> the import form's default draft (draftToRows /
 * rowsToCommit, exactly as the review page builds it) -> `profile.commitResumeImport` -> the
 * in-process workflows drained -> `matching.forMe` (import-user.ts). The job pool is stored as ordinary jobs and
 * prepared for matching as seeded jobs are (backfillMatching). Runs on an in-memory PGlite: the
 * same services, procedures and pgvector index as the embedded default.
 */
import { eq } from 'drizzle-orm';
import { connectPglite } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import { jobs, profileOccupations } from '@/server/db/schema';
import type { Database } from '@/server/db';
import { backfillMatching } from '@/server/services/matching/backfill';
import { matchingContext } from '@/server/services/matching/matching-context';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { importAsNewUser } from './import-user';
import type { PoolJob } from './postings';
import type { ResumeQuery } from './resumes';

/** What matching.forMe returns at most: the evaluation reads the whole first page. */
export const FOR_ME_LIMIT = 50;

export interface ImportedQuery {
  id: string;
  /** Pool indices in the order matching.forMe returned them. */
  ranked: number[];
  rolesFound: number;
  rolesSaved: number;
  /** Rows unticked because the commit refused them as the parser filled them in. */
  rowsDropped: number;
  /** Why: the refused fields ("experience.2.startDate"). */
  refusedFields: string[];
  emptyHistory: boolean;
  emptyProfile: boolean;
  /** The profile's own stored reading, most likely first (what the profile page shows). */
  occupations: string[];
  /** What matching reads: the reading refined by the nearest jobs, else the own one. */
  matchedAs: string[];
  refined: boolean;
  /** Explanations among the returned matches that say the seeker has 0 years. */
  zeroYearExplanations: number;
  /** Explanations that say the seeker's years are unknown (roles without dates). */
  unknownYearExplanations: number;
  explanations: number;
  forMeMs: number;
}

export interface ImportPathRun {
  queries: ImportedQuery[];
  prepareJobsMs: number;
  failures: string[];
}

async function importOne(db: Database, q: ResumeQuery, text: string, n: number, byExternalId: Map<string, number>) {
  const imported = await importAsNewUser(db, `eval-${n}-${q.id}@example.com`, `Seeker ${n}`, text);
  const me = imported.caller;
  await drainWorkflows();
  const profile = await me.profile.get();
  const started = performance.now();
  const matches = await me.matching.forMe({ limit: FOR_ME_LIMIT });
  const forMeMs = performance.now() - started;
  const [occ] = await db
    .select({ occupations: profileOccupations.occupations, refined: profileOccupations.refinedOccupations })
    .from(profileOccupations)
    .where(eq(profileOccupations.userId, imported.userId));
  return {
    id: q.id,
    ranked: matches.items.flatMap((m) => {
      const i = byExternalId.get(m.job.id);
      return i === undefined ? [] : [i];
    }),
    rolesFound: imported.rolesFound,
    rolesSaved: imported.rolesSaved,
    rowsDropped: imported.rowsDropped,
    refusedFields: imported.refusedFields,
    emptyHistory: profile.experience.length === 0,
    emptyProfile: profile.experience.length === 0 && profile.skills.length === 0 && !profile.headline,
    occupations: (occ?.occupations ?? []).map((o) => o.code),
    matchedAs: (occ?.refined ?? occ?.occupations ?? []).map((o) => o.code),
    refined: occ?.refined != null,
    zeroYearExplanations: matches.items.filter(
      (m) => m.match.experienceGap.userYearsKnown && m.match.experienceGap.userYears === 0,
    ).length,
    unknownYearExplanations: matches.items.filter((m) => !m.match.experienceGap.userYearsKnown).length,
    explanations: matches.items.length,
    forMeMs,
  } satisfies ImportedQuery;
}

/** Stores the pool as jobs (source 'eval') and prepares them for matching; returns job id -> pool index. */
async function storePool(db: Database, pool: readonly PoolJob[]): Promise<Map<string, number>> {
  const BATCH = 500;
  for (let i = 0; i < pool.length; i += BATCH) {
    await db.insert(jobs).values(
      pool.slice(i, i + BATCH).map((p) => ({
        companyName: p.job.companyName || 'Unknown company',
        title: p.job.title,
        description: p.job.description,
        location: p.job.location || 'Unknown',
        remoteType: p.job.remoteType,
        jobType: p.job.jobType,
        salaryAnnualUsd: p.job.salaryAnnualUsd === null ? null : Math.round(p.job.salaryAnnualUsd),
        requiredSkills: p.job.requiredSkills,
        requiredYears: p.job.requiredYears,
        source: 'eval',
        externalId: p.job.id,
      })),
    );
  }
  const poolIndex = new Map(pool.map((p, i) => [p.job.id, i]));
  const rows = await db.select({ id: jobs.id, externalId: jobs.externalId }).from(jobs).where(eq(jobs.source, 'eval'));
  return new Map(
    rows.flatMap((r) => {
      const i = poolIndex.get(r.externalId);
      return i === undefined ? [] : [[r.id, i] as const];
    }),
  );
}

/**
 * One database for the whole run: the pool is prepared once, then every resume (of every
 * setting) signs up as its own user. `texts[i]` is what query i pastes into the import form.
 */
export async function runImportPath(
  pool: readonly PoolJob[],
  settings: { name: string; queries: readonly ResumeQuery[] }[],
  log: (line: string) => void,
): Promise<{ settings: Record<string, ImportPathRun>; prepareJobsMs: number }> {
  const handle = await connectPglite('memory://');
  try {
    await runMigrations(handle);
    const db = handle.db;
    const started = performance.now();
    const byJobId = await storePool(db, pool);
    await backfillMatching(matchingContext(db), { log });
    const prepareJobsMs = performance.now() - started;
    log(`pool stored and prepared in ${(prepareJobsMs / 1000).toFixed(0)} s`);
    const out: Record<string, ImportPathRun> = {};
    let n = 0;
    for (const setting of settings) {
      const run: ImportPathRun = { queries: [], prepareJobsMs, failures: [] };
      for (const q of setting.queries) {
        try {
          run.queries.push(await importOne(db, q, q.text, n++, byJobId));
        } catch (error) {
          const failure = `${q.id}: ${error instanceof Error ? error.message : String(error)}`;
          run.failures.push(failure);
          log(`import path ${setting.name}: failed ${failure}`);
        }
        const done = run.queries.length + run.failures.length;
        if (done % 20 === 0) log(`import path ${setting.name}: ${done}/${setting.queries.length}`);
      }
      out[setting.name] = run;
    }
    return { settings: out, prepareJobsMs };
  } finally {
    await handle.close();
  }
}
