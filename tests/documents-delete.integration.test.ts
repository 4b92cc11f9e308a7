/**
 * documents.delete on both databases: the owner deletes a document with every version (and the
 * generation requests that made it); anyone else gets NOT_FOUND and nothing changes; a document
 * sent with an application is kept, since the company reads that version with the application.
 */
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applicationEvents,
  applications,
  documentGenerationRequests,
  generatedDocuments,
  notifications,
} from '@/server/db/schema';
import { notifyDocumentReady } from '@/server/services/documents/generation/notify-document-ready';
import type { ResumeContent } from '@/lib/validators/documents';
import type { Database } from '@/server/db';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { generated, insertAnalystJob, seekerWithProfile, type Caller } from './helpers/document-seeker';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

async function codeOf(p: Promise<unknown>): Promise<string | null> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  return err instanceof TRPCError ? err.code : null;
}

describe.each(modes)('documents.delete on %s', (mode) => {
  const database = useTestDatabase(mode);
  let db: Database;
  let me: Caller;
  let meId: string;
  let other: Caller;
  let jobId: string;

  beforeAll(async () => {
    db = database().db;
    const seeker = await seekerWithProfile(db);
    me = seeker.me;
    meId = seeker.user.id;
    other = callerFor(db, await signUpUser(db));
    jobId = (await insertAnalystJob(db, [])).id;
    await drainWorkflows();
  }, 120_000);

  const versionsOf = async (documentId: string) =>
    db
      .select({ id: generatedDocuments.id })
      .from(generatedDocuments)
      .where(eq(generatedDocuments.rootDocumentId, documentId));

  it('deletes every version of the owner’s document, and its generation requests', async () => {
    const doc = await generated(me, { jobId, kind: 'resume' });
    const content = structuredClone((await me.documents.get({ id: doc.versionId })).content) as ResumeContent;
    const exp = content.sections.find((s) => s.type === 'experience');
    if (exp?.type !== 'experience' || !exp.items[0]) throw new Error('no role');
    exp.items[0].bullets[0] = {
      text: 'Designed the Tableau dashboards 40 account managers use every week',
      factIds: [exp.items[0].factId],
    };
    const edited = await me.documents.saveEdit({ id: doc.versionId, content });
    const documentId = doc.documentId ?? '';
    expect((await versionsOf(documentId)).length).toBe(2);

    // Anyone else: NOT_FOUND, and nothing is gone.
    expect(await codeOf(other.documents.delete({ id: doc.versionId }))).toBe('NOT_FOUND');
    expect((await versionsOf(documentId)).length).toBe(2);

    expect((await me.notifications.list({ limit: 100 })).map((n) => n.link)).toContain(`/documents/${doc.versionId}`);
    // Named by any of its versions: here the latest.
    const out = await me.documents.delete({ id: edited.id });
    expect(out).toEqual({ deletedVersions: 2 });
    expect(await versionsOf(documentId)).toEqual([]);
    expect((await me.documents.list()).map((d) => d.documentId)).not.toContain(documentId);
    const requests = await db
      .select()
      .from(documentGenerationRequests)
      .where(eq(documentGenerationRequests.documentId, documentId));
    expect(requests).toEqual([]);
    expect(await codeOf(me.documents.get({ id: doc.versionId }))).toBe('NOT_FOUND');
    expect(await codeOf(me.documents.delete({ id: doc.versionId }))).toBe('NOT_FOUND');
    // "Your resume for … is ready" linked to the deleted document's "Not found" (a walk): it goes too.
    expect((await me.notifications.list({ limit: 100 })).map((n) => n.link)).not.toContain(
      `/documents/${doc.versionId}`,
    );
  });

  it('sends no "is ready" notice for a document deleted before the generation could send it', async () => {
    // The generation's last step notifies after storing the version: a delete in between left a
    // notice opening "Not found" (a review).
    const doc = await generated(me, { jobId, kind: 'cover_letter' });
    await db.delete(notifications).where(eq(notifications.userId, meId));
    await me.documents.delete({ id: doc.versionId });
    await notifyDocumentReady(db, {
      userId: meId,
      requestId: doc.requestId,
      versionId: doc.versionId,
      kind: 'cover_letter',
      jobTitle: 'Senior Data Analyst',
      company: 'Acme',
    });
    expect(await db.select().from(notifications).where(eq(notifications.userId, meId))).toEqual([]);
  });

  it('deletes a document made from an application page, or attached only to a bookmark', async () => {
    // Generated from an application, never sent: it was refused as "sent with your application".
    const appJob = (await insertAnalystJob(db, [])).id;
    await drainWorkflows();
    const app = await me.applications.applyToJob({ jobId: appJob });
    const fromApp = await generated(me, { jobId: appJob, kind: 'resume', applicationId: app.applicationId });
    expect(await me.documents.delete({ id: fromApp.versionId })).toEqual({ deletedVersions: 1 });

    // Attached to a saved job (a bookmark): no company reads it; the bookmark lets go of it.
    const otherJob = (await insertAnalystJob(db, [])).id;
    await drainWorkflows();
    const bookmark = await me.applications.save({ jobId: otherJob });
    const doc = await generated(me, { jobId: otherJob, kind: 'resume' });
    await me.documents.attachToApplication({ versionId: doc.versionId, applicationId: bookmark.applicationId });
    expect(await me.documents.delete({ id: doc.versionId })).toEqual({ deletedVersions: 1 });
    const [row] = await db.select().from(applications).where(eq(applications.id, bookmark.applicationId));
    expect(row?.documentVersionId).toBeNull();
  });

  it('keeps a document sent with an application, and says why', async () => {
    const doc = await generated(me, { jobId, kind: 'cover_letter' });
    const app = await me.applications.applyToJob({ jobId });
    await me.documents.attachToApplication({ versionId: doc.versionId, applicationId: app.applicationId });
    const refused = await me.documents.delete({ id: doc.versionId }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe('CONFLICT');
    expect((refused as TRPCError).message).toMatch(/sent with your application/);
    expect((await versionsOf(doc.documentId ?? '')).length).toBe(1);
  });

  it('never leaves an application pointing at a version deleted while it was being attached', async () => {
    // Delete checked for a sent application, then an attach landed before the versions went: the
    // application then named a version that no longer existed, and the company read nothing.
    const raceJob = (await insertAnalystJob(db, [])).id;
    await drainWorkflows();
    const app = await me.applications.applyToJob({ jobId: raceJob });
    for (const delayMs of [0, 1, 2, 3, 4, 6]) {
      const doc = await generated(me, { jobId: raceJob, kind: 'resume' });
      await me.documents.attachToApplication({ versionId: doc.versionId, applicationId: app.applicationId });
      const next = await generated(me, { jobId: raceJob, kind: 'cover_letter' });
      // The application now holds the letter; the resume is free to delete while the letter is attached again.
      const [deleted, attached] = await Promise.allSettled([
        me.documents.delete({ id: next.versionId }),
        new Promise((r) => setTimeout(r, delayMs)).then(() =>
          me.documents.attachToApplication({ versionId: next.versionId, applicationId: app.applicationId }),
        ),
      ]);
      const [row] = await db.select().from(applications).where(eq(applications.id, app.applicationId));
      const pointed = row?.documentVersionId ?? null;
      const remaining = (await versionsOf(next.documentId ?? '')).map((v) => v.id);
      // Exactly one of the two won, and the application agrees with what is left.
      expect([deleted.status, attached.status].sort(), `delay ${delayMs} ms`).toEqual(['fulfilled', 'rejected']);
      if (deleted.status === 'fulfilled') {
        expect(remaining).toEqual([]);
        expect(pointed).not.toBe(next.versionId);
      } else {
        expect(remaining).toEqual([next.versionId]);
        expect(pointed).toBe(next.versionId);
      }
    }
  }, 120_000);

  it('an attach waits for a move of the same application, and neither deadlocks', async () => {
    // A move locks its application, then writes an event naming the user (a key share on the
    // user's row); an attach locked the user's row FOR UPDATE, then wrote the application: each
    // waited on the other, and PostgreSQL refused one with "deadlock detected" (a review).
    const moveJob = (await insertAnalystJob(db, [])).id;
    await drainWorkflows();
    const app = await me.applications.applyToJob({ jobId: moveJob });
    const doc = await generated(me, { jobId: moveJob, kind: 'resume' });
    let attached: Promise<unknown> = Promise.resolve();
    await db.transaction(async (tx) => {
      await tx
        .select({ id: applications.id })
        .from(applications)
        .where(eq(applications.id, app.applicationId))
        .for('update');
      attached = me.documents
        .attachToApplication({ versionId: doc.versionId, applicationId: app.applicationId })
        .catch((e: unknown) => e);
      // Long enough for the attach to take its lock on the user and wait on this application.
      await new Promise((r) => setTimeout(r, 300));
      await tx.insert(applicationEvents).values({
        applicationId: app.applicationId,
        fromStatus: 'applied',
        toStatus: 'withdrawn',
        actorId: meId,
        note: 'a move in flight',
      });
    });
    await expect(attached).resolves.toMatchObject({ applicationId: app.applicationId, versionId: doc.versionId });
  }, 60_000);
});
