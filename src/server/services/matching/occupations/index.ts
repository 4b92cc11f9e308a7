/** Occupation inference and similarity over O*NET: what a job or a seeker does, and how close two are. */
export { occupationTitle, relatedOccupations, relatednessTier, type RelatednessTier } from './catalog';
export {
  DEFAULT_INFERENCE,
  inferOccupations,
  occupationInputSchema,
  type InferenceOptions,
  type OccupationInput,
} from './infer-occupations';
export {
  RELATEDNESS_WEIGHTS,
  occupationSimilarity,
  relatedness,
  type OccupationRelation,
  type OccupationSimilarity,
} from './occupation-similarity';
