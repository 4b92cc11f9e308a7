import { prepareJobsForMatching } from '@/server/services/matching/prepare-jobs';
import { matchingContext } from '@/server/services/matching/matching-context';
import {
  dropScoresOfClosedJobs,
  rescoreJobsForUsers,
  seekersToRescore,
} from '@/server/services/matching/materialize-scores';
import { defineWorkflow } from '../workflow';

/** Seekers rescored per step: a step must finish well within a serverless function's time limit. */
const SEEKERS_PER_STEP = 200;

/** Jobs created or changed: make them matchable, then score them for every seeker in batches. */
export const matchJobs = defineWorkflow({
  id: 'match-jobs',
  event: 'jobs/changed',
  handler: async ({ event, step, deps }) => {
    const mc = matchingContext(deps.db);
    const { jobIds } = event.data;
    const prepared = await step.run('prepare-jobs', () => prepareJobsForMatching(mc, jobIds));
    const dropped = await step.run('drop-closed', () => dropScoresOfClosedJobs(mc, jobIds));
    let after: string | null = null;
    let kept = 0;
    for (let batch = 0; ; batch++) {
      const page: { users: string[]; kept: number } = await step.run(`rescore-${batch}`, async () => {
        const users = await seekersToRescore(mc, after, SEEKERS_PER_STEP);
        return { users, kept: await rescoreJobsForUsers(mc, jobIds, users) };
      });
      kept += page.kept;
      if (page.users.length < SEEKERS_PER_STEP) break;
      after = page.users.at(-1) ?? null;
    }
    return { ...prepared, dropped, kept };
  },
});
