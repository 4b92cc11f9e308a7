import { env } from '@/env';
import { appUrl, devMailboxMailer, getMailer } from '@/server/adapters/mail';
import { getAuthSecret } from '@/server/auth/secret';
import type { Database } from '@/server/db';
import { matchingContext } from '../matching/matching-context';
import type { AlertRunDeps } from './run-saved-search-alert';

/**
 * What alert runs use in the app: SMTP when configured, else the dev mailbox of the same
 * database the run reads (not the process default: a workflow may run against another one).
 */
export function productionAlertDeps(db: Database): AlertRunDeps {
  return {
    db,
    mc: matchingContext(db),
    mailer: env.SMTP_URL ? getMailer() : devMailboxMailer(() => Promise.resolve(db)),
    secret: getAuthSecret(),
    appUrl: appUrl(),
  };
}
