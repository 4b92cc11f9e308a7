import type { PreparationStatus } from '@/server/services/matching/preparation-status';

/**
 * Shown instead of matches while a fresh embedded database's jobs are still being made matchable
 * (the first minute after `npm run dev` on a new clone): ranking a half-prepared job set would
 * show matches that change under the reader.
 */
export function MatchesPreparing({ status }: { status: PreparationStatus }) {
  const progress =
    status.total > 0 ? ` (${status.done.toLocaleString('en-US')} of ${status.total.toLocaleString('en-US')} jobs)` : '';
  return (
    <p
      role="status"
      data-testid="matches-preparing"
      className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600"
    >
      Matches are being prepared{progress}. This takes about a minute after the first start: reload the page in a
      moment.
    </p>
  );
}
