-- "C#", "C++" and "C" were all the word "c" in the search vectors (and ".NET" was "net"), so a
-- search for C# listed every C and C++ job. job_search_text rewrites these names into words of
-- their own before the English parser reads the text; the keywords get the same rewrite in
-- services/jobs/search/search-words.ts. Each rule runs only when its cheap test (strpos, one
-- regex) finds a candidate: on 5,000 descriptions of 6 kB the unguarded rules added 0.13 ms a job
-- to the 0.46 ms to_tsvector costs, the guards 0.03 ms.
CREATE OR REPLACE FUNCTION job_search_text(t text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
  IF strpos(t, '#') > 0 THEN
    t := regexp_replace(t, '(^|[^[:alnum:]_])([cCfF])#', '\1 \2sharp ', 'g');
  END IF;
  IF strpos(t, '++') > 0 THEN
    t := regexp_replace(t, '(^|[^[:alnum:]_])([cC])\+\+', '\1 \2plusplus ', 'g');
  END IF;
  IF t ~ '\.[nN][eE][tT]' THEN
    t := regexp_replace(t, '(^|[^[:alnum:]_])\.([nN][eE][tT])(?![[:alnum:]_])', '\1 dot\2 ', 'g');
    -- ASP.NET, VB.NET and ADO.NET are .NET too: a search for .NET finds them.
    t := regexp_replace(t, '(^|[^[:alnum:]_])(asp|vb|ado)\.net(?![[:alnum:]_])', '\1\2.net dotnet ', 'gi');
  END IF;
  RETURN t;
END
$$;--> statement-breakpoint
-- A generated column's expression cannot be changed in place before PostgreSQL 17: both vectors
-- are dropped (their indexes with them) and added back, which rewrites the table once. The
-- search vector stays inline (STORAGE MAIN, migration 0002), set in the same statement so the
-- rewrite already stores it that way.
ALTER TABLE "jobs" DROP COLUMN "search_vector", DROP COLUMN "title_vector";--> statement-breakpoint
ALTER TABLE "jobs"
  ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', job_search_text(coalesce("jobs"."title", ''))), 'A') || setweight(to_tsvector('english', job_search_text(coalesce("jobs"."company_name", ''))), 'B') || setweight(to_tsvector('english', job_search_text(coalesce("jobs"."description", ''))), 'C')) STORED,
  ADD COLUMN "title_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', job_search_text(coalesce("jobs"."title", ''))), 'A') || setweight(to_tsvector('english', job_search_text(coalesce("jobs"."company_name", ''))), 'B')) STORED,
  ALTER COLUMN "search_vector" SET STORAGE MAIN;--> statement-breakpoint
CREATE INDEX "idx_jobs_search_vector" ON "jobs" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "idx_jobs_open_title_vector" ON "jobs" USING gin ("title_vector") WHERE "jobs"."status" = 'open';--> statement-breakpoint
CREATE INDEX "idx_jobs_sample_search_vector" ON "jobs" USING gin ("search_vector") WHERE "jobs"."status" = 'open' AND "jobs"."id" < '02000000-0000-0000-0000-000000000000'::uuid;--> statement-breakpoint
CREATE INDEX "idx_jobs_open_newest_covering" ON "jobs" USING btree ("posted_at" DESC NULLS FIRST, "id" DESC NULLS FIRST) INCLUDE ("title_vector", "job_type", "remote_type", "salary_annual_usd", "location") WHERE "jobs"."status" = 'open' AND "jobs"."duplicate_of" IS NULL;
