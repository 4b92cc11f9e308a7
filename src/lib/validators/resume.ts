/**
 * Resume import: limits, the parsed draft the review screen edits, and the JSON Resume (v1.0.0)
 * shape for import/export. Client-safe: no server imports.
 */
import { z } from 'zod';
import { DATE_PRECISIONS, SKILL_CATEGORIES } from './enums';

/** 5 MiB: comfortably above a text resume with a photo, far below anything worth parsing. */
export const RESUME_MAX_BYTES = 5 * 1024 * 1024;

export const RESUME_FORMATS = ['pdf', 'docx', 'txt', 'paste'] as const;
export type ResumeFormat = (typeof RESUME_FORMATS)[number];

/** What an upload may be; the server checks the content, never just the name. */
export const RESUME_ACCEPTED_TYPES = [
  { format: 'pdf', mime: 'application/pdf', extensions: ['.pdf'] },
  {
    format: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
  },
  { format: 'txt', mime: 'text/plain', extensions: ['.txt'] },
] as const;

/** For `<input type="file" accept={…}>`. */
export const RESUME_ACCEPT_ATTRIBUTE = RESUME_ACCEPTED_TYPES.flatMap((t) => [t.mime, ...t.extensions]).join(',');

/** Pasted text: at most ~100 pages of it. */
export const RESUME_MAX_PASTE_CHARS = 200_000;

const source = z.object({
  /** Canonical section name ("experience", "skills", "header", …). */
  section: z.string(),
  /** 0-based line number in the extracted text. */
  line: z.number().int(),
  /** The source line as extracted. */
  text: z.string(),
});
const sourced = <T extends z.ZodType>(v: T) => z.object({ value: v, confidence: z.number().min(0).max(1), source });

/** YYYY-MM-DD (the parser writes day 01 when only the month is known, month 01 when only the year is). */
const isoDate = z.string();

export const resumeSkillValue = z.object({
  name: z.string(),
  category: z.enum(SKILL_CATEGORIES),
  /** 1-5, when the resume says it: a spoken language's "native", "fluent", "basic". */
  level: z.number().int().min(1).max(5).optional(),
  /** Years used, when the resume's skills line says ("Python- Experience - 34 months": 2.8). */
  years: z.number().min(0).max(50).optional(),
});

/** Fields of a role that the parser inferred rather than read: the review form asks the user to check them. */
export const GUESSABLE_ROLE_FIELDS = ['title', 'company', 'location', 'dates'] as const;

/**
 * One role as the resume says it. Nothing is required: a role with no parseable date or no title is
 * still a role ("" = not found; the user may fill it in). Dates carry their precision; when the
 * resume gives only a length ("24 months", "2 years"), `durationMonths` holds it.
 */
export const resumeExperienceValue = z.object({
  title: z.string(),
  company: z.string(),
  location: z.string().nullable(),
  startDate: isoDate.nullable(),
  startPrecision: z.enum(DATE_PRECISIONS),
  endDate: isoDate.nullable(),
  endPrecision: z.enum(DATE_PRECISIONS),
  isCurrent: z.boolean(),
  durationMonths: z.number().int().min(0).nullable(),
  /** Prose under the role that is not a bullet ("description - …"), when the resume has it. */
  description: z.string().nullable(),
  achievements: z.array(z.string()),
  guessed: z.array(z.enum(GUESSABLE_ROLE_FIELDS)),
});

export const resumeProjectValue = z.object({
  name: z.string(),
  description: z.string().nullable(),
  url: z.string().nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  highlights: z.array(z.string()),
  /** The name was read from a paragraph's subject, not written as a name: the user should check it. */
  nameGuessed: z.boolean(),
});

export const resumeCertificationValue = z.object({
  name: z.string(),
  issuer: z.string().nullable(),
  date: isoDate.nullable(),
  /** How much of the date the resume gave ("2021" is a year, stored as 2021-01-01). */
  precision: z.enum(DATE_PRECISIONS),
});

export const resumeEducationValue = z.object({
  institution: z.string(),
  degree: z.string(),
  fieldOfStudy: z.string().nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
});

