/**
 * JSON Resume v1.0.0 (https://jsonresume.org/schema): basics, work, education, skills, projects,
 * certificates, the sections our own importer (services/resume/json-resume-import.ts) reads back.
 * Dates keep their precision ("2019", "2020-01"); an unknown date is left out. JSON Resume has no
 * cover letter: one is written as basics plus a `coverLetter` object (extra properties are allowed
 * by the schema and ignored by readers that do not know them).
 */
import { jsonResumeSchema, type JsonResume } from '@/lib/validators/resume';
import type {
  CoverLetterContent,
  DocumentContent,
  DocumentPerson,
  ResumeContent,
  ResumeSection,
} from '@/lib/validators/documents';
import { jsonResumeDate } from './format-dates';
import { profileNetwork } from '@/lib/display-link';

const SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

type Section<T extends ResumeSection['type']> = Extract<ResumeSection, { type: T }>;
const sectionOf = <T extends ResumeSection['type']>(content: ResumeContent, type: T) =>
  content.sections.find((s): s is Section<T> => s.type === type);

/** Only present values: JSON Resume readers treat "" and null inconsistently, absence they all read. */
const present = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;

function basics(person: DocumentPerson, summary?: string) {
  const parts =
    person.location
      ?.split(',')
      .map((p) => p.trim())
      .filter(Boolean) ?? [];
  const location = parts.length
    ? present({ city: parts[0], region: parts.slice(1).join(', ') || undefined })
    : undefined;
  const profiles = (person.links ?? []).map((url) => present({ network: profileNetwork(url), url }));
  return present({
    name: person.name,
    label: person.headline ?? undefined,
    email: person.email ?? undefined,
    phone: person.phone ?? undefined,
    summary,
    location,
    profiles: profiles.length ? profiles : undefined,
  });
}

export interface JsonResumeDocument extends JsonResume {
  $schema: string;
  projects?: { name: string; url?: string; highlights: string[] }[];
  certificates?: { name: string; issuer?: string; date?: string }[];
  coverLetter?: {
    date: string;
    company: string;
    jobTitle: string;
    greeting: string;
    paragraphs: string[];
    closing: string;
  };
}

function resumeJson(content: ResumeContent): JsonResumeDocument {
  const summary = sectionOf(content, 'summary')
    ?.paragraphs.map((p) => p.text)
    .join('\n\n');
  return {
    $schema: SCHEMA_URL,
    basics: basics(content.person, summary || undefined),
    work: (sectionOf(content, 'experience')?.items ?? []).map((e) =>
      present({
        name: e.company ?? undefined,
        position: e.title ?? undefined,
        location: e.location ?? undefined,
        startDate: jsonResumeDate(e.start),
        endDate: e.isCurrent ? undefined : jsonResumeDate(e.end),
        highlights: e.bullets.map((b) => b.text),
      }),
    ),
    education: (sectionOf(content, 'education')?.items ?? []).map((e) =>
      present({
        institution: e.institution ?? undefined,
        studyType: e.degree ?? undefined,
        area: e.fieldOfStudy ?? undefined,
        startDate: jsonResumeDate(e.start),
        endDate: jsonResumeDate(e.end),
        score: e.grade ?? undefined,
      }),
    ),
    skills: (sectionOf(content, 'skills')?.items ?? []).map((s) => ({ name: s.name })),
    projects: (sectionOf(content, 'projects')?.items ?? []).map((p) =>
      present({ name: p.name, url: p.url ?? undefined, highlights: p.bullets.map((b) => b.text) }),
    ),
    certificates: (sectionOf(content, 'certifications')?.items ?? []).map((c) =>
      present({ name: c.name, issuer: c.issuer ?? undefined, date: jsonResumeDate(c.issuedOn) }),
    ),
  };
}

function letterJson(content: CoverLetterContent): JsonResumeDocument {
  return {
    $schema: SCHEMA_URL,
    basics: basics(content.person),
    coverLetter: {
      date: content.date,
      company: content.recipient.company,
      jobTitle: content.recipient.jobTitle,
      greeting: content.greeting,
      paragraphs: content.paragraphs.map((p) => p.text),
      closing: content.closing,
    },
  };
}

export function toJsonResume(content: DocumentContent): JsonResumeDocument {
  const json = content.kind === 'resume' ? resumeJson(content) : letterJson(content);
  // Our own reader's schema: whatever we write, we can import.
  jsonResumeSchema.parse(json);
  return json;
}

export const renderJsonResume = (content: DocumentContent): string =>
  `${JSON.stringify(toJsonResume(content), null, 2)}\n`;
