CREATE TABLE "job_embeddings" (
	"job_id" uuid PRIMARY KEY NOT NULL,
	"model" varchar(100) NOT NULL,
	"dimensions" integer NOT NULL,
	"embedding" real[] NOT NULL,
	"content_hash" varchar(64) NOT NULL,
	"embedded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_embeddings_dimensions" CHECK ("job_embeddings"."dimensions" > 0 AND cardinality("job_embeddings"."embedding") = "job_embeddings"."dimensions")
);
--> statement-breakpoint
CREATE TABLE "profile_embeddings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"model" varchar(100) NOT NULL,
	"dimensions" integer NOT NULL,
	"embedding" real[] NOT NULL,
	"content_hash" varchar(64) NOT NULL,
	"embedded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profile_embeddings_dimensions" CHECK ("profile_embeddings"."dimensions" > 0 AND cardinality("profile_embeddings"."embedding") = "profile_embeddings"."dimensions")
);
--> statement-breakpoint
CREATE TABLE "profile_occupations" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"occupation_code" varchar(10),
	"occupations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"inferred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "occupation_code" varchar(10);--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "occupations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "job_embeddings" ADD CONSTRAINT "job_embeddings_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_embeddings" ADD CONSTRAINT "profile_embeddings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "profile_occupations" ADD CONSTRAINT "profile_occupations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_job_embeddings_model" ON "job_embeddings" USING btree ("model");--> statement-breakpoint
CREATE INDEX "idx_jobs_occupation_code" ON "jobs" USING btree ("occupation_code");