/**
 * The evaluation's queries: the unique resumes of ../shared/data/resumes/UpdatedResumeDataSet.csv
 * (read at eval time, never copied into the repository), mojibake repaired, de-duplicated, parsed
 * with the app's own resume parser, labelled by their category (category-occupations.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseResume } from '@/server/services/resume/parse-resume';
import { repairMojibake } from '@/server/services/resume/repair-mojibake';
import type { ProfileForMatching } from '@/server/services/matching/types';
import { yearsOfExperience } from '@/server/services/profile/years-of-experience';
import { tokenize } from '@/server/services/matching/text/tokenize';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { CATEGORY_OCCUPATIONS, EXCLUDED_CATEGORIES } from './category-occupations';
import { parseCsv } from '../csv';

export const RESUMES_FILE = path.resolve(process.cwd(), '..', 'shared', 'data', 'resumes', 'UpdatedResumeDataSet.csv');

export interface ResumeQuery {
  id: string;
  category: string;
  /** Grade-2 occupations of the category. */
  codes: readonly string[];
  /** Dev half (tuned on) or holdout half (never looked at while tuning), by the id's hash. */
  split: 'dev' | 'holdout';
  /** The designation line the dataset puts above "Skill Details" ("Java developer"), or ''. */
  title: string;
  text: string;
  profile: ProfileForMatching;
}

/** In this dataset the candidate's designation is the line just above "Skill Details" (plus an optional "Title - Company" line). */
const DESIGNATION = /\n([^\n]+?)[ \t]*\n[ \t]*\n(?:[^\n]*\n)?[ \t]*Skill Details/;
const CR = /\r/g;

export function designationOf(text: string): string {
  return DESIGNATION.exec(text.replace(CR, ''))?.[1]?.trim() ?? '';
}

/** "5+ years of experience", "2.5 yrs": the largest stated figure, for resumes whose dates did not parse. */
function statedYears(text: string): number {
  let best = 0;
  for (const m of text.matchAll(/(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\b/gi)) {
    const n = Number(m[1]);
    if (n <= 40) best = Math.max(best, n);
  }
  return best;
}

function toProfile(id: string, title: string, text: string): ProfileForMatching {
  const draft = parseResume(text);
  const experience = draft.experience.map(({ value: e }) => ({
    title: e.title,
    company: e.company,
    description: e.description,
    achievements: e.achievements,
    startDate: e.startDate,
    endDate: e.endDate,
    isCurrent: e.isCurrent,
    durationMonths: e.durationMonths,
  }));
  const dated = experience.filter((e) => e.startDate !== null);
  return {
    userId: id,
    headline: title || (draft.headline?.value ?? null),
    summary: draft.summary?.value ?? null,
    careerGoals: null,
    targetOccupations: [],
    skills: draft.skills.map((s) => ({
      name: canonicalizeSkill(s.value.name).name,
      proficiencyLevel: 3,
      yearsOfExperience: 0,
    })),
    experience,
    education: draft.education.map((e) => ({ degree: e.value.degree, fieldOfStudy: e.value.fieldOfStudy })),
    projects: draft.projects.map((p) => [p.value.name, p.value.description, ...p.value.highlights].filter(Boolean).join('\n')),
    certifications: draft.certifications.map((c) => c.value.name),
    yearsOfExperience: Math.max(yearsOfExperience(dated, new Date('2019-06-01')), statedYears(text)),
    // The upper bound reads years stated anywhere in the text ("5+ years"), so it always knows them.
    yearsOfExperienceKnown: true,
    // The dataset says nothing of where or for how much they want to work: every job fits equally.
    preferences: { locations: [], remoteTypes: [], jobTypes: [], salaryMinAnnualUsd: null },
    occupations: [],
  };
}

export function loadResumeQueries(file: string = RESUMES_FILE): ResumeQuery[] {
  const [, ...records] = parseCsv(readFileSync(file, 'utf8'));
  const seen = new Set<string>();
  const out: ResumeQuery[] = [];
  for (const [category = '', raw = ''] of records) {
    const text = repairMojibake(raw);
    const id = createHash('sha1').update(text).digest('hex').slice(0, 12);
    if (seen.has(id)) continue;
    seen.add(id);
    if (EXCLUDED_CATEGORIES.has(category)) continue;
    const codes = CATEGORY_OCCUPATIONS[category];
    if (!codes) throw new Error(`Resume category "${category}" has no occupation mapping.`);
    const title = designationOf(text);
    out.push({
      id,
      category,
      codes,
      split: parseInt(id.slice(0, 2), 16) % 2 === 0 ? 'dev' : 'holdout',
      title,
      text,
      profile: toProfile(id, title, text),
    });
  }
  return out;
}

const WORD = /\.?[\p{L}\p{N}][\p{L}\p{N}+#]*(?:\.[\p{L}\p{N}]+)*/gu;

/** The query's own title words: its category and its designation line, as index terms. */
export function titleWordsOf(q: Pick<ResumeQuery, 'category' | 'title'>): Set<string> {
  return new Set(tokenize(`${q.category} ${q.title}`));
}

/** Every word one of whose terms is a title word, removed ("Java", "C#.NET" for a DotNet resume). */
export function removeWords(text: string, words: ReadonlySet<string>): string {
  return text.replace(WORD, (w) => (tokenize(w).some((t) => words.has(t)) ? '' : w));
}

/**
 * The harder setting: the resume with its title words removed everywhere (text, headline,
 * experience titles and skills), so a method has to recognise the occupation from the rest.
 */
export function withoutTitleWords(q: ResumeQuery): ResumeQuery {
  const words = titleWordsOf(q);
  const strip = (s: string) => removeWords(s, words).replace(/\s+/g, ' ').trim();
  return {
    ...q,
    title: '',
    text: removeWords(q.text, words),
    profile: {
      ...q.profile,
      headline: null,
      careerGoals: q.profile.careerGoals === null ? null : strip(q.profile.careerGoals),
      skills: q.profile.skills.filter((s) => !tokenize(s.name).some((t) => words.has(t))),
      experience: q.profile.experience.map((e) => ({
        ...e,
        title: e.title === null ? null : strip(e.title),
        achievements: e.achievements.map(strip),
      })),
    },
  };
}
