/**
 * The success model, trained on first use and kept per process (and per database: tests open
 * several) for MODEL_TTL_MS; concurrent first callers share one training run. Platform outcomes
 * move slowly, so an hour-old model is as good as a fresh one. A failed run is not kept.
 */
import type { DbOrTx } from '@/server/db';
import { loadTrainingExamples } from './training-examples';
import { trainSuccessModel, type SuccessModel } from './train-model';

export const MODEL_TTL_MS = 60 * 60 * 1000;
/** Fewest known outcomes (and of each class) the platform needs before the model is trusted. */
export const MIN_TRAINING_OUTCOMES = 200;
export const MIN_CLASS_OUTCOMES = 20;

export type ModelState = { status: 'ready'; model: SuccessModel } | { status: 'too_few_outcomes'; outcomes: number };

const cache = new WeakMap<object, { expiresAt: number; state: Promise<ModelState> }>();

export async function trainFromDatabase(db: DbOrTx, now: Date): Promise<ModelState> {
  const examples = await loadTrainingExamples(db, now);
  const positives = examples.filter((e) => e.label === 1).length;
  const negatives = examples.length - positives;
  if (examples.length < MIN_TRAINING_OUTCOMES || Math.min(positives, negatives) < MIN_CLASS_OUTCOMES) {
    return { status: 'too_few_outcomes', outcomes: examples.length };
  }
  return { status: 'ready', model: trainSuccessModel(examples, { now }) };
}

export function getSuccessModel(db: DbOrTx, now = new Date()): Promise<ModelState> {
  const hit = cache.get(db);
  if (hit && hit.expiresAt > now.getTime()) return hit.state;
  const state = trainFromDatabase(db, now);
  cache.set(db, { expiresAt: now.getTime() + MODEL_TTL_MS, state });
  state.catch(() => {
    if (cache.get(db)?.state === state) cache.delete(db);
  });
  return state;
}

/** Forgets the cached model (tests, or after a bulk import of outcomes). */
export function clearSuccessModel(db: DbOrTx): void {
  cache.delete(db);
}
