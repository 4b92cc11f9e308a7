/**
 * The matching engine end to end on both databases: PGlite (pgvector index) and the real
 * PostgreSQL (in-process HNSW index, the server has no pgvector), with the offline embedding
 * model. The same data must give the same ranking on both.
 */
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, companyMembers, jobMatchScores } from '@/server/db/schema';
import { matchingContext } from '@/server/services/matching/matching-context';
import { matchesForUser } from '@/server/services/matching/matches-for-user';
import { prepareJobsForMatching } from '@/server/services/matching/prepare-jobs';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';

const modes = await availableModes();

const JOBS = {
  react: {
    title: 'Senior React Developer',
    description:
      'Build and maintain our customer web application in React and TypeScript. Write reusable components, review code and work with designers and backend engineers on APIs.',
    requiredSkills: ['React', 'TypeScript', 'JavaScript', 'GraphQL'],
    requiredYears: 5,
    remoteType: 'remote' as const,
  },
  node: {
    title: 'Backend Software Engineer (Node.js)',
    description:
      'Design, develop and test backend services in Node.js and PostgreSQL. Maintain APIs, write automated tests and deploy with Docker.',
    requiredSkills: ['Node.js', 'PostgreSQL', 'Docker', 'Kubernetes'],
    requiredYears: 3,
    remoteType: 'hybrid' as const,
  },
  nurse: {
    title: 'Registered Nurse - ICU',
    description:
      'Provide direct patient care in the intensive care unit, administer medications, monitor vital signs and maintain patient records.',
    requiredSkills: ['Patient care', 'Electronic medical records'],
    requiredYears: 2,
    remoteType: 'onsite' as const,
  },
  driver: {
    title: 'CDL Truck Driver',
    description:
      'Drive a tractor-trailer to transport goods over long distances, inspect the truck and keep logs of working hours.',
    requiredSkills: [],
    requiredYears: 1,
    remoteType: 'onsite' as const,
  },
  accountant: {
    title: 'Staff Accountant',
    description:
      'Prepare financial statements, reconcile accounts and support the monthly close using Microsoft Excel and QuickBooks.',
    requiredSkills: ['Microsoft Excel', 'QuickBooks'],
    requiredYears: 2,
    remoteType: 'onsite' as const,
  },
};

