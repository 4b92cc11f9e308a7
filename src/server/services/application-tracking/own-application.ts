import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { applications } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';

/** Refuses (NOT_FOUND, as for a missing one) an application that is not the caller's. */
export async function assertOwnApplication(db: DbOrTx, applicationId: string, actor: Actor): Promise<void> {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.userId, actor.userId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Application not found.');
}
