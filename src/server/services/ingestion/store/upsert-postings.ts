/**
 * Writes normalized postings to jobs, keyed on (source, external_id), so that a replay of the same
 * feed writes nothing at all: each batch first reads the stored content hashes (an index read) and
 * only new, changed or reopened postings reach the INSERT. The INSERT's ON CONFLICT ... WHERE
 * content_hash IS DISTINCT FROM keeps that true when two runs of one source race.
 */
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/server/db';
import { rowsOf } from '@/server/db/rows';
import type { NormalizedPosting } from '../normalized-posting';
import { dedupeKeyOf } from './dedupe-key';

/** Postings per statement: one JSON parameter each, well under PostgreSQL's limits. */
export const UPSERT_BATCH = 1000;

export interface UpsertResult {
  /** Job ids of rows created. */
  inserted: string[];
  /** Job ids of rows whose content changed, or that were closed and are open again. */
  updated: string[];
  unchanged: number;
}

interface StoredState {
  external_id: string;
  content_hash: string | null;
  status: string;
}

function rowOf(p: NormalizedPosting, rawHashes: ReadonlyMap<string, string> | undefined) {
  return {
    raw_hash: rawHashes?.get(p.externalId) ?? null,
    external_id: p.externalId,
    title: p.title,
    company_name: p.companyName,
    description: p.description,
    location: p.location,
    remote_type: p.remoteType,
    job_type: p.jobType,
    salary_min: p.salaryMin,
    salary_max: p.salaryMax,
    salary_currency: p.salaryCurrency,
    salary_period: p.salaryPeriod,
    salary_annual_usd: p.salaryAnnualUsd,
    required_skills: p.requiredSkills,
    required_years: p.requiredYears,
    posted_at: p.postedAt.toISOString(),
    apply_url: p.applyUrl,
    content_hash: p.contentHash,
    city: p.parsedLocation.city,
    region: p.parsedLocation.region,
    country: p.parsedLocation.country,
    dedupe_key: dedupeKeyOf(p.companyName, p.title),
  };
}

/** The last posting of each external id wins: one statement cannot write a row twice. */
function lastPerExternalId(postings: readonly NormalizedPosting[]): NormalizedPosting[] {
  const byId = new Map<string, NormalizedPosting>();
  for (const p of postings) byId.set(p.externalId, p);
  return [...byId.values()];
}

async function storedStates(db: DbOrTx, source: string, ids: string[]): Promise<Map<string, StoredState>> {
  const rows = rowsOf<StoredState>(
    await db.execute(sql`
      SELECT external_id, content_hash, status FROM jobs
      WHERE source = ${source}
        AND external_id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`),
  );
  return new Map(rows.map((r) => [r.external_id, r]));
}

async function writeBatch(
  db: DbOrTx,
  source: string,
  batch: NormalizedPosting[],
  rawHashes: ReadonlyMap<string, string> | undefined,
) {
  const payload = JSON.stringify(batch.map((p) => rowOf(p, rawHashes)));
  return rowsOf<{ id: string; inserted: boolean }>(
    await db.execute(sql`
      INSERT INTO jobs (source, external_id, title, company_name, description, location, remote_type, job_type,
        salary_min, salary_max, salary_currency, salary_period, salary_annual_usd, required_skills, required_years,
        posted_at, apply_url, content_hash, raw_hash, city, region, country, dedupe_key, status, last_seen_at)
      SELECT ${source}, r.external_id, r.title, r.company_name, r.description, r.location,
        r.remote_type::remote_type, r.job_type::job_type, r.salary_min, r.salary_max, r.salary_currency,
        r.salary_period::salary_period, r.salary_annual_usd, r.required_skills, r.required_years, r.posted_at,
        r.apply_url, r.content_hash, r.raw_hash, r.city, r.region, r.country, r.dedupe_key, 'open', now()
      FROM jsonb_to_recordset(${payload}::jsonb) AS r(external_id varchar, title varchar, company_name varchar,
        description text, location varchar, remote_type text, job_type text, salary_min integer, salary_max integer,
        salary_currency varchar, salary_period text, salary_annual_usd integer, required_skills text[],
        required_years numeric, posted_at timestamptz, apply_url varchar, content_hash varchar, raw_hash varchar, city varchar,
        region varchar, country varchar, dedupe_key varchar)
      ON CONFLICT (source, external_id) DO UPDATE SET
        title = EXCLUDED.title, company_name = EXCLUDED.company_name, description = EXCLUDED.description,
        location = EXCLUDED.location, remote_type = EXCLUDED.remote_type, job_type = EXCLUDED.job_type,
        salary_min = EXCLUDED.salary_min, salary_max = EXCLUDED.salary_max,
        salary_currency = EXCLUDED.salary_currency, salary_period = EXCLUDED.salary_period,
        salary_annual_usd = EXCLUDED.salary_annual_usd, required_skills = EXCLUDED.required_skills,
        required_years = EXCLUDED.required_years, posted_at = EXCLUDED.posted_at, apply_url = EXCLUDED.apply_url,
        content_hash = EXCLUDED.content_hash, raw_hash = EXCLUDED.raw_hash, city = EXCLUDED.city, region = EXCLUDED.region,
        country = EXCLUDED.country, dedupe_key = EXCLUDED.dedupe_key, status = 'open',
        last_seen_at = now(), updated_at = now()
      WHERE jobs.content_hash IS DISTINCT FROM EXCLUDED.content_hash OR jobs.status <> 'open'
      RETURNING id, (xmax = 0) AS inserted`),
  );
}

export async function upsertPostings(
  db: DbOrTx,
  source: string,
  postings: readonly NormalizedPosting[],
  /** externalId -> raw hash (unchanged-raw.ts), stored so the next replay can skip normalizing. */
  rawHashes?: ReadonlyMap<string, string>,
): Promise<UpsertResult> {
  const result: UpsertResult = { inserted: [], updated: [], unchanged: 0 };
  const foreign = postings.find((p) => p.source !== source);
  if (foreign) throw new Error(`posting of ${foreign.source} passed to the store of ${source}`);
  const unique = lastPerExternalId(postings);
  for (let i = 0; i < unique.length; i += UPSERT_BATCH) {
    const batch = unique.slice(i, i + UPSERT_BATCH);
    const stored = await storedStates(
      db,
      source,
      batch.map((p) => p.externalId),
    );
    const toWrite = batch.filter((p) => {
      const s = stored.get(p.externalId);
      return !s || s.content_hash !== p.contentHash || s.status !== 'open';
    });
    result.unchanged += batch.length - toWrite.length;
    if (toWrite.length === 0) continue;
    const written = await writeBatch(db, source, toWrite, rawHashes);
    for (const row of written) (row.inserted ? result.inserted : result.updated).push(row.id);
    // A racing run of the same source already wrote this content: the conflict's WHERE skipped it.
    result.unchanged += toWrite.length - written.length;
  }
  return result;
}
