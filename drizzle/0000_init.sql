-- pg_trgm backs the location index; it ships with PostgreSQL and loads in PGlite (connect.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."alert_frequency" AS ENUM('off', 'daily', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."application_status" AS ENUM('saved', 'applied', 'interview_scheduled', 'interview_completed', 'offer_received', 'accepted', 'rejected', 'withdrawn', 'ghosted');--> statement-breakpoint
CREATE TYPE "public"."company_size" AS ENUM('1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."job_type" AS ENUM('full-time', 'part-time', 'contract', 'temporary', 'internship');--> statement-breakpoint
CREATE TYPE "public"."notification_type" AS ENUM('welcome', 'job_alert', 'application_update', 'system');--> statement-breakpoint
CREATE TYPE "public"."remote_type" AS ENUM('onsite', 'hybrid', 'remote');--> statement-breakpoint
CREATE TYPE "public"."salary_period" AS ENUM('hour', 'day', 'week', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."skill_category" AS ENUM('technical', 'soft', 'language', 'certification', 'industry');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('seeker', 'recruiter', 'admin');--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" varchar(255) NOT NULL,
	"password_hash" varchar(255) NOT NULL,
	"first_name" varchar(100) NOT NULL,
	"last_name" varchar(100) NOT NULL,
	"professional_headline" varchar(255),
	"role" "user_role" DEFAULT 'seeker' NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"mfa_enabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login" timestamp with time zone,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_format" CHECK ("users"."email" ~* '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$'),
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_name_not_empty" CHECK (length(trim("users"."first_name")) > 0 AND length(trim("users"."last_name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "education" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"institution" varchar(200) NOT NULL,
	"degree" varchar(200) NOT NULL,
	"field_of_study" varchar(200),
	"start_date" date,
	"end_date" date,
	"grade" varchar(50),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "education_institution_not_empty" CHECK (length(trim("education"."institution")) > 0),
	CONSTRAINT "education_degree_not_empty" CHECK (length(trim("education"."degree")) > 0),
	CONSTRAINT "education_dates_ordered" CHECK ("education"."start_date" IS NULL OR "education"."end_date" IS NULL OR "education"."end_date" >= "education"."start_date")
);
--> statement-breakpoint
CREATE TABLE "experience" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" varchar(200) NOT NULL,
	"company" varchar(200) NOT NULL,
	"location" varchar(200),
	"start_date" date NOT NULL,
	"end_date" date,
	"is_current" boolean DEFAULT false NOT NULL,
	"description" text,
	"achievements" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experience_title_not_empty" CHECK (length(trim("experience"."title")) > 0),
	CONSTRAINT "experience_company_not_empty" CHECK (length(trim("experience"."company")) > 0),
	CONSTRAINT "experience_dates_ordered" CHECK ("experience"."end_date" IS NULL OR "experience"."end_date" >= "experience"."start_date"),
	CONSTRAINT "experience_current_has_no_end" CHECK (NOT ("experience"."is_current" AND "experience"."end_date" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"locations" text[] DEFAULT '{}'::text[] NOT NULL,
	"remote_types" "remote_type"[] DEFAULT '{}' NOT NULL,
	"job_types" "job_type"[] DEFAULT '{}' NOT NULL,
	"salary_min" integer,
	"salary_currency" varchar(3) DEFAULT 'USD' NOT NULL,
	"salary_period" "salary_period" DEFAULT 'year' NOT NULL,
	"career_goals" text,
	"alert_frequency" "alert_frequency" DEFAULT 'weekly' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preferences_salary_nonnegative" CHECK ("preferences"."salary_min" IS NULL OR "preferences"."salary_min" >= 0),
	CONSTRAINT "preferences_currency_format" CHECK ("preferences"."salary_currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"category" "skill_category" NOT NULL,
	"proficiency_level" integer NOT NULL,
	"years_of_experience" numeric(4, 1) DEFAULT 0 NOT NULL,
	"endorsements" integer DEFAULT 0 NOT NULL,
	"last_used" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skills_user_name_category_unique" UNIQUE("user_id","name","category"),
	CONSTRAINT "skills_name_not_empty" CHECK (length(trim("skills"."name")) > 0),
	CONSTRAINT "skills_proficiency_range" CHECK ("skills"."proficiency_level" BETWEEN 1 AND 5),
	CONSTRAINT "skills_years_range" CHECK ("skills"."years_of_experience" BETWEEN 0 AND 50),
	CONSTRAINT "skills_endorsements_nonnegative" CHECK ("skills"."endorsements" >= 0)
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(200) NOT NULL,
	"slug" varchar(220) NOT NULL,
	"website" varchar(500),
	"industry" varchar(120),
	"size" "company_size",
	"headquarters" varchar(200),
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companies_slug_unique" UNIQUE("slug"),
	CONSTRAINT "companies_name_not_empty" CHECK (length(trim("companies"."name")) > 0),
	CONSTRAINT "companies_slug_format" CHECK ("companies"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
CREATE TABLE "company_members" (
	"company_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_members_company_id_user_id_pk" PRIMARY KEY("company_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid,
	"company_name" varchar(200) NOT NULL,
	"posted_by" uuid,
	"title" varchar(200) NOT NULL,
	"description" text NOT NULL,
	"location" varchar(200) NOT NULL,
	"remote_type" "remote_type" NOT NULL,
	"job_type" "job_type" NOT NULL,
	"salary_min" integer,
	"salary_max" integer,
	"salary_currency" varchar(3),
	"salary_period" "salary_period",
	"salary_annual_usd" integer,
	"required_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"required_years" numeric(4, 1) DEFAULT 0 NOT NULL,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" varchar(50) DEFAULT 'direct' NOT NULL,
	"external_id" varchar(200) NOT NULL,
	"apply_url" varchar(1000),
	"status" "job_status" DEFAULT 'open' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("jobs"."title", '')), 'A') || setweight(to_tsvector('english', coalesce("jobs"."company_name", '')), 'B') || setweight(to_tsvector('english', coalesce("jobs"."description", '')), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jobs_source_external_id_unique" UNIQUE("source","external_id"),
	CONSTRAINT "jobs_title_not_empty" CHECK (length(trim("jobs"."title")) > 0),
	CONSTRAINT "jobs_description_not_empty" CHECK (length(trim("jobs"."description")) > 0),
	CONSTRAINT "jobs_company_name_not_empty" CHECK (length(trim("jobs"."company_name")) > 0),
	CONSTRAINT "jobs_salary_range" CHECK (("jobs"."salary_min" IS NULL OR "jobs"."salary_min" >= 0) AND ("jobs"."salary_max" IS NULL OR "jobs"."salary_max" >= 0) AND ("jobs"."salary_min" IS NULL OR "jobs"."salary_max" IS NULL OR "jobs"."salary_max" >= "jobs"."salary_min")),
	CONSTRAINT "jobs_salary_has_currency" CHECK (("jobs"."salary_min" IS NULL AND "jobs"."salary_max" IS NULL) OR ("jobs"."salary_currency" IS NOT NULL AND "jobs"."salary_period" IS NOT NULL)),
	CONSTRAINT "jobs_currency_format" CHECK ("jobs"."salary_currency" IS NULL OR "jobs"."salary_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "jobs_required_years_range" CHECK ("jobs"."required_years" BETWEEN 0 AND 50)
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"from_status" "application_status",
	"to_status" "application_status" NOT NULL,
	"actor_id" uuid,
	"note" text,
	"metadata" jsonb,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_events_status_changes" CHECK ("application_events"."from_status" IS NULL OR "application_events"."from_status" <> "application_events"."to_status")
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"status" "application_status" DEFAULT 'saved' NOT NULL,
	"applied_at" timestamp with time zone,
	"response_at" timestamp with time zone,
	"notes" text,
	"follow_up_date" date,
	"document_version_id" uuid,
	"source" varchar(50),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_user_job_unique" UNIQUE("user_id","job_id"),
	CONSTRAINT "applications_response_after_apply" CHECK ("applications"."response_at" IS NULL OR ("applications"."applied_at" IS NOT NULL AND "applications"."response_at" >= "applications"."applied_at")),
	CONSTRAINT "applications_applied_has_date" CHECK ("applications"."status" IN ('saved') OR "applications"."applied_at" IS NOT NULL OR "applications"."status" = 'withdrawn')
);
--> statement-breakpoint
CREATE TABLE "job_match_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"semantic_score" numeric(5, 4) NOT NULL,
	"traditional_score" numeric(5, 4) NOT NULL,
	"composite_score" numeric(5, 4) NOT NULL,
	"match_factors" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"calculated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_match_scores_user_job_unique" UNIQUE("user_id","job_id"),
	CONSTRAINT "job_match_scores_semantic_range" CHECK ("job_match_scores"."semantic_score" BETWEEN 0 AND 1),
	CONSTRAINT "job_match_scores_traditional_range" CHECK ("job_match_scores"."traditional_score" BETWEEN 0 AND 1),
	CONSTRAINT "job_match_scores_composite_range" CHECK ("job_match_scores"."composite_score" BETWEEN 0 AND 1)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" "notification_type" NOT NULL,
	"title" varchar(200) NOT NULL,
	"body" text NOT NULL,
	"link" varchar(500),
	"dedupe_key" varchar(200),
	"read" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_title_not_empty" CHECK (length(trim("notifications"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" varchar(120) NOT NULL,
	"criteria" jsonb NOT NULL,
	"alert_frequency" "alert_frequency" DEFAULT 'off' NOT NULL,
	"last_alerted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_searches_name_not_empty" CHECK (length(trim("saved_searches"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "user_analytics_cache" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"metrics" jsonb NOT NULL,
	"insights" jsonb,
	"benchmarks" jsonb,
	"calculated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "education" ADD CONSTRAINT "education_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience" ADD CONSTRAINT "experience_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preferences" ADD CONSTRAINT "preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skills" ADD CONSTRAINT "skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_members" ADD CONSTRAINT "company_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_posted_by_users_id_fk" FOREIGN KEY ("posted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_match_scores" ADD CONSTRAINT "job_match_scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_match_scores" ADD CONSTRAINT "job_match_scores_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_analytics_cache" ADD CONSTRAINT "user_analytics_cache_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_users_email_verified" ON "users" USING btree ("email") WHERE "users"."email_verified" = true;--> statement-breakpoint
CREATE INDEX "idx_users_last_login" ON "users" USING btree ("last_login" DESC NULLS LAST) WHERE "users"."last_login" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "idx_users_created_at" ON "users" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_education_user" ON "education" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_experience_user_start" ON "experience" USING btree ("user_id","start_date" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_skills_user_category" ON "skills" USING btree ("user_id","category");--> statement-breakpoint
CREATE INDEX "idx_skills_name_category" ON "skills" USING btree ("name","category");--> statement-breakpoint
CREATE INDEX "idx_skills_proficiency" ON "skills" USING btree ("proficiency_level" DESC NULLS LAST,"years_of_experience" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_companies_industry" ON "companies" USING btree ("industry");--> statement-breakpoint
CREATE INDEX "idx_company_members_user" ON "company_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_jobs_search_vector" ON "jobs" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "idx_jobs_open_posted_at" ON "jobs" USING btree ("posted_at" DESC NULLS LAST) WHERE "jobs"."status" = 'open';--> statement-breakpoint
CREATE INDEX "idx_jobs_company" ON "jobs" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "idx_jobs_salary_annual" ON "jobs" USING btree ("salary_annual_usd");--> statement-breakpoint
CREATE INDEX "idx_jobs_remote_job_type" ON "jobs" USING btree ("remote_type","job_type");--> statement-breakpoint
CREATE INDEX "idx_jobs_location_trgm" ON "jobs" USING gin (lower("location") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "idx_application_events_application" ON "application_events" USING btree ("application_id","occurred_at");--> statement-breakpoint
CREATE INDEX "idx_applications_user_status" ON "applications" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "idx_applications_job_status" ON "applications" USING btree ("job_id","status");--> statement-breakpoint
CREATE INDEX "idx_applications_user_applied" ON "applications" USING btree ("user_id","applied_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_job_match_scores_composite" ON "job_match_scores" USING btree ("user_id","composite_score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_job_match_scores_calculated" ON "job_match_scores" USING btree ("calculated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_notifications_user_unread" ON "notifications" USING btree ("user_id","read","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_user_dedupe_unique" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "idx_saved_searches_user" ON "saved_searches" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "idx_saved_searches_alerts" ON "saved_searches" USING btree ("alert_frequency","last_alerted_at");--> statement-breakpoint
CREATE INDEX "idx_analytics_cache_expires" ON "user_analytics_cache" USING btree ("expires_at");