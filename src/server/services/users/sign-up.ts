/**
 * Creates an account without telling anyone whether the address was already registered (OWASP
 * account enumeration): a new and an existing address get the same answer, and each path hashes
 * the password, writes once and sends one mail: the new account its verification link, an
 * existing owner a notice that someone tried to sign up with their address. The existing account
 * is not touched. The welcome workflow runs after the new row is committed.
 */
import { users } from '@/server/db/schema';
import type { Database } from '@/server/db';
import { hashPassword } from '@/server/auth/password';
import { logger } from '@/server/logger';
import { dispatch } from '@/server/workflows/dispatch';
import { signUpInput, type SignUpInput } from '@/lib/validators/users';
import { sendVerificationLink, type LinkMail } from '../account/email-verification';
import { assertPasswordHardToGuess } from '../security/password-strength';

export async function signUp(db: Database, rawInput: SignUpInput, mail: LinkMail): Promise<{ email: string }> {
  const input = signUpInput.parse(rawInput);
  // Before anything that differs between a new and an existing address.
  await assertPasswordHardToGuess(input.password, 'password', input);
  // Hashed on both paths, so an existing address does not answer sooner than a new one.
  const passwordHash = await hashPassword(input.password);
  // The unique email decides, race included: the second of two racing sign-ups is "existing".
  const [created] = await db
    .insert(users)
    .values({
      email: input.email,
      passwordHash,
      firstName: input.firstName,
      lastName: input.lastName,
      professionalHeadline: input.professionalHeadline ?? null,
      role: input.role,
    })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, firstName: users.firstName });
  if (created) {
    await dispatch(db, 'user/signed-up', { userId: created.id, firstName: created.firstName });
    // The account exists either way; a mail failure is logged, and the account page offers a resend.
    await sendVerificationLink(db, created.id, mail).catch((err: unknown) =>
      logger.error({ err }, 'verification mail not sent'),
    );
  } else {
    await tellOwner(input.email, mail).catch((err: unknown) => logger.error({ err }, 'sign-up notice not sent'));
  }
  return { email: input.email };
}

async function tellOwner(email: string, { mailer, appUrl }: LinkMail): Promise<void> {
  await mailer.send({
    to: email,
    subject: 'Someone tried to sign up with your address',
    text: [
      'Hello,',
      '',
      `Someone tried to sign up with your address (${email}) on GiveMeJobs. You already have an account with it.`,
      '',
      `If it was you: sign in at ${appUrl}/sign-in, or reset your password at ${appUrl}/forgot-password.`,
      '',
      'If it was not you, you can ignore this mail: nothing was changed on your account.',
    ].join('\n'),
  });
}
