/** Why /me sent the user to sign in again; the page shows the matching notice. */
export const SIGNED_OUT_NOTICES = {
  'password-changed':
    'Your password was changed and you were signed out of every device. Sign in with your new password.',
  'signed-out-everywhere': 'You were signed out of every device. Sign in again to continue.',
} as const;

export type SignedOutReason = keyof typeof SIGNED_OUT_NOTICES;

export const signedOutPath = (reason: SignedOutReason): string =>
  `/me/signed-out?reason=${reason}&callbackUrl=${encodeURIComponent('/me')}`;

export const noticeFor = (reason: string | undefined): string =>
  reason && Object.hasOwn(SIGNED_OUT_NOTICES, reason)
    ? SIGNED_OUT_NOTICES[reason as SignedOutReason]
    : 'You were signed out. Sign in again to continue.';
