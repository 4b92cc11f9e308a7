/**
 * Seekers' analytics through the router, on PGlite and on PostgreSQL: metrics, breakdowns,
 * insights and recommendations against a hand-computed fixture; the cache and its refresh by
 * the workflow; an empty account; the prediction's refusals and input checks.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userAnalyticsCache } from '@/server/db/schema';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { fixtureUser as analyticsFixtureUser } from './helpers/analytics-fixture-user';
import { DAY, track } from './helpers/application-history';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';
import { insertJob } from './helpers/jobs';

const modes = await availableModes();

describe.each(modes)('analytics on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  /** The hand-computed fixture seeker (see the helper for its 14 applications). */
  const fixtureUser = () => analyticsFixtureUser(tdb.db);

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
