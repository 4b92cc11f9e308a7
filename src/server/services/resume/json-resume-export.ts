/**
 * Profile -> JSON Resume v1.0.0 (https://jsonresume.org/schema). Dates are exported as precisely as
 * they are known ("2019", "2020-01", "2020-01-14"); without a precision, month ("2020-01").
 */
import { type JsonResumeExport } from '@/lib/validators/resume';
import { type DatePrecision, type SkillCategory } from '@/lib/validators/enums';
import { profileNetwork } from '@/lib/display-link';

type DateLike = string | Date | null;

export interface ProfileForExport {
  firstName: string;
  lastName: string;
  email: string;
  headline: string | null;
  summary: string | null;
  location: string | null;
  phone?: string | null;
  /** Profile and portfolio addresses; known networks become basics.profiles. */
  links?: string[];
  skills: { name: string; category: SkillCategory; proficiencyLevel: number; yearsOfExperience: number | null }[];
  experience: {
    /** Null when the resume did not say. */
    title: string | null;
    company: string | null;
    location: string | null;
    startDate: DateLike;
    startPrecision?: DatePrecision;
    endDate: DateLike;
    endPrecision?: DatePrecision;
    isCurrent: boolean;
    description: string | null;
    achievements: string[];
  }[];
  education: {
    institution: string | null;
    degree: string | null;
    fieldOfStudy: string | null;
    startDate: DateLike;
    endDate: DateLike;
  }[];
  projects?: {
    name: string;
    description: string | null;
    url: string | null;
    startDate: DateLike;
    endDate: DateLike;
    highlights: string[];
  }[];
  certifications?: { name: string; issuer: string | null; issuedOn: DateLike; issuedOnPrecision?: DatePrecision }[];
}

/** Proficiency 1-5 as JSON Resume's free-text level. */
export const PROFICIENCY_LEVELS = ['Beginner', 'Elementary', 'Intermediate', 'Advanced', 'Expert'] as const;
/** The same scale for human languages, in LinkedIn's wording. */
export const LANGUAGE_FLUENCY = [
  'Elementary proficiency',
  'Limited working proficiency',
  'Professional working proficiency',
  'Full professional proficiency',
  'Native or bilingual proficiency',
] as const;

const clampLevel = (n: number) => Math.min(5, Math.max(1, Math.round(n))) - 1;

function monthOf(date: DateLike, precision: DatePrecision = 'month'): string | undefined {
  if (!date || precision === 'unknown') return undefined;
  const iso = date instanceof Date ? date.toISOString() : date;
  const length = precision === 'year' ? 4 : precision === 'day' ? 10 : 7;
  const m = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(iso)?.[0];
  return m ? m.slice(0, Math.min(length, m.length)) : undefined;
}

/**
 * Education dates carry no precision: an imported "2011 - 2015" is stored as 1 January, whose month
 * nobody wrote. Such a date is exported as its year; any other keeps its month.
 */
function educationPrecision(date: DateLike): DatePrecision {
  const iso = date instanceof Date ? date.toISOString() : date;
  return iso && /^\d{4}-01-01/.test(iso) ? 'year' : 'month';
}

/** "Austin, TX" -> { city: "Austin", region: "TX" }; a single part is the city. */
function splitLocation(location: string | null): { city?: string; region?: string } | undefined {
  const parts =
    location
      ?.split(',')
      .map((p) => p.trim())
      .filter(Boolean) ?? [];
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? { city: parts[0] } : { city: parts[0], region: parts.slice(1).join(', ') };
}

const withoutUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;

export function draftToJsonResume(profile: ProfileForExport): JsonResumeExport {
  const languages = profile.skills.filter((s) => s.category === 'language');
  return {
    basics: withoutUndefined({
      name: `${profile.firstName} ${profile.lastName}`.trim(),
      label: profile.headline ?? undefined,
      email: profile.email,
      phone: profile.phone ?? undefined,
      summary: profile.summary ?? undefined,
      location: splitLocation(profile.location),
      profiles: profile.links?.length
        ? profile.links.map((url) => withoutUndefined({ network: profileNetwork(url), url }))
        : undefined,
    }),
    work: profile.experience.map((e) =>
      withoutUndefined({
        name: e.company ?? undefined,
        position: e.title ?? undefined,
        location: e.location ?? undefined,
        startDate: monthOf(e.startDate, e.startPrecision),
        endDate: e.isCurrent ? undefined : monthOf(e.endDate, e.endPrecision),
        summary: e.description ?? undefined,
        highlights: e.achievements,
      }),
    ),
    education: profile.education.map((e) =>
      withoutUndefined({
        institution: e.institution ?? undefined,
        studyType: e.degree ?? undefined,
        area: e.fieldOfStudy ?? undefined,
        startDate: monthOf(e.startDate, educationPrecision(e.startDate)),
        endDate: monthOf(e.endDate, educationPrecision(e.endDate)),
      }),
    ),
    skills: profile.skills
      .filter((s) => s.category !== 'language')
      .map((s) => ({ name: s.name, level: PROFICIENCY_LEVELS[clampLevel(s.proficiencyLevel)], keywords: [] })),
    languages: languages.map((s) => ({ language: s.name, fluency: LANGUAGE_FLUENCY[clampLevel(s.proficiencyLevel)] })),
    projects: (profile.projects ?? []).map((p) =>
      withoutUndefined({
        name: p.name,
        description: p.description ?? undefined,
        url: p.url ?? undefined,
        startDate: monthOf(p.startDate),
        endDate: monthOf(p.endDate),
        highlights: p.highlights,
      }),
    ),
    certificates: (profile.certifications ?? []).map((c) =>
      withoutUndefined({ name: c.name, issuer: c.issuer ?? undefined, date: monthOf(c.issuedOn, c.issuedOnPrecision) }),
    ),
  };
}
