ALTER TABLE "experience" ALTER COLUMN "start_precision" SET DEFAULT 'month';--> statement-breakpoint
ALTER TABLE "experience" ALTER COLUMN "end_precision" SET DEFAULT 'month';--> statement-breakpoint
-- Rows from before precision was kept: an absent date has none; day 01 was the month-level
-- convention (the seed, imports); any other day was typed as a day.
UPDATE "experience" SET
  "start_precision" = CASE WHEN "start_date" IS NULL THEN 'unknown'::date_precision
    WHEN extract(day FROM "start_date") = 1 THEN 'month'::date_precision ELSE 'day'::date_precision END,
  "end_precision" = CASE WHEN "end_date" IS NULL THEN 'unknown'::date_precision
    WHEN extract(day FROM "end_date") = 1 THEN 'month'::date_precision ELSE 'day'::date_precision END
WHERE "start_precision" = 'day' AND "end_precision" = 'day';
