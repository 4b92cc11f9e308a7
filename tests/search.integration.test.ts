/**
 * Job search on both databases, against a small hand-made set of jobs whose expected results
 * are worked out by hand below. The service is called directly (cache off) except in the router
 * test, which goes through `jobs.search` and the process cache.
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

const modes = await availableModes();

const yearly = (usd: number) => ({
  salaryMin: usd,
  salaryMax: usd,
  salaryCurrency: 'USD',
  salaryPeriod: 'year' as const,
  salaryAnnualUsd: usd,
});

/**
 * The jobs, newest first by daysAgo. Salaries are yearly USD; "—" is unknown.
 *
 *  key           title                           company               location        remote  type        salary  days
 *  pyTitle       Senior Python Developer         Acme Robotics         Austin, TX      hybrid  full-time   150000   0.8
 *  pyDesc        Backend Engineer (Python in the description)  Globex  Chicago, IL     onsite  full-time   140000     2
 *  javaDev       Java Developer                  Acme Robotics         Austin, TX      onsite  full-time   130000     3
 *  nurse         Registered Nurse                St. Mary Hospital     Denver, CO      onsite  part-time        —     4
 *  pyRemote      Python Data Engineer (+ Python in the description)  Initech  Remote (US)  remote  contract  120000  5
 *  analyst       Data Analyst                    Initech               Remote          remote  full-time        —     6
 *  platform      Platform Engineer (description: "senior-level")  Globex  Seattle, WA  hybrid  full-time   125000     8
 *  nurseRemote   Nurse Case Manager              CarePlus              Austin, TX      remote  full-time    90000    10
 *  salesEng      Sales Engineer                  Globex                New York, NY    hybrid  full-time   110000    15
 *  intern        Software Engineering Intern     Initech               Boston, MA      onsite  internship   40000    18
 *  seniorSales   Senior Sales Engineer           Umbrella              New York, NY    onsite  full-time   135000    20
 *  engManager    Engineering Manager (sales and engineer apart)  Umbrella  Denver, CO  onsite  full-time   160000    25
 *  psf           Office Manager                  Python Software Foundation  Boston, MA  hybrid  full-time   70000    30
 *  warehouse     Warehouse Associate             Umbrella              Dallas, TX      onsite  temporary    35000    45
 *  accountant    Accountant                      Globex                Boston, MA      onsite  full-time    80000   200
 *  closed        Senior Python Developer         Acme Robotics         Austin, TX      hybrid  full-time   150000   0.5  (closed)
 */
