/**
 * Every row A and R own, read straight from the tables: compared before and after a call, it
 * proves the call wrote nothing of theirs, whatever the procedure answered. Derived rows the
 * system recomputes for everyone (match scores, embeddings, occupation guesses) are left out.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '@/server/db';
import {
  applicationContacts,
  applicationEvents,
  applicationInterviews,
  applications,
  certifications,
  companies,
  companyMembers,
  education,
  experience,
  jobs,
  notifications,
  preferences,
  projects,
  savedSearches,
  skills,
  users,
  userSessions,
} from '@/server/db/schema';
import type { World } from './world';

export async function snapshotOwnedRows(db: Database, w: World): Promise<string> {
  const a = w.seekerA.id;
  const appIds = [w.a.applicationId, w.a.savedApplicationId];
  const tables = {
    users: await db
      .select()
      .from(users)
      .where(inArray(users.id, [a, w.recruiterR.id]))
      .orderBy(users.id),
    skills: await db.select().from(skills).where(eq(skills.userId, a)).orderBy(skills.id),
    experience: await db.select().from(experience).where(eq(experience.userId, a)).orderBy(experience.id),
    education: await db.select().from(education).where(eq(education.userId, a)).orderBy(education.id),
    projects: await db.select().from(projects).where(eq(projects.userId, a)).orderBy(projects.id),
    certifications: await db
      .select()
      .from(certifications)
      .where(eq(certifications.userId, a))
      .orderBy(certifications.id),
    preferences: await db.select().from(preferences).where(eq(preferences.userId, a)),
    // A's own; other callers may apply to R's public job, which adds their row, not A's.
    applications: await db.select().from(applications).where(eq(applications.userId, a)).orderBy(applications.id),
    events: await db
      .select()
      .from(applicationEvents)
      .where(inArray(applicationEvents.applicationId, appIds))
      .orderBy(applicationEvents.id),
    interviews: await db
      .select()
      .from(applicationInterviews)
      .where(inArray(applicationInterviews.applicationId, appIds))
      .orderBy(applicationInterviews.id),
    contacts: await db
      .select()
      .from(applicationContacts)
      .where(inArray(applicationContacts.applicationId, appIds))
      .orderBy(applicationContacts.id),
    notifications: await db.select().from(notifications).where(eq(notifications.userId, a)).orderBy(notifications.id),
    savedSearches: await db.select().from(savedSearches).where(eq(savedSearches.userId, a)).orderBy(savedSearches.id),
    jobs: await db
      .select()
      .from(jobs)
      .where(inArray(jobs.id, [w.jobId, w.savedJobId]))
      .orderBy(jobs.id),
    companies: await db.select().from(companies).where(eq(companies.id, w.companyId)),
    members: await db.select().from(companyMembers).where(eq(companyMembers.companyId, w.companyId)),
    sessions: await db.select().from(userSessions).where(eq(userSessions.userId, a)),
  };
  return JSON.stringify(tables);
}
