import { z } from 'zod';
import { USER_ROLES } from './enums';

/**
 * Passwords follow NIST SP 800-63B: at least 8 characters (up to 128, any characters, spaces
 * included) and no composition rules. What protects a short password is the server's check
 * against what attackers try first (services/security/password-strength.ts: common passwords,
 * words, patterns and the account's own names), which needs a 2 MB dictionary that no browser
 * should download: this schema, shared with the forms, checks the length only.
 */
export const PASSWORD_MIN_LENGTH = 8;

/** The rule in words, shown beside every new-password field (sign-up, change, reset). */
export const PASSWORD_RULE_HINT = `At least ${PASSWORD_MIN_LENGTH} characters, any you like. Longer is stronger: a few unrelated words make a good one. Common passwords and patterns are refused.`;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(128, 'Password must be at most 128 characters.');

const nameSchema = (label: string) =>
  z.string().trim().min(1, `${label} is required.`).max(100, `${label} must be at most 100 characters.`);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(255, 'Email must be at most 255 characters.')
  .pipe(z.email('Enter a valid email address.'));

const headlineSchema = z
  .string()
  .trim()
  .max(255, 'Headline must be at most 255 characters.')
  .transform((v) => (v === '' ? null : v));

export const signUpInput = z.object({
  email: emailSchema,
  password: passwordSchema,
  firstName: nameSchema('First name'),
  lastName: nameSchema('Last name'),
  professionalHeadline: headlineSchema.nullish(),
  /** Admins are made by an operator, never by sign-up. */
  role: z.enum(['seeker', 'recruiter']).default('seeker'),
});
export type SignUpInput = z.input<typeof signUpInput>;

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Password is required.').max(128, 'Password must be at most 128 characters.'),
});

export const updateProfileInput = z
  .object({
    firstName: nameSchema('First name'),
    lastName: nameSchema('Last name'),
    professionalHeadline: headlineSchema.nullable(),
  })
  .partial()
  // Values, not keys: `{ firstName: undefined }` (superjson carries undefined) has a key and nothing to set.
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'Nothing to update.');
export type UpdateProfileInput = z.input<typeof updateProfileInput>;

/** What a signed-in user may see of their own account. Never the password hash. */
export const meOutput = z.object({
  id: z.uuid(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  professionalHeadline: z.string().nullable(),
  role: z.enum(USER_ROLES),
  emailVerified: z.boolean(),
  mfaEnabled: z.boolean(),
  createdAt: z.date(),
  lastLogin: z.date().nullable(),
});
export type MeOutput = z.infer<typeof meOutput>;

/**
 * The same for a new and an already registered address (no account enumeration): the page then
 * signs in with the password just chosen, which only works for the account just made.
 */
export const signUpOutput = z.object({ email: z.string() });

/** Changing the password ends every session, this one included: the client signs in again. */
export const changePasswordInput = z
  .object({
    currentPassword: z
      .string()
      .min(1, 'Current password is required.')
      .max(128, 'Password must be at most 128 characters.'),
    newPassword: passwordSchema,
  })
  // The same password again would sign every device out for a change that changes nothing.
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a new password that differs from your current one.',
  });
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

/** The token of an emailed unlock link (base64url of 32 random bytes). */
export const unlockSignInInput = z.object({
  token: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{20,200}$/, 'This unlock link is not valid. Open the link from the email as it is.'),
});

export const sessionsEndedOutput = z.object({ sessionsEnded: z.literal(true) });
export const unlockSignInOutput = z.object({ unlocked: z.literal(true) });
