/**
 * job_match_scores: each seeker's best matches, kept fresh by the matching workflows (profile
 * changed -> rescore that seeker; jobs changed -> score them for every seeker). Read by search's
 * "best match" order and by the match badges on job lists.
 */
import { and, eq, inArray, ne, notInArray, notLike, sql } from 'drizzle-orm';
import { MATCHES_MAX } from '@/lib/validators/matching';
import { applications, experience, jobMatchScores, skills, users } from '@/server/db/schema';
import { SAMPLE_SEEKER_DOMAIN } from '../seed/sample-seekers';
import { profileVector } from './embeddings/embed-profile';
import { loadJobVectors } from './job-vectors';
import { loadJobsForMatching } from './load-match-inputs';
import { matchBasis } from './match-basis';
import { defaultMatchFilters } from './match-filters';
import type { MatchingContext } from './matching-context';
import { isEmptyProfile, profileWithOccupations, rankJobsForUser } from './matches-for-user';
import { scoreJobs, type ScoredJob } from './score-jobs';
import type { StoredMatchFactors } from './stored-matches';

/**
 * How many of a seeker's best matches are stored (overall, and under their must-haves): as many as
 * the matches page shows at most, so every page of it is served from the stored list.
 */
export const STORED_MATCHES = MATCHES_MAX;
/** A job scored for a seeker because it changed is kept only from "Good" up. */
export const KEEP_FROM = 0.55;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * `indexDown`: the vector index did not answer while these were scored. Only then is the row
 * marked degraded (so forMe ranks live and asks for a rescore once the index is back); a job that
 * merely has no vector yet is scored on structure alone either way, and a rescore would not change it.
 */
async function upsertScores(
  mc: MatchingContext,
  userId: string,
  basis: string,
  scored: readonly ScoredJob[],
  indexDown: boolean,
): Promise<void> {
  if (scored.length === 0) return;
  await mc.db
    .insert(jobMatchScores)
    .values(
      scored.map((s) => ({
        userId,
        jobId: s.job.id,
        semanticScore: round4(s.match.semantic ?? 0),
        traditionalScore: round4(s.match.traditional),
        compositeScore: round4(s.match.composite),
        matchFactors: {
          band: s.match.band,
          degraded: indexDown,
          factors: s.match.factors,
          // The whole explanation and what it was computed from: matching.forMe serves the
          // seeker's default list from these rows while the basis is current (stored-matches.ts).
          explanation: s.match,
          basis,
        } satisfies StoredMatchFactors,
        calculatedAt: new Date(),
      })),
    )
    .onConflictDoUpdate({
      target: [jobMatchScores.userId, jobMatchScores.jobId],
      set: {
        semanticScore: sql`excluded.semantic_score`,
        traditionalScore: sql`excluded.traditional_score`,
        compositeScore: sql`excluded.composite_score`,
        matchFactors: sql`excluded.match_factors`,
        calculatedAt: sql`excluded.calculated_at`,
      },
    });
}

/** Jobs the seeker has applied to (any status past saved): their scores feed analytics. */
async function appliedJobIds(mc: MatchingContext, userId: string): Promise<string[]> {
  const rows = await mc.db
    .select({ jobId: applications.jobId })
    .from(applications)
    .where(and(eq(applications.userId, userId), ne(applications.status, 'saved')));
  return rows.map((r) => r.jobId);
}

/**
 * Replaces the seeker's stored matches with their current best STORED_MATCHES, plus the jobs
 * they applied to: analytics buckets outcomes by the match score of each application.
 */
