/** Writes bench/results/match.json in the BENCHMARKS.md shape, with the issue's targets. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { round } from './stats';

const TARGETS = ['hnsw', 'pgvector'].flatMap((adapter) =>
  ['', '_remote'].flatMap((filter) => [
    { metric: `${adapter}${filter}_p95_ms`, op: '<=' as const, value: 10 },
    { metric: `${adapter}${filter}_recall_at_20`, op: '>=' as const, value: 0.95 },
  ]),
);

export function writeMatchResult(input: {
  metrics: Record<string, number>;
  dataset: Record<string, string | number>;
  postgres: string;
  loadAtStart: number;
}): void {
  const { metrics } = input;
  const targets = TARGETS.filter((t) => metrics[t.metric] !== undefined);
  const missed = targets.filter((t) => {
    const v = metrics[t.metric] ?? Number.NaN;
    return t.op === '<=' ? !(v <= t.value) : !(v >= t.value);
  });
  const result = {
    name: 'match',
    when: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpus: os.cpus().length,
      node: process.version,
      postgres: input.postgres,
      // Other work shares these 2 cores: absolute times move with it.
      load_avg_1m_start: round(input.loadAtStart),
      load_avg_1m_end: round(os.loadavg()[0] ?? 0),
    },
    dataset: input.dataset,
    metrics,
    targets,
    ...(missed.length > 0 ? { missed: missed.map((t) => t.metric) } : {}),
  };
  const file = path.join(process.cwd(), 'bench', 'results', 'match.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `Wrote ${path.relative(process.cwd(), file)}${missed.length > 0 ? ` (missed: ${missed.map((t) => t.metric).join(', ')})` : ''}`,
  );
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
