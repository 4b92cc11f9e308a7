import { z } from 'zod';

/** Interviews and contacts the applicant records on one of their applications. */

const applicationId = z.uuid('Not a valid application id.');
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${what} under ${max.toLocaleString('en-US')} characters.`)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const applicationRef = z.object({ applicationId });

/**
 * An interview is recorded within this many years of today, either way: "2099" or "2016" for
 * this spring's interview is a slip of the year, which would file it under "upcoming" for decades
 * or bury it in the past.
 */
export const INTERVIEW_YEARS_AWAY = 5;
const YEAR_MS = 365.25 * 86_400_000;
const withinYears = (d: Date) => Math.abs(d.getTime() - Date.now()) <= INTERVIEW_YEARS_AWAY * YEAR_MS;

export const addInterviewInput = z.object({
  applicationId,
  /** An instant: the form turns the reader's local date and time into one. */
  startsAt: z
    .date('Pick a date and time.')
    .refine(withinYears, `Pick a date within ${INTERVIEW_YEARS_AWAY} years of today: check the year.`),
  durationMinutes: z
    .number('Enter the length in minutes.')
    .int('Enter whole minutes.')
    .min(5, 'At least 5 minutes.')
    .max(1440, 'At most a day (1,440 minutes).')
    .default(60),
  location: optionalText(300, 'location'),
  link: z
    .string()
    .trim()
    .max(2000, 'Keep the link under 2,000 characters.')
    .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), 'Use a web link starting with https://.')
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  notes: optionalText(2000, 'notes'),
});
export type AddInterviewInput = z.input<typeof addInterviewInput>;

export const interviewOutput = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  startsAt: z.date(),
  durationMinutes: z.number().int(),
  location: z.string().nullable(),
  link: z.string().nullable(),
  notes: z.string().nullable(),
});
export type Interview = z.infer<typeof interviewOutput>;

export const interviewRef = z.object({ interviewId: z.uuid('Not a valid interview id.') });
export const contactRef = z.object({ contactId: z.uuid('Not a valid contact id.') });

export const addContactInput = z.object({
  applicationId,
  name: z.string().trim().min(1, 'Enter a name.').max(200, 'Keep the name under 200 characters.'),
  role: optionalText(200, 'role'),
  email: z
    .union([z.literal(''), z.string().trim().max(320, 'Keep the email under 320 characters.').pipe(z.email('Enter a valid email address.'))])
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  phone: z
    .string()
    .trim()
    .max(50, 'Keep the phone number under 50 characters.')
    .refine((v) => v === '' || /^[+()\d][\d\s().+\-x/]*$/i.test(v), 'Use digits, spaces and + ( ) - only.')
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  notes: optionalText(2000, 'notes'),
});
export type AddContactInput = z.input<typeof addContactInput>;

export const contactOutput = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
});
export type Contact = z.infer<typeof contactOutput>;

export const removedOutput = z.object({ id: z.uuid() });
