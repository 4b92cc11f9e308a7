import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DocumentStatus } from '@/lib/validators/documents';
import type { DocumentExport } from '@/lib/validators/documents-api';
import type { DbOrTx } from '@/server/db';
import { documentTemplateDefaults, generatedDocuments } from '@/server/db/schema';
import type { DocumentStore, NewVersion, StoredVersion } from './types';

type Row = typeof generatedDocuments.$inferSelect;

function toStored(row: Row): StoredVersion {
  return {
    id: row.id,
    userId: row.userId,
    jobId: row.jobId,
    applicationId: row.applicationId,
    kind: row.kind,
    templateId: row.templateId,
    version: row.version,
    parentId: row.parentDocumentId,
    documentId: row.rootDocumentId,
    status: row.status,
    content: row.content,
    metadata: row.metadata,
    exports: row.exports,
    idempotencyKey: row.idempotencyKey,
    createdAt: row.createdAt,
  };
}

/** A unique violation on `constraint`, from either driver (drizzle wraps it in `cause`). */
function isUniqueViolation(err: unknown, constraint: string): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const pg = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (pg.code === '23505' && (pg.constraint === constraint || pg.constraint_name === constraint)) return true;
    e = pg.cause;
  }
  return false;
}

/** The default document store: rows of generated_documents, content and metadata as JSONB. */
export function postgresDocumentStore(db: DbOrTx): DocumentStore {
  const byId = async (id: string) => {
    const [row] = await db.select().from(generatedDocuments).where(eq(generatedDocuments.id, id)).limit(1);
    return row ? toStored(row) : null;
  };
  const byKey = async (key: string) => {
    const [row] = await db.select().from(generatedDocuments).where(eq(generatedDocuments.idempotencyKey, key)).limit(1);
    return row ? toStored(row) : null;
  };

  return {
    name: 'postgres',

    async createVersion(input: NewVersion) {
      if (input.idempotencyKey) {
        const existing = await byKey(input.idempotencyKey);
        if (existing) return { version: existing, created: false };
      }
      const parent = input.parentId ? await byId(input.parentId) : null;
      if (input.parentId && !parent) throw new Error(`parent version ${input.parentId} does not exist`);
      // Two edits saved at once both read the same max(version): the loser retries with the next number.
      for (let attempt = 0; ; attempt++) {
        const id = randomUUID();
        const rootId = parent?.documentId ?? id;
        try {
          const [row] = await db
            .insert(generatedDocuments)
            .values({
              id,
              userId: input.userId,
              jobId: input.jobId,
              applicationId: input.applicationId,
              kind: input.kind,
              templateId: input.templateId,
              version: parent
                ? sql`(SELECT coalesce(max(${generatedDocuments.version}), 0) + 1 FROM ${generatedDocuments} WHERE ${generatedDocuments.rootDocumentId} = ${rootId})`
                : 1,
              parentDocumentId: parent?.id ?? null,
              rootDocumentId: rootId,
              status: input.status,
              content: input.content,
              metadata: input.metadata,
              idempotencyKey: input.idempotencyKey,
            })
            .returning();
          if (!row) throw new Error('insert returned no row');
          return { version: toStored(row), created: true };
        } catch (err) {
          if (input.idempotencyKey && isUniqueViolation(err, 'generated_documents_idempotency_key_unique')) {
            const existing = await byKey(input.idempotencyKey);
            if (existing) return { version: existing, created: false };
          }
          if (attempt < 5 && isUniqueViolation(err, 'generated_documents_root_version_unique')) continue;
          throw err;
        }
      }
    },

    getVersion: byId,

    async listDocuments(userId) {
      const rows = await db
        .selectDistinctOn([generatedDocuments.rootDocumentId])
        .from(generatedDocuments)
        .where(eq(generatedDocuments.userId, userId))
        .orderBy(generatedDocuments.rootDocumentId, desc(generatedDocuments.version));
      return rows.map(toStored).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    },

    async listVersions(documentId) {
      const rows = await db
        .select()
        .from(generatedDocuments)
        .where(eq(generatedDocuments.rootDocumentId, documentId))
        .orderBy(asc(generatedDocuments.version));
      return rows.map(toStored);
    },

    async setStatus(id, status: DocumentStatus) {
      const [row] = await db.update(generatedDocuments).set({ status }).where(eq(generatedDocuments.id, id)).returning();
      return row ? toStored(row) : null;
    },

    async deleteDocument(documentId) {
      const rows = await db
        .delete(generatedDocuments)
        .where(eq(generatedDocuments.rootDocumentId, documentId))
        .returning({ id: generatedDocuments.id });
      return rows.length;
    },

    async setApplication(id, applicationId) {
      const [row] = await db
        .update(generatedDocuments)
        .set({ applicationId })
        .where(eq(generatedDocuments.id, id))
        .returning();
      return row ? toStored(row) : null;
    },

    async recordExport(id, entry: DocumentExport) {
      // Appended in one statement, so concurrent downloads do not overwrite each other's entries.
      await db
        .update(generatedDocuments)
        .set({ exports: sql`${generatedDocuments.exports} || ${JSON.stringify([entry])}::jsonb` })
        .where(and(eq(generatedDocuments.id, id)));
    },

    async getDefaultTemplate(userId) {
      const [row] = await db
        .select({ templateId: documentTemplateDefaults.templateId })
        .from(documentTemplateDefaults)
        .where(eq(documentTemplateDefaults.userId, userId))
        .limit(1);
      return row?.templateId ?? null;
    },

    async setDefaultTemplate(userId, templateId) {
      await db
        .insert(documentTemplateDefaults)
        .values({ userId, templateId })
        .onConflictDoUpdate({ target: documentTemplateDefaults.userId, set: { templateId, updatedAt: new Date() } });
    },
  };
}
