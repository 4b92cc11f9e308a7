/**
 * The job alert tests' shared setup: verified users (alert mail goes only to verified addresses),
 * a mailer that records what it was handed, the run's dependencies, and per database a fresh
 * database with a seeker, another seeker and a recruiter of a company, plus the look-ups the
 * tests assert with.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll } from 'vitest';
import { devMailboxMailer, type Mailer, type MailMessage } from '@/server/adapters/mail';
import type { Database } from '@/server/db';
import { companyMembers, devMailbox, notifications, users } from '@/server/db/schema';
import type { DatabaseMode } from '@/server/db/types';
import type { AlertRunDeps } from '@/server/services/alerts/run-saved-search-alert';
import { matchingContext } from '@/server/services/matching/matching-context';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './callers';
import { signUpUser } from './factories';
import { insertCompany, insertJob } from './jobs';
import { useTestDatabase } from './test-database-hooks';

export const SECRET = 'alerts-test-secret-0123456789abcdef0123456789';
/** Only the base of the links in the mail; nothing listens there. */
export const APP = 'http://localhost:3390';
export const HOUR = 3_600_000;

export type User = Awaited<ReturnType<typeof signUpUser>>;

/** A user who followed the verification link: alert mail goes only to verified addresses. */
export async function verifiedUser(db: Database, overrides: Parameters<typeof signUpUser>[1] = {}): Promise<User> {
  const user = await signUpUser(db, overrides);
  await db.update(users).set({ emailVerified: true, emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
  return user;
}

/** The real dev mailbox, with what was handed to it (headers included) kept for the assertions. */
export function recordingMailer(db: Database, failures = 0) {
  const sent: MailMessage[] = [];
  const inner = devMailboxMailer(() => Promise.resolve(db));
  let failuresLeft = failures;
  const mailer: Mailer = {
    description: 'recording dev mailbox',
    async send(message) {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('SMTP connection lost');
      }
      await inner.send(message);
      sent.push(message);
    },
  };
  return { mailer, sent };
}

export function depsFor(db: Database, mailer: Mailer): AlertRunDeps {
  return { db, mc: matchingContext(db), mailer, secret: SECRET, appUrl: APP };
}

export interface AlertPeople {
  seeker: User;
  other: User;
  recruiter: User;
}

/**
 * For the enclosing describe block: a fresh database of `mode` with two verified seekers and a
 * verified recruiter who is a member of a company (made before the block's tests).
 */
export function useAlertWorld(mode: DatabaseMode) {
  const database = useTestDatabase(mode);
  const db = () => database().db;
  let people: AlertPeople | undefined;

  beforeAll(async () => {
    const seeker = await verifiedUser(db(), { firstName: 'Alma' });
    const other = await verifiedUser(db(), { firstName: 'Bert' });
    const recruiter = await verifiedUser(db(), { role: 'recruiter' });
    const company = await insertCompany(db(), `Alerts Co ${mode} ${Date.now()}`);
    await db().insert(companyMembers).values({ companyId: company.id, userId: recruiter.id });
    await drainWorkflows();
    people = { seeker, other, recruiter };
  }, 60_000);

  /** Alert digests in the dev mailbox (sign-up may mail the user too). */
  async function mailTo(user: User) {
    const mail = await db().select().from(devMailbox).where(eq(devMailbox.to, user.email));
    return mail.filter((m) => / new jobs? for "/.test(m.subject));
  }
  async function alertsOf(user: User) {
    return db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, user.id), eq(notifications.type, 'job_alert')));
  }
  /** A search whose jobs only this test creates (a word no other job has). */
  async function saveSearch(user: User, word: string, extra: Record<string, unknown> = {}) {
    return callerFor(db(), user).alerts.create({
      name: `${word} jobs`,
      criteria: { keywords: word },
      frequency: 'daily',
      ...extra,
    });
  }
  const job = (word: string, title = `${word} Engineer`, extra: Parameters<typeof insertJob>[1] = {}) =>
    insertJob(db(), { title, description: `Work on ${word} every day.`, ...extra });

  return {
    db,
    /** The users made before the tests; read it inside a hook or a test. */
    people: (): AlertPeople => {
      if (!people) throw new Error('The alert users are not made yet: read them inside a test.');
      return people;
    },
    mailTo,
    alertsOf,
    saveSearch,
    job,
  };
}
