/**
 * loadJobVectors, on both databases (binary on the server, text on PGlite):
 * every value comes back as the float4 it was stored as (negative, tiny and large values, zero),
 * only the asked model's vectors come back, and jobs without one are absent.
 */
import { describe, expect, it } from 'vitest';
import { isEmbedded } from '@/server/db/embedded';
import { jobEmbeddings } from '@/server/db/schema';
import { loadJobVectors } from '@/server/services/matching/job-vectors';
import { availableModes } from './helpers/databases';
import { insertJob } from './helpers/jobs';
import { useTestDatabase } from './helpers/test-database-hooks';

const modes = await availableModes();
const MODEL = 'test/float4-v1';
const VALUES = [0.1, -0.25, 1e-7, -3.4e38, 0, 123.456, 0.333333333, -1];

describe.each(modes)('loadJobVectors on %s', (mode) => {
  const tdb = useTestDatabase(mode);

  it('returns each stored vector as its float4 values, for the asked model only', async () => {
    const { db } = tdb();
    // PGlite reads the text form (binary columns decode slowly there), the server the binary one.
    expect(isEmbedded(db)).toBe(mode === 'pglite');
    const [a, b, c] = [await insertJob(db), await insertJob(db), await insertJob(db)];
    const row = (jobId: string, model: string, embedding: number[]) => ({
      jobId,
      model,
      dimensions: embedding.length,
      embedding,
      contentHash: 'x'.repeat(64),
    });
    await db
      .insert(jobEmbeddings)
      .values([
        row(a.id, MODEL, VALUES),
        row(b.id, MODEL, [...VALUES].reverse()),
        row(c.id, 'test/other-model', VALUES),
      ]);

    const vectors = await loadJobVectors(db, [a.id, b.id, c.id], MODEL);
    expect([...vectors.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(vectors.get(a.id)).toEqual(VALUES.map(Math.fround));
    expect(vectors.get(b.id)).toEqual([...VALUES].reverse().map(Math.fround));
    expect(await loadJobVectors(db, [], MODEL)).toEqual(new Map());
  });
});
