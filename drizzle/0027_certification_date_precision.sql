ALTER TABLE "certifications" ADD COLUMN "issued_on_precision" date_precision DEFAULT 'month' NOT NULL;--> statement-breakpoint
-- A certification with no date has no precision.
UPDATE "certifications" SET "issued_on_precision" = 'unknown' WHERE "issued_on" IS NULL;
