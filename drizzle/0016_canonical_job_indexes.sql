DROP INDEX "idx_jobs_sample_facets";--> statement-breakpoint
CREATE INDEX "idx_jobs_sample_facets" ON "jobs" USING btree ("remote_type","job_type","posted_at","salary_annual_usd","location") WHERE "jobs"."status" = 'open' AND "jobs"."duplicate_of" IS NULL AND "jobs"."id" <= '01ffffff-ffff-ffff-ffff-ffffffffffff'::uuid;--> statement-breakpoint
-- Written by hand (drizzle cannot express INCLUDE): the covering indexes of 0004 and 0011, now
-- over canonical open jobs only. Search and matching filter on status = 'open' AND duplicate_of
-- IS NULL; with that as the index predicate their scans need no table read for it.
DROP INDEX IF EXISTS "idx_jobs_open_newest_covering";--> statement-breakpoint
CREATE INDEX "idx_jobs_open_newest_covering" ON "jobs" USING btree ("posted_at" DESC NULLS FIRST, "id" DESC NULLS FIRST) INCLUDE ("title_vector", "job_type", "remote_type", "salary_annual_usd", "location") WHERE "jobs"."status" = 'open' AND "jobs"."duplicate_of" IS NULL;--> statement-breakpoint
DROP INDEX IF EXISTS "idx_jobs_open_salary_covering";--> statement-breakpoint
CREATE INDEX "idx_jobs_open_salary_covering" ON "jobs" USING btree ("salary_annual_usd" DESC NULLS LAST, "posted_at" DESC NULLS FIRST, "id" DESC NULLS FIRST) INCLUDE ("job_type", "remote_type", "location") WHERE "jobs"."status" = 'open' AND "jobs"."duplicate_of" IS NULL;--> statement-breakpoint
DROP INDEX IF EXISTS "idx_jobs_open_occupation_newest";--> statement-breakpoint
CREATE INDEX "idx_jobs_open_occupation_newest" ON "jobs" USING btree ("occupation_code", "posted_at" DESC NULLS FIRST) INCLUDE ("id", "job_type", "remote_type", "salary_annual_usd", "location") WHERE "jobs"."status" = 'open' AND "jobs"."duplicate_of" IS NULL;
