import type { SkillScoreBreakdown } from '@/lib/validators/profile';

const PARTS = [
  ['skills', 'Skills', 60],
  ['experience', 'Experience', 25],
  ['education', 'Education', 10],
  ['completeness', 'Completeness', 5],
] as const;

export function SkillScoreCard({ score }: { score: SkillScoreBreakdown }) {
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
        {PARTS.map(([key, label, max]) => (
          <div key={key}>
            <div className="flex justify-between">
              <dt>{label}</dt>
              <dd>
                {score[key]} / {max}
              </dd>
            </div>
            <div className="mt-1 h-1.5 rounded bg-slate-100" aria-hidden>
              <div className="h-1.5 rounded bg-brand-600" style={{ width: `${(score[key] / max) * 100}%` }} />
            </div>
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
