/**
 * The fuzz's database world: seeker A (the fuzzed seeker) and recruiter R (the fuzzed recruiter)
 * from the authorization matrix's world, plus an admin. Their ids feed the uuid arbitraries, so
 * updates, removals and status changes reach real rows instead of stopping at NOT_FOUND.
 */
import { and, eq, notInArray } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { applications, certifications, education, experience, jobs, projects, skills, users } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { signUpUser } from '../../tests/helpers/factories';
import { PROCEDURE_ACCESS } from '../../tests/helpers/procedure-access';
import { createWorld, type World } from '../../tests/helpers/world';
import type { FuzzEnv } from './fuzz-procedure';

export async function createFuzzEnv(db: Database): Promise<FuzzEnv> {
  const world = await createWorld(db);
  const admin = await signUpUser(db);
  await db.update(users).set({ role: 'admin' }).where(eq(users.id, admin.id));
  await drainWorkflows();
  return {
    db,
    world,
    users: {
      seeker: world.seekerA,
      recruiter: world.recruiterR,
      admin: { id: admin.id, role: 'admin' },
    },
    ids: [world.jobId, world.savedJobId, world.companyId, world.seekerB.id, ...Object.values(world.a)],
  };
}

/**
 * Hand-written valid inputs (the authorization table's) that a schema walk rarely finds: a JSON
 * Resume document, a sign-up that passes every password rule. The fuzz mixes them in and mutates them.
 */
export function examplesFor(world: World, procedure: string): unknown[] {
  const rule = PROCEDURE_ACCESS[procedure];
  if (!rule) return [];
  return rule.theirs ? rule.theirs(world) : rule.own(world);
}

/**
 * Back to the world as created: the rows the previous procedure's fuzz added to A's profile, A's
 * applications and R's postings are deleted, so a thousand added skills do not slow every later
 * procedure (each profile change rescores the whole profile).
 */
export async function pruneFuzzEnv(env: FuzzEnv): Promise<void> {
  await drainWorkflows();
  const { db, world } = env;
  const a = world.seekerA.id;
  const { a: keep } = world;
  await db.delete(skills).where(and(eq(skills.userId, a), notInArray(skills.id, [keep.skillId])));
  await db.delete(experience).where(and(eq(experience.userId, a), notInArray(experience.id, [keep.experienceId])));
  await db.delete(education).where(and(eq(education.userId, a), notInArray(education.id, [keep.educationId])));
  await db.delete(projects).where(and(eq(projects.userId, a), notInArray(projects.id, [keep.projectId])));
  await db
    .delete(certifications)
    .where(and(eq(certifications.userId, a), notInArray(certifications.id, [keep.certificationId])));
  await db
    .delete(applications)
    .where(and(eq(applications.userId, a), notInArray(applications.id, [keep.applicationId, keep.savedApplicationId])));
  await db.delete(jobs).where(and(eq(jobs.postedBy, world.recruiterR.id), notInArray(jobs.id, [world.jobId])));
  await restoreWorldRows(env);
}

/**
 * Puts back, under their old ids, the world's entries a procedure removed (profile.removeEntry
 * with A's real ids, applications.unsave): otherwise every later update would only meet NOT_FOUND.
 */
async function restoreWorldRows({ db, world }: FuzzEnv): Promise<void> {
  const userId = world.seekerA.id;
  const { a } = world;
  await db
    .insert(skills)
    .values({ id: a.skillId, userId, name: 'Terraform', category: 'technical', proficiencyLevel: 3 })
    .onConflictDoNothing();
  await db
    .insert(experience)
    .values({ id: a.experienceId, userId, title: 'Engineer', company: 'Acme', startDate: '2019-03-01' })
    .onConflictDoNothing();
  await db.insert(education).values({ id: a.educationId, userId, institution: 'State University' }).onConflictDoNothing();
  await db.insert(projects).values({ id: a.projectId, userId, name: 'Homelab' }).onConflictDoNothing();
  await db.insert(certifications).values({ id: a.certificationId, userId, name: 'CKA' }).onConflictDoNothing();
  await db
    .insert(applications)
    .values({ id: a.savedApplicationId, userId, jobId: world.savedJobId, status: 'saved' })
    .onConflictDoNothing();
  // A withdrawn or rejected application would turn every later move into CONFLICT.
  await db.update(applications).set({ status: 'applied' }).where(eq(applications.id, a.applicationId));
}
