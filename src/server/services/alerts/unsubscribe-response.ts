/**
 * GET and POST /api/alerts/unsubscribe?token=…, as Web Request -> Response (the route file only
 * supplies the database).
 *   GET   the link in the mail: leads to a page that asks (/alerts/unsubscribe), and changes nothing.
 *         Mail scanners and link previews open every link in a message; a GET that unsubscribed
 *         turned alerts off that nobody asked to stop.
 *   POST  that page's button (303 to a page saying the alerts are off), or a mail client's RFC 8058
 *         one-click (body "List-Unsubscribe=One-Click", answered 200).
 * A token that does not verify: 400, nothing changed.
 */
import type { DbOrTx } from '@/server/db';
import { isAppError } from '@/server/errors';
import { unsubscribeWithToken } from './unsubscribe';
import { verifyUnsubscribeToken } from './unsubscribe-token';

const NO_STORE = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };
/** The body, or '' when it cannot be read (the route caps it at a few bytes: a form or a one-click request). */
const bodyText = (request: Request) => request.text().catch(() => '');

const invalid = () =>
  new Response('This unsubscribe link is not valid. Sign in and manage your alerts at /alerts.\n', {
    status: 400,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE },
  });

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, ...NO_STORE } });

export async function unsubscribeResponse(db: DbOrTx, secret: string, request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if (request.method !== 'POST') {
    if (!verifyUnsubscribeToken(secret, token)) return invalid();
    return seeOther(`/alerts/unsubscribe?token=${encodeURIComponent(token)}`);
  }
  const body = await bodyText(request);
  try {
    const outcome = await unsubscribeWithToken(db, secret, token);
    if (body.includes('List-Unsubscribe=One-Click')) {
      return new Response(`Unsubscribed (${outcome.replace('_', ' ')}).\n`, {
        status: 200,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NO_STORE },
      });
    }
    return seeOther(`/alerts/unsubscribed?result=${outcome}`);
  } catch (err) {
    if (!isAppError(err) || err.code !== 'VALIDATION_ERROR') throw err;
    return invalid();
  }
}
