/**
 * The product's own generation path, shared by `npm run bench:documents` (timings) and
 * `npm run eval:documents` (round trip of what it generates), so both measure the same documents:
 * real postings through the ingestion path, real resumes imported as new users through the
 * procedures the import page uses, and `documents.generate` -> the workflow drained ->
 * `documents.progress` done.
 */
import type { Database } from '@/server/db';
import type { DocumentKind } from '@/lib/validators/documents';
import { parseJobPostingJsonLd } from '@/server/services/ingestion/connectors';
import { normalizePosting } from '@/server/services/ingestion/normalize';
import { ingestRawPostings } from '@/server/services/ingestion/store/ingest-raw-postings';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { importAsNewUser, type SeekerCaller } from '../eval/match/import-user';
import { loadResumeQueries } from '../eval/match/resumes';
import { buildFeed, loadRealPostings } from './etl-data';

export interface SeekerResume {
  /** The resume's id in the dataset (a hash of its text). */
  id: string;
  category: string;
  text: string;
}

export interface Seeker {
  caller: SeekerCaller;
  resumeId: string;
  category: string;
  userId: string;
}

/** Real resumes, one per category before a second of any: different trades and layouts. */
export function sampleSeekerResumes(n: number): SeekerResume[] {
  const byCategory = new Map<string, SeekerResume[]>();
  for (const q of loadResumeQueries()) {
    if (q.text.length < 800) continue;
    const r = { id: q.id, category: q.category, text: q.text };
    byCategory.set(q.category, [...(byCategory.get(q.category) ?? []), r]);
  }
  const out: SeekerResume[] = [];
  for (let round = 0; out.length < n; round++) {
    let added = false;
    for (const resumes of byCategory.values()) {
      const r = resumes[round];
      if (r && out.length < n) {
        out.push(r);
        added = true;
      }
    }
    if (!added) break;
  }
  return out;
}

/** `jobs` real postings (../shared/data/jobs) through the ingestion path: JSON-LD -> normalize -> store. */
export async function storeRealPostings(db: Database, jobs: number, source: string): Promise<string[]> {
  const feed = JSON.stringify(buildFeed(loadRealPostings(), jobs));
  const stored = await ingestRawPostings(db, source, parseJobPostingJsonLd(feed, { source }).postings, {
    complete: true,
    normalize: (raw) => normalizePosting(raw),
  });
  return stored.jobIds;
}

/**
 * Imports `resumes` as new users, in order, until `wanted` have something to write about (a
 * profile with neither a role nor a skill is refused by generation, so it is skipped and counted),
 * then drains the import workflows.
 */
export async function importSeekers(
  db: Database,
  resumes: SeekerResume[],
  emailPrefix: string,
  wanted = resumes.length,
): Promise<{ seekers: Seeker[]; skippedEmpty: number }> {
  const seekers: Seeker[] = [];
  let skippedEmpty = 0;
  for (const [i, r] of resumes.entries()) {
    if (seekers.length >= wanted) break;
    const user = await importAsNewUser(db, `${emailPrefix}.${i}@example.com`, `Seeker${i}`, r.text);
    const profile = await user.caller.profile.get();
    if (profile.experience.length === 0 && profile.skills.length === 0) skippedEmpty++;
    else seekers.push({ caller: user.caller, resumeId: r.id, category: r.category, userId: user.userId });
  }
  await drainWorkflows();
  return { seekers, skippedEmpty };
}

/** `documents.generate`; the workflow runs when the caller drains. */
export async function requestGeneration(
  seeker: Seeker,
  input: { jobId: string; kind: DocumentKind; templateId: string },
): Promise<{ seeker: Seeker; requestId: string; kind: DocumentKind }> {
  const { requestId } = await seeker.caller.documents.generate(input);
  return { seeker, requestId, kind: input.kind };
}

/** After draining: `documents.progress` must say done; the stored version's id. */
export async function finishedVersion(seeker: { caller: SeekerCaller }, requestId: string): Promise<string> {
  const progress = await seeker.caller.documents.progress({ requestId });
  if (progress.status !== 'done' || !progress.versionId)
    throw new Error(`generation ${progress.status}: ${progress.error}`);
  return progress.versionId;
}
