import { z } from 'zod';
import { contactOutput, linkText } from './contact';
import { dayMonthReadings, MONTH_NAMES, orderedEnd } from '../partial-date';
import { CAREER_EARLIEST_DATE, CAREER_TOO_EARLY, CAREER_TOO_LATE, careerLatestDate, isIsoDateText } from './dates';
import {
  ALERT_FREQUENCIES,
  DATE_PRECISIONS,
  JOB_TYPES,
  REMOTE_TYPES,
  SALARY_PERIODS,
  SKILL_CATEGORIES,
  type DatePrecision,
} from './enums';
import { optionalText } from './optional-text';
import { PREFERENCE_MUST_HAVES } from './preference-must-haves';

/** What the profile's date fields take, in the words of their hint ("e.g. 2019, Mar 2019 or 2019-03-14"). */
const DATE_MESSAGE = 'Write a date such as 2024, Mar 2024 or 2024-03-01.';
/**
 * "01/02/2020" is refused because it could be either way round; saying only "write the year first"
 * read as if the form took no slashes, while it takes "31/12/2023". The message names both readings.
 */
function dateMessage(input: unknown, tooLate: string): string {
  // "1899" or "Mar 1850": a date, only out of range ("1903", which the form reads, said so already).
  const year = typeof input === 'string' ? Number(/(?<!\d)(\d{4})(?!\d)/.exec(input)?.[1] ?? NaN) : NaN;
  if (year < Number(CAREER_EARLIEST_DATE.slice(0, 4))) return CAREER_TOO_EARLY;
  if (year > Number(careerLatestDate().slice(0, 4))) return tooLate;
  const readings = typeof input === 'string' ? dayMonthReadings(input) : null;
  if (!readings) return DATE_MESSAGE;
  const spoken = ({ date }: { date: string }) =>
    `${Number(date.slice(8, 10))} ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]}`;
  const [dayFirst, monthFirst] = readings;
  return `${input as string} could be ${spoken(dayFirst)} or ${spoken(monthFirst)}: write it year first, ${dayFirst.date} or ${monthFirst.date}.`;
}
/** `tooLate`: what a year past the field's bound is told ("2150" as a start is not "at most 10 years ahead"). */
const isoDateWith = (tooLate: string) => z.iso.date({ error: (issue) => dateMessage(issue.input, tooLate) });
const today = () => new Date().toISOString().slice(0, 10);
// The range checks read only a date: "31/12/2023" had also been called "in the future" by text order.
const notInFuture = (label: string) =>
  isoDateWith(`${label} cannot be in the future.`)
    .refine((d) => !isIsoDateText(d) || d <= today(), `${label} cannot be in the future.`)
    .refine((d) => !isIsoDateText(d) || d >= CAREER_EARLIEST_DATE, CAREER_TOO_EARLY);
