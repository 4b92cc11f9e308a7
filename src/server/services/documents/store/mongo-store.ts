import { randomUUID } from 'node:crypto';
import { MongoClient, MongoServerError, type Collection, type Db } from 'mongodb';
import type { DocumentStore, NewVersion, StoredVersion } from './types';

/** A version as a MongoDB document: the stored fields, with the version id as `_id`. */
type VersionDoc = Omit<StoredVersion, 'id'> & { _id: string };
interface SettingsDoc {
  _id: string;
  defaultTemplateId: string;
  updatedAt: Date;
}

const toStored = ({ _id, ...rest }: VersionDoc): StoredVersion => ({ id: _id, ...rest });

/** The design's indexes, plus the two that keep versions and retries unique. Idempotent. */
export async function ensureMongoIndexes(db: Db): Promise<void> {
  const versions = db.collection<VersionDoc>('generated_documents');
  await versions.createIndexes([
    { key: { userId: 1, kind: 1, createdAt: -1 }, name: 'user_kind_created' },
    { key: { jobId: 1, kind: 1 }, name: 'job_kind' },
    { key: { status: 1, createdAt: -1 }, name: 'status_created' },
    { key: { documentId: 1, version: 1 }, name: 'document_version_unique', unique: true },
    {
      key: { idempotencyKey: 1 },
      name: 'idempotency_key_unique',
      unique: true,
      partialFilterExpression: { idempotencyKey: { $type: 'string' } },
    },
  ]);
}

const isDuplicateKey = (err: unknown, index: string) =>
  err instanceof MongoServerError && err.code === 11000 && String(err.message).includes(index);

/** The same contract as the PostgreSQL store, on the official driver. */
export function mongoDocumentStore(db: Db): DocumentStore {
  const versions: Collection<VersionDoc> = db.collection<VersionDoc>('generated_documents');
  const settings: Collection<SettingsDoc> = db.collection<SettingsDoc>('document_settings');
  const byId = async (id: string) => {
    const doc = await versions.findOne({ _id: id });
    return doc ? toStored(doc) : null;
  };
  const byKey = async (key: string) => {
    const doc = await versions.findOne({ idempotencyKey: key });
    return doc ? toStored(doc) : null;
  };

  return {
    name: 'mongodb',

    async createVersion(input: NewVersion) {
      if (input.idempotencyKey) {
        const existing = await byKey(input.idempotencyKey);
        if (existing) return { version: existing, created: false };
      }
      const parent = input.parentId ? await byId(input.parentId) : null;
      if (input.parentId && !parent) throw new Error(`parent version ${input.parentId} does not exist`);
      for (let attempt = 0; ; attempt++) {
        const id = randomUUID();
        const documentId = parent?.documentId ?? id;
        const latest = parent
          ? await versions.find({ documentId }).sort({ version: -1 }).limit(1).next()
          : null;
        const doc: VersionDoc = {
          _id: id,
          userId: input.userId,
          jobId: input.jobId,
          applicationId: input.applicationId,
          kind: input.kind,
          templateId: input.templateId,
          version: (latest?.version ?? 0) + 1,
          parentId: parent?.id ?? null,
          documentId,
          status: input.status,
          content: input.content,
          metadata: input.metadata,
          exports: [],
          idempotencyKey: input.idempotencyKey,
          createdAt: new Date(),
        };
        try {
          await versions.insertOne(doc);
          return { version: toStored(doc), created: true };
        } catch (err) {
          if (input.idempotencyKey && isDuplicateKey(err, 'idempotency_key_unique')) {
            const existing = await byKey(input.idempotencyKey);
            if (existing) return { version: existing, created: false };
          }
          if (attempt < 5 && isDuplicateKey(err, 'document_version_unique')) continue;
          throw err;
        }
      }
    },

    getVersion: byId,

    async listDocuments(userId) {
      const latest = await versions
        .aggregate<VersionDoc>([
          { $match: { userId } },
          { $sort: { version: -1 } },
          { $group: { _id: '$documentId', doc: { $first: '$$ROOT' } } },
          { $replaceRoot: { newRoot: '$doc' } },
          { $sort: { createdAt: -1 } },
        ])
        .toArray();
      return latest.map(toStored);
    },

    async listVersions(documentId) {
      return (await versions.find({ documentId }).sort({ version: 1 }).toArray()).map(toStored);
    },

    async setStatus(id, status) {
      const doc = await versions.findOneAndUpdate({ _id: id }, { $set: { status } }, { returnDocument: 'after' });
      return doc ? toStored(doc) : null;
    },

    async deleteDocument(documentId) {
      return (await versions.deleteMany({ documentId })).deletedCount;
    },

    async setApplication(id, applicationId) {
      const doc = await versions.findOneAndUpdate({ _id: id }, { $set: { applicationId } }, { returnDocument: 'after' });
      return doc ? toStored(doc) : null;
    },

    async recordExport(id, entry) {
      await versions.updateOne({ _id: id }, { $push: { exports: entry } });
    },

    async getDefaultTemplate(userId) {
      return (await settings.findOne({ _id: userId }))?.defaultTemplateId ?? null;
    },

    async setDefaultTemplate(userId, templateId) {
      await settings.updateOne(
        { _id: userId },
        { $set: { defaultTemplateId: templateId, updatedAt: new Date() } },
        { upsert: true },
      );
    },
  };
}

/** Connects, creates the indexes, and returns the store with a way to close the client. */
export async function connectMongoDocumentStore(
  uri: string,
  dbName?: string,
): Promise<{ store: DocumentStore; db: Db; close: () => Promise<void> }> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5_000 });
  await client.connect();
  const db = client.db(dbName);
  await ensureMongoIndexes(db);
  return { store: mongoDocumentStore(db), db, close: () => client.close() };
}
