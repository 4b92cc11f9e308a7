/**
 * Seekers' analytics through the router, on PGlite and on PostgreSQL: metrics, breakdowns,
 * insights and recommendations against a hand-computed fixture; the cache and its refresh by
 * the workflow; the prediction's refusals; and, on a seeded database, benchmarks (anonymity
 * threshold, the caller left out) and a trained prediction.
 */
import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '@/lib/validators/enums';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import type { Database } from '@/server/db';
import {
  applicationEvents,
  applications,
  companies,
  jobMatchScores,
  userAnalyticsCache,
  users,
} from '@/server/db/schema';
import { MIN_BENCHMARK_USERS } from '@/server/services/analytics/platform-benchmarks';
import { seedDatabase } from '@/server/services/seed/run-seed';
import { NO_LOGIN_PASSWORD_HASH, SAMPLE_SEEKER_DOMAIN } from '@/server/services/seed/sample-seekers';
import { DEMO_USERS } from '@/server/services/seed/users';
import { signInWithLimits } from '@/server/services/users/sign-in';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertCompany, insertJob } from './helpers/jobs';

const modes = await availableModes();
const DAY = 86_400_000;

type Step = [status: ApplicationStatus, daysAfterApplying: number];

/** An application with its full event history; response_at is left empty on purpose (analytics reads events). */
async function track(db: Database, userId: string, jobId: string, appliedAt: Date, steps: Step[] = []) {
  const last = steps.at(-1)?.[0] ?? 'applied';
  const [app] = await db
    .insert(applications)
    .values({ userId, jobId, status: last, appliedAt, source: 'test' })
    .returning({ id: applications.id });
  if (!app) throw new Error('no application');
  let from: ApplicationStatus = 'applied';
  const events = [
    { applicationId: app.id, fromStatus: null, toStatus: 'applied' as const, actorId: userId, occurredAt: appliedAt },
  ];
  for (const [to, days] of steps) {
    events.push({
      applicationId: app.id,
      fromStatus: from as never,
      toStatus: to as never,
      actorId: userId,
      occurredAt: new Date(appliedAt.getTime() + days * DAY),
    });
    from = to;
  }
  await db.insert(applicationEvents).values(events);
  return app.id;
}

async function score(db: Database, userId: string, jobId: string, composite: number) {
  await db
    .insert(jobMatchScores)
    .values({ userId, jobId, semanticScore: composite, traditionalScore: composite, compositeScore: composite });
}

/** A Monday, 10:00 UTC, 14 to 20 days ago: every fixture event (at most 9 days later) is in the past and in the last 30 days. */
function recentMonday(): Date {
  const d = new Date(Date.now() - 14 * DAY);
  d.setUTCHours(10, 0, 0, 0);
  while (d.getUTCDay() !== 1) d.setTime(d.getTime() - DAY);
  return d;
}

