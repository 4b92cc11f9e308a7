/**
 * Embeds jobs into job_embeddings (the source of truth for every vector index) and returns the
 * vectors that changed, for the index to upsert. A job whose text and model are unchanged is
 * skipped; a vector of another model is replaced, never compared (see schema/embeddings.ts).
 */
import { embedMany } from 'ai';
import { inArray, sql } from 'drizzle-orm';
import type { EmbeddingChoice } from './embedding-choice';
import type { DbOrTx } from '@/server/db';
import { jobEmbeddings } from '@/server/db/schema';
import { jobText, loadJobsForMatching } from '../load-match-inputs';
import { contentHash } from './content-hash';

/** Per embedMany call: OpenAI accepts 2,048 inputs; smaller batches keep memory and retries small. */
const BATCH = 256;

export interface EmbeddedVector {
  id: string;
  vector: number[];
}

/** The text a job is embedded from (and hashed). */
export const jobEmbeddingText = (job: Parameters<typeof jobText>[0]): string => jobText(job).text;

export async function embedJobs(
  db: DbOrTx,
  jobIds: readonly string[],
  embedding: EmbeddingChoice,
): Promise<EmbeddedVector[]> {
  const jobsToEmbed = await loadJobsForMatching(db, jobIds);
  if (jobsToEmbed.length === 0) return [];
  const stored = await db
    .select({ jobId: jobEmbeddings.jobId, model: jobEmbeddings.model, hash: jobEmbeddings.contentHash })
    .from(jobEmbeddings)
    .where(
      inArray(
        jobEmbeddings.jobId,
        jobsToEmbed.map((j) => j.id),
      ),
    );
  const current = new Map(stored.map((r) => [r.jobId, `${r.model}|${r.hash}`]));
  const pending = jobsToEmbed
    .map((job) => {
      const text = jobEmbeddingText(job);
      return { id: job.id, text, hash: contentHash(embedding.id, text) };
    })
    .filter((j) => current.get(j.id) !== `${embedding.id}|${j.hash}`);

  const out: EmbeddedVector[] = [];
  for (let i = 0; i < pending.length; i += BATCH) {
    const batch = pending.slice(i, i + BATCH);
    const { embeddings } = await embedMany({ model: embedding.model, values: batch.map((b) => b.text), maxRetries: 2 });
    const rows = batch.map((b, k) => ({
      jobId: b.id,
      model: embedding.id,
      dimensions: embedding.dimensions,
      embedding: embeddings[k] ?? [],
      contentHash: b.hash,
      embeddedAt: new Date(),
    }));
    await db
      .insert(jobEmbeddings)
      .values(rows)
      .onConflictDoUpdate({
        target: jobEmbeddings.jobId,
        set: {
          model: sql`excluded.model`,
          dimensions: sql`excluded.dimensions`,
          embedding: sql`excluded.embedding`,
          contentHash: sql`excluded.content_hash`,
          embeddedAt: sql`excluded.embedded_at`,
        },
      });
    out.push(...rows.map((r) => ({ id: r.jobId, vector: r.embedding })));
  }
  return out;
}
