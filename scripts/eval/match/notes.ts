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
  // Import path, dev half (occupation-accuracy.ts: top-1 / top-3 of the stored profile occupations, as is / title words removed).
  'before: 0.667 / 0.798, 0.131 / 0.250; the resume read raw with its designation line as title: 0.762 / 0.869: the parsed headline and roles lose the designation on few resumes, most misses are elsewhere',
  'misses read on dev: all 5 Advocate resumes -> Social and Human Service Assistants (O*NET knows "Advocate" only as a case-work or legal-support title); generic titles (Consultant, IT Analyst, Software Engineer); labels the resume contradicts (a Testing resume headlined Electrical Engineer)',
  'regional titles (Advocate as a Lawyers title, in titles and text): 0.690 / 0.857; + the employer in each role text ("Criminal lawyer (law firm)", "District court"): 0.702 / 0.857, 0.119 / 0.250 (chosen)',
  'title split into parts ("Systems Engineer/Hadoop Developer", "X - Company"), best part per occupation: 0.702 / 0.857, no change: not used',
  'degree abbreviations spelled out (LLB -> Bachelor of Laws): no change: not used; headline and role titles left out of the text signal: 0.690 / 0.857: not used',
  'inference weights title/text/skills on profiles: 0.45/0.40/0.15 0.702 / 0.857; 0.30/0.50/0.20 0.702 / 0.869; 0.25/0.50/0.25 0.702 / 0.857; 0.20/0.40/0.40 0.631 / 0.869; skills alone 0.071 / 0.202 (kept 0.45/0.40/0.15)',
  'skills cosine with pivoted occupation norms (b 0.5, 0.2, 0): skills alone 0.071-0.107 top-1 in every case: not used',
  // Import-path scoring, dev half NDCG@10 of imported profiles scored against the whole pool (as is / title words removed).
  'semantic 0.7/0.2/0.1 (occupation/embedding/lexical) composite 0.6: 0.777 / 0.386; unknown years scored 0.5 for every job instead of 1 when the job states no minimum: 0.794 / 0.396 (chosen)',
  'with it: 0.6/0.3/0.1 0.785 / 0.423 (chosen); 0.55/0.3/0.15 0.773 / 0.429; 0.5/0.3/0.2 0.764 / 0.431; 0.6/0.2/0.2 0.779 / 0.418',
  'composite 0.8 semantic + 0.2 structured with 0.6/0.3/0.1: 0.794 / 0.430 (not used: the structured part carries the preferences, which must keep ranking)',
  // Occupations refined by the nearest jobs (occupations/neighbour-vote.ts): composite NDCG@10 over BM25's, dev half, the resume text read directly (as is / title words removed).
  'neighbour vote: none 1.908 / 1.419; the 10 best by the semantic score vote 2.013 / 1.583; 15: 1.958 / 1.584; 25: 1.860 / 1.595; 50: 1.741 / 1.515',
  'neighbours by the embedding alone (10): 1.416 / 1.293; by the composite (10): 1.910 / 1.461; weights cubed (10): 2.011 / 1.580',
  'the own guess kept beside the vote (10 neighbours), share 0.2: 2.010 / 1.580; 0.3: 2.003 / 1.570; 0.5: 1.990 / 1.528; 0.7: 1.968 / 1.489',
  'a second round (vote, rank again, vote again): 10 neighbours 2.021 / 1.633 (chosen); 15: 1.957 / 1.630',
  'the vote blended with the own guess by its first confidence (chosen): top-3 accuracy of the stored reading 0.894 own, 0.825 vote alone, 0.869 blended (as is); ranking 1.999 / 1.624',
  'skills factor with each required skill weighted by its O*NET IDF (unknown skills at the median, the minimum or the maximum; IDF squared), refined occupations: 2.001-2.004 / 1.625-1.628 against 1.999 / 1.624: no change: not used',
  'with refined occupations, the semantic mix again on the import path, dev half (composite x BM25): 0.6/0.3/0.1 1.907 / 1.546; 0.7/0.2/0.1 1.942 / 1.560; 0.7/0.15/0.15 1.938 / 1.589 (chosen)',
  'cheaper refinements on the import path (title words removed, x BM25; all / dev): the second round scored in memory over the first round\'s candidates 1.488 / 1.577; plus the newest jobs of the voted occupations 1.476 / 1.572, Mechanical Engineer at 0; two full rankings 1.502 / 1.589 (kept)',
  'the profile vector moved half-way to the mean of its 10 nearest jobs (Rocchio), one round: 2.060 / 1.606: not used (a second stored vector per profile)',
  // Import path, composite x BM25, as is / title words removed (dev half; real postings only), with the vote scoring its candidates once (vote-candidates.ts).
  'retrieval depth (nearest by embedding + newest by occupation, for the vote and the ranking): 200 + 100 1.986 / 1.504 (dev 1.923 / 1.587; real 1.267 / 1.250, kept); 400 + 200 2.003 / 1.429 (dev 1.934 / 1.503; real 1.243 / 1.166); 100 + 100 1.961 / 1.490 (dev 1.891 / 1.576; real 1.281 / 1.253)',
  'equal vote scores settled by the job id 1.986 / 1.504 (dev 1.923 / 1.587); by the raw cosine, then the id 1.985 / 1.504 (dev 1.918 / 1.590, chosen: the order is meaningful)',
  // The occupations' technology skills, the ones O*NET marks "In Demand" for the occupation weighted more (occupation-index.ts IN_DEMAND_WEIGHT).
  'in-demand weight, the own reading from the resume read directly (top-1 / top-3, dev half, as is; title words removed): 1 (none) 0.750 / 0.893; 0.274 / 0.429; 2 0.762 / 0.893; 0.310 / 0.464; 3 0.774 / 0.905; 0.310 / 0.464; 4 0.774 / 0.905; 0.310 / 0.500; 6 0.762 / 0.905; 0.298 / 0.500; hot technologies x2 instead 0.750 / 0.893; 0.286 / 0.440',
  'in-demand weight on the import path, composite x BM25 as is / title words removed (dev half; held-out half; real postings pool): 1 (none) 1.986 / 1.491 (real pool 1.400); 2 1.995 / 1.494 (dev 1.956 / 1.579; held-out 2.043 / 1.398; 1.398), Mechanical Engineer at 0; 4 2.006 / 1.559 (dev 1.962 / 1.578; held-out 2.059 / 1.538; 1.440, chosen on the dev half: as is and both occupation accuracies higher, title words removed equal)',
  // Real postings only, title words removed: read from the mixed pool's first page (35-38 % of it real) vs a pool of the real postings alone.
  "real postings only, title words removed: read from the mixed pool (the real postings among forMe's first 50, against the mixed pool's BM25 read on the real postings) 1.245-1.247 (3 runs of 0b374f6-8252020; 1.237-1.253 in five earlier runs); a pool of the 1,912 real postings alone (its own database, candidates, nearest-jobs vote and BM25: a different setup) 1.384-1.409 (4 runs)",
];
