/**
 * No alert mail to an unverified address: sign-up mails a verification link (services/account),
 * and until it is followed the digest reaches the seeker in the app only. Mail to an address nobody
 * confirmed would be mail to a stranger, and it hurts the sender's reputation.
 */
export const ALERT_MAIL_REQUIRES_VERIFIED_EMAIL = true;

export interface MailRecipient {
  emailVerified: boolean;
}

export function mayReceiveAlertMail(
  user: MailRecipient,
  requireVerified = ALERT_MAIL_REQUIRES_VERIFIED_EMAIL,
): boolean {
  return !requireVerified || user.emailVerified;
}
