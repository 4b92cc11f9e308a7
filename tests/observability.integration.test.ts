/**
 * Observability end to end inside the process: real procedure calls against a real database,
 * then what an operator would read — the log lines (a pino destination), the Prometheus scrape
 * (the /api/metrics route handler) and the spans (an in-memory exporter).
 */
import { Writable } from 'node:stream';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as scrapeRoute } from '@/app/api/metrics/route';
import { createCaller } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import { observeWorkflowRun } from '@/server/observability/workflow-observer';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { availableModes, createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

// Set before any import reads src/env.ts (vi.hoisted runs first).
const TOKEN = vi.hoisted(() => {
  const token = 'metrics-token-for-the-tests-0123';
  process.env.METRICS_TOKEN = token;
  return token;
});

const spans = new InMemorySpanExporter();
context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }));

/** One JSON object per line written, as a log shipper would read them. */
function logSink() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: pino({ level: 'debug' }, stream) };
}

function scrape(authorization?: string) {
  return scrapeRoute(new Request('http://localhost:3000/api/metrics', { headers: authorization ? { authorization } : {} }));
}

/** The value of one sample of the scrape (0 when the series does not exist yet). */
async function sample(name: string, labels: Record<string, string>): Promise<number> {
  const res = await scrape(`Bearer ${TOKEN}`);
  expect(res.status).toBe(200);
  const text = await res.text();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^(\w+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2]!.split(',');
    if (wanted.every((w) => have.includes(w))) return Number(match[3]);
  }
  return 0;
}

// One mode is enough here (the drivers' own behaviour is covered elsewhere): PostgreSQL when it
// runs, since its pool is what the pool gauges are for.
const mode = (await availableModes()).includes('postgres') ? 'postgres' : 'pglite';
const dbSystem = mode === 'postgres' ? 'postgresql' : 'pglite';

