/**
 * The guarded ingestion HTTP client against a real local server: Retry-After is waited for, a
 * 500 storm opens one source's circuit while another source goes on, timeouts, size caps, the
 * per-host limit, and the SSRF guard (private addresses refused, also behind a redirect).
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedLookup } from '@/server/services/ingestion/http/address-guard';
import {
  createIngestionHttp,
  createIngestionPolicies,
  IngestionHttpError,
  INGESTION_USER_AGENT,
  isPublicAddress,
  parsePrivateHostPolicy,
  parseRetryAfter,
  type IngestionHttpOptions,
} from '@/server/services/ingestion/http';
import { startReplayServer, type ReplayServer } from './fixtures/ats/replay-server';

let server: ReplayServer;
let other: ReplayServer;

beforeAll(async () => {
  server = await startReplayServer();
  other = await startReplayServer();
  other.json('/secret', { secret: true });
});
afterAll(async () => {
  await server.close();
  await other.close();
});

/** Lets only the test server's own host:port through, so any other private address still fails. */
function client(overrides: Partial<IngestionHttpOptions> = {}) {
  return createIngestionHttp({
    source: 'greenhouse:test',
    policies: createIngestionPolicies(),
    allowPrivateHosts: [`127.0.0.1:${server.port}`],
    baseDelayMs: 10,
    maxDelayMs: 50,
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<IngestionHttpError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestionHttpError);
  return error as IngestionHttpError;
}

describe('retries', () => {
  it('waits for a 429 Retry-After of 1 s, then returns the complete answer', async () => {
    let calls = 0;
    server.route('/busy', (_req, res) => {
      calls++;
      if (calls === 1) res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jobs: [1, 2, 3] }));
    });
    const delays: number[] = [];
    const started = Date.now();
    const body = await client({ onRetry: (e) => delays.push(e.delayMs) }).fetchJson(`${server.origin}/busy`);
    const busyHits = server.hits.filter((h) => h.path === '/busy');
    expect(body).toEqual({ jobs: [1, 2, 3] });
    expect(calls).toBe(2);
    expect(delays).toEqual([1000]);
    expect(busyHits[1]!.at - busyHits[0]!.at).toBeGreaterThanOrEqual(990);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('1.5', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it('does not wait for a Retry-After longer than the cap: the 503 is the answer', async () => {
    let calls = 0;
    server.route('/maintenance', (_req, res) => {
      calls++;
      res.writeHead(503, { 'retry-after': '3600' }).end();
    });
    const error = await failure(client().fetchJson(`${server.origin}/maintenance`));
    expect(error.kind).toBe('http_status');
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(calls).toBe(1);
  });

  it('retries a 500 with jittered backoff and gives up after maxAttempts', async () => {
    let calls = 0;
    server.route('/flaky', (_req, res) => {
      calls++;
      res.writeHead(500).end();
    });
    const delays: number[] = [];
    const error = await failure(
      client({ maxAttempts: 3, onRetry: (e) => delays.push(e.delayMs) }).fetchJson(`${server.origin}/flaky`),
    );
    expect(error.kind).toBe('http_status');
    expect(calls).toBe(3);
    expect(delays).toHaveLength(2);
    // Full jitter: each wait lies in [0, min(cap, base * 2^n)).
    expect(delays[0]).toBeLessThan(10);
    expect(delays[1]).toBeLessThan(20);
  });

  it('does not retry a 404', async () => {
    const before = server.hits.length;
    const error = await failure(client().fetchJson(`${server.origin}/nowhere`));
    expect(error).toMatchObject({ kind: 'http_status', status: 404 });
    expect(server.hits.length - before).toBe(1);
  });
});

describe('circuit breaker per source', () => {
  it('a 500 storm opens the circuit of that source; another source on the same host goes on', async () => {
    let stormCalls = 0;
    server.route('/storm', (_req, res) => {
      stormCalls++;
      res.writeHead(500).end('down');
    });
    server.json('/healthy', { ok: true });
    const policies = createIngestionPolicies({ breakerThreshold: 4, halfOpenAfterMs: 60_000 });
    const sick = client({ source: 'lever:sick', policies, maxAttempts: 2 });
    const well = client({ source: 'lever:well', policies, maxAttempts: 2 });

    const kinds: string[] = [];
    for (let i = 0; i < 4; i++) kinds.push((await failure(sick.fetchJson(`${server.origin}/storm`))).kind);
    expect(sick.circuitState()).toBe('open');
    expect(kinds.slice(0, 2)).toEqual(['http_status', 'http_status']);
    expect(kinds.slice(2)).toEqual(['circuit_open', 'circuit_open']);
    expect(stormCalls).toBe(4);

    // Open: refused at once, the server is left alone.
    const open = await failure(sick.fetchJson(`${server.origin}/storm`));
    expect(open.kind).toBe('circuit_open');
    expect(stormCalls).toBe(4);

    expect(await well.fetchJson(`${server.origin}/healthy`)).toEqual({ ok: true });
    expect(well.circuitState()).toBe('closed');
    expect(policies.circuitState('never-used')).toBe('closed');
  });

  it('a half-open circuit closes again after a successful trial', async () => {
    let fail = true;
    server.route('/recovering', (_req, res) => {
      if (fail) res.writeHead(502).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    });
    const policies = createIngestionPolicies({ breakerThreshold: 2, halfOpenAfterMs: 100 });
    const http = client({ source: 'ashby:recovering', policies, maxAttempts: 1 });
    await failure(http.fetchJson(`${server.origin}/recovering`));
    await failure(http.fetchJson(`${server.origin}/recovering`));
    expect(http.circuitState()).toBe('open');
    fail = false;
    await new Promise((r) => setTimeout(r, 150));
    expect(await http.fetchJson(`${server.origin}/recovering`)).toEqual([]);
    expect(http.circuitState()).toBe('closed');
  });
});

describe('limits', () => {
  it('times out a server that never answers', async () => {
    server.route('/hang', () => undefined);
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 200, maxAttempts: 2 }).fetchText(`${server.origin}/hang`));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('times out a body that trickles forever', async () => {
    server.route('/trickle', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 20);
      res.on('close', () => clearInterval(timer));
    });
    const error = await failure(client({ timeoutMs: 300, maxAttempts: 1 }).fetchText(`${server.origin}/trickle`));
    expect(error.kind).toBe('timeout');
  });

  it('refuses a body over the size cap, declared or streamed, and a decompression bomb', async () => {
    server.route('/big', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000)));
    server.route('/chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      res.end();
    });
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
    server.route('/bomb', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(bomb),
    );
    const small = client({ maxBytes: 4096 });
    expect((await failure(small.fetchText(`${server.origin}/big`))).kind).toBe('too_large');
    expect((await failure(small.fetchText(`${server.origin}/chunked`))).kind).toBe('too_large');
    expect(bomb.length).toBeLessThan(100_000);
    expect((await failure(client({ maxBytes: 1024 * 1024 }).fetchJson(`${server.origin}/bomb`))).kind).toBe(
      'too_large',
    );
  });

  it('reads gzip and brotli bodies and names the product in the User-Agent', async () => {
    server.route('/gz', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipSync('{"a":1}')),
    );
    expect(await client().fetchJson(`${server.origin}/gz`)).toEqual({ a: 1 });
    const hit = server.hits.findLast((h) => h.path === '/gz');
    expect(hit?.headers['user-agent']).toBe(INGESTION_USER_AGENT);
    expect(INGESTION_USER_AGENT).toMatch(/^GiveMeJobs\//);
  });

  it('answers bad_content for a body that is not JSON', async () => {
    server.route('/html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>'));
    expect((await failure(client().fetchJson(`${server.origin}/html`))).kind).toBe('bad_content');
  });

  it('keeps at most perHostConcurrency requests in flight per host', async () => {
    let inFlight = 0;
    let peak = 0;
    server.route('/slow', (_req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      }, 80);
    });
    const policies = createIngestionPolicies({ perHostConcurrency: 2 });
    const a = client({ source: 'greenhouse:a', policies });
    const b = client({ source: 'greenhouse:b', policies });
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).fetchJson(`${server.origin}/slow`)));
    expect(peak).toBe(2);
  });
});

