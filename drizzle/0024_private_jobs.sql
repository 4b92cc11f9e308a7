-- Jobs a seeker adds to their board by hand: status 'private', owned, listed nowhere. The new enum
-- value is only compared as text here: a value added in a transaction cannot be used in it, and
-- the migrator runs every pending migration in one transaction.
ALTER TYPE "public"."job_status" ADD VALUE 'private';--> statement-breakpoint
ALTER TABLE "jobs" DROP CONSTRAINT "jobs_description_not_empty";--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_jobs_owner" ON "jobs" USING btree ("owner_id") WHERE "jobs"."owner_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_private_has_owner" CHECK (("jobs"."status"::text = 'private') = ("jobs"."owner_id" IS NOT NULL) AND ("jobs"."owner_id" IS NULL OR "jobs"."company_id" IS NULL));--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_description_not_empty" CHECK (length(trim("jobs"."description")) > 0 OR "jobs"."status"::text = 'private');