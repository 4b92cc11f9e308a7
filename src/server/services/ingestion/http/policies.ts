/**
 * The resilience state that outlives one fetch: a circuit breaker per source (a board that keeps
 * failing is left alone for a while; other sources go on) and a concurrency limit per host (many
 * Greenhouse boards share boards-api.greenhouse.io, and must not hit it all at once). Both come from
 * cockatiel, so the state machine is a maintained one. One registry per process by default; tests
 * make their own.
 */
import { type BulkheadPolicy, CircuitState, ConsecutiveBreaker, bulkhead, circuitBreaker, handleWhen } from 'cockatiel';
import type { CircuitBreakerPolicy } from 'cockatiel';
import { IngestionHttpError } from './ingestion-http-error';

export interface IngestionPolicyOptions {
  /** Consecutive failed requests (after which the circuit opens). */
  breakerThreshold?: number;
  /** How long an open circuit refuses requests before one trial request. */
  halfOpenAfterMs?: number;
  /** Requests in flight per host; the rest wait in line. */
  perHostConcurrency?: number;
}

export type CircuitStateName = 'closed' | 'open' | 'half_open' | 'isolated';

const STATE_NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'isolated',
};

/** Only a sick server counts against a source: a 404 or a refused address is not an outage. */
const countsAsFailure = handleWhen((error) => error instanceof IngestionHttpError && error.transient);

export interface IngestionPolicies {
  breakerFor(source: string): CircuitBreakerPolicy;
  bulkheadFor(host: string): BulkheadPolicy;
  circuitState(source: string): CircuitStateName;
}

export function createIngestionPolicies(options: IngestionPolicyOptions = {}): IngestionPolicies {
  const breakers = new Map<string, CircuitBreakerPolicy>();
  const bulkheads = new Map<string, BulkheadPolicy>();
  const threshold = options.breakerThreshold ?? 5;
  const halfOpenAfter = options.halfOpenAfterMs ?? 60_000;
  const perHost = options.perHostConcurrency ?? 4;
  const breakerFor = (source: string) => {
    let breaker = breakers.get(source);
    if (!breaker) {
      breaker = circuitBreaker(countsAsFailure, { halfOpenAfter, breaker: new ConsecutiveBreaker(threshold) });
      breakers.set(source, breaker);
    }
    return breaker;
  };
  return {
    breakerFor,
    bulkheadFor(host) {
      let limit = bulkheads.get(host);
      if (!limit) {
        // The queue is bounded by the callers (one run per source), not by the bulkhead.
        limit = bulkhead(perHost, Number.MAX_SAFE_INTEGER);
        bulkheads.set(host, limit);
      }
      return limit;
    },
    circuitState: (source) => (breakers.has(source) ? STATE_NAMES[breakerFor(source).state] : 'closed'),
  };
}

let shared: IngestionPolicies | undefined;

/** The process-wide registry the runs use, so a circuit stays open across runs of one source. */
export function sharedIngestionPolicies(): IngestionPolicies {
  shared ??= createIngestionPolicies();
  return shared;
}
