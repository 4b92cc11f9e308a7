/**
 * What every ranking method reads, computed once per job and once per query: the text as the app
 * embeds and classifies it (title, then description, then skills), its terms, its embedding and
 * its inferred occupations.
 */
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

export const jobTextOf = (j: JobForMatching) => `${j.title}\n${j.description}\n${j.requiredSkills.join(', ')}`;
export const queryTextOf = (q: ResumeQuery) => (q.title ? `${q.title}\n${q.text}` : q.text);

export async function jobFeatures(jobs: readonly JobForMatching[], embed: EmbedTexts): Promise<JobFeatures[]> {
  const texts = jobs.map(jobTextOf);
  const vectors = await embed(texts);
  return jobs.map((job, i) => {
    const occupations = inferOccupations({ title: job.title, text: job.description, skills: job.requiredSkills });
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
  const texts = queries.map(queryTextOf);
  const vectors = await embed(texts);
  return queries.map((q, i) => {
    const occupations = inferOccupations({ title: q.title, text: q.text, skills: q.profile.skills.map((s) => s.name) });
    return {
      profile: { ...q.profile, occupations },
      text: texts[i] ?? '',
      terms: tokenize(texts[i] ?? ''),
      vector: vectors[i] ?? new Float32Array(),
      occupations,
    };
  });
}
