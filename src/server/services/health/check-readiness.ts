import { sql } from 'drizzle-orm';
import { getCache } from '@/server/adapters/cache';
import { getVectorIndex } from '@/server/adapters/vectors';
import { getDatabase, type Database } from '@/server/db';
import { inngestConfigured } from '~/inngest/client';

/**
 * Readiness: whether this process can serve requests now, part by part. Only the database is
 * required: the cache, the vector index and the workflow runner degrade a feature when they are
 * down (see ARCHITECTURE.md), so they are reported but do not take the process out of rotation.
 * Reports carry kinds and states only: no URLs, hosts, keys or error text.
 */

export type ComponentStatus = 'up' | 'degraded' | 'building' | 'down';

export interface ComponentReport {
  status: ComponentStatus;
  required: boolean;
  /** Which adapter serves it ("postgres", "lru+ioredis", "hnsw", "in-process"). */
  kind?: string;
  /** A short, fixed explanation when not up. */
  detail?: string;
  ms: number;
}

export interface ReadinessReport {
  status: 'ready' | 'unavailable';
  components: {
    database: ComponentReport;
    cache: ComponentReport;
    vectors: ComponentReport;
    workflows: ComponentReport;
  };
}

/** A probe slower than this counts as down: a load balancer must get its answer promptly. */
const DATABASE_TIMEOUT_MS = 3_000;
const VECTORS_TIMEOUT_MS = 1_500;

class TimedOut extends Error {}

async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, Math.round(performance.now() - started)];
}

async function checkDatabase(): Promise<{ report: ComponentReport; db: Database | null }> {
  const [result, ms] = await timed(async () => {
    try {
      const handle = await within(DATABASE_TIMEOUT_MS, getDatabase());
      await within(DATABASE_TIMEOUT_MS, handle.db.execute(sql`SELECT 1`));
      return { status: 'up' as const, kind: handle.mode, db: handle.db };
    } catch (error) {
      return { status: 'down' as const, detail: error instanceof TimedOut ? 'timed out' : 'unreachable', db: null };
    }
  });
  const { db, ...rest } = result;
  return { report: { ...rest, required: true, ms }, db };
}

function checkCache(): ComponentReport {
  const cache = getCache();
  return cache.degraded
    ? {
        status: 'degraded',
        required: false,
        kind: cache.description,
        detail: 'shared cache unreachable: serving from this process',
        ms: 0,
      }
    : { status: 'up', required: false, kind: cache.description, ms: 0 };
}

async function checkVectors(db: Database | null): Promise<ComponentReport> {
  if (!db) return { status: 'down', required: false, detail: 'needs the database', ms: 0 };
  const [report, ms] = await timed(async (): Promise<Omit<ComponentReport, 'ms'>> => {
    try {
      const index = await within(VECTORS_TIMEOUT_MS, getVectorIndex(db));
      const healthy = await within(VECTORS_TIMEOUT_MS, index.health());
      return healthy
        ? { status: 'up', required: false, kind: index.kind }
        : { status: 'building', required: false, kind: index.kind, detail: 'matching uses keywords until it is ready' };
    } catch (error) {
      return error instanceof TimedOut
        ? { status: 'building', required: false, detail: 'matching uses keywords until it is ready' }
        : { status: 'down', required: false, detail: 'matching uses keywords' };
    }
  });
  return { ...report, ms };
}

/** Events go to Inngest when configured (not probed: a send reports its own failure), else run in this process. */
function checkWorkflows(): ComponentReport {
  return { status: 'up', required: false, kind: inngestConfigured ? 'inngest' : 'in-process', ms: 0 };
}

export async function checkReadiness(): Promise<ReadinessReport> {
  const database = await checkDatabase();
  const components = {
    database: database.report,
    cache: checkCache(),
    vectors: await checkVectors(database.db),
    workflows: checkWorkflows(),
  };
  const ready = Object.values(components).every((c) => !c.required || c.status === 'up');
  return { status: ready ? 'ready' : 'unavailable', components };
}
