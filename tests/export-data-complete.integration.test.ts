/**
 * "Download my data" holds every generated document version (resumes and cover letters, each
 * version of each), the saved searches with their alert settings, the notifications, and the
 * account's security activity: the caller's only. Both databases.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResumeContent } from '@/lib/validators/documents';
import type { DocumentMetadata } from '@/lib/validators/documents-api';
import { getDocumentStore } from '@/server/services/documents/store';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { signInToken, testAuthOptions } from './helpers/auth';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

const modes = await availableModes();
const PASSWORD = 'Str0ng!Passw0rd';

const content = (name: string): ResumeContent => ({
  kind: 'resume',
  person: { name, email: null, headline: null, location: null, phone: null, links: [] },
  sections: [{ type: 'skills', title: 'Skills', items: [{ factId: randomUUID(), name: 'SQL' }] }],
});
const metadata: DocumentMetadata = {
  wordCount: 3,
  keywordsUsed: ['SQL'],
  generationTime: 12,
  aiModel: 'offline',
  promptVersion: null,
  qualityScore: 70,
  quality: {
    keywordCoverageBefore: 0.5,
    keywordCoverageAfter: 1,
    keywordsUsed: ['SQL'],
    sectionsPresent: ['skills'],
    wordCount: 3,
    pages: 1,
    readingGrade: 8.2,
  },
  removals: [],
};

describe.each(modes)('data export, complete, on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  it('holds every version of my documents and my security activity, and nothing of anyone else', async () => {
    const me = await signUpUser(tdb.db);
    const other = await signUpUser(tdb.db);
    const store = await getDocumentStore(tdb.db);
    const base = {
      jobId: null,
      applicationId: null,
      kind: 'resume' as const,
      templateId: 'ats-friendly',
      status: 'generated' as const,
      metadata,
      idempotencyKey: null,
    };
    const { version: first } = await store.createVersion({
      ...base,
      userId: me.id,
      parentId: null,
      content: content('Mine One'),
    });
    await store.createVersion({
      ...base,
      userId: me.id,
      parentId: first.id,
      status: 'edited',
      content: content('Mine Two'),
    });
    await store.createVersion({ ...base, userId: other.id, parentId: null, content: content('Theirs Zed') });
    await signInToken(testAuthOptions(tdb.db), { email: me.email, password: PASSWORD });

    const data = await callerFor(tdb.db, me).account.exportData();
    expect(data.documents.map((d) => [d.documentId, d.version, d.status])).toEqual([
      [first.id, 1, 'generated'],
      [first.id, 2, 'edited'],
    ]);
    expect(JSON.stringify(data.documents)).toContain('Mine Two');
    expect(data.securityEvents.map((e) => e.type)).toContain('sign_in');
    const text = JSON.stringify(data);
    for (const foreign of ['Theirs Zed', other.id, other.email]) expect(text).not.toContain(foreign);
    // The export itself is recorded, for the next one.
    const again = await callerFor(tdb.db, me).account.exportData();
    expect(again.securityEvents[0]?.type).toBe('data_exported');
  });
});