export async function rescoreUser(mc: MatchingContext, userId: string): Promise<{ stored: number; degraded: boolean }> {
  const profile = await profileWithOccupations(mc, userId);
  if (isEmptyProfile(profile)) {
    await mc.db.delete(jobMatchScores).where(eq(jobMatchScores.userId, userId));
    return { stored: 0, degraded: false };
  }
  const { ranked: overall, degraded } = await rankJobsForUser(mc, profile, {}, STORED_MATCHES);
  // The default list of the matches page (the must-haves applied) is stored too, so that forMe can
  // serve it from here; without must-haves it is the overall list.
  const view = defaultMatchFilters(profile.preferences);
  const filtered =
    view.applied.fromMustHaves.length > 0
      ? (await rankJobsForUser(mc, profile, view.vector, STORED_MATCHES, view.places)).ranked
      : [];
  const ranked = [...new Map([...overall, ...filtered].map((r) => [r.job.id, r])).values()];
  const best = new Set(ranked.map((r) => r.job.id));
  const applied = (await appliedJobIds(mc, userId)).filter((id) => !best.has(id));
  let appliedScored: ScoredJob[] = [];
  if (applied.length > 0) {
    const [candidates, vectors] = await Promise.all([
      loadJobsForMatching(mc.db, applied),
      degraded ? Promise.resolve(new Map<string, number[]>()) : loadJobVectors(mc.db, applied, mc.embedding.id),
    ]);
    const vector = degraded ? null : await profileVector(mc.db, profile, mc.embedding);
    appliedScored = scoreJobs(profile, vector, candidates, vectors);
  }
  const all = [...ranked, ...appliedScored];
  await mc.db.transaction(async (tx) => {
    const keep = all.map((r) => r.job.id);
    await tx
      .delete(jobMatchScores)
      .where(and(eq(jobMatchScores.userId, userId), keep.length ? notInArray(jobMatchScores.jobId, keep) : undefined));
    await upsertScores({ ...mc, db: tx }, userId, matchBasis(profile), all, degraded);
  });
  return { stored: all.length, degraded };
}

/**
 * Seekers with skills or experience to match on, a page at a time. A headline alone is not
 * enough to be worth scoring every new job for (their own profile changes still rescore them).
 */
export async function seekersToRescore(mc: MatchingContext, after: string | null, limit: number): Promise<string[]> {
  const rows = await mc.db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.role, 'seeker'),
        // Generated sample seekers cannot sign in, so nobody reads their stored matches; a
        // recruiter ranks them live like any applicant (rank-applicants.ts).
        notLike(users.email, `%@${SAMPLE_SEEKER_DOMAIN}`),
        after ? sql`${users.id} > ${after}` : undefined,
        sql`(EXISTS (SELECT 1 FROM ${skills} s WHERE s.user_id = ${users.id})
          OR EXISTS (SELECT 1 FROM ${experience} x WHERE x.user_id = ${users.id}))`,
      ),
    )
    .orderBy(users.id)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Scores changed jobs for some seekers: kept when Good or better, dropped otherwise (e.g. closed). */
export async function rescoreJobsForUsers(
  mc: MatchingContext,
  jobIds: readonly string[],
  userIds: readonly string[],
): Promise<number> {
  const candidates = await loadJobsForMatching(mc.db, jobIds);
  const vectors = await loadJobVectors(mc.db, jobIds, mc.embedding.id);
  let kept = 0;
  for (const userId of userIds) {
    const profile = await profileWithOccupations(mc, userId);
    if (isEmptyProfile(profile)) continue;
    const vector = await profileVector(mc.db, profile, mc.embedding);
    const scored = scoreJobs(profile, vector, candidates, vectors);
    const applied = new Set(await appliedJobIds(mc, userId));
    const worthKeeping = (s: ScoredJob) => s.match.composite >= KEEP_FROM || applied.has(s.job.id);
    const good = scored.filter(worthKeeping);
    const drop = scored.filter((s) => !worthKeeping(s)).map((s) => s.job.id);
    if (drop.length) {
      await mc.db
        .delete(jobMatchScores)
        .where(and(eq(jobMatchScores.userId, userId), inArray(jobMatchScores.jobId, drop)));
    }
    // Scored against the jobs' stored vectors, without the index.
    await upsertScores(mc, userId, matchBasis(profile), good, false);
    kept += good.length;
  }
  return kept;
}

/** Closed (or removed) jobs leave everyone's stored matches. */
export async function dropScoresOfClosedJobs(mc: MatchingContext, jobIds: readonly string[]): Promise<number> {
  if (jobIds.length === 0) return 0;
  const dropped = await mc.db
    .delete(jobMatchScores)
    .where(
      and(
        inArray(jobMatchScores.jobId, [...jobIds]),
        sql`NOT EXISTS (SELECT 1 FROM jobs j WHERE j.id = ${jobMatchScores.jobId} AND j.status = 'open')`,
      ),
    )
    .returning({ id: jobMatchScores.id });
  return dropped.length;
}
