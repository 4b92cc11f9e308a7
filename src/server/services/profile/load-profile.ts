import { asc, desc, eq, sql } from 'drizzle-orm';
import type { PreferencesOutput, ProfileOutput } from '@/lib/validators/profile';
import type { DbOrTx } from '@/server/db';
import { jsonList, parseJsonList } from '@/server/db/json-list';
import { certifications, education, experience, preferences, projects, skills, users } from '@/server/db/schema';
import { computeSkillScore } from './skill-score';

export const DEFAULT_PREFERENCES: PreferencesOutput = {
  locations: [],
  remoteTypes: [],
  jobTypes: [],
  salaryMin: null,
  salaryCurrency: 'USD',
  salaryPeriod: 'year',
  careerGoals: null,
  alertFrequency: 'weekly',
  targetOccupations: [],
  mustHaves: [],
  willingToRelocate: false,
};

const skillFields = {
  id: skills.id,
  name: skills.name,
  category: skills.category,
  proficiencyLevel: skills.proficiencyLevel,
  yearsOfExperience: skills.yearsOfExperience,
  endorsements: skills.endorsements,
  lastUsed: skills.lastUsed,
};
const experienceFields = {
  id: experience.id,
  title: experience.title,
  company: experience.company,
  location: experience.location,
  startDate: experience.startDate,
  startPrecision: experience.startPrecision,
  endDate: experience.endDate,
  endPrecision: experience.endPrecision,
  isCurrent: experience.isCurrent,
  durationMonths: experience.durationMonths,
  description: experience.description,
  achievements: experience.achievements,
};
const educationFields = {
  id: education.id,
  institution: education.institution,
  degree: education.degree,
  fieldOfStudy: education.fieldOfStudy,
  startDate: education.startDate,
  endDate: education.endDate,
  grade: education.grade,
};
const preferenceFields = {
  locations: preferences.locations,
  remoteTypes: preferences.remoteTypes,
  jobTypes: preferences.jobTypes,
  salaryMin: preferences.salaryMin,
  salaryCurrency: preferences.salaryCurrency,
  salaryPeriod: preferences.salaryPeriod,
  careerGoals: preferences.careerGoals,
  alertFrequency: preferences.alertFrequency,
  targetOccupations: preferences.targetOccupations,
  mustHaves: preferences.mustHaves,
  willingToRelocate: preferences.willingToRelocate,
};
const projectFields = {
  id: projects.id,
  name: projects.name,
  description: projects.description,
  url: projects.url,
  startDate: projects.startDate,
  endDate: projects.endDate,
  highlights: projects.highlights,
};
const certificationFields = {
  id: certifications.id,
  name: certifications.name,
  issuer: certifications.issuer,
  issuedOn: certifications.issuedOn,
  issuedOnPrecision: certifications.issuedOnPrecision,
};

/**
 * A profile as columns of its user's row, each list a JSON column (db/json-list.ts): one statement
 * instead of seven. It is read on every match list, document and profile page.
 */
export const profileSelection = {
  headline: users.professionalHeadline,
  summary: users.summary,
  phone: users.phone,
  location: users.location,
  links: users.links,
  skills: jsonList(skillFields, skills, eq(skills.userId, users.id), [
    desc(skills.proficiencyLevel),
    desc(skills.yearsOfExperience),
    asc(skills.name),
  ]),
  // Undated roles last, in the order they were saved (a resume lists the latest first).
  experience: jsonList(experienceFields, experience, eq(experience.userId, users.id), [
    desc(experience.isCurrent),
    sql`${experience.startDate} DESC NULLS LAST`,
    asc(experience.createdAt),
  ]),
  education: jsonList(educationFields, education, eq(education.userId, users.id), [
    desc(education.endDate),
    desc(education.startDate),
  ]),
  preferences: jsonList(preferenceFields, preferences, eq(preferences.userId, users.id)),
  projects: jsonList(projectFields, projects, eq(projects.userId, users.id), [asc(projects.createdAt)]),
  certifications: jsonList(certificationFields, certifications, eq(certifications.userId, users.id), [
    sql`${certifications.issuedOn} DESC NULLS LAST`,
    asc(certifications.createdAt),
  ]),
};

const selectProfile = (db: DbOrTx, userId: string) =>
  db.select(profileSelection).from(users).where(eq(users.id, userId)).limit(1);
export type ProfileRow = Awaited<ReturnType<typeof selectProfile>>[number];

/** Everything in a user's profile, plus the skill score computed from it. */
export async function loadProfile(db: DbOrTx, userId: string): Promise<ProfileOutput> {
  const [row] = await selectProfile(db, userId);
  return toProfile(row);
}

/** The profile of a row read with profileSelection (no row: a user without one, all empty). */
export function toProfile(row: ProfileRow | undefined): ProfileOutput {
  const skillRows = row ? parseJsonList(row.skills) : [];
  const experienceRows = row ? parseJsonList(row.experience) : [];
  const educationRows = row ? parseJsonList(row.education) : [];
  const prefs = row ? parseJsonList(row.preferences)[0] : undefined;
  const headline = row?.headline ?? null;
  const skillScore = computeSkillScore({
    headline,
    careerGoals: prefs?.careerGoals ?? null,
    hasPreferences: Boolean(
      prefs && (prefs.locations.length || prefs.remoteTypes.length || prefs.jobTypes.length || prefs.salaryMin),
    ),
    skills: skillRows,
    experience: experienceRows,
    education: educationRows,
  });
  return {
    headline,
    summary: row?.summary ?? null,
    contact: { phone: row?.phone ?? null, location: row?.location ?? null, links: row?.links ?? [] },
    skills: skillRows,
    experience: experienceRows,
    education: educationRows,
    projects: row ? parseJsonList(row.projects) : [],
    certifications: row ? parseJsonList(row.certifications) : [],
    preferences: prefs ?? DEFAULT_PREFERENCES,
    skillScore,
  };
}
