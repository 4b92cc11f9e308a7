/**
 * Match score and band for a list of jobs (job cards): stored scores where the workflows have
 * them, computed on the spot for the rest (a page of jobs is cheap to score).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { MATCH_BANDS, matchBadgesInput } from '@/lib/validators/matching';
import { jobMatchScores } from '@/server/db/schema';
import { profileVector } from './embeddings/embed-profile';
import { loadJobVectors } from './job-vectors';
import { loadJobsForMatching } from './load-match-inputs';
import type { MatchingContext } from './matching-context';
import { isEmptyProfile, profileWithOccupations } from './matches-for-user';
import { scoreJobs } from './score-jobs';
import { bandFor } from './scoring';
import type { MatchBand } from './types';

const storedBand = (factors: Record<string, unknown>): MatchBand | null =>
  MATCH_BANDS.find((b) => b === factors.band) ?? null;

export interface MatchBadge {
  jobId: string;
  composite: number;
  band: MatchBand;
}

export async function matchBadges(mc: MatchingContext, userId: string, raw: { jobIds: string[] }): Promise<MatchBadge[]> {
  const { jobIds } = matchBadgesInput.parse(raw);
  if (jobIds.length === 0) return [];
  const stored = await mc.db
    .select({ jobId: jobMatchScores.jobId, composite: jobMatchScores.compositeScore, factors: jobMatchScores.matchFactors })
    .from(jobMatchScores)
    .where(and(eq(jobMatchScores.userId, userId), inArray(jobMatchScores.jobId, jobIds)));
  const badges = new Map<string, MatchBadge>(
    // The stored band, not one recomputed from the composite: it may be capped (pay far below the
    // seeker's floor), and a card must say what the match page says.
    stored.map((s) => [s.jobId, { jobId: s.jobId, composite: s.composite, band: storedBand(s.factors) ?? bandFor(s.composite) }]),
  );
  const missing = jobIds.filter((id) => !badges.has(id));
  if (missing.length > 0) {
    const profile = await profileWithOccupations(mc, userId);
    if (isEmptyProfile(profile)) return [...badges.values()];
    // Ids are the caller's to choose: only jobs they may open are scored (a private job of
    // someone else's is left out, as an unknown id is).
    const [candidates, vectors, vector] = await Promise.all([
      loadJobsForMatching(mc.db, missing, userId),
      loadJobVectors(mc.db, missing, mc.embedding.id),
      profileVector(mc.db, profile, mc.embedding),
    ]);
    for (const s of scoreJobs(profile, vector, candidates, vectors)) {
      badges.set(s.job.id, { jobId: s.job.id, composite: s.match.composite, band: s.match.band });
    }
  }
  return jobIds.flatMap((id) => badges.get(id) ?? []);
}
