/**
 * With no SMTP_URL, mail is kept in the database and read at /dev/mailbox (development only),
 * so that unlock links work on one machine with nothing configured.
 */
import { desc } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { devMailbox } from '@/server/db/schema';
import type { Mailer } from './types';

export function devMailboxMailer(db: () => Promise<DbOrTx>): Mailer {
  return {
    description: 'dev mailbox (database, /dev/mailbox)',
    async send({ to, subject, text }) {
      await (await db()).insert(devMailbox).values({ to, subject, text });
    },
  };
}

export function latestDevMail(db: DbOrTx, limit = 50) {
  return db
    .select({
      id: devMailbox.id,
      to: devMailbox.to,
      subject: devMailbox.subject,
      text: devMailbox.text,
      createdAt: devMailbox.createdAt,
    })
    .from(devMailbox)
    .orderBy(desc(devMailbox.createdAt))
    .limit(limit);
}
