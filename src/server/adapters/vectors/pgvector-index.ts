/**
 * pgvector, for databases that have the `vector` extension (PGlite; managed PostgreSQL).
 *
 * job_embeddings stays the only copy: two HNSW indexes on the expression `embedding::vector(D)`,
 * partial on this model and dimension, one over every job and one over remote jobs only (a
 * seeker's most common selective filter; job_embeddings.remote_type is a trigger-kept copy of
 * the job's). They are created at runtime by ensure(), not by a migration, so the migrations
 * keep running on a PostgreSQL without pgvector. PostgreSQL maintains them as rows are written:
 * upsert/remove/refresh have nothing to push, and filters read the jobs table live (a job
 * closed a second ago is already filtered out).
 *
 * Filtered queries: "remote only" walks the remote graph. Otherwise, when the planner expects
 * few jobs to pass (`exactBelow`), those are ranked exactly (filters first through the jobs
 * indexes, then distances). Otherwise pgvector's iterative index scan (0.8+) keeps walking the
 * graph until k rows pass the filters, instead of returning ef_search candidates for the
 * filters to thin out; when even that comes back short (max_scan_tuples spent), the exact
 * query answers.
 *
 * Measured in PGlite: the real[] -> vector cast costs ~4 µs a row against ~1 µs for a stored
 * vector, so a derived vector(D) table would rank exact sets ~4x faster. Not done: it is a second
 * copy to keep in sync (triggers), and the index scans, which read vectors from the index, gain
 * nothing from it.
 */
