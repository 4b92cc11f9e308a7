import { z } from 'zod';
import { ALERT_FREQUENCIES, CURRENCIES, JOB_TYPES, REMOTE_TYPES, SALARY_PERIODS, SKILL_CATEGORIES } from './enums';

const isoDate = z.iso.date('Use a date like 2024-03-01.');
const today = () => new Date().toISOString().slice(0, 10);
const notInFuture = (label: string) => isoDate.refine((d) => d <= today(), `${label} cannot be in the future.`);
const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} must be at most ${max} characters.`);
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((v) => (v === '' ? null : v))
    .nullish()
    .transform((v) => v ?? null);
const optionalDate = isoDate
  .or(z.literal(''))
  .nullish()
  .transform((v) => (v ? v : null));

export const removeProfileEntryInput = z.object({
  kind: z.enum(['skill', 'experience', 'education']),
  id: z.uuid('Not a valid id.'),
});
export type RemoveProfileEntryInput = z.input<typeof removeProfileEntryInput>;

// ---- skills
export const skillFields = z.object({
  name: text('Skill name', 100),
  category: z.enum(SKILL_CATEGORIES, 'Pick a category.'),
  proficiencyLevel: z.coerce.number().int().min(1, 'Proficiency is 1 to 5.').max(5, 'Proficiency is 1 to 5.'),
  yearsOfExperience: z.coerce.number().min(0, 'Years cannot be negative.').max(50, 'At most 50 years.'),
  lastUsed: notInFuture('Last used')
    .or(z.literal(''))
    .nullish()
    .transform((v) => (v ? v : null)),
});
export const addSkillInput = skillFields;
export type AddSkillInput = z.input<typeof addSkillInput>;
export const updateSkillInput = skillFields.partial().extend({ id: z.uuid() });
export type UpdateSkillInput = z.input<typeof updateSkillInput>;

// ---- experience
const experienceShape = z.object({
  title: text('Title', 200),
  company: text('Company', 200),
  location: optionalText('Location', 200),
  startDate: notInFuture('Start date'),
  endDate: optionalDate,
  isCurrent: z.boolean().default(false),
  description: optionalText('Description', 5000),
  achievements: z
    .array(z.string().trim().max(500, 'Each achievement must be at most 500 characters.'))
    .max(30, 'At most 30 achievements.')
    .default([])
    .transform((a) => a.filter((s) => s.length > 0)),
});
const experienceRules = <T extends { startDate?: string; endDate?: string | null; isCurrent?: boolean }>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (v.isCurrent && v.endDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'A current role has no end date.' });
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must be after the start date.' });
};
export const experienceFields = experienceShape.superRefine(experienceRules);
export const addExperienceInput = experienceFields;
export type AddExperienceInput = z.input<typeof addExperienceInput>;
export const updateExperienceInput = experienceShape.extend({ id: z.uuid() }).superRefine(experienceRules);
export type UpdateExperienceInput = z.input<typeof updateExperienceInput>;

// ---- education
const educationShape = z.object({
  institution: text('Institution', 200),
  degree: text('Degree', 200),
  fieldOfStudy: optionalText('Field of study', 200),
  startDate: optionalDate,
  endDate: optionalDate,
  grade: optionalText('Grade', 50),
});
const educationRules = <T extends { startDate?: string | null; endDate?: string | null }>(v: T, ctx: z.RefinementCtx) => {
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date must be after the start date.' });
};
export const educationFields = educationShape.superRefine(educationRules);
export const addEducationInput = educationFields;
export type AddEducationInput = z.input<typeof addEducationInput>;
export const updateEducationInput = educationShape.extend({ id: z.uuid() }).superRefine(educationRules);
export type UpdateEducationInput = z.input<typeof updateEducationInput>;

// ---- preferences
export const preferencesInput = z.object({
  locations: z
    .array(z.string().trim().min(1).max(100, 'Each location must be at most 100 characters.'))
    .max(10, 'At most 10 locations.')
    .default([]),
  remoteTypes: z.array(z.enum(REMOTE_TYPES)).default([]),
  jobTypes: z.array(z.enum(JOB_TYPES)).default([]),
  salaryMin: z.coerce.number().int('Whole numbers only.').min(0, 'Salary cannot be negative.').max(100_000_000).nullish().transform((v) => v ?? null),
  salaryCurrency: z.enum(CURRENCIES).default('USD'),
  salaryPeriod: z.enum(SALARY_PERIODS).default('year'),
  careerGoals: optionalText('Career goals', 2000),
  alertFrequency: z.enum(ALERT_FREQUENCIES).default('weekly'),
});
export type PreferencesInput = z.input<typeof preferencesInput>;

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
  title: z.string(),
  company: z.string(),
  location: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  isCurrent: z.boolean(),
  description: z.string().nullable(),
  achievements: z.array(z.string()),
});
export const educationOutput = z.object({
  id: z.uuid(),
  institution: z.string(),
  degree: z.string(),
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
  skills: z.array(skillOutput),
  experience: z.array(experienceOutput),
  education: z.array(educationOutput),
  preferences: preferencesOutput,
  skillScore: skillScoreBreakdown,
});
export type ProfileOutput = z.infer<typeof profileOutput>;
export type SkillOutput = z.infer<typeof skillOutput>;
export type ExperienceOutput = z.infer<typeof experienceOutput>;
export type EducationOutput = z.infer<typeof educationOutput>;
export type PreferencesOutput = z.infer<typeof preferencesOutput>;