describe.each(modes)('analytics on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  /**
   * The fixture (13 applications in the last 30 days, one 100 days ago, one bookmark):
   *  #  day  story (days after applying)                      match  resp int offer  first answer
   *  1  Mon  interview 2 -> completed 5 -> offer 9            0.90   yes  yes yes    2 d
   *  2  Mon  interview 4 -> rejected 8                        0.60   yes  yes -      4 d
   *  3  Mon  rejected 6                                       0.60   yes  -   -      6 d
   *  4  Mon  interview 3                                      0.90   yes  yes -      3 d
   *  5  Mon  (no answer)                                      0.95   -    -   -
   *  6  Tue  rejected 1                                       0.90   yes  -   -      1 d
   *  7  Tue  ghosted 5                                        0.90   -    -   -
   *  8  Tue  withdrawn 2                                      0.60   -    -   -
   *  9  Tue  (no answer)                                      0.60   -    -   -
   * 10  Tue  (no answer)                                      0.60   -    -   -
   * 11  Tue  (no answer)                                      none   -    -   -
   * 12  Wed  interview 1 -> completed 2 -> offer 3 -> acc. 4  0.50   yes  yes yes    1 d
   * 13  Wed  (no answer)                                      none   -    -   -
   * 14  100 days ago: interview 10                            -      yes  yes -      10 d
   */
  async function fixtureUser() {
    const u = await signUpUser(tdb.db);
    const company = await insertCompany(tdb.db, `Fixture Co ${u.id.slice(0, 8)}`);
    const mon = recentMonday();
    const tue = new Date(mon.getTime() + DAY);
    const wed = new Date(mon.getTime() + 2 * DAY);
    const rows: [Date, Step[], number | null][] = [
      [
        mon,
        [
          ['interview_scheduled', 2],
          ['interview_completed', 5],
          ['offer_received', 9],
        ],
        0.9,
      ],
      [
        mon,
        [
          ['interview_scheduled', 4],
          ['rejected', 8],
        ],
        0.6,
      ],
      [mon, [['rejected', 6]], 0.6],
      [mon, [['interview_scheduled', 3]], 0.9],
      [mon, [], 0.95],
      [tue, [['rejected', 1]], 0.9],
      [tue, [['ghosted', 5]], 0.9],
      [tue, [['withdrawn', 2]], 0.6],
      [tue, [], 0.6],
      [tue, [], 0.6],
      [tue, [], null],
      [
        wed,
        [
          ['interview_scheduled', 1],
          ['interview_completed', 2],
          ['offer_received', 3],
          ['accepted', 4],
        ],
        0.5,
      ],
      [wed, [], null],
      [new Date(Date.now() - 100 * DAY), [['interview_scheduled', 10]], null],
    ];
    for (const [i, [at, steps, match]] of rows.entries()) {
      const job = await insertJob(tdb.db, { companyId: company.id, remoteType: 'onsite', daysAgo: 120 });
      // distinct minutes, so applications on one day keep a stable order
      await track(tdb.db, u.id, job.id, new Date(at.getTime() + i * 60_000), steps);
      if (match !== null) await score(tdb.db, u.id, job.id, match);
    }
    const bookmarked = await insertJob(tdb.db, { companyId: company.id });
    await tdb.db.insert(applications).values({ userId: u.id, jobId: bookmarked.id, status: 'saved' });
    return u;
  }

  it('computes the window metrics from statuses reached and from the events', async () => {
    const u = await fixtureUser();
    const api = callerFor(tdb.db, u).analytics;
    const month = await api.overview({ window: '1m' });
    // 13 applications; responses #1,2,3,4,6,12 = 6; interviews #1,2,4,12 = 4; offers #1,12 = 2.
    // First answers 2,4,6,3,1,1 days: mean 17/6 = 2.83 -> 2.8.
    expect(month.metrics).toMatchObject({
      n: 13,
      responses: 6,
      interviews: 4,
      offers: 2,
      responseRate: 0.4615,
      interviewRate: 0.3077,
      offerRate: 0.1538,
      averageResponseDays: 2.8,
      responseTimeSamples: 6,
    });
    expect(month.metrics.responseTimeBuckets.map((b) => [b.key, b.count])).toEqual([
      ['0-3', 4],
      ['4-7', 2],
      ['8-14', 0],
      ['15-30', 0],
      ['31+', 0],
    ]);
    // 90 days still excludes #14; 180 days and all time include it: 14 apps, 7 responses,
    // 5 interviews, 2 offers, answers (17 + 10) / 7 = 3.86 -> 3.9.
    expect((await api.overview({ window: '3m' })).metrics.n).toBe(13);
    for (const window of ['6m', 'all'] as const) {
      expect((await api.overview({ window })).metrics).toMatchObject({
        n: 14,
        responses: 7,
        interviews: 5,
        offers: 2,
        responseRate: 0.5,
        interviewRate: 0.3571,
        offerRate: 0.1429,
        averageResponseDays: 3.9,
      });
    }
    // The default window is 3m.
    expect((await api.overview({})).window).toBe('3m');
  });

  it('breaks rates down by day and match bucket, hiding groups under the minimum sample', async () => {
    const u = await fixtureUser();
    const { breakdowns, minSample } = await callerFor(tdb.db, u).analytics.overview({ window: '1m' });
    expect(minSample).toBe(5);
    const by = (d: string) => breakdowns.find((b) => b.dimension === d);
    // Mon: 5 apps, responses 1,2,3,4; interviews 1,2,4; offer 1. Tue: 6 apps, response #6 only.
    // Wed (2 apps) is under 5: hidden, counted.
    expect(by('day_of_week')).toEqual({
      dimension: 'day_of_week',
      groups: [
        {
          key: 'mon',
          label: 'Monday',
          n: 5,
          responses: 4,
          interviews: 3,
          offers: 1,
          responseRate: 0.8,
          interviewRate: 0.6,
          offerRate: 0.2,
        },
        {
          key: 'tue',
          label: 'Tuesday',
          n: 6,
          responses: 1,
          interviews: 0,
          offers: 0,
          responseRate: 0.1667,
          interviewRate: 0,
          offerRate: 0,
        },
      ],
      hiddenGroups: 1,
      hiddenApplications: 2,
    });
    // 0.55-0.70: #2,3,8,9,10 (responses 2,3; interview 2). >= 0.85: #1,4,5,6,7 (responses 1,4,6;
    // interviews 1,4; offer 1). Below 0.55 (#12) and not scored (#11, #13) are hidden.
    const match = by('match_bucket');
    expect(match?.groups.map((g) => [g.key, g.n, g.responses, g.interviews, g.offers])).toEqual([
      ['55-70', 5, 2, 1, 0],
      ['ge85', 5, 3, 2, 1],
    ]);
    expect(match).toMatchObject({ hiddenGroups: 2, hiddenApplications: 3 });
    // One company, one arrangement, one source: a single group of 13.
    expect(by('remote_type')?.groups.map((g) => [g.key, g.n])).toEqual([['onsite', 13]]);
  });

  it('derives insights with their evidence, and recommendations pointing at them', async () => {
    const u = await fixtureUser();
    const { insights, recommendations } = await callerFor(tdb.db, u).analytics.overview({ window: '1m' });
    // Tue 0/6 vs the other 7 with 4 interviews (0.5714): pooled 4/13, se = 0.2568, z = -2.23.
    // Mon 3/5 vs 1/8 (0.125): se = 0.2631, z = 1.81. The match buckets differ by 15-17 points but
    // by less than one standard error (|z| 0.57 and 0.67): no insight.
    expect(insights.map((i) => [i.id, i.n, i.rate, i.baselineN, i.baselineRate])).toEqual([
      ['day_of_week:tue:below', 6, 0, 7, 0.5714],
      ['day_of_week:mon:above', 5, 0.6, 8, 0.125],
    ]);
    expect(insights[0]?.message).toBe(
      'Applications sent on a Tuesday got an interview 0% of the time (0 of 6), against 57% for your other 7.',
    );
    expect(recommendations.map((r) => r.evidence)).toEqual([
      {
        insightId: 'day_of_week:tue:below',
        dimension: 'day_of_week',
        key: 'tue',
        metric: 'interview_rate',
        n: 6,
        rate: 0,
        baselineN: 7,
        baselineRate: 0.5714,
      },
      {
        insightId: 'day_of_week:mon:above',
        dimension: 'day_of_week',
        key: 'mon',
        metric: 'interview_rate',
        n: 5,
        rate: 0.6,
        baselineN: 8,
        baselineRate: 0.125,
      },
    ]);
    expect(recommendations[0]?.message).toMatch(/^Avoid sending applications on Tuesdays\./);
  });

  it('serves the cache while fresh, and the workflow refreshes it after a change', async () => {
    const u = await fixtureUser();
    const api = callerFor(tdb.db, u);
    const first = await api.analytics.overview({ window: '1m' });
    const [row] = await tdb.db.select().from(userAnalyticsCache).where(eq(userAnalyticsCache.userId, u.id));
    expect(row?.expiresAt.getTime()).toBe(first.calculatedAt.getTime() + 60 * 60 * 1000);

    // Written behind the app's back (no event): the cached numbers stand.
    const quiet = await insertJob(tdb.db);
    await track(tdb.db, u.id, quiet.id, new Date(Date.now() - DAY));
    const cached = await api.analytics.overview({ window: '1m' });
    expect(cached.metrics.n).toBe(13);
    expect(cached.calculatedAt).toEqual(first.calculatedAt);

    // Applying through the app sends applications/changed; the workflow recomputes.
    const job = await insertJob(tdb.db);
    await api.applications.applyToJob({ jobId: job.id });
    await drainWorkflows();
    const refreshed = await api.analytics.overview({ window: '1m' });
    expect(refreshed.metrics.n).toBe(15);
    expect(refreshed.calculatedAt.getTime()).toBeGreaterThan(first.calculatedAt.getTime());

    // An expired row is recomputed on read.
    await tdb.db
      .update(userAnalyticsCache)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(userAnalyticsCache.userId, u.id));
    const other = await insertJob(tdb.db);
    await track(tdb.db, u.id, other.id, new Date(Date.now() - DAY));
    expect((await api.analytics.overview({ window: '1m' })).metrics.n).toBe(16);
  });

  it('shows an empty account zero applications and null rates, not zeros', async () => {
    const u = await signUpUser(tdb.db);
    const o = await callerFor(tdb.db, u).analytics.overview({ window: 'all' });
    expect(o.metrics).toMatchObject({
      n: 0,
      responseRate: null,
      interviewRate: null,
      offerRate: null,
      averageResponseDays: null,
    });
    expect(o.insights).toEqual([]);
    expect(o.recommendations).toEqual([]);
  });

  it('refuses to predict below 10 own applications or without platform outcomes, and checks input', async () => {
    const u = await fixtureUser(); // 14 applications
    const few = await signUpUser(tdb.db);
    const job = await insertJob(tdb.db);
    for (let i = 0; i < 9; i++)
      await track(tdb.db, few.id, (await insertJob(tdb.db)).id, new Date(Date.now() - (i + 1) * DAY));
    expect(await callerFor(tdb.db, few).analytics.prediction({ jobId: job.id })).toEqual({
      status: 'insufficient_data',
      reason: 'few_own_applications',
      have: 9,
      need: 10,
      message: 'Predictions start once you have tracked 10 applications; you have 9.',
    });
    // This database holds a few dozen known outcomes, far from the 200 the model needs.
    const platform = await callerFor(tdb.db, u).analytics.prediction({ jobId: job.id });
    expect(platform).toMatchObject({ status: 'insufficient_data', reason: 'few_platform_outcomes', need: 200 });

    const api = callerFor(tdb.db, u).analytics;
    await expect(api.prediction({ jobId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(api.prediction({ jobId: 'nope' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.overview({ window: '2y' as never })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(callerFor(tdb.db).analytics.overview({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

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
    const ten = await industryGroup();
    // interview 3/10 = 0.3; response 5/10 = 0.5; offers 0; answers (2+2+2+4+4)/5 = 2.8.
    expect(ten.group).toEqual({
      id: `industry:${industry}`,
      dimension: 'industry',
      key: industry,
      label: industry,
      users: 10,
      platform: { responseRate: 0.5, interviewRate: 0.3, offerRate: 0, averageResponseDays: 2.8 },
      you: { n: 5, responseRate: 0.2, interviewRate: 0.2, offerRate: 0, averageResponseDays: 2 },
    });
    const text = JSON.stringify(ten.o);
    for (const id of others) expect(text).not.toContain(id);
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
          : /against you: about \d+ fewer interviews? per 100/,
      );
    // With 0.95 against a platform average near 0.6, the match is among the reasons, and helps.
    expect(high.factors.find((f) => f.feature === 'match')?.direction).toBe('raises');
  });
});
