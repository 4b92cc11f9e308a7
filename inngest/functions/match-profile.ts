import { matchingContext } from '@/server/services/matching/matching-context';
import { rescoreUser } from '@/server/services/matching/materialize-scores';
import { loadProfileForMatching } from '@/server/services/matching/load-match-inputs';
import { refreshProfileOccupations } from '@/server/services/matching/refresh-occupations';
import { profileVector } from '@/server/services/matching/embeddings/embed-profile';
import { refineProfileOccupations } from '@/server/services/matching/refine-occupations';
import { defineWorkflow } from '../workflow';

/**
 * A seeker's profile changed: re-infer their occupations, re-embed, let the nearest jobs refine the
 * occupations (refine-occupations.ts), and refresh their stored matches.
 */
export const matchProfile = defineWorkflow({
  id: 'match-profile',
  event: 'profile/changed',
  // A burst of changes (a seeker working through their list) needs one recomputation, not one
  // each: the first waits a second for the rest of the burst, then at most one run per 5 s.
  coalescePerUser: { cooldownSeconds: 5, delaySeconds: 1 },
  handler: async ({ event, step, deps }) => {
    const mc = matchingContext(deps.db);
    const { userId } = event.data;
    const occupation = await step.run('infer-occupations', async () => {
      const guesses = await refreshProfileOccupations(deps.db, await loadProfileForMatching(deps.db, userId));
      return guesses[0]?.code ?? null;
    });
    await step.run('embed-profile', async () => {
      const vector = await profileVector(deps.db, await loadProfileForMatching(deps.db, userId), mc.embedding);
      return vector !== null;
    });
    const refined = await step.run('refine-occupations', async () => {
      const r = await refineProfileOccupations(mc, userId);
      return r.refined ? (r.occupations[0]?.code ?? null) : null;
    });
    const rescored = await step.run('rescore', () => rescoreUser(mc, userId));
    return { occupation: refined ?? occupation, ...rescored };
  },
});
