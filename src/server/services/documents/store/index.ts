import { env } from '@/env';
import type { DbOrTx } from '@/server/db';
import { logger } from '@/server/logger';
import { connectMongoDocumentStore } from './mongo-store';
import { postgresDocumentStore } from './postgres-store';
import type { DocumentStore } from './types';

export type { DocumentStore, NewVersion, StoredVersion } from './types';

const globalForStore = globalThis as unknown as { __gmjMongoDocuments?: Promise<DocumentStore> };
let announced = false;

/**
 * The document store, chosen from the environment: MongoDB when MONGODB_URI is set (one client
 * per process, its indexes created on first use), otherwise the PostgreSQL JSONB tables of `db`.
 */
export async function getDocumentStore(db: DbOrTx): Promise<DocumentStore> {
  if (!env.MONGODB_URI) {
    if (!announced) logger.info({ adapter: 'postgres' }, 'document store selected');
    announced = true;
    return postgresDocumentStore(db);
  }
  const uri = env.MONGODB_URI;
  globalForStore.__gmjMongoDocuments ??= connectMongoDocumentStore(uri).then(({ store }) => {
    logger.info({ adapter: 'mongodb' }, 'document store selected');
    return store;
  });
  // A failed first connection is not cached: the next request tries again.
  globalForStore.__gmjMongoDocuments.catch(() => {
    globalForStore.__gmjMongoDocuments = undefined;
  });
  return globalForStore.__gmjMongoDocuments;
}
