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
    // The embedded database is seeded (dev) and its jobs made matchable beside the first compile,
    // not before it; a PostgreSQL deployment has db:seed, the workflows and `npm run reindex`.
    if (process.env.NODE_ENV === 'development') {
      // Turbopack compiles every module this hook could import before the first request is
      // answered, dynamic imports included: under `next dev` the matching and workflow code is
      // reached through a route instead (workflows/background-trigger.ts). Next replaces
      // NODE_ENV at compile time, so the other branch is not compiled here at all.
      const [{ startDevServerWork }, { triggerBackgroundWork }] = await Promise.all([
        import('@/server/services/matching/first-start'),
        import('@/server/workflows/background-trigger'),
      ]);
      startDevServerWork({
        pgliteDir: env.DATABASE_URL ? undefined : env.PGLITE_DIR,
        trigger: (mode) => triggerBackgroundWork(mode),
      });
    } else {
      if (!env.DATABASE_URL) {
        // `next start` on an embedded database: migrated on open, seeded by its own scripts, and
        // its jobs made matchable here. Requests wait for the migration.
        const { holdDatabaseUntil } = await import('@/server/db/hold');
        holdDatabaseUntil(
          import('@/server/services/matching/prepare-in-background').then((m) =>
            m.prepareEmbeddedDatabaseInBackground(),
          ),
        );
      }
      // Search reads the occupation a query names (jobs/search/query-occupations.ts) from an
      // index built on first use (~1 s): built here, the first visitor's search does not wait.
      void import('@/server/services/matching/occupations/occupation-index')
        .then((m) => m.getOccupationIndex())
        .catch((err: unknown) => console.error('occupation index failed to build', err));
      void import('@/server/workflows/schedule-in-process')
        .then((m) => m.startInProcessSchedule())
        .catch((err: unknown) => console.error('in-process schedule failed to start', err));
    }
  }
}
