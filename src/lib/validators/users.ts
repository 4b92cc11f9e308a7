import { z } from 'zod';
import { USER_ROLES } from './enums';

/**
 * Passwords follow NIST SP 800-63B's length-first advice: a passphrase of 15 or more characters
 * needs nothing else; a shorter one (8 to 14) must mix lower and upper case, a number and a symbol
 * (any character other than an ASCII letter or digit). Either way, the few passwords every
 * attacker tries first are refused. One message per missing class, so the form says exactly what
 * is wrong.
 */
export const PASSPHRASE_LENGTH = 15;

/** The rule in words, shown beside every new-password field (sign-up, change, reset). */
export const PASSWORD_RULE_HINT = `A passphrase of ${PASSPHRASE_LENGTH} or more characters, or 8–${PASSPHRASE_LENGTH - 1} characters mixing upper and lower case, a number and a symbol.`;

/** The most common passwords that pass the mix rule (from public breach-frequency lists). */
const COMMON_PASSWORDS = new Set(
  [
    'password1!',
    'password123!',
    'passw0rd!',
    'p@ssw0rd',
    'p@ssw0rd1',
    'p@ssword1',
    'welcome1!',
    'welcome123!',
    'qwerty123!',
    'qwerty1!',
    'abc123!@#',
    'admin123!',
    'letmein1!',
    'iloveyou1!',
    'changeme1!',
    'summer2024!',
    'winter2024!',
    'spring2025!',
    'autumn2025!',
  ].map((p) => p.toLowerCase()),
);

const MIX_RULES: [RegExp, string][] = [
  [/[a-z]/, 'Password must contain a lowercase letter.'],
  [/[A-Z]/, 'Password must contain an uppercase letter.'],
  [/\d/, 'Password must contain a number.'],
  [/[^A-Za-z0-9]/, 'Password must contain a symbol or a space (any character other than a letter or a number).'],
];

export const passwordSchema = z
  .string()
  .min(8, 'Password must be at least 8 characters.')
  .max(128, 'Password must be at most 128 characters.')
  .superRefine((value, ctx) => {
    if (COMMON_PASSWORDS.has(value.toLowerCase())) {
      ctx.addIssue({ code: 'custom', message: 'This password is one of the most common ones. Choose another.' });
      return;
    }
    if (value.length >= PASSPHRASE_LENGTH) return;
    for (const [pattern, message] of MIX_RULES) {
      if (!pattern.test(value)) {
        ctx.addIssue({ code: 'custom', message: `${message} (Or use ${PASSPHRASE_LENGTH} or more characters.)` });
        return;
      }
    }
  });

const nameSchema = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(100, `${label} must be at most 100 characters.`);

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
export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Current password is required.').max(128, 'Password must be at most 128 characters.'),
  newPassword: passwordSchema,
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