const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} must be at most ${max} characters.`);
/** A date of a working life that may lie ahead (an end, a graduation): see dates.ts for the bounds. */
const careerDate = isoDateWith(CAREER_TOO_LATE)
  .refine((d) => !isIsoDateText(d) || d >= CAREER_EARLIEST_DATE, CAREER_TOO_EARLY)
  .refine((d) => !isIsoDateText(d) || d <= careerLatestDate(), CAREER_TOO_LATE);
const optionalDate = careerDate
  .or(z.literal(''))
  .nullish()
  .transform((v) => (v ? v : null));

export const removeProfileEntryInput = z.object({
  kind: z.enum(['skill', 'experience', 'education', 'project', 'certification']),
  id: z.uuid('Not a valid id.'),
});
export type RemoveProfileEntryInput = z.input<typeof removeProfileEntryInput>;

// ---- skills
export const skillFields = z.object({
  name: text('Skill name', 100),
  category: z.enum(SKILL_CATEGORIES, 'Pick a category.'),
  proficiencyLevel: z.coerce.number().int().min(1, 'Proficiency is 1 to 5.').max(5, 'Proficiency is 1 to 5.'),
  yearsOfExperience: z.coerce
    .number()
    .min(0, 'Years cannot be negative.')
    .max(50, 'At most 50 years.')
    // The column keeps one decimal: 2.25 had been taken and shown back as "2.3 yr".
    .multipleOf(0.1, 'Use at most one decimal, such as 2.5 years.'),
  lastUsed: notInFuture('Last used')
    .or(z.literal(''))
    .nullish()
    .transform((v) => (v ? v : null)),
});
export const addSkillInput = skillFields;
export type AddSkillInput = z.input<typeof addSkillInput>;
export const updateSkillInput = skillFields
  .partial()
  .extend({ id: z.uuid() })
  // An id alone would reach the database as an UPDATE with nothing to set.
  .refine(({ id: _id, ...changes }) => Object.values(changes).some((v) => v !== undefined), 'Nothing to update.');
export type UpdateSkillInput = z.input<typeof updateSkillInput>;

// ---- experience
const optionalPastDate = (label: string) =>
  notInFuture(label)
    .or(z.literal(''))
    .nullish()
    .transform((v) => (v ? v : null));
const precision = z.enum(DATE_PRECISIONS).default('day');

/**
 * A role needs some content, not every field: an imported resume often names a company without a
 * title, or gives no dates. What is unknown stays empty for the user to fill in, never invented.
 */
const experienceShape = z.object({
  title: optionalText('Title', 200),
  company: optionalText('Company', 200),
  location: optionalText('Location', 200),
  startDate: optionalPastDate('Start date'),
  startPrecision: precision,
  endDate: optionalDate,
  endPrecision: precision,
  isCurrent: z.boolean().default(false),
  /** "24 months", "2 years": the role's length when its dates are unknown. */
  // An empty form field is "not given", never 0 months (coercion would make it 0).
  durationMonths: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? null : v.trim()) : v),
    z.coerce
      .number()
      .int('Whole months only.')
      .min(0, 'Months cannot be negative.')
      .max(720, 'At most 720 months.')
      .nullish()
      .transform((v) => v ?? null),
  ),
  // Generous: real resumes run to dozens of bullets and paragraph-long lines under one role (one of
  // the shared set lists 140 under one employer), and an import must not drop a role for being thorough.
  description: optionalText('Description', 20_000),
  achievements: z
    .array(z.string().trim().max(2000, 'Each achievement must be at most 2,000 characters.'))
    .max(300, 'At most 300 achievements.')
    .default([])
    .transform((a) => a.filter((s) => s.length > 0)),
});
/** Both ends are dates: a range check on text that is no date would add a second, wrong message. */
const bothDates = <T extends { startDate?: string | null; endDate?: string | null }>(
  v: T,
): v is T & { startDate: string; endDate: string } =>
  !!v.startDate && !!v.endDate && isIsoDateText(v.startDate) && isIsoDateText(v.endDate);
const experienceRules = <
  T extends {
    title?: string | null;
    company?: string | null;
    description?: string | null;
    achievements?: string[];
    startDate?: string | null;
    endDate?: string | null;
    endPrecision?: DatePrecision;
    isCurrent?: boolean;
  },
>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (!v.title && !v.company && !v.description && !(v.achievements?.length ?? 0))
    ctx.addIssue({ code: 'custom', path: ['title'], message: 'Give the role a title or a company.' });
  if (v.isCurrent && v.endDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'A current role has no end date.' });
  if (bothDates(v) && !orderedEnd(v.startDate, { date: v.endDate, precision: givenPrecision(v.endPrecision) }))
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must be after the start date.' });
};
/** A given date typed without a precision is a day. */
const givenPrecision = (p: DatePrecision | undefined) => (!p || p === 'unknown' ? 'day' : p);
/** An absent date has no precision, whatever the form sent; a given date has one (a typed date: the day). */
const settlePrecision = <
  T extends { startDate: string | null; endDate: string | null; startPrecision: string; endPrecision: string },
>(
  v: T,
): T => {
  const end =
    v.startDate && v.endDate
      ? orderedEnd(v.startDate, { date: v.endDate, precision: givenPrecision(v.endPrecision as DatePrecision) })
      : null;
  return {
    ...v,
    // "Mar 2018 – 2018" is stored ordered: the end takes the start's day and keeps its precision.
    endDate: end?.date ?? v.endDate,
    startPrecision: !v.startDate ? 'unknown' : v.startPrecision === 'unknown' ? 'day' : v.startPrecision,
    endPrecision: !v.endDate ? 'unknown' : v.endPrecision === 'unknown' ? 'day' : v.endPrecision,
  };
};
export const experienceFields = experienceShape.superRefine(experienceRules).transform(settlePrecision);
export const addExperienceInput = experienceFields;
export type AddExperienceInput = z.input<typeof addExperienceInput>;
export const updateExperienceInput = experienceShape
  .extend({ id: z.uuid() })
  .superRefine(experienceRules)
  .transform(settlePrecision);
export type UpdateExperienceInput = z.input<typeof updateExperienceInput>;

// ---- projects and certifications (from the resume's sections, or typed on the profile)
const projectBase = {
  name: text('Project name', 200),
  description: optionalText('Description', 20_000),
  startDate: optionalPastDate('Start date'),
  endDate: optionalDate,
  highlights: z
    .array(z.string().trim().max(2000, 'Each highlight must be at most 2,000 characters.'))
    .max(300, 'At most 300 highlights.')
    .default([])
    .transform((a) => a.filter((s) => s.length > 0)),
};
const projectDatesOrdered = (v: { startDate: string | null; endDate: string | null }, ctx: z.RefinementCtx) => {
  if (bothDates(v) && v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must be after the start date.' });
};
/** A project as an import reads it: the link is kept as the resume wrote it. */
export const projectFields = z
  .object({ ...projectBase, url: optionalText('Link', 500) })
  .superRefine(projectDatesOrdered);
/** A project typed on the profile: the link, when given, is a web address (https://…), as on the contact form. */
const projectShape = z.object({ ...projectBase, url: linkText.nullable().default(null) });
export const addProjectInput = projectShape.superRefine(projectDatesOrdered);
export type AddProjectInput = z.input<typeof addProjectInput>;
export const updateProjectInput = projectShape.extend({ id: z.uuid() }).superRefine(projectDatesOrdered);
export type UpdateProjectInput = z.input<typeof updateProjectInput>;
const certificationShape = z.object({
  name: text('Certification', 200),
  issuer: optionalText('Issuer', 200),
  issuedOn: optionalPastDate('Date'),
  /** How much of the date is known: an import may give a year only; a typed date is a day. */
  issuedOnPrecision: precision,
});
const certificationPrecision = <T extends { issuedOn: string | null; issuedOnPrecision: DatePrecision }>(v: T): T => ({
  ...v,
  issuedOnPrecision: !v.issuedOn
    ? ('unknown' as const)
    : v.issuedOnPrecision === 'unknown'
      ? ('day' as const)
      : v.issuedOnPrecision,
});
export const certificationFields = certificationShape.transform(certificationPrecision);
export const addCertificationInput = certificationFields;
export type AddCertificationInput = z.input<typeof addCertificationInput>;
export const updateCertificationInput = certificationShape.extend({ id: z.uuid() }).transform(certificationPrecision);
export type UpdateCertificationInput = z.input<typeof updateCertificationInput>;

// ---- education
const educationShape = z.object({
  institution: optionalText('Institution', 200),
  degree: optionalText('Degree', 200),
  fieldOfStudy: optionalText('Field of study', 200),
  startDate: optionalDate,
  endDate: optionalDate,
  grade: optionalText('Grade', 50),
});
const educationRules = <
  T extends { institution?: string | null; degree?: string | null; startDate?: string | null; endDate?: string | null },
>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (!v.institution && !v.degree)
    ctx.addIssue({ code: 'custom', path: ['degree'], message: 'Give a degree or an institution.' });
  if (bothDates(v) && v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must be after the start date.' });
};
export const educationFields = educationShape.superRefine(educationRules);
export const addEducationInput = educationFields;
export type AddEducationInput = z.input<typeof addEducationInput>;
export const updateEducationInput = educationShape.extend({ id: z.uuid() }).superRefine(educationRules);
export type UpdateEducationInput = z.input<typeof updateEducationInput>;

// ---- preferences: preferences.ts
export { MAX_EXPECTED_ANNUAL_USD, preferencesInput, type PreferencesInput } from './preferences';

// ---- occupations the seeker confirms (they win over the ones inferred from the profile)
export const occupationCode = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'Not an occupation code.');
export const setTargetOccupationsInput = z.object({
  codes: z.array(occupationCode).max(5, 'Pick at most 5 occupations.'),
});
export const searchOccupationsInput = z.object({
  q: z.string().trim().min(2, 'Type at least 2 letters.').max(100, 'At most 100 characters.'),
});
const occupationRef = z.object({ code: z.string(), title: z.string() });
export const occupationSearchOutput = z.array(occupationRef);
export const profileOccupationsOutput = z.object({
  /** What the profile itself says, most likely first, whatever the seeker confirmed. */
  inferred: z.array(occupationRef.extend({ confidence: z.number().min(0).max(1) })),
  confirmed: z.array(occupationRef),
  /**
   * What matching reads while nothing is confirmed: the profile's reading refined by the jobs
   * most like it (the "Matched as" of the matches page); null once the seeker confirmed, or
   * while there is no refinement.
   */
  matchedAs: occupationRef.nullable(),
});
export type ProfileOccupationsOutput = z.infer<typeof profileOccupationsOutput>;

/** The headline at the top of a profile; empty clears it. */
export const headlineText = z
  .string()
  .trim()
  .max(255, 'Headline must be at most 255 characters.')
  .transform((v) => (v === '' ? null : v));
/** The profile's summary (or a resume's objective); empty clears it. */
export const summaryText = z
  .string()
  .trim()
  .max(5000, 'Summary must be at most 5,000 characters.')
  .transform((v) => (v === '' ? null : v));

/** The headline and summary, edited together at the top of the profile page. */
export const profileIntroInput = z.object({
  headline: headlineText.nullable(),
  summary: summaryText.nullable(),
});
export type ProfileIntroInput = z.input<typeof profileIntroInput>;

// ---- outputs
export const skillOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  category: z.enum(SKILL_CATEGORIES),
  proficiencyLevel: z.number().int(),
  yearsOfExperience: z.number(),
  endorsements: z.number().int(),
  lastUsed: z.string().nullable(),
});
export const experienceOutput = z.object({
  id: z.uuid(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  startDate: z.string().nullable(),
  startPrecision: z.enum(DATE_PRECISIONS),
  endDate: z.string().nullable(),
  endPrecision: z.enum(DATE_PRECISIONS),
  isCurrent: z.boolean(),
  durationMonths: z.number().int().nullable(),
  description: z.string().nullable(),
  achievements: z.array(z.string()),
});
export const projectOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  url: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  highlights: z.array(z.string()),
});
export const certificationOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  issuedOnPrecision: z.enum(DATE_PRECISIONS),
});
export const educationOutput = z.object({
  id: z.uuid(),
  institution: z.string().nullable(),
  degree: z.string().nullable(),
  fieldOfStudy: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  grade: z.string().nullable(),
});
export const preferencesOutput = z.object({
  locations: z.array(z.string()),
  remoteTypes: z.array(z.enum(REMOTE_TYPES)),
  jobTypes: z.array(z.enum(JOB_TYPES)),
  salaryMin: z.number().nullable(),
  salaryCurrency: z.string(),
  salaryPeriod: z.enum(SALARY_PERIODS),
  careerGoals: z.string().nullable(),
  alertFrequency: z.enum(ALERT_FREQUENCIES),
  targetOccupations: z.array(z.string()),
  mustHaves: z.array(z.enum(PREFERENCE_MUST_HAVES)),
  willingToRelocate: z.boolean(),
});
export const skillScoreBreakdown = z.object({
  skills: z.number(),
  experience: z.number(),
  education: z.number(),
  completeness: z.number(),
  total: z.number(),
});
export type SkillScoreBreakdown = z.infer<typeof skillScoreBreakdown>;

export const profileOutput = z.object({
  headline: z.string().nullable(),
  summary: z.string().nullable(),
  contact: contactOutput,
  skills: z.array(skillOutput),
  experience: z.array(experienceOutput),
  education: z.array(educationOutput),
  projects: z.array(projectOutput),
  certifications: z.array(certificationOutput),
  preferences: preferencesOutput,
  skillScore: skillScoreBreakdown,
});
export type ProfileOutput = z.infer<typeof profileOutput>;
export type SkillOutput = z.infer<typeof skillOutput>;
export type ExperienceOutput = z.infer<typeof experienceOutput>;
export type EducationOutput = z.infer<typeof educationOutput>;
export type ProjectOutput = z.infer<typeof projectOutput>;
export type CertificationOutput = z.infer<typeof certificationOutput>;
export type PreferencesOutput = z.infer<typeof preferencesOutput>;
