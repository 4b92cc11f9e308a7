-- job_embeddings.remote_type: a copy of jobs.remote_type for pgvector's partial index on remote
-- jobs (an index cannot look into another table). Triggers keep it; the app never writes it.
ALTER TABLE "job_embeddings" ADD COLUMN "remote_type" "remote_type";--> statement-breakpoint
CREATE OR REPLACE FUNCTION job_embeddings_copy_remote_type() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.remote_type := (SELECT j.remote_type FROM jobs j WHERE j.id = NEW.job_id);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER job_embeddings_remote_type BEFORE INSERT OR UPDATE ON "job_embeddings"
  FOR EACH ROW EXECUTE FUNCTION job_embeddings_copy_remote_type();--> statement-breakpoint
CREATE OR REPLACE FUNCTION jobs_sync_embedding_remote_type() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE job_embeddings SET remote_type = NEW.remote_type WHERE job_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER jobs_embedding_remote_type AFTER UPDATE OF remote_type ON "jobs"
  FOR EACH ROW WHEN (OLD.remote_type IS DISTINCT FROM NEW.remote_type)
  EXECUTE FUNCTION jobs_sync_embedding_remote_type();--> statement-breakpoint
UPDATE "job_embeddings" e SET remote_type = j.remote_type FROM "jobs" j WHERE j.id = e.job_id;
