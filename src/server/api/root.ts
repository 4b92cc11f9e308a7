import { accountRouter } from './routers/account';
import { alertsRouter } from './routers/alerts';
import { analyticsRouter } from './routers/analytics';
import { applicationTrackingRouter } from './routers/application-tracking';
import { applicationsRouter } from './routers/applications';
import { companyRouter } from './routers/company';
import { documentsRouter } from './routers/documents';
import { jobsRouter } from './routers/jobs';
import { sourcesRouter } from './routers/sources';
import { matchingRouter } from './routers/matching';
import { recruiterRouter } from './routers/recruiter';
import { notificationsRouter } from './routers/notifications';
import { onboardingRouter } from './routers/onboarding';
import { profileRouter } from './routers/profile';
import { usersRouter } from './routers/users';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  users: usersRouter,
  account: accountRouter,
  jobs: jobsRouter,
  notifications: notificationsRouter,
  profile: profileRouter,
  applications: applicationsRouter,
  tracking: applicationTrackingRouter,
  onboarding: onboardingRouter,
  matching: matchingRouter,
  recruiter: recruiterRouter,
  company: companyRouter,
  analytics: analyticsRouter,
  documents: documentsRouter,
  alerts: alertsRouter,
  sources: sourcesRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
