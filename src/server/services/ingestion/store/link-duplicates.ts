/**
 * Links cross-source duplicates: a job written by a run is marked duplicate_of the older open job
 * of ANOTHER source with the same employer | title key, the same place and near-identical text
 * (is-duplicate.ts). Search and matching list only jobs with duplicate_of IS NULL, so the posting
 * shows once; its page lists every source. A changed job that no longer matches is unlinked.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { rowsOf } from '@/server/db/rows';
import { isDuplicate, type DuplicateCandidate } from './is-duplicate';
import { shingles } from './text-similarity';

const BATCH = 1000;

interface JobRow {
  id: string;
  source: string;
  dedupe_key: string | null;
  city: string | null;
  country: string | null;
  description: string;
  duplicate_of: string | null;
  created_at: string;
}

export interface LinkResult {
  /** Jobs newly marked as a duplicate of another. */
  linked: number;
  /** Every job whose duplicate_of changed (linked, relinked or unlinked). */
  changed: string[];
}

const json = (v: unknown) => JSON.stringify(v);
const older = (a: JobRow, b: JobRow) => a.created_at < b.created_at || (a.created_at === b.created_at && a.id < b.id);

async function linkBatch(db: DbOrTx, jobIds: readonly string[], result: LinkResult): Promise<void> {
  // Only keys that more than one source uses can hold a cross-source duplicate. Read key by key
  // (idx_jobs_dedupe_key) and then by the keys found: written as one statement with semi-joins and
  // an OR, PostgreSQL read every open job for each batch of 1,000 (a 50,000-job first load spent
  // 20 s here, growing with the square of the load).
  const shared = rowsOf<{ dedupe_key: string }>(
    await db.execute(sql`
      SELECT m.dedupe_key FROM (
        SELECT DISTINCT dedupe_key FROM jobs
        WHERE id IN (SELECT jsonb_array_elements_text(${json(jobIds)}::jsonb)::uuid) AND dedupe_key IS NOT NULL
      ) m
      WHERE (SELECT count(DISTINCT o.source) FROM jobs o WHERE o.dedupe_key = m.dedupe_key AND o.status = 'open') > 1`),
  ).map((r) => r.dedupe_key);
  const columns = sql`id, source, dedupe_key, city, country, description, duplicate_of,
    to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created_at`;
  const rows = rowsOf<JobRow>(
    await db.execute(sql`
      SELECT ${columns} FROM jobs
      WHERE id IN (SELECT jsonb_array_elements_text(${json(jobIds)}::jsonb)::uuid) AND duplicate_of IS NOT NULL
      ${
        shared.length > 0
          ? sql`UNION
      SELECT ${columns} FROM jobs
      WHERE dedupe_key IN (SELECT jsonb_array_elements_text(${json(shared)}::jsonb)) AND status = 'open'`
          : sql``
      }`),
  );
  const mine = new Set(jobIds);
  const byKey = new Map<string, JobRow[]>();
  for (const r of rows) if (r.dedupe_key) byKey.set(r.dedupe_key, [...(byKey.get(r.dedupe_key) ?? []), r]);
  const cache = new Map<string, DuplicateCandidate>();
  const candidate = (r: JobRow) => {
    let c = cache.get(r.id);
    if (!c) cache.set(r.id, (c = { city: r.city, country: r.country, shingles: shingles(r.description) }));
    return c;
  };
  const next = new Map<string, string | null>();
  for (const r of rows.filter((x) => mine.has(x.id)).sort((a, b) => (older(a, b) ? -1 : 1))) {
    const peers = (r.dedupe_key ? byKey.get(r.dedupe_key) : undefined) ?? [];
    const canonical = peers
      .filter(
        (p) => p.source !== r.source && older(p, r) && (next.has(p.id) ? next.get(p.id) : p.duplicate_of) === null,
      )
      .sort((a, b) => (older(a, b) ? -1 : 1))
      .find((p) => isDuplicate(candidate(r), candidate(p)));
    const target = canonical?.id ?? null;
    if (target !== r.duplicate_of) next.set(r.id, target);
    if (target && !r.duplicate_of) result.linked++;
  }
  if (next.size === 0) return;
  const changes = [...next].map(([id, dup]) => ({ id, dup }));
  await db.execute(sql`
    UPDATE jobs SET duplicate_of = v.dup, updated_at = now()
    FROM jsonb_to_recordset(${json(changes)}::jsonb) AS v(id uuid, dup uuid)
    WHERE jobs.id = v.id`);
  // A job that just became a duplicate hands its own duplicates to its canonical: no chains.
  const repointed = rowsOf<{ id: string }>(
    await db.execute(sql`
      UPDATE jobs SET duplicate_of = v.dup, updated_at = now()
      FROM jsonb_to_recordset(${json(changes.filter((c) => c.dup))}::jsonb) AS v(id uuid, dup uuid)
      WHERE jobs.duplicate_of = v.id
      RETURNING jobs.id`),
  );
  result.changed.push(...next.keys(), ...repointed.map((r) => r.id));
}

export async function linkDuplicates(db: DbOrTx, jobIds: readonly string[]): Promise<LinkResult> {
  const result: LinkResult = { linked: 0, changed: [] };
  for (let i = 0; i < jobIds.length; i += BATCH) await linkBatch(db, jobIds.slice(i, i + BATCH), result);
  return result;
}
