CREATE TABLE "document_generation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"application_id" uuid,
	"kind" varchar(20) NOT NULL,
	"template_id" varchar(40) NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" varchar(20) DEFAULT 'queued' NOT NULL,
	"step" varchar(40),
	"steps_done" integer DEFAULT 0 NOT NULL,
	"error" text,
	"version_id" uuid,
	"document_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_generation_requests_status" CHECK ("document_generation_requests"."status" IN ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "document_template_defaults" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"template_id" varchar(40) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "generated_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"job_id" uuid,
	"application_id" uuid,
	"kind" varchar(20) NOT NULL,
	"template_id" varchar(40) NOT NULL,
	"version" integer NOT NULL,
	"parent_document_id" uuid,
	"root_document_id" uuid NOT NULL,
	"status" varchar(20) NOT NULL,
	"content" jsonb NOT NULL,
	"metadata" jsonb NOT NULL,
	"exports" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"idempotency_key" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "generated_documents_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "generated_documents_root_version_unique" UNIQUE("root_document_id","version"),
	CONSTRAINT "generated_documents_kind" CHECK ("generated_documents"."kind" IN ('resume', 'cover_letter')),
	CONSTRAINT "generated_documents_status" CHECK ("generated_documents"."status" IN ('draft', 'generated', 'edited', 'finalized')),
	CONSTRAINT "generated_documents_version_positive" CHECK ("generated_documents"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "document_generation_requests" ADD CONSTRAINT "document_generation_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_generation_requests" ADD CONSTRAINT "document_generation_requests_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_generation_requests" ADD CONSTRAINT "document_generation_requests_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_template_defaults" ADD CONSTRAINT "document_template_defaults_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generated_documents" ADD CONSTRAINT "generated_documents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generated_documents" ADD CONSTRAINT "generated_documents_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "generated_documents" ADD CONSTRAINT "generated_documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_document_generation_requests_user" ON "document_generation_requests" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_generated_documents_user_kind_created" ON "generated_documents" USING btree ("user_id","kind","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_generated_documents_job_kind" ON "generated_documents" USING btree ("job_id","kind");--> statement-breakpoint
CREATE INDEX "idx_generated_documents_status_created" ON "generated_documents" USING btree ("status","created_at" DESC NULLS LAST);