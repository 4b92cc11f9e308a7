import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import { jobs } from '@/server/db/schema';

/**
 * The jobs a person may open by id: every listed job (open or closed, so saved links keep
 * working) and the private ones they added by hand. Lists never need this: they read only
 * status 'open', which a private job never has.
 */
export const jobVisibleTo = (userId: string | Placeholder | null | undefined): SQL =>
  userId
    ? sql`(${jobs.status} <> 'private' OR ${jobs.ownerId} = ${userId})`
    : sql`${jobs.status} <> 'private'`;
