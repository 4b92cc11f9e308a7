import { inArray } from 'drizzle-orm';
import type { DocumentVersionOutput, DocumentVersionSummary } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { AppError } from '@/server/errors';
import type { Actor } from '../actor';
import { getDocumentStore, type DocumentStore, type StoredVersion } from './store';
import { templateOrDefault } from './templates';

type JobNames = Map<string, { title: string; companyName: string }>;

export async function jobNamesOf(db: DbOrTx, versions: StoredVersion[]): Promise<JobNames> {
  const ids = [...new Set(versions.map((v) => v.jobId).filter((id): id is string => !!id))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: jobs.id, title: jobs.title, companyName: jobs.companyName })
    .from(jobs)
    .where(inArray(jobs.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export function toSummary(v: StoredVersion, names: JobNames): DocumentVersionSummary {
  const job = v.jobId ? names.get(v.jobId) : undefined;
  const recipient = v.content.kind === 'cover_letter' ? v.content.recipient : null;
  return {
    id: v.id,
    documentId: v.documentId,
    kind: v.kind,
    version: v.version,
    status: v.status,
    templateId: v.templateId,
    jobId: v.jobId,
    jobTitle: job?.title ?? recipient?.jobTitle ?? null,
    companyName: job?.companyName ?? recipient?.company ?? null,
    applicationId: v.applicationId,
    qualityScore: v.metadata.qualityScore,
    skillsCovered:
      v.metadata.quality.keywordsTargeted === undefined
        ? null
        : { shown: v.metadata.quality.keywordsUsed.length, of: v.metadata.quality.keywordsTargeted },
    createdAt: v.createdAt,
  };
}

export async function toVersionOutput(db: DbOrTx, v: StoredVersion): Promise<DocumentVersionOutput> {
  return {
    ...toSummary(v, await jobNamesOf(db, [v])),
    parentId: v.parentId,
    content: v.content,
    template: templateOrDefault(v.templateId),
    metadata: v.metadata,
    exports: v.exports,
  };
}

/** The caller's own version; anyone else's is NOT_FOUND, as if it did not exist. */
export async function ownVersion(
  db: DbOrTx,
  id: string,
  actor: Actor,
): Promise<{ version: StoredVersion; store: DocumentStore }> {
  const store = await getDocumentStore(db);
  const version = await store.getVersion(id);
  if (!version || version.userId !== actor.userId) throw new AppError('NOT_FOUND', 'Document not found.');
  return { version, store };
}
