/**
 * Vector index lifecycle: in-process index snapshots, which index is chosen and how failures
 * degrade, and the Pinecone contract against the real service when its env is set. The contract
 * every adapter meets is vector-index.integration.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pinecone } from '@pinecone-database/pinecone';
import { eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVectorIndex } from '@/server/adapters/vectors/create-index';
import { HnswIndex } from '@/server/adapters/vectors/hnsw-index';
import { PgvectorIndex } from '@/server/adapters/vectors/pgvector-index';
import { PineconeVectorIndex } from '@/server/adapters/vectors/pinecone-index';
import { rowsOf } from '@/server/adapters/vectors/rows';
import { type VectorIndex } from '@/server/adapters/vectors/types';
import { runDegradable } from '@/server/adapters/vectors/with-vector-index';
import type { Database } from '@/server/db';
import type { DatabaseMode } from '@/server/db/types';
import { jobEmbeddings, jobs } from '@/server/db/schema';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { insertJob } from './helpers/jobs';
import { DIMS, E0, MODEL, circle, store, writeEmbedding } from './helpers/vector-fixtures';

const modes = await availableModes();
const hnswMode: DatabaseMode = modes.includes('postgres') ? 'postgres' : 'pglite';

describe(`in-process index snapshots on ${hnswMode}`, () => {
  let tdb: TestDatabase;
  let dir: string;
  const ids: string[] = [];
  const keys = (hits: { id: string }[]) => hits.map((h) => ids.indexOf(h.id));
  const make = () => new HnswIndex(tdb.db, MODEL, DIMS, { snapshotDir: dir });

  beforeAll(async () => {
    tdb = await createTestDatabase(hnswMode);
    dir = mkdtempSync(path.join(os.tmpdir(), 'gmj-vectors-'));
    for (let i = 0; i < 6; i++) ids.push((await insertJob(tdb.db, { title: `Snap ${i}` })).id);
    const first = make();
    for (let i = 0; i < 5; i++) await store(tdb.db, first, ids[i] ?? '', circle(i));
    await first.rebuild();
    expect(first.builtFrom).toBe('database');
    await first.close(); // waits for the snapshot to be written
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await tdb?.destroy();
  });

  it('loads the snapshot and catches up with every change made since', async () => {
    // Changes made while no server ran:
    await writeEmbedding(tdb.db, ids[2] ?? '', circle(0.5)); // re-embedded
    await tdb.db.delete(jobEmbeddings).where(eq(jobEmbeddings.jobId, ids[3] ?? '')); // embedding gone
    await writeEmbedding(tdb.db, ids[5] ?? '', circle(5)); // new job
    await tdb.db
      .update(jobs)
      .set({ status: 'closed' })
      .where(eq(jobs.id, ids[1] ?? '')); // closed
    const restarted = make();
    expect(keys(await restarted.query(E0, 10))).toEqual([0, 2, 4, 5]);
    expect(restarted.builtFrom).toBe('snapshot');
    await restarted.close();
  });

  it('builds from the database when the snapshot is unreadable', async () => {
    const base = path.join(dir, readdirSync(dir)[0] ?? '');
    const current = readFileSync(path.join(base, 'current'), 'utf8').trim();
    writeFileSync(path.join(base, current, 'labels.json'), '{"format":1, "trunc');
    const restarted = make();
    expect(keys(await restarted.query(E0, 10))).toEqual([0, 2, 4, 5]);
    expect(restarted.builtFrom).toBe('database');
    await restarted.close();
  });
});

/** A pino logger whose lines land in an array. */
function captureLog() {
  const lines: { level: number; msg: string }[] = [];
  const log = pino({ level: 'debug' }, { write: (s: string) => lines.push(JSON.parse(s) as (typeof lines)[number]) });
  return { log, count: (msg: RegExp) => lines.filter((l) => msg.test(l.msg)).length };
}

