/**
 * Jobs the workflows have not prepared yet (no occupation, no embedding: a large import still
 * being embedded) on both databases. The vector index is up and knows other jobs; its nearest
 * neighbours under the seeker's must-haves run out before the page is full. Such jobs must still
 * be found by their structure, not answered with "No open jobs meet your must-haves", and listed
 * after the jobs scored in full.
 */
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobEmbeddings, jobs } from '@/server/db/schema';
import { matchingContext } from '@/server/services/matching/matching-context';
import { prepareJobsForMatching } from '@/server/services/matching/prepare-jobs';
import { availableModes } from './helpers/databases';
import { insertCompany } from './helpers/jobs';
import { insertAnalystJob, remoteDataAnalyst } from './helpers/remote-data-analyst';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();

describe.each(modes)('matching jobs not yet prepared on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  it('lists open jobs passing the must-haves that have no embedding or occupation yet', async () => {
    const { db } = tdb();
    const company = await insertCompany(db, `Unprepared Co ${mode} ${Math.random().toString(36).slice(2, 7)}`);
    const job = (title: string, remoteType: 'remote' | 'onsite') => insertAnalystJob(db, company, title, remoteType);
    const prepared = await job('Data Analyst', 'remote');
    await prepareJobsForMatching(matchingContext(db), [prepared.id]);
    const unprepared = [await job('Reporting Analyst', 'remote'), await job('BI Analyst', 'remote')];
    const onsite = await job('Data Analyst (on site)', 'onsite');
    const ids = unprepared.map((j) => j.id);
    // As a big import leaves them until the workflows reach them.
    expect(
      await db.select({ id: jobEmbeddings.jobId }).from(jobEmbeddings).where(inArray(jobEmbeddings.jobId, ids)),
    ).toEqual([]);
    const [row] = await db.select({ code: jobs.occupationCode }).from(jobs).where(eq(jobs.id, ids[0]!));
    expect(row?.code ?? null).toBeNull();

    const { me } = await remoteDataAnalyst(db);

    const page = await me.matching.forMe({ limit: 20 });
    const listed = page.items.map((i) => i.job.id);
    expect(listed).toContain(prepared.id);
    for (const id of ids) expect(listed).toContain(id);
    expect(listed).not.toContain(onsite.id);
    expect(page.hint).toBeNull();
    expect(page.degraded).toBe(false);
    // Scored on structure alone, they follow the job scored in full (another scale), and the
    // stored list the workflows made keeps the same order.
    expect(listed[0]).toBe(prepared.id);
    expect(page.items.slice(1).every((i) => i.match.degraded)).toBe(true);
    const stored = await me.matching.forMe({ limit: 3 });
    expect(stored.items.map((i) => i.job.id)).toEqual(listed.slice(0, 3));
  });
});
