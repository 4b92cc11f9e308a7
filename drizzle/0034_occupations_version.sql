-- Stored occupation readings name the reading version that made them
-- (matching/occupations/reading-version.ts); 0: made before versions, re-read by the backfill.
-- A constant default: no table rewrite.
ALTER TABLE "jobs" ADD COLUMN "occupations_version" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "profile_occupations" ADD COLUMN "occupations_version" smallint DEFAULT 0 NOT NULL;