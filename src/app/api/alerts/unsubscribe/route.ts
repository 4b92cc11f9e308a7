import { getAuthSecret } from '@/server/auth/secret';
import { getDatabase } from '@/server/db';
import { unsubscribeResponse } from '@/server/services/alerts/unsubscribe-response';

export const dynamic = 'force-dynamic';

/** The alert mail's one-click unsubscribe link (GET) and RFC 8058 List-Unsubscribe-Post (POST). */
async function handle(request: Request): Promise<Response> {
  return unsubscribeResponse((await getDatabase()).db, getAuthSecret(), request);
}

export const GET = handle;
export const POST = handle;
