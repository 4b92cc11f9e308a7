-- Whether an address is confirmed was kept twice: the flag (read by alerts and an index) and the
-- date (read by the account page). Seeded demo accounts had the flag without the date, so the
-- account page said "Not confirmed" while alerts mailed them. Rows with one but not the other take
-- the confirmed reading (the flag was only ever set by a confirmation or the seed), then a check
-- keeps the two together.
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified" AND "email_verified_at" IS NULL;--> statement-breakpoint
UPDATE "users" SET "email_verified" = true WHERE NOT "email_verified" AND "email_verified_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_email_verified_at" CHECK ("users"."email_verified" = ("users"."email_verified_at" IS NOT NULL));
