/**
 * The match explanation as a recruiter reads it: the same reason data the seeker's explanation is
 * built from (matched and missing skills, years, similarity), phrased about the candidate rather
 * than to "you". Place and salary are not compared for recruiters (the seeker's preferences are
 * private), and the wording says so instead of inventing a fit.
 */
import type { MatchExplanationOutput } from '@/lib/validators/matching';

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const years = (n: number) => {
  const y = oneDecimal(n);
  return `${y} ${y === 1 ? 'year' : 'years'}`;
};

export const PRIVATE_LOCATION = 'Not compared: the candidate’s place preferences are private';
export const PRIVATE_SALARY = 'Not compared: the candidate’s salary expectation is private';

export function skillsSentence(matched: string[], missing: string[]): string {
  const total = matched.length + missing.length;
  if (total === 0) return 'The job lists no required skills, so skills count as neutral';
  const lacking = missing.length > 0 ? `; missing ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? '…' : ''}` : '';
  if (matched.length === total) return total === 1 ? 'Has the one required skill' : `Has all ${total} required skills`;
  if (matched.length === 0) return `Has none of the ${total} required skills${lacking}`;
  return `Has ${matched.length} of ${total} required skills${lacking}`;
}

export function experienceSentence(gap: MatchExplanationOutput['experienceGap']): string {
  const asks = gap.requiredYears > 0 ? `the job asks for ${years(gap.requiredYears)}` : 'no minimum is stated';
  if (!gap.userYearsKnown) {
    return gap.requiredYears > 0
      ? `Experience unknown (the candidate’s roles have no dates); ${asks}`
      : 'No minimum experience is stated';
  }
  return `${years(gap.userYears)} of experience; ${asks}`;
}

function semanticSentence(score: number, sharedWords: string[]): string {
  const both = sharedWords.length > 0 ? `; both mention ${sharedWords.slice(0, 4).join(', ')}` : '';
  return `The candidate’s profile and this job’s description are ${Math.round(score * 100)}% similar in meaning${both}`;
}

export function forRecruiter(match: MatchExplanationOutput): MatchExplanationOutput {
  const summaryOf = (f: MatchExplanationOutput['factors'][number]): string => {
    switch (f.factor) {
      case 'semantic':
        return semanticSentence(f.score, match.sharedWords);
      case 'skills':
        return skillsSentence(match.matchedSkills, match.missingSkills);
      case 'experience':
        return experienceSentence(match.experienceGap);
      case 'location':
        return PRIVATE_LOCATION;
      case 'salary':
        return PRIVATE_SALARY;
    }
  };
  return {
    ...match,
    factors: match.factors.map((f) => ({
      ...f,
      summary: summaryOf(f),
      ...(f.factor === 'location' || f.factor === 'salary' ? { compared: false } : {}),
    })),
    location: { ...match.location, detail: PRIVATE_LOCATION },
  };
}
