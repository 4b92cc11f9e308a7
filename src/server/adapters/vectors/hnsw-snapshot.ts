/**
 * On-disk snapshots of the in-process index (under DATA_DIR), so that a restarted server loads
 * it in seconds instead of building it again (minutes at 200,000 jobs).
 *
 * A snapshot is a cache, never the truth: after loading one, `syncWithDatabase` compares each
 * job's row version (content hash + embedded_at) with job_embeddings, re-reads the vectors that
 * changed, drops the jobs that are gone and sets every job's filter fields from the jobs table.
 *
 * Layout: <dir>/<key>/<folder>/{graph-<n>.bin,quantized.bin,labels.json} plus <dir>/<key>/current naming the
 * folder. A save writes a new folder, then switches `current` by an atomic rename: a reader
 * never pairs a graph with another save's labels (which would map labels to the wrong jobs).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DbOrTx } from '@/server/db';
import { HnswStore, type HnswParams, type StoreLabels } from './hnsw-store';
import { readJobStates, readJobVectors } from './job-rows';

const FORMAT = 3;

interface LabelsFile extends StoreLabels {
  format: number;
  dimensions: number;
  m: number;
}

export interface SnapshotPlace {
  dir: string;
  model: string;
  dimensions: number;
}

const keyDir = (p: SnapshotPlace) => path.join(p.dir, `${p.model.replace(/[^A-Za-z0-9._-]+/g, '_')}-${p.dimensions}`);

export async function saveSnapshot(place: SnapshotPlace, store: HnswStore, params: HnswParams): Promise<void> {
  const base = keyDir(place);
  const folder = `${Date.now()}-${randomBytes(4).toString('hex')}`;
  await mkdir(path.join(base, folder), { recursive: true });
  const labels = store.save(path.join(base, folder));
  const file: LabelsFile = { format: FORMAT, dimensions: place.dimensions, m: params.m, ...labels };
  await writeFile(path.join(base, folder, 'labels.json'), JSON.stringify(file));
  const pointer = path.join(base, `current.${folder}.tmp`);
  await writeFile(pointer, folder);
  await rename(pointer, path.join(base, 'current'));
  // Older folders are no longer pointed at; a concurrent saver's newer one, and whatever
  // `current` names now, are kept.
  const current = (await readFile(path.join(base, 'current'), 'utf8')).trim();
  for (const entry of await readdir(base)) {
    if (entry < folder && entry !== current && entry !== 'current' && !entry.endsWith('.tmp')) {
      await rm(path.join(base, entry), { recursive: true, force: true });
    }
  }
}

/** The saved store, or undefined when there is none or it does not fit (other format, dimensions, m). */
export async function loadSnapshot(place: SnapshotPlace, params: HnswParams): Promise<HnswStore | undefined> {
  const base = keyDir(place);
  let folder: string;
  try {
    folder = (await readFile(path.join(base, 'current'), 'utf8')).trim();
  } catch {
    return undefined;
  }
  const labels = JSON.parse(await readFile(path.join(base, folder, 'labels.json'), 'utf8')) as LabelsFile;
  if (labels.format !== FORMAT || labels.dimensions !== place.dimensions || labels.m !== params.m) return undefined;
  return HnswStore.load(path.join(base, folder), place.dimensions, params, labels);
}

/** Brings a loaded snapshot up to job_embeddings and jobs; returns how many vectors changed. */
export async function syncWithDatabase(store: HnswStore, db: DbOrTx, place: SnapshotPlace): Promise<number> {
  const seen = new Set<string>();
  const stale: string[] = [];
  for await (const batch of readJobStates(db, place.model, place.dimensions)) {
    for (const row of batch) {
      seen.add(row.id);
      if (store.versionOf(row.id) === row.version) store.setFields(row.id, row.fields);
      else stale.push(row.id);
    }
  }
  const gone = store.jobIds().filter((id) => !seen.has(id));
  for (const id of gone) store.remove(id);
  for (let i = 0; i < stale.length; i += 1_000) {
    const ids = stale.slice(i, i + 1_000);
    for await (const batch of readJobVectors(db, place.model, place.dimensions, { ids })) {
      for (const row of batch) store.put(row.id, row.vector, row.fields, row.version);
    }
  }
  return gone.length + stale.length;
}
