/**
 * Resume-parser evaluation, run by a developer (`npm run eval:resume`); writes bench/results/eval-resume.json.
 * Reads ../shared/data/resumes/UpdatedResumeDataSet.csv (unlicensed: read at eval time, never copied
 * into the repo), repairs its mojibake, de-duplicates, then runs extractResumeText({text}) + parseResume
 * on every unique resume. Skill precision/recall/F1 are micro-averaged over the hand-labelled sample in
 * tests/fixtures/resume-labels.json, matching by canonical key. Flags: --verbose prints per-resume errors
 * (use with --split dev only: holdout errors are not to be looked at while tuning).
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { extractResumeText } from '@/server/services/resume/extract-text';
import { parseResume } from '@/server/services/resume/parse-resume';
import { repairMojibake } from '@/server/services/resume/repair-mojibake';
import { canonicalizeSkill, getSkillIndex } from '@/server/services/skills/taxonomy';
import { parseCsv } from './csv';

const DATASET = path.resolve(process.cwd(), '..', 'shared', 'data', 'resumes', 'UpdatedResumeDataSet.csv');
const LABELS = path.join(process.cwd(), 'tests', 'fixtures', 'resume-labels.json');
const OUT = path.join(process.cwd(), 'bench', 'results', 'eval-resume.json');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlySplit = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;

const labelsSchema = z.object({
  resumes: z.array(
    z.object({ id: z.string(), category: z.string(), split: z.enum(['dev', 'holdout']), skills: z.array(z.string()) }),
  ),
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;
const prf = (tp: number, fp: number, fn: number) => {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round((2 * precision * recall) / Math.max(1e-9, precision + recall)),
    tp,
    fp,
    fn,
  };
};

async function main() {
  const [, ...records] = parseCsv(readFileSync(DATASET, 'utf8'));
  const unique = new Map<string, { category: string; text: string }>();
  for (const [category = '', raw = ''] of records) {
    const text = repairMojibake(raw);
    const id = createHash('sha1').update(text).digest('hex').slice(0, 12);
    if (!unique.has(id)) unique.set(id, { category, text });
  }

  getSkillIndex(); // build once, outside the timings
  const timings: number[] = [];
  const predicted = new Map<string, Set<string>>();
  const failures: string[] = [];
  let parsed = 0;
  for (const [id, { text }] of unique) {
    const started = performance.now();
    try {
      const extracted = await extractResumeText({ text });
      const draft = parseResume(extracted.text, { format: extracted.format });
      timings.push(performance.now() - started);
      predicted.set(id, new Set(draft.skills.map((s) => canonicalizeSkill(s.value.name).key)));
      if (draft.skills.length > 0 || draft.stats.sectionsFound.length > 0) parsed++;
      else failures.push(`${id}: nothing recognised`);
    } catch (error) {
      timings.push(performance.now() - started);
      failures.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const labels = labelsSchema.parse(JSON.parse(readFileSync(LABELS, 'utf8'))).resumes;
  const totals = { all: [0, 0, 0], dev: [0, 0, 0], holdout: [0, 0, 0] };
  for (const label of labels) {
    if (!unique.has(label.id)) throw new Error(`Label ${label.id} matches no resume in the dataset.`);
    const gold = new Map(label.skills.map((s) => [canonicalizeSkill(s).key, s]));
    const pred = predicted.get(label.id) ?? new Set<string>();
    const tp = [...pred].filter((k) => gold.has(k)).length;
    const counts = [tp, pred.size - tp, gold.size - tp];
    for (const t of [totals.all, totals[label.split]]) counts.forEach((c, i) => (t[i] = (t[i] ?? 0) + c));
    if (verbose && (!onlySplit || label.split === onlySplit)) {
      const fp = [...pred].filter((k) => !gold.has(k));
      const fn = [...gold].filter(([k]) => !pred.has(k)).map(([, s]) => s);
      console.log(
        `${label.id} ${label.category} [${label.split}]\n  extra:   ${fp.join(', ')}\n  missed:  ${fn.join(', ')}`,
      );
    }
  }
  const score = (t: number[]) => prf(t[0] ?? 0, t[1] ?? 0, t[2] ?? 0);
  const all = score(totals.all);
  const sorted = [...timings].sort((a, b) => a - b);
  const result = {
    name: 'eval-resume',
    when: new Date().toISOString(),
    commit: execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(),
    machine: { cpus: os.cpus().length, node: process.version },
    dataset: { resumes_total: records.length, resumes_unique: unique.size, labelled: labels.length },
    metrics: {
      parsed,
      parse_rate: round(parsed / unique.size),
      skill_precision: all.precision,
      skill_recall: all.recall,
      skill_f1: all.f1,
      parse_p50_ms: round(percentile(sorted, 0.5), 2),
      parse_p95_ms: round(percentile(sorted, 0.95), 2),
    },
    /** Dev: the half whose errors were inspected while tuning; holdout: never inspected. */
    splits: { dev: score(totals.dev), holdout: score(totals.holdout) },
    failures,
    targets: [],
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify({ ...result.metrics, splits: result.splits, failures: failures.length }, null, 2));
}

await main();
