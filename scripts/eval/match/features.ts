/**
 * What every ranking method reads, computed once per job and once per query. Jobs go through the
 * app's own jobText() (the text it embeds and classifies). Queries use the resume text itself:
 * this dataset's flattened resumes parse into few experience descriptions, so the app's
 * profileText() of the parsed profile would drop most of what the resume says.
 */
import { jobText } from '@/server/services/matching/load-match-inputs';
import { inferOccupations } from '@/server/services/matching/occupations';
import { tokenize } from '@/server/services/matching/text/tokenize';
import type { JobForMatching, OccupationGuess, ProfileForMatching } from '@/server/services/matching/types';
import type { ResumeQuery } from './resumes';

export type EmbedTexts = (texts: string[]) => Promise<Float32Array[]>;

export interface Features {
  text: string;
  terms: string[];
  vector: Float32Array;
  occupations: OccupationGuess[];
}

export interface JobFeatures extends Features {
  job: JobForMatching;
}

export interface QueryFeatures extends Features {
  profile: ProfileForMatching;
}

/** The occupations the app stores for a job (refresh-occupations.ts). */
export const jobOccupations = (job: JobForMatching) => inferOccupations(jobText(job), 5);

export const queryInput = (q: ResumeQuery) => ({
  title: q.title,
  text: q.text,
  skills: q.profile.skills.map((s) => s.name),
});

export async function jobFeatures(jobs: readonly JobForMatching[], embed: EmbedTexts): Promise<JobFeatures[]> {
  const texts = jobs.map((j) => jobText(j).text);
  const vectors = await embed(texts);
  return jobs.map((job, i) => {
    const occupations = jobOccupations(job);
    return {
      job: { ...job, occupations },
      text: texts[i] ?? '',
      terms: tokenize(texts[i] ?? ''),
      vector: vectors[i] ?? new Float32Array(),
      occupations,
    };
  });
}

export async function queryFeatures(queries: readonly ResumeQuery[], embed: EmbedTexts): Promise<QueryFeatures[]> {
  const texts = queries.map((q) => (q.title ? `${q.title}\n${q.text}` : q.text));
  const vectors = await embed(texts);
  return queries.map((q, i) => {
    const occupations = inferOccupations(queryInput(q), 5);
    return {
      profile: { ...q.profile, occupations },
      text: texts[i] ?? '',
      terms: tokenize(texts[i] ?? ''),
      vector: vectors[i] ?? new Float32Array(),
      occupations,
    };
  });
}
