/**
 * The embedding model every vector is made with: OpenAI text-embedding-3-small (at 512
 * dimensions) when OPENAI_API_KEY is set, otherwise the offline O*NET LSA model. Both are AI SDK
 * embedding models, used through `embed`/`embedMany`. The id names model and dimension: it is
 * stored with each vector, so switching models re-embeds instead of mixing vector spaces.
 */
import { createOpenAI } from '@ai-sdk/openai';
import type { EmbeddingModelV3 } from '@ai-sdk/provider';
import { env } from '@/env';
import {
  createOfflineEmbeddingModel,
  OFFLINE_EMBEDDING_DIMENSIONS,
  OFFLINE_EMBEDDING_MODEL_ID,
} from './offline-embedding-model';

export interface EmbeddingChoice {
  model: EmbeddingModelV3;
  id: string;
  dimensions: number;
}

const OPENAI_MODEL = 'text-embedding-3-small';
const OPENAI_DIMENSIONS = 512;

let choice: EmbeddingChoice | undefined;

export function getEmbeddingModel(): EmbeddingChoice {
  if (choice) return choice;
  if (env.OPENAI_API_KEY) {
    const openai = createOpenAI({ apiKey: env.OPENAI_API_KEY });
    const base = openai.embedding(OPENAI_MODEL);
    // text-embedding-3 models shorten natively; the dimension is a call option of the provider.
    const model: EmbeddingModelV3 = {
      ...base,
      specificationVersion: base.specificationVersion,
      provider: base.provider,
      modelId: base.modelId,
      maxEmbeddingsPerCall: base.maxEmbeddingsPerCall,
      supportsParallelCalls: base.supportsParallelCalls,
      doEmbed: (options) =>
        base.doEmbed({
          ...options,
          providerOptions: { ...options.providerOptions, openai: { dimensions: OPENAI_DIMENSIONS } },
        }),
    };
    choice = { model, id: `openai/${OPENAI_MODEL}@${OPENAI_DIMENSIONS}`, dimensions: OPENAI_DIMENSIONS };
  } else {
    choice = {
      model: createOfflineEmbeddingModel(),
      id: OFFLINE_EMBEDDING_MODEL_ID,
      dimensions: OFFLINE_EMBEDDING_DIMENSIONS,
    };
  }
  return choice;
}
