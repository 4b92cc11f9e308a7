/**
 * The design's _extract_job_requirements, done offline from the job row: required and preferred
 * skills (the row's requiredSkills plus skills the shared taxonomy finds in the description; the
 * "nice to have" / "preferred" / "bonus" parts go to preferred), years, education level,
 * responsibilities (the description's bullet lines) and culture signals. A job whose description
 * is short or empty still yields requirements from its title and skills.
 */
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { contentWords } from './words';
import { skillsInText } from './skills-in-text';

export const EDUCATION_LEVELS = ['high_school', 'associate', 'bachelor', 'master', 'doctorate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export interface RequiredSkill {
  name: string;
  key: string;
}

export interface JobRequirements {
  jobId: string;
  title: string;
  company: string;
  requiredSkills: RequiredSkill[];
  /**
   * The skills the job itself lists as required, canonical and deduplicated: what matching counts
   * ("You have 2 of the 6 required skills"), so the document's coverage uses the same ones.
   * requiredSkills adds those the posting's text names.
   */
  listedSkills: RequiredSkill[];
  preferredSkills: RequiredSkill[];
  years: number | null;
  education: EducationLevel | null;
  responsibilities: string[];
  cultureSignals: string[];
  /** Content words of the title, skills and responsibilities: what bullets are ranked against. */
  keywords: string[];
}

export interface JobForRequirements {
  id: string;
  title: string;
  companyName: string;
  description: string;
  requiredSkills: string[];
  requiredYears: number;
}

const PREFERRED_CUE = /\b(nice[ -]to[ -]have|preferred|preferably|bonus|a plus|is a plus|desirable|nice if)\b/i;
const REQUIRED_HEADING = /\b(requirements?|qualifications?|must[ -]haves?|required|what you (?:bring|need|have)|skills)\b/i;
const RESPONSIBILITY_HEADING =
  /\b(responsibilities|what you(?:'|’)?ll (?:do|be doing)|what you will (?:do|be doing)|duties|the role|your role|day to day)\b/i;
const BULLET = /^\s*(?:[-*•·▪●◦‣]|\d{1,2}[.)])\s+/;

const CULTURE = [
  'collaborative',
  'fast-paced',
  'remote-first',
  'inclusive',
  'diverse',
  'diversity',
  'autonomy',
  'ownership',
  'mentorship',
  'work-life balance',
  'flexible',
  'startup',
  'innovative',
  'customer-focused',
  'mission-driven',
  'learning',
  'transparent',
  'agile',
  'cross-functional',
  'entrepreneurial',
];

const EDUCATION_PATTERNS: [EducationLevel, RegExp][] = [
  ['doctorate', /\b(ph\.?\s?d|doctorate|doctoral)\b/i],
  ['master', /\b(master'?s?|m\.?s\.?c?|mba|m\.?eng)\b(?=.{0,40}\b(degree|in|or)\b)|\bmaster'?s\b/i],
  ['bachelor', /\b(bachelor'?s?|b\.?s\.?c?|b\.?a\.?|b\.?e\.?|b\.?tech|undergraduate degree|4-year degree|degree in)\b/i],
  ['associate', /\bassociate'?s? degree\b/i],
  ['high_school', /\b(high school|ged|secondary school)\b/i],
];

function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 60 && !BULLET.test(t) && (/:$/.test(t) || !/[.!?]$/.test(t)) && t.split(/\s+/).length <= 8;
}

function addSkill(into: Map<string, RequiredSkill>, raw: string) {
  const c = canonicalizeSkill(raw);
  if (c.name && !into.has(c.key)) into.set(c.key, { name: c.name, key: c.key });
}

function yearsFrom(text: string): number | null {
  const found = [...text.matchAll(/\b(\d{1,2})\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b/gi)]
    .map((m) => Number(m[1]))
    .filter((n) => n > 0 && n <= 40);
  return found.length ? Math.min(...found) : null;
}

export function extractJobRequirements(job: JobForRequirements): JobRequirements {
  const required = new Map<string, RequiredSkill>();
  const preferred = new Map<string, RequiredSkill>();
  for (const s of job.requiredSkills) addSkill(required, s);
  const listedSkills = [...required.values()];

  const requiredText: string[] = [job.title];
  const preferredText: string[] = [];
  const responsibilities: string[] = [];
  const bullets: string[] = [];
  let mode: 'required' | 'preferred' | 'responsibilities' | 'other' = 'other';
  for (const raw of job.description.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (isHeading(line)) {
      if (PREFERRED_CUE.test(line)) mode = 'preferred';
      else if (RESPONSIBILITY_HEADING.test(line)) mode = 'responsibilities';
      else if (REQUIRED_HEADING.test(line)) mode = 'required';
      else mode = 'other';
      continue;
    }
    // A sentence that says "... is a plus" is preferred wherever it stands.
    const isPreferred = mode === 'preferred' || PREFERRED_CUE.test(line);
    (isPreferred ? preferredText : requiredText).push(line);
    if (BULLET.test(line)) {
      const item = line.replace(BULLET, '').trim();
      bullets.push(item);
      if (mode === 'responsibilities') responsibilities.push(item);
    }
  }
  // No "Responsibilities" heading: every bullet outside the preferred part describes the work.
  if (responsibilities.length === 0) {
    responsibilities.push(...bullets.filter((b) => !preferredText.some((p) => p.includes(b))));
  }

  for (const s of skillsInText(requiredText.join('\n'))) if (!required.has(s.key)) required.set(s.key, s);
  for (const s of skillsInText(preferredText.join('\n'))) {
    if (!required.has(s.key) && !preferred.has(s.key)) preferred.set(s.key, s);
  }

  const lower = job.description.toLowerCase();
  const cultureSignals = CULTURE.filter((c) => lower.includes(c));
  const education = EDUCATION_PATTERNS.find(([, re]) => re.test(requiredText.join('\n')))?.[0] ?? null;
  const years = yearsFrom(requiredText.join('\n')) ?? (job.requiredYears > 0 ? job.requiredYears : null);

  const requiredSkills = [...required.values()].map(({ name, key }) => ({ name, key }));
  const keywords = [
    ...new Set(contentWords([job.title, ...requiredSkills.map((s) => s.name), ...responsibilities].join(' '))),
  ];
  return {
    jobId: job.id,
    title: job.title,
    company: job.companyName,
    requiredSkills,
    listedSkills,
    preferredSkills: [...preferred.values()].map(({ name, key }) => ({ name, key })),
    years,
    education,
    responsibilities: responsibilities.slice(0, 15),
    cultureSignals,
    keywords,
  };
}
