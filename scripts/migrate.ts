/** `npm run db:migrate`: applies drizzle/ to DATABASE_URL, or to the embedded database when unset. */
import { openMigratedDatabase } from '@/server/db/open';
import { logger } from '@/server/logger';

const started = Date.now();
const handle = await openMigratedDatabase();
logger.info({ mode: handle.mode, ms: Date.now() - started }, 'migrations applied');
await handle.close();
