/**
 * Job search on both databases, the counts: facets with every other filter applied, exact counts
 * on a small site, estimates on a large one, relevance pages across the rank window; and the
 * router with its process cache. Against the hand-made jobs of the helper; the last two tests
 * add jobs, in that order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobSearchInput, JobSearchOutput } from '@/lib/validators/search';
import { getCache } from '@/server/adapters/cache';
import { bumpJobsVersion } from '@/server/services/jobs/search/jobs-version';
import { searchJobs } from '@/server/services/jobs/search/search-jobs';
import { RANK_WINDOW } from '@/server/services/jobs/search/fetch-page';
import { callerFor } from './helpers/callers';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { insertJob } from './helpers/jobs';
import { insertSearchJobs } from './helpers/search-jobs';

const modes = await availableModes();

/** The jobs and what each search should find are in the helper's table. */
describe.each(modes)('job search on %s', (mode) => {
  let tdb: TestDatabase;
  const id: Record<string, string> = {};
  const search = (input: JobSearchInput) => searchJobs(tdb.db, input);
  const ids = (out: JobSearchOutput) => out.items.map((j) => j.id);

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    Object.assign(id, await insertSearchJobs(tdb.db));
  });
  afterAll(() => tdb.destroy());

  it('counts facets with every other filter applied', async () => {
    const out = await search({ remoteTypes: ['remote'] });
    expect(out.total).toBe(3);
    // jobType: among remote jobs (pyRemote contract, analyst + nurseRemote full-time).
    expect(out.facets.jobType).toEqual({ 'full-time': 2, 'part-time': 0, contract: 1, temporary: 0, internship: 0 });
    // remoteType ignores its own selection: all 15 open jobs.
    expect(out.facets.remoteType).toEqual({ onsite: 8, hybrid: 4, remote: 3 });

    const both = await search({ keywords: 'engineer', jobTypes: ['full-time'], remoteTypes: ['hybrid', 'onsite'] });
    // engineer matches: pyDesc onsite FT, pyRemote remote contract, platform hybrid FT, salesEng hybrid FT,
    // intern onsite internship, seniorSales onsite FT, engManager onsite FT.
    expect(both.total).toBe(5);
    expect(both.facets.jobType).toEqual({ 'full-time': 5, 'part-time': 0, contract: 0, temporary: 0, internship: 1 });
    expect(both.facets.remoteType).toEqual({ onsite: 3, hybrid: 2, remote: 0 });
  });


  it('serves jobs.search through the router, validated, cached until the jobs version moves', async () => {
    // The process cache outlives this database: a real write would bump the version, and so do we.
    await bumpJobsVersion(getCache());
    const caller = callerFor(tdb.db);
    const first = await caller.jobs.search({ keywords: 'python', location: 'austin' });
    expect(first.items.map((j) => j.id)).toEqual([id.pyTitle]);
    expect(first.cached).toBe(false);
    const again = await caller.jobs.search({ keywords: 'python', location: 'austin' });
    expect(again.cached).toBe(true);
    expect(again.items).toEqual(first.items);
    expect(again.items[0]?.postedAt).toBeInstanceOf(Date);
    await bumpJobsVersion(getCache());
    expect((await caller.jobs.search({ keywords: 'python', location: 'austin' })).cached).toBe(false);
    await expect(caller.jobs.search({ limit: 51 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.jobs.search({ page: 501 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller.jobs.search({ keywords: 'x'.repeat(201) })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  /** Every facet with a number shows what ticking that value alone (in its group) then counts. */
  async function expectFacetsAgreeWithClicks(criteria: JobSearchInput) {
    const out = await search(criteria);
    for (const [group, key] of [
      ['jobType', 'jobTypes'],
      ['remoteType', 'remoteTypes'],
    ] as const) {
      for (const [value, n] of Object.entries(out.facets[group])) {
        if (n === null) continue;
        const clicked = await search({ ...criteria, [key]: [value] });
        expect({ group, value, total: clicked.total }).toEqual({ group, value, total: n });
      }
    }
  }

  // Adds jobs (kept by the last test).
  it('counts exactly on a small site, even a search larger than the collect threshold', async () => {
    // Seventeen open jobs inside the 1/128 sample: a large site would estimate this search
    // (17 x 128), but this site has few open jobs in all, so the counts are exact.
    for (let i = 0; i < 17; i++) {
      const n = String(i).padStart(2, '0');
      await insertJob(tdb.db, {
        id: `00800000-0000-4000-8000-0000000000${n}`,
        title: `Nebula Surveyor ${i}`,
        jobType: i < 3 ? 'temporary' : 'full-time',
        remoteType: i % 2 === 0 ? 'remote' : 'onsite',
      });
    }
    const out = await search({ keywords: 'nebula' });
    expect(out).toMatchObject({ total: 17, estimated: false, facetsEstimated: { jobType: false, remoteType: false } });
    expect(out.facets.jobType).toEqual({ 'full-time': 14, 'part-time': 0, contract: 0, temporary: 3, internship: 0 });
    expect(out.facets.remoteType).toEqual({ onsite: 8, hybrid: 0, remote: 9 });
    await expectFacetsAgreeWithClicks({ keywords: 'nebula' });
    // Ticking "temporary" keeps every work-arrangement facet counted among temporary jobs.
    const temporary = await search({ keywords: 'nebula', jobTypes: ['temporary'] });
    expect(temporary.total).toBe(3);
    expect(temporary.facets.remoteType).toEqual({ onsite: 1, hybrid: 0, remote: 2 });
    await expectFacetsAgreeWithClicks({ keywords: 'nebula', jobTypes: ['temporary'] });
    await expectFacetsAgreeWithClicks({});
  });

  // Runs last: it adds jobs.
  it('keeps relevance pages consistent across the rank window, and estimates very large counts', async () => {
    // RANK_WINDOW + 10 "Welder" titles and 5 descriptions that mention a welder: pages walk the ranked window,
    // then the rest, newest first, with no job twice and none missing.
    const welders: string[] = [];
    for (let i = 0; i < RANK_WINDOW + 10; i++) {
      welders.push(
        (await insertJob(tdb.db, { title: `Welder ${i}`, description: 'Join the shop floor.', daysAgo: 50 + i })).id,
      );
    }
    for (let i = 0; i < 5; i++) {
      welders.push(
        (
          await insertJob(tdb.db, {
            title: `Fabricator ${i}`,
            description: 'Assist the welder on site.',
            daysAgo: 1 + i,
          })
        ).id,
      );
    }
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) seen.push(...ids(await search({ keywords: 'welder', page, limit: 20 })));
    expect(seen).toHaveLength(welders.length);
    expect(new Set(seen)).toEqual(new Set(welders));
    // The first RANK_WINDOW are the newest title matches; the fabricators (description only) come after.
    expect(seen.slice(0, RANK_WINDOW).every((j) => welders.indexOf(j) < RANK_WINDOW)).toBe(true);

    // Forty open jobs inside the fixed 1/128 sample (ids below 02000000-…), beside the seventeen of
    // the small-site test: more than a small site holds and more than the collect threshold, so
    // counts become estimates, scaled by 128 and rounded to two digits.
    for (let i = 0; i < 40; i++) {
      const n = String(i).padStart(2, '0');
      await insertJob(tdb.db, {
        id: `01000000-0000-4000-8000-0000000000${n}`,
        title: `Quasar Observer ${i}`,
        jobType: i < 5 ? 'contract' : 'full-time',
      });
    }
    const est = await search({ keywords: 'quasar' });
    expect(est).toMatchObject({ estimated: true, facetsEstimated: { jobType: true, remoteType: true } });
    expect(est.total).toBe(5100); // 40 x 128 = 5120
    // A facet the sample saw too few times to estimate has no number (null) rather than a guess
    // that its click would contradict ("Temporary 0" that then lists 46 jobs).
    expect(est.facets.jobType).toEqual({
      'full-time': 4500,
      contract: null,
      'part-time': null,
      temporary: null,
      internship: null,
    });
    expect(est.facets.remoteType).toEqual({ onsite: 5100, hybrid: null, remote: null });
    expect(est.totalPages).toBe(255);
    expect(est.items).toHaveLength(20);
    await expectFacetsAgreeWithClicks({ keywords: 'quasar' });
    // Narrowed to the 5 contract ones: few enough to collect, so total and page are exact, and so
    // are the work-arrangement facets (counted among those 5); the job-type facets, which need
    // the other types too, stay estimates.
    const narrowed = await search({ keywords: 'quasar', jobTypes: ['contract'] });
    expect(narrowed).toMatchObject({
      total: 5,
      totalPages: 1,
      estimated: false,
      facetsEstimated: { jobType: true, remoteType: false },
    });
    expect(narrowed.items).toHaveLength(5);
    expect(narrowed.facets.jobType).toMatchObject({ contract: null, 'full-time': 4500 });
    expect(narrowed.facets.remoteType).toEqual({ onsite: 5, hybrid: 0, remote: 0 });
    await expectFacetsAgreeWithClicks({ keywords: 'quasar', jobTypes: ['contract'] });
  });
});
