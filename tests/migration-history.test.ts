/**
 * Migrations 0007-0009 on a database that already holds profiles, as the earlier schema wrote
 * them: nothing is lost, and stored dates get the precision they had (day 01: the month-level
 * convention; any other day: a typed day; none: unknown). Migration 0029 on stored match scores:
 * the rank columns PostgreSQL keeps from their JSON are filled for the rows already there.
 * Migration 0032 on stored jobs: their search vectors are rebuilt with "C#", "C++", ".NET" apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { vector } from '@electric-sql/pglite-pgvector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DIR = path.join(import.meta.dirname, '..', 'drizzle');
const journal = JSON.parse(readFileSync(path.join(DIR, 'meta', '_journal.json'), 'utf8')) as {
  entries: { idx: number; tag: string }[];
};

async function applyMigrations(db: PGlite, from: number, to: number): Promise<void> {
  for (const e of journal.entries.filter((x) => x.idx >= from && x.idx <= to)) {
    for (const statement of readFileSync(path.join(DIR, `${e.tag}.sql`), 'utf8').split('--> statement-breakpoint')) {
      if (statement.trim()) await db.exec(statement);
    }
  }
}

describe('profile history migrations on existing data', () => {
  let db: PGlite;
  const apply = (from: number, to: number) => applyMigrations(db, from, to);

  beforeAll(async () => {
    db = await PGlite.create('memory://', { extensions: { vector, pg_trgm } });
    await db.exec('CREATE EXTENSION IF NOT EXISTS vector; CREATE EXTENSION IF NOT EXISTS pg_trgm;');
    await apply(0, 6);
    await db.exec(
      `INSERT INTO users (email, password_hash, first_name, last_name) VALUES ('a@example.com', 'x', 'A', 'B')`,
    );
    await db.exec(`
      INSERT INTO experience (user_id, title, company, start_date, end_date, is_current)
        SELECT id, 'Developer', 'Acme', '2019-03-01', NULL, true FROM users;
      INSERT INTO experience (user_id, title, company, start_date, end_date)
        SELECT id, 'Analyst', 'Beta', '2016-05-14', '2018-12-01' FROM users;
      INSERT INTO education (user_id, institution, degree) SELECT id, 'State University', 'BSc' FROM users;`);
    await apply(7, Number.MAX_SAFE_INTEGER);
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it('keeps every row and gives stored dates their precision', async () => {
    const roles = await db.query(
      `SELECT company, title, start_precision, end_precision, duration_months FROM experience ORDER BY company`,
    );
    expect(roles.rows).toEqual([
      {
        company: 'Acme',
        title: 'Developer',
        start_precision: 'month',
        end_precision: 'unknown',
        duration_months: null,
      },
      { company: 'Beta', title: 'Analyst', start_precision: 'day', end_precision: 'month', duration_months: null },
    ]);
    expect((await db.query(`SELECT institution, degree FROM education`)).rows).toEqual([
      { institution: 'State University', degree: 'BSc' },
    ]);
  });

  it('accepts the rows the new schema allows', async () => {
    await db.exec(`INSERT INTO experience (user_id, company) SELECT id, 'Harbor Works' FROM users`);
    await db.exec(`INSERT INTO education (user_id, degree) SELECT id, 'B.E.' FROM users`);
    const rows = await db.query(`SELECT company FROM experience WHERE title IS NULL`);
    expect(rows.rows).toEqual([{ company: 'Harbor Works' }]);
  });
});

describe('match rank columns on existing scores (migration 0029)', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create('memory://', { extensions: { vector, pg_trgm } });
    await db.exec('CREATE EXTENSION IF NOT EXISTS vector; CREATE EXTENSION IF NOT EXISTS pg_trgm;');
    await applyMigrations(db, 0, 28);
    await db.exec(`
      INSERT INTO users (email, password_hash, first_name, last_name) VALUES ('a@example.com', 'x', 'A', 'B');
      INSERT INTO jobs (title, company_name, description, location, external_id, job_type, remote_type)
        VALUES ('Nurse', 'Clinic', 'Care', 'Austin, TX', 'x1', 'full-time', 'onsite'),
               ('Welder', 'Works', 'Weld', 'Austin, TX', 'x2', 'full-time', 'onsite');
      INSERT INTO job_match_scores (user_id, job_id, semantic_score, traditional_score, composite_score, match_factors)
        SELECT u.id, j.id, 0.5, 0.5, 0.5,
          CASE j.title WHEN 'Nurse'
            THEN '{"basis": "b1", "degraded": false, "explanation": {"band": "Strong", "composite": 0.81234567, "degraded": true}}'::jsonb
            ELSE '{"seeded": true}'::jsonb END
        FROM users u, jobs j;`);
    await applyMigrations(db, 29, Number.MAX_SAFE_INTEGER);
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it('fills them from the stored JSON, exactly, and leaves them empty where it says nothing', async () => {
    const rows = await db.query(
      `SELECT j.title, rank_basis, rank_band, rank_composite, rank_degraded, rank_partial
       FROM job_match_scores s JOIN jobs j ON j.id = s.job_id ORDER BY j.title`,
    );
    expect(rows.rows).toEqual([
      {
        title: 'Nurse',
        rank_basis: 'b1',
        rank_band: 'Strong',
        rank_composite: 0.81234567,
        rank_degraded: false,
        rank_partial: true,
      },
      {
        title: 'Welder',
        rank_basis: null,
        rank_band: null,
        rank_composite: null,
        rank_degraded: null,
        rank_partial: null,
      },
    ]);
  });
});

describe('language names in the search vectors of existing jobs (migration 0032)', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create('memory://', { extensions: { vector, pg_trgm } });
    await db.exec('CREATE EXTENSION IF NOT EXISTS vector; CREATE EXTENSION IF NOT EXISTS pg_trgm;');
    await applyMigrations(db, 0, 31);
    await db.exec(`
      INSERT INTO jobs (title, company_name, description, location, external_id, job_type, remote_type)
        VALUES ('C# Developer', 'Initech', 'Services on .NET 8', 'Austin, TX', 'x1', 'full-time', 'onsite'),
               ('C++ Engineer', 'Globex', 'Low-latency trading', 'Austin, TX', 'x2', 'full-time', 'onsite');`);
    await applyMigrations(db, 32, Number.MAX_SAFE_INTEGER);
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it('re-reads every stored job, keeps its indexes and the inline search vector', async () => {
    const found = async (vector: string, query: string) =>
      (
        await db.query<{ title: string }>(
          `SELECT title FROM jobs WHERE ${vector} @@ to_tsquery('english', $1) ORDER BY title`,
          [query],
        )
      ).rows.map((r) => r.title);
    expect(await found('search_vector', 'csharp')).toEqual(['C# Developer']);
    expect(await found('title_vector', 'cplusplus')).toEqual(['C++ Engineer']);
    expect(await found('search_vector', 'dotnet')).toEqual(['C# Developer']);
    const indexes = await db.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'jobs' AND indexdef LIKE '%_vector%' ORDER BY indexname`,
    );
    expect(indexes.rows.map((r) => r.indexname)).toEqual([
      'idx_jobs_open_newest_covering',
      'idx_jobs_open_title_vector',
      'idx_jobs_sample_search_vector',
      'idx_jobs_search_vector',
    ]);
    const storage = await db.query<{ attstorage: string }>(
      `SELECT attstorage FROM pg_attribute WHERE attrelid = 'jobs'::regclass AND attname = 'search_vector'`,
    );
    expect(storage.rows).toEqual([{ attstorage: 'm' }]);
  });
});
