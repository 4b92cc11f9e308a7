/**
 * Raw postings of one fetch to stored jobs: skip what is unchanged since the last run (raw hash),
 * normalize the rest (a posting normalize cannot use is quarantined, never thrown), then store.
 * Runs, the CLI and the benchmark all go through here. Batches are written while the next is
 * normalized (see below).
 */
import type { Database } from '@/server/db';
import {
  normalizedPosting,
  type NormalizedPosting,
  type QuarantinedRecord,
  type RawPosting,
} from '../normalized-posting';
import { finishStore, type StoreOptions, type StoreSummary } from './store-postings';
import { UPSERT_BATCH, upsertPostings, type UpsertResult } from './upsert-postings';
import { rawHashOf, unchangedRawIds } from './unchanged-raw';

export type Normalize = (raw: RawPosting) => NormalizedPosting | { quarantined: QuarantinedRecord };

export interface IngestOptions extends Pick<StoreOptions, 'complete' | 'onJobsChanged'> {
  normalize: Normalize;
  /** External ids the connector quarantined: still listed by the feed, so not closed. */
  quarantinedIds?: readonly string[];
  onProgress?: (done: number, total: number) => void;
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 500);

/** Postings normalized between two yields to the event loop (a few tens of milliseconds). */
const YIELD_EVERY = 25;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function ingestRawPostings(
  db: Database,
  source: string,
  raws: readonly RawPosting[],
  opts: IngestOptions,
): Promise<StoreSummary & { quarantined: QuarantinedRecord[] }> {
  const hashes = new Map(raws.map((r) => [r.externalId, rawHashOf(r)]));
  const skip = await unchangedRawIds(db, source, hashes);
  const todo = raws.filter((r) => !skip.has(r.externalId));
  const quarantined: QuarantinedRecord[] = [];
  const up: UpsertResult = { inserted: [], updated: [], unchanged: 0 };
  // Normalizing is Node's work, upserting is PostgreSQL's: each batch is written while the next
  // one is normalized, so the two overlap instead of adding up. Only when every external id is
  // listed once: with repeats, the store's "last posting of an id wins" needs the whole feed.
  const pipelined = hashes.size === raws.length;
  let pending: NormalizedPosting[] = [];
  let writing: Promise<void> = Promise.resolve();
  const write = async () => {
    const batch = pending;
    pending = [];
    await writing;
    writing = upsertPostings(db, source, batch, hashes).then((r) => {
      up.inserted.push(...r.inserted);
      up.updated.push(...r.updated);
      up.unchanged += r.unchanged;
    });
    // Handled where it is awaited (the next write or the end); meanwhile normalizing goes on.
    writing.catch(() => {});
  };
  for (const [i, raw] of todo.entries()) {
    try {
      const result = opts.normalize(raw);
      if ('quarantined' in result) quarantined.push(result.quarantined);
      else {
        // The contract checked once more, under the key the run stores (connectors stamp the same).
        const n = normalizedPosting.safeParse({ ...result, source });
        if (n.success) pending.push(n.data);
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
    if (pipelined && pending.length >= UPSERT_BATCH) await write();
    // Lets the database driver read the running write's answer and send its next statement.
    if (pipelined && i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
  }
  if (pending.length) await write();
  await writing;
  const stored = await finishStore(db, source, up, {
    complete: opts.complete,
    ...(opts.onJobsChanged ? { onJobsChanged: opts.onJobsChanged } : {}),
    seenExternalIds: [...hashes.keys(), ...(opts.quarantinedIds ?? [])],
    skippedUnchanged: new Set([...skip]).size,
  });
  return { ...stored, quarantined };
}
