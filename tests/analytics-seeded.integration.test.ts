/**
 * Analytics on a seeded database, on PGlite and on PostgreSQL: the seeded histories (once, sample
 * seekers who cannot sign in), benchmarks (anonymity threshold, the caller left out, the platform's
 * side a snapshot shared by every seeker) and a trained prediction.
 */
import { and, count, eq, like } from 'drizzle-orm';
import { loadOnet } from '@/server/data/onet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import { applications, companies, jobMatchScores, jobs, userAnalyticsCache, users } from '@/server/db/schema';
import { MIN_BENCHMARK_USERS } from '@/server/services/analytics/platform-benchmarks';
import { forgetPlatformTotals } from '@/server/services/analytics/platform-totals';
import { seedJobOccupationCode } from '@/server/services/seed/jobs';
import { occupationPicker } from '@/server/services/seed/occupations';
import { seedDatabase } from '@/server/services/seed/run-seed';
import { NO_LOGIN_PASSWORD_HASH, SAMPLE_SEEKER_DOMAIN } from '@/server/services/seed/sample-seekers';
import { DEMO_USERS } from '@/server/services/seed/users';
import { signInWithLimits } from '@/server/services/users/sign-in';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { DAY, score, track, type Step } from './helpers/application-history';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';

const modes = await availableModes();

