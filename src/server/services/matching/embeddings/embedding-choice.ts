export type { EmbeddingChoice } from '@/server/adapters/ai/embedding-model';
