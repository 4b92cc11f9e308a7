import { and, eq } from 'drizzle-orm';
import type { DocumentContent, DocumentTemplate } from '@/lib/validators/documents';
import type { DocumentExport } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import { jobs } from '@/server/db/schema';
import { jobVisibleTo } from '../jobs/visibility';
import { getDocumentStore } from './store';
import { templateOrDefault } from './templates';

export interface DocumentForExport {
  versionId: string;
  documentId: string;
  version: number;
  kind: DocumentContent['kind'];
  content: DocumentContent;
  template: DocumentTemplate;
  /** For the download's file name: "Jane Doe - Data Analyst - Acme". */
  personName: string;
  jobTitle: string | null;
  companyName: string | null;
}

/**
 * A version ready for the exporters, or null when it does not exist or is not the user's own
 * (the download route answers 404 either way, so that ids of others' documents are not revealed).
 */
export async function loadDocumentForExport(
  db: DbOrTx,
  userId: string,
  versionId: string,
  /** Who downloads it (the owner by default): the file is named after a job only they may open. */
  viewerId: string = userId,
): Promise<DocumentForExport | null> {
  const store = await getDocumentStore(db);
  const version = await store.getVersion(versionId);
  if (!version || version.userId !== userId) return null;
  const [job] = version.jobId
    ? await db
        .select({ title: jobs.title, companyName: jobs.companyName })
        .from(jobs)
        .where(and(eq(jobs.id, version.jobId), jobVisibleTo(viewerId)))
        .limit(1)
    : [];
  const recipient = version.content.kind === 'cover_letter' ? version.content.recipient : null;
  return {
    versionId: version.id,
    documentId: version.documentId,
    version: version.version,
    kind: version.kind,
    content: version.content,
    template: templateOrDefault(version.templateId),
    personName: version.content.person.name,
    jobTitle: job?.title ?? recipient?.jobTitle ?? null,
    companyName: job?.companyName ?? recipient?.company ?? null,
  };
}

/** Adds a download to the version's exports list (the design's exports[]); the owner check is the caller's. */
export async function recordDocumentExport(db: DbOrTx, versionId: string, entry: DocumentExport): Promise<void> {
  const store = await getDocumentStore(db);
  await store.recordExport(versionId, entry);
}
