import { embedMany } from 'ai';
import { describe, expect, it } from 'vitest';
import { env } from '@/env';
import {
  OPENAI_EMBEDDING_DIMENSIONS,
  getEmbeddingModel,
  offlineEmbeddingChoice,
  openAiEmbeddingChoice,
} from './embedding-model';

describe('embedding model choice', () => {
  it('uses the offline model without an OpenAI key, and OpenAI with one', () => {
    const choice = getEmbeddingModel();
    expect(choice.id).toBe(env.OPENAI_API_KEY ? openAiEmbeddingChoice('x').id : offlineEmbeddingChoice().id);
    expect(getEmbeddingModel()).toBe(choice);
  });

  it('names model and dimension in the id, differently per model', () => {
    const offline = offlineEmbeddingChoice();
    const openai = openAiEmbeddingChoice('sk-test');
    expect(offline).toMatchObject({ id: 'givemejobs/onet-lsa-256-v1', dimensions: 256 });
    expect(openai).toMatchObject({ id: 'openai/text-embedding-3-small@512', dimensions: 512 });
    expect(offline.model.modelId).toBe('onet-lsa-256-v1');
  });

  it('asks OpenAI for the configured dimension on every call', async () => {
    const bodies: unknown[] = [];
    const fetch = (_url: string | URL | Request, init?: RequestInit) => {
      bodies.push(JSON.parse(typeof init?.body === 'string' ? init.body : '{}'));
      const data = [0, 1].map((index) => ({
        object: 'embedding',
        index,
        embedding: Array.from({ length: OPENAI_EMBEDDING_DIMENSIONS }, (_, i) => (i === index ? 1 : 0)),
      }));
      return Promise.resolve(
        new Response(
          JSON.stringify({
            object: 'list',
            data,
            model: 'text-embedding-3-small',
            usage: { prompt_tokens: 4, total_tokens: 4 },
          }),
          {
            headers: { 'content-type': 'application/json' },
          },
        ),
      );
    };
    const { model } = openAiEmbeddingChoice('sk-test', { fetch });
    const { embeddings } = await embedMany({ model, values: ['a', 'b'], maxRetries: 0 });
    expect(bodies).toEqual([
      expect.objectContaining({ model: 'text-embedding-3-small', dimensions: 512, input: ['a', 'b'] }),
    ]);
    expect(embeddings[1]?.[1]).toBe(1);
  });
});
