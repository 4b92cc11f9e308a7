/**
 * Trains the success model: logistic regression (ml-logistic-regression) on standardized
 * features plus an intercept column (the library adds none). The examples are split by seeker:
 * a fixed 20 % of seekers (by a hash of their id) are held out, so the AUC reported as the
 * model's confidence is measured on people the model has never seen.
 */
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { rocAuc } from './auc';
import { buildFeatureSpec, encodeFeatures, type FeatureSpec, type PredictionRow } from './features';

/**
 * Batch gradient steps. On standardized features a mean-gradient step of 1 converges within
 * ~40 steps on the seeded outcomes (cross-validated AUC equal to 3 decimals at 40 and 150).
 */
export const GRADIENT_STEPS = 60;

export interface TrainingExample {
  row: PredictionRow;
  label: 0 | 1;
  /** Examples sharing a group (a seeker) land on the same side of the split. */
  group: string;
}

export interface SuccessModel {
  spec: FeatureSpec;
  means: number[];
  stds: number[];
  /** One weight per column of `spec`, then the intercept. */
  weights: number[];
  /** On the held-out seekers; null when that split had a single class. */
  auc: number | null;
  trainAuc: number | null;
  trainingSize: number;
  holdoutSize: number;
  positiveRate: number;
  trainedAt: Date;
}

export interface TrainOptions {
  holdoutFraction?: number;
  /** Gradient steps; the mean-gradient step size is `stepSize` (the library sums the gradient). */
  numSteps?: number;
  stepSize?: number;
  now?: Date;
}

/** FNV-1a: a stable split that needs no random state. */
export function hashFraction(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 32;
}

export function splitByGroup<T extends { group: string }>(examples: readonly T[], holdoutFraction: number) {
  const train: T[] = [];
  const holdout: T[] = [];
  for (const e of examples) (hashFraction(e.group) < holdoutFraction ? holdout : train).push(e);
  return { train, holdout };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The row's standardized features (zero for a column that never varied in training). */
export function standardize(model: Pick<SuccessModel, 'spec' | 'means' | 'stds'>, row: PredictionRow): number[] {
  return encodeFeatures(model.spec, row).map((x, j) => {
    const sd = model.stds[j] ?? 0;
    return sd > 0 ? (x - (model.means[j] ?? 0)) / sd : 0;
  });
}

export function logit(model: Pick<SuccessModel, 'weights'>, z: readonly number[]): number {
  const intercept = model.weights[z.length] ?? 0;
  return z.reduce((sum, v, j) => sum + v * (model.weights[j] ?? 0), intercept);
}

export function predictProbability(
  model: Pick<SuccessModel, 'spec' | 'means' | 'stds' | 'weights'>,
  row: PredictionRow,
): number {
  return sigmoid(logit(model, standardize(model, row)));
}

function columnStats(raw: number[][], width: number) {
  const means = Array.from({ length: width }, (_, j) => raw.reduce((s, r) => s + (r[j] ?? 0), 0) / raw.length);
  const stds = means.map((m, j) => Math.sqrt(raw.reduce((s, r) => s + ((r[j] ?? 0) - m) ** 2, 0) / raw.length));
  return { means, stds };
}

export type FittedModel = Omit<SuccessModel, 'auc' | 'trainAuc' | 'holdoutSize'>;

/** Fits on every example given (no split, no evaluation): the cross-validation in the eval calls this. */
export function fitSuccessModel(train: readonly TrainingExample[], options: TrainOptions = {}): FittedModel {
  if (train.length === 0) throw new Error('fitSuccessModel: no training examples');
  const spec = buildFeatureSpec(train.map((e) => e.row));
  const raw = train.map((e) => encodeFeatures(spec, e.row));
  const { means, stds } = columnStats(raw, spec.columns.length);
  const partial = { spec, means, stds };
  const design = new Matrix(train.map((e) => [...standardize(partial, e.row), 1]));
  const labels = Matrix.columnVector(train.map((e) => e.label));

  const regression = new LogisticRegression({
    numSteps: options.numSteps ?? GRADIENT_STEPS,
    learningRate: (options.stepSize ?? 1) / train.length,
  });
  regression.train(design, labels);
  // Classes are 0 and 1; the first one-vs-all member scores "not class 0", i.e. P(success).
  const first = regression.classifiers[0];
  if (!first || regression.numberClasses !== 2) throw new Error('fitSuccessModel: both outcomes are needed');
  return {
    ...partial,
    weights: first.weights.to1DArray(),
    trainingSize: train.length,
    positiveRate: train.reduce((s, e) => s + e.label, 0) / train.length,
    trainedAt: options.now ?? new Date(),
  };
}

export function aucOn(
  model: Pick<SuccessModel, 'spec' | 'means' | 'stds' | 'weights'>,
  set: readonly TrainingExample[],
) {
  return rocAuc(
    set.map((e) => predictProbability(model, e.row)),
    set.map((e) => e.label),
  );
}

/** The served model: fitted on 80 % of seekers, its AUC measured on the other 20 %. */
export function trainSuccessModel(examples: readonly TrainingExample[], options: TrainOptions = {}): SuccessModel {
  const { train, holdout } = splitByGroup(examples, options.holdoutFraction ?? 0.2);
  const model = fitSuccessModel(train, options);
  return { ...model, holdoutSize: holdout.length, auc: aucOn(model, holdout), trainAuc: aucOn(model, train) };
}