describe('SSRF guard', () => {
  const closed = () =>
    createIngestionHttp({ source: 'jsonld:test', policies: createIngestionPolicies(), maxAttempts: 1 });

  it.each([
    'http://127.0.0.1/',
    'http://10.0.0.5/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fd00::1]/',
    'http://100.64.1.1/',
    'http://0.0.0.0/',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://localhost/',
    'http://192.168.1.1:8080/',
    'http://172.16.0.1/',
    'http://224.0.0.1/',
  ])('refuses %s when private hosts are not allowed', async (url) => {
    const error = await failure(closed().fetchText(url));
    expect(error.kind).toBe('refused_address');
  });

  it('refuses the local test server itself when the flag is off', async () => {
    const before = server.hits.length;
    server.json('/ok', { ok: true });
    expect((await failure(closed().fetchJson(`${server.origin}/ok`))).kind).toBe('refused_address');
    expect(server.hits.length).toBe(before);
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/', 'http://user:pw@example.com/', 'not a url'])(
    'refuses %s',
    async (url) => {
      expect((await failure(closed().fetchText(url))).kind).toBe('refused_address');
    },
  );

  it('refuses a redirect to a private address even when the first host is allowed', async () => {
    server.route('/to-metadata', (_req, res) =>
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    );
    server.route('/to-loopback', (_req, res) => res.writeHead(301, { location: `${other.origin}/secret` }).end());
    server.route('/to-localhost', (_req, res) =>
      res.writeHead(307, { location: `http://localhost:${server.port}/ok` }).end(),
    );
    server.route('/to-v6', (_req, res) => res.writeHead(308, { location: `http://[::1]:${other.port}/secret` }).end());
    server.json('/ok', { ok: true });
    const http = client({ maxAttempts: 1 });
    for (const path of ['/to-metadata', '/to-loopback', '/to-localhost', '/to-v6'])
      expect((await failure(http.fetchJson(`${server.origin}${path}`))).kind).toBe('refused_address');
    expect(other.hits.filter((h) => h.path === '/secret')).toHaveLength(0);
  });

  it('follows up to 5 redirects on the allowed host, and no more', async () => {
    for (let i = 0; i < 7; i++)
      server.route(`/hop${i}`, (_req, res) => res.writeHead(302, { location: `/hop${i + 1}` }).end());
    server.json('/hop5', { landed: 5 });
    server.json('/hop7', { landed: 7 });
    const http = client();
    expect(await http.fetchJson(`${server.origin}/hop0`)).toEqual({ landed: 5 });
    expect(await http.fetchText(`${server.origin}/hop1`)).toMatchObject({ finalUrl: `${server.origin}/hop5` });
    server.route('/hop5', (_req, res) => res.writeHead(302, { location: '/hop6' }).end());
    expect((await failure(http.fetchJson(`${server.origin}/hop0`))).kind).toBe('bad_content');
  });

  it('pins the connection: the socket lookup refuses a name that resolves to a private address', async () => {
    const lookup = guardedLookup(false, '80');
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      lookup('localhost', {}, (err) => resolve(err)),
    );
    expect(error?.code).toBe('EREFUSEDADDRESS');
  });

  it('classifies addresses', () => {
    for (const a of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '151.101.1.69'])
      expect(isPublicAddress(a)).toBe(true);
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.127.255.255',
      '0.0.0.0',
      '255.255.255.255',
      '239.1.1.1',
      '::',
      '::1',
      '::ffff:10.0.0.1',
      '::ffff:8.8.8.8',
      'fc00::1',
      'fe80::1',
      'ff02::1',
      '64:ff9b::a00:1',
      'not-an-ip',
    ])
      expect(isPublicAddress(a), a).toBe(false);
  });

  it('reads the allow flag', () => {
    expect(parsePrivateHostPolicy(undefined)).toBe(false);
    expect(parsePrivateHostPolicy('0')).toBe(false);
    expect(parsePrivateHostPolicy('1')).toBe(true);
    expect(parsePrivateHostPolicy('127.0.0.1:4010, localhost:4011')).toEqual(['127.0.0.1:4010', 'localhost:4011']);
  });
});