describe.each(modes)('vector index choice and degradation on %s', (mode) => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
  });
  afterAll(async () => {
    await tdb?.destroy();
  });

  it('picks pgvector where the database has it, else the in-process index', async () => {
    const [row] = rowsOf<{ available: boolean }>(
      await tdb.db.execute(
        sql`SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') AS available`,
      ),
    );
    const { log, count } = captureLog();
    const index = await createVectorIndex(tdb.db, { id: MODEL, dimensions: DIMS }, { NODE_ENV: 'test' }, log);
    expect(index.kind).toBe(mode === 'pglite' || row?.available ? 'pgvector' : 'hnsw');
    expect(count(/vector index selected/)).toBe(1);
    await index.close();
  });

  it('picks Pinecone when it is configured (no request is made until used)', async () => {
    const { log } = captureLog();
    const config = { NODE_ENV: 'test' as const, PINECONE_API_KEY: 'key', PINECONE_INDEX: 'jobs' };
    const index = await createVectorIndex(tdb.db, { id: MODEL, dimensions: DIMS }, config, log);
    expect(index.kind).toBe('pinecone');
    expect((index as unknown as { namespace: string }).namespace).toBe(`test__${MODEL}`);
  });

  it('turns index failures into a degraded outcome, logged once, and logs the recovery', async () => {
    const { log, count } = captureLog();
    const broken = failingIndex();
    for (let i = 0; i < 3; i++) {
      const out = await runDegradable(
        () => Promise.resolve(broken),
        (ix) => ix.query(E0, 5),
        log,
      );
      expect(out).toMatchObject({ degraded: true });
    }
    expect(count(/vector index unavailable/)).toBe(1);
    const failedChoice = await runDegradable(
      () => Promise.reject(new Error('database down')),
      () => Promise.resolve(1),
      log,
    );
    expect(failedChoice).toEqual({ degraded: true, reason: 'database down' });
    expect(count(/vector index unavailable/)).toBe(1);
    const healthy = new HnswIndex(tdb.db, MODEL, DIMS);
    expect(
      await runDegradable(
        () => Promise.resolve(healthy),
        (ix) => ix.query(E0, 5),
        log,
      ),
    ).toEqual({
      degraded: false,
      value: [],
    });
    expect(count(/vector index recovered/)).toBe(1);
  });

  /** An in-process index over a database that fails every query: its errors are typed. */
  function failingIndex(): VectorIndex {
    const failing = {
      execute: () => Promise.reject(new Error('connection refused')),
      transaction: () => Promise.reject(new Error('connection refused')),
    } as unknown as Database;
    return new HnswIndex(failing, MODEL, DIMS, { readyTimeoutMs: 1_000 });
  }

  it('reports a failing store as UNAVAILABLE and unhealthy', async () => {
    const index = failingIndex();
    await expect(index.query(E0, 5)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(await index.health()).toBe(false);
    const pg = new PgvectorIndex(
      { execute: () => Promise.reject(new Error('connection refused')) } as unknown as Database,
      MODEL,
      DIMS,
    );
    await expect(pg.query(E0, 5)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});

const PINECONE_KEY = process.env.PINECONE_API_KEY;
const PINECONE_INDEX = process.env.PINECONE_INDEX;

/**
 * The Pinecone adapter against the real service, in a namespace of its own (deleted afterwards).
 * PINECONE_INDEX must be a cosine index of at least 8 dimensions; the test vectors use the
 * index's own dimension. Pinecone is eventually consistent: reads poll until writes show.
 */
describe.skipIf(!PINECONE_KEY || !PINECONE_INDEX)(
  `Pinecone contract${PINECONE_KEY && PINECONE_INDEX ? '' : ' (skipped: PINECONE_API_KEY and PINECONE_INDEX are not set)'}`,
  () => {
    let tdb: TestDatabase;
    let index: PineconeVectorIndex;
    let dims = DIMS;
    const ids: string[] = [];
    const pad = (v: number[]) => [...v, ...new Array<number>(Math.max(0, dims - v.length)).fill(0)];
    const keys = (hits: { id: string }[]) => hits.map((h) => ids.indexOf(h.id));

    /** Polls until `read` satisfies `done` (Pinecone applies writes within seconds). */
    async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
      const until = Date.now() + 60_000;
      for (;;) {
        const v = await read();
        if (done(v) || Date.now() > until) return v;
        await new Promise((r) => setTimeout(r, 2_000));
      }
    }

    beforeAll(async () => {
      const model = await new Pinecone({ apiKey: PINECONE_KEY ?? '' }).describeIndex(PINECONE_INDEX ?? '');
      dims = model.dimension ?? DIMS;
      tdb = await createTestDatabase('pglite');
      const space = `contract-${randomBytes(4).toString('hex')}`;
      index = new PineconeVectorIndex(tdb.db, space, dims, {
        apiKey: PINECONE_KEY ?? '',
        indexName: PINECONE_INDEX ?? '',
        namespacePrefix: 'gmj-test',
        timeoutMs: 15_000,
      });
      for (let i = 0; i < 9; i++) {
        const job = await insertJob(tdb.db, {
          remoteType: i % 3 === 0 ? 'remote' : 'onsite',
          location: i < 4 ? 'Austin, TX' : 'Denver, CO',
        });
        ids.push(job.id);
        await tdb.db.insert(jobEmbeddings).values({
          jobId: job.id,
          model: space,
          dimensions: dims,
          embedding: pad(circle(i)),
          contentHash: 'test',
        });
      }
      expect((await index.rebuild()).count).toBe(9);
    });

    afterAll(async () => {
      await index?.dropNamespace().catch(() => {});
      await tdb?.destroy();
    });

    it('answers nearest first, with filters still returning k', async () => {
      const hits = await eventually(
        () => index.query(pad(E0), 3),
        (h) => h.length === 3,
      );
      expect(keys(hits)).toEqual([0, 1, 2]);
      expect(hits[1]?.similarity).toBeCloseTo(Math.cos((5 * Math.PI) / 180), 3);
      expect(keys(await index.query(pad(E0), 3, { remoteTypes: ['remote'] }))).toEqual([0, 3, 6]);
      expect(keys(await index.query(pad(E0), 2, { location: 'denver' }))).toEqual([4, 5]);
    });

    it('follows upsert, refresh and remove', async () => {
      await index.upsert([{ id: ids[5] ?? '', vector: pad(circle(0.5)) }]);
      expect(
        keys(
          await eventually(
            () => index.query(pad(E0), 2),
            (h) => keys(h)[1] === 5,
          ),
        ),
      ).toEqual([0, 5]);
      await tdb.db
        .update(jobs)
        .set({ status: 'closed' })
        .where(eq(jobs.id, ids[0] ?? ''));
      await index.refresh([ids[0] ?? '']);
      expect(
        keys(
          await eventually(
            () => index.query(pad(E0), 2),
            (h) => keys(h)[0] === 5,
          ),
        ),
      ).toEqual([5, 1]);
      await index.remove([ids[5] ?? '']);
      expect(
        keys(
          await eventually(
            () => index.query(pad(E0), 2),
            (h) => keys(h)[0] === 1,
          ),
        ),
      ).toEqual([1, 2]);
    });

    it('rejects a vector of another dimension and reports healthy', async () => {
      await expect(index.query([1, 0], 3)).rejects.toMatchObject({ code: 'DIMENSION_MISMATCH' });
      expect(await index.health()).toBe(true);
    });
  },
);
