import { embedMany } from 'ai';
import { getEmbeddingModel } from '@/server/adapters/ai/embedding-model';
import { resolveFilter } from '@/server/adapters/vectors/filter';
import { HnswIndex } from '@/server/adapters/vectors/hnsw-index';
import { readJobVectors } from '@/server/adapters/vectors/job-rows';
import { unit } from '@/server/adapters/vectors/vector-math';
import { connectPostgres } from '@/server/db/connect';
import { ExactIndex } from './bench/match-exact';
import { buildProfileTexts } from './bench/match-queries';

const h = await connectPostgres('postgres://postgres@127.0.0.1:5432/gmj_bench', { max: 4 });
const model = getEmbeddingModel();
const exact = new ExactIndex(256, 200_000);
for await (const b of readJobVectors(h.db, model.id, 256)) for (const r of b) exact.add(r.id, r.vector, r.fields);
const texts = buildProfileTexts(120);
const { embeddings } = await embedMany({ model: model.model, values: texts });
const qs = embeddings.map((e) => unit(Float32Array.from(e)));
const ef = Number(process.env.EF ?? 64), efc = Number(process.env.EFC ?? 100), m = Number(process.env.M ?? 16);
const over = Number(process.env.OVER ?? 0.2), exactBelow = Number(process.env.EXB ?? 2000);
const ix = new HnswIndex(h.db, model.id, 256, { snapshotDir: `/tmp/gmj-vec-snap-${m}-${efc}`, efSearch: ef, efConstruction: efc, m, overfetchAbove: over, exactBelow, readyTimeoutMs: 1e9 });
let t = performance.now(); await ix.query(qs[0]!, 20); console.log('ready', ix.builtFrom, ((performance.now() - t) / 1000).toFixed(1), 's');
const filters = (process.env.FILTERS ?? 'all,remote,location,narrow').split(',');
const F: Record<string, object> = { none: { openOnly: false }, all: {}, remote: { remoteTypes: ['remote'] }, location: { location: 'Denver' }, narrow: { remoteTypes: ['remote'], salaryMinAnnualUsd: 150000, includeUnknownSalary: false } };
for (const name of filters) {
  const f = F[name]!; const rf = resolveFilter(f);
  const times: number[] = []; const rec: number[] = [];
  for (const [i, q] of qs.entries()) {
    const ex = exact.search(q, 20, rf);
    const t0 = performance.now(); const hits = await ix.query(q, 20, f); times.push(performance.now() - t0);
    const r = exact.recallAt(q, hits, ex, rf); rec.push(r);
    if (r < 0.5) console.log('  low recall', name, i, r, texts[i]!.split('\n')[0], ex[0]?.similarity.toFixed(3), ex[19]?.similarity.toFixed(3), hits[0]?.similarity.toFixed(3));
  }
  times.sort((a, b) => a - b);
  console.log(name, 'p50', times[Math.floor(times.length * 0.5)]!.toFixed(2), 'p95', times[Math.floor(times.length * 0.95)]!.toFixed(2), 'recall', (rec.reduce((a, b) => a + b) / rec.length).toFixed(4), 'min', Math.min(...rec));
}
await ix.close(); await h.close();
