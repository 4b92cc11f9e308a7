ALTER TABLE "users" ADD COLUMN "skill_score" numeric(5, 2) DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "skill_score_calculated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_skill_score_range" CHECK ("users"."skill_score" BETWEEN 0 AND 100);