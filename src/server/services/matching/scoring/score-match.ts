/**
 * The structured score, the composite and its explanation for one seeker and one job. Pure: the
 * inputs come from load-match-inputs.ts and the semantic similarity from the embedding index.
 *
 *   traditional = 0.4 skills + 0.3 experience + 0.2 location + 0.1 salary     (weights.ts)
 *   composite   = 0.6 semantic + 0.4 traditional
 *   semantic unavailable (null: vector index down) -> composite = traditional, degraded = true
 *
 * Every factor is reported with its weight in the composite (0.4 x its traditional weight, or its
 * traditional weight alone when degraded), so the contributions add up to the composite and the
 * UI can draw them as one bar. Factor formulas: skills-factor.ts, experience-salary.ts,
 * location-factor.ts; bands: bands.ts; missing-skill order: skill-gap.ts.
 */
import type { FactorContribution, FactorName, JobForMatching, MatchExplanation, ProfileForMatching } from '../types';
import { bandFor, capBand } from './bands';
import { experienceFactor, salaryFactor } from './experience-salary';
import { locationFactor } from './location-factor';
import { occupationFit, type RelatedOccupations } from './occupation-fit';
import { rankMissingSkills } from './skill-gap';
import { heldSkills, requiredSkills } from './skill-sets';
import { skillsFactor } from './skills-factor';
import { DEFAULT_WEIGHTS, type MatchWeights } from './weights';

export interface ScoreMatchOptions {
  /** Whether two O*NET-SOC codes are related (profile's top code, job's top code). */
  related?: RelatedOccupations;
  /** Share of open jobs listing each skill, to order the missing skills (see skill-gap.ts). */
  marketDemand?: ReadonlyMap<string, number>;
  /** The profile's distinctive words this job uses, strongest first (score-jobs.ts). */
  sharedWords?: readonly string[];
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/**
 * The embedding side reports similarity in [0, 1]; a raw cosine in [-1, 0) would sink the
 * composite below zero, so it is clamped. NaN means it could not be computed: degraded mode.
 */
function semanticScore(semantic: number | null): number | null {
  return semantic === null || Number.isNaN(semantic) ? null : clamp01(semantic);
}

function factor(name: FactorName, score: number, weight: number, summary: string): FactorContribution {
  return { factor: name, score, weight, contribution: weight * score, summary };
}

/**
 * Scores one job for one seeker. `weights` must be DEFAULT_WEIGHTS or come from parseMatchWeights
 * (they are not re-validated per call: a feed scores thousands of jobs).
 */
export function scoreMatch(
  profile: ProfileForMatching,
  job: JobForMatching,
  semantic: number | null,
  weights: MatchWeights = DEFAULT_WEIGHTS,
  options: ScoreMatchOptions = {},
): MatchExplanation {
  const held = heldSkills(profile);
  const skills = skillsFactor(requiredSkills(job), held, job);
  const experience = experienceFactor(profile, job);
  const location = locationFactor(profile, job);
  const salary = salaryFactor(profile, job);

  const w = weights.traditional;
  const traditional =
    w.skills * skills.score + w.experience * experience.score + w.location * location.score + w.salary * salary.score;

  const similarity = semanticScore(semantic);
  const degraded = similarity === null;
  // Degraded: the structured share becomes the whole composite, i.e. weights renormalized by 1/0.4.
  const share = degraded ? 1 : weights.composite.traditional;
  const factors: FactorContribution[] = [
    ...(similarity === null
      ? []
      : [
          factor(
            'semantic',
            similarity,
            weights.composite.semantic,
            `Your profile and this job's description are ${Math.round(similarity * 100)}% similar in meaning` +
              (options.sharedWords?.length ? `; both mention ${options.sharedWords.slice(0, 4).join(', ')}` : ''),
          ),
        ]),
    factor('skills', skills.score, share * w.skills, skills.summary),
    factor('experience', experience.score, share * w.experience, experience.summary),
    factor('location', location.score, share * w.location, location.detail.detail),
    factor('salary', salary.score, share * w.salary, salary.summary),
  ];
  // The composite is defined as the sum of the contributions, so they add up to it exactly; the
  // clamp only absorbs rounding (1 + 2e-16) and stays far inside the 1e-9 the UI relies on.
  const composite = clamp01(factors.reduce((sum, f) => sum + f.contribution, 0));

  return {
    composite,
    semantic: similarity,
    traditional,
    // Capped, not summed: the composite stays the sum of the contributions (bands.ts).
    band: capBand(capBand(bandFor(composite), salary.bandCap), experience.bandCap),
    factors,
    occupationFit: occupationFit(profile.occupations, job.occupations, options.related),
    matchedSkills: skills.matched.map((s) => s.name),
    sharedWords: [...(options.sharedWords ?? [])],
    missingSkills: rankMissingSkills(skills.missing, held, options.marketDemand).map((g) => g.skill),
    experienceGap: experience.gap,
    location: location.detail,
    salary: salary.detail,
    degraded,
  };
}
