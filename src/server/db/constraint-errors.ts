import { AppError } from '@/server/errors';

/**
 * Human messages for named constraints. A violation that reaches the database
 * (a service forgot to validate, or two requests raced) still answers with a
 * typed error instead of a 500.
 */
const CONSTRAINT_MESSAGES: Record<string, { field?: string; message: string }> = {
  users_email_unique: { field: 'email', message: 'An account with this email already exists.' },
  users_email_format: { field: 'email', message: 'Enter a valid email address.' },
  users_email_lowercase: { field: 'email', message: 'Email must be stored in lower case.' },
  users_name_not_empty: { field: 'firstName', message: 'First and last name must not be empty.' },
  skills_user_name_category_unique: { field: 'name', message: 'You already have this skill in this category.' },
  skills_proficiency_range: { field: 'proficiencyLevel', message: 'Proficiency must be between 1 and 5.' },
  skills_years_range: { field: 'yearsOfExperience', message: 'Years of experience must be between 0 and 50.' },
  skills_endorsements_nonnegative: { field: 'endorsements', message: 'Endorsements cannot be negative.' },
  skills_name_not_empty: { field: 'name', message: 'Skill name must not be empty.' },
  jobs_source_external_id_unique: { field: 'externalId', message: 'This job was already imported from this source.' },
  jobs_salary_range: { field: 'salaryMax', message: 'Maximum salary must be at least the minimum salary.' },
  jobs_salary_has_currency: { field: 'salaryCurrency', message: 'A salary needs a currency and a period.' },
  applications_user_job_unique: { field: 'jobId', message: 'You already track this job.' },
  job_match_scores_user_job_unique: { message: 'A score for this user and job already exists.' },
  experience_has_content: { field: 'title', message: 'Give the role a title or a company.' },
  education_has_content: { field: 'degree', message: 'Give a degree or an institution.' },
  companies_slug_unique: { field: 'slug', message: 'A company with this name already exists.' },
};

interface PgLikeError {
  code?: string;
  constraint?: string;
  constraint_name?: string;
  column?: string;
  column_name?: string;
  message?: string;
  cause?: unknown;
}

/** Finds the driver error (postgres.js or PGlite) inside drizzle's wrapper, if any. */
function findPgError(err: unknown): PgLikeError | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const candidate = current as PgLikeError;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** Maps integrity-constraint and bad-input SQLSTATEs to AppError; returns undefined otherwise. */
export function constraintViolationToAppError(err: unknown): AppError | undefined {
  const pg = findPgError(err);
  if (!pg?.code) return undefined;
  const constraint = pg.constraint ?? pg.constraint_name;
  const known = constraint ? CONSTRAINT_MESSAGES[constraint] : undefined;
  const fields = known?.field ? { [known.field]: [known.message] } : undefined;
  const details = { constraint, fields };
  switch (pg.code) {
    case '23505':
      return new AppError('CONFLICT', known?.message ?? 'This record already exists.', details, { cause: err });
    case '23514':
      return new AppError('VALIDATION_ERROR', known?.message ?? `Invalid value (${constraint ?? 'check'}).`, details, {
        cause: err,
      });
    case '23503':
      return new AppError('NOT_FOUND', 'A referenced record does not exist.', details, { cause: err });
    case '23502': {
      const column = pg.column ?? pg.column_name;
      return new AppError('VALIDATION_ERROR', `${column ?? 'A required field'} is required.`, details, { cause: err });
    }
    case '22P02':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
      return new AppError('VALIDATION_ERROR', 'A value has the wrong format or is out of range.', details, {
        cause: err,
      });
    default:
      return undefined;
  }
}
