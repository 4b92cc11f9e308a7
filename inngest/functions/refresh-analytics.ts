import { refreshAnalytics } from '@/server/services/analytics/refresh-analytics';
import { defineWorkflow } from '../workflow';

/** A seeker's applications changed: recompute their analytics cache, so the next visit is fresh and fast. */
export const refreshAnalyticsWorkflow = defineWorkflow({
  id: 'refresh-analytics',
  event: 'applications/changed',
  // A burst of changes (a seeker working through their list) needs one recomputation, not one
  // each: the first waits a second for the rest of the burst, then at most one run per 5 s.
  coalescePerUser: { cooldownSeconds: 5, delaySeconds: 1 },
  handler: async ({ event, step, deps }) => {
    const calculatedAt = await step.run('refresh-analytics-cache', async () => {
      const result = await refreshAnalytics(deps.db, event.data.userId);
      return result.calculatedAt.toISOString();
    });
    return { userId: event.data.userId, calculatedAt };
  },
});
