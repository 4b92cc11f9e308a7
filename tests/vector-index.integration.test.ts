/**
 * The vector index contract, run against each adapter available here: pgvector (PGlite) and the
 * in-process HNSW index (PGlite and the real PostgreSQL), the latter also forced down each of its
 * three paths for filters (unfiltered probe, exact ranking, filtered graph search).
 *
 * Snapshots, the choice of index and degradation, and Pinecone are in
 * vector-index-lifecycle.integration.test.ts; the vectors are in helpers/vector-fixtures.ts.
 *
 * 18 jobs on the circle, 40 "far" ones:
 *   i   remote  type        salary   location
 *   i%3=0 remote, others onsite; i%4=0 contract, others full-time;
 *   salary 100000+5000i except i%5=0 unknown; location "Austin, TX" for i<6, "Denver, CO" after.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HnswIndex, type HnswOptions } from '@/server/adapters/vectors/hnsw-index';
import { PgvectorIndex } from '@/server/adapters/vectors/pgvector-index';
import { rowsOf } from '@/server/adapters/vectors/rows';
import { VectorIndexError, type VectorIndex } from '@/server/adapters/vectors/types';
import type { Database } from '@/server/db';
import type { DatabaseMode } from '@/server/db/types';
import { jobEmbeddings, jobs } from '@/server/db/schema';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { insertJob } from './helpers/jobs';
import { CIRCLE, DIMS, E0, MODEL, circle, far, store } from './helpers/vector-fixtures';

const modes = await availableModes();

interface Case {
  name: string;
  mode: DatabaseMode;
  make: (db: Database) => VectorIndex;
}
const hnsw = (opts: HnswOptions) => (db: Database) => new HnswIndex(db, MODEL, DIMS, opts);
/**
 * On so few jobs a filter is answered by the first, unfiltered probe (it sees them all): these
 * variants cut the probe to one result so that the other two paths answer.
 */
const graphFiltered = { maxProbe: 1, exactBelow: 0 };
const exactRanked = { maxProbe: 1, candidateCost: 1e9 };
const hnswMode: DatabaseMode = modes.includes('postgres') ? 'postgres' : 'pglite';
const cases: Case[] = [
  { name: 'pgvector on pglite', mode: 'pglite', make: (db) => new PgvectorIndex(db, MODEL, DIMS) },
  // Small filtered sets are ranked exactly by default: this one walks the index for them too.
  {
    name: 'pgvector on pglite, index scans',
    mode: 'pglite',
    make: (db) => new PgvectorIndex(db, MODEL, DIMS, { exactBelow: 0 }),
  },
  { name: 'hnsw on pglite', mode: 'pglite', make: hnsw({}) },
  ...(modes.includes('postgres') ? [{ name: 'hnsw on postgres', mode: 'postgres' as const, make: hnsw({}) }] : []),
  { name: `hnsw on ${hnswMode}, filtered graph search`, mode: hnswMode, make: hnsw(graphFiltered) },
  { name: `hnsw on ${hnswMode}, exact ranking`, mode: hnswMode, make: hnsw(exactRanked) },
];

