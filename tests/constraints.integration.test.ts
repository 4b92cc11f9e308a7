import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCallerFactory, createTRPCContext, createTRPCRouter, publicProcedure } from '@/server/api/trpc';
import { constraintViolationToAppError } from '@/server/db/constraint-errors';
import { applications, education, experience, jobMatchScores, skills, users } from '@/server/db/schema';
import type { Database } from '@/server/db';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { insertJob } from './helpers/jobs';

const modes = await availableModes();

/** Runs `fn`, expecting the database to refuse it; returns the mapped AppError. */
async function violation(fn: () => Promise<unknown>) {
  const err = await fn().then(
    () => {
      throw new Error('expected the database to refuse this write');
    },
    (e: unknown) => e,
  );
  const mapped = constraintViolationToAppError(err);
  if (!mapped) throw new Error(`not mapped: ${String(err)}`);
  return mapped;
}

async function insertUser(db: Database, email: string) {
  const [u] = await db
    .insert(users)
    .values({ email, passwordHash: 'x', firstName: 'A', lastName: 'B' })
    .returning({ id: users.id });
  return u!.id;
}

describe.each(modes)('schema constraints on %s', (mode) => {
  let tdb: TestDatabase;
  let userId: string;
  let jobId: string;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    userId = await insertUser(tdb.db, 'owner@example.com');
    jobId = (await insertJob(tdb.db)).id;
  });
  afterAll(() => tdb.destroy());

  it('declares every named constraint', async () => {
    // postgres.js returns the rows, PGlite a result object holding them.
    const result: unknown = await tdb.db.execute(sql`SELECT conname FROM pg_constraint`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { conname: string }[];
    const names = new Set(rows.map((r) => r.conname));
    for (const name of [
      'users_email_unique', 'users_email_format', 'users_name_not_empty',
      'skills_user_name_category_unique', 'skills_proficiency_range', 'skills_years_range', 'skills_endorsements_nonnegative',
      'jobs_source_external_id_unique', 'jobs_salary_range', 'jobs_salary_has_currency', 'jobs_required_years_range',
      'applications_user_job_unique', 'applications_response_after_apply',
      'job_match_scores_user_job_unique', 'job_match_scores_semantic_range', 'job_match_scores_traditional_range', 'job_match_scores_composite_range',
      'experience_dates_ordered', 'experience_has_content', 'education_has_content',
    ]) {
      expect(names, name).toContain(name);
    }
  });

  it.each([
    ['users_email_format', (db: Database) => db.insert(users).values({ email: 'not-an-email', passwordHash: 'x', firstName: 'A', lastName: 'B' })],
    ['users_name_not_empty', (db: Database) => db.insert(users).values({ email: 'blank@example.com', passwordHash: 'x', firstName: '  ', lastName: 'B' })],
  ] as const)('%s -> VALIDATION_ERROR', async (constraint, write) => {
    const err = await violation(() => write(tdb.db));
    expect(err.code).toBe('VALIDATION_ERROR');
    expect(err.details?.constraint).toBe(constraint);
  });

  it('users_email_unique -> CONFLICT with a field message', async () => {
    const err = await violation(() => insertUser(tdb.db, 'owner@example.com'));
    expect(err.code).toBe('CONFLICT');
    expect(err.details?.fields).toEqual({ email: ['An account with this email already exists.'] });
  });

  it('skills: proficiency 1-5, years 0-50, endorsements >= 0, unique per user+name+category', async () => {
    const base = { userId, name: 'TypeScript', category: 'technical' as const, proficiencyLevel: 3, yearsOfExperience: 2 };
    expect((await violation(() => tdb.db.insert(skills).values({ ...base, proficiencyLevel: 6 }))).details?.constraint).toBe('skills_proficiency_range');
    expect((await violation(() => tdb.db.insert(skills).values({ ...base, yearsOfExperience: 51 }))).details?.constraint).toBe('skills_years_range');
    expect((await violation(() => tdb.db.insert(skills).values({ ...base, endorsements: -1 }))).details?.constraint).toBe('skills_endorsements_nonnegative');
    await tdb.db.insert(skills).values(base);
    const dup = await violation(() => tdb.db.insert(skills).values(base));
    expect(dup.code).toBe('CONFLICT');
    // Same name in another category is a different skill.
    await tdb.db.insert(skills).values({ ...base, category: 'certification' });
  });

  it('jobs: salary max >= min, salary needs currency, source+external id unique', async () => {
    expect((await violation(() => insertJob(tdb.db, { salaryMin: 100, salaryMax: 50, salaryCurrency: 'USD', salaryPeriod: 'year' }))).details?.constraint).toBe('jobs_salary_range');
    expect((await violation(() => insertJob(tdb.db, { salaryMin: 100, salaryMax: 150 }))).details?.constraint).toBe('jobs_salary_has_currency');
    expect((await violation(() => insertJob(tdb.db, { requiredYears: 60 }))).details?.constraint).toBe('jobs_required_years_range');
    await insertJob(tdb.db, { source: 'greenhouse', externalId: 'gh-1' });
    const dup = await violation(() => insertJob(tdb.db, { source: 'greenhouse', externalId: 'gh-1' }));
    expect(dup.code).toBe('CONFLICT');
    await insertJob(tdb.db, { source: 'lever', externalId: 'gh-1' });
  });

  it('match scores live in [0,1] and are unique per user and job', async () => {
    const base = { userId, jobId, semanticScore: 0.5, traditionalScore: 0.5, compositeScore: 0.5 };
    expect((await violation(() => tdb.db.insert(jobMatchScores).values({ ...base, compositeScore: 1.2 }))).code).toBe('VALIDATION_ERROR');
    await tdb.db.insert(jobMatchScores).values(base);
    expect((await violation(() => tdb.db.insert(jobMatchScores).values(base))).code).toBe('CONFLICT');
  });

  it('applications: one per user and job; a response cannot precede applying', async () => {
    const applied = new Date('2026-01-10T00:00:00Z');
    expect(
      (await violation(() => tdb.db.insert(applications).values({ userId, jobId, status: 'applied', appliedAt: applied, responseAt: new Date('2026-01-01T00:00:00Z') }))).details?.constraint,
    ).toBe('applications_response_after_apply');
    await tdb.db.insert(applications).values({ userId, jobId, status: 'applied', appliedAt: applied });
    expect((await violation(() => tdb.db.insert(applications).values({ userId, jobId }))).code).toBe('CONFLICT');
  });

  it('experience end date cannot precede its start; unknown user is NOT_FOUND', async () => {
    const row = { userId, title: 'Dev', company: 'Acme', startDate: '2024-01-01', endDate: '2023-01-01' };
    expect((await violation(() => tdb.db.insert(experience).values(row))).details?.constraint).toBe('experience_dates_ordered');
    const fk = await violation(() => tdb.db.insert(experience).values({ ...row, endDate: null, userId: '00000000-0000-4000-8000-000000000000' }));
    expect(fk.code).toBe('NOT_FOUND');
  });

  it('a role needs some content and a school entry a degree or an institution; blanks are not content', async () => {
    const role = await violation(() => tdb.db.insert(experience).values({ userId, startDate: '2020-01-01' }));
    expect(role).toMatchObject({ code: 'VALIDATION_ERROR', details: { constraint: 'experience_has_content' } });
    expect((await violation(() => tdb.db.insert(experience).values({ userId, title: '  ' }))).details?.constraint).toBe(
      'experience_title_not_blank',
    );
    // A company alone, with no title or dates, is a role.
    await tdb.db.insert(experience).values({ userId, company: 'Harbor Works' });
    const school = await violation(() => tdb.db.insert(education).values({ userId, fieldOfStudy: 'Physics' }));
    expect(school).toMatchObject({ code: 'VALIDATION_ERROR', details: { constraint: 'education_has_content' } });
    await tdb.db.insert(education).values({ userId, degree: 'B.E. Computer Science' });
  });

  it('a service that reaches a constraint answers a typed error through tRPC, not a 500', async () => {
    // Stands in for a service that skipped validation: the database is the last line of defence.
    const router = createTRPCRouter({
      addSkill: publicProcedure.mutation(({ ctx }) =>
        ctx.db.insert(skills).values({ userId, name: 'Go', category: 'technical', proficiencyLevel: 9, yearsOfExperience: 1 }),
      ),
    });
    const caller = createCallerFactory(router)(createTRPCContext({ db: tdb.db, session: null }));
    const err = await caller.addSkill().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe('BAD_REQUEST');
    expect((err as TRPCError).message).toBe('Proficiency must be between 1 and 5.');
  });
});
