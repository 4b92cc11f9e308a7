/**
 * Job search on both databases, the query: no criteria, ranking (title above description),
 * stems and AND, websearch syntax, stopword-only queries, and closed jobs never shown. The
 * service is called directly (cache off), against the hand-made jobs of the helper.
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
  const ids = (out: JobSearchOutput) => out.items.map((j) => j.id);
  const keysOf = (out: JobSearchOutput) => out.items.map((j) => Object.keys(id).find((k) => id[k] === j.id) ?? j.id);

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    Object.assign(id, await insertSearchJobs(tdb.db));
  });
  afterAll(() => tdb.destroy());

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

  it('with no job holding every word, lists the jobs holding some of them and says so', async () => {
    // Seen on a walk: "registered nurse" found nothing where "nurse" found the nurse jobs.
    const some = await search({ keywords: 'licensed nurse' });
    expect(keysOf(some).sort()).toEqual(['nurse', 'nurseRemote']);
    expect(some.someWords).toBe(true);
    // Every word found somewhere: the usual AND search, no note.
    const all = await search({ keywords: 'registered nurse' });
    expect(keysOf(all)).toEqual(['nurse']);
    expect(all.someWords).toBeFalsy();
    // A phrase, an OR or an exclusion is the user's own logic: left as it is.
    for (const keywords of ['"licensed nurse"', 'licensed -nurse', 'licensed OR zzzqqq']) {
      const out = await search({ keywords });
      expect(out.total, keywords).toBe(0);
      expect(out.someWords, keywords).toBeFalsy();
    }
    // Nothing holds any of the words: still nothing.
    expect((await search({ keywords: 'zzzqqq xxyyzz' })).total).toBe(0);
  });

  it('treats a query of stopwords, punctuation or emoji as no keywords (all jobs, newest first), and says so', async () => {
    // A walk searched "🚀🚀" and got every job with no word of why.
    for (const keywords of ['the', 'to be or not', '!!! ???', '"" -', '🚀🚀']) {
      const out = await search({ keywords });
      expect(keysOf(out).slice(0, 3), keywords).toEqual(NEWEST.slice(0, 3));
      expect(out.total, keywords).toBe(15);
      expect(out.items[0]?.rank, keywords).toBeNull();
      expect(out.noWords, keywords).toBe(true);
    }
    expect((await search({ keywords: 'nurse' })).noWords).toBeFalsy();
    expect((await search({ keywords: 'zzzqqq' })).noWords).toBeFalsy();
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
});
