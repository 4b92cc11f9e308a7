/**
 * "Download my data": everything the account holds about its owner, as JSON. Only rows keyed to
 * the caller; never the password hash, MFA secret, recovery codes, link tokens or sessions'
 * secrets. Events on an application written by someone else (a recruiter moving it) keep their
 * status change but not that person's id or note.
 */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import {
  applicationEvents,
  applications,
  certifications,
  education,
  experience,
  jobs,
  notifications,
  preferences,
  projects,
  savedSearches,
  securityEvents,
  skills,
  users,
} from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { getDocumentStore } from '../documents/store';
import { recordSecurityEvent } from './security-events';

export const EXPORT_FORMAT = 'givemejobs-export-1' as const;

export async function exportAccountData(db: DbOrTx, actor: Actor) {
  const uid = actor.userId;
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      emailVerifiedAt: users.emailVerifiedAt,
      firstName: users.firstName,
      lastName: users.lastName,
      professionalHeadline: users.professionalHeadline,
      summary: users.summary,
      phone: users.phone,
      location: users.location,
      links: users.links,
      role: users.role,
      mfaEnabled: users.mfaEnabled,
      createdAt: users.createdAt,
      lastLogin: users.lastLogin,
    })
    .from(users)
    .where(eq(users.id, uid))
    .limit(1);
  if (!account) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
  const [skillRows, experienceRows, projectRows, certificationRows, educationRows, preferenceRows] = await Promise.all([
    db.select().from(skills).where(eq(skills.userId, uid)),
    db.select().from(experience).where(eq(experience.userId, uid)),
    db.select().from(projects).where(eq(projects.userId, uid)),
    db.select().from(certifications).where(eq(certifications.userId, uid)),
    db.select().from(education).where(eq(education.userId, uid)),
    db.select().from(preferences).where(eq(preferences.userId, uid)),
  ]);
  const applicationRows = await db
    .select({
      id: applications.id,
      jobId: applications.jobId,
      jobTitle: jobs.title,
      companyName: jobs.companyName,
      status: applications.status,
      appliedAt: applications.appliedAt,
      responseAt: applications.responseAt,
      notes: applications.notes,
      followUpDate: applications.followUpDate,
      source: applications.source,
      // What the hiring company was shown: part of the seeker's data like the rest.
      profileShared: applications.profileSnapshot,
      createdAt: applications.createdAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(eq(applications.userId, uid))
    .orderBy(asc(applications.createdAt));
  const eventRows =
    applicationRows.length === 0
      ? []
      : await db
          .select()
          .from(applicationEvents)
          .where(
            inArray(
              applicationEvents.applicationId,
              applicationRows.map((a) => a.id),
            ),
          )
          .orderBy(asc(applicationEvents.occurredAt));
  const eventsOf = (applicationId: string) =>
    eventRows
      .filter((e) => e.applicationId === applicationId)
      .map((e) => {
        const byYou = e.actorId === uid;
        return {
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          occurredAt: e.occurredAt,
          byYou,
          note: byYou ? e.note : null,
        };
      });
  const tracked = applicationRows.map((a) => ({ ...a, events: eventsOf(a.id) }));
  const [searchRows, notificationRows] = await Promise.all([
    db
      .select({
        id: savedSearches.id,
        name: savedSearches.name,
        criteria: savedSearches.criteria,
        alertFrequency: savedSearches.alertFrequency,
        lastAlertedAt: savedSearches.lastAlertedAt,
        createdAt: savedSearches.createdAt,
      })
      .from(savedSearches)
      .where(eq(savedSearches.userId, uid)),
    db
      .select({
        id: notifications.id,
        type: notifications.type,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        read: notifications.read,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(eq(notifications.userId, uid))
      .orderBy(asc(notifications.createdAt)),
  ]);
  const [documents, events] = await Promise.all([
    documentVersionsOf(db, uid),
    db
      .select({
        type: securityEvents.type,
        occurredAt: securityEvents.occurredAt,
        clientAddress: securityEvents.clientAddress,
      })
      .from(securityEvents)
      .where(eq(securityEvents.userId, uid))
      .orderBy(desc(securityEvents.occurredAt), desc(securityEvents.id)),
  ]);
  await recordSecurityEvent(db, uid, 'data_exported');
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date(),
    account,
    profile: {
      skills: skillRows,
      experience: experienceRows,
      projects: projectRows,
      certifications: certificationRows,
      education: educationRows,
      preferences: preferenceRows[0] ?? null,
    },
    savedJobs: tracked.filter((a) => a.status === 'saved'),
    applications: tracked.filter((a) => a.status !== 'saved'),
    savedSearches: searchRows,
    notifications: notificationRows,
    documents,
    securityEvents: events,
  };
}

/**
 * Every version of every generated document (the store may be MongoDB), oldest first within a
 * document; a version that is not the caller's is never included, whatever the store returns.
 */
async function documentVersionsOf(db: DbOrTx, userId: string) {
  const store = await getDocumentStore(db);
  const latest = await store.listDocuments(userId);
  const chains = await Promise.all(latest.map((d) => store.listVersions(d.documentId)));
  return chains
    .flat()
    .filter((v) => v.userId === userId)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.version - b.version)
    .map((v) => ({
      documentId: v.documentId,
      version: v.version,
      parentId: v.parentId,
      kind: v.kind,
      templateId: v.templateId,
      status: v.status,
      jobId: v.jobId,
      applicationId: v.applicationId,
      content: v.content,
      createdAt: v.createdAt,
    }));
}
