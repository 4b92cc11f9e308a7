/**
 * Secrets the server must read back (the TOTP key) are stored sealed: AES-256-GCM under a key
 * derived with HKDF-SHA256 from the auth secret (NEXTAUTH_SECRET, or the generated one), so a
 * copy of the database alone does not hand out anyone's second factor. The row's id is bound in
 * as associated data: a sealed value moved to another row does not open.
 * Changing the auth secret makes sealed values unreadable (the owner sets two-step sign-in up
 * again with a recovery code); that is the price of keeping one secret to guard.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { getAuthSecret } from './secret';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const keys = new Map<string, Buffer>();

function keyFor(purpose: string, secret: string): Buffer {
  const id = `${purpose}\0${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'givemejobs secret box', `${VERSION}:${purpose}`, 32));
    keys.set(id, key);
  }
  return key;
}

export interface SealContext {
  /** What the value is for: a separate key per purpose. */
  purpose: string;
  /** The row it belongs to (bound as associated data). */
  boundTo: string;
}

/** `v1.<base64url iv|ciphertext|tag>` */
export function seal(plain: string, { purpose, boundTo }: SealContext, secret = getAuthSecret()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyFor(purpose, secret), iv);
  cipher.setAAD(Buffer.from(boundTo));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
}

export const isSealed = (value: string): boolean => value.startsWith(`${VERSION}.`);

/** The plain text, or throws when the value was tampered with, moved, or sealed under another secret. */
export function unseal(sealed: string, { purpose, boundTo }: SealContext, secret = getAuthSecret()): string {
  if (!isSealed(sealed)) throw new Error('Not a sealed value.');
  const raw = Buffer.from(sealed.slice(VERSION.length + 1), 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('Sealed value is truncated.');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose, secret), raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(boundTo));
  decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString(
    'utf8',
  );
}