describe(`observability on ${mode}`, () => {
  let tdb: TestDatabase;
  let user: Awaited<ReturnType<typeof signUpUser>>;
  beforeAll(async () => {
    tdb = await createTestDatabase(mode);
    user = await signUpUser(tdb.db);
    await drainWorkflows();
  });
  afterAll(() => tdb.destroy());

  const callerWith = (requestId: string | null, logger: pino.Logger, signedIn = true) =>
    createCaller(
      createTRPCContext({
        db: tdb.db,
        session: signedIn ? { user: { id: user.id, role: user.role } } : null,
        requestId,
        logger,
        rateLimiter: memoryRateLimiter(),
      }),
    );

  it('log lines carry the request id, the user id and the procedure path', async () => {
    const { lines, logger } = logSink();
    await callerWith('req-obs-1', logger).users.me();
    await expect(callerWith('req-obs-1', logger).jobs.byId({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow();
    const ok = lines.find((l) => l.msg === 'procedure ok');
    expect(ok).toMatchObject({ requestId: 'req-obs-1', userId: user.id, procedure: 'users.me' });
    const failed = lines.find((l) => l.msg === 'procedure failed');
    expect(failed).toMatchObject({ requestId: 'req-obs-1', userId: user.id, procedure: 'jobs.byId', code: 'NOT_FOUND' });
  });

  it('an insane X-Request-Id is replaced, and anonymous lines have no user id', async () => {
    const { lines, logger } = logSink();
    await callerWith('bad id\n{"forged":true}', logger, false).jobs.search({});
    const ok = lines.find((l) => l.msg === 'procedure ok');
    expect(ok?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok).not.toHaveProperty('userId');
    expect(ok).not.toHaveProperty('forged');
    expect(ok?.procedure).toBe('jobs.search');
  });

  it('the scrape counts calls, latency and errors per procedure, and SQL statements', async () => {
    const { logger } = logSink();
    const okBefore = await sample('trpc_procedure_calls_total', { procedure: 'users.me', outcome: 'ok' });
    const latencyBefore = await sample('trpc_procedure_duration_seconds_count', { procedure: 'users.me' });
    const errorsBefore = await sample('trpc_procedure_errors_total', { procedure: 'jobs.byId', code: 'NOT_FOUND' });
    const queriesBefore = await sample('db_queries_total', { db_system: dbSystem, outcome: 'ok' });
    await callerWith(null, logger).users.me();
    await callerWith(null, logger).users.me();
    await expect(callerWith(null, logger).jobs.byId({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toThrow();
    await expect(callerWith(null, logger).jobs.byId({ id: 'not-a-uuid' })).rejects.toThrow();
    expect(await sample('trpc_procedure_calls_total', { procedure: 'users.me', outcome: 'ok' })).toBe(okBefore + 2);
    expect(await sample('trpc_procedure_duration_seconds_count', { procedure: 'users.me' })).toBe(latencyBefore + 2);
    expect(await sample('trpc_procedure_errors_total', { procedure: 'jobs.byId', code: 'NOT_FOUND' })).toBe(errorsBefore + 1);
    expect(await sample('trpc_procedure_errors_total', { procedure: 'jobs.byId', code: 'BAD_REQUEST' })).toBeGreaterThanOrEqual(1);
    expect(await sample('db_queries_total', { db_system: dbSystem, outcome: 'ok' })).toBeGreaterThan(queriesBefore);
  });

  it('the pool gauges show a transaction holding a connection while it runs', async () => {
    expect(await sample('db_pool_max_connections', { db_system: dbSystem })).toBe(mode === 'postgres' ? 4 : 1);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const tx = tdb.db.transaction(async (t) => {
      await t.execute('SELECT 1');
      entered();
      await held;
    });
    await inside;
    expect(await sample('db_pool_connections_in_use', { db_system: dbSystem })).toBe(1);
    release();
    await tx;
    expect(await sample('db_pool_connections_in_use', { db_system: dbSystem })).toBe(0);
  });

  it('counts in-process workflow runs started, succeeded and failed', async () => {
    const started = await sample('workflow_runs_total', { workflow: 'welcome-notification', status: 'started' });
    const succeeded = await sample('workflow_runs_total', { workflow: 'welcome-notification', status: 'succeeded' });
    await signUpUser(tdb.db); // dispatches user/signed-up, which the welcome workflow handles in-process
    await drainWorkflows();
    expect(await sample('workflow_runs_total', { workflow: 'welcome-notification', status: 'started' })).toBe(started + 1);
    expect(await sample('workflow_runs_total', { workflow: 'welcome-notification', status: 'succeeded' })).toBe(succeeded + 1);
    await expect(observeWorkflowRun('always-fails', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await sample('workflow_runs_total', { workflow: 'always-fails', status: 'failed' })).toBe(1);
  });

  it('a wrong or missing token is refused', async () => {
    const wrong = await scrape('Bearer not-the-token-at-all-0000');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await wrong.text()).not.toContain('trpc_procedure_calls_total');
    expect((await scrape()).status).toBe(401);
    expect((await scrape(TOKEN)).status).toBe(401); // not a bearer credential
  });

  it('a procedure call produces its span with the SQL spans inside it, and workflows theirs', async () => {
    spans.reset();
    const { logger } = logSink();
    await callerWith('req-span-1', logger).users.me();
    const finished = spans.getFinishedSpans();
    const procedure = finished.find((s) => s.name === 'trpc users.me');
    expect(procedure?.attributes).toMatchObject({ 'rpc.method': 'users.me', 'app.request_id': 'req-span-1', 'enduser.id': user.id });
    const sql = finished.filter((s) => s.attributes['db.system.name'] === dbSystem && s.name.startsWith('SELECT'));
    expect(sql.length).toBeGreaterThan(0);
    for (const s of sql) {
      expect(s.parentSpanContext?.spanId).toBe(procedure?.spanContext().spanId);
      // Parameterized text only: the user's id is a bound value, not part of the statement.
      expect(String(s.attributes['db.query.text'])).not.toContain(user.id);
    }
    spans.reset();
    await signUpUser(tdb.db);
    await drainWorkflows();
    const workflow = spans.getFinishedSpans().find((s) => s.name === 'workflow welcome-notification');
    expect(workflow?.attributes['workflow.id']).toBe('welcome-notification');
  });
});
