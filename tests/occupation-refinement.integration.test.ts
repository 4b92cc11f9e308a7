/**
 * A seeker's occupations refined by the jobs nearest their profile (refine-occupations.ts), on
 * both databases: the profile workflow stores the nearest jobs' vote beside the profile's own
 * reading, every match reads the vote, the profile page the own reading; running it again changes
 * nothing; occupations the seeker confirmed are never replaced, not even by a run that started
 * before they confirmed; with the vector index down, or after a re-inference until the workflow
 * has refined again, matching reads the own reading.
 *
 * The nursing jobs' stored occupations are set to Nurse Practitioners, an occupation the profile
 * never names, so only the vote can have put it on the profile.
 */
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobs, profileOccupations } from '@/server/db/schema';
import { CANDIDATES, OCCUPATION_CANDIDATES, rankJobsForUser } from '@/server/services/matching/matches-for-user';
import { matchingContext } from '@/server/services/matching/matching-context';
import { voteCandidates } from '@/server/services/matching/vote-candidates';
import { inferProfileOccupations } from '@/server/services/matching/occupations/infer-profile-occupations';
import { profileVector } from '@/server/services/matching/embeddings/embed-profile';
import { loadProfileForMatching, profileOccupationInput } from '@/server/services/matching/load-match-inputs';
import { prepareJobsForMatching } from '@/server/services/matching/prepare-jobs';
import { refreshProfileOccupations } from '@/server/services/matching/refresh-occupations';
import { refineProfileOccupations } from '@/server/services/matching/refine-occupations';
import { occupationCandidates } from '@/server/services/matching/structured-candidates';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

const PRACTITIONER = '29-1171.00';
const DEVELOPER = '15-1252.00';
const WARD_WORK =
  'Assess patients on a busy surgical ward, administer medication, dress wounds, monitor vital signs and keep patient care records.';
const CODE_WORK = 'Design, build and test web services in TypeScript and Go; review code and run deployments.';

