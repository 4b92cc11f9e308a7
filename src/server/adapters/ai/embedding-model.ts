/**
 * The embedding model every vector is made with, chosen once per process: OpenAI
 * text-embedding-3-small at 512 dimensions when OPENAI_API_KEY is set (OpenAI's own MTEB figures:
 * 61.6 at 512 against 62.3 at 1536, for a third of the storage), otherwise the offline O*NET LSA
 * model (256 dimensions, no network). Both are AI SDK embedding models, used through
 * `embed`/`embedMany`. The id names model and dimension: it is stored with every vector, so a
 * switch re-embeds instead of comparing vectors of two spaces.
 */
import { createOpenAI, type OpenAIProviderSettings } from '@ai-sdk/openai';
import type { EmbeddingModelV3 } from '@ai-sdk/provider';
import { defaultEmbeddingSettingsMiddleware, wrapEmbeddingModel } from 'ai';
import { env } from '@/env';
import {
  OFFLINE_EMBEDDING_DIMENSIONS,
  OFFLINE_EMBEDDING_MODEL_ID,
  createOfflineEmbeddingModel,
} from './offline-embedding-model';

export interface EmbeddingChoice {
  model: EmbeddingModelV3;
  /** Stored next to every vector; differs per model and dimension. */
  id: string;
  dimensions: number;
}

export const OPENAI_EMBEDDING_MODEL = 'text-embedding-3-small';
export const OPENAI_EMBEDDING_DIMENSIONS = 512;

/** `settings`: extra provider settings (a proxy's baseURL, or a fetch in tests). */
export function openAiEmbeddingChoice(apiKey: string, settings: OpenAIProviderSettings = {}): EmbeddingChoice {
  const model = wrapEmbeddingModel({
    model: createOpenAI({ ...settings, apiKey }).embedding(OPENAI_EMBEDDING_MODEL),
    // text-embedding-3 models shorten natively; the dimension is a provider option of every call.
    middleware: defaultEmbeddingSettingsMiddleware({
      settings: { providerOptions: { openai: { dimensions: OPENAI_EMBEDDING_DIMENSIONS } } },
    }),
  });
  return {
    model,
    id: `openai/${OPENAI_EMBEDDING_MODEL}@${OPENAI_EMBEDDING_DIMENSIONS}`,
    dimensions: OPENAI_EMBEDDING_DIMENSIONS,
  };
}

export function offlineEmbeddingChoice(): EmbeddingChoice {
  return {
    model: createOfflineEmbeddingModel(),
    id: `givemejobs/${OFFLINE_EMBEDDING_MODEL_ID}`,
    dimensions: OFFLINE_EMBEDDING_DIMENSIONS,
  };
}

let choice: EmbeddingChoice | undefined;

export function getEmbeddingModel(): EmbeddingChoice {
  choice ??= env.OPENAI_API_KEY ? openAiEmbeddingChoice(env.OPENAI_API_KEY) : offlineEmbeddingChoice();
  return choice;
}