describe.each(modes)('analytics on a seeded %s database', (mode) => {
  let tdb: TestDatabase;
  let demo: { id: string; role: 'seeker' };
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    await seedDatabase(tdb.db, { jobs: 300, seed: 11 });
    const [row] = await tdb.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS.seeker.email));
    if (!row) throw new Error('demo seeker missing');
    demo = { id: row.id, role: 'seeker' };
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  const sampleSeekers = async () =>
    (
      await tdb.db
        .select({ n: count() })
        .from(users)
        .where(like(users.email, `%@${SAMPLE_SEEKER_DOMAIN}`))
    )[0]?.n;

  it('draws the demo seeker’s history from their field first, with match scores from weak to strong', async () => {
    const pick = occupationPicker(loadOnet().occupations);
    const occupationOf = (externalId: string) => seedJobOccupationCode(pick, 11, Number(externalId.slice('seed-'.length)));
    const seeded = await tdb.db.select({ id: jobs.id, externalId: jobs.externalId }).from(jobs).where(eq(jobs.source, 'seed'));
    const inField = seeded.filter((j) => occupationOf(j.externalId).startsWith('15-'));
    const tracked = new Set(
      (await tdb.db.select({ jobId: applications.jobId }).from(applications).where(eq(applications.userId, demo.id))).map((a) => a.jobId),
    );
    // 300 jobs hold fewer than 43 in the field: every one of them is on the demo's board.
    expect(inField.length).toBeGreaterThan(5);
    expect(inField.filter((j) => !tracked.has(j.id))).toEqual([]);
    const scores = (
      await tdb.db.select({ s: jobMatchScores.compositeScore }).from(jobMatchScores).where(eq(jobMatchScores.userId, demo.id))
    ).map((r) => Number(r.s));
    expect(scores.length).toBeGreaterThanOrEqual(40);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThanOrEqual(0.3);
  });

  it('seeds histories once: the demo seeker across statuses, sample seekers who cannot sign in', async () => {
    expect(await sampleSeekers()).toBe(300);
    const demoApps = await tdb.db
      .select({ status: applications.status, responseAt: applications.responseAt, appliedAt: applications.appliedAt })
      .from(applications)
      .where(eq(applications.userId, demo.id));
    expect(demoApps.filter((a) => a.status !== 'saved')).toHaveLength(40);
    expect(new Set(demoApps.map((a) => a.status)).size).toBeGreaterThanOrEqual(5);
    // response_at agrees with the events (the first interview, offer or rejection)
    for (const a of demoApps)
      if (a.responseAt) expect(a.responseAt.getTime()).toBeGreaterThanOrEqual(a.appliedAt?.getTime() ?? Infinity);

    const again = await seedDatabase(tdb.db, { jobs: 300, seed: 11 });
    expect(again.jobs.skipped).toBe(true);
    expect(await sampleSeekers()).toBe(300);
    const [apps] = await tdb.db.select({ n: count() }).from(applications).where(eq(applications.userId, demo.id));
    expect(apps?.n).toBe(demoApps.length);

    const [sample] = await tdb.db
      .select()
      .from(users)
      .where(like(users.email, `%@${SAMPLE_SEEKER_DOMAIN}`))
      .limit(1);
    expect(sample).toMatchObject({ emailVerified: false, firstName: 'Sample', passwordHash: NO_LOGIN_PASSWORD_HASH });
    for (const password of ['Str0ng!Passw0rd', NO_LOGIN_PASSWORD_HASH, '']) {
      const outcome = await signInWithLimits(tdb.db, memoryRateLimiter(), { email: sample?.email, password }, null);
      expect(outcome).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it("reports benchmarks only for groups of 10+ other seekers and 5+ of the caller's applications, without the caller, as means of their rates", async () => {
    const company = await insertCompany(tdb.db, 'Benchmark Industry Co');
    // A fresh industry only the seekers below apply in.
    const industry = `Benchmarkology ${mode}`;
    await tdb.db.update(companies).set({ industry }).where(eq(companies.id, company.id));
    const at = new Date(Date.now() - 40 * DAY);
    const me = await signUpUser(tdb.db);
    // The caller: one interview in the industry (must not raise the others' average).
    await track(tdb.db, me.id, (await insertJob(tdb.db, { companyId: company.id })).id, at, [
      ['interview_scheduled', 2],
    ]);

    // Other seekers, one application each. Their interview rates 1,1,1,0,0,0,0,0,0,(0) and
    // response rates 1,1,1,1,1,0,0,0,0,(0); answers after 2,2,2,4,4 days.
    const stories: Step[][] = [
      [['interview_scheduled', 2]],
      [['interview_scheduled', 2]],
      [
        ['interview_scheduled', 2],
        ['rejected', 5],
      ],
      [['rejected', 4]],
      [['rejected', 4]],
      [['ghosted', 30]],
      [],
      [],
      [],
    ];
    const industryGroup = async () => {
      const o = await callerFor(tdb.db, me).analytics.overview({ window: '3m' });
      return { o, group: o.benchmarks.groups.find((g) => g.id === `industry:${industry}`) };
    };
    const others: string[] = [];
    for (const story of stories) {
      const other = await signUpUser(tdb.db);
      others.push(other.id);
      await track(tdb.db, other.id, (await insertJob(tdb.db, { companyId: company.id })).id, at, story);
    }
    // The platform's snapshot is taken here (an earlier test's could expire between the checks
    // below, which compare against this one).
    forgetPlatformTotals(tdb.db);
    const nine = await industryGroup();
    expect(nine.o.benchmarks.minUsers).toBe(MIN_BENCHMARK_USERS);
    expect(nine.group).toBeUndefined();
    // The whole platform is well over the threshold.
    const overall = nine.o.benchmarks.groups.find((g) => g.id === 'overall');
    expect(overall?.users).toBeGreaterThanOrEqual(100);

    const tenth = await signUpUser(tdb.db);
    others.push(tenth.id);
    await track(tdb.db, tenth.id, (await insertJob(tdb.db, { companyId: company.id })).id, at);
    await tdb.db.delete(userAnalyticsCache).where(eq(userAnalyticsCache.userId, me.id));
    // Ten others now, but the caller's side rests on one application: a comparison row for a
    // group under MIN_SAMPLE (5) is hidden, as the breakdowns are.
    expect((await industryGroup()).group).toBeUndefined();
    for (let i = 0; i < 4; i++) {
      await track(tdb.db, me.id, (await insertJob(tdb.db, { companyId: company.id })).id, at);
    }
    await tdb.db.delete(userAnalyticsCache).where(eq(userAnalyticsCache.userId, me.id));
    // The platform's side is a snapshot (at most a minute old) taken before the tenth seeker
    // applied: nine others, too few to show. The caller's own side is already theirs now.
    expect((await industryGroup()).group).toBeUndefined();
    forgetPlatformTotals(tdb.db);
    await tdb.db.delete(userAnalyticsCache).where(eq(userAnalyticsCache.userId, me.id));
    const ten = await industryGroup();
    // interview 3/10 = 0.3; response 5/10 = 0.5; offers 0; answers (2+2+2+4+4)/5 = 2.8.
    const platform = { responseRate: 0.5, interviewRate: 0.3, offerRate: 0, averageResponseDays: 2.8 };
    expect(ten.group).toEqual({
      id: `industry:${industry}`,
      dimension: 'industry',
      key: industry,
      label: industry,
      users: 10,
      platform,
      you: { n: 5, responseRate: 0.2, interviewRate: 0.2, offerRate: 0, averageResponseDays: 2 },
    });
    const text = JSON.stringify(ten.o);
    for (const id of others) expect(text).not.toContain(id);

    // The caller applies once more (an interview after 3 days) while the snapshot, which holds
    // their old row, is still in use: their side moves, the others' stays exactly as it was (the
    // row taken out is the one in the snapshot, not their new one).
    await track(tdb.db, me.id, (await insertJob(tdb.db, { companyId: company.id })).id, at, [['interview_scheduled', 3]]);
    await tdb.db.delete(userAnalyticsCache).where(eq(userAnalyticsCache.userId, me.id));
    const six = await industryGroup();
    expect(six.group?.platform).toEqual(platform);
    expect(six.group?.users).toBe(10);
    expect(six.group?.you).toEqual({ n: 6, responseRate: 0.3333, interviewRate: 0.3333, offerRate: 0, averageResponseDays: 2.5 });
  });

  it('predicts for the demo seeker with a trained model, and a better match raises the estimate', async () => {
    const [saved] = await tdb.db
      .select({ jobId: applications.jobId })
      .from(applications)
      .where(and(eq(applications.userId, demo.id), eq(applications.status, 'saved')))
      .limit(1);
    if (!saved) throw new Error('the demo seeker has no bookmark');
    const api = callerFor(tdb.db, demo).analytics;
    const setMatch = async (value: number) => {
      await tdb.db
        .delete(jobMatchScores)
        .where(and(eq(jobMatchScores.userId, demo.id), eq(jobMatchScores.jobId, saved.jobId)));
      await score(tdb.db, demo.id, saved.jobId, value);
    };
    await setMatch(0.3);
    const low = await api.prediction({ jobId: saved.jobId });
    await setMatch(0.95);
    const high = await api.prediction({ jobId: saved.jobId });
    if (low.status !== 'ok' || high.status !== 'ok') throw new Error(`expected predictions, got ${low.status}`);
    expect(high.probability).toBeGreaterThan(low.probability);
    expect(high.confidence.trainingSize).toBeGreaterThanOrEqual(200);
    expect(high.confidence.auc).toBeGreaterThan(0.55);
    expect(high.factors.length).toBeGreaterThan(0);
    expect(high.factors.length).toBeLessThanOrEqual(3);
    const sizes = high.factors.map((f) => Math.abs(f.points));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const f of high.factors)
      expect(f.text).toMatch(
        f.direction === 'raises'
          ? /helps: about \d+ more interviews? per 100/
          : /(?:against you|lowers the odds): about \d+ fewer interviews? per 100/,
      );
    // With 0.95 against a platform average near 0.6, the match is among the reasons, and helps.
    expect(high.factors.find((f) => f.feature === 'match')?.direction).toBe('raises');
  });
});