describe.each(modes)('occupation refinement on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  async function setUp() {
    const { db } = tdb();
    const company = await insertCompany(db, `Ward Co ${mode} ${Math.random().toString(36).slice(2, 7)}`);
    const ward: string[] = [];
    for (const title of [
      'Registered Nurse',
      'Staff Nurse',
      'Surgical Ward Nurse',
      'Charge Nurse',
      'Clinical Nurse',
      'Nurse',
    ]) {
      const row = await insertJob(db, {
        title,
        description: WARD_WORK,
        requiredSkills: ['Patient care', 'Wound care', 'Medication administration'],
        companyId: company.id,
        companyName: company.name,
      });
      ward.push(row.id);
    }
    const code: string[] = [];
    for (const title of ['Software Engineer', 'Backend Developer', 'Platform Engineer']) {
      const row = await insertJob(db, {
        title,
        description: CODE_WORK,
        requiredSkills: ['TypeScript', 'Go'],
        companyId: company.id,
        companyName: company.name,
      });
      code.push(row.id);
    }
    await prepareJobsForMatching(matchingContext(db), [...ward, ...code]);
    await db
      .update(jobs)
      .set({ occupationCode: PRACTITIONER, occupations: [{ code: PRACTITIONER, confidence: 1 }] })
      .where(inArray(jobs.id, ward));

    const seeker = await signUpUser(db);
    const me = callerFor(db, seeker);
    await me.profile.addExperience({
      title: null,
      company: 'St Mary Hospital',
      startDate: '2019-03-01',
      isCurrent: true,
      description: WARD_WORK,
    });
    for (const name of ['Patient care', 'Wound care']) {
      await me.profile.addSkill({ name, category: 'technical', proficiencyLevel: 4, yearsOfExperience: 5 });
    }
    await drainWorkflows();
    return { db, seeker, me };
  }

  const row = async (userId: string) => {
    const [r] = await tdb().db.select().from(profileOccupations).where(eq(profileOccupations.userId, userId));
    return { own: r?.occupations ?? [], refined: r?.refinedOccupations ?? null };
  };
  const stored = async (userId: string) => (await row(userId)).refined ?? [];

  it('stores the nearest jobs’ vote beside the own reading; matches read the vote, the profile page the own reading', async () => {
    const { db, seeker, me } = await setUp();
    const own = inferProfileOccupations(profileOccupationInput(await loadProfileForMatching(db, seeker.id)));
    expect(own.map((g) => g.code)).not.toContain(PRACTITIONER);
    expect((await row(seeker.id)).own.map((g) => g.code)).toEqual(own.map((g) => g.code));

    const occupations = await stored(seeker.id);
    expect(occupations[0]?.code).toBe(PRACTITIONER);
    expect(occupations[0]?.confidence).toBeGreaterThan(0.5);
    expect(occupations.reduce((s, g) => s + g.confidence, 0)).toBeCloseTo(1, 3);

    const matches = await me.matching.forMe({ limit: 5 });
    expect(matches.profileOccupation?.code).toBe(PRACTITIONER);
    expect(matches.items[0]?.match.occupationFit.relation).toBe('same');
    const page = await me.profile.occupations();
    expect(page.inferred.map((g) => g.code)).toEqual(own.map((g) => g.code));
    expect(page.confirmed).toEqual([]);
    // The profile page names what the matches read too: the two pages named different
    // occupations with nothing to say why (a walk).
    expect(page.matchedAs).toEqual({ code: PRACTITIONER, title: matches.profileOccupation?.title });
  });

  it('drops the refinement when the profile is read again, until the workflow refines it anew', async () => {
    const { db, seeker } = await setUp();
    // The workflow's first step after an edit.
    await refreshProfileOccupations(db, await loadProfileForMatching(db, seeker.id));
    expect((await row(seeker.id)).refined).toBeNull();
    expect((await loadProfileForMatching(db, seeker.id)).occupations[0]?.code).not.toBe(PRACTITIONER);
    await refineProfileOccupations(matchingContext(db), seeker.id);
    expect((await stored(seeker.id))[0]?.code).toBe(PRACTITIONER);
  });

  it('starts from the own reading, not from a stored vote: running it again gives the same', async () => {
    const { db, seeker } = await setUp();
    const first = await stored(seeker.id);
    await db
      .update(profileOccupations)
      .set({ refinedOccupations: [{ code: DEVELOPER, confidence: 1 }] })
      .where(eq(profileOccupations.userId, seeker.id));
    const again = await refineProfileOccupations(matchingContext(db), seeker.id);
    expect(again.refined).toBe(true);
    expect(await stored(seeker.id)).toEqual(first);
  });

  it('never replaces occupations the seeker confirmed', async () => {
    const { seeker, me } = await setUp();
    await me.profile.setTargetOccupations({ codes: [DEVELOPER] });
    await drainWorkflows();
    expect(await row(seeker.id)).toMatchObject({ own: [{ code: DEVELOPER }], refined: null });
    const result = await refineProfileOccupations(matchingContext(tdb().db), seeker.id);
    expect(result).toEqual({ refined: false, reason: 'confirmed by the seeker' });
    expect(await row(seeker.id)).toMatchObject({ own: [{ code: DEVELOPER }], refined: null });
    expect((await me.matching.forMe({ limit: 5 })).profileOccupation?.code).toBe(DEVELOPER);
    expect((await me.profile.occupations()).matchedAs).toBeNull();
  });

  it('does not store a vote when the seeker confirms occupations while it is being made', async () => {
    const { db, seeker, me } = await setUp();
    await refreshProfileOccupations(db, await loadProfileForMatching(db, seeker.id));
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const real = matchingContext(db);
    let reached = () => {};
    const atIndex = new Promise<void>((resolve) => (reached = resolve));
    const slow = matchingContext(db, {
      withIndex: async (use) => {
        reached();
        await gate;
        return real.withIndex(use);
      },
    });
    const running = refineProfileOccupations(slow, seeker.id);
    await atIndex;
    // Meanwhile: the seeker confirms, and the workflow's first step stores it.
    await me.profile.setTargetOccupations({ codes: [DEVELOPER] });
    await refreshProfileOccupations(db, await loadProfileForMatching(db, seeker.id));
    release();
    expect(await running).toEqual({ refined: false, reason: 'the profile changed meanwhile' });
    expect(await row(seeker.id)).toMatchObject({ own: [{ code: DEVELOPER }], refined: null });
    expect((await loadProfileForMatching(db, seeker.id)).occupations.map((g) => g.code)).toEqual([DEVELOPER]);
  });

  it('votes with the jobs and semantic scores the ranking itself gives, loading them once', async () => {
    const { db, seeker } = await setUp();
    const mc = matchingContext(db);
    const profile = await loadProfileForMatching(db, seeker.id);
    const own = inferProfileOccupations(profileOccupationInput(profile));
    const candidates = await voteCandidates(mc, profile, CANDIDATES, OCCUPATION_CANDIDATES);
    if (!candidates) throw new Error('the index should be up');
    // Each round's reading: the own one, then the nursing vote (the candidates change with it).
    for (const occupations of [own, [{ code: PRACTITIONER, title: 'Nurse Practitioners', confidence: 1 }]]) {
      const { ranked } = await rankJobsForUser(mc, { ...profile, occupations }, {}, CANDIDATES + OCCUPATION_CANDIDATES);
      const byRanking = new Map(
        ranked.flatMap((r) => (r.match.semantic === null ? [] : [[r.job.id, r.match.semantic]])),
      );
      const scored = await candidates.scored(occupations);
      expect(scored.length).toBeGreaterThan(5);
      expect(new Map(scored.map((n) => [n.jobId, n.score]))).toEqual(byRanking);
    }
  });

  it('scores the nearest jobs and each round’s own occupation candidates', async () => {
    const { db, seeker } = await setUp();
    const mc = matchingContext(db);
    const profile = await loadProfileForMatching(db, seeker.id);
    const vector = await profileVector(db, profile, mc.embedding);
    if (!vector) throw new Error('the profile should have a vector');
    // Two nearest jobs, fewer than the pool holds: the occupation candidates are what adds the rest.
    const hits = await mc.withIndex((index) => index.query(vector, 2, {}));
    if (hits.degraded) throw new Error('the index should be up');
    const candidates = await voteCandidates(mc, profile, 2, OCCUPATION_CANDIDATES);
    if (!candidates) throw new Error('the index should be up');
    const sets: Set<string | undefined>[] = [];
    for (const code of [DEVELOPER, PRACTITIONER]) {
      const occupations = [{ code, title: code, confidence: 1 }];
      const expected = new Set([
        ...hits.value.map((h) => h.id),
        ...(await occupationCandidates(db, occupations, {}, OCCUPATION_CANDIDATES)),
      ]);
      expect(expected.size).toBeGreaterThan(2);
      const scored = new Set((await candidates.scored(occupations)).map((n) => n.jobId));
      expect(scored).toEqual(expected);
      sets.push(scored);
    }
    expect(sets[0]).not.toEqual(sets[1]);
  });

  it('leaves matching on the own reading when the vector index is down', async () => {
    const { db, seeker, me } = await setUp();
    await refreshProfileOccupations(db, await loadProfileForMatching(db, seeker.id));
    const before = await row(seeker.id);
    const down = matchingContext(db, {
      withIndex: () => Promise.resolve({ degraded: true as const, reason: 'index unavailable (test)' }),
    });
    expect(await refineProfileOccupations(down, seeker.id)).toEqual({
      refined: false,
      reason: 'no profile vector, or the vector index is unavailable',
    });
    expect(await row(seeker.id)).toEqual(before);
    expect(before.refined).toBeNull();
    // Nothing refined: the profile page names no other reading than its own (a review).
    expect((await me.profile.occupations()).matchedAs).toBeNull();
  });
});
