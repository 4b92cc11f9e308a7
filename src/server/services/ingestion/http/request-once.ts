/**
 * One HTTP exchange, redirects included, on node:http(s) rather than fetch: the socket's lookup is
 * the only place an SSRF check cannot be raced by DNS (see address-guard.ts), and global fetch has
 * no lookup hook without a dispatcher from an undici we do not depend on. Redirects are followed by
 * hand so every hop is checked; bodies are decompressed here so the size cap counts what is kept.
 */
import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream/promises';
import { Writable, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { assertPublicUrl, defaultPort, guardedLookup, type PrivateHostPolicy } from './address-guard';
import { IngestionHttpError } from './ingestion-http-error';
import { parseRetryAfter } from './retry-after';

export interface RequestSettings {
  policy: PrivateHostPolicy;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  agents: { http: http.Agent; https: https.Agent };
}

export interface RawResponse {
  status: number;
  finalUrl: string;
  contentType: string | null;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function send(
  url: URL,
  method: 'GET' | 'POST',
  body: string | undefined,
  settings: RequestSettings,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  const secure = url.protocol === 'https:';
  const headers: http.OutgoingHttpHeaders = {
    'user-agent': settings.userAgent,
    accept: 'application/json, application/ld+json, text/html;q=0.9, */*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = Buffer.byteLength(body);
  }
  return new Promise((resolve, reject) => {
    const request = (secure ? https : http).request(url, {
      method,
      headers,
      signal,
      agent: secure ? settings.agents.https : settings.agents.http,
      lookup: guardedLookup(settings.policy, defaultPort(url)),
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end(body);
  });
}

function decoded(response: http.IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '')
    .toLowerCase()
    .trim();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return response.pipe(zlib.createInflate());
  if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress());
  return response;
}

async function readCapped(
  response: http.IncomingMessage,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new IngestionHttpError('too_large', `Response of ${declared} bytes is over the ${maxBytes}-byte cap`, {
      url,
    });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) {
        done(new IngestionHttpError('too_large', `Response is over the ${maxBytes}-byte cap`, { url }));
        return;
      }
      chunks.push(chunk);
      done();
    },
  });
  try {
    await pipeline(decoded(response), sink);
  } catch (error) {
    response.destroy();
    // An abort ends the stream with whatever error the stream saw: the caller names it a timeout.
    if (error instanceof IngestionHttpError || signal.aborted) throw error;
    throw new IngestionHttpError('bad_content', 'Response body could not be read or decompressed', {
      url,
      cause: error,
    });
  }
  return Buffer.concat(chunks);
}

function networkError(error: unknown, url: string, signal: AbortSignal, timeoutMs: number): IngestionHttpError {
  if (error instanceof IngestionHttpError) return error;
  if (signal.aborted)
    return new IngestionHttpError('timeout', `No complete answer within ${timeoutMs} ms`, { url, cause: error });
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EREFUSEDADDRESS')
    return new IngestionHttpError('refused_address', 'The host resolved to a non-public address', {
      url,
      cause: error,
    });
  const message = error instanceof Error ? error.message : String(error);
  return new IngestionHttpError('network', `Request failed: ${message}`, { url, cause: error });
}

/** One attempt: check, send, follow redirects (each hop checked), read the capped body. */
export async function requestOnce(
  start: string,
  init: { method?: 'GET' | 'POST'; body?: string },
  settings: RequestSettings,
): Promise<RawResponse> {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let url: URL;
  try {
    url = new URL(start);
  } catch {
    throw new IngestionHttpError('refused_address', 'Not a valid URL', { url: start.slice(0, 200) });
  }
  let method = init.method ?? 'GET';
  let body = init.body;
  for (let hop = 0; ; hop++) {
    let response: http.IncomingMessage;
    try {
      await assertPublicUrl(url, settings.policy);
      response = await send(url, method, body, settings, signal);
    } catch (error) {
      throw networkError(error, url.href, signal, settings.timeoutMs);
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location) {
      response.resume();
      if (hop >= settings.maxRedirects)
        throw new IngestionHttpError('bad_content', `More than ${settings.maxRedirects} redirects`, { url: url.href });
      url = new URL(location, url);
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
      }
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      const retryAfter =
        status === 429 || status === 503 ? parseRetryAfter(response.headers['retry-after'] ?? null) : null;
      throw new IngestionHttpError('http_status', `HTTP ${status}`, {
        url: url.href,
        status,
        retryAfterMs: retryAfter,
      });
    }
    try {
      const bytes = await readCapped(response, url.href, settings.maxBytes, signal);
      return { status, finalUrl: url.href, contentType: response.headers['content-type'] ?? null, body: bytes };
    } catch (error) {
      throw networkError(error, url.href, signal, settings.timeoutMs);
    }
  }
}
