import { withCappedBody } from '@/server/api/body-limit';
import { getAuthSecret } from '@/server/auth/secret';
import { getDatabase } from '@/server/db';
import { unsubscribeResponse } from '@/server/services/alerts/unsubscribe-response';

export const dynamic = 'force-dynamic';

/** A confirmation form or an RFC 8058 one-click body is a few bytes; a longer one is not read past this. */
const MAX_BODY = 1024;

/** The alert mail's unsubscribe link (GET: leads to a page that asks), its form and RFC 8058 one-click (POST). */
async function handle(request: Request): Promise<Response> {
  const capped = withCappedBody(request, MAX_BODY, () => new Error('unsubscribe body too large'));
  return unsubscribeResponse((await getDatabase()).db, getAuthSecret(), capped);
}

export const GET = handle;
export const POST = handle;
