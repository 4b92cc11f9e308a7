import Link from 'next/link';
import { MATCHES_MAX, MATCHES_PAGE } from '@/lib/validators/matching';
import type { SearchParams } from './match-query';

/**
 * "Show 20 more": the same filters with a longer list, scrolled to the first new match (a plain
 * link, so it works before the page's script loads and the back button returns to the shorter
 * list). Shown only while the list is full and under the most the page lists.
 */
export function ShowMoreMatches({ params, shown, listed }: { params: SearchParams; shown: number; listed: number }) {
  if (listed < shown) {
    return listed > MATCHES_PAGE ? <p className="text-sm text-slate-600">All {listed} matches are shown.</p> : null;
  }
  if (shown >= MATCHES_MAX) {
    return (
      <p className="text-sm text-slate-600">
        These are your best {MATCHES_MAX} matches. Narrow the filters, or search all jobs, to see others.
      </p>
    );
  }
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (key === 'n' || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) next.append(key, v);
  }
  next.set('n', String(shown + MATCHES_PAGE));
  return (
    <p className="text-center">
      <Link
        href={`/matches?${next.toString()}#match-${shown + 1}`}
        className="inline-block rounded border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-brand-700 hover:bg-slate-50"
        data-testid="show-more-matches"
      >
        Show {MATCHES_PAGE} more matches
      </Link>
    </p>
  );
}