describe.each(modes)('matching on %s', (mode) => {
  let tdb: TestDatabase;
  const ids: Record<keyof typeof JOBS, string> = { react: '', node: '', nurse: '', driver: '', accountant: '' };
  let companyId = '';
  let seeker: Awaited<ReturnType<typeof signUpUser>>;

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    const company = await insertCompany(tdb.db, `Match Co ${mode}`);
    companyId = company.id;
    for (const [key, job] of Object.entries(JOBS) as [keyof typeof JOBS, (typeof JOBS)[keyof typeof JOBS]][]) {
      const row = await insertJob(tdb.db, { ...job, companyId, companyName: company.name, location: 'Austin, TX' });
      ids[key] = row.id;
    }
    await prepareJobsForMatching(matchingContext(tdb.db), Object.values(ids));

    seeker = await signUpUser(tdb.db);
    const me = callerFor(tdb.db, seeker);
    await me.users.updateProfile({ professionalHeadline: 'Full-stack JavaScript developer' });
    for (const [name, proficiencyLevel, yearsOfExperience] of [
      ['React', 5, 6],
      ['TypeScript', 4, 5],
      ['Node.js', 4, 5],
      ['PostgreSQL', 3, 4],
    ] as const) {
      await me.profile.addSkill({ name, category: 'technical', proficiencyLevel, yearsOfExperience });
    }
    await me.profile.addExperience({
      title: 'Software Developer',
      company: 'Initech',
      startDate: '2019-01-01',
      isCurrent: true,
      description: 'Web applications in React and Node.js',
      achievements: ['Shipped a TypeScript design system used by five teams'],
    });
    await drainWorkflows();
  }, 120_000);

  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  it('ranks the software jobs first, with explanations whose contributions add up to the score', async () => {
    const result = await callerFor(tdb.db, seeker).matching.forMe({ limit: 5 });
    expect(result.degraded).toBe(false);
    expect(result.profileOccupation?.code).toMatch(/^15-12/); // a computer occupation
    const order = result.items.map((i) => i.job.id);
    expect(order.slice(0, 2).sort()).toEqual([ids.react, ids.node].sort());
    expect(order.slice(2)).not.toContain(ids.react);
    for (const { match } of result.items) {
      const sum = match.factors.reduce((a, f) => a + f.contribution, 0);
      expect(sum).toBeCloseTo(match.composite, 9);
    }
    const react = result.items.find((i) => i.job.id === ids.react)?.match;
    expect(react?.matchedSkills).toEqual(expect.arrayContaining(['React', 'TypeScript']));
    expect(react?.missingSkills).toContain('GraphQL');
    expect(react?.occupationFit.relation).not.toBe('unknown');
    // The lexical evidence: words of the job's own text that the profile uses too.
    expect(react?.sharedWords.length).toBeGreaterThan(0);
    const jobText =
      `${JOBS.react.title} ${JOBS.react.description} ${JOBS.react.requiredSkills.join(' ')}`.toLowerCase();
    for (const word of react?.sharedWords ?? []) expect(jobText).toContain(word.toLowerCase());
    expect(react?.sharedWords.map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['react', 'typescript']));
    const nurse = result.items.find((i) => i.job.id === ids.nurse)?.match;
    expect(nurse ? nurse.composite : 0).toBeLessThan(react?.composite ?? 0);
  });

  it('applies filters and still returns what passes them', async () => {
    const remoteOnly = await callerFor(tdb.db, seeker).matching.forMe({ remoteTypes: ['remote'] });
    expect(remoteOnly.items.map((i) => i.job.id)).toEqual([ids.react]);
  });

  it('explains one job with its skill gap, and keeps the stored matches fresh through the workflow', async () => {
    // On PostgreSQL the in-process index may still have been building when the profile workflow
    // first ran; the forMe above then asked for a rescore, which has to have run.
    await drainWorkflows();
    const one = await callerFor(tdb.db, seeker).matching.forJob({ jobId: ids.node });
    expect(one.skillGap.map((g) => g.skill)).toEqual(expect.arrayContaining(['Docker', 'Kubernetes']));
    // A handful of other open jobs is no market: no share is claimed of it (a walk read "required
    // by 100% of similar open jobs" under every skill, the job itself being most of the sample).
    for (const g of one.skillGap) expect(g.reason).not.toMatch(/similar open job/);
    expect(one.match.matchedSkills).toEqual(expect.arrayContaining(['Node.js', 'PostgreSQL']));
    const stored = await tdb.db.select().from(jobMatchScores).where(eq(jobMatchScores.userId, seeker.id));
    expect(stored.map((s) => s.jobId)).toEqual(expect.arrayContaining([ids.react, ids.node]));
    // Best match order in search: the stored matches first, by score.
    const search = await callerFor(tdb.db, seeker).jobs.search({ sort: 'match', limit: 2 });
    expect(search.items.map((i) => i.id).sort()).toEqual([ids.react, ids.node].sort());
    expect(search.items[0]?.matchScore).toBeGreaterThanOrEqual(search.items[1]?.matchScore ?? 1);
  });

  it('falls back to structured scores, flagged degraded, when the vector index is down', async () => {
    const down = matchingContext(tdb.db, {
      withIndex: () => Promise.resolve({ degraded: true as const, reason: 'index unavailable (test)' }),
    });
    // The stored list, scored while the index was up, is still served (stored-matches.ts)…
    await drainWorkflows();
    const fromStore = await matchesForUser(down, seeker.id, { limit: 2 });
    expect(fromStore.degraded).toBe(false);
    expect(fromStore.items.map((i) => i.job.id).sort()).toEqual([ids.react, ids.node].sort());
    // …any other request falls back to structured scores.
    const result = await matchesForUser(down, seeker.id, { limit: 5, jobTypes: ['full-time'] });
    expect(result.degraded).toBe(true);
    expect(result.items.length).toBeGreaterThan(0);
    for (const { match } of result.items) {
      expect(match.degraded).toBe(true);
      expect(match.semantic).toBeNull();
      expect(match.composite).toBeCloseTo(match.traditional, 9);
    }
  });

  it('asks for a profile instead of inventing matches', async () => {
    const empty = await signUpUser(tdb.db);
    const result = await callerFor(tdb.db, empty).matching.forMe({});
    expect(result).toMatchObject({ items: [], degraded: false, profileOccupation: null });
    expect(result.hint).toMatch(/profile/);
  });

  it("ranks a job's applicants for its company's recruiter only", async () => {
    await tdb.db
      .insert(applications)
      .values({ userId: seeker.id, jobId: ids.react, status: 'applied', appliedAt: new Date() });
    const other = await signUpUser(tdb.db);
    await tdb.db.insert(applications).values({ userId: other.id, jobId: ids.react, status: 'saved' });

    // Private preferences must not show through the recruiter's explanation.
    await callerFor(tdb.db, seeker).profile.updatePreferences({
      locations: ['Reykjavik'],
      salaryMin: 987654,
      careerGoals: 'Zanzibarian lighthouse keeping',
      willingToRelocate: true,
    });
    await drainWorkflows();

    const recruiter = await signUpUser(tdb.db, { role: 'recruiter' });
    await tdb.db.insert(companyMembers).values({ companyId, userId: recruiter.id });
    const ranked = await callerFor(tdb.db, recruiter).matching.applicantsForJob({ jobId: ids.react });
    // Saved is the seeker's private list: only the real applicant appears.
    expect(ranked.items.map((a) => a.userId)).toEqual([seeker.id]);
    expect(ranked.items[0]?.match.composite).toBeGreaterThan(0);
    const seen = JSON.stringify(ranked.items[0]?.match);
    for (const secret of ['987', 'Reykjavik', 'relocate', 'Zanzibar', 'lighthouse']) expect(seen).not.toContain(secret);
    // Place and salary are not compared for a recruiter: marked so, not shown as a fit ("4 / 4" read as one).
    const compared = ranked.items[0]?.match.factors.map((f) => [f.factor, f.compared ?? true]);
    expect(compared).toEqual(
      expect.arrayContaining([
        ['skills', true],
        ['location', false],
        ['salary', false],
      ]),
    );
    const own = await callerFor(tdb.db, seeker).matching.forJob({ jobId: ids.react });
    expect(own.match.factors.every((f) => f.compared !== false)).toBe(true);

    // An applicant who filled in nothing: said so, ranked below, and not blamed on the similarity search.
    const blank = await signUpUser(tdb.db);
    await tdb.db
      .insert(applications)
      .values({ userId: blank.id, jobId: ids.react, status: 'applied', appliedAt: new Date() });
    await drainWorkflows();
    const withBlank = await callerFor(tdb.db, recruiter).matching.applicantsForJob({ jobId: ids.react });
    expect(withBlank.items.map((a) => [a.userId, a.emptyProfile, a.match.degraded])).toEqual([
      [seeker.id, false, false],
      [blank.id, true, false],
    ]);
    expect(withBlank.degraded).toBe(false);

    const outsider = await signUpUser(tdb.db, { role: 'recruiter' });
    const otherCompany = await insertCompany(tdb.db, `Other Co ${mode}`);
    await tdb.db.insert(companyMembers).values({ companyId: otherCompany.id, userId: outsider.id });
    const refused = await callerFor(tdb.db, outsider)
      .matching.applicantsForJob({ jobId: ids.react })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe('FORBIDDEN');
    const bySeeker = await callerFor(tdb.db, seeker)
      .matching.applicantsForJob({ jobId: ids.react })
      .catch((e: unknown) => e);
    expect((bySeeker as TRPCError).code).toBe('FORBIDDEN');
  });
});
