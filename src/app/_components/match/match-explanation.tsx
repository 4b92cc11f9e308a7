import type { MatchExplanationOutput } from '@/lib/validators/matching';
import { SkillList } from './skill-list';
import { FactorBars } from './factor-bars';

const RELATION_TEXT = {
  same: 'Same occupation as yours',
  related: 'A related occupation',
  unrelated: 'A different occupation from yours',
  unknown: 'Occupation not determined',
} as const;

/** "Why this match": occupation fit, the factor breakdown, matched and missing skills. */
export function MatchExplanation({ match }: { match: MatchExplanationOutput }) {
  const { occupationFit: fit } = match;
  return (
    <div className="space-y-4 text-sm">
      <p>
        <span className="font-medium">{RELATION_TEXT[fit.relation]}</span>
        {fit.job && (
          <span className="text-slate-600">
            {' '}
            — this job is <span className="font-medium">{fit.job.title}</span>
            {fit.profile && fit.relation !== 'same' && (
              <>
                ; you are matched as <span className="font-medium">{fit.profile.title}</span>
              </>
            )}
            .
          </span>
        )}
      </p>
      <FactorBars match={match} />
      {match.sharedWords.length > 0 && (
        <p data-testid="shared-words">
          <span className="text-slate-600">Words from your profile in this job: </span>
          {match.sharedWords.join(', ')}
        </p>
      )}
      {(match.matchedSkills.length > 0 || match.missingSkills.length > 0) && (
        <div className="grid gap-3 sm:grid-cols-2">
          <SkillList
            title="Skills you have"
            skills={match.matchedSkills}
            tone="have"
            empty="None of the listed skills yet."
          />
          <SkillList
            title="Skills you are missing"
            skills={match.missingSkills}
            tone="missing"
            empty="None — you have them all."
          />
        </div>
      )}
    </div>
  );
}
