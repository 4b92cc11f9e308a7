/**
 * The download route for a hiring company: GET /api/documents/[versionId]/export?application=<id>
 * serves the version attached to that application to its company's recruiters, and answers 404
 * to anyone else, for any other version, and for a bookmark.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionLike } from '@/server/api/trpc';
import { coverLetter } from './helpers/document-samples';
import { signUpUser } from './helpers/factories';
import { insertCompany } from './helpers/jobs';

// Before every import (vi.hoisted runs first): the helpers' imports read the database settings, and
// set after them this file wrote to the developer's .data/pglite, so a second run met its own rows.
const session = vi.hoisted(() => {
  process.env.DATABASE_URL = '';
  process.env.PGLITE_DIR = 'memory://';
  return { current: null as SessionLike | null };
});
vi.mock('@/server/auth/session', () => ({ getSession: () => Promise.resolve(session.current) }));

const { GET } = await import('@/app/api/documents/[versionId]/export/route');
const { getDatabase } = await import('@/server/db');
const { companyMembers } = await import('@/server/db/schema');
const { getDocumentStore } = await import('@/server/services/documents/store');
const { drainWorkflows } = await import('@/server/workflows/dispatch');
const { callerFor } = await import('./helpers/callers');

type U = { id: string; role: 'seeker' | 'recruiter' | 'admin' };
let seeker: U;
let recruiter: U;
let outsider: U;
let applicationId = '';
let attachedId = '';
let otherVersionId = '';

const download = (versionId: string, application: string | null, as: U | null) => {
  session.current = as ? { user: as } : null;
  const q = application === null ? '' : `&application=${application}`;
  return GET(new Request(`http://localhost/api/documents/${versionId}/export?format=txt${q}`), {
    params: Promise.resolve({ versionId }),
  });
};

beforeAll(async () => {
  const { db } = await getDatabase();
  seeker = await signUpUser(db, { firstName: 'Jane', lastName: 'Doe' });
  recruiter = await signUpUser(db, { role: 'recruiter' });
  outsider = await signUpUser(db, { role: 'recruiter' });
  const hiring = await insertCompany(db, 'Export Hiring Co');
  const other = await insertCompany(db, 'Export Other Co');
  await db.insert(companyMembers).values([
    { companyId: hiring.id, userId: recruiter.id },
    { companyId: other.id, userId: outsider.id },
  ]);
  const { id: jobId } = await callerFor(db, recruiter).recruiter.createJob({
    title: 'Data Analyst',
    description: 'Reports and dashboards in SQL.',
    location: 'Austin, TX',
    remoteType: 'onsite',
    jobType: 'full-time',
  });
  applicationId = (await callerFor(db, seeker).applications.applyToJob({ jobId })).applicationId;
  const store = await getDocumentStore(db);
  const make = async () =>
    (
      await store.createVersion({
        userId: seeker.id,
        jobId,
        applicationId: null,
        parentId: null,
        status: 'generated',
        kind: 'cover_letter',
        templateId: 'ats-friendly',
        content: coverLetter,
        metadata: {
          wordCount: 200,
          keywordsUsed: [],
          generationTime: 10,
          aiModel: 'offline',
          promptVersion: null,
          qualityScore: 80,
          quality: {
            keywordCoverageBefore: 0.5,
            keywordCoverageAfter: 0.8,
            keywordsUsed: [],
            sectionsPresent: [],
            wordCount: 200,
            pages: 1,
            readingGrade: 10,
          },
          removals: [],
        },
        idempotencyKey: null,
      })
    ).version.id;
  attachedId = await make();
  otherVersionId = await make();
  await callerFor(db, seeker).documents.attachToApplication({ versionId: attachedId, applicationId });
}, 120_000);
afterEach(() => {
  session.current = null;
});
afterAll(async () => {
  await drainWorkflows();
  await (await getDatabase()).close();
});

describe('GET /api/documents/[versionId]/export?application=', () => {
  it("serves the attached version to the hiring company's recruiter, without noting it in the seeker's exports", async () => {
    const res = await download(attachedId, applicationId, recruiter);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('Jane-Doe-Cover-Letter');
    expect(await res.text()).toContain(coverLetter.paragraphs[0]?.text.slice(0, 30));
    const { db } = await getDatabase();
    const version = await (await getDocumentStore(db)).getVersion(attachedId);
    expect(version?.exports).toEqual([]);
  });

  it("answers 404 to another company's recruiter, to seekers, for another version, and to a bad application id", async () => {
    expect((await download(attachedId, applicationId, outsider)).status).toBe(404);
    expect((await download(attachedId, applicationId, { id: outsider.id, role: 'seeker' })).status).toBe(404);
    expect((await download(otherVersionId, applicationId, recruiter)).status).toBe(404);
    expect((await download(attachedId, 'not-an-id', recruiter)).status).toBe(404);
    // Without the application, the recruiter is not the owner: the owner-only rule applies.
    expect((await download(attachedId, null, recruiter)).status).toBe(404);
    expect((await download(attachedId, applicationId, null)).status).toBe(401);
  });
});
