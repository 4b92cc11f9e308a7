/**
 * The shape of a generated document, shared by generation (services/documents/generate), storage
 * (the document store adapters), export (services/documents/export) and the browser.
 *
 * Every factual item carries the id of the profile fact it came from (an experience, education,
 * project, certification or skill row id, or one of the PERSON_FACT_IDS for contact details), so
 * the truthfulness validator can check it against the profile and the editor can show where it
 * came from. Wording may change between versions; facts may not.
 */
import { z } from 'zod';
import { DATE_PRECISIONS } from './enums';

export const DOCUMENT_KINDS = ['resume', 'cover_letter'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ['draft', 'generated', 'edited', 'finalized'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const EXPORT_FORMATS = ['pdf', 'docx', 'txt', 'html', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** JSON Resume is a resume's form: a cover letter has every other format. */
export const exportFormatsFor = (kind: (typeof DOCUMENT_KINDS)[number]): readonly ExportFormat[] =>
  kind === 'resume' ? EXPORT_FORMATS : EXPORT_FORMATS.filter((f) => f !== 'json');

/** Ids for facts that are not profile rows: they come from the user record itself. */
export const PERSON_FACT_IDS = {
  name: 'person:name',
  email: 'person:email',
  headline: 'person:headline',
  summary: 'person:summary',
} as const;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Write something here, or remove it.')
    .max(max, `At most ${max.toLocaleString('en-US')} characters.`);
const factId = z.string().min(1).max(64);

/** A date as the profile holds it: ISO date plus how much of it is known ("2019" is year precision). */
export const documentDate = z.object({
  date: z.iso.date().nullable(),
  precision: z.enum(DATE_PRECISIONS),
});
export type DocumentDate = z.infer<typeof documentDate>;

/** A sentence or bullet and the profile facts it states. */
export const factText = z.object({
  text: text(2000),
  factIds: z.array(factId).max(20),
});
export type FactText = z.infer<typeof factText>;

export const documentPerson = z.object({
  name: text(200),
  email: z.string().max(255).nullable(),
  headline: z.string().max(255).nullable(),
  location: z.string().max(200).nullable(),
  // Versions stored before documents carried a phone and links have neither.
  phone: z.string().max(40).nullable().default(null),
  links: z.array(z.string().max(300)).max(5).default([]),
});
export type DocumentPerson = z.infer<typeof documentPerson>;

export const experienceItem = z.object({
  factId,
  title: z.string().max(200).nullable(),
  company: z.string().max(200).nullable(),
  location: z.string().max(200).nullable(),
  start: documentDate,
  end: documentDate,
  isCurrent: z.boolean(),
  bullets: z.array(factText).max(30),
});
export const educationItem = z.object({
  factId,
  institution: z.string().max(200).nullable(),
  degree: z.string().max(200).nullable(),
  fieldOfStudy: z.string().max(200).nullable(),
  start: documentDate,
  end: documentDate,
  grade: z.string().max(50).nullable(),
});
export const projectItem = z.object({
  factId,
  name: text(200),
  url: z.string().max(500).nullable(),
  bullets: z.array(factText).max(20),
});
export const certificationItem = z.object({
  factId,
  name: text(200),
  issuer: z.string().max(200).nullable(),
  issuedOn: documentDate,
});
export const skillItem = z.object({ factId, name: text(100) });

export const SECTION_TYPES = ['summary', 'experience', 'skills', 'education', 'projects', 'certifications'] as const;
export type SectionType = (typeof SECTION_TYPES)[number];

/** A resume section; `title` is the heading as shown ("Work Experience"), set by the template. */
export const resumeSection = z.discriminatedUnion('type', [
  z.object({ type: z.literal('summary'), title: text(60), paragraphs: z.array(factText).max(5) }),
  z.object({ type: z.literal('experience'), title: text(60), items: z.array(experienceItem).max(30) }),
  z.object({ type: z.literal('skills'), title: text(60), items: z.array(skillItem).max(100) }),
  z.object({ type: z.literal('education'), title: text(60), items: z.array(educationItem).max(20) }),
  z.object({ type: z.literal('projects'), title: text(60), items: z.array(projectItem).max(20) }),
  z.object({ type: z.literal('certifications'), title: text(60), items: z.array(certificationItem).max(30) }),
]);
export type ResumeSection = z.infer<typeof resumeSection>;

export const resumeContent = z.object({
  kind: z.literal('resume'),
  person: documentPerson,
  sections: z.array(resumeSection).max(SECTION_TYPES.length),
});
export type ResumeContent = z.infer<typeof resumeContent>;

export const coverLetterContent = z.object({
  kind: z.literal('cover_letter'),
  person: documentPerson,
  /** The job it answers: both come from the job row, not the profile. */
  recipient: z.object({ company: text(200), jobTitle: text(200) }),
  date: z.iso.date(),
  greeting: text(200),
  paragraphs: z.array(factText).min(1).max(8),
  closing: text(200),
});
export type CoverLetterContent = z.infer<typeof coverLetterContent>;

export const documentContent = z.discriminatedUnion('kind', [resumeContent, coverLetterContent]);
export type DocumentContent = z.infer<typeof documentContent>;

// --- Templates (the design's template schema) -------------------------------------------------

export const TEMPLATE_CATEGORIES = ['modern', 'classic', 'creative', 'ats-friendly', 'executive'] as const;
export const TEMPLATE_LAYOUTS = ['single-column', 'two-column', 'sidebar'] as const;
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is #rrggbb.');

export const templateSection = z.object({
  type: z.enum(SECTION_TYPES),
  title: text(60),
  order: z.number().int().min(0).max(20),
  visible: z.boolean(),
  /** Where the section goes in a two-column or sidebar layout; single-column ignores it. */
  column: z.enum(['main', 'side']),
});

export const templateStyling = z.object({
  fontFamily: z.enum(['Helvetica', 'Times-Roman', 'Courier']),
  fontSize: z.number().min(8).max(16),
  colors: z.object({ primary: hexColour, text: hexColour, accent: hexColour }),
  /** Line spacing multiplier and the gap between sections in points. */
  lineHeight: z.number().min(1).max(2),
  sectionGap: z.number().min(0).max(36),
});

export const documentTemplate = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,40}$/),
  name: text(80),
  category: z.enum(TEMPLATE_CATEGORIES),
  layout: z.enum(TEMPLATE_LAYOUTS),
  sections: z.array(templateSection).min(1).max(SECTION_TYPES.length),
  styling: templateStyling,
});
export type DocumentTemplate = z.infer<typeof documentTemplate>;

