/** A seeker's profile vector in profile_embeddings, re-embedded only when its text or model changed. */
import { embed } from 'ai';
import { eq } from 'drizzle-orm';
import type { EmbeddingChoice } from './embedding-choice';
import type { DbOrTx } from '@/server/db';
import { profileEmbeddings } from '@/server/db/schema';
import { profileText } from '../load-match-inputs';
import type { ProfileForMatching } from '../types';
import { contentHash } from './content-hash';

/** Null when the profile has nothing to embed yet (no headline, experience or skills). */
export async function profileVector(
  db: DbOrTx,
  profile: ProfileForMatching,
  embedding: EmbeddingChoice,
): Promise<number[] | null> {
  const text = profileText(profile).text;
  if (!text.trim()) return null;
  const hash = contentHash(embedding.id, text);
  const [stored] = await db
    .select({
      model: profileEmbeddings.model,
      hash: profileEmbeddings.contentHash,
      vector: profileEmbeddings.embedding,
    })
    .from(profileEmbeddings)
    .where(eq(profileEmbeddings.userId, profile.userId))
    .limit(1);
  if (stored && stored.model === embedding.id && stored.hash === hash) return stored.vector;

  const { embedding: vector } = await embed({ model: embedding.model, value: text, maxRetries: 2 });
  const row = {
    userId: profile.userId,
    model: embedding.id,
    dimensions: embedding.dimensions,
    embedding: vector,
    contentHash: hash,
    embeddedAt: new Date(),
  };
  await db
    .insert(profileEmbeddings)
    .values(row)
    .onConflictDoUpdate({
      target: profileEmbeddings.userId,
      set: {
        model: row.model,
        dimensions: row.dimensions,
        embedding: row.embedding,
        contentHash: hash,
        embeddedAt: row.embeddedAt,
      },
    });
  return vector;
}
