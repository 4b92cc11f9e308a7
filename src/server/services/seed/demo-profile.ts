/**
 * The demo seeker's profile, so matching, "why this match" and the skill gap have something real
 * to show on a fresh install. Written once: a profile the demo user has edited is left alone.
 */
import { count, eq } from 'drizzle-orm';
import { education, experience, preferences, skills, users } from '@/server/db/schema';
import type { Database } from '@/server/db/types';
import { loadProfile } from '../profile/load-profile';

/**
 * O*NET's Software Developers: what the demo profile is written as. Its past applications are
 * drawn from this occupation's minor group (computer occupations), as a real search would surface.
 */
export const DEMO_OCCUPATION_CODE = '15-1252.00';

const SKILLS = [
  ['TypeScript', 5, 6],
  ['JavaScript', 5, 8],
  ['React', 4, 5],
  ['Node.js', 4, 6],
  ['PostgreSQL', 4, 6],
  ['Python', 3, 3],
  ['Docker', 3, 3],
  ['Amazon Web Services', 3, 2],
  ['Git', 4, 8],
  ['GraphQL', 3, 2],
] as const;

export async function ensureDemoProfile(db: Database, seekerId: string): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(skills).where(eq(skills.userId, seekerId));
  if ((existing?.n ?? 0) > 0) return false;
  await db.transaction(async (tx) => {
    // 555-01xx numbers and example.com are reserved for fiction: the demo's documents show a
    // full header without pointing at anyone real.
    await tx
      .update(users)
      .set({
        professionalHeadline: 'Full-Stack Software Developer',
        phone: '+1 512 555 0142',
        location: 'Austin, TX',
        links: ['https://portfolio.example.com'],
      })
      .where(eq(users.id, seekerId));
    await tx.insert(skills).values(
      SKILLS.map(([name, proficiencyLevel, yearsOfExperience]) => ({
        userId: seekerId,
        name,
        category: 'technical' as const,
        proficiencyLevel,
        yearsOfExperience,
      })),
    );
    await tx.insert(experience).values([
      {
        userId: seekerId,
        title: 'Senior Software Developer',
        company: 'Northwind Logistics',
        location: 'Austin, TX',
        startDate: '2021-03-01',
        isCurrent: true,
        description: 'Builds the web platform dispatchers and carriers use to plan freight.',
        achievements: [
          'Led the move of a monolith to TypeScript services on Node.js and PostgreSQL',
          'Cut page load time by 45% by rebuilding the React front end',
          'Mentored four developers and ran code reviews',
        ],
      },
      {
        userId: seekerId,
        title: 'Software Developer',
        company: 'Contoso Health',
        location: 'Dallas, TX',
        startDate: '2017-06-01',
        endDate: '2021-02-28',
        description: 'Developed patient scheduling applications.',
        achievements: ['Built REST and GraphQL APIs in Node.js', 'Automated deployments with Docker and CI pipelines'],
      },
    ]);
    await tx.insert(education).values({
      userId: seekerId,
      institution: 'University of Texas at Austin',
      degree: 'Bachelor of Science',
      fieldOfStudy: 'Computer Science',
      startDate: '2013-09-01',
      endDate: '2017-05-31',
    });
    await tx
      .insert(preferences)
      .values({
        userId: seekerId,
        locations: ['Austin, TX'],
        remoteTypes: ['remote', 'hybrid'],
        jobTypes: ['full-time'],
        salaryMin: 120_000,
        salaryCurrency: 'USD',
        salaryPeriod: 'year',
        careerGoals: 'Grow into a staff engineer role on a product team that ships often.',
        // What a senior developer would not compromise on. Places too: a hybrid job means commuting
        // to Austin (remote jobs pass the places must-have, since remote work suits them).
        mustHaves: ['salary', 'remoteTypes', 'jobTypes', 'locations'],
      })
      .onConflictDoNothing();
    const profile = await loadProfile(tx, seekerId);
    await tx
      .update(users)
      .set({ skillScore: profile.skillScore.total, skillScoreCalculatedAt: new Date() })
      .where(eq(users.id, seekerId));
  });
  return true;
}