// --- Quality metrics per version ----------------------------------------------------------------

export const documentQuality = z.object({
  /** Share of the job's required skills the seeker has that the profile as is / the document shows. */
  keywordCoverageBefore: z.number().min(0).max(1),
  keywordCoverageAfter: z.number().min(0).max(1),
  /**
   * How many of the job's required skills the seeker has: with 0 the coverage figures measure
   * nothing (they read 1). Absent on versions written before it was kept.
   */
  keywordsTargeted: z.number().int().min(0).optional(),
  keywordsUsed: z.array(z.string()),
  /** Of those, the ones the document does not name (absent on older versions). */
  keywordsNotShown: z.array(z.string()).optional(),
  /** The job's listed required skills the seeker lacks: no document may claim them (absent on older versions). */
  keywordsLacking: z.array(z.string()).optional(),
  sectionsPresent: z.array(z.enum(SECTION_TYPES)),
  wordCount: z.number().int().min(0),
  pages: z.number().int().min(0),
  /** Flesch-Kincaid grade level of the running text. */
  readingGrade: z.number(),
  /** Roles the resume shows, and of those the ones with no title or no employer (absent on older versions). */
  rolesShown: z.number().int().min(0).optional(),
  rolesIncomplete: z.number().int().min(0).optional(),
});
export type DocumentQuality = z.infer<typeof documentQuality>;
