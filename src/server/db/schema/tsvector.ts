import { customType } from 'drizzle-orm/pg-core';

/** PostgreSQL full-text document; written by a generated column, never by the app. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});
