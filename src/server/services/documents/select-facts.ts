/**
 * Picks and orders the profile's facts for one job: roles by relevance to the requirements with
 * recency counting too, each role's bullets (achievements, then description sentences) by their
 * overlap with the job, and the seeker's skills that the job requires first. Everything selected
 * keeps the id of the profile fact it came from.
 */
import type { DocumentLength } from '@/lib/validators/documents-api';
import type { DocumentDate } from '@/lib/validators/documents';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import type { JobRequirements } from './extract-requirements';
import { dateOf, type SeekerProfile } from './profile-facts';
import { contentWords, LABELLED_FIELD, normalizeName, sentences } from './words';
import { skillsInText } from './skills-in-text';

export interface SelectedBullet {
  text: string;
  factId: string;
  score: number;
}

export interface SelectedExperience {
  factId: string;
  title: string | null;
  company: string | null;
  location: string | null;
  start: DocumentDate;
  end: DocumentDate;
  isCurrent: boolean;
  score: number;
  bullets: SelectedBullet[];
}

export interface SelectedSkill {
  factId: string;
  name: string;
  key: string;
  required: boolean;
  preferred: boolean;
}

/** JSON-safe (a memoized workflow step returns it). */
export interface SelectedFacts {
  experiences: SelectedExperience[];
  skills: SelectedSkill[];
  /** The seeker's skills the job requires, in the job's order. */
  matchedRequired: SelectedSkill[];
  education: SeekerProfile['profile']['education'];
  projects: (SeekerProfile['profile']['projects'][number] & { score: number })[];
  certifications: SeekerProfile['profile']['certifications'];
}

/** Spoken languages a document lists beside its skills. */
const MAX_LANGUAGES = 6;

export const LIMITS: Record<DocumentLength, { roles: number; bullets: number; skills: number; projects: number }> = {
  short: { roles: 3, bullets: 3, skills: 12, projects: 1 },
  standard: { roles: 6, bullets: 5, skills: 20, projects: 3 },
  detailed: { roles: 12, bullets: 8, skills: 40, projects: 6 },
};

function overlap(text: string, keywords: Set<string>, requiredKeys: Set<string>): number {
  const words = new Set(contentWords(text));
  let hits = 0;
  for (const w of words) if (keywords.has(w)) hits += 1;
  const skillHits = skillsInText(text).filter((s) => requiredKeys.has(s.key)).length;
  return hits + 2 * skillHits;
}

/**
 * "Company Name: Initech." or "Designation: Analyst": a field of the role written again as a line
 * of its text (flattened resumes do this); the role's own heading already says it.
 */
function restatesRole(line: string, role: { title: string | null; company: string | null }): boolean {
  const field = LABELLED_FIELD.exec(line);
  if (!field?.[1]) return false;
  const value = normalizeName(field[1]);
  return value === normalizeName(role.company) || value === normalizeName(role.title);
}

function yearsAgo(end: string | null, isCurrent: boolean, now: Date): number {
  if (isCurrent) return 0;
  if (!end) return 10; // undated roles rank as old ones
  return Math.max(0, (now.getTime() - new Date(end).getTime()) / (365.25 * 86_400_000));
}

/** How many times the roles' and projects' own words name each skill (by canonical key). */
function mentionsIn(profile: SeekerProfile['profile']): Map<string, number> {
  const counts = new Map<string, number>();
  const texts = [
    ...profile.experience.flatMap((e) => [e.title, e.description, ...e.achievements]),
    ...profile.projects.flatMap((p) => [p.name, p.description, ...p.highlights]),
  ];
  for (const text of texts) {
    if (!text) continue;
    for (const s of skillsInText(text)) counts.set(s.key, (counts.get(s.key) ?? 0) + s.occurrences);
  }
  return counts;
}

