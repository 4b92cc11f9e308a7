import type { DocumentMetadata } from '@/lib/validators/documents-api';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Keyword coverage before and after tailoring, length, reading level, and what the checker removed. */
export function QualityCard({ metadata }: { metadata: DocumentMetadata }) {
  const q = metadata.quality;
  return (
    <section aria-labelledby="quality-heading" className="rounded-xl bg-white p-5 text-sm shadow-sm" data-testid="quality-card">
      <h2 id="quality-heading" className="font-semibold">
        Quality
      </h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2">
        <div>
          {/* Coverage counts only the job's skills the seeker has (compute-quality.ts): the label says so. */}
          <dt className="text-slate-500">Your skills the job asks for, shown</dt>
          {q.keywordsTargeted === 0 ? (
            // Coverage of no skills reads 100 %: say what is true instead.
            <dd className="font-medium">
              — <span className="text-xs font-normal text-slate-500">(the job asks for none of your skills)</span>
            </dd>
          ) : q.keywordsTargeted !== undefined ? (
            // Counts, not a share: "100 %" of one skill read as more than it was.
            <dd className="font-medium">
              {q.keywordsUsed.length} of {q.keywordsTargeted}{' '}
              <span className="text-xs font-normal text-slate-500">
                (profile as is: {Math.round(q.keywordCoverageBefore * q.keywordsTargeted)} of {q.keywordsTargeted})
              </span>
            </dd>
          ) : (
            <dd className="font-medium">
              {pct(q.keywordCoverageAfter)} <span className="text-xs font-normal text-slate-500">(profile as is: {pct(q.keywordCoverageBefore)})</span>
            </dd>
          )}
        </div>
        <div>
          <dt className="text-slate-500">Length</dt>
          <dd className="font-medium">
            {q.wordCount} words · {q.pages} {q.pages === 1 ? 'page' : 'pages'}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Reading level</dt>
          <dd className="font-medium">Grade {Math.round(q.readingGrade)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Written by</dt>
          <dd className="font-medium">{metadata.aiModel === 'offline' ? 'Built-in writer' : metadata.aiModel === 'edit' ? 'You' : metadata.aiModel}</dd>
        </div>
      </dl>
      {q.keywordsUsed.length > 0 && (
        <p className="mt-2 text-xs text-slate-600">Keywords used: {q.keywordsUsed.join(', ')}</p>
      )}
      {metadata.fallbackReason && <p className="mt-2 text-xs text-amber-800">{metadata.fallbackReason}</p>}
      {metadata.removals.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer text-amber-900">
            {metadata.removals.length} {metadata.removals.length === 1 ? 'statement was' : 'statements were'} left out: not in your profile
          </summary>
          <ul className="mt-1 space-y-1 text-xs text-slate-600">
            {metadata.removals.map((r, i) => (
              <li key={i}>
                “{r.value}” — {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
