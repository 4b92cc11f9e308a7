/**
 * The profile a seeker shares by applying: headline, summary, roles, skills and education. It is
 * kept on the application when they apply, so the hiring company reads what was sent, not what
 * the seeker edits afterwards (another role added for a different job, a skill dropped). An
 * application tracked before snapshots were kept shows the current profile instead.
 */
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { sharedProfile, type SharedProfile } from '@/lib/validators/recruiter';
import type { DbOrTx } from '@/server/db/types';
import { education, experience, skills, users } from '@/server/db/schema';

const storedSnapshot = sharedProfile.extend({ takenAt: z.iso.datetime() });

/** The seeker's profile as it stands, in the shape a company is shown. */
export async function loadSharedProfile(db: DbOrTx, userId: string): Promise<SharedProfile> {
  const [[person], roles, held, schools] = await Promise.all([
    db
      .select({ headline: users.professionalHeadline, summary: users.summary })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1),
    db
      .select({
        title: experience.title,
        company: experience.company,
        location: experience.location,
        startDate: experience.startDate,
        endDate: experience.endDate,
        isCurrent: experience.isCurrent,
        description: experience.description,
      })
      .from(experience)
      .where(eq(experience.userId, userId))
      .orderBy(desc(experience.isCurrent), desc(experience.startDate))
      .limit(50),
    db
      .select({ name: skills.name, proficiency: skills.proficiencyLevel, years: skills.yearsOfExperience })
      .from(skills)
      .where(eq(skills.userId, userId))
      .orderBy(desc(skills.proficiencyLevel), desc(skills.yearsOfExperience), asc(skills.name))
      .limit(100),
    db
      .select({
        institution: education.institution,
        degree: education.degree,
        fieldOfStudy: education.fieldOfStudy,
        endDate: education.endDate,
      })
      .from(education)
      .where(eq(education.userId, userId))
      .orderBy(desc(education.endDate))
      .limit(20),
  ]);
  return {
    headline: person?.headline ?? null,
    summary: person?.summary ?? null,
    roles,
    skills: held,
    education: schools,
  };
}

/** What an application keeps of the profile at the moment of applying. */
export async function takeProfileSnapshot(db: DbOrTx, userId: string, at: Date): Promise<Record<string, unknown>> {
  return { ...(await loadSharedProfile(db, userId)), takenAt: at.toISOString() };
}

/**
 * The stored snapshot, or null when there is none or it no longer reads as one (then the
 * current profile is shown rather than failing the page).
 */
export function readProfileSnapshot(stored: unknown): (SharedProfile & { takenAt: Date }) | null {
  const parsed = storedSnapshot.safeParse(stored);
  return parsed.success ? { ...parsed.data, takenAt: new Date(parsed.data.takenAt) } : null;
}
