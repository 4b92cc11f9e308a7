import type { NextAuthOptions } from 'next-auth';
import { appUrl, getMailer } from '@/server/adapters/mail';
import { getRateLimiter } from '@/server/adapters/rate-limit';
import { getDatabase } from '@/server/db';
import { buildAuthOptions } from './build-options';
import { getAuthSecret } from './secret';

/** The app's next-auth options: the process database, rate limiter and mailer. */
export const authOptions: NextAuthOptions = buildAuthOptions({
  secret: getAuthSecret(),
  db: async () => (await getDatabase()).db,
  limiter: getRateLimiter,
  mailer: getMailer,
  appUrl: appUrl(),
});
