/**
 * NIST SP 800-63B's password checks, server side: no composition rules (no "needs a symbol");
 * instead every new password is compared against what attackers try first. zxcvbn-ts (Dropbox's
 * estimator, kept up as TypeScript) matches it against a list of ~49,000 common passwords, common
 * words, keyboard walks, dates, repeats and their l33t or appended-digit variants, and estimates
 * the guesses needed; under 10^6 (its score 0 or 1) is refused. So are passwords built from the
 * account's own email, names or the site's name. The dictionaries (~2 MB) load on the first
 * check, never into a browser bundle: the forms check the length, the server says the rest.
 */
import { AppError } from '@/server/errors';

/** zxcvbn's scores: 0-1 fall to under a million guesses (a rate-limited online attack's reach). */
const MIN_SCORE = 2;
/** Longer passwords are estimated on their first 64 characters: the estimate's cost grows with length. */
const MAX_CHECKED_LENGTH = 64;
const SITE_WORDS = ['givemejobs', 'give me jobs', 'jobs'];

type Checker = { check: (password: string, userInputs?: string[]) => { score: number } };
let checker: Promise<Checker> | null = null;

function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, site: SITE_WORDS },
        graphs: common.adjacencyGraphs,
        maxLength: MAX_CHECKED_LENGTH,
      }),
  );
  return checker;
}

export const GUESSABLE_PASSWORD_MESSAGE =
  'This password is too easy to guess: it is, or is built from, a common password, word, name or pattern. A few unrelated words make a strong one.';

/** The account's own words, which an attacker who knows the account tries first. */
function accountWords(context: { email?: string; firstName?: string; lastName?: string }): string[] {
  const local = context.email?.split('@')[0] ?? '';
  return [local, ...local.split(/[._+-]+/), context.firstName ?? '', context.lastName ?? ''].filter(
    (w) => w.length >= 3,
  );
}

/** Throws a field error on `field` when the password is among the first an attacker would try. */
export async function assertPasswordHardToGuess(
  password: string,
  field: string,
  context: { email?: string; firstName?: string; lastName?: string } = {},
): Promise<void> {
  const result = (await loadChecker()).check(password, accountWords(context));
  if (result.score >= MIN_SCORE) return;
  throw new AppError('VALIDATION_ERROR', GUESSABLE_PASSWORD_MESSAGE, {
    fields: { [field]: [GUESSABLE_PASSWORD_MESSAGE] },
    reason: 'guessable_password',
  });
}
