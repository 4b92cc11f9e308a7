import { DIMENSION_LABEL, type Insight, type Recommendation } from '@/lib/validators/analytics';

export function InsightsList({ insights, minSample }: { insights: Insight[]; minSample: number }) {
  return (
    <section className="rounded-xl bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">What stands out</h2>
      {insights.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">
          Nothing stands out yet. An insight needs at least {minSample} applications on each side of a comparison, and a
          gap of 10 points or more that is larger than chance alone would explain.
        </p>
      ) : (
        <ul className="mt-2 space-y-2">
          {insights.map((i) => (
            <li key={i.id} id={`insight-${i.id}`} className="text-sm">
              <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">
                {DIMENSION_LABEL[i.dimension]}
              </span>
              {i.message} <span className="text-slate-500">(n = {i.n})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RecommendationsList({ recommendations }: { recommendations: Recommendation[] }) {
  if (recommendations.length === 0) return null;
  return (
    <section className="rounded-xl bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">Recommendations</h2>
      <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
        {recommendations.map((r) => (
          <li key={r.id}>
            {r.message}{' '}
            <a href={`#insight-${r.evidence.insightId}`} className="text-brand-700 underline">
              Evidence
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
