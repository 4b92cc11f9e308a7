import { and, eq } from 'drizzle-orm';
import { APPLICATION_STATUS_LABEL } from '@/lib/validators/application-status';
import { setFollowUpInput, type SetFollowUpInput } from '@/lib/validators/applications';
import type { Database } from '@/server/db';
import { applications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import { dispatch } from '@/server/workflows/dispatch';
import type { Actor } from '../actor';
import { isFinalStatus } from './status-machine';

/**
 * Sets (or clears, with null) the day the applicant means to follow up; on that day a reminder
 * notification is created (create-due-follow-up-reminders.ts). The input schema refuses past days.
 */
export async function setFollowUpDate(
  db: Database,
  raw: SetFollowUpInput,
  actor: Actor,
): Promise<{ applicationId: string; followUpDate: string | null }> {
  const input = setFollowUpInput.parse(raw);
  const row = await db.transaction(async (tx) => {
    const mine = and(eq(applications.id, input.applicationId), eq(applications.userId, actor.userId));
    const [app] = await tx
      .select({ status: applications.status })
      .from(applications)
      .where(mine)
      .for('update')
      .limit(1);
    if (!app) throw new AppError('NOT_FOUND', 'Application not found.');
    if (input.date && isFinalStatus(app.status)) {
      throw new AppError(
        'CONFLICT',
        `This application is ${APPLICATION_STATUS_LABEL[app.status]}; there is nothing left to follow up.`,
        { fields: { date: ['A closed application needs no follow-up.'] } },
      );
    }
    const [updated] = await tx
      .update(applications)
      .set({ followUpDate: input.date })
      .where(mine)
      .returning({ applicationId: applications.id, followUpDate: applications.followUpDate });
    if (!updated) throw new AppError('NOT_FOUND', 'Application not found.');
    return updated;
  });
  await dispatch(db, 'applications/changed', { userId: actor.userId });
  return row;
}
