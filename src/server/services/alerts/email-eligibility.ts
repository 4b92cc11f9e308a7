/**
 * The check hook for "no alert mail to an unverified address". Sign-up does not verify addresses
 * yet, so every account is unverified and enforcing it would silence all alert mail: it is off.
 * Turn ALERT_MAIL_REQUIRES_VERIFIED_EMAIL on once verification ships (users.email_verified /
 * email_verified_at are the columns it reads); the in-app notification is sent either way.
 */
export const ALERT_MAIL_REQUIRES_VERIFIED_EMAIL = false;

export interface MailRecipient {
  emailVerified: boolean;
}

export function mayReceiveAlertMail(
  user: MailRecipient,
  requireVerified = ALERT_MAIL_REQUIRES_VERIFIED_EMAIL,
): boolean {
  return !requireVerified || user.emailVerified;
}
