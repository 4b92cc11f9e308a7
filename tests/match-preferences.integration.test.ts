/**
 * Preferences in matching, on both databases: must-haves filter "jobs for me" by default and the
 * request can widen them; the rest only rank; a job paying far below the seeker's floor is never
 * rated Strong; jobs the seeker applied to come back with their application.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchesForMeInput, MatchesForMeOutput } from '@/lib/validators/matching';
import type { PreferenceMustHave } from '@/lib/validators/preference-must-haves';
import { applications } from '@/server/db/schema';
import { matchesForUser } from '@/server/services/matching/matches-for-user';
import { matchingContext } from '@/server/services/matching/matching-context';
import { prepareJobsForMatching } from '@/server/services/matching/prepare-jobs';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';

const modes = await availableModes();

const FRONTEND =
  'Build our customer web application in React and TypeScript: reusable components, code review and APIs in Node.js with the backend team.';

const JOBS = {
  remote: { title: 'Senior React Developer', location: 'Remote (US)', remoteType: 'remote', salaryAnnualUsd: 150_000 },
  hybridAustin: { title: 'Senior Frontend Engineer', location: 'Austin, TX', remoteType: 'hybrid', salaryAnnualUsd: 140_000 },
  onsiteAustin: { title: 'Frontend Engineer', location: 'Austin, TX', remoteType: 'onsite', salaryAnnualUsd: 140_000 },
  onsiteBerlin: { title: 'React Engineer', location: 'Berlin, Germany', remoteType: 'onsite', salaryAnnualUsd: 135_000 },
  // The case: $66-88k for a seeker whose floor is $130k.
  lowPay: { title: 'Web Designer (React)', location: 'Remote', remoteType: 'remote', salaryAnnualUsd: 77_000 },
  contract: { title: 'React Contractor', location: 'Remote', remoteType: 'remote', salaryAnnualUsd: 160_000, jobType: 'contract' },
  noSalary: { title: 'TypeScript Developer', location: 'Remote', remoteType: 'remote', salaryAnnualUsd: null },
} as const;
type Key = keyof typeof JOBS;

const PREFERENCES = {
  locations: ['Austin, TX'],
  remoteTypes: ['remote', 'hybrid'] as const,
  jobTypes: ['full-time'] as const,
  salaryMin: 130_000,
  salaryCurrency: 'USD' as const,
  salaryPeriod: 'year' as const,
};

describe.each(modes)('preferences in matching on %s', (mode) => {
  let tdb: TestDatabase;
  const ids = {} as Record<Key, string>;
  let seeker: Awaited<ReturnType<typeof signUpUser>>;

  const me = () => callerFor(tdb.db, seeker);
  const setPreferences = (mustHaves: PreferenceMustHave[], willingToRelocate = false) =>
    me().profile.updatePreferences({
      ...PREFERENCES,
      remoteTypes: [...PREFERENCES.remoteTypes],
      jobTypes: [...PREFERENCES.jobTypes],
      mustHaves,
      willingToRelocate,
    });
  const keysOf = (result: MatchesForMeOutput): Key[] => {
    const byId = new Map(Object.entries(ids).map(([k, id]) => [id, k as Key]));
    return result.items.flatMap((i) => byId.get(i.job.id) ?? []).sort();
  };
  const matches = (input: MatchesForMeInput = {}) => me().matching.forMe({ limit: 50, ...input });

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    const company = await insertCompany(tdb.db, `Prefs Co ${mode}`);
    for (const [key, job] of Object.entries(JOBS) as [Key, (typeof JOBS)[Key]][]) {
      const row = await insertJob(tdb.db, {
        ...job,
        description: FRONTEND,
        requiredSkills: ['React', 'TypeScript', 'JavaScript'],
        requiredYears: 3,
        companyId: company.id,
        companyName: company.name,
      });
      ids[key] = row.id;
    }
    await prepareJobsForMatching(matchingContext(tdb.db), Object.values(ids));

    seeker = await signUpUser(tdb.db);
    await me().users.updateProfile({ professionalHeadline: 'Senior frontend developer' });
    for (const [name, proficiencyLevel, yearsOfExperience] of [
      ['React', 5, 7],
      ['TypeScript', 5, 6],
      ['JavaScript', 5, 9],
      ['Node.js', 4, 5],
    ] as const) {
      await me().profile.addSkill({ name, category: 'technical', proficiencyLevel, yearsOfExperience });
    }
    await me().profile.addExperience({
      title: 'Senior Frontend Developer',
      company: 'Initech',
      startDate: '2016-01-01',
      isCurrent: true,
      description: 'Web applications in React, TypeScript and Node.js',
    });
    await drainWorkflows();
  }, 120_000);

  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  it('without must-haves, every preference only ranks: nothing is filtered out', async () => {
    await setPreferences([]);
    const result = await matches();
    expect(keysOf(result)).toEqual((Object.keys(JOBS) as Key[]).sort());
    expect(result.filters).toMatchObject({ remoteTypes: [], jobTypes: [], salaryMin: null, places: [], fromMustHaves: [] });
    // Demoted through the location factor instead.
    const location = (key: Key) =>
      result.items.find((i) => i.job.id === ids[key])?.match.factors.find((f) => f.factor === 'location');
    expect(location('onsiteBerlin')).toMatchObject({ score: 0, contribution: 0 });
    expect(location('hybridAustin')?.score).toBe(1);
  });

  it('never rates a $66-88k job Strong for a $130k floor that is not a must-have, and says why', async () => {
    await setPreferences([]);
    const result = await matches();
    const lowPay = result.items.find((i) => i.job.id === ids.lowPay);
    const twin = result.items.find((i) => i.job.id === ids.remote);
    expect(lowPay?.match.band).toMatch(/^(Poor|Fair)$/);
    const salary = lowPay?.match.factors.find((f) => f.factor === 'salary');
    expect(salary?.summary).toBe('Pays about $77,000, 41% below your $130,000, so this match is rated Fair at most');
    // The composite is still the sum of the contributions.
    const sum = lowPay?.match.factors.reduce((s, f) => s + f.contribution, 0) ?? -1;
    expect(sum).toBeCloseTo(lowPay?.match.composite ?? 0, 9);
    // Its well-paid twin (same text, same arrangement) ranks above it.
    const order = result.items.map((i) => i.job.id);
    expect(twin && order.indexOf(ids.remote)).toBeLessThan(order.indexOf(ids.lowPay));
  });

  it('filters out on-site jobs when the work arrangement is a must-have, and lets the request widen it', async () => {
    await setPreferences(['remoteTypes']);
    const result = await matches();
    expect(keysOf(result)).toEqual(['contract', 'hybridAustin', 'lowPay', 'noSalary', 'remote']);
    expect(result.filters).toMatchObject({ remoteTypes: ['remote', 'hybrid'], fromMustHaves: ['remoteTypes'] });
    const widened = await matches({ remoteTypes: [] });
    expect(keysOf(widened)).toContain('onsiteBerlin');
    expect(widened.filters.fromMustHaves).toEqual([]);
  });

  it('filters out jobs below the salary floor when it is a must-have, keeping those that do not say', async () => {
    await setPreferences(['salary']);
    const result = await matches();
    expect(keysOf(result)).not.toContain('lowPay');
    expect(keysOf(result)).toContain('noSalary');
    expect(result.filters).toMatchObject({ salaryMin: 130_000, includeUnknownSalary: true, fromMustHaves: ['salary'] });
    expect(keysOf(await matches({ salaryMin: null }))).toContain('lowPay');
    expect(keysOf(await matches({ includeUnknownSalary: false }))).not.toContain('noSalary');
  });

  it('keeps only the preferred job types when they are a must-have', async () => {
    await setPreferences(['jobTypes']);
    expect(keysOf(await matches())).not.toContain('contract');
  });

  it('keeps preferred places and remote jobs when places are a must-have, unless the seeker would relocate', async () => {
    await setPreferences(['locations']);
    const result = await matches();
    expect(keysOf(result)).toEqual(['contract', 'hybridAustin', 'lowPay', 'noSalary', 'onsiteAustin', 'remote']);
    expect(result.filters).toMatchObject({ places: ['Austin, TX'], placesIncludeRemote: true, fromMustHaves: ['locations'] });
    expect(keysOf(await matches({ preferredPlacesOnly: false }))).toContain('onsiteBerlin');
    // A typed place replaces the preferred ones.
    expect(keysOf(await matches({ location: 'Berlin' }))).toEqual(['onsiteBerlin']);

    await setPreferences(['locations'], true);
    const relocating = await matches();
    expect(relocating.filters.places).toEqual([]);
    const berlin = relocating.items.find((i) => i.job.id === ids.onsiteBerlin)?.match;
    expect(berlin?.location.fit).toBe('partial');
    expect(berlin?.location.detail).toMatch(/you would relocate/);
  });

  it('applies must-haves in the structured fallback too (vector index down)', async () => {
    await setPreferences(['remoteTypes', 'salary', 'jobTypes']);
    const down = matchingContext(tdb.db, {
      withIndex: () => Promise.resolve({ degraded: true as const, reason: 'index unavailable (test)' }),
    });
    const result = await matchesForUser(down, seeker.id, { limit: 50 });
    expect(result.degraded).toBe(true);
    expect(keysOf(result)).toEqual(['hybridAustin', 'noSalary', 'remote']);
  });

  it('drops a must-have that has nothing to require', async () => {
    const saved = await me().profile.updatePreferences({
      locations: [],
      remoteTypes: ['remote'],
      mustHaves: ['salary', 'locations', 'remoteTypes'],
    });
    expect(saved.preferences.mustHaves).toEqual(['remoteTypes']);
  });

  it('returns the application of a job already applied to, and none for a bookmark', async () => {
    await setPreferences([]);
    const [applied] = await tdb.db
      .insert(applications)
      .values({ userId: seeker.id, jobId: ids.remote, status: 'interview_scheduled', appliedAt: new Date() })
      .returning({ id: applications.id });
    await tdb.db.insert(applications).values({ userId: seeker.id, jobId: ids.hybridAustin, status: 'saved' });
    const other = await signUpUser(tdb.db);
    await tdb.db.insert(applications).values({ userId: other.id, jobId: ids.onsiteAustin, status: 'applied', appliedAt: new Date() });

    const result = await matches();
    const byJob = new Map(result.items.map((i) => [i.job.id, i.application]));
    expect(byJob.get(ids.remote)).toEqual({ id: applied?.id, status: 'interview_scheduled' });
    expect(byJob.get(ids.hybridAustin)).toBeNull();
    expect(byJob.get(ids.onsiteAustin)).toBeNull();
  });
});
