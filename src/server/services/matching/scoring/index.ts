/** The matching engine's structured score, composite and explanation: pure functions over types.ts. */
export { BAND_THRESHOLDS, bandFor } from './bands';
export { occupationFit, type RelatedOccupations } from './occupation-fit';
export { scoreMatch, type ScoreMatchOptions } from './score-match';
export { skillGap, type SkillGapItem } from './skill-gap';
export { DEFAULT_WEIGHTS, matchWeightsSchema, parseMatchWeights, type MatchWeights } from './weights';
