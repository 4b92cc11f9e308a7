/**
 * `matching.forMe` itself at the benchmark's job volume, on the database the benchmark runs on:
 * seekers made the way a new user makes one (sign-up, resume import with the form's defaults,
 * import-user.ts), then the procedure timed in two states:
 * - stored: the workflows have run since the last profile change (occupations inferred, profile
 *   embedded, best matches stored) — what a seeker sees opening the matches page;
 * - changed: right after a profile edit (a skill added through `profile.addSkill`), before any
 *   workflow has run — what they see coming back from the profile page.
 * Beside them, in the same run, the vector search alone (the index query forMe makes, same
 * profile vectors, depth and filters): the floor the procedure is built on.
 */
import { like, sql } from 'drizzle-orm';
import { withVectorIndex } from '@/server/adapters/vectors';
import type { Database } from '@/server/db';
import { users } from '@/server/db/schema';
import { profileVector } from '@/server/services/matching/embeddings/embed-profile';
import { defaultMatchFilters } from '@/server/services/matching/match-filters';
import { CANDIDATES, profileWithOccupations } from '@/server/services/matching/matches-for-user';
import { matchingContext } from '@/server/services/matching/matching-context';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { importAsNewUser, type ImportedUser } from '../eval/match/import-user';
import { loadResumeQueries } from '../eval/match/resumes';
import { percentile, round } from './stats';

const EMAIL_PREFIX = 'bench-for-me-';
/** Skills added one per "changed" round: real ones, so the profile text really changes. */
const ADDED_SKILLS = ['Kubernetes', 'Tableau', 'Salesforce', 'AutoCAD', 'Spanish', 'Six Sigma', 'Jira', 'SAP'];

export interface ForMeOptions {
  seekers: number;
  rounds: number;
  log: (line: string) => void;
}

/** Waits until the process's vector index answers (the in-process index builds on first use). */
async function indexReady(db: Database, dimensions: number, timeoutMs: number): Promise<number> {
  const started = performance.now();
  const probeVector = Array.from({ length: dimensions }, (_, i) => (i === 0 ? 1 : 0));
  for (;;) {
    const probe = await withVectorIndex(db, (index) => index.query(probeVector, 1, {}));
    if (!probe.degraded) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`vector index not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/** Resumes spread over every category, so the seekers are not all one occupation. */
function pickResumes(n: number) {
  const all = loadResumeQueries();
  const step = Math.max(1, Math.floor(all.length / n));
  return all.filter((_, i) => i % step === 0).slice(0, n);
}

export async function benchForMe(db: Database, opts: ForMeOptions): Promise<Record<string, number>> {
  const metrics: Record<string, number> = {};
  // Seekers of an earlier run go first (cascades through their profile, matches and applications).
  await db.delete(users).where(like(users.email, `${EMAIL_PREFIX}%`));
  const mc = matchingContext(db);
  opts.log('forMe: waiting for the vector index…');
  metrics.for_me_index_wait_ms = round(await indexReady(db, mc.embedding.dimensions, 3_600_000), 0);

  const seekers: ImportedUser[] = [];
  const stamp = Date.now().toString(36);
  for (const [i, q] of pickResumes(opts.seekers).entries()) {
    seekers.push(await importAsNewUser(db, `${EMAIL_PREFIX}${stamp}-${i}@example.com`, `Bench ${i}`, q.text));
  }
  const importWorkflows = performance.now();
  await drainWorkflows();
  // What autovacuum does on a running server after a burst of writes: without statistics the
  // planner guesses a few thousand stored rows per seeker and starts parallel workers for 100.
  await db.execute(sql`ANALYZE job_match_scores`);
  opts.log(
    `forMe: ${seekers.length} seekers imported; workflows drained in ${((performance.now() - importWorkflows) / 1000).toFixed(1)} s`,
  );

  const stored: number[] = [];
  const changed: number[] = [];
  const vectorOnly: number[] = [];
  // A first pass warms what any running server has warm (statement plans, caches); not recorded.
  for (const s of seekers) await s.caller.matching.forMe({});
  for (let round = 0; round < opts.rounds; round++) {
    for (const s of seekers) {
      let started = performance.now();
      await s.caller.matching.forMe({});
      stored.push(performance.now() - started);

      // The vector search alone: the same query forMe makes for this seeker (same vector, depth, filters).
      const profile = await profileWithOccupations(mc, s.userId);
      const vector = await profileVector(db, profile, mc.embedding);
      const filter = defaultMatchFilters(profile.preferences).vector;
      if (vector) {
        started = performance.now();
        await withVectorIndex(db, (index) => index.query(vector, CANDIDATES, filter));
        vectorOnly.push(performance.now() - started);
      }
    }
    for (const s of seekers) {
      await addSomeSkill(s, round);
      const started = performance.now();
      await s.caller.matching.forMe({});
      changed.push(performance.now() - started);
    }
    // The workflows catch up before the next round's "stored" pass, as they do between visits.
    await drainWorkflows();
    const p95 = (t: number[]) => percentile(t, 95).toFixed(1);
    opts.log(
      `forMe: round ${round + 1}/${opts.rounds}: p95 stored ${p95(stored)} ms, changed ${p95(changed)} ms, vector ${p95(vectorOnly)} ms`,
    );
  }
  record(metrics, 'for_me_stored', stored);
  record(metrics, 'for_me_changed', changed);
  record(metrics, 'for_me_vector_only', vectorOnly);
  metrics.for_me_seekers = seekers.length;
  metrics.for_me_calls_per_state = stored.length;
  return metrics;
}

/** Adds a real skill the seeker does not list yet (their resume may already name some). */
async function addSomeSkill(s: ImportedUser, round: number): Promise<void> {
  for (let i = 0; i < ADDED_SKILLS.length; i++) {
    const name = ADDED_SKILLS[(round + i) % ADDED_SKILLS.length] ?? 'Excel';
    try {
      await s.caller.profile.addSkill({ name, category: 'technical', proficiencyLevel: 3, yearsOfExperience: 2 });
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'CONFLICT') throw error;
    }
  }
  throw new Error('every benchmark skill is already on the profile');
}

function record(metrics: Record<string, number>, key: string, times: number[]): void {
  metrics[`${key}_p50_ms`] = round(percentile(times, 50));
  metrics[`${key}_p95_ms`] = round(percentile(times, 95));
  metrics[`${key}_p99_ms`] = round(percentile(times, 99));
}
