import { applicationsRouter } from './routers/applications';
import { jobsRouter } from './routers/jobs';
import { notificationsRouter } from './routers/notifications';
import { profileRouter } from './routers/profile';
import { usersRouter } from './routers/users';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  users: usersRouter,
  jobs: jobsRouter,
  notifications: notificationsRouter,
  profile: profileRouter,
  applications: applicationsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
