import { percentile, round } from '../stats';
import type { WriteOp, WriteSample } from './write-mix';

export interface LatencySummary {
  requests: number;
  ok: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
}

export function summarize(samples: readonly WriteSample[]): LatencySummary {
  const ms = samples.map((s) => s.ms);
  return {
    requests: samples.length,
    ok: samples.filter((s) => s.status >= 200 && s.status < 300).length,
    p50_ms: round(percentile(ms, 50), 1),
    p95_ms: round(percentile(ms, 95), 1),
    p99_ms: round(percentile(ms, 99), 1),
  };
}

/** Answers by HTTP status ("0" = no answer), e.g. { "200": 812, "503": 40 }. */
export function statusCounts(samples: readonly WriteSample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) counts[String(s.status)] = (counts[String(s.status)] ?? 0) + 1;
  return counts;
}

export function perOp(samples: readonly WriteSample[]): Record<WriteOp, LatencySummary> {
  const ops: WriteOp[] = ['save', 'apply', 'add_experience', 'move'];
  return Object.fromEntries(ops.map((op) => [op, summarize(samples.filter((s) => s.op === op))])) as Record<
    WriteOp,
    LatencySummary
  >;
}
