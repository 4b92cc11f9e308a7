/**
 * Success-prediction evaluation (`npm run eval:prediction`): seeds a fresh in-memory database
 * (the dev seed: 2,000 jobs, the demo seeker and the sample seekers, with a fixed seed and date,
 * so every run sees the same outcomes) and measures how well the model ranks outcomes of seekers
 * it was not trained on: 5-fold cross-validation grouped by seeker, every known outcome
 * predicted once by a model that never saw its seeker. Fold 0 is exactly the split the app
 * serves (80 % train, 20 % held out). Baselines on the same predictions: ranking by match score
 * alone, and the seed's own interview logit (what generated the outcomes, minus its per-seeker
 * noise: about the best these features allow). Writes bench/results/eval-prediction.json.
 *
 * Flags: --jobs N (2000), --seed S (42), --now ISO date (2026-11-01T12:00:00Z), --steps N (the app's GRADIENT_STEPS).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectPglite } from '@/server/db/connect';
import { runMigrations } from '@/server/db/migrate';
import { users } from '@/server/db/schema';
import { loadApplicationFacts } from '@/server/services/analytics/application-facts';
import { rocAuc } from '@/server/services/analytics/prediction/auc';
import { salaryRatio } from '@/server/services/analytics/prediction/features';
import {
  fitSuccessModel,
  GRADIENT_STEPS,
  hashFraction,
  predictProbability,
  type TrainingExample,
} from '@/server/services/analytics/prediction/train-model';
import { toExamples } from '@/server/services/analytics/prediction/training-examples';
import { interviewLogit } from '@/server/services/seed/application-history';
import { seedDatabase } from '@/server/services/seed/run-seed';

const OUT = path.join(process.cwd(), 'bench', 'results', 'eval-prediction.json');
const FOLDS = 5;
const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
    now: { type: 'string', default: '2026-11-01T12:00:00Z' },
    steps: { type: 'string', default: String(GRADIENT_STEPS) },
  },
});
const jobs = Number(values.jobs);
const seed = Number(values.seed);
const steps = Number(values.steps);
const now = new Date(values.now);
if (![jobs, seed, steps].every((n) => Number.isSafeInteger(n) && n >= 0) || jobs < 1 || Number.isNaN(now.getTime())) {
  console.error(
    'Usage: npm run eval:prediction -- [--jobs 2000] [--seed 42] [--now 2026-11-01T12:00:00Z] [--steps 60]',
  );
  process.exit(1);
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);
const foldOf = (e: TrainingExample) => Math.min(FOLDS - 1, Math.floor(hashFraction(e.group) * FOLDS));

const handle = await connectPglite('memory://');
try {
  await runMigrations(handle);
  const seeded = await seedDatabase(handle.db, { jobs, seed, now, log: (m) => console.log(`  seed: ${m}`) });
  const facts = await loadApplicationFacts(handle.db);
  // Grouped by email rather than id: the demo seeker's id is random, its email is not, so every
  // run puts the same seekers in the same folds.
  const emails = new Map(
    (await handle.db.select({ id: users.id, email: users.email }).from(users)).map((u) => [u.id, u.email]),
  );
  const examples = toExamples(facts, now).map((e) => ({ ...e, group: emails.get(e.group) ?? e.group }));

  const outOfFold = new Array<number>(examples.length).fill(0);
  const foldAucs: (number | null)[] = [];
  let fitMs = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const started = performance.now();
    const model = fitSuccessModel(
      examples.filter((e) => foldOf(e) !== fold),
      { numSteps: steps, now },
    );
    fitMs += performance.now() - started;
    const held = examples.map((e, i) => ({ e, i })).filter(({ e }) => foldOf(e) === fold);
    for (const { e, i } of held) outOfFold[i] = predictProbability(model, e.row);
    foldAucs.push(
      rocAuc(
        held.map(({ i }) => outOfFold[i] ?? 0),
        held.map(({ e }) => e.label),
      ),
    );
  }
  const labels = examples.map((e) => e.label);
  const matchImpute = 0.5;
  const matchOnly = rocAuc(
    examples.map((e) => e.row.matchScore ?? matchImpute),
    labels,
  );
  const generating = rocAuc(
    examples.map((e) =>
      interviewLogit({
        ...e.row,
        matchScore: e.row.matchScore ?? matchImpute,
        salaryRatio: salaryRatio(e.row),
        seekerEffect: 0,
      }),
    ),
    labels,
  );
  const pooled = rocAuc(outOfFold, labels);
  const valid = foldAucs.filter((a): a is number => a !== null);
  const result = {
    name: 'eval-prediction',
    when: new Date().toISOString(),
    commit: execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(),
    machine: { cpus: os.cpus().length, node: process.version, database: 'pglite (in-memory)' },
    dataset: {
      jobs: seeded.jobs.inserted + seeded.jobs.existing,
      seed,
      now: now.toISOString(),
      seekers: new Set(facts.map((f) => f.userId)).size,
      applications: facts.length,
      outcomes_known: examples.length,
      positives: labels.filter((l) => l === 1).length,
      folds: FOLDS,
      fold_sizes: Array.from({ length: FOLDS }, (_, f) => examples.filter((e) => foldOf(e) === f).length),
      gradient_steps: steps,
    },
    metrics: {
      cv_auc: round(pooled),
      cv_auc_fold_mean: round(valid.reduce((a, b) => a + b, 0) / valid.length),
      cv_auc_fold_min: round(Math.min(...valid)),
      cv_auc_fold_max: round(Math.max(...valid)),
      served_split_holdout_auc: round(foldAucs[0] ?? null),
      baseline_match_only_auc: round(matchOnly),
      reference_generating_logit_auc: round(generating),
      auc_lift_over_match_only: pooled !== null && matchOnly !== null ? round(pooled - matchOnly) : null,
      fit_ms_mean: Math.round(fitMs / FOLDS),
    },
    targets: [
      { metric: 'cv_auc', op: '>=', value: 0.65 },
      { metric: 'auc_lift_over_match_only', op: '>=', value: 0 },
    ],
    note:
      "Outcomes are the seed's simulated histories (services/seed/application-history.ts). Every known " +
      'outcome is predicted by a model trained without its seeker. The generating-logit AUC bounds what these ' +
      'features can reach; the gap to 1 is the per-seeker effect and the coin flip the simulation adds on purpose.',
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result.dataset));
  console.log(JSON.stringify(result.metrics));
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
} finally {
  await handle.close();
}
