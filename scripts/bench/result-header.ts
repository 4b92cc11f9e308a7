import { execFileSync } from 'node:child_process';
import os from 'node:os';

/**
 * The opening of a result file (BENCHMARKS.md format): what ran, when, at which commit, on what.
 * `loads` are 1-minute load averages taken during the run: the cores are shared, so a figure
 * means little without the load it was measured under.
 */
export function resultHeader(name: string, postgresVersion: string, loads: Record<string, number>) {
  return {
    name,
    when: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim(),
    machine: { cpus: os.cpus().length, node: process.version, postgres: postgresVersion, ...loads },
  };
}
