import type { MatchExplanationOutput } from '@/lib/validators/matching';
import { SkillList } from '../../_components/match/skill-list';
import { FactorBars } from '../../_components/match/factor-bars';

const RELATION_TEXT = {
  same: 'Same occupation as this job',
  related: 'A related occupation',
  unrelated: 'A different occupation from this job',
  unknown: 'Occupation not determined',
} as const;

/** Shown in place of a score for an applicant whose profile holds nothing to compare. */
export function EmptyProfileBadge() {
  return (
    <span
      className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700"
      data-testid="empty-profile"
    >
      Empty profile
    </span>
  );
}

/** "Why this match" for the hiring company: the same reasons the seeker sees, said about the candidate. */
export function CandidateMatch({
  match,
  emptyProfile = false,
}: {
  match: MatchExplanationOutput;
  emptyProfile?: boolean;
}) {
  if (emptyProfile) {
    return (
      <p className="text-sm text-slate-700">
        They have not added skills, roles or a headline yet, so there is nothing of theirs to compare with this job.
        Their application and email are still yours to read.
      </p>
    );
  }
  const fit = match.occupationFit;
  return (
    <div className="space-y-4 text-sm">
      <p>
        <span className="font-medium">{RELATION_TEXT[fit.relation]}</span>
        {fit.profile && (
          <span className="text-slate-600">
            {' '}
            — the candidate is matched as <span className="font-medium">{fit.profile.title}</span>.
          </span>
        )}
      </p>
      <FactorBars match={match} />
      {(match.matchedSkills.length > 0 || match.missingSkills.length > 0) && (
        <div className="grid gap-3 sm:grid-cols-2">
          <SkillList title="Required skills they have" skills={match.matchedSkills} tone="have" empty="None of them." />
          <SkillList
            title="Required skills they lack"
            skills={match.missingSkills}
            tone="missing"
            empty="None: they have them all."
          />
        </div>
      )}
    </div>
  );
}
