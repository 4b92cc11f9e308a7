/**
 * A recruiter moves an applicant to another stage; the seeker hears of it in the app, and by mail
 * when their address is verified (mail to an unconfirmed address could reach someone else).
 */
import { eq } from 'drizzle-orm';
import { APPLICATION_STATUS_LABEL } from '@/lib/validators/application-status';
import type { ChangeStatusInput, StatusChange } from '@/lib/validators/applications';
import type { Mailer } from '@/server/adapters/mail';
import type { Database, DbOrTx } from '@/server/db';
import { applications, jobs, notifications, users } from '@/server/db/schema';
import { logger } from '@/server/logger';
import type { Actor } from '../actor';
import { changeApplicationStatus } from '../applications/change-status';

export interface StageMail {
  mailer: Mailer;
  appUrl: string;
}

type Notice = NonNullable<Awaited<ReturnType<typeof writeNotice>>>;

/** The seeker's in-app notice of the move, in the move's transaction; null when none is due. */
async function writeNotice(tx: DbOrTx, actor: Actor, change: StatusChange) {
  const [row] = await tx
    .select({
      userId: users.id,
      email: users.email,
      firstName: users.firstName,
      verified: users.emailVerified,
      verifiedAt: users.emailVerifiedAt,
      jobTitle: jobs.title,
      company: jobs.companyName,
    })
    .from(applications)
    .innerJoin(users, eq(users.id, applications.userId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(eq(applications.id, change.applicationId))
    .limit(1);
  if (!row || row.userId === actor.userId) return null;
  const stage = APPLICATION_STATUS_LABEL[change.to];
  const company = row.company || 'The company';
  const title = `${row.jobTitle}: ${stage}`.slice(0, 200);
  const body = `${company} moved your application for ${row.jobTitle} to “${stage}”.`;
  const link = `/applications/${change.applicationId}`;
  await tx
    .insert(notifications)
    .values({
      userId: row.userId,
      type: 'application_update',
      title,
      body,
      link,
      // One notice per move, however often the request is retried.
      dedupeKey: `stage:${change.applicationId}:${change.to}:${change.occurredAt.getTime()}`,
    })
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] });
  return { row, body, link, stage };
}

export async function moveApplicant(
  db: Database,
  actor: Actor,
  input: ChangeStatusInput,
  mail: StageMail,
): Promise<StatusChange> {
  const written: { notice: Notice | null } = { notice: null };
  const change = await changeApplicationStatus(db, actor, input, async (tx, moved) => {
    written.notice = await writeNotice(tx, actor, moved);
  });
  // A seeker moving their own application needs no notice of it.
  if (!written.notice) return change;
  const { row, body, link, stage } = written.notice;
  if (row.verified || row.verifiedAt) {
    // The move is committed; a mail failure is logged, not turned into a failed move.
    await mail.mailer
      .send({
        to: row.email,
        subject: `Your application for ${row.jobTitle}: ${stage}`.slice(0, 200),
        text: [`Hi ${row.firstName},`, '', body, '', `See it on your board: ${mail.appUrl}${link}`].join('\n'),
      })
      .catch((err: unknown) =>
        logger.warn(
          { err: err instanceof Error ? err.message : String(err), applicationId: change.applicationId },
          'stage change mail not sent',
        ),
      );
  }
  return change;
}
