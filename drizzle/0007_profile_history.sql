CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'year', 'unknown');--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" varchar(200) NOT NULL,
	"issuer" varchar(200),
	"issued_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certifications_name_not_empty" CHECK (length(trim("certifications"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" varchar(200) NOT NULL,
	"description" text,
	"url" varchar(500),
	"start_date" date,
	"end_date" date,
	"highlights" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_name_not_empty" CHECK (length(trim("projects"."name")) > 0),
	CONSTRAINT "projects_dates_ordered" CHECK ("projects"."start_date" IS NULL OR "projects"."end_date" IS NULL OR "projects"."end_date" >= "projects"."start_date")
);
--> statement-breakpoint
ALTER TABLE "education" DROP CONSTRAINT "education_institution_not_empty";--> statement-breakpoint
ALTER TABLE "education" DROP CONSTRAINT "education_degree_not_empty";--> statement-breakpoint
ALTER TABLE "experience" DROP CONSTRAINT "experience_title_not_empty";--> statement-breakpoint
ALTER TABLE "experience" DROP CONSTRAINT "experience_company_not_empty";--> statement-breakpoint
ALTER TABLE "education" ALTER COLUMN "institution" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "education" ALTER COLUMN "degree" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "experience" ALTER COLUMN "title" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "experience" ALTER COLUMN "company" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "experience" ALTER COLUMN "start_date" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "summary" text;--> statement-breakpoint
ALTER TABLE "experience" ADD COLUMN "start_precision" date_precision DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "experience" ADD COLUMN "end_precision" date_precision DEFAULT 'day' NOT NULL;--> statement-breakpoint
ALTER TABLE "experience" ADD COLUMN "duration_months" integer;--> statement-breakpoint
ALTER TABLE "preferences" ADD COLUMN "target_occupations" varchar(10)[] DEFAULT '{}'::varchar[] NOT NULL;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_certifications_user" ON "certifications" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_projects_user" ON "projects" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_summary_length" CHECK ("users"."summary" IS NULL OR length("users"."summary") <= 5000);--> statement-breakpoint
ALTER TABLE "education" ADD CONSTRAINT "education_institution_not_blank" CHECK ("education"."institution" IS NULL OR length(trim("education"."institution")) > 0);--> statement-breakpoint
ALTER TABLE "education" ADD CONSTRAINT "education_degree_not_blank" CHECK ("education"."degree" IS NULL OR length(trim("education"."degree")) > 0);--> statement-breakpoint
ALTER TABLE "education" ADD CONSTRAINT "education_has_content" CHECK ("education"."institution" IS NOT NULL OR "education"."degree" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "experience" ADD CONSTRAINT "experience_title_not_blank" CHECK ("experience"."title" IS NULL OR length(trim("experience"."title")) > 0);--> statement-breakpoint
ALTER TABLE "experience" ADD CONSTRAINT "experience_company_not_blank" CHECK ("experience"."company" IS NULL OR length(trim("experience"."company")) > 0);--> statement-breakpoint
ALTER TABLE "experience" ADD CONSTRAINT "experience_has_content" CHECK ("experience"."title" IS NOT NULL OR "experience"."company" IS NOT NULL OR length(trim(coalesce("experience"."description", ''))) > 0 OR cardinality("experience"."achievements") > 0);--> statement-breakpoint
ALTER TABLE "experience" ADD CONSTRAINT "experience_duration_range" CHECK ("experience"."duration_months" IS NULL OR "experience"."duration_months" BETWEEN 0 AND 720);