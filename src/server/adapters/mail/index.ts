import { env } from '@/env';
import { getDatabase } from '@/server/db';
import { logger } from '@/server/logger';
import { devMailboxMailer } from './dev-mailbox';
import { smtpMailer } from './smtp-mailer';
import type { Mailer } from './types';

export type { Mailer, MailMessage } from './types';
export { devMailboxMailer, latestDevMail } from './dev-mailbox';

const DEFAULT_FROM = 'GiveMeJobs <no-reply@givemejobs.dev>';
const globalForMail = globalThis as unknown as { __gmjMailer?: Mailer };

/** SMTP when SMTP_URL is set, else the dev mailbox; chosen once and logged. */
export function getMailer(): Mailer {
  if (!globalForMail.__gmjMailer) {
    globalForMail.__gmjMailer = env.SMTP_URL
      ? smtpMailer(env.SMTP_URL, env.MAIL_FROM ?? DEFAULT_FROM)
      : devMailboxMailer(async () => (await getDatabase()).db);
    logger.info({ mailer: globalForMail.__gmjMailer.description }, 'mailer selected');
  }
  return globalForMail.__gmjMailer;
}

/** Absolute links in mail point here. */
export const appUrl = (): string => (env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
