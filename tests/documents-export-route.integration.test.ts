/**
 * The download route, GET /api/documents/[versionId]/export, through the real handler on the app's
 * own database (embedded, in memory) and the real document store. Only the session is supplied by
 * the test: next-auth reads it from Next's request scope, which a test has not got.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentMetadata } from '@/lib/validators/documents-api';
import type { SessionLike } from '@/server/api/trpc';
import { signUpUser } from './helpers/factories';
import { insertJob } from './helpers/jobs';
import { coverLetter, richResume } from './helpers/document-samples';

// Before every import (vi.hoisted runs first): the helpers' imports read the database settings.
const session = vi.hoisted(() => {
  process.env.DATABASE_URL = '';
  process.env.PGLITE_DIR = 'memory://';
  return { current: null as SessionLike | null };
});
vi.mock('@/server/auth/session', () => ({ getSession: () => Promise.resolve(session.current) }));

const { GET } = await import('@/app/api/documents/[versionId]/export/route');
const { getDatabase } = await import('@/server/db');
const { getDocumentStore } = await import('@/server/services/documents/store');
const { extractResumeText } = await import('@/server/services/resume/extract-text');
const { parseResume } = await import('@/server/services/resume/parse-resume');
const { drainWorkflows } = await import('@/server/workflows/dispatch');

const metadata: DocumentMetadata = {
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
    sectionsPresent: ['experience'],
    wordCount: 200,
    pages: 1,
    readingGrade: 10,
  },
  removals: [],
};

let owner: { id: string };
let other: { id: string };
let resumeId = '';
let letterId = '';

const download = (id: string, format: string) =>
  GET(new Request(`http://localhost/api/documents/${id}/export?format=${format}`), {
    params: Promise.resolve({ versionId: id }),
  });
const signIn = (user: { id: string }) => {
  session.current = { user: { id: user.id, role: 'seeker' } };
};

beforeAll(async () => {
  const { db } = await getDatabase();
  owner = await signUpUser(db, { firstName: 'Jane', lastName: 'Doe' });
  other = await signUpUser(db);
  const job = await insertJob(db, { title: 'Data Analyst', companyName: 'Acme' });
  const store = await getDocumentStore(db);
  const base = {
    userId: owner.id,
    applicationId: null,
    parentId: null,
    status: 'generated' as const,
    metadata,
    idempotencyKey: null,
  };
  resumeId = (
    await store.createVersion({
      ...base,
      jobId: job.id,
      kind: 'resume',
      templateId: 'ats-friendly',
      content: richResume,
    })
  ).version.id;
  letterId = (
    await store.createVersion({
      ...base,
      jobId: null,
      kind: 'cover_letter',
      templateId: 'modern',
      content: coverLetter,
    })
  ).version.id;
}, 120_000);
afterEach(() => {
  session.current = null;
});
afterAll(async () => {
  await drainWorkflows();
  await (await getDatabase()).close();
});

describe('GET /api/documents/[versionId]/export', () => {
  it('gives the owner a PDF with its type, an attachment name from person and job, and no caching', async () => {
    signIn(owner);
    const res = await download(resumeId, 'pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Jane-Doe-Resume-Data-Analyst-Acme.pdf"; filename*=UTF-8''Jane-Doe-Resume-Data-Analyst-Acme.pdf`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.byteLength);
    const { text } = await extractResumeText({ bytes, filename: 'resume.pdf' });
    expect(parseResume(text).experience.map((e) => e.value.company)).toEqual([
      'Acme Corp',
      'Globex Corporation',
      'Initech',
    ]);
  });

  it("serves every format, and notes each download in the version's exports", async () => {
    signIn(owner);
    const types: Record<string, string | null> = {};
    for (const format of ['docx', 'txt', 'html', 'md', 'json']) {
      const res = await download(resumeId, format);
      expect(res.status, format).toBe(200);
      types[format] = res.headers.get('content-type');
      expect(res.headers.get('content-disposition')).toContain(
        `filename="Jane-Doe-Resume-Data-Analyst-Acme.${format}"`,
      );
    }
    expect(types).toEqual({
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      txt: 'text/plain; charset=utf-8',
      html: 'text/html; charset=utf-8',
      md: 'text/markdown; charset=utf-8',
      json: 'application/json; charset=utf-8',
    });
    const stored = await (await getDocumentStore((await getDatabase()).db)).getVersion(resumeId);
    expect(stored?.exports.map((e) => e.format)).toEqual(
      expect.arrayContaining(['pdf', 'docx', 'txt', 'html', 'md', 'json']),
    );
    expect(stored?.exports.every((e) => e.fileSize > 0)).toBe(true);
  });

  it('names a cover letter from the job it answers', async () => {
    signIn(owner);
    const res = await download(letterId, 'txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      'filename="Jane-Doe-Cover-Letter-Lead-Data-Analyst-Northwind-Traders.txt"',
    );
    expect(await res.text()).toContain('Re: Lead Data Analyst');
  });

  it('refuses a cover letter as JSON Resume (a resume format) with 400 naming the formats it has', async () => {
    signIn(owner);
    const res = await download(letterId, 'json');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toBe('This document has no json form: use one of pdf, docx, txt, html, md.');
  });

  it('answers another user 404, the same as an id that does not exist or is not an id', async () => {
    signIn(other);
    const theirs = await download(resumeId, 'pdf');
    expect(theirs.status).toBe(404);
    const body: unknown = await theirs.json();
    expect(body).toEqual({ error: { code: 'NOT_FOUND', message: 'Document not found.' } });
    expect((await download('00000000-0000-4000-8000-000000000000', 'pdf')).status).toBe(404);
    expect((await download('not-an-id', 'pdf')).status).toBe(404);
  });

  it('answers a signed-out caller 401', async () => {
    const res = await download(resumeId, 'pdf');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      error: { code: 'UNAUTHORIZED', message: 'Sign in to download your documents.' },
    });
  });

  it('answers an unknown or missing format 400 naming the formats', async () => {
    signIn(owner);
    for (const format of ['exe', '', 'PDF', '<script>']) {
      const res = await download(resumeId, encodeURIComponent(format));
      expect(res.status, format).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toContain('use one of pdf, docx, txt, html, md, json');
    }
  });
});
