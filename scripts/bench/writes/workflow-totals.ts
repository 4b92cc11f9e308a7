/**
 * How much background work a run of writes set off: the server's Prometheus counters for
 * in-process workflow runs (count and total seconds per workflow), read before and after a run.
 * The writes share the process and its two cores with these runs, so their latency is only
 * understood beside them.
 */
export type WorkflowTotals = Record<string, { runs: number; seconds: number }>;

const LINE = /^workflow_run_duration_seconds_(sum|count)\{[^}]*workflow="([^"]+)"[^}]*\}\s+([0-9.eE+-]+)$/;

export async function workflowTotals(origin: string, token: string): Promise<WorkflowTotals> {
  const res = await fetch(`${origin}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`/api/metrics answered ${res.status}`);
  const out: WorkflowTotals = {};
  for (const line of (await res.text()).split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, kind, workflow, value] = m as unknown as [string, 'sum' | 'count', string, string];
    const entry = (out[workflow] ??= { runs: 0, seconds: 0 });
    if (kind === 'sum') entry.seconds = Number(value);
    else entry.runs = Number(value);
  }
  return out;
}

/** What happened between two readings, per workflow, rounded. */
export function workflowDelta(before: WorkflowTotals, after: WorkflowTotals): WorkflowTotals {
  const out: WorkflowTotals = {};
  for (const [workflow, a] of Object.entries(after)) {
    const b = before[workflow] ?? { runs: 0, seconds: 0 };
    if (a.runs === b.runs) continue;
    out[workflow] = { runs: a.runs - b.runs, seconds: Math.round((a.seconds - b.seconds) * 100) / 100 };
  }
  return out;
}
