/**
 * One bounded autocannon run against one target: req/s, and p50/p95/p99 computed from every
 * response's own latency (autocannon's summary has no p95). A run with failures is reported as
 * such: its figures would measure error pages.
 */
import autocannon from 'autocannon';
import { percentile, round } from '../stats';

export interface Target {
  name: string;
  origin: string;
  /** Paths taken in turn, one per request (a query mix, several job ids). */
  paths: string[];
  headers?: Record<string, string>;
}

export interface LoadFigures {
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  requests: number;
  failures: number;
}

export function runLoad(target: Target, connections: number, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  let failures = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.origin,
        connections,
        duration: seconds,
        timeout: 30,
        headers: target.headers,
        requests: target.paths.map((path) => ({ method: 'GET', path })),
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          rps: round(latencies.length / result.duration, 1),
          p50_ms: round(percentile(latencies, 50)),
          p95_ms: round(percentile(latencies, 95)),
          p99_ms: round(percentile(latencies, 99)),
          requests: latencies.length,
          failures: failures + result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else failures += 1;
    });
  });
}