import { createHash } from 'node:crypto';
import { and, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/server/db';
import { hasConditions, resolveFilter } from './filter';
import { filterConditions } from './filter-sql';
import { countJobVectors } from './job-rows';
import { asIndexError, waitReady } from './readiness';
import { rowsOf } from './rows';
import {
  VectorIndexError,
  type RebuildResult,
  type VectorFilter,
  type VectorHit,
  type VectorIndex,
  type VectorInput,
  type VectorItem,
} from './types';
import { checkK, checkVector, toVectorLiteral } from './vector-math';

export interface PgvectorOptions {
  /** Candidates kept per query (recall vs latency). */
  efSearch?: number;
  /** The same for the remote-jobs graph. */
  remoteEfSearch?: number;
  /** Rows an iterative scan may visit before giving up (then the exact path answers). */
  maxScanTuples?: number;
  m?: number;
  efConstruction?: number;
  /** maintenance_work_mem for the build: below the graph's size the build slows down sharply. */
  buildMemory?: string;
  /** How long a query waits for ensure() before answering NOT_READY. */
  readyTimeoutMs?: number;
  /** Filtered queries take k x this from the relaxed-order scan, then keep the best k. */
  overfetch?: number;
  /** A filter the planner expects at most this many jobs to pass is ranked exactly. */
  exactBelow?: number;
}

// Measured on 200,000 real job vectors in PGlite (bench:match). m 16 / ef_construction 64
// (pgvector's defaults) left ~4% of queries stranded in another occupation's cluster (recall 0
// for them, 0.925 overall, whatever ef_search); m 32 / 128 reaches them (0.991) and builds in
// ~230 s. ef_search 100 -> 200 -> 400: p95 6 -> 8.4 -> 10.5 ms for no recall. The remote graph
// is a tenth of the size but far from many queries (a nurse's profile among remote jobs): it
// needs the wider beam, 0.951 at 200 and 0.978 at 400 (p95 ~7 ms).
const DEFAULTS = {
  efSearch: 100,
  remoteEfSearch: 400,
  maxScanTuples: 10_000,
  m: 32,
  efConstruction: 128,
  overfetch: 2,
  exactBelow: 2_000,
  buildMemory: '1GB',
  readyTimeoutMs: 5_000,
} satisfies Required<PgvectorOptions>;

/** The model id is written into the index predicate as a literal (see indexPredicate). */
const SAFE_MODEL = /^[A-Za-z0-9._:/@-]{1,100}$/;

export class PgvectorIndex implements VectorIndex {
  readonly kind = 'pgvector' as const;
  /** Over every vector of this model. */
  readonly indexName: string;
  /** Over remote jobs only (job_embeddings.remote_type, kept by triggers): see statements(). */
  readonly remoteIndexName: string;
  private readonly opts: Required<PgvectorOptions>;
  private ensured: Promise<void> | undefined;
  private iterative = false;

  constructor(
    private readonly db: Database,
    readonly model: string,
    readonly dimensions: number,
    opts: PgvectorOptions = {},
  ) {
    if (!SAFE_MODEL.test(model)) throw new VectorIndexError('INVALID_ARGUMENT', `unsupported model id ${model}`);
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 2_000) {
      throw new VectorIndexError('INVALID_ARGUMENT', `pgvector HNSW indexes 1 to 2,000 dimensions (got ${dimensions})`);
    }
    this.opts = { ...DEFAULTS, ...opts };
    const slug = model
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .slice(0, 16);
    const hash = createHash('sha1').update(`${model}:${dimensions}`).digest('hex').slice(0, 8);
    const prefix = `idx_job_embeddings_hnsw_${slug}_${hash}_`;
    // The build parameters are part of the name: an index built with other ones is replaced.
    const params = `m${this.opts.m}e${this.opts.efConstruction}`;
    this.indexName = `${prefix}${params}`;
    this.remoteIndexName = `${prefix}${params}r`;
  }

  /** `embedding::vector(D)`: the indexed expression; queries must spell it the same way. */
  private get vectorExpr(): SQL {
    return sql.raw(`(e.embedding::vector(${this.dimensions}))`);
  }

  /** Literals, not parameters: the planner must see them to use the partial index. */
  private get indexPredicate(): SQL {
    return sql.raw(`e.model = '${this.model}' AND e.dimensions = ${this.dimensions}`);
  }

  /** Creates the extension (if allowed) and the index when missing. Idempotent; retried after a failure. */
  ensure(): Promise<void> {
    this.ensured ??= this.prepare()
      .then(() => this.createIndex())
      .catch((error: unknown) => {
        this.ensured = undefined;
        throw asIndexError(error, 'pgvector setup failed');
      });
    return this.ensured;
  }

  /** Everything but the indexes themselves: the extension, its version, statistics, stale indexes. */
  private async prepare(): Promise<void> {
    await this.db.execute(sql`CREATE EXTENSION IF NOT EXISTS vector`);
    const [row] = rowsOf<{ v: string }>(
      await this.db.execute(sql`SELECT extversion AS v FROM pg_extension WHERE extname = 'vector'`),
    );
    const [major = 0, minor = 0] = (row?.v ?? '0.0').split('.').map(Number);
    // hnsw.iterative_scan arrived in 0.8.0; older versions answer filtered queries exactly when short.
    this.iterative = major > 0 || minor >= 8;
    // PGlite never runs autovacuum: with no statistics (reltuples -1) the planner misjudges every
    // filter of the exact path. A server's autovacuum keeps them; this runs once at most.
    const unanalyzed = rowsOf(
      await this.db.execute(
        sql`SELECT 1 FROM pg_class WHERE relname IN ('jobs', 'job_embeddings') AND relkind = 'r' AND reltuples < 0`,
      ),
    );
    if (unanalyzed.length > 0) await this.db.execute(sql`ANALYZE jobs, job_embeddings`);
    await this.dropSuperseded();
  }

  private async createIndex(): Promise<void> {
    const { m, efConstruction, buildMemory } = this.opts;
    const create = (name: string, where: string) =>
      `CREATE INDEX IF NOT EXISTS ${name} ON job_embeddings USING hnsw ` +
      `((embedding::vector(${this.dimensions})) vector_cosine_ops) WITH (m = ${m}, ef_construction = ${efConstruction}) ` +
      `WHERE model = '${this.model}' AND dimensions = ${this.dimensions}${where}`;
    await this.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('maintenance_work_mem', ${buildMemory}, true)`);
      await tx.execute(sql.raw(create(this.indexName, '')));
      await tx.execute(sql.raw(create(this.remoteIndexName, ` AND remote_type = 'remote'`)));
    });
  }

  /**
   * HNSW indexes of this model and dimension under another name (other build parameters, or an
   * earlier naming): superseded. Left in place they would cost every write, and the planner could
   * pick one of them for a query.
   */
  private async dropSuperseded(): Promise<void> {
    const stale = rowsOf<{ name: string }>(
      await this.db.execute(
        sql`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'job_embeddings'
              AND indexdef LIKE '%USING hnsw%'
              AND position(${`'${this.model}'`} IN indexdef) > 0
              AND position(${`dimensions = ${this.dimensions})`} IN indexdef) > 0
              AND indexname NOT IN (${this.indexName}, ${this.remoteIndexName})`,
      ),
    );
    for (const { name } of stale) await this.db.execute(sql.raw(`DROP INDEX IF EXISTS "${name}"`));
  }

  async query(vector: VectorInput, k: number, filter?: VectorFilter): Promise<VectorHit[]> {
    checkK(k);
    checkVector(vector, this.dimensions, 'query vector');
    await waitReady(this.ensure(), this.opts.readyTimeoutMs, `pgvector index ${this.indexName}`);
    const plan = this.statements(vector, k, filter);
    try {
      if (plan.estimate && (await this.estimatedRows(plan.estimate)) <= this.opts.exactBelow) {
        return toHits(await this.db.execute(plan.exact));
      }
      const approximate = await this.db.transaction(async (tx) => {
        // SET LOCAL: the settings must reach this query's connection (postgres.js pools several).
        await tx.execute(plan.settings);
        return toHits(await tx.execute(plan.approximate));
      });
      if (approximate.length >= k || !plan.filtered) return approximate;
      return toHits(await this.db.execute(plan.exact));
    } catch (error) {
      throw asIndexError(error, 'pgvector query failed');
    }
  }

  /** The planner's estimate of the rows a query returns (statistics, no execution: ~1 ms). */
  private async estimatedRows(query: SQL): Promise<number> {
    const [row] = rowsOf<Record<string, unknown>>(await this.db.execute(sql`EXPLAIN (FORMAT JSON) ${query}`));
    // The single column is "QUERY PLAN": json (postgres.js parses it) or text (PGlite).
    const raw = row ? Object.values(row)[0] : undefined;
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: { 'Plan Rows': number } }] | undefined;
    return plan?.[0]?.Plan['Plan Rows'] ?? Number.POSITIVE_INFINITY;
  }

  /**
   * The statements a query runs: for a selective filter (`estimate` counts its jobs), the exact
   * query when few pass; otherwise settings, then the approximate (HNSW) query, then the exact
   * one only when the approximate one came back short. Public so tests and the benchmark can
   * EXPLAIN them.
   */
  statements(vector: VectorInput, k: number, filter?: VectorFilter) {
    const literal = toVectorLiteral(checkVector(vector, this.dimensions, 'query vector'));
    const resolved = resolveFilter(filter);
    const filtered = hasConditions(resolved);
    const distance = sql`${this.vectorExpr} <=> ${literal}::vector(${sql.raw(String(this.dimensions))})`;
    const conditions = filterConditions(resolved);
    // The approximate query checks each candidate the index yields with a primary-key lookup: as
    // a scalar subquery the planner cannot turn it into a join that scans jobs (which it would
    // do whenever its row estimates are off, e.g. on PGlite, which never auto-analyzes).
    const jobPasses = sql`(SELECT ${and(...conditions)} FROM jobs WHERE jobs.id = e.job_id)`;
    // "Remote only" names the partial index's predicate, so the planner walks that small graph.
    const remoteOnly = resolved.remoteTypes?.length === 1 && resolved.remoteTypes[0] === 'remote';
    const indexPredicate = remoteOnly
      ? sql`${this.indexPredicate} AND ${sql.raw(`e.remote_type = 'remote'`)}`
      : this.indexPredicate;
    const annWhere = filtered ? and(indexPredicate, jobPasses) : indexPredicate;
    const exactWhere = and(this.indexPredicate, ...conditions);
    const ef = remoteOnly ? this.opts.remoteEfSearch : this.opts.efSearch;
    const efSearch = String(Math.min(1_000, Math.max(ef, k)));
    const settings =
      filtered && this.iterative
        ? sql`SELECT set_config('hnsw.ef_search', ${efSearch}, true),
                 set_config('hnsw.iterative_scan', 'relaxed_order', true),
                 set_config('hnsw.max_scan_tuples', ${String(this.opts.maxScanTuples)}, true)`
        : sql`SELECT set_config('hnsw.ef_search', ${efSearch}, true)`;
    // Filters beyond "open" (and "remote only", which has its own graph): worth asking how many
    // jobs pass. Ranking a few hundred exactly beats an index scan walking thousands of
    // candidates to find them.
    const selective =
      (resolved.remoteTypes && !remoteOnly) ||
      resolved.jobTypes ||
      resolved.salaryMin !== undefined ||
      resolved.location;
    return {
      filtered,
      estimate: selective ? sql`SELECT 1 FROM jobs WHERE ${and(...conditions)}` : undefined,
      settings,
      // relaxed_order may return rows slightly out of order: the outer query sorts them again.
      approximate: sql`
        WITH ann AS MATERIALIZED (
          SELECT e.job_id AS id, ${distance} AS distance FROM job_embeddings e WHERE ${annWhere}
          ORDER BY ${distance} LIMIT ${filtered ? Math.ceil(k * this.opts.overfetch) : k}
        )
        SELECT id, distance FROM ann ORDER BY distance LIMIT ${k}`,
      // "+ 0" hides the ordering from the planner: it cannot use the HNSW index, so it filters
      // the jobs first (btree/trigram indexes) and ranks exactly what passes.
      exact: sql`SELECT e.job_id AS id, ${distance} AS distance FROM job_embeddings e JOIN jobs ON jobs.id = e.job_id
                 WHERE ${exactWhere} ORDER BY (${distance}) + 0 LIMIT ${k}`,
    };
  }

  /** The rows are job_embeddings, which PostgreSQL indexes on write: only the vectors are checked. */
  async upsert(items: readonly VectorItem[]): Promise<void> {
    for (const item of items) checkVector(item.vector, this.dimensions, `vector of job ${item.id}`);
    await this.ensure();
  }

  /** Deleted job_embeddings rows leave the index with them. */
  async remove(_ids: readonly string[]): Promise<void> {}

  /** Filters join the jobs table at query time. */
  async refresh(_ids: readonly string[]): Promise<void> {}

  async rebuild(): Promise<RebuildResult> {
    const started = performance.now();
    try {
      // Not ensure(): on a database without the indexes it would build them only to drop them.
      await this.prepare();
      await this.db.execute(sql.raw(`DROP INDEX IF EXISTS ${this.indexName}, ${this.remoteIndexName}`));
      await this.createIndex();
      this.ensured = Promise.resolve();
      return { count: await countJobVectors(this.db, this.model, this.dimensions), ms: performance.now() - started };
    } catch (error) {
      throw asIndexError(error, 'pgvector rebuild failed');
    }
  }

  async health(): Promise<boolean> {
    try {
      await waitReady(this.ensure(), this.opts.readyTimeoutMs, 'pgvector index');
      const rows = rowsOf(
        await this.db.execute(
          sql`SELECT 1 FROM pg_class WHERE relname IN (${this.indexName}, ${this.remoteIndexName})`,
        ),
      );
      return rows.length === 2;
    } catch {
      return false;
    }
  }

  /** The database belongs to the caller. */
  async close(): Promise<void> {}
}

function toHits(result: unknown): VectorHit[] {
  return rowsOf<{ id: string; distance: number | string }>(result).map((r) => ({
    id: r.id,
    similarity: 1 - Number(r.distance),
  }));
}
