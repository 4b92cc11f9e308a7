CREATE TABLE "sign_in_throttles" (
	"account" varchar(255) NOT NULL,
	"address" varchar(64) NOT NULL,
	"failures" integer NOT NULL,
	"last_failed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_throttles_pk" PRIMARY KEY("account","address"),
	CONSTRAINT "sign_in_throttles_failures_positive" CHECK ("sign_in_throttles"."failures" > 0)
);
--> statement-breakpoint
CREATE TABLE "sign_in_unlock_tokens" (
	"token_hash" varchar(64) PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dev_mailbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to" varchar(255) NOT NULL,
	"subject" varchar(255) NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "sign_in_unlock_tokens" ADD CONSTRAINT "sign_in_unlock_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_sign_in_throttles_last_failed_at" ON "sign_in_throttles" USING btree ("last_failed_at");--> statement-breakpoint
CREATE INDEX "idx_sign_in_unlock_tokens_user" ON "sign_in_unlock_tokens" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_dev_mailbox_to" ON "dev_mailbox" USING btree ("to","created_at" DESC NULLS LAST);