/**
 * Scores a set of jobs for one seeker: semantic similarity (occupations, embeddings and the words
 * profile and job share, exactly as evaluated by `npm run eval:match`) plus the structured score,
 * with explanations.
 */
import { jobText, profileText } from './load-match-inputs';
import { relatednessTier } from './occupations/catalog';
import { getOccupationIndex } from './occupations/occupation-index';
import { DEFAULT_WEIGHTS, scoreMatch } from './scoring';
import { semanticSimilarity } from './semantic';
import { cachedJobTerms } from './text/job-terms-cache';
import { evidenceTerms } from './text/evidence-words';
import { lexicalMatch, lexicalQuery, type LexicalQuery } from './text/lexical';
import { surfaceWords } from './text/surface-words';
import { tokenize } from './text/tokenize';
import type { JobForMatching, MatchExplanation, ProfileForMatching } from './types';

/** O*NET related occupations (any tier) count as related in the explanation. */
export const onetRelated = (a: string, b: string): boolean => relatednessTier(a, b) !== null;

/** How many shared words an explanation names. */
const SHARED_WORDS = 6;

export interface ScoredJob {
  job: JobForMatching;
  match: MatchExplanation;
}

/** The seeker's own distinctive words, weighted once per scoring call. */
export const profileLexicalQuery = (profile: ProfileForMatching): LexicalQuery =>
  lexicalQuery(tokenize(profileText(profile).text), getOccupationIndex().textIdf);

const lexicalOf = (query: LexicalQuery, job: JobForMatching) => {
  const terms = cachedJobTerms(job.id, jobText(job).text);
  return { terms, match: lexicalMatch(query, terms.counts, terms.length) };
};

/** The lexical share alone (what the semantic score reads). */
export const lexicalScore = (query: LexicalQuery, job: JobForMatching): number => lexicalOf(query, job).match.score;

/** The lexical share and the shared words as the job writes them. */
export function lexicalEvidence(query: LexicalQuery, job: JobForMatching): { score: number; words: string[] } {
  const { terms, match } = lexicalOf(query, job);
  return {
    score: match.score,
    words: match.shared.length ? surfaceWords(terms.surface(), evidenceTerms(match.shared), SHARED_WORDS) : [],
  };
}

/**
 * `profileVector` null (nothing to embed, or the index is down): structured scores only, each
 * flagged degraded. A job without a vector of the current model is scored the same way.
 */
export function scoreJobs(
  profile: ProfileForMatching,
  profileVector: readonly number[] | null,
  candidates: readonly JobForMatching[],
  jobVectors: ReadonlyMap<string, readonly number[]>,
  options: { marketDemand?: ReadonlyMap<string, number> } = {},
): ScoredJob[] {
  const query = profileLexicalQuery(profile);
  return candidates.map((job) => {
    const jobVector = jobVectors.get(job.id);
    const lexical = lexicalEvidence(query, job);
    const semantic =
      profileVector && jobVector
        ? semanticSimilarity(profileVector, jobVector, profile.occupations, job.occupations, lexical.score)
        : null;
    return {
      job,
      match: scoreMatch(profile, job, semantic, DEFAULT_WEIGHTS, {
        related: onetRelated,
        sharedWords: lexical.words,
        ...options,
      }),
    };
  });
}

export const byComposite = (a: ScoredJob, b: ScoredJob): number =>
  b.match.composite - a.match.composite || a.job.id.localeCompare(b.job.id);