describe.each(cases)('vector index: $name', ({ name, mode, make }) => {
  let tdb: TestDatabase;
  let index: VectorIndex;
  const ids: string[] = [];
  const farIds: string[] = [];
  const keyOf = (id: string) => {
    const i = ids.indexOf(id);
    return i >= 0 ? i : `far${farIds.indexOf(id)}`;
  };
  const keys = (hits: { id: string }[]) => hits.map((h) => keyOf(h.id));

  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    if (tdb.mode === 'pglite') {
      // A 58-row table is cheaper to scan than to search by index: make the planner take the
      // HNSW path these tests are about (session setting; the adapter's SET LOCALs leave it be).
      await tdb.db.execute(sql`SET enable_seqscan = off`);
    }
    index = make(tdb.db);
    for (let i = 0; i < CIRCLE; i++) {
      const job = await insertJob(tdb.db, {
        title: `Circle ${i}`,
        remoteType: i % 3 === 0 ? 'remote' : 'onsite',
        jobType: i % 4 === 0 ? 'contract' : 'full-time',
        location: i < 6 ? 'Austin, TX' : 'Denver, CO',
        ...(i % 5 === 0
          ? {}
          : {
              salaryMin: 100_000 + 5_000 * i,
              salaryMax: 100_000 + 5_000 * i,
              salaryCurrency: 'USD',
              salaryPeriod: 'year' as const,
              salaryAnnualUsd: 100_000 + 5_000 * i,
            }),
      });
      ids.push(job.id);
    }
    for (let j = 0; j < 40; j++)
      farIds.push((await insertJob(tdb.db, { title: `Far ${j}`, location: 'Boston, MA' })).id);
    // Half the vectors exist before the first build, half arrive through upsert afterwards.
    for (const [j, id] of farIds.entries()) await store(tdb.db, index, id, far(j));
    for (let i = 0; i < CIRCLE / 2; i++) await store(tdb.db, index, ids[i] ?? '', circle(i));
    await index.rebuild();
    for (let i = CIRCLE / 2; i < CIRCLE; i++) await store(tdb.db, index, ids[i] ?? '', circle(i));
  });

  afterAll(async () => {
    await index?.close();
    await tdb?.destroy();
  });

  it('returns the nearest first, with cosine similarities', async () => {
    const hits = await index.query(E0, 5);
    expect(keys(hits)).toEqual([0, 1, 2, 3, 4]);
    hits.forEach((h, i) => expect(h.similarity).toBeCloseTo(Math.cos((i * 5 * Math.PI) / 180), 4));
  });

  it('finds vectors added after the build (upsert)', async () => {
    const hits = await index.query(circle(17), 3);
    expect(keys(hits)).toEqual([17, 16, 15]);
  });

  it('still returns k results under filters that the nearest jobs fail', async () => {
    expect(keys(await index.query(E0, 3, { remoteTypes: ['remote'] }))).toEqual([0, 3, 6]);
    expect(keys(await index.query(E0, 4, { jobTypes: ['contract'] }))).toEqual([0, 4, 8, 12]);
    expect(keys(await index.query(E0, 2, { location: 'denver' }))).toEqual([6, 7]);
    expect(keys(await index.query(E0, 3, { remoteTypes: ['remote'], location: 'denver' }))).toEqual([6, 9, 12]);
    // Floor 150000: jobs 10+ qualify, 10 and 15 have no known salary.
    expect(keys(await index.query(E0, 3, { salaryMinAnnualUsd: 150_000, includeUnknownSalary: false }))).toEqual([
      11, 12, 13,
    ]);
    expect(keys(await index.query(E0, 3, { salaryMinAnnualUsd: 150_000 }))).toEqual([0, 5, 10]);
  });

  it('"remote" as a location also matches remote jobs located elsewhere', async () => {
    expect(keys(await index.query(E0, 2, { location: 'Remote' }))).toEqual([0, 3]);
  });

  it('returns fewer than k only when fewer jobs pass', async () => {
    const hits = await index.query(E0, 10, { remoteTypes: ['remote'], jobTypes: ['contract'] });
    expect(keys(hits)).toEqual([0, 12]);
    expect(await index.query(E0, 5, { location: 'Nowhere' })).toEqual([]);
  });

  it('follows job changes: a vector moved by upsert, a closed job and a new remote type after refresh', async () => {
    await store(tdb.db, index, ids[4] ?? '', circle(0.5));
    expect(keys(await index.query(E0, 3))).toEqual([0, 4, 1]);
    await tdb.db
      .update(jobs)
      .set({ status: 'closed' })
      .where(eq(jobs.id, ids[1] ?? ''));
    await index.refresh([ids[1] ?? '']);
    expect(keys(await index.query(E0, 3))).toEqual([0, 4, 2]);
    expect(keys(await index.query(E0, 3, { openOnly: false }))).toEqual([0, 4, 1]);
    // A new remote type (the in-process index keeps one graph per remote type), and back.
    const setRemote = async (remoteType: 'remote' | 'onsite') => {
      await tdb.db
        .update(jobs)
        .set({ remoteType })
        .where(eq(jobs.id, ids[2] ?? ''));
      await index.refresh([ids[2] ?? '']);
    };
    await setRemote('remote');
    // job_embeddings.remote_type (pgvector's remote graph) follows the job through a trigger.
    const remoteCopies = rowsOf<{ id: string }>(
      await tdb.db.execute(sql`SELECT job_id AS id FROM job_embeddings WHERE remote_type = 'remote' ORDER BY job_id`),
    );
    expect(remoteCopies.map((r) => Number(keyOf(r.id))).sort((a, b) => a - b)).toEqual([0, 2, 3, 6, 9, 12, 15]);
    expect(keys(await index.query(E0, 3, { remoteTypes: ['remote'] }))).toEqual([0, 2, 3]);
    expect(keys(await index.query(E0, 4))).toEqual([0, 4, 2, 3]);
    await setRemote('onsite');
    expect(keys(await index.query(E0, 3, { remoteTypes: ['remote'] }))).toEqual([0, 3, 6]);
    expect(keys(await index.query(E0, 4, { remoteTypes: ['onsite'] }))).toEqual([4, 2, 5, 7]);
  });

  it('drops removed jobs', async () => {
    await tdb.db.delete(jobEmbeddings).where(eq(jobEmbeddings.jobId, ids[0] ?? ''));
    await index.remove([ids[0] ?? '']);
    expect(keys(await index.query(E0, 2))).toEqual([4, 2]);
  });

  it('rebuilds from job_embeddings to the same answers', async () => {
    const before = await Promise.all([
      index.query(E0, 6),
      index.query(circle(11), 4, { remoteTypes: ['remote'] }),
      index.query(far(3), 3),
    ]);
    const fresh = make(tdb.db);
    const { count } = await fresh.rebuild();
    expect(count).toBe(CIRCLE - 1 + 40);
    const after = await Promise.all([
      fresh.query(E0, 6),
      fresh.query(circle(11), 4, { remoteTypes: ['remote'] }),
      fresh.query(far(3), 3),
    ]);
    expect(after.map(keys)).toEqual(before.map(keys));
    expect(keys(after[1] ?? [])).toEqual([12, 9, 15, 6]);
    await fresh.close();
  });

  it('rejects a vector of another dimension with a typed error', async () => {
    const wrong = [1, 0, 0];
    await expect(index.query(wrong, 3)).rejects.toBeInstanceOf(VectorIndexError);
    await expect(index.query(wrong, 3)).rejects.toMatchObject({ code: 'DIMENSION_MISMATCH' });
    await expect(index.upsert([{ id: ids[2] ?? '', vector: wrong }])).rejects.toMatchObject({
      code: 'DIMENSION_MISMATCH',
    });
    await expect(index.query(new Array<number>(DIMS).fill(0), 3)).rejects.toMatchObject({ code: 'INVALID_VECTOR' });
    await expect(index.query(E0, 0)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('reports itself healthy', async () => {
    expect(await index.health()).toBe(true);
  });

  it.runIf(name.startsWith('pgvector'))('replaces an index of this model built with other parameters', async () => {
    const indexesNow = async () =>
      rowsOf<{ name: string }>(
        await tdb.db.execute(sql`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'job_embeddings'`),
      ).map((r) => r.name);
    // As an earlier version named and built it; and one of another model, which must stay.
    await tdb.db.execute(
      sql.raw(`CREATE INDEX idx_job_embeddings_hnsw_earlier ON job_embeddings USING hnsw
        ((embedding::vector(${DIMS})) vector_cosine_ops) WITH (m = 16) WHERE model = '${MODEL}' AND dimensions = ${DIMS}`),
    );
    await tdb.db.execute(
      sql.raw(`CREATE INDEX idx_job_embeddings_hnsw_other ON job_embeddings USING hnsw
        ((embedding::vector(${DIMS})) vector_cosine_ops) WHERE model = 'other-${MODEL}' AND dimensions = ${DIMS}`),
    );
    const fresh = make(tdb.db) as PgvectorIndex;
    expect(await fresh.health()).toBe(true);
    const names = await indexesNow();
    expect(names).not.toContain('idx_job_embeddings_hnsw_earlier');
    expect(names).toContain('idx_job_embeddings_hnsw_other');
    expect(names).toEqual(expect.arrayContaining([fresh.indexName, fresh.remoteIndexName]));
    await tdb.db.execute(sql`DROP INDEX idx_job_embeddings_hnsw_other`);
  });

  it.runIf(name.startsWith('pgvector'))('answers through the HNSW index, filtered ones by iterating it', async () => {
    const pg = index as PgvectorIndex;
    const plan = async (q: ReturnType<PgvectorIndex['statements']>) =>
      tdb.db.transaction(async (tx) => {
        await tx.execute(q.settings);
        return JSON.stringify(rowsOf(await tx.execute(sql`EXPLAIN ${q.approximate}`)));
      });
    const unfiltered = await plan(pg.statements(E0, 5));
    expect(unfiltered).toContain(pg.indexName);
    expect(unfiltered).not.toContain(pg.remoteIndexName);
    const contract = await plan(pg.statements(E0, 3, { jobTypes: ['contract'] }));
    expect(contract).toContain(pg.indexName);
    expect(contract).not.toContain(pg.remoteIndexName);
    // "Remote only" walks the graph of remote jobs.
    const filtered = pg.statements(E0, 3, { remoteTypes: ['remote'] });
    expect(await plan(filtered)).toContain(pg.remoteIndexName);
    const settings = await tdb.db.transaction(async (tx) => {
      await tx.execute(filtered.settings);
      return rowsOf<{ s: string }>(await tx.execute(sql`SELECT current_setting('hnsw.iterative_scan') AS s`));
    });
    expect(settings[0]?.s).toBe('relaxed_order');
  });
});
