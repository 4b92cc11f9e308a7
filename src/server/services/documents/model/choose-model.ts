import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import { env } from '@/env';

export const OPENAI_DOCUMENT_MODEL = 'gpt-4o-mini';

let model: LanguageModel | null | undefined;

/** The language model documents are written with: OpenAI when OPENAI_API_KEY is set, else none (offline writer). */
export function getDocumentModel(): LanguageModel | null {
  if (model === undefined) {
    model = env.OPENAI_API_KEY ? createOpenAI({ apiKey: env.OPENAI_API_KEY })(OPENAI_DOCUMENT_MODEL) : null;
  }
  return model;
}

export function modelId(m: LanguageModel): string {
  return typeof m === 'string' ? m : `${m.provider}/${m.modelId}`;
}