export function selectFacts(
  seeker: SeekerProfile,
  req: JobRequirements,
  length: DocumentLength = 'standard',
  now = new Date(),
): SelectedFacts {
  const limit = LIMITS[length];
  const keywords = new Set(req.keywords);
  const requiredKeys = new Set(req.requiredSkills.map((s) => s.key));
  const preferredKeys = new Set(req.preferredSkills.map((s) => s.key));
  const titleWords = new Set(contentWords(req.title));
  const { profile } = seeker;

  const experiences = profile.experience.map((e, index): SelectedExperience => {
    const raw = [...e.achievements.map((a) => a.trim()), ...(e.description ? sentences(e.description) : [])].filter(
      (t, i, all) => t.length > 0 && all.indexOf(t) === i && !restatesRole(t, e),
    );
    const bullets = raw
      .map((text, i) => ({ text, factId: e.id, score: overlap(text, keywords, requiredKeys), i }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .map(({ text, factId, score }) => ({ text, factId, score }));
    const titleHits = contentWords(e.title ?? '').filter((w) => titleWords.has(w)).length;
    const relevance = titleHits * 3 + bullets.reduce((n, b) => n + b.score, 0);
    const recency = 1 / (1 + yearsAgo(e.endDate, e.isCurrent, now) / 3);
    return {
      factId: e.id,
      title: e.title,
      company: e.company,
      location: e.location,
      start: dateOf(e.startDate, e.startPrecision),
      end: dateOf(e.endDate, e.endPrecision),
      isCurrent: e.isCurrent,
      // Relevance leads, recency breaks near-ties, the profile's own order breaks the rest.
      score: Math.log1p(relevance) + recency - index * 0.01,
      bullets: bullets.slice(0, limit.bullets),
    };
  });
  experiences.sort((a, b) => b.score - a.score);

  const seen = new Set<string>();
  const skills: SelectedSkill[] = [];
  // Spoken languages are listed apart ("Languages: English, Spanish") and never cut for a tool.
  const languages: SelectedSkill[] = [];
  /** The level and years the seeker gave each skill (by key). */
  const given = new Map<string, { level: number; years: number }>();
  // A certification kept as a skill too (an import reads "AWS Certified Solutions Architect"
  // as both) is listed once, under Certifications; it still counts as a skill the job may ask for.
  const certificationNames = profile.certifications.map((c) => normalizeName(c.name));
  const certified = new Set<string>();
  for (const s of profile.skills) {
    const key = canonicalizeSkill(s.name).key;
    if (seen.has(key)) continue;
    seen.add(key);
    const name = normalizeName(s.name);
    if (s.category === 'certification' && certificationNames.some((c) => c.includes(name))) certified.add(key);
    const selected = {
      factId: s.id,
      name: s.name,
      key,
      required: requiredKeys.has(key),
      preferred: preferredKeys.has(key),
    };
    if (s.category === 'language' && !selected.required) languages.push(selected);
    else skills.push(selected);
    given.set(key, { level: s.proficiencyLevel, years: s.yearsOfExperience });
  }
  // Required ones in the job's order (its own skill list before those found in the text), then
  // preferred, then the rest by the level and years the seeker gave, and then by how often the
  // roles and projects name them: an import gives every skill the same level and no years, and
  // the profile's alphabetical order would keep "Agile" and cut "Python".
  const requiredOrder = new Map(req.requiredSkills.map((r, i) => [r.key, i]));
  const rank = (s: SelectedSkill) => requiredOrder.get(s.key) ?? (s.preferred ? 10_000 : 20_000);
  const mentions = mentionsIn(profile);
  const level = (s: SelectedSkill) => given.get(s.key)?.level ?? 0;
  const years = (s: SelectedSkill) => given.get(s.key)?.years ?? 0;
  const orderedSkills = skills
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        rank(a.s) - rank(b.s) ||
        level(b.s) - level(a.s) ||
        years(b.s) - years(a.s) ||
        (mentions.get(b.s.key) ?? 0) - (mentions.get(a.s.key) ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.s);
  const byKey = new Map(skills.map((s) => [s.key, s]));
  const matchedRequired = req.requiredSkills.map((r) => byKey.get(r.key)).filter((s): s is SelectedSkill => !!s);

  const projects = profile.projects
    .map((p, i) => ({
      ...p,
      score: overlap([p.name, p.description, ...p.highlights].join(' '), keywords, requiredKeys),
      i,
    }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, limit.projects)
    .map(({ i: _i, ...p }) => p);

  return {
    experiences: experiences.slice(0, limit.roles),
    skills: [
      ...orderedSkills.filter((s) => !certified.has(s.key)).slice(0, limit.skills),
      ...languages.slice(0, MAX_LANGUAGES),
    ],
    matchedRequired,
    education: profile.education,
    projects,
    certifications: profile.certifications,
  };
}