export const resumeDraft = z.object({
  contact: z.object({
    fullName: sourced(z.string()).nullable(),
    email: sourced(z.string()).nullable(),
    phone: sourced(z.string()).nullable(),
    location: sourced(z.string()).nullable(),
    links: z.array(sourced(z.string())),
  }),
  headline: sourced(z.string()).nullable(),
  summary: sourced(z.string()).nullable(),
  skills: z.array(sourced(resumeSkillValue)),
  experience: z.array(sourced(resumeExperienceValue)),
  education: z.array(sourced(resumeEducationValue)),
  projects: z.array(sourced(resumeProjectValue)),
  certifications: z.array(sourced(resumeCertificationValue)),
  /**
   * Sections the profile has no place for (activities, awards, interests, traits), with their
   * lines, shown in the review so nothing is lost without a word. Drafts stored before it: none.
   */
  leftOut: z.array(z.object({ heading: z.string(), lines: z.array(z.string()) })).default([]),
  /** Things the user should check, in plain words ("No dates found for 2 positions"). */
  warnings: z.array(z.string()),
  stats: z.object({
    characters: z.number().int(),
    sectionsFound: z.array(z.string()),
    format: z.enum(RESUME_FORMATS),
  }),
});
export type ResumeDraft = z.infer<typeof resumeDraft>;
export type ResumeSource = z.infer<typeof source>;
export type Sourced<T> = { value: T; confidence: number; source: ResumeSource };

/** Pasted resume text, as the import form sends it. */
export const resumePasteInput = z.object({
  text: z
    .string()
    .max(
      RESUME_MAX_PASTE_CHARS,
      `Pasted text must be at most ${RESUME_MAX_PASTE_CHARS.toLocaleString('en')} characters.`,
    )
    .refine((t) => t.trim().length > 0, 'Paste the text of your resume.'),
});

// ---- JSON Resume v1.0.0 (https://jsonresume.org/schema). Unknown fields are accepted and ignored.

/** YYYY, YYYY-MM or YYYY-MM-DD; "" (as many exporters write for "present") reads as absent. */
const jsonResumeDate = z
  .union([z.literal(''), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Dates must be YYYY, YYYY-MM or YYYY-MM-DD.')])
  .optional()
  .transform((v) => (v ? v : undefined));
const text = z.string().optional();

export const jsonResumeSchema = z.object({
  basics: z
    .object({
      name: text,
      label: text,
      email: text,
      phone: text,
      url: text,
      summary: text,
      location: z.object({ address: text, postalCode: text, city: text, region: text, countryCode: text }).optional(),
      profiles: z.array(z.object({ network: text, username: text, url: text })).optional(),
    })
    .optional(),
  work: z
    .array(
      z.object({
        name: text,
        position: text,
        location: text,
        url: text,
        startDate: jsonResumeDate,
        endDate: jsonResumeDate,
        summary: text,
        highlights: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  education: z
    .array(
      z.object({
        institution: text,
        area: text,
        studyType: text,
        startDate: jsonResumeDate,
        endDate: jsonResumeDate,
        score: text,
      }),
    )
    .optional(),
  skills: z.array(z.object({ name: text, level: text, keywords: z.array(z.string()).optional() })).optional(),
  languages: z.array(z.object({ language: text, fluency: text })).optional(),
});
export type JsonResume = z.output<typeof jsonResumeSchema>;
export type JsonResumeInput = z.input<typeof jsonResumeSchema>;

/**
 * What the profile export writes: the schema above plus projects and certificates, which an import
 * reads leniently (one malformed entry is skipped, not a failed import).
 */
export const jsonResumeExport = jsonResumeSchema.extend({
  projects: z
    .array(
      z.object({
        name: z.string(),
        description: text,
        url: text,
        startDate: jsonResumeDate,
        endDate: jsonResumeDate,
        highlights: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  certificates: z.array(z.object({ name: z.string(), issuer: text, date: jsonResumeDate })).optional(),
});
export type JsonResumeExport = z.output<typeof jsonResumeExport>;
