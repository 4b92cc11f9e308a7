/**
 * The one-click unsubscribe link's token: the saved search id and its owner's id, signed with an
 * HMAC under a key derived from the app secret for this purpose only (so the token can neither be
 * forged nor used as anything else). It authorizes exactly one thing: turning that saved search's
 * alerts off.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'givemejobs:alert-unsubscribe:v1';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN = new RegExp(`^(${UUID})\\.(${UUID})\\.([A-Za-z0-9_-]{43})$`);

export interface UnsubscribeClaim {
  savedSearchId: string;
  userId: string;
}

const mac = (secret: string, claim: UnsubscribeClaim): Buffer => {
  const key = createHmac('sha256', secret).update(PURPOSE).digest();
  return createHmac('sha256', key).update(`${claim.savedSearchId}:${claim.userId}`).digest();
};

export function signUnsubscribeToken(secret: string, claim: UnsubscribeClaim): string {
  return `${claim.savedSearchId}.${claim.userId}.${mac(secret, claim).toString('base64url')}`;
}

/** The claim of a token this app signed, or null for anything else. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeClaim | null {
  const m = TOKEN.exec(token);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const claim = { savedSearchId: m[1], userId: m[2] };
  const given = Buffer.from(m[3], 'base64url');
  const expected = mac(secret, claim);
  return given.length === expected.length && timingSafeEqual(given, expected) ? claim : null;
}
