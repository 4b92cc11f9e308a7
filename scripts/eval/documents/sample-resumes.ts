/**
 * Real resumes as generated-document content: ../shared/data/resumes (read at run time, never
 * copied into the repo), de-duplicated, parsed by our importer, kept when the parse has a role and
 * a skill, and ordered round-robin across the dataset's categories so any prefix is varied.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResumeContent } from '@/lib/validators/documents';
import { extractResumeText } from '@/server/services/resume/extract-text';
import { parseResume } from '@/server/services/resume/parse-resume';
import { repairMojibake } from '@/server/services/resume/repair-mojibake';
import { parseCsv } from '../csv';
import { draftToContent } from './draft-to-content';
import { contentFacts } from './facts';

export const DATASET = path.resolve(process.cwd(), '..', 'shared', 'data', 'resumes', 'UpdatedResumeDataSet.csv');

export interface ResumeSample {
  id: string;
  category: string;
  content: ResumeContent;
}

export async function sampleResumes(
  limit: number,
): Promise<{ samples: ResumeSample[]; unique: number; eligible: number }> {
  const [, ...records] = parseCsv(readFileSync(DATASET, 'utf8'));
  const unique = new Map<string, { category: string; text: string }>();
  for (const [category = '', raw = ''] of records) {
    const text = repairMojibake(raw);
    const id = createHash('sha1').update(text).digest('hex').slice(0, 12);
    if (!unique.has(id)) unique.set(id, { category, text });
  }
  const byCategory = new Map<string, ResumeSample[]>();
  let eligible = 0;
  for (const [id, { category, text }] of [...unique].sort(([a], [b]) => a.localeCompare(b))) {
    try {
      const draft = parseResume((await extractResumeText({ text })).text, { format: 'paste' });
      const content = draftToContent(draft, `Candidate ${id}`);
      const facts = contentFacts(content);
      if (facts.employer.length + facts.title.length === 0 || facts.skill.length === 0) continue;
      eligible += 1;
      byCategory.set(category, [...(byCategory.get(category) ?? []), { id, category, content }]);
    } catch {
      // Not a parseable resume (or outside the document schema): not part of the sample.
    }
  }
  const queues = [...byCategory.values()];
  const samples: ResumeSample[] = [];
  for (let round = 0; samples.length < limit && queues.some((q) => q.length > round); round++) {
    for (const q of queues) {
      const s = q[round];
      if (s && samples.length < limit) samples.push(s);
    }
  }
  return { samples, unique: unique.size, eligible };
}
