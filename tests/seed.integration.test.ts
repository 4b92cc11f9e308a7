/** Seeds an in-memory PGlite end to end: counts, idempotency, top-up and full-text search. */
import { and, count, eq, like, sql } from 'drizzle-orm';
import { DEFAULT_SAMPLE_SEEKERS } from '@/server/services/seed/applications';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/server/auth/password';
import { connectPglite } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import { companies, companyMembers, experience, jobs, skills, users } from '@/server/db/schema';
import type { DatabaseHandle } from '@/server/db/types';
import { loadOnet } from '@/server/data/onet';
import { generateCompanies } from '@/server/services/seed/companies';
import { createJobContext, generateJob } from '@/server/services/seed/jobs';
import { defaultCompanyCount, seedDatabase, type SeedResult } from '@/server/services/seed/run-seed';
import { DEMO_USERS } from '@/server/services/seed/users';
import { isEmailVerified } from '@/server/services/account/email-verification';

const SEED = 7;
const NOW = new Date('2026-03-01T12:00:00Z');

describe('seedDatabase on PGlite', () => {
  let handle: DatabaseHandle;
  let first: SeedResult;

  beforeAll(async () => {
    handle = await connectPglite('memory://');
    await runMigrations(handle);
    first = await seedDatabase(handle.db, { jobs: 500, seed: SEED, now: NOW });
  });
  afterAll(() => handle.close());

  const countRows = async (table: typeof jobs | typeof companies | typeof users | typeof companyMembers) => {
    const [row] = await handle.db.select({ n: count() }).from(table);
    return row?.n ?? 0;
  };

  it('inserts companies, the demo users, the sample seekers and 500 jobs', async () => {
    expect(first.jobs).toEqual({ requested: 500, existing: 0, inserted: 500, skipped: false });
    expect(first.companies.inserted).toBe(defaultCompanyCount(500));
    expect(first.demoUsersCreated).toBe(Object.keys(DEMO_USERS).length);
    expect(await countRows(jobs)).toBe(500);
    expect(await countRows(companies)).toBe(defaultCompanyCount(500));
    // The two demo accounts plus the generated sample seekers behind platform analytics.
    expect(await countRows(users)).toBe(Object.keys(DEMO_USERS).length + DEFAULT_SAMPLE_SEEKERS);
    expect(await countRows(companyMembers)).toBe(1);
  });

  it('stores exactly what the generator produces for the seed', async () => {
    const ctx = createJobContext(loadOnet(), generateCompanies(defaultCompanyCount(500), SEED), SEED, NOW);
    const expected = generateJob(ctx, 123);
    const [row] = await handle.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.source, 'seed'), eq(jobs.externalId, 'seed-123')));
    expect(row?.title).toBe(expected.title);
    expect(row?.description).toBe(expected.description);
    expect(row?.salaryAnnualUsd).toBe(expected.salaryAnnualUsd);
    expect(row?.requiredSkills).toEqual(expected.requiredSkills);
    expect(row?.postedAt.getTime()).toBe(expected.postedAt.getTime());
  });

  it('gives every sample seeker a profile: the skills their applications drew on and one role', async () => {
    const sample = like(users.email, '%@example.invalid');
    const [withSkills] = await handle.db
      .select({ n: sql<number>`count(DISTINCT ${skills.userId})::int` })
      .from(skills)
      .innerJoin(users, eq(users.id, skills.userId))
      .where(sample);
    const roles = await handle.db
      .select({ title: experience.title, company: experience.company, start: experience.startDate })
      .from(experience)
      .innerJoin(users, eq(users.id, experience.userId))
      .where(sample);
    expect(withSkills?.n).toBeGreaterThan(DEFAULT_SAMPLE_SEEKERS * 0.9);
    expect(roles).toHaveLength(DEFAULT_SAMPLE_SEEKERS);
    for (const r of roles) {
      expect(r.title?.trim()).toBeTruthy();
      expect(r.title).not.toMatch(/\b(Senior|Junior|Intern)\b/);
      expect(r.start).toMatch(/^\d{4}-\d{2}-01$/);
    }
    const [one] = await handle.db.select({ headline: users.professionalHeadline }).from(users).where(sample).limit(1);
    expect(one?.headline).toMatch(/\(generated sample profile\)$/);
  });

  it('lets the demo users sign in; the recruiter belongs to the first company', async () => {
    const [seeker] = await handle.db.select().from(users).where(eq(users.email, DEMO_USERS.seeker.email));
    expect(seeker && (await verifyPassword(seeker.passwordHash, DEMO_USERS.seeker.password))).toBe(true);
    const [membership] = await handle.db
      .select({ slug: companies.slug, email: users.email })
      .from(companyMembers)
      .innerJoin(companies, eq(companies.id, companyMembers.companyId))
      .innerJoin(users, eq(users.id, companyMembers.userId));
    expect(membership).toEqual({ slug: generateCompanies(1, SEED)[0]?.slug, email: DEMO_USERS.recruiter.email });
  });

  it("confirms the demo users' addresses the way the account page and the alerts both read it", async () => {
    // The seed once set the flag alerts read but not the date the account page reads: the demo seeker was
    // told "Not confirmed" and still mailed.
    for (const u of Object.values(DEMO_USERS)) {
      const [row] = await handle.db
        .select({ id: users.id, verified: users.emailVerified })
        .from(users)
        .where(eq(users.email, u.email));
      expect(row?.verified).toBe(true);
      expect(await isEmailVerified(handle.db, row?.id ?? '')).toBe(true);
    }
  });

  it('keeps the confirmation flag and its date together', async () => {
    const [seeker] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, DEMO_USERS.seeker.email));
    await expect(
      handle.db
        .update(users)
        .set({ emailVerifiedAt: null })
        .where(eq(users.id, seeker?.id ?? '')),
    ).rejects.toThrow();
    await expect(
      handle.db
        .update(users)
        .set({ emailVerified: false })
        .where(eq(users.id, seeker?.id ?? '')),
    ).rejects.toThrow();
  });

  it('finds a seeded title word with full-text search', async () => {
    const [job] = await handle.db.select({ title: jobs.title }).from(jobs).where(eq(jobs.externalId, 'seed-0'));
    const word = job?.title.split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w) && !/^(senior|junior|lead)$/i.test(w));
    expect(word).toBeTruthy();
    const found = await handle.db
      .select({ externalId: jobs.externalId })
      .from(jobs)
      .where(sql`${jobs.searchVector} @@ websearch_to_tsquery('english', ${word ?? ''})`);
    expect(found.map((r) => r.externalId)).toContain('seed-0');
  });

  it('skips a re-run, and tops up to a larger target with new indices only', async () => {
    const again = await seedDatabase(handle.db, { jobs: 500, seed: SEED, now: NOW });
    expect(again.jobs).toEqual({ requested: 500, existing: 500, inserted: 0, skipped: true });
    expect(again.companies.inserted).toBe(0);
    expect(again.demoUsersCreated).toBe(0);

    const notAsked = await seedDatabase(handle.db, { jobs: 600, seed: SEED, now: NOW });
    expect(notAsked.jobs.skipped).toBe(true);

    const topUp = await seedDatabase(handle.db, { jobs: 600, seed: SEED, now: NOW, topUp: true });
    expect(topUp.jobs).toEqual({ requested: 600, existing: 500, inserted: 100, skipped: false });
    expect(await countRows(jobs)).toBe(600);
    const [last] = await handle.db.select({ n: count() }).from(jobs).where(eq(jobs.externalId, 'seed-599'));
    expect(last?.n).toBe(1);

    // A gap (a failed batch, a deleted row) is refilled with the same posting.
    const [before] = await handle.db.select({ title: jobs.title }).from(jobs).where(eq(jobs.externalId, 'seed-42'));
    await handle.db.delete(jobs).where(eq(jobs.externalId, 'seed-42'));
    const refill = await seedDatabase(handle.db, { jobs: 600, seed: SEED, now: NOW, topUp: true });
    expect(refill.jobs.inserted).toBe(1);
    const [after] = await handle.db.select({ title: jobs.title }).from(jobs).where(eq(jobs.externalId, 'seed-42'));
    expect(after?.title).toBe(before?.title);
  });
});
