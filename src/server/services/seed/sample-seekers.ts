/**
 * Generated job seekers, so platform averages and the success model have a population to learn
 * from on a fresh install. They are plainly labelled ("Sample Seeker 001"), live on the
 * reserved .invalid domain, have no verified email, receive no alerts, and cannot sign in: their
 * password hash is not a hash at all, so every verification fails.
 */
import type { preferences, users } from '@/server/db/schema';

export const SAMPLE_SEEKER_DOMAIN = 'example.invalid';
/** Not an argon2 string: verifyPassword() rejects it for any password. */
export const NO_LOGIN_PASSWORD_HASH = '!sample-seeker-cannot-sign-in';

export const sampleSeekerEmail = (index: number) =>
  `sample-seeker-${String(index + 1).padStart(3, '0')}@${SAMPLE_SEEKER_DOMAIN}`;

export function sampleSeekerUser(index: number, createdAt: Date): typeof users.$inferInsert {
  return {
    email: sampleSeekerEmail(index),
    passwordHash: NO_LOGIN_PASSWORD_HASH,
    firstName: 'Sample',
    lastName: `Seeker ${String(index + 1).padStart(3, '0')}`,
    professionalHeadline: 'Generated sample seeker (platform analytics)',
    role: 'seeker',
    emailVerified: false,
    createdAt,
  };
}

export function sampleSeekerPreferences(userId: string, salaryMin: number | null): typeof preferences.$inferInsert {
  return { userId, salaryMin, salaryCurrency: 'USD', salaryPeriod: 'year', alertFrequency: 'off' };
}
