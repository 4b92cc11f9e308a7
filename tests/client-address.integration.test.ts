/**
 * Spoofable rate limits (issue 11, item 4): through a real Node HTTP server with the socket-address
 * stamp that `next start` gets from instrumentation.ts, a client that rotates X-Forwarded-For
 * still lands in one bucket (TRUSTED_PROXY_COUNT=0, the default), and a request whose address
 * cannot be determined is limited in a shared bucket rather than not at all.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryRateLimiter } from '@/server/adapters/rate-limit';
import { peerAddressHeader, stampPeerAddresses, UNKNOWN_ADDRESS } from '@/server/services/security/client-address';
import { clientIpFrom, RATE_LIMITS } from '@/server/services/security/rate-limits';
import { signInWithLimits } from '@/server/services/users/sign-in';
import { drainWorkflows } from '@/server/workflows/dispatch';
import { callerFor } from './helpers/callers';
import { createTestDatabase, type TestDatabase } from './helpers/databases';
import { signUpUser } from './helpers/factories';

// Time stands still, so a wait never runs out between two attempts on a slow machine.
const FROZEN = new Date();
const frozen = () => FROZEN;

const headersOf = (req: IncomingMessage) => ({
  get: (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
  },
});

describe('client address behind next start (no trusted proxy)', () => {
  let tdb: TestDatabase;
  let server: Server;
  let base: string;
  const signUpLimiter = memoryRateLimiter();
  const signInLimiter = memoryRateLimiter();

  beforeAll(async () => {
    tdb = await createTestDatabase('pglite');
    stampPeerAddresses();
    // Each request: the address the app would key limits on, and the sign-up / sign-in it asked for.
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const clientIp = clientIpFrom(headersOf(req));
        const input = body ? (JSON.parse(body) as Record<string, string>) : null;
        const work =
          req.url === '/sign-up' && input
            ? callerFor(tdb.db, undefined, { clientIp, rateLimiter: signUpLimiter })
                .users.signUp({ email: input.email!, password: 'Evaluation!2026x', firstName: 'Rot', lastName: 'Ator' })
                .then(
                  () => 200,
                  (e: { code?: string }) => (e.code === 'TOO_MANY_REQUESTS' ? 429 : 500),
                )
            : req.url === '/sign-in' && input
              ? signInWithLimits(tdb.db, signInLimiter, input, clientIp, { now: frozen }).then((o) =>
                  o.ok ? 200 : o.reason === 'rate_limited' ? 429 : 401,
                )
              : Promise.resolve(200);
        void work.then((status) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ clientIp }));
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await drainWorkflows();
    await tdb.destroy();
  });

  const post = (path: string, body: unknown, headers: Record<string, string>) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('keys on the socket address whatever X-Forwarded-For, X-Real-IP or even the stamp header say', async () => {
    const res = await fetch(base, {
      headers: {
        'x-forwarded-for': '203.0.113.77',
        'x-real-ip': '198.51.100.5',
        [peerAddressHeader()]: '198.51.100.9',
      },
    });
    expect(await res.json()).toEqual({ clientIp: '127.0.0.1' });
  });

  it('rotating X-Forwarded-For does not bypass the sign-up limit', async () => {
    const statuses = [];
    for (let i = 0; i < RATE_LIMITS.signUpPerIp.points + 3; i++) {
      const res = await post(
        '/sign-up',
        { email: `rotate${i}.${Date.now()}@example.com` },
        { 'x-forwarded-for': `203.0.113.${i + 1}` },
      );
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array.from({ length: RATE_LIMITS.signUpPerIp.points }, () => 200), 429, 429, 429]);
  });

  it('rotating X-Forwarded-For does not bypass the sign-in throttle', async () => {
    const u = await signUpUser(tdb.db, { password: 'Evaluation!2026x' });
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const res = await post(
        '/sign-in',
        { email: u.email, password: 'Wrong!Guess2026' },
        { 'x-forwarded-for': `198.51.100.${i + 1}` },
      );
      statuses.push(res.status);
    }
    // Three free failures from the one real address, then it must wait (exponential delay).
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
  });
});

describe('limits with no address known', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase('pglite');
  });
  afterAll(async () => {
    await drainWorkflows();
    await tdb.destroy();
  });

  it('sign-ups share one bucket instead of being unlimited', async () => {
    const clientIp = clientIpFrom({ get: () => null });
    expect(clientIp).toBe(UNKNOWN_ADDRESS);
    const limiter = memoryRateLimiter();
    const results = [];
    for (let i = 0; i < RATE_LIMITS.signUpPerIp.points + 1; i++) {
      results.push(
        await callerFor(tdb.db, undefined, { clientIp, rateLimiter: limiter })
          .users.signUp({
            email: `nobody${i}.${Date.now()}@example.com`,
            password: 'Evaluation!2026x',
            firstName: 'No',
            lastName: 'Where',
          })
          .then(
            () => 'ok',
            (e: { code?: string }) => e.code,
          ),
      );
    }
    expect(results.at(-1)).toBe('TOO_MANY_REQUESTS');
    expect(results.filter((r) => r === 'ok')).toHaveLength(RATE_LIMITS.signUpPerIp.points);
  });

  it('sign-ins without an address are throttled too', async () => {
    const u = await signUpUser(tdb.db, { password: 'Evaluation!2026x' });
    const limiter = memoryRateLimiter();
    const outcomes = [];
    for (let i = 0; i < 5; i++)
      outcomes.push(
        await signInWithLimits(tdb.db, limiter, { email: u.email, password: 'Wrong!Guess2026' }, null, { now: frozen }),
      );
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.reason))).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'rate_limited',
      'rate_limited',
    ]);
  });
});
