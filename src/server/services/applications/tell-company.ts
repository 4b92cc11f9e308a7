/**
 * The hiring company hears of its applicant's own moves: a new application, a withdrawal, an
 * accepted offer. Each active recruiter of a company that recruits here gets an in-app notice, in
 * the move's transaction (both are kept, or neither). A bookmark is private, so neither saving nor
 * dropping one is news to anyone; the company's own moves are not news to it.
 */
import { and, eq } from 'drizzle-orm';
import type { ApplicationStatus } from '@/lib/validators/enums';
import type { DbOrTx } from '@/server/db';
import { applications, companyMembers, jobs, notifications, users } from '@/server/db/schema';

export interface ApplicantMove {
  applicationId: string;
  /** null: the application was created at this status. */
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  occurredAt: Date;
}

function wording(to: ApplicationStatus, name: string, job: string): { title: string; body: string } | null {
  if (to === 'applied') return { title: `New applicant for ${job}`, body: `${name} applied for ${job}.` };
  if (to === 'withdrawn')
    return { title: `${name} withdrew from ${job}`, body: `${name} withdrew their application for ${job}.` };
  if (to === 'accepted')
    return { title: `${name} accepted the offer for ${job}`, body: `${name} accepted your offer for ${job}.` };
  return null;
}

export async function tellCompanyOfApplicantMove(tx: DbOrTx, move: ApplicantMove): Promise<void> {
  if (move.from === 'saved' && move.to !== 'applied') return;
  const [row] = await tx
    .select({
      companyId: jobs.companyId,
      jobTitle: jobs.title,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(users, eq(users.id, applications.userId))
    .where(eq(applications.id, move.applicationId))
    .limit(1);
  const words = row ? wording(move.to, `${row.firstName} ${row.lastName}`.trim(), row.jobTitle) : null;
  if (!row?.companyId || !words) return;
  const members = await tx
    .select({ userId: companyMembers.userId })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, row.companyId), eq(companyMembers.status, 'active')));
  if (members.length === 0) return;
  await tx
    .insert(notifications)
    .values(
      members.map((m) => ({
        userId: m.userId,
        type: 'application_update' as const,
        title: words.title.slice(0, 200),
        body: words.body,
        link: `/recruiter/applications/${move.applicationId}`,
        // One notice per move, however often the request is retried.
        dedupeKey: `applicant:${move.applicationId}:${move.to}:${move.occurredAt.getTime()}`,
      })),
    )
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] });
}
