/**
 * Figures of the variants tried while building the matching engine, measured with this evaluation
 * (NDCG@10 over all 160 queries, "title" / "no title" settings) before the final run; the final
 * run's own variant tables (semantic_variants, weight_variants) are in the same JSON. Kept here so
 * every choice can be traced to a measurement. Choices were made on the dev half.
 */
export const EXPLORATION_NOTES: readonly string[] = [
  // The offline embedding model (embedding-alone NDCG@10), scripts/build-embedding-model.ts.
  'LSA 256 dims, power 0, first dimension dropped: 0.532 / 0.363 (chosen)',
  'LSA 256 dims, power 0, all dimensions: 0.516 / 0.345',
  'LSA 256 dims, power 0.5: 0.474 / 0.326; power 1: 0.440 / 0.309; power 0.5 first dropped: 0.532 / 0.355',
  'LSA 256 dims, power -0.5, first dropped: 0.521 / 0.358; 128 dims: 0.523 / 0.358; 384 dims: 0.521 / 0.358',
  'LSA plus an occupation component in the vector (inferred from the text alone): 0.568 / 0.369 alone, but no gain once mixed with occupation similarity (0.774 / 0.468 vs 0.773 / 0.464): not shipped',
  'LSA similarity to occupation vectors as the inference text signal: resume top-1 0.350 / 0.194 vs TF-IDF 0.456 / 0.219: not used',
  // Occupation inference (occupation-similarity-alone NDCG@10).
  'inference weights title/text/skills 0.5/0.35/0.15, 60 heaviest text terms only: 0.777 / 0.363',
  'same, every text term: 0.788 / 0.415; terms in <= 30% of occupations: 0.782 / 0.409; <= 10%: 0.771 / 0.336',
  'every text term, 0.45/0.40/0.15: 0.789 / 0.425 (chosen: title weighted most); 0.40/0.45/0.15: 0.787 / 0.430; 0.35/0.50/0.15: 0.786 / 0.447; 0.40/0.40/0.20: 0.784 / 0.421',
  'skills weight 0 (0.5/0.5/0, 60 terms): 0.789 / 0.336: skills help without a title',
  'softmax temperature 0.02: 0.777 / 0.359; 0.05: 0.777 / 0.363 (chosen); 0.1: 0.763 / 0.360; 0.2: 0.699 / 0.352',
  'minimum best score 0.05 left 13 of 160 title-less resumes without a guess; 0.02 none; composite 0.415 vs 0.416',
  'skills cosine without a floor on the occupation norm matched "Microsoft Office" to one-tool occupations (Dishwashers); median floor chosen',
  // Occupation similarity: relatedness weights primary-short/primary-long/supplemental.
  'relatedness 0.6/0.4/0.25: 0.787 / 0.430 (chosen); 0.8/0.6/0.4: 0.773 / 0.435; 0.5/0.3/0.1: 0.791 / 0.431; 0.6/0.6/0.6: 0.776 / 0.447; 0.3/0.2/0.1: 0.799 / 0.430',
  // Semantic mix (composite NDCG@10 with the seed weights 0.6 semantic + 0.4 traditional).
  'per-query z-score mix of embedding and occupation: semantic alone 0.776 / 0.464 (best title-less ranking, but not a per-pair function)',
  'a x occupation + (1 - a) x cosine stretched over [0.15, 0.5]: a 0.7: 0.724 / 0.420; a 0.8: 0.728 / 0.426 (chosen); a 0.9: 0.732 / 0.427',
  'cosine stretched over [0.1, 0.6]: a 0.8: 0.725 / 0.422; over [0.2, 0.5]: 0.731 / 0.423; raw cosine clamped to [0, 1], a 0.5 (earlier inference settings): 0.665 / 0.366',
  'logistic squashing of the mix (k 6..16, midpoint 0.3..0.6): between -0.03 and +0.01 against the linear mix: not used',
];
