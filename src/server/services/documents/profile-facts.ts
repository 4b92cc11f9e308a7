/**
 * The seeker's profile as facts with ids: what generation may say and what the truthfulness
 * validator checks against. Every fact has the text it may be quoted from (including the years
 * of its dates, so "since 2019" traces) and the numbers in it.
 */
import { eq } from 'drizzle-orm';
import { PERSON_FACT_IDS, type DocumentDate } from '@/lib/validators/documents';
import type { DatePrecision } from '@/lib/validators/enums';
import type { ProfileOutput } from '@/lib/validators/profile';
import type { DbOrTx } from '@/server/db';
import { users } from '@/server/db/schema';
import { loadProfile } from '@/server/services/profile/load-profile';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { numbersIn } from './words';

export interface PersonRow {
  name: string;
  email: string;
  headline: string | null;
  summary: string | null;
  /** Contact details (profile/update-contact.ts): a document's header carries them as they are. */
  phone: string | null;
  location: string | null;
  links: string[];
}

/** JSON-safe: workflow steps return it and Inngest memoizes it. */
export interface SeekerProfile {
  userId: string;
  person: PersonRow;
  profile: Pick<ProfileOutput, 'skills' | 'experience' | 'education' | 'projects' | 'certifications' | 'preferences'>;
}

export type FactKind = 'person' | 'experience' | 'education' | 'project' | 'certification' | 'skill';

export interface Fact {
  id: string;
  kind: FactKind;
  text: string;
  numbers: Set<string>;
}

export interface FactIndex {
  seeker: SeekerProfile;
  byId: Map<string, Fact>;
  /** Canonical keys of the seeker's skills -> the skill row id. */
  skillIds: Map<string, string>;
  /** Lower-cased text of every fact: names in free text must occur here (or in the job's name). */
  corpus: string;
}

const PERSON_COLUMNS = {
  firstName: users.firstName,
  lastName: users.lastName,
  email: users.email,
  headline: users.professionalHeadline,
  summary: users.summary,
  phone: users.phone,
  location: users.location,
  links: users.links,
};

/**
 * The person row and the profile's tables are read at once (one wait, not two). A generation
 * reads the profile three times: the request's check, fact selection and the truthfulness check.
 */
export async function loadSeekerProfile(db: DbOrTx, userId: string): Promise<SeekerProfile | null> {
  const [[user], profile] = await Promise.all([
    db.select(PERSON_COLUMNS).from(users).where(eq(users.id, userId)).limit(1),
    loadProfile(db, userId),
  ]);
  if (!user) return null;
  const { skills, experience, education, projects, certifications, preferences } = profile;
  return {
    userId,
    person: {
      name: `${user.firstName} ${user.lastName}`.trim(),
      email: user.email,
      headline: user.headline,
      summary: user.summary,
      phone: user.phone,
      location: user.location,
      links: user.links,
    },
    profile: { skills, experience, education, projects, certifications, preferences },
  };
}

export const dateOf = (date: string | null, precision: DatePrecision = 'month'): DocumentDate => ({
  date,
  precision: date ? precision : 'unknown',
});

const yearOf = (d: string | null | undefined) => (d ? d.slice(0, 4) : '');

export function buildFactIndex(seeker: SeekerProfile): FactIndex {
  const byId = new Map<string, Fact>();
  const add = (id: string, kind: FactKind, parts: (string | number | null | undefined)[]) => {
    const text = parts.filter((p) => p !== null && p !== undefined && p !== '').join('\n');
    byId.set(id, {
      id,
      kind,
      text,
      numbers: new Set(numbersIn(text)),
    });
  };
  const { person, profile } = seeker;
  add(PERSON_FACT_IDS.name, 'person', [person.name]);
  add(PERSON_FACT_IDS.email, 'person', [person.email]);
  if (person.headline) add(PERSON_FACT_IDS.headline, 'person', [person.headline]);
  if (person.summary) add(PERSON_FACT_IDS.summary, 'person', [person.summary]);
  for (const e of profile.experience) {
    add(e.id, 'experience', [
      e.title,
      e.company,
      e.location,
      yearOf(e.startDate),
      yearOf(e.endDate),
      e.durationMonths,
      e.description,
      ...e.achievements,
    ]);
  }
  for (const e of profile.education) {
    add(e.id, 'education', [e.degree, e.fieldOfStudy, e.institution, e.grade, yearOf(e.startDate), yearOf(e.endDate)]);
  }
  for (const p of profile.projects) {
    add(p.id, 'project', [p.name, p.description, p.url, yearOf(p.startDate), yearOf(p.endDate), ...p.highlights]);
  }
  for (const c of profile.certifications) add(c.id, 'certification', [c.name, c.issuer, yearOf(c.issuedOn)]);
  const skillIds = new Map<string, string>();
  for (const s of profile.skills) {
    add(s.id, 'skill', [s.name, s.yearsOfExperience || null]);
    const key = canonicalizeSkill(s.name).key;
    if (!skillIds.has(key)) skillIds.set(key, s.id);
  }
  const corpus = [...byId.values()].map((f) => f.text.toLowerCase()).join('\n');
  return { seeker, byId, skillIds, corpus };
}
