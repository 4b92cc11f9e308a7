/**
 * Builds the offline embedding model (src/server/adapters/ai/offline-embedding-model.ts) from the
 * O*NET occupations in data/onet/onet.json.gz: LSA over one TF-IDF document per occupation
 * (titles, description, tasks, technology names), 256 latent dimensions, written to
 * data/models/onet-lsa-256.bin.gz (int8, ~2 MB). Deterministic: the same O*NET file gives the same
 * bytes. Run `npx tsx scripts/build-embedding-model.ts` after changing the tokenizer or the
 * occupation text, and bump OFFLINE_EMBEDDING_MODEL_ID so stored vectors are re-embedded.
 *
 * Choices, measured on `npm run eval:match` (embedding-alone NDCG@10, with / without title words):
 *   256 dims, power 0, first dimension dropped  0.532 / 0.363   <- chosen
 *   256 dims, power 0, all dimensions            0.516 / 0.345
 *   256 dims, power 0.5                          0.474 / 0.326
 *   256 dims, power 1                            0.440 / 0.309
 *   256 dims, power 0.5, first dropped           0.532 / 0.355
 *   256 dims, power -0.5, first dropped          0.521 / 0.358
 *   128 dims, power 0, first dropped             0.523 / 0.358
 *   384 dims, power 0, first dropped             0.521 / 0.358
 * (power: each dimension weighted by singular value^power.)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ONET_DATA_FILE, loadOnet } from '@/server/data/onet';
import {
  OFFLINE_EMBEDDING_DIMENSIONS,
  OFFLINE_EMBEDDING_MODEL_ID,
  OFFLINE_EMBEDDING_MODEL_FILE,
} from '@/server/adapters/ai/offline-embedding-model';
import { occupationText } from '@/server/services/matching/occupations/occupation-index';
import { encodeLsaModel } from '@/server/services/matching/text/lsa';
import { trainLsa } from '@/server/services/matching/text/lsa-train';
import { tokenize } from '@/server/services/matching/text/tokenize';

export const TRAINING = { dims: OFFLINE_EMBEDDING_DIMENSIONS, minDf: 2, power: 0, dropFirst: true } as const;

function main() {
  const started = performance.now();
  const onet = loadOnet();
  const documents = onet.occupations.map((o) => tokenize(occupationText(o)));
  const { model, singularValues } = trainLsa(documents, TRAINING);
  const bytes = encodeLsaModel(model, {
    modelId: OFFLINE_EMBEDDING_MODEL_ID,
    onetVersion: onet.version,
    onetSha256: createHash('sha256').update(readFileSync(ONET_DATA_FILE)).digest('hex'),
    training: TRAINING,
    documents: documents.length,
    vocabulary: model.terms.size,
    singularValues: singularValues.slice(0, 8).map((s) => Math.round(s * 1e4) / 1e4),
    attribution: onet.attribution,
  });
  mkdirSync(path.dirname(OFFLINE_EMBEDDING_MODEL_FILE), { recursive: true });
  writeFileSync(OFFLINE_EMBEDDING_MODEL_FILE, bytes);
  console.log(
    `${OFFLINE_EMBEDDING_MODEL_ID}: ${model.terms.size} terms x ${model.dims} dims -> ` +
      `${path.relative(process.cwd(), OFFLINE_EMBEDDING_MODEL_FILE)} (${(bytes.length / 1024 / 1024).toFixed(2)} MB, ` +
      `sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main();