describe.each(modes)('job search on %s', (mode) => {
  let tdb: TestDatabase;
  const id: Record<string, string> = {};
  const search = (input: JobSearchInput) => searchJobs(tdb.db, input);
  const ids = (out: JobSearchOutput) => out.items.map((j) => j.id);
  const keysOf = (out: JobSearchOutput) => out.items.map((j) => Object.keys(id).find((k) => id[k] === j.id) ?? j.id);

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    const add = async (key: string, fields: Parameters<typeof insertJob>[1]) => {
      id[key] = (await insertJob(tdb.db, fields)).id;
    };
    await add('pyTitle', {
      title: 'Senior Python Developer',
      companyName: 'Acme Robotics',
      description: 'Build data pipelines and public APIs.',
      location: 'Austin, TX',
      remoteType: 'hybrid',
      jobType: 'full-time',
      ...yearly(150_000),
      daysAgo: 0.8,
    });
    await add('pyDesc', {
      title: 'Backend Engineer',
      companyName: 'Globex',
      description: 'You will write Python services and maintain APIs.',
      location: 'Chicago, IL',
      remoteType: 'onsite',
      jobType: 'full-time',
      ...yearly(140_000),
      daysAgo: 2,
    });
    await add('javaDev', {
      title: 'Java Developer',
      companyName: 'Acme Robotics',
      description: 'Spring Boot services for logistics.',
      location: 'Austin, TX',
      remoteType: 'onsite',
      jobType: 'full-time',
      ...yearly(130_000),
      daysAgo: 3,
    });
    await add('nurse', {
      title: 'Registered Nurse',
      companyName: 'St. Mary Hospital',
      description: 'Patient care in the intensive care unit.',
      location: 'Denver, CO',
      remoteType: 'onsite',
      jobType: 'part-time',
      daysAgo: 4,
    });
    await add('pyRemote', {
      title: 'Python Data Engineer',
      companyName: 'Initech',
      description: 'Build ETL jobs in Python and dbt.',
      location: 'Remote (US)',
      remoteType: 'remote',
      jobType: 'contract',
      ...yearly(120_000),
      daysAgo: 5,
    });
    await add('analyst', {
      title: 'Data Analyst',
      companyName: 'Initech',
      description: 'Dashboards and reporting for finance.',
      location: 'Remote',
      remoteType: 'remote',
      jobType: 'full-time',
      daysAgo: 6,
    });
    await add('platform', {
      title: 'Platform Engineer',
      companyName: 'Globex',
      description: 'A senior-level role running Kubernetes clusters.',
      location: 'Seattle, WA',
      remoteType: 'hybrid',
      jobType: 'full-time',
      ...yearly(125_000),
      daysAgo: 8,
    });
    await add('nurseRemote', {
      title: 'Nurse Case Manager',
      companyName: 'CarePlus',
      description: 'Telephonic case management for members.',
      location: 'Austin, TX',
      remoteType: 'remote',
      jobType: 'full-time',
      ...yearly(90_000),
      daysAgo: 10,
    });
    await add('salesEng', {
      title: 'Sales Engineer',
      companyName: 'Globex',
      description: 'Demo products to customers.',
      location: 'New York, NY',
      remoteType: 'hybrid',
      jobType: 'full-time',
      ...yearly(110_000),
      daysAgo: 15,
    });
    await add('intern', {
      title: 'Software Engineering Intern',
      companyName: 'Initech',
      description: 'Learn to ship web features.',
      location: 'Boston, MA',
      remoteType: 'onsite',
      jobType: 'internship',
      ...yearly(40_000),
      daysAgo: 18,
    });
    await add('seniorSales', {
      title: 'Senior Sales Engineer',
      companyName: 'Umbrella',
      description: 'Own technical demos for enterprise accounts.',
      location: 'New York, NY',
      remoteType: 'onsite',
      jobType: 'full-time',
      ...yearly(135_000),
      daysAgo: 20,
    });
    await add('engManager', {
      title: 'Engineering Manager',
      companyName: 'Umbrella',
      description: 'Support sales teams and lead every engineer on the platform team.',
      location: 'Denver, CO',
      remoteType: 'onsite',
      jobType: 'full-time',
      ...yearly(160_000),
      daysAgo: 25,
    });
    await add('psf', {
      title: 'Office Manager',
      companyName: 'Python Software Foundation',
      description: 'Run the office and plan events.',
      location: 'Boston, MA',
      remoteType: 'hybrid',
      jobType: 'full-time',
      ...yearly(70_000),
      daysAgo: 30,
    });
    await add('warehouse', {
      title: 'Warehouse Associate',
      companyName: 'Umbrella',
      description: 'Pick and pack orders.',
      location: 'Dallas, TX',
      remoteType: 'onsite',
      jobType: 'temporary',
      ...yearly(35_000),
      daysAgo: 45,
    });
    await add('accountant', {
      title: 'Accountant',
      companyName: 'Globex',
      description: 'Month-end close and reconciliations.',
      location: 'Boston, MA',
      remoteType: 'onsite',
      jobType: 'full-time',
      ...yearly(80_000),
      daysAgo: 200,
    });
    await add('closed', {
      title: 'Senior Python Developer',
      companyName: 'Acme Robotics',
      description: 'Build data pipelines in Python.',
      location: 'Austin, TX',
      remoteType: 'hybrid',
      jobType: 'full-time',
      ...yearly(150_000),
      daysAgo: 0.5,
      status: 'closed',
    });
  });
  afterAll(() => tdb.destroy());

  const NEWEST = [
    'pyTitle',
    'pyDesc',
    'javaDev',
    'nurse',
    'pyRemote',
    'analyst',
    'platform',
    'nurseRemote',
    'salesEng',
    'intern',
    'seniorSales',
    'engManager',
    'psf',
    'warehouse',
    'accountant',
  ];

  it('without criteria lists every open job, newest first, exact counts, no rank', async () => {
    const out = await search({ limit: 50 });
    expect(keysOf(out)).toEqual(NEWEST);
    expect(out).toMatchObject({
      total: 15,
      totalPages: 1,
      page: 1,
      limit: 50,
      estimated: false,
      facetsEstimated: { jobType: false, remoteType: false },
      cached: false,
      degraded: false,
    });
    expect(out.items.every((j) => j.rank === null)).toBe(true);
    expect(out.items[0]).toMatchObject({ freshness: 'new', salaryUnknown: false });
    expect(out.items.find((j) => j.id === id.accountant)?.freshness).toBe('older');
  });

  it('ranks title matches above description matches, and exposes the rank', async () => {
    // Title or company holds "python": pyRemote (title A + description C), pyTitle (title A),
    // psf (company B) — in that rank order. Then description-only matches: pyDesc.
    const out = await search({ keywords: 'python' });
    expect(keysOf(out)).toEqual(['pyRemote', 'pyTitle', 'psf', 'pyDesc']);
    const ranks = out.items.map((j) => j.rank ?? -1);
    expect(ranks[0]).toBeGreaterThan(ranks[1]!);
    expect(ranks[1]).toBeGreaterThan(ranks[2]!);
    expect(ranks.every((r) => r > 0 && r < 1)).toBe(true);
    expect(out.total).toBe(4);
  });

  it('matches stems and every word (AND), case-insensitively', async () => {
    // "engineers" stems to "engin": Engineer, Engineering titles; "Python Engineer" needs both words.
    expect(keysOf(await search({ keywords: 'PYTHON engineers', sort: 'newest' }))).toEqual(['pyDesc', 'pyRemote']);
    expect(keysOf(await search({ keywords: 'nurse', sort: 'newest' }))).toEqual(['nurse', 'nurseRemote']);
  });

  it('supports websearch syntax: quoted phrases, OR, and -exclusions', async () => {
    // engManager has "sales" and "engineer" but not side by side.
    expect(keysOf(await search({ keywords: '"sales engineer"', sort: 'newest' }))).toEqual(['salesEng', 'seniorSales']);
    // "accountant" stems to "account", which seniorSales' "enterprise accounts" also holds.
    expect(keysOf(await search({ keywords: 'nurse OR accountant', sort: 'newest' }))).toEqual([
      'nurse',
      'nurseRemote',
      'seniorSales',
      'accountant',
    ]);
    // -senior drops seniorSales (title) and platform ("senior-level" in its description only).
    const out = await search({ keywords: 'engineer -senior', sort: 'newest' });
    expect(keysOf(out)).toEqual(['pyDesc', 'pyRemote', 'salesEng', 'intern', 'engManager']);
    expect(out.total).toBe(5);
    // The same through relevance: title matches first (all five have "engineer" in the title).
    expect(keysOf(await search({ keywords: 'engineer -senior' })).sort()).toEqual(
      ['engManager', 'intern', 'pyDesc', 'pyRemote', 'salesEng'].sort(),
    );
  });

  it('treats a query of stopwords or punctuation as no keywords (all jobs, newest first)', async () => {
    for (const keywords of ['the', 'to be or not', '!!! ???', '"" -']) {
      const out = await search({ keywords });
      expect(keysOf(out).slice(0, 3), keywords).toEqual(NEWEST.slice(0, 3));
      expect(out.total, keywords).toBe(15);
      expect(out.items[0]?.rank, keywords).toBeNull();
    }
  });

  it('filters by location as a case-insensitive substring', async () => {
    expect(keysOf(await search({ location: 'austin' }))).toEqual(['pyTitle', 'javaDev', 'nurseRemote']);
    expect(keysOf(await search({ location: 'NEW YORK, ny' }))).toEqual(['salesEng', 'seniorSales']);
    expect((await search({ location: '100%_' })).total).toBe(0);
  });

  it('location "Remote" finds remote jobs whatever their location text', async () => {
    // nurseRemote is remote though listed in Austin; pyRemote and analyst say Remote.
    expect(keysOf(await search({ location: 'Remote' }))).toEqual(['pyRemote', 'analyst', 'nurseRemote']);
    expect(keysOf(await search({ location: 'remote', remoteTypes: ['onsite'] }))).toEqual([]);
  });

  it('filters by each job type and each remote type', async () => {
    const byType = async (jobTypes: JobSearchInput['jobTypes']) => keysOf(await search({ jobTypes, limit: 50 }));
    expect(await byType(['part-time'])).toEqual(['nurse']);
    expect(await byType(['contract'])).toEqual(['pyRemote']);
    expect(await byType(['internship'])).toEqual(['intern']);
    expect(await byType(['temporary'])).toEqual(['warehouse']);
    expect(await byType(['full-time'])).toEqual(
      NEWEST.filter((k) => !['nurse', 'pyRemote', 'intern', 'warehouse'].includes(k)),
    );
    expect(await byType(['contract', 'temporary'])).toEqual(['pyRemote', 'warehouse']);
    const byRemote = async (remoteTypes: JobSearchInput['remoteTypes']) =>
      keysOf(await search({ remoteTypes, limit: 50 }));
    expect(await byRemote(['remote'])).toEqual(['pyRemote', 'analyst', 'nurseRemote']);
    expect(await byRemote(['hybrid'])).toEqual(['pyTitle', 'platform', 'salesEng', 'psf']);
    expect(await byRemote(['onsite'])).toEqual([
      'pyDesc',
      'javaDev',
      'nurse',
      'intern',
      'seniorSales',
      'engManager',
      'warehouse',
      'accountant',
    ]);
  });

  it('keeps unknown salaries (flagged) under a salary floor unless asked not to', async () => {
    const out = await search({ salaryMin: 125_000, limit: 50 });
    // >= 125k: pyTitle 150k, pyDesc 140k, javaDev 130k, platform 125k, seniorSales 135k, engManager 160k;
    // unknown: nurse, analyst.
    expect(keysOf(out)).toEqual([
      'pyTitle',
      'pyDesc',
      'javaDev',
      'nurse',
      'analyst',
      'platform',
      'seniorSales',
      'engManager',
    ]);
    expect(out.items.filter((j) => j.salaryUnknown).map((j) => j.id)).toEqual([id.nurse, id.analyst]);
    const strict = await search({ salaryMin: 125_000, includeUnknownSalary: false, limit: 50 });
    expect(keysOf(strict)).toEqual(['pyTitle', 'pyDesc', 'javaDev', 'platform', 'seniorSales', 'engManager']);
    expect(strict.items.some((j) => j.salaryUnknown)).toBe(false);
    // With no floor there is nothing to check a salary against: no job is flagged.
    const unfiltered = await search({ limit: 50 });
    expect(unfiltered.items.some((j) => j.salaryUnknown)).toBe(false);
  });

  it('filters by posting age', async () => {
    expect(keysOf(await search({ postedWithinDays: 7 }))).toEqual([
      'pyTitle',
      'pyDesc',
      'javaDev',
      'nurse',
      'pyRemote',
      'analyst',
    ]);
    expect(keysOf(await search({ postedWithinDays: 1 }))).toEqual(['pyTitle']);
    expect((await search({ postedWithinDays: 365 })).total).toBe(15);
  });

  it('sorts by newest, by salary (unknown last), and relevance without keywords falls back to newest', async () => {
    expect(keysOf(await search({ sort: 'newest', limit: 50 }))).toEqual(NEWEST);
    expect(keysOf(await search({ sort: 'relevance', limit: 50 }))).toEqual(NEWEST);
    expect(keysOf(await search({ sort: 'salary', limit: 50 }))).toEqual([
      'engManager',
      'pyTitle',
      'pyDesc',
      'seniorSales',
      'javaDev',
      'platform',
      'pyRemote',
      'salesEng',
      'nurseRemote',
      'accountant',
      'psf',
      'intern',
      'warehouse',
      'nurse',
      'analyst',
    ]);
    expect(keysOf(await search({ keywords: 'engineer', sort: 'salary' }))).toEqual([
      'engManager',
      'pyDesc',
      'seniorSales',
      'platform',
      'pyRemote',
      'salesEng',
      'intern',
    ]);
  });

  it('paginates with total and totalPages, a short last page and an empty page past the end', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ page, limit: 4 })));
    expect(pages.map((p) => p.items.length)).toEqual([4, 4, 4, 3]);
    expect(pages.map((p) => p.totalPages)).toEqual([4, 4, 4, 4]);
    expect(pages.flatMap(keysOf)).toEqual(NEWEST);
    const past = await search({ page: 5, limit: 4 });
    expect(past).toMatchObject({ items: [], total: 15, totalPages: 4, page: 5 });
    // Relevance pages too: the title tier, then the description-only matches.
    const rel = await Promise.all([1, 2].map((page) => search({ keywords: 'python', page, limit: 3 })));
    expect(rel.flatMap(keysOf)).toEqual(['pyRemote', 'pyTitle', 'psf', 'pyDesc']);
    expect(rel[1]?.totalPages).toBe(2);
  });

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

  it('never returns closed jobs', async () => {
    const all = [
      await search({ limit: 50 }),
      await search({ keywords: 'senior python developer' }),
      await search({ location: 'austin', sort: 'salary' }),
    ];
    for (const out of all) expect(ids(out)).not.toContain(id.closed);
    expect(keysOf(all[1]!)).toEqual(['pyTitle']);
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
