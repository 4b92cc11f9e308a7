/**
 * Pinecone (SDK v8), used when PINECONE_API_KEY and PINECONE_INDEX are set.
 *
 * One namespace per environment and model (`<env>__<model>`): environments sharing an index
 * never see each other's jobs, and a new model starts in an empty namespace that `reindex`
 * fills, instead of mixing incomparable vectors. Each record carries its job's filter fields as
 * metadata (see pinecone-filter.ts); upsert and refresh keep them current.
 */
import { Pinecone, type Index } from '@pinecone-database/pinecone';
import type { Database } from '@/server/db';
import { hasConditions, locationPasses, resolveFilter, type JobFilterFields } from './filter';
import { readFilterFields, readJobVectors } from './job-rows';
import {
  fromPineconeMetadata,
  needsLocationCheck,
  toPineconeFilter,
  toPineconeMetadata,
  type JobMetadataRecord,
} from './pinecone-filter';
import { asIndexError, checkIds } from './readiness';
import {
  MAX_K,
  type RebuildResult,
  type VectorFilter,
  type VectorHit,
  type VectorIndex,
  type VectorInput,
  type VectorItem,
} from './types';
import { checkK, checkVector } from './vector-math';

export interface PineconeIndexConfig {
  apiKey: string;
  indexName: string;
  /** Environment part of the namespace; the model id is appended. */
  namespacePrefix: string;
  /** Per request; a slow vector store must degrade a request, not hold it. */
  timeoutMs?: number;
}

const UPSERT_BATCH = 100;
const DELETE_BATCH = 1_000;

/** Model ids hold '/' and '@' (openai/text-embedding-3-small@512): kept to a portable alphabet. */
export const pineconeNamespace = (prefix: string, model: string) =>
  `${prefix}__${model}`.replace(/[^A-Za-z0-9._-]+/g, '-');

export class PineconeVectorIndex implements VectorIndex {
  readonly kind = 'pinecone' as const;
  readonly namespace: string;
  private readonly index: Index<JobMetadataRecord>;

  constructor(
    private readonly db: Database,
    readonly model: string,
    readonly dimensions: number,
    config: PineconeIndexConfig,
  ) {
    const timeoutMs = config.timeoutMs ?? 5_000;
    const client = new Pinecone({
      apiKey: config.apiKey,
      maxRetries: 2,
      fetchApi: (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) }),
    });
    this.namespace = pineconeNamespace(config.namespacePrefix, model);
    this.index = client.index<JobMetadataRecord>({ name: config.indexName, namespace: this.namespace });
  }

  async query(vector: VectorInput, k: number, filter?: VectorFilter): Promise<VectorHit[]> {
    checkK(k);
    const values = Array.from(checkVector(vector, this.dimensions, 'query vector'));
    const resolved = resolveFilter(filter);
    const pineconeFilter = hasConditions(resolved) ? toPineconeFilter(resolved) : undefined;
    const check = needsLocationCheck(resolved);
    try {
      // The location is confirmed here after Pinecone's trigram prefilter: ask for more, and
      // for more again while the confirmed hits fall short of k and Pinecone had more to give.
      for (let topK = check ? Math.min(MAX_K, k * 3) : k; ; topK = Math.min(MAX_K, topK * 4)) {
        const { matches } = await this.index.query({
          vector: values,
          topK,
          includeMetadata: check,
          ...(pineconeFilter ? { filter: pineconeFilter } : {}),
        });
        const kept = check
          ? matches.filter((m) => {
              const fields = fromPineconeMetadata(m.metadata ?? {});
              return locationPasses(resolved, fields.location, fields.remoteType);
            })
          : matches;
        if (kept.length >= k || matches.length < topK || topK === MAX_K) {
          return kept.slice(0, k).map((m) => ({ id: m.id, similarity: m.score ?? 0 }));
        }
      }
    } catch (error) {
      throw asIndexError(error, 'pinecone query failed');
    }
  }

  async upsert(items: readonly VectorItem[]): Promise<void> {
    checkIds(items.map((i) => i.id));
    const checked = items.map((i) => ({ id: i.id, values: Array.from(checkVector(i.vector, this.dimensions)) }));
    try {
      const fields = await readFilterFields(
        this.db,
        checked.map((i) => i.id),
      );
      const gone = checked.filter((i) => !fields.has(i.id)).map((i) => i.id);
      const live = checked.flatMap((i) => {
        const f = fields.get(i.id);
        return f ? [{ id: i.id, values: i.values, fields: f }] : [];
      });
      await this.write(live);
      if (gone.length > 0) await this.remove(gone);
    } catch (error) {
      throw asIndexError(error, 'pinecone upsert failed');
    }
  }

  private async write(rows: readonly { id: string; values: number[]; fields: JobFilterFields }[]): Promise<void> {
    for (let i = 0; i < rows.length; i += UPSERT_BATCH) {
      const records = rows
        .slice(i, i + UPSERT_BATCH)
        .map((r) => ({ id: r.id, values: r.values, metadata: toPineconeMetadata(r.fields) }));
      await this.index.upsert({ records });
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    checkIds(ids);
    try {
      for (let i = 0; i < ids.length; i += DELETE_BATCH) {
        await this.index.deleteMany({ ids: ids.slice(i, i + DELETE_BATCH) });
      }
    } catch (error) {
      throw asIndexError(error, 'pinecone remove failed');
    }
  }

  async refresh(ids: readonly string[]): Promise<void> {
    checkIds(ids);
    try {
      const fields = await readFilterFields(this.db, ids);
      const gone = ids.filter((id) => !fields.has(id));
      // Metadata-only updates are one request per record: refresh is for the few rows a change touches.
      for (const [id, f] of fields) await this.index.update({ id, metadata: toPineconeMetadata(f) });
      if (gone.length > 0) await this.remove(gone);
    } catch (error) {
      throw asIndexError(error, 'pinecone refresh failed');
    }
  }

  /** Deletes every record of this namespace (a retired model; a test's own namespace). */
  async dropNamespace(): Promise<void> {
    await this.index.deleteAll().catch((error: unknown) => {
      // A namespace that was never written does not exist yet: nothing to empty.
      if (!/not\s*found|404/i.test(String(error))) throw error;
    });
  }

  /** Empties this namespace and writes every stored vector of the model again. */
  async rebuild(): Promise<RebuildResult> {
    const started = performance.now();
    let count = 0;
    try {
      await this.dropNamespace();
      for await (const batch of readJobVectors(this.db, this.model, this.dimensions, { batchSize: 1_000 })) {
        await this.write(batch.map((r) => ({ id: r.id, values: Array.from(r.vector), fields: r.fields })));
        count += batch.length;
      }
      return { count, ms: performance.now() - started };
    } catch (error) {
      throw asIndexError(error, 'pinecone rebuild failed');
    }
  }

  async health(): Promise<boolean> {
    try {
      const stats = await this.index.describeIndexStats();
      return stats.dimension === undefined || stats.dimension === this.dimensions;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {}
}
