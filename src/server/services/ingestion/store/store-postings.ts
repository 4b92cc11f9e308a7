/**
 * The store's one entry point for a run: upsert the postings, close what a complete feed no
 * longer lists, link cross-source duplicates, then tell the matching workflow about every job
 * that changed (it infers occupations, embeds and rescores them) in events of at most 1,000 ids.
 * A no-change replay ends with nothing written and no event sent.
 */
import type { Database } from '@/server/db';
import { afterJobsChanged } from '../../recruiter/jobs-changed';
import type { NormalizedPosting } from '../normalized-posting';
import { closeMissingJobs } from './close-missing';
import { linkDuplicates } from './link-duplicates';
import { upsertPostings, type UpsertResult } from './upsert-postings';

/** The largest jobIds list the jobs/changed event accepts (inngest/events.ts). */
export const CHANGED_EVENT_MAX_IDS = 1000;

export interface StoreSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  closed: number;
  duplicatesLinked: number;
  /** Ids of every job written (inserted first), for callers that open one. */
  jobIds: string[];
  changedJobIds: string[];
}

export interface StoreOptions {
  /** True only when the feed was read to its end: then missing jobs are closed. */
  complete: boolean;
  /** Called with <= 1,000 ids at a time; defaults to the app's jobs/changed workflow. */
  onJobsChanged?: (db: Database, jobIds: string[]) => Promise<void>;
  /** externalId -> raw hash, stored for the next replay's fast path (unchanged-raw.ts). */
  rawHashes?: ReadonlyMap<string, string>;
  /**
   * Every external id the feed listed, when more than `postings` (skipped as unchanged, or
   * quarantined this time): closing spares them.
   */
  seenExternalIds?: readonly string[];
  /** Postings already found unchanged before normalizing, counted in `unchanged`. */
  skippedUnchanged?: number;
}

export async function storePostings(
  db: Database,
  source: string,
  postings: readonly NormalizedPosting[],
  opts: StoreOptions,
): Promise<StoreSummary> {
  const up = await upsertPostings(db, source, postings, opts.rawHashes);
  return finishStore(db, source, up, {
    ...opts,
    seenExternalIds: opts.seenExternalIds ?? postings.map((p) => p.externalId),
  });
}

/**
 * What follows the upserts of a run: close, link, notify, count. Split from storePostings so that
 * ingestRawPostings can upsert batch by batch while it normalizes the next batch.
 */
export async function finishStore(
  db: Database,
  source: string,
  up: UpsertResult,
  opts: StoreOptions & { seenExternalIds: readonly string[] },
): Promise<StoreSummary> {
  const written = [...up.inserted, ...up.updated];
  const { closed, released } = opts.complete
    ? await closeMissingJobs(db, source, opts.seenExternalIds)
    : { closed: [], released: [] };
  const links = await linkDuplicates(db, [...written, ...released]);
  const changed = [...new Set([...written, ...closed, ...released, ...links.changed])];
  const notify = opts.onJobsChanged ?? afterJobsChanged;
  for (let i = 0; i < changed.length; i += CHANGED_EVENT_MAX_IDS) {
    await notify(db, changed.slice(i, i + CHANGED_EVENT_MAX_IDS));
  }
  return {
    inserted: up.inserted.length,
    updated: up.updated.length,
    unchanged: up.unchanged + (opts.skippedUnchanged ?? 0),
    closed: closed.length,
    duplicatesLinked: links.linked,
    jobIds: written,
    changedJobIds: changed,
  };
}
