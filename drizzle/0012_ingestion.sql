CREATE TABLE "ingest_quarantine" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" varchar(50) NOT NULL,
	"external_id" varchar(200),
	"reason" text NOT NULL,
	"payload" jsonb DEFAULT 'null'::jsonb NOT NULL,
	"run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingest_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid,
	"source_key" varchar(50) NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"status" varchar(20) DEFAULT 'running' NOT NULL,
	"fetched" integer DEFAULT 0 NOT NULL,
	"inserted" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"duplicates_linked" integer DEFAULT 0 NOT NULL,
	"quarantined" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "job_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" varchar(30) NOT NULL,
	"token" varchar(1000) NOT NULL,
	"label" varchar(200) NOT NULL,
	"schedule" varchar(100) NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_run" jsonb,
	"circuit" jsonb
);
--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "content_hash" varchar(64);--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "last_seen_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "city" varchar(100);--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "region" varchar(100);--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "country" varchar(2);--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "dedupe_key" varchar(400);--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "duplicate_of" uuid;--> statement-breakpoint
ALTER TABLE "ingest_quarantine" ADD CONSTRAINT "ingest_quarantine_run_id_ingest_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."ingest_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingest_runs" ADD CONSTRAINT "ingest_runs_source_id_job_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."job_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_ingest_quarantine_run" ON "ingest_quarantine" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "idx_ingest_quarantine_source" ON "ingest_quarantine" USING btree ("source");--> statement-breakpoint
CREATE INDEX "idx_ingest_runs_source_started" ON "ingest_runs" USING btree ("source_id","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_job_sources_type_token" ON "job_sources" USING btree ("type","token");--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_duplicate_of_jobs_id_fk" FOREIGN KEY ("duplicate_of") REFERENCES "public"."jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_jobs_dedupe_key" ON "jobs" USING btree ("dedupe_key") WHERE "jobs"."dedupe_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "idx_jobs_duplicate_of" ON "jobs" USING btree ("duplicate_of") WHERE "jobs"."duplicate_of" IS NOT NULL;