/**
 * The offline embedding model: an AI SDK v6 EmbeddingModelV3, so `embed`/`embedMany` from `ai` use
 * it exactly like OpenAI's. LSA over the O*NET occupation texts (src/server/services/matching/text/
 * lsa.ts), 256 dimensions, unit-length vectors (cosine = dot product). The artifact is built by
 * scripts/build-embedding-model.ts into data/models/ (~2 MB) and loaded on the first call.
 * Contains O*NET 29.2 data, CC BY 4.0 (see data/onet/ATTRIBUTION.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EmbeddingModelV3, EmbeddingModelV3CallOptions, EmbeddingModelV3Result } from '@ai-sdk/provider';
import { processWide } from '@/server/process-wide';
import { decodeLsaModel, embedText, type LsaModel } from '@/server/services/matching/text/lsa';

export const OFFLINE_EMBEDDING_DIMENSIONS = 256;
/** Bump the version whenever the artifact is rebuilt differently: stored vectors carry this id. */
export const OFFLINE_EMBEDDING_MODEL_ID = 'onet-lsa-256-v1';
export const OFFLINE_EMBEDDING_MODEL_FILE = path.join(process.cwd(), 'data', 'models', 'onet-lsa-256.bin.gz');
export const OFFLINE_EMBEDDING_PROVIDER = 'givemejobs';

function loadModel(file: string): LsaModel {
  const { model, meta } = decodeLsaModel(readFileSync(/* turbopackIgnore: true */ file));
  if (meta.modelId !== OFFLINE_EMBEDDING_MODEL_ID || model.dims !== OFFLINE_EMBEDDING_DIMENSIONS) {
    throw new Error(
      `${file} holds ${String(meta.modelId)} (${model.dims} dims), expected ${OFFLINE_EMBEDDING_MODEL_ID}: ` +
        'run `npx tsx scripts/build-embedding-model.ts`.',
    );
  }
  return model;
}

/** The shipped model, loaded once per process (process-wide.ts): ~9 MB of floats. */
const shippedModel = processWide('offline-embedding-model', () => loadModel(OFFLINE_EMBEDDING_MODEL_FILE));

/**
 * A text with no word the model knows (empty, or only names and numbers) has no direction of its
 * own; it gets this fixed unit vector, so every stored vector is unit length and cosine stays defined.
 */
function fallbackVector(dims: number): number[] {
  return Array.from({ length: dims }, (_, i) => (i === 0 ? 1 : 0));
}

export class OfflineEmbeddingModel implements EmbeddingModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = OFFLINE_EMBEDDING_PROVIDER;
  readonly modelId = OFFLINE_EMBEDDING_MODEL_ID;
  /** No API limit; batches keep one call from holding the event loop for long (~0.1 ms a text). */
  readonly maxEmbeddingsPerCall = 512;
  readonly supportsParallelCalls = true;

  private own: LsaModel | undefined;

  constructor(private readonly file: string = OFFLINE_EMBEDDING_MODEL_FILE) {}

  /** Loaded on first use; every instance on the default file shares one copy (~9 MB of floats). */
  private model(): LsaModel {
    if (this.file === OFFLINE_EMBEDDING_MODEL_FILE) return shippedModel();
    return (this.own ??= loadModel(this.file));
  }

  doEmbed(options: EmbeddingModelV3CallOptions): PromiseLike<EmbeddingModelV3Result> {
    try {
      options.abortSignal?.throwIfAborted();
      const model = this.model();
      const embeddings = options.values.map((text) => {
        const v = embedText(model, text);
        return v.some((x) => x !== 0) ? Array.from(v) : fallbackVector(model.dims);
      });
      return Promise.resolve({ embeddings, warnings: [] });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

export function createOfflineEmbeddingModel(): OfflineEmbeddingModel {
  return new OfflineEmbeddingModel();
}
