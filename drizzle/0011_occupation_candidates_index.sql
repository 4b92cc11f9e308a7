-- Written by hand: drizzle cannot express INCLUDE (see the comment in src/server/db/schema/jobs.ts).
-- matching.forMe adds the newest open jobs of the seeker's occupations to its candidates
-- (structured-candidates.ts). At 200,000 jobs that query walked idx_jobs_occupation_code and read
-- every matching row from the table (60-900 ms cold); with the posted date in the key and the
-- filter columns and id included it is an index-only scan of a few hundred entries (~1 ms).
CREATE INDEX IF NOT EXISTS "idx_jobs_open_occupation_newest" ON "jobs" USING btree ("occupation_code", "posted_at" DESC NULLS FIRST) INCLUDE ("id", "job_type", "remote_type", "salary_annual_usd", "location") WHERE "jobs"."status" = 'open';
