/**
 * The guarded HTTP client every connector fetches through (IngestionHttp): a timeout per attempt,
 * retries with exponential backoff and full jitter that wait as long as a 429/503 Retry-After says,
 * a circuit breaker per source, a concurrency limit per host, a size cap, a user agent naming the
 * product, and the SSRF guard on every hop. Retrying, breaking and limiting are cockatiel policies.
 */
import http from 'node:http';
import https from 'node:https';
import { DelegateBackoff, handleWhen, isBrokenCircuitError, retry, type IRetryBackoffContext } from 'cockatiel';
import type { IngestionHttp } from '../normalized-posting';
import { env } from '@/env';
import { parsePrivateHostPolicy, type PrivateHostPolicy } from './address-guard';
import { IngestionHttpError } from './ingestion-http-error';
import { sharedIngestionPolicies, type CircuitStateName, type IngestionPolicies } from './policies';
import { requestOnce, type RawResponse, type RequestSettings } from './request-once';

export const INGESTION_USER_AGENT = 'GiveMeJobs/0.1 (+https://github.com/givemejobs/givemejobs; job ingestion)';

export interface IngestionHttpOptions {
  /** Source key ('greenhouse:acme'): the circuit breaker this client's requests count against. */
  source: string;
  policies?: IngestionPolicies;
  /** Private destinations let through; default: INGESTION_ALLOW_PRIVATE_HOSTS, unset: none. */
  allowPrivateHosts?: PrivateHostPolicy;
  timeoutMs?: number;
  /** Attempts per request, the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the request fails with the 429/503. */
  maxRetryAfterMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Called before each wait between attempts (logs, tests). */
  onRetry?: (event: { url: string; attempt: number; delayMs: number; error: IngestionHttpError }) => void;
}

export interface IngestionHttpClient extends IngestionHttp {
  circuitState(): CircuitStateName;
}

const MiB = 1024 * 1024;

function charsetOf(contentType: string | null): string {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1] ?? 'utf-8';
}

function decodeText(response: RawResponse): string {
  try {
    return new TextDecoder(charsetOf(response.contentType)).decode(response.body);
  } catch {
    return new TextDecoder('utf-8').decode(response.body);
  }
}

export function createIngestionHttp(options: IngestionHttpOptions): IngestionHttpClient {
  const policies = options.policies ?? sharedIngestionPolicies();
  const settings: RequestSettings = {
    policy: options.allowPrivateHosts ?? parsePrivateHostPolicy(env.INGESTION_ALLOW_PRIVATE_HOSTS),
    userAgent: options.userAgent ?? INGESTION_USER_AGENT,
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? 10 * MiB,
    maxRedirects: options.maxRedirects ?? 5,
    agents: { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) },
  };
  const baseDelay = options.baseDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 10_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 60_000;
  const breaker = policies.breakerFor(options.source);

  const retryable = handleWhen(
    (error) =>
      error instanceof IngestionHttpError &&
      error.transient &&
      (error.retryAfterMs === null || error.retryAfterMs <= maxRetryAfter),
  );
  const backoff = new DelegateBackoff<IRetryBackoffContext<unknown>>((context) => {
    const error = 'error' in context.result ? context.result.error : undefined;
    if (error instanceof IngestionHttpError && error.retryAfterMs !== null) return error.retryAfterMs;
    // Full jitter (AWS architecture blog): uniform in [0, min(cap, base * 2^attempt)).
    return Math.random() * Math.min(maxDelay, baseDelay * 2 ** (context.attempt - 1));
  });
  const retrying = retry(retryable, { maxAttempts: Math.max(0, (options.maxAttempts ?? 4) - 1), backoff });
  retrying.onRetry((event) => {
    if ('error' in event && event.error instanceof IngestionHttpError)
      options.onRetry?.({ url: event.error.url, attempt: event.attempt, delayMs: event.delay, error: event.error });
  });

  async function execute(url: string, init: { method?: 'GET' | 'POST'; body?: string }): Promise<RawResponse> {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      throw new IngestionHttpError('refused_address', 'Not a valid URL', { url: url.slice(0, 200) });
    }
    const limit = policies.bulkheadFor(host);
    try {
      return await retrying.execute(() => breaker.execute(() => limit.execute(() => requestOnce(url, init, settings))));
    } catch (error) {
      if (isBrokenCircuitError(error))
        throw new IngestionHttpError('circuit_open', `Circuit open for ${options.source}: too many recent failures`, {
          url,
          cause: error,
        });
      throw error;
    }
  }

  return {
    async fetchJson(url, init = {}) {
      const response = await execute(url, init);
      try {
        return JSON.parse(decodeText(response)) as unknown;
      } catch (cause) {
        throw new IngestionHttpError('bad_content', 'Response is not valid JSON', { url: response.finalUrl, cause });
      }
    },
    async fetchText(url) {
      const response = await execute(url, {});
      return { text: decodeText(response), finalUrl: response.finalUrl, contentType: response.contentType };
    },
    circuitState: () => policies.circuitState(options.source),
  };
}
