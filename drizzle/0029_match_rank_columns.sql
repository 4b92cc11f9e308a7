-- One ALTER, so the table is rewritten once, not once per column.
ALTER TABLE "job_match_scores"
  ADD COLUMN "rank_basis" text GENERATED ALWAYS AS (match_factors->>'basis') STORED,
  ADD COLUMN "rank_band" text GENERATED ALWAYS AS (match_factors->'explanation'->>'band') STORED,
  ADD COLUMN "rank_composite" double precision GENERATED ALWAYS AS ((match_factors->'explanation'->>'composite')::float8) STORED,
  ADD COLUMN "rank_degraded" boolean GENERATED ALWAYS AS ((match_factors->>'degraded')::boolean) STORED,
  ADD COLUMN "rank_partial" boolean GENERATED ALWAYS AS ((match_factors->'explanation'->>'degraded')::boolean) STORED;
