/** Next.js calls register() once per server start. */
export async function register(): Promise<void> {
  // Node.js runtime only (not edge), and not during `next build`.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { env } = await import('@/env');
    // Traces only with a collector to send them to: otherwise no provider is registered and the
    // app's spans stay no-op (@opentelemetry/api's default). @vercel/otel reads the standard
    // OTEL_* variables (endpoint, headers, protocol, OTEL_SERVICE_NAME).
    if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
      const { registerOTel } = await import('@vercel/otel');
      registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME ?? 'givemejobs' });
    }
    if (env.SENTRY_DSN) {
      const { initErrorReports } = await import('@/server/observability/error-reports');
      initErrorReports({ dsn: env.SENTRY_DSN, environment: env.NODE_ENV });
    }
    // The socket address, which App Router handlers cannot see otherwise (security/client-address.ts).
    const { stampPeerAddresses } = await import('@/server/services/security/client-address');
    stampPeerAddresses();
    // The rest is imported without holding register() up: under `next dev` each import is compiled
    // first, and every request (a fresh clone's first page included) waited for that (~8 s).
    if (!env.DATABASE_URL) {
      // The embedded database is seeded (dev) and its jobs made matchable beside the first
      // compile, not before `next dev` (a fresh clone's first page waited for it); a PostgreSQL
      // deployment has db:seed, the workflows and `npm run reindex` for that. Requests are held
      // from now until the seed is in (services/matching/first-start.ts).
      const { takeUpEmbeddedDatabase } = await import('@/server/services/matching/first-start');
      takeUpEmbeddedDatabase(env.PGLITE_DIR);
    }
    // The in-process schedule (alerts, source syncs). Under `next dev` its code is compiled when
    // first imported, which held the first page up: there it waits for that page (or 20 s).
    // Inline, inside the Node.js branch: code outside it is bundled for the edge runtime too.
    void (async () => {
      if (env.NODE_ENV === 'development') {
        const signal = await import('@/server/services/matching/first-page-signal');
        await signal.firstPageRendered(signal.FIRST_PAGE_WAIT_MS);
      }
      const { startInProcessSchedule } = await import('@/server/workflows/schedule-in-process');
      startInProcessSchedule();
    })().catch((err: unknown) => console.error('in-process schedule failed to start', err));
  }
}
