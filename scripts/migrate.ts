/** `npm run db:migrate`: applies drizzle/ to DATABASE_URL, or to the embedded database when unset. */
import { openMigratedDatabase } from '@/server/db/open';
import { logger } from '@/server/logger';
import { sealPlainMfaSecrets } from '@/server/services/account/mfa-secret';

const started = Date.now();
const handle = await openMigratedDatabase();
logger.info({ mode: handle.mode, ms: Date.now() - started }, 'migrations applied');
// TOTP keys stored before they were sealed at rest (the first use seals one too).
const sealed = await sealPlainMfaSecrets(handle.db);
if (sealed > 0) logger.info({ sealed }, 'plain TOTP keys sealed');
await handle.close();
