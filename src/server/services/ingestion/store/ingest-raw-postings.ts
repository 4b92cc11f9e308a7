/**
 * Raw postings of one fetch to stored jobs: skip what is unchanged since the last run (raw hash),
 * normalize the rest (a posting normalize cannot use is quarantined, never thrown), then store.
 * Runs, the CLI and the benchmark all go through here.
 */
import type { Database } from '@/server/db';
import {
  normalizedPosting,
  type NormalizedPosting,
  type QuarantinedRecord,
  type RawPosting,
} from '../normalized-posting';
import { storePostings, type StoreOptions, type StoreSummary } from './store-postings';
import { rawHashOf, unchangedRawIds } from './unchanged-raw';

export type Normalize = (raw: RawPosting) => NormalizedPosting | { quarantined: QuarantinedRecord };

export interface IngestOptions extends Pick<StoreOptions, 'complete' | 'onJobsChanged'> {
  normalize: Normalize;
  /** External ids the connector quarantined: still listed by the feed, so not closed. */
  quarantinedIds?: readonly string[];
  onProgress?: (done: number, total: number) => void;
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

export async function ingestRawPostings(
  db: Database,
  source: string,
  raws: readonly RawPosting[],
  opts: IngestOptions,
): Promise<StoreSummary & { quarantined: QuarantinedRecord[] }> {
  const hashes = new Map(raws.map((r) => [r.externalId, rawHashOf(r)]));
  const skip = await unchangedRawIds(db, source, hashes);
  const todo = raws.filter((r) => !skip.has(r.externalId));
  const postings: NormalizedPosting[] = [];
  const quarantined: QuarantinedRecord[] = [];
  todo.forEach((raw, i) => {
    try {
      const result = opts.normalize(raw);
      if ('quarantined' in result) quarantined.push(result.quarantined);
      else {
        // The contract checked once more, under the key the run stores (connectors stamp the same).
        const n = normalizedPosting.safeParse({ ...result, source });
        if (n.success) postings.push(n.data);
        else {
          const issue = n.error.issues[0];
          quarantined.push({
            source,
            externalId: raw.externalId,
            reason: `normalize: ${issue?.path.join('.')}: ${issue?.message}`,
            payload: raw,
          });
        }
      }
    } catch (err) {
      quarantined.push({ source, externalId: raw.externalId, reason: `normalize: ${describe(err)}`, payload: raw });
    }
    if (opts.onProgress && (i % 500 === 0 || i === todo.length - 1)) opts.onProgress(i + 1, todo.length);
  });
  const stored = await storePostings(db, source, postings, {
    complete: opts.complete,
    ...(opts.onJobsChanged ? { onJobsChanged: opts.onJobsChanged } : {}),
    rawHashes: hashes,
    seenExternalIds: [...hashes.keys(), ...(opts.quarantinedIds ?? [])],
    skippedUnchanged: new Set([...skip]).size,
  });
  return { ...stored, quarantined };
}
