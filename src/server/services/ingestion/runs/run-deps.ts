/**
 * The production wiring of a run: the real connector for the type, normalize, and the guarded
 * HTTP client whose circuit breaker is keyed by the source (shared across runs in this process).
 */
import { getConnector, type ConnectorOptions } from '../connectors';
import { createIngestionHttp, sharedIngestionPolicies, type IngestionPolicies, type PrivateHostPolicy } from '../http';
import { normalizePosting } from '../normalize';
import type { RunDeps } from './run-source';

export interface RunDepsOptions {
  policies?: IngestionPolicies;
  /** Tests serve payloads from 127.0.0.1; never set in production. */
  allowPrivateHosts?: PrivateHostPolicy;
  timeoutMs?: number;
  /** Tests point a board connector at a local server. */
  connector?: ConnectorOptions;
  onJobsChanged?: RunDeps['onJobsChanged'];
  onProgress?: RunDeps['onProgress'];
}

export function runDepsFor(sourceKey: string, opts: RunDepsOptions = {}): RunDeps {
  const policies = opts.policies ?? sharedIngestionPolicies();
  return {
    http: createIngestionHttp({
      source: sourceKey,
      policies,
      ...(opts.allowPrivateHosts !== undefined ? { allowPrivateHosts: opts.allowPrivateHosts } : {}),
      ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    }),
    connectorFor: (type) => getConnector(type, opts.connector),
    normalize: (raw) => normalizePosting(raw, { fetchedAt: new Date() }),
    circuitState: () => policies.circuitState(sourceKey),
    ...(opts.onJobsChanged ? { onJobsChanged: opts.onJobsChanged } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  };
}
