import type { JobDetail } from '@/lib/validators/jobs';

/** Where else the same posting is published (cross-source copies linked by ingestion). */
export function PostedOn({ sources }: { sources: JobDetail['postedOn'] }) {
  if (sources.length < 2) return null;
  return (
    <p className="mt-3 text-sm text-slate-600" data-testid="job-posted-on">
      <span className="text-slate-500">Also listed on: </span>
      {sources.map((s, i) => (
        <span key={`${s.label}-${i}`}>
          {i > 0 && ' · '}
          {s.applyUrl ? (
            <a href={s.applyUrl} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
              {s.label}
            </a>
          ) : (
            s.label
          )}
        </span>
      ))}
    </p>
  );
}
