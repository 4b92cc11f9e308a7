/**
 * GET and POST /api/alerts/unsubscribe?token=…, as Web Request -> Response (the route file only
 * supplies the database): GET is the link in the mail, answered with a redirect to a page saying
 * the alerts are off; POST is a mail client's RFC 8058 one-click (body
 * "List-Unsubscribe=One-Click"), answered 200. A token that does not verify: 400, nothing changed.
 */
import type { DbOrTx } from '@/server/db';
import { isAppError } from '@/server/errors';
import { unsubscribeWithToken } from './unsubscribe';

const NO_STORE = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };

export async function unsubscribeResponse(db: DbOrTx, secret: string, request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  try {
    const outcome = await unsubscribeWithToken(db, secret, token);
    if (request.method === 'POST') {
      return new Response(`Unsubscribed (${outcome.replace('_', ' ')}).\n`, {
        status: 200,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE },
      });
    }
    return new Response(null, {
      status: 303,
      headers: { Location: `/alerts/unsubscribed?result=${outcome}`, ...NO_STORE },
    });
  } catch (err) {
    if (!isAppError(err) || err.code !== 'VALIDATION_ERROR') throw err;
    return new Response('This unsubscribe link is not valid. Sign in and manage your alerts at /alerts.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE },
    });
  }
}
