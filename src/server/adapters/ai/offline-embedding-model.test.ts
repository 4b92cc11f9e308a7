import { cosineSimilarity, embed, embedMany } from 'ai';
import { describe, expect, it } from 'vitest';
import {
  OFFLINE_EMBEDDING_DIMENSIONS,
  OFFLINE_EMBEDDING_MODEL_ID,
  OfflineEmbeddingModel,
  createOfflineEmbeddingModel,
} from './offline-embedding-model';

const model = createOfflineEmbeddingModel();
const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('OfflineEmbeddingModel', () => {
  it('implements the AI SDK v3 embedding model interface', () => {
    expect(model.specificationVersion).toBe('v3');
    expect(model.provider).toBe('givemejobs');
    expect(model.modelId).toBe(OFFLINE_EMBEDDING_MODEL_ID);
    expect(model.maxEmbeddingsPerCall).toBeGreaterThan(0);
    expect(model.supportsParallelCalls).toBe(true);
  });

  it('returns unit vectors of the fixed dimension through embedMany, in input order', async () => {
    const values = ['Registered nurse caring for patients', 'Java developer, Spring Boot microservices', '', '12345'];
    const { embeddings } = await embedMany({ model, values });
    expect(embeddings).toHaveLength(values.length);
    for (const e of embeddings) {
      expect(e).toHaveLength(OFFLINE_EMBEDDING_DIMENSIONS);
      expect(norm(e)).toBeCloseTo(1, 5);
    }
    const { embedding } = await embed({ model, value: values[1] ?? '' });
    expect(embedding).toEqual(embeddings[1]);
  });

  it('places similar work closer than unrelated work', async () => {
    const { embeddings } = await embedMany({
      model,
      values: [
        'Software engineer building REST APIs in Java and Spring, unit tests, code reviews',
        'Backend developer: Python services, SQL databases, writing and debugging code',
        'Registered nurse: administer medication, monitor patient vital signs, update charts',
        'Truck driver hauling freight, inspecting the vehicle and logging hours of service',
      ],
    });
    const [java, python, nurse, truck] = embeddings as [number[], number[], number[], number[]];
    expect(cosineSimilarity(java, python)).toBeGreaterThan(cosineSimilarity(java, nurse) + 0.2);
    expect(cosineSimilarity(java, python)).toBeGreaterThan(cosineSimilarity(java, truck) + 0.2);
    expect(cosineSimilarity(nurse, truck)).toBeLessThan(cosineSimilarity(java, python));
  });

  it('is deterministic across calls and instances', async () => {
    const text = 'Data scientist: machine learning models, Python, statistics';
    const first = await model.doEmbed({ values: [text] });
    const second = await new OfflineEmbeddingModel().doEmbed({ values: [text] });
    expect(second.embeddings).toEqual(first.embeddings);
    expect(first.warnings).toEqual([]);
  });

  it('honours an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(model.doEmbed({ values: ['x'], abortSignal: controller.signal })).rejects.toThrow();
  });

  it('refuses an artifact that is missing, instead of embedding with nothing', async () => {
    await expect(new OfflineEmbeddingModel('/nonexistent/model.bin.gz').doEmbed({ values: ['x'] })).rejects.toThrow();
  });
});
