import type { DocumentContent, DocumentKind, DocumentStatus } from '@/lib/validators/documents';
import type { DocumentExport, DocumentMetadata } from '@/lib/validators/documents-api';

/** One stored version of a generated document, as every adapter returns it. */
export interface StoredVersion {
  id: string;
  userId: string;
  jobId: string | null;
  applicationId: string | null;
  kind: DocumentKind;
  templateId: string;
  version: number;
  /** The version this one was edited from; null for a first version. */
  parentId: string | null;
  /** The first version's id: names the document across its versions. */
  documentId: string;
  status: DocumentStatus;
  content: DocumentContent;
  metadata: DocumentMetadata;
  exports: DocumentExport[];
  idempotencyKey: string | null;
  createdAt: Date;
}

export interface NewVersion {
  userId: string;
  jobId: string | null;
  applicationId: string | null;
  kind: DocumentKind;
  templateId: string;
  /** The version it derives from (an edit); null starts a new document. */
  parentId: string | null;
  status: DocumentStatus;
  content: DocumentContent;
  metadata: DocumentMetadata;
  /** When set, a second call with the same key returns the first version instead of adding one. */
  idempotencyKey: string | null;
}

/**
 * Where generated documents and the seeker's default template live. PostgreSQL JSONB is the
 * default; MongoDB when MONGODB_URI is set. Adapters do no authorization: services check that
 * a version belongs to the caller before they show or change it.
 */
export interface DocumentStore {
  readonly name: 'postgres' | 'mongodb';
  createVersion(input: NewVersion): Promise<{ version: StoredVersion; created: boolean }>;
  getVersion(id: string): Promise<StoredVersion | null>;
  /** The latest version of each of the user's documents, newest first. */
  listDocuments(userId: string): Promise<StoredVersion[]>;
  /** Every version of a document, oldest first. */
  listVersions(documentId: string): Promise<StoredVersion[]>;
  setStatus(id: string, status: DocumentStatus): Promise<StoredVersion | null>;
  /** Deletes every version of a document; how many there were. */
  deleteDocument(documentId: string): Promise<number>;
  setApplication(id: string, applicationId: string | null): Promise<StoredVersion | null>;
  recordExport(id: string, entry: DocumentExport): Promise<void>;
  getDefaultTemplate(userId: string): Promise<string | null>;
  setDefaultTemplate(userId: string, templateId: string): Promise<void>;
}
