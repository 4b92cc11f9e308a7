ALTER TYPE "public"."alert_frequency" ADD VALUE 'instant' BEFORE 'daily';--> statement-breakpoint
CREATE TABLE "alert_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"saved_search_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"slot" varchar(64) NOT NULL,
	"match_score" real,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_digests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"saved_search_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"slot" varchar(64) NOT NULL,
	"more_count" integer DEFAULT 0 NOT NULL,
	"notification_id" uuid,
	"email_claimed_at" timestamp with time zone,
	"email_sent_at" timestamp with time zone,
	"email_skipped" varchar(40),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "saved_searches" ADD COLUMN "min_match_score" smallint;--> statement-breakpoint
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_saved_search_id_saved_searches_id_fk" FOREIGN KEY ("saved_search_id") REFERENCES "public"."saved_searches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_digests" ADD CONSTRAINT "alert_digests_saved_search_id_saved_searches_id_fk" FOREIGN KEY ("saved_search_id") REFERENCES "public"."saved_searches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_digests" ADD CONSTRAINT "alert_digests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_digests" ADD CONSTRAINT "alert_digests_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alert_deliveries_search_job_unique" ON "alert_deliveries" USING btree ("saved_search_id","job_id");--> statement-breakpoint
CREATE INDEX "idx_alert_deliveries_search_slot" ON "alert_deliveries" USING btree ("saved_search_id","slot");--> statement-breakpoint
CREATE INDEX "idx_alert_deliveries_job" ON "alert_deliveries" USING btree ("job_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alert_digests_search_slot_unique" ON "alert_digests" USING btree ("saved_search_id","slot");--> statement-breakpoint
CREATE INDEX "idx_alert_digests_user" ON "alert_digests" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_min_match_score_range" CHECK ("saved_searches"."min_match_score" IS NULL OR "saved_searches"."min_match_score" BETWEEN 1 AND 100);