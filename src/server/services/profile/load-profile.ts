import { asc, desc, eq } from 'drizzle-orm';
import type { PreferencesOutput, ProfileOutput } from '@/lib/validators/profile';
import type { DbOrTx } from '@/server/db';
import { education, experience, preferences, skills, users } from '@/server/db/schema';
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
};

/** Everything in a user's profile, plus the skill score computed from it. */
export async function loadProfile(db: DbOrTx, userId: string): Promise<ProfileOutput> {
  const [user, skillRows, experienceRows, educationRows, prefRows] = await Promise.all([
    db.select({ headline: users.professionalHeadline }).from(users).where(eq(users.id, userId)).limit(1),
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
        endDate: experience.endDate,
        isCurrent: experience.isCurrent,
        description: experience.description,
        achievements: experience.achievements,
      })
      .from(experience)
      .where(eq(experience.userId, userId))
      .orderBy(desc(experience.isCurrent), desc(experience.startDate)),
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
      })
      .from(preferences)
      .where(eq(preferences.userId, userId))
      .limit(1),
  ]);
  const prefs = prefRows[0];
  const headline = user[0]?.headline ?? null;
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
    skills: skillRows,
    experience: experienceRows,
    education: educationRows,
    preferences: prefs ?? DEFAULT_PREFERENCES,
    skillScore,
  };
}
