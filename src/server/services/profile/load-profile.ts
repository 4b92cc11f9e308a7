import { asc, desc, eq, sql } from 'drizzle-orm';
import type { PreferencesOutput, ProfileOutput } from '@/lib/validators/profile';
import type { DbOrTx } from '@/server/db';
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

/** Everything in a user's profile, plus the skill score computed from it. */
export async function loadProfile(db: DbOrTx, userId: string): Promise<ProfileOutput> {
  const [user, skillRows, experienceRows, educationRows, prefRows, projectRows, certificationRows] = await Promise.all([
    db
      .select({
        headline: users.professionalHeadline,
        summary: users.summary,
        phone: users.phone,
        location: users.location,
        links: users.links,
      })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1),
    db
      .select({
        id: skills.id,
        name: skills.name,
        category: skills.category,
        proficiencyLevel: skills.proficiencyLevel,
        yearsOfExperience: skills.yearsOfExperience,
        endorsements: skills.endorsements,
        lastUsed: skills.lastUsed,
      })
      .from(skills)
      .where(eq(skills.userId, userId))
      .orderBy(desc(skills.proficiencyLevel), desc(skills.yearsOfExperience), asc(skills.name)),
    db
      .select({
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
      })
      .from(experience)
      .where(eq(experience.userId, userId))
      // Undated roles last, in the order they were saved (a resume lists the latest first).
      .orderBy(desc(experience.isCurrent), sql`${experience.startDate} DESC NULLS LAST`, asc(experience.createdAt)),
    db
      .select({
        id: education.id,
        institution: education.institution,
        degree: education.degree,
        fieldOfStudy: education.fieldOfStudy,
        startDate: education.startDate,
        endDate: education.endDate,
        grade: education.grade,
      })
      .from(education)
      .where(eq(education.userId, userId))
      .orderBy(desc(education.endDate), desc(education.startDate)),
    db
      .select({
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
      })
      .from(preferences)
      .where(eq(preferences.userId, userId))
      .limit(1),
    db
      .select({
        id: projects.id,
        name: projects.name,
        description: projects.description,
        url: projects.url,
        startDate: projects.startDate,
        endDate: projects.endDate,
        highlights: projects.highlights,
      })
      .from(projects)
      .where(eq(projects.userId, userId))
      .orderBy(asc(projects.createdAt)),
    db
      .select({
        id: certifications.id,
        name: certifications.name,
        issuer: certifications.issuer,
        issuedOn: certifications.issuedOn,
        issuedOnPrecision: certifications.issuedOnPrecision,
      })
      .from(certifications)
      .where(eq(certifications.userId, userId))
      .orderBy(sql`${certifications.issuedOn} DESC NULLS LAST`, asc(certifications.createdAt)),
  ]);
  const prefs = prefRows[0];
  const headline = user[0]?.headline ?? null;
  const summary = user[0]?.summary ?? null;
  const skillScore = computeSkillScore({
    headline,
    careerGoals: prefs?.careerGoals ?? null,
    hasPreferences: Boolean(prefs && (prefs.locations.length || prefs.remoteTypes.length || prefs.jobTypes.length || prefs.salaryMin)),
    skills: skillRows,
    experience: experienceRows,
    education: educationRows,
  });
  return {
    headline,
    summary,
    contact: { phone: user[0]?.phone ?? null, location: user[0]?.location ?? null, links: user[0]?.links ?? [] },
    skills: skillRows,
    experience: experienceRows,
    education: educationRows,
    projects: projectRows,
    certifications: certificationRows,
    preferences: prefs ?? DEFAULT_PREFERENCES,
    skillScore,
  };
}
