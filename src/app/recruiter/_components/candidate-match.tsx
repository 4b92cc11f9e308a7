import type { MatchExplanationOutput } from '@/lib/validators/matching';
import { FactorBars } from '../../_components/match/factor-bars';

const RELATION_TEXT = {
  same: 'Same occupation as this job',
  related: 'A related occupation',
  unrelated: 'A different occupation from this job',
  unknown: 'Occupation not determined',
} as const;

/** "Why this match" for the hiring company: the same reasons the seeker sees, said about the candidate. */
export function CandidateMatch({ match }: { match: MatchExplanationOutput }) {
  const fit = match.occupationFit;
  return (
    <div className="space-y-4 text-sm">
      <p>
        <span className="font-medium">{RELATION_TEXT[fit.relation]}</span>
        {fit.profile && (
          <span className="text-slate-600">
            {' '}
            — the candidate’s profile reads as <span className="font-medium">{fit.profile.title}</span>.
          </span>
        )}
      </p>
      <FactorBars match={match} />
      {(match.matchedSkills.length > 0 || match.missingSkills.length > 0) && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Skills title="Required skills they have" skills={match.matchedSkills} tone="have" />
          <Skills title="Required skills they lack" skills={match.missingSkills} tone="missing" />
        </div>
      )}
    </div>
  );
}

function Skills({ title, skills, tone }: { title: string; skills: string[]; tone: 'have' | 'missing' }) {
  return (
    <div>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h4>
      {skills.length === 0 ? (
        <p className="mt-1 text-slate-500">{tone === 'have' ? 'None of them.' : 'None: they have them all.'}</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-1.5">
          {skills.map((s) => (
            <li
              key={s}
              className={`rounded px-2 py-0.5 text-xs ${tone === 'have' ? 'bg-emerald-50 text-emerald-800' : 'bg-rose-50 text-rose-800'}`}
            >
              {s}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
