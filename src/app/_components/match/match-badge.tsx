import type { MatchBadgeOutput } from './types';

const BAND_STYLE = {
  Great: 'bg-emerald-700 text-white',
  Strong: 'bg-emerald-100 text-emerald-900',
  Good: 'bg-sky-100 text-sky-900',
  Fair: 'bg-amber-100 text-amber-900',
  Poor: 'bg-slate-100 text-slate-700',
} as const;

/** "82% · Strong match": the composite as a percentage and its band. */
export function MatchBadge({ match }: { match: MatchBadgeOutput }) {
  const percent = Math.round(match.composite * 100);
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${BAND_STYLE[match.band]}`}
      data-testid="match-badge"
      title={`Match score ${percent} out of 100`}
    >
      {percent}% · {match.band} match
    </span>
  );
}
