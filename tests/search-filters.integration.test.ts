/**
 * Job search on both databases, the filters: location (and "Remote"), job and remote types, the
 * salary floor with unknown salaries, posting age; sorting and paging. The service is called
 * directly (cache off), against the hand-made jobs of the helper.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobSearchInput, JobSearchOutput } from '@/lib/validators/search';
import { searchJobs } from '@/server/services/jobs/search/search-jobs';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { insertSearchJobs, NEWEST } from './helpers/search-jobs';

const modes = await availableModes();

/** The jobs and what each search should find are in the helper's table. */
describe.each(modes)('job search on %s', (mode) => {
  let tdb: TestDatabase;
  const id: Record<string, string> = {};
  const search = (input: JobSearchInput) => searchJobs(tdb.db, input);
  const keysOf = (out: JobSearchOutput) => out.items.map((j) => Object.keys(id).find((k) => id[k] === j.id) ?? j.id);

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    Object.assign(id, await insertSearchJobs(tdb.db));
  });
  afterAll(() => tdb.destroy());

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
});
