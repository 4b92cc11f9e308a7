import { Inngest } from 'inngest';
import { env } from '@/env';

/**
 * Production: INNGEST_EVENT_KEY (+ INNGEST_SIGNING_KEY for serve). Development with the
 * Inngest dev server: INNGEST_DEV=1. Neither: events never reach this client; the
 * dispatcher runs the same functions in-process.
 */
export const inngest = new Inngest({
  id: 'givemejobs',
  isDev: env.INNGEST_DEV,
  ...(env.INNGEST_EVENT_KEY ? { eventKey: env.INNGEST_EVENT_KEY } : {}),
  ...(env.INNGEST_SIGNING_KEY ? { signingKey: env.INNGEST_SIGNING_KEY } : {}),
  ...(env.INNGEST_BASE_URL ? { baseUrl: env.INNGEST_BASE_URL } : {}),
});

/** Whether events go to an Inngest server (cloud or dev) instead of running in-process. */
export const inngestConfigured = Boolean(env.INNGEST_EVENT_KEY) || env.INNGEST_DEV;
