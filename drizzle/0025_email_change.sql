-- Email change: a one-use link to the new address carries it (account_tokens.new_email).
ALTER TABLE "account_tokens" DROP CONSTRAINT "account_tokens_purpose_known";--> statement-breakpoint
ALTER TABLE "security_events" DROP CONSTRAINT "security_events_type_known";--> statement-breakpoint
ALTER TABLE "account_tokens" ADD COLUMN "new_email" varchar(255);--> statement-breakpoint
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_change_has_address" CHECK (("account_tokens"."purpose" = 'change_email') = ("account_tokens"."new_email" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_purpose_known" CHECK ("account_tokens"."purpose" IN ('verify_email', 'reset_password', 'change_email'));--> statement-breakpoint
ALTER TABLE "security_events" ADD CONSTRAINT "security_events_type_known" CHECK ("type" IN ('sign_in', 'sign_in_failed', 'mfa_enabled', 'mfa_disabled', 'recovery_code_used', 'password_changed', 'password_reset', 'email_verified', 'email_changed', 'data_exported', 'session_ended', 'sessions_ended'));