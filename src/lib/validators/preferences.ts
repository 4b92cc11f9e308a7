/** What a seeker is looking for (the profile's preferences form), as its procedure takes it. */
import { z } from 'zod';
import { toAnnualUsd } from '../annual-salary';
import { ALERT_FREQUENCIES, CURRENCIES, JOB_TYPES, REMOTE_TYPES, SALARY_PERIODS } from './enums';
import { optionalText } from './optional-text';
import { PREFERENCE_MUST_HAVES } from './preference-must-haves';

/** The highest expectation a search or a match filter takes (their salaryMin), as whole USD a year. */
export const MAX_EXPECTED_ANNUAL_USD = 10_000_000;
/** An integer column's range, well above MAX_EXPECTED_ANNUAL_USD in every currency taken (JPY ~1.5e9). */
const MAX_STORED_AMOUNT = 2_000_000_000;
const TOO_MUCH_PAY = 'That is more than 10,000,000 USD a year: check the amount and the pay period.';

export const preferencesInput = z
  .object({
    locations: z
      .array(z.string().trim().min(1).max(100, 'Each location must be at most 100 characters.'))
      .max(10, 'At most 10 locations.')
      .default([]),
    remoteTypes: z.array(z.enum(REMOTE_TYPES)).default([]),
    jobTypes: z.array(z.enum(JOB_TYPES)).default([]),
    salaryMin: z.coerce
      .number()
      // Cents, as stored: an hourly rate is often $42.50 (whole numbers only had refused it).
      .multipleOf(0.01, 'Use at most two decimals, such as 42.50.')
      .min(0, 'Salary cannot be negative.')
      // The stored column's bound; the refinement below is the one a person meets (it knows the currency).
      .max(MAX_STORED_AMOUNT, TOO_MUCH_PAY)
      .nullish()
      .transform((v) => v ?? null),
    salaryCurrency: z.enum(CURRENCIES).default('USD'),
    salaryPeriod: z.enum(SALARY_PERIODS).default('year'),
    careerGoals: optionalText('Career goals', 2000),
    alertFrequency: z.enum(ALERT_FREQUENCIES).default('weekly'),
    /** Preferences that filter matches; the others only rank them. */
    mustHaves: z.array(z.enum(PREFERENCE_MUST_HAVES)).default([]),
    /** Other places rank lower instead of being filtered out. */
    willingToRelocate: z.boolean().default(false),
  })
  .refine(
    // 100,000,000 an hour passed the field's own bound, but as yearly USD it overflowed the matching
    // query's integer parameter, and every background rescore of the user failed.
    // An amount the field already refused is not refused twice.
    (v) =>
      v.salaryMin === null ||
      v.salaryMin > MAX_STORED_AMOUNT ||
      toAnnualUsd(v.salaryMin, v.salaryPeriod, v.salaryCurrency) <= MAX_EXPECTED_ANNUAL_USD,
    { path: ['salaryMin'], message: TOO_MUCH_PAY },
  );
export type PreferencesInput = z.input<typeof preferencesInput>;
