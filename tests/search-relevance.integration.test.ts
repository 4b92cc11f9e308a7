/**
 * Relevance beyond the title matches, on both databases: when few titles hold every keyword
 * ("software engineer" on a site with no such title), the jobs that only mention the words must
 * come by how well they match, not by date. Found in a new-user walk: "software engineer" listed
 * an Environmental Engineer first because it was the newest posting naming both words anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchJobs } from '@/server/services/jobs/search/search-jobs';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { insertJob } from './helpers/jobs';

const modes = await availableModes();

describe.each(modes)('search relevance past the title matches on %s', (mode) => {
  let tdb: TestDatabase;
  const id: Record<string, string> = {};
  const titles = async (keywords: string) =>
    (await searchJobs(tdb.db, { keywords })).items.map((j) => Object.keys(id).find((k) => id[k] === j.id));

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    const jobs = {
      // Newest: names both words, far apart, once each.
      environmental: {
        title: 'Environmental Engineer',
        description:
          'Assess soil and water quality on site. Reports are written in our office software. ' +
          'You will support the lead engineer on permits, inspections and field sampling across the region.',
        occupationCode: '17-2081.00',
        daysAgo: 1,
      },
      // Older, no occupation read: its whole description is about software engineering.
      architect: {
        title: 'Systems Architect',
        description:
          'Design the software platform with our software engineer team. Every software engineer here ' +
          'reviews code, and you will mentor a junior software engineer.',
        daysAgo: 20,
      },
      // Oldest: the title holds one of the words, the description the other; the occupation is
      // the one "software engineer" reads as (O*NET Software Developers).
      developer: {
        title: 'Backend Software Developer',
        description: 'Build services in Go; pair with the platform engineer on deployments.',
        occupationCode: '15-1252.00',
        daysAgo: 40,
      },
      unrelated: { title: 'Pastry Chef', description: 'Bake bread and cakes.', daysAgo: 2 },
      // "software developer" stems to software + develop. Newest of the two and the denser
      // mention, but care work: O*NET relates nothing of it to Software Developers.
      nanny: {
        title: 'Nanny',
        description:
          "Use the family's scheduling software to develop each child's routines; software developer " +
          'skills not needed.',
        occupationCode: '39-9011.00',
        daysAgo: 3,
      },
      // Older, one passing mention each, but Web Developers are closely related to Software Developers.
      webmaster: {
        title: 'Webmaster',
        description:
          'Keep the content management software of the site current and its links checked for the marketing ' +
          'team, and in time develop landing pages.',
        occupationCode: '15-1254.00',
        daysAgo: 30,
      },
    };
    for (const [key, job] of Object.entries(jobs)) id[key] = (await insertJob(tdb.db, job)).id;
  });
  afterAll(() => tdb.destroy());

  it('orders jobs that only mention the keywords by the occupation named, then by rank; the passing mention last', async () => {
    expect(await titles('software engineer')).toEqual(['developer', 'architect', 'environmental']);
  });

  it('reads the occupation past websearch operators, and leaves sort newest by date', async () => {
    expect(await titles('"software" engineer -senior')).toEqual(['developer', 'architect', 'environmental']);
    const newest = await searchJobs(tdb.db, { keywords: 'software engineer', sort: 'newest' });
    expect(newest.items.map((j) => j.id)).toEqual([id.environmental, id.architect, id.developer]);
  });

  it("ranks a job of an occupation related to the one named above another occupation's denser mention", async () => {
    expect(await titles('software developer')).toEqual(['developer', 'webmaster', 'nanny']);
  });

  it('keeps whole-title matches first whatever their rank', async () => {
    const order = await titles('environmental engineer');
    expect(order[0]).toBe('environmental');
  });
});
