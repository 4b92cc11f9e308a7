import { roundedParts } from '@/lib/rounded-parts';
import type { SkillScoreBreakdown } from '@/lib/validators/profile';

const PARTS = [
  ['skills', 'Skills', 60],
  ['experience', 'Experience', 25],
  ['education', 'Education', 10],
  ['completeness', 'Completeness', 5],
] as const;

export function SkillScoreCard({ score }: { score: SkillScoreBreakdown }) {
  const shown = roundedParts(PARTS.map(([key]) => score[key]));
  return (
    <section aria-labelledby="score-heading" className="rounded-xl bg-white p-6 shadow-sm">
      <h2 id="score-heading" className="text-sm font-medium text-slate-600">
        Profile strength
      </h2>
      <p className="mt-1 text-4xl font-bold" data-testid="skill-score">
        {Math.round(score.total)}
        <span className="text-base font-normal text-slate-500"> / 100</span>
      </p>
      <dl className="mt-4 space-y-2 text-sm">
        {PARTS.map(([key, label, max], i) => (
          // dt and dd sit directly in the group (a wrapper div between them is invalid in a dl); the bar is part of the value.
          <div key={key} className="flex flex-wrap justify-between">
            <dt>{label}</dt>
            <dd className="contents">
              <span>
                {shown[i]} / {max}
              </span>
              <span className="mt-1 block h-1.5 basis-full rounded bg-slate-100" aria-hidden>
                <span className="block h-1.5 rounded bg-brand-600" style={{ width: `${(score[key] / max) * 100}%` }} />
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-xs text-slate-500">
        Stronger with more skills at higher proficiency, recent use, years of experience with concrete achievements,
        education, and complete preferences.
      </p>
    </section>
  );
}
