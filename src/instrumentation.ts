/** Next.js calls register() once per server start. */
export async function register(): Promise<void> {
  // Node.js runtime only (not edge), and not during `next build`.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    // The socket address, which App Router handlers cannot see otherwise (security/client-address.ts).
    const { stampPeerAddresses } = await import('@/server/services/security/client-address');
    stampPeerAddresses();
    const { startInProcessSchedule } = await import('@/server/workflows/schedule-in-process');
    startInProcessSchedule();
  }
}
