import Link from 'next/link';
import type { PredictionOutput } from '@/lib/validators/analytics';
import { percent } from './format';

export interface JobChance {
  jobId: string;
  title: string;
  companyName: string;
  prediction: PredictionOutput;
}

/** The success estimate for the jobs the seeker bookmarked: the ones they are considering. */
export function SavedJobChances({ chances }: { chances: JobChance[] }) {
  if (chances.length === 0) return null;
  const refusal = chances.find((c) => c.prediction.status === 'insufficient_data')?.prediction;
  return (
    <section className="rounded-xl bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">Your chances on saved jobs</h2>
      {/* "Avoid Mondays" from 0 of the seeker's 8 beside "a Monday helps" here read as a contradiction (a walk). */}
      {refusal?.status !== 'insufficient_data' && (
        <p className="mt-1 text-sm text-slate-600">
          Learned from the outcomes of every seeker here, so these can differ from what your own applications show.
        </p>
      )}
      {refusal?.status === 'insufficient_data' ? (
        <p className="mt-1 text-sm text-slate-600">{refusal.message}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {chances.map(({ jobId, title, companyName, prediction: p }) =>
            p.status === 'ok' ? (
              <li key={jobId} className="text-sm">
                <Link href={`/jobs/${jobId}`} className="font-medium text-brand-700 underline">
                  {title}
                </Link>{' '}
                at {companyName}: <strong>{percent(p.probability)}</strong> chance of an interview if you apply now{' '}
                <span className="text-slate-500">
                  ({p.confidence.level} confidence, learned from {p.confidence.trainingSize.toLocaleString('en-US')}{' '}
                  applications of all seekers)
                </span>
                {p.factors.length > 0 && (
                  <ul className="mt-1 list-disc pl-5 text-slate-700">
                    {p.factors.map((f) => (
                      <li key={f.feature}>{f.text}</li>
                    ))}
                  </ul>
                )}
              </li>
            ) : null,
          )}
        </ul>
      )}
    </section>
  );
}
