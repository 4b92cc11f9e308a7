import type { MatchExplanationOutput } from '@/lib/validators/matching';
import { factorPoints } from './factor-points';

const FACTOR_LABEL = {
  semantic: 'Similar work',
  skills: 'Skills',
  experience: 'Experience',
  location: 'Location',
  salary: 'Salary',
} as const;

const FACTOR_COLOR = {
  semantic: 'bg-brand-600',
  skills: 'bg-emerald-500',
  experience: 'bg-sky-500',
  location: 'bg-amber-500',
  salary: 'bg-fuchsia-500',
} as const;

const pct = (n: number) => `${Math.round(n * 100)}`;

/**
 * The score as one bar of its factor contributions (they add up to the score), and the same
 * numbers as a table for screen readers and for anyone who wants the arithmetic.
 */
export function FactorBars({ match }: { match: MatchExplanationOutput }) {
  const points = factorPoints(match.factors.map((f) => f.contribution));
  return (
    <div className="space-y-3">
      <div className="flex h-3 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        {match.factors.map((f, i) => (
          <div
            key={f.factor}
            className={FACTOR_COLOR[f.factor]}
            style={{ width: `${(f.contribution * 100).toFixed(2)}%` }}
            title={`${FACTOR_LABEL[f.factor]}: ${points[i]} points`}
          />
        ))}
      </div>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">How the match score of {pct(match.composite)} adds up</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="py-1 font-medium">
              Factor
            </th>
            <th scope="col" className="py-1 font-medium">
              Why
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {match.factors.map((f, i) => (
            <tr key={f.factor} className="border-t border-slate-100 align-top">
              <th scope="row" className="py-1.5 pr-3 font-medium whitespace-nowrap">
                <span
                  className={`mr-2 inline-block h-2.5 w-2.5 rounded-full ${FACTOR_COLOR[f.factor]}`}
                  aria-hidden="true"
                />
                {FACTOR_LABEL[f.factor]}
              </th>
              <td className="py-1.5 pr-3 text-slate-600">{f.summary}</td>
              <td className="py-1.5 text-right whitespace-nowrap tabular-nums">
                {points[i]}
                <span className="text-slate-500"> / {pct(f.weight)}</span>
                {/* Not compared (a recruiter's view of private preferences): the points say nothing of fit. */}
                {f.compared === false && (
                  <span className="block text-xs whitespace-normal text-slate-500">same for all</span>
                )}
              </td>
            </tr>
          ))}
          <tr className="border-t border-slate-200 font-semibold">
            <th scope="row" className="py-1.5" colSpan={2}>
              Match score
            </th>
            <td className="py-1.5 text-right tabular-nums">{pct(match.composite)}</td>
          </tr>
        </tbody>
      </table>
      {match.degraded && (
        <p className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900" role="note">
          Similarity search is unavailable right now: this score uses skills, experience, location and salary only.
        </p>
      )}
    </div>
  );
}
