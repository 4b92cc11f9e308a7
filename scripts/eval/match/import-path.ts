/**
 * The matching evaluation through what a new user does: for every resume, `users.signUp` ->
 * `profile.readResume` with the resume text -> the import form's default draft (draftToRows /
 * rowsToCommit, exactly as the review page builds it) -> `profile.commitResumeImport` -> the
 * in-process workflows drained -> `matching.forMe`. The job pool is stored as ordinary jobs and
 * prepared for matching as seeded jobs are (backfillMatching). Runs on an in-memory PGlite: the
 * same services, procedures and pgvector index as the embedded default.
 *
 * When a commit is refused (a field the validator rejects), the rows it names are unticked and the
 * commit retried, as a user who does not fix anything would do; the rows lost that way are counted.
 */
import { eq } from 'drizzle-orm';
import { draftToRows, rowsToCommit, type DraftRows } from '@/app/profile/import/draft-rows';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import { createCaller } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { connectPglite } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import { jobs, profileOccupations } from '@/server/db/schema';
import type { Database } from '@/server/db';
import { backfillMatching } from '@/server/services/matching/backfill';
import { matchingContext } from '@/server/services/matching/matching-context';
import { drainWorkflows } from '@/server/workflows/dispatch';
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
  /** Stored profile occupations, most likely first. */
  occupations: string[];
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

function callerFor(db: Database, user?: { id: string }) {
  return createCaller(
    createTRPCContext({
      db,
      session: user ? { user: { id: user.id, role: 'seeker' } } : null,
      clientIp: null,
      rateLimiter: memoryRateLimiter(),
    }),
  );
}

/** Unticks the rows a refused commit names ("experience.2.startDate" -> role 2). */
function untickNamed(rows: DraftRows, rowOf: Record<string, number[]>, paths: string[]): number {
  let dropped = 0;
  for (const p of paths) {
    const [list, index] = p.split('.');
    const row = rowOf[list ?? '']?.[Number(index)];
    const target = (rows as unknown as Record<string, { include: boolean }[]>)[list ?? '']?.[row ?? -1];
    if (target?.include) {
      target.include = false;
      dropped++;
    }
  }
  return dropped;
}

function zodPaths(error: unknown): string[] {
  const data = (error as { data?: { zodError?: { fieldErrors?: Record<string, unknown> } } }).data;
  const issues = (error as { cause?: { issues?: { path: (string | number)[] }[] } }).cause?.issues;
  if (issues) return issues.map((i) => i.path.join('.'));
  return Object.keys(data?.zodError?.fieldErrors ?? {});
}

async function importOne(db: Database, q: ResumeQuery, text: string, n: number, byExternalId: Map<string, number>) {
  const anonymous = callerFor(db);
  const account = await anonymous.users.signUp({
    email: `eval-${n}-${q.id}@example.com`,
    password: 'Evaluation!2026x',
    firstName: 'Eval',
    lastName: `Seeker ${n}`,
  });
  const me = callerFor(db, { id: account.id });
  const draft = await me.profile.readResume({ text });
  const rows = draftToRows(draft);
  let rowsDropped = 0;
  const refusedFields: string[] = [];
  let committed: Awaited<ReturnType<typeof me.profile.commitResumeImport>> | null = null;
  for (let attempt = 0; attempt < 5 && !committed; attempt++) {
    const { input, rowOf } = rowsToCommit(rows);
    try {
      committed = await me.profile.commitResumeImport(input);
    } catch (error) {
      const paths = zodPaths(error);
      refusedFields.push(...paths);
      const dropped = untickNamed(rows, rowOf, paths);
      if (dropped === 0) throw error;
      rowsDropped += dropped;
    }
  }
  await drainWorkflows();
  const profile = await me.profile.get();
  const started = performance.now();
  const matches = await me.matching.forMe({ limit: FOR_ME_LIMIT });
  const forMeMs = performance.now() - started;
  const [occ] = await db
    .select({ occupations: profileOccupations.occupations })
    .from(profileOccupations)
    .where(eq(profileOccupations.userId, account.id));
  return {
    id: q.id,
    ranked: matches.items.flatMap((m) => {
      const i = byExternalId.get(m.job.id);
      return i === undefined ? [] : [i];
    }),
    rolesFound: draft.experience.length,
    rolesSaved: committed?.added.experience ?? 0,
    rowsDropped,
    refusedFields,
    emptyHistory: profile.experience.length === 0,
    emptyProfile: profile.experience.length === 0 && profile.skills.length === 0 && !profile.headline,
    occupations: (occ?.occupations ?? []).map((o) => o.code),
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
  return new Map(rows.map((r) => [r.id, poolIndex.get(r.externalId) ?? -1]));
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
