/**
 * JSON Resume v1.0.0 -> ResumeDraft, for the same review screen as a parsed file. The input is
 * validated (unknown fields are ignored); skills and keywords are canonicalized.
 */
import { z } from 'zod';
import { jsonResumeSchema, type JsonResume, type ResumeDraft, type Sourced } from '@/lib/validators/resume';
import { CAREER_EARLIEST_DATE, careerLatestDate } from '@/lib/validators/dates';
import { type DatePrecision, type SkillCategory } from '@/lib/validators/enums';
import { AppError } from '@/server/errors';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { leftOutOfJsonResume } from './left-out';

/** JSON Resume dates (YYYY, YYYY-MM, YYYY-MM-DD) as YYYY-MM-DD, whatever the year. */
const asIso = (d: string | undefined) => (d ? `${d}${d.length === 4 ? '-01-01' : d.length === 7 ? '-01' : ''}` : null);
/**
 * A date outside a working life (before 1940, over ten years ahead: validators/dates.ts) is read
 * as unknown: the profile refuses it, and the commit would have refused the whole import.
 */
const inCareer = (d: string | undefined) => {
  const iso = asIso(d);
  return iso !== null && iso >= CAREER_EARLIEST_DATE && iso <= careerLatestDate() ? d : undefined;
};
/** The draft's YYYY-MM-DD, or null when unknown or out of range. */
const fullDate = (d: string | undefined) => asIso(inCareer(d));
/** "2019" is a year, "2019-03" a month, "2019-03-14" a day. */
const precisionOf = (raw: string | undefined): DatePrecision => {
  const d = inCareer(raw);
  return !d ? 'unknown' : d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
};

/**
 * JSON Resume's projects[] and certificates[], read leniently from the raw file: a malformed entry is
 * skipped rather than failing the import (they are extras beside work and education).
 */
const isoOrUndefined = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .optional()
  .catch(undefined);
const optionalText = z.string().optional().catch(undefined);
const extrasSchema = z.object({
  projects: z
    .array(
      z
        .object({
          name: optionalText,
          description: optionalText,
          url: optionalText,
          startDate: isoOrUndefined,
          endDate: isoOrUndefined,
          highlights: z.array(z.string()).optional().catch(undefined),
        })
        .nullable()
        .catch(null),
    )
    .optional()
    .catch(undefined),
  certificates: z
    .array(z.object({ name: optionalText, issuer: optionalText, date: isoOrUndefined }).nullable().catch(null))
    .optional()
    .catch(undefined),
});

/** Imported values are what the person wrote: full confidence, the JSON path as their source. */
const from = <T>(value: T, section: string, index: number, text: string): Sourced<T> => ({
  value,
  confidence: 1,
  source: { section, line: index, text },
});

function importSkills(json: JsonResume): ResumeDraft['skills'] {
  const out = new Map<string, ResumeDraft['skills'][number]>();
  const add = (raw: string, section: string, index: number, category?: SkillCategory) => {
    const skill = canonicalizeSkill(raw);
    if (!skill.name || out.has(skill.key)) return;
    out.set(skill.key, from({ name: skill.name, category: category ?? skill.category }, section, index, raw));
  };
  (json.skills ?? []).forEach((s, i) => {
    const keywords = s.keywords ?? [];
    // An entry with keywords is usually a group ("Web Development": [React, CSS]); keep its name
    // only when it is a skill itself.
    if (s.name && (keywords.length === 0 || canonicalizeSkill(s.name).known)) add(s.name, 'skills', i);
    for (const k of keywords) add(k, 'skills', i);
  });
  (json.languages ?? []).forEach((l, i) => l.language && add(l.language, 'languages', i, 'language'));
  return [...out.values()];
}

export function jsonResumeToDraft(input: unknown): ResumeDraft {
  const parsed = jsonResumeSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join('.') || 'root'] ??= []).push(issue.message);
    throw new AppError('VALIDATION_ERROR', 'This is not a valid JSON Resume file.', {
      reason: 'invalid_json_resume',
      fields,
    });
  }
  const json = parsed.data;
  const extras = extrasSchema.safeParse(input);
  const projects = extras.success ? (extras.data.projects ?? []) : [];
  const certificates = extras.success ? (extras.data.certificates ?? []) : [];
  const b = json.basics ?? {};
  const location = [b.location?.city, b.location?.region, b.location?.countryCode].filter(Boolean).join(', ');
  const links = [b.url, ...(b.profiles ?? []).map((p) => p.url)].filter((u): u is string => !!u);
  const draft: ResumeDraft = {
    contact: {
      fullName: b.name ? from(b.name, 'basics', 0, b.name) : null,
      email: b.email ? from(b.email, 'basics', 0, b.email) : null,
      phone: b.phone ? from(b.phone, 'basics', 0, b.phone) : null,
      location: location ? from(location, 'basics', 0, location) : null,
      links: links.map((url, i) => from(url, 'basics.profiles', i, url)),
    },
    headline: b.label ? from(b.label, 'basics', 0, b.label) : null,
    summary: b.summary ? from(b.summary, 'basics', 0, b.summary) : null,
    skills: importSkills(json),
    experience: (json.work ?? []).map((w, i) =>
      from(
        {
          title: w.position ?? '',
          company: w.name ?? '',
          location: w.location ?? null,
          startDate: fullDate(w.startDate),
          startPrecision: precisionOf(w.startDate),
          endDate: fullDate(w.endDate),
          endPrecision: precisionOf(w.endDate),
          isCurrent: !!fullDate(w.startDate) && !w.endDate,
          durationMonths: null,
          description: w.summary ?? null,
          achievements: w.highlights ?? [],
          guessed: [],
        },
        'work',
        i,
        [w.position, w.name].filter(Boolean).join(' at '),
      ),
    ),
    education: (json.education ?? []).map((e, i) =>
      from(
        {
          institution: e.institution ?? '',
          degree: e.studyType ?? '',
          fieldOfStudy: e.area ?? null,
          startDate: fullDate(e.startDate),
          endDate: fullDate(e.endDate),
        },
        'education',
        i,
        [e.studyType, e.area, e.institution].filter(Boolean).join(', '),
      ),
    ),
    projects: projects.flatMap((p, i) =>
      p?.name
        ? [
            from(
              {
                name: p.name,
                description: p.description ?? null,
                url: p.url ?? null,
                startDate: fullDate(p.startDate),
                endDate: fullDate(p.endDate),
                highlights: p.highlights ?? [],
                nameGuessed: false,
              },
              'projects',
              i,
              p.name,
            ),
          ]
        : [],
    ),
    certifications: certificates.flatMap((c, i) =>
      c?.name
        ? [
            from(
              { name: c.name, issuer: c.issuer ?? null, date: fullDate(c.date), precision: precisionOf(c.date) },
              'certificates',
              i,
              c.name,
            ),
          ]
        : [],
    ),
    leftOut: leftOutOfJsonResume(input),
    warnings: [],
    stats: {
      characters: JSON.stringify(input).length,
      sectionsFound: Object.keys(json).filter((k) => json[k as keyof JsonResume] !== undefined),
      format: 'paste',
    },
  };
  return draft;
}
