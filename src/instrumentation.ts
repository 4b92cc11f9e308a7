/** Next.js calls register() once per server start. */
export async function register(): Promise<void> {
  // Node.js runtime only (not edge), and not during `next build`.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    // The socket address, which App Router handlers cannot see otherwise (security/client-address.ts).
    const { stampPeerAddresses } = await import('@/server/services/security/client-address');
    stampPeerAddresses();
    const { startInProcessSchedule } = await import('@/server/workflows/schedule-in-process');
    startInProcessSchedule();
    const { env } = await import('@/env');
    if (!env.DATABASE_URL) {
      // The embedded database is seeded (dev) and its jobs made matchable by the server, beside
      // the first compile, not before `next dev` (a fresh clone's first page waited for it); a
      // PostgreSQL deployment has db:seed, the workflows and `npm run reindex` for that.
      const { prepareEmbeddedDatabaseInBackground } = await import('@/server/services/matching/prepare-in-background');
      prepareEmbeddedDatabaseInBackground();
    }
  }
}
