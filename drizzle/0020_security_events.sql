CREATE TABLE "security_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"type" varchar(32) NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_address" varchar(64),
	CONSTRAINT "security_events_type_known" CHECK ("type" IN ('sign_in', 'sign_in_failed', 'mfa_enabled', 'mfa_disabled', 'recovery_code_used', 'password_changed', 'password_reset', 'email_verified', 'data_exported', 'session_ended', 'sessions_ended'))
);
--> statement-breakpoint
ALTER TABLE "security_events" ADD CONSTRAINT "security_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_security_events_user" ON "security_events" USING btree ("user_id","occurred_at" DESC NULLS LAST,"id" DESC NULLS LAST);