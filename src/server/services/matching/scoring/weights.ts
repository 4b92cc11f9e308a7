/**
 * Weights of the match score. The composite mixes the semantic similarity with the structured
 * ("traditional") score; the traditional score mixes four factors. Both groups must sum to 1 so
 * that every score stays in [0, 1] and the factor contributions add up to the composite.
 * Defaults are the seed's MatchingService: composite = 0.6 semantic + 0.4 traditional,
 * traditional = 0.4 skills + 0.3 experience + 0.2 location + 0.1 salary.
 */
import { z } from 'zod';

/** Rounding slack: 0.1 + 0.2 is not exactly 0.3 in floating point. */
const SUM_TOLERANCE = 1e-9;

const share = z.number().finite().min(0).max(1);
const sumsToOne = (values: Record<string, number>) =>
  Math.abs(Object.values(values).reduce((a, b) => a + b, 0) - 1) <= SUM_TOLERANCE;

export const traditionalWeightsSchema = z
  .object({ skills: share, experience: share, location: share, salary: share })
  .strict()
  .refine(sumsToOne, { message: 'Traditional factor weights must sum to 1' });

export const compositeWeightsSchema = z
  .object({ semantic: share, traditional: share })
  .strict()
  .refine(sumsToOne, { message: 'Composite weights (semantic + traditional) must sum to 1' });

export const matchWeightsSchema = z.object({
  composite: compositeWeightsSchema,
  traditional: traditionalWeightsSchema,
});

export type TraditionalWeights = z.infer<typeof traditionalWeightsSchema>;
export type MatchWeights = z.infer<typeof matchWeightsSchema>;

/** Validates weights from configuration or an experiment; throws a ZodError when they do not sum to 1. */
export function parseMatchWeights(input: unknown): MatchWeights {
  return matchWeightsSchema.parse(input);
}

const defaults = parseMatchWeights({
  composite: { semantic: 0.6, traditional: 0.4 },
  traditional: { skills: 0.4, experience: 0.3, location: 0.2, salary: 0.1 },
});

// Parsed at load so a bad edit to the defaults fails every test run, not a production request;
// frozen all the way down because every caller shares this one object.
export const DEFAULT_WEIGHTS: MatchWeights = Object.freeze({
  composite: Object.freeze(defaults.composite),
  traditional: Object.freeze(defaults.traditional),
});
