/**
 * Resumes the product generated, for the round trip: in a throw-away database, real postings go
 * through the ingestion path and real resumes are imported as new users through the procedures
 * (scripts/bench/documents-setup.ts, shared with `npm run bench:documents`); each seeker then has
 * a tailored resume generated for a real posting (`documents.generate` -> workflow drained ->
 * `documents.progress` done), and the stored version's content is what gets exported.
 */
import { loadDocumentForExport } from '@/server/services/documents/load-document-for-export';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { withBenchDatabase } from '../../bench/bench-database';
import {
  finishedVersion,
  importSeekers,
  requestGeneration,
  sampleSeekerResumes,
  storeRealPostings,
} from '../../bench/documents-setup';
import type { ResumeSample } from './sample-resumes';

export interface GeneratedResumes {
  samples: ResumeSample[];
  jobs: number;
  seekersSkippedEmpty: number;
  generationFailures: { resume: string; error: string }[];
}

export async function generatedResumes(limit: number, jobs: number): Promise<GeneratedResumes> {
  return withBenchDatabase('docrt', { max: 5 }, async ({ db }) => {
    const jobIds = await storeRealPostings(db, jobs, 'jsonld:eval-documents');
    const { seekers, skippedEmpty } = await importSeekers(
      db,
      sampleSeekerResumes(Number.MAX_SAFE_INTEGER),
      'eval.documents',
      limit,
    );
    console.log(`${jobIds.length} real postings stored, ${seekers.length} seekers imported (${skippedEmpty} empty skipped)`);
    const samples: ResumeSample[] = [];
    const generationFailures: GeneratedResumes['generationFailures'] = [];
    for (const [i, seeker] of seekers.entries()) {
      // Postings in a fixed stride, so a run is repeatable and seekers get different jobs.
      const jobId = jobIds[(i * 7) % jobIds.length];
      if (!jobId) throw new Error('no postings stored');
      try {
        const g = await requestGeneration(seeker, { jobId, kind: 'resume', templateId: 'ats-friendly' });
        await drainWorkflows();
        const versionId = await finishedVersion(seeker, g.requestId);
        const doc = await loadDocumentForExport(db, seeker.userId, versionId);
        if (doc?.content.kind !== 'resume') throw new Error(`version ${versionId} is not a stored resume`);
        samples.push({ id: seeker.resumeId, category: seeker.category, content: doc.content });
      } catch (err) {
        generationFailures.push({ resume: seeker.resumeId, error: err instanceof Error ? err.message : String(err) });
      }
    }
    return { samples, jobs: jobIds.length, seekersSkippedEmpty: skippedEmpty, generationFailures };
  });
}
