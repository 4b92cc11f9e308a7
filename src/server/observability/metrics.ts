import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One database client's load, read at scrape time (observability/sql-tracing.ts keeps it). */
export interface PoolUsage {
  system: 'postgresql' | 'pglite';
  max: number;
  /** Transactions open now; each holds a connection until it ends. */
  transactions: number;
  /** Statements running outside a transaction, each on a connection of its own. */
  statements: number;
}

/**
 * The process's Prometheus metrics, scraped at /api/metrics. Kept on globalThis: Next compiles
 * routes (and instrumentation.ts) into separate bundles, and dev hot reload re-evaluates modules;
 * both must count into the one registry the scrape reads.
 */
function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const pools = new Set<PoolUsage>();
  /** Sums a per-pool figure by database system at scrape time. */
  const poolGauge = (name: string, help: string, value: (pool: PoolUsage) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['db_system'] as const,
      registers,
      collect() {
        this.reset();
        for (const pool of pools) this.inc({ db_system: pool.system }, value(pool));
      },
    });
  poolGauge('db_pool_max_connections', 'Connections the pool may open (PGlite: 1).', (p) => p.max);
  poolGauge(
    'db_pool_connections_in_use',
    'Connections busy: open transactions plus statements outside one, capped at the pool size.',
    (p) => Math.min(p.transactions + p.statements, p.max),
  );
  poolGauge(
    'db_pool_requests_waiting',
    'Transactions and statements beyond the pool size, waiting for a connection.',
    (p) => Math.max(0, p.transactions + p.statements - p.max),
  );
  return {
    registry,
    procedureCalls: new Counter({
      name: 'trpc_procedure_calls_total',
      help: 'tRPC procedure calls, by procedure path, type and outcome (ok or error).',
      labelNames: ['procedure', 'type', 'outcome'] as const,
      registers,
    }),
    procedureDuration: new Histogram({
      name: 'trpc_procedure_duration_seconds',
      help: 'tRPC procedure latency in seconds, by procedure path.',
      labelNames: ['procedure'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    searchAnswersReused: new Counter({
      name: 'trpc_search_answers_reused_total',
      help: 'jobs.search answers sent again whole from the in-process answer cache (api/search-answers.ts); also counted in trpc_procedure_calls_total.',
      registers,
    }),
    procedureErrors: new Counter({
      name: 'trpc_procedure_errors_total',
      help: 'tRPC procedure errors, by procedure path and tRPC code (as answered to the caller).',
      labelNames: ['procedure', 'code'] as const,
      registers,
    }),
    dbQueries: new Counter({
      name: 'db_queries_total',
      help: 'SQL statements sent by the app, by database system and outcome.',
      labelNames: ['db_system', 'outcome'] as const,
      registers,
    }),
    dbQueryDuration: new Histogram({
      name: 'db_query_duration_seconds',
      help: 'SQL statement latency in seconds (waiting for a connection included).',
      labelNames: ['db_system'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    workflowRuns: new Counter({
      name: 'workflow_runs_total',
      help: 'In-process workflow runs, by workflow id and status (started, succeeded, failed).',
      labelNames: ['workflow', 'status'] as const,
      registers,
    }),
    workflowDuration: new Histogram({
      name: 'workflow_run_duration_seconds',
      help: 'In-process workflow run time in seconds, retries included.',
      labelNames: ['workflow'] as const,
      buckets: [0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
      registers,
    }),
    pools,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const globalForMetrics = globalThis as unknown as { __gmjMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.__gmjMetrics ??= createMetrics();
  return globalForMetrics.__gmjMetrics;
}
