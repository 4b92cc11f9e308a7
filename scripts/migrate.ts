/** `npm run db:migrate`: applies drizzle/ to DATABASE_URL, or to the embedded database when unset. */
import { env } from '@/env';
import { connectPglite, connectPostgres } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import { logger } from '@/server/logger';

const handle = env.DATABASE_URL ? await connectPostgres(env.DATABASE_URL, { max: 1 }) : await connectPglite(env.PGLITE_DIR);
const started = Date.now();
await runMigrations(handle);
logger.info({ mode: handle.mode, ms: Date.now() - started }, 'migrations applied');
await handle.close();
