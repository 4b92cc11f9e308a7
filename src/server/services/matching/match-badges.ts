/**
 * Match score and band for a list of jobs (job cards): stored scores where the workflows have
 * them, computed on the spot for the rest (a page of jobs is cheap to score).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { matchBadgesInput } from '@/lib/validators/matching';
import { jobMatchScores } from '@/server/db/schema';
import { profileVector } from './embeddings/embed-profile';
import { loadJobVectors } from './job-vectors';
import { loadJobsForMatching } from './load-match-inputs';
import type { MatchingContext } from './matching-context';
import { isEmptyProfile, profileWithOccupations } from './matches-for-user';
import { scoreJobs } from './score-jobs';
import { bandFor } from './scoring';
import type { MatchBand } from './types';

export interface MatchBadge {
  jobId: string;
  composite: number;
  band: MatchBand;
}

export async function matchBadges(mc: MatchingContext, userId: string, raw: { jobIds: string[] }): Promise<MatchBadge[]> {
  const { jobIds } = matchBadgesInput.parse(raw);
  if (jobIds.length === 0) return [];
  const stored = await mc.db
    .select({ jobId: jobMatchScores.jobId, composite: jobMatchScores.compositeScore })
    .from(jobMatchScores)
    .where(and(eq(jobMatchScores.userId, userId), inArray(jobMatchScores.jobId, jobIds)));
  const badges = new Map<string, MatchBadge>(
    stored.map((s) => [s.jobId, { jobId: s.jobId, composite: s.composite, band: bandFor(s.composite) }]),
  );
  const missing = jobIds.filter((id) => !badges.has(id));
  if (missing.length > 0) {
    const profile = await profileWithOccupations(mc, userId);
    if (isEmptyProfile(profile)) return [...badges.values()];
    const [candidates, vectors, vector] = await Promise.all([
      loadJobsForMatching(mc.db, missing),
      loadJobVectors(mc.db, missing, mc.embedding.id),
      profileVector(mc.db, profile, mc.embedding),
    ]);
    for (const s of scoreJobs(profile, vector, candidates, vectors)) {
      badges.set(s.job.id, { jobId: s.job.id, composite: s.match.composite, band: s.match.band });
    }
  }
  return jobIds.flatMap((id) => badges.get(id) ?? []);
}
