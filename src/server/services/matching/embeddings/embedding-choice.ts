import type { EmbeddingModelV3 } from '@ai-sdk/provider';

/** The configured embedding model (OpenAI or the offline one) and what every vector records of it. */
export interface EmbeddingChoice {
  model: EmbeddingModelV3;
  /** Stored with each vector; differs per model and dimension. */
  id: string;
  dimensions: number;
}
