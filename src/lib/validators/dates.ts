/**
 * Calendar dates from users: ISO YYYY-MM-DD within 1900-2100. Outside that range a date is a typo
 * (or a probe), and turning "9999-12-31" into a timestamp would fail far from the user's mistake.
 */
import { z } from 'zod';

export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

/** The shape alone: the range checks after the format check must not also judge text that is no date. */
export const isIsoDateText = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

/** A fixed message, or one written for the text that was refused. */
type DateMessage = string | ((input: unknown) => string);

export const boundedIsoDate = (message: DateMessage = 'Use a date like 2024-03-01.') =>
  z.iso
    .date(typeof message === 'string' ? message : { error: (issue) => message(issue.input) })
    .refine((d) => !isIsoDateText(d) || (d >= EARLIEST_DATE && d <= LATEST_DATE), 'Use a date between 1900 and 2100.');

/**
 * Dates of a working life (roles, schooling, projects, certificates, a skill's last use). Nobody at
 * work today started before 1940, and a profile's dates feed the years of experience matching
 * states: a role "since 1900" had read as 126 years. Ahead of today: an expected graduation or a
 * contract's end, never decades away.
 */
export const CAREER_EARLIEST_DATE = '1940-01-01';
export const CAREER_YEARS_AHEAD = 10;
export const careerLatestDate = (today: Date = new Date()) => {
  const latest = new Date(today.getTime());
  latest.setUTCFullYear(latest.getUTCFullYear() + CAREER_YEARS_AHEAD);
  return latest.toISOString().slice(0, 10);
};
export const CAREER_TOO_EARLY = 'Use a date from 1940 on.';
export const CAREER_TOO_LATE = `Use a date at most ${CAREER_YEARS_AHEAD} years from today.`;
