/**
 * Connector failures against a local replay server: typed errors for the run, 429 with
 * Retry-After, a circuit opened per board, a refused redirect; and recorded postings normalized.
 */
import { describe, expect, it } from 'vitest';
import { createIngestionHttp, createIngestionPolicies, IngestionHttpError } from '@/server/services/ingestion/http';
import { getConnector } from '@/server/services/ingestion/connectors';
import { normalizePosting } from '@/server/services/ingestion/normalize';
import type { SourceType } from '@/server/services/ingestion/normalized-posting';
import { recorded, useConnectorReplay } from './helpers/connector-replay';

const { server, run } = useConnectorReplay();

describe('failures reach the run as typed errors', () => {
  it('a board that answers 404 (wrong token) throws an http_status error', async () => {
    const error: unknown = await run('greenhouse', 'no-such-board').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestionHttpError);
    expect(error).toMatchObject({ kind: 'http_status', status: 404 });
  });

  it('a response in the wrong shape is one quarantined record, not a crash', async () => {
    server.json('/v1/boards/odd/jobs', { jobs: 'none' });
    const result = await run('greenhouse', 'odd');
    expect(result).toMatchObject({ postings: [], complete: false });
    expect(result.quarantined[0]!.reason).toMatch(/^Unexpected response shape: jobs:/);
  });
});

describe('a run of connectors through one policy registry', () => {
  it('Greenhouse answers 429 with Retry-After: 1, then the full board: the wait happens and the result is complete', async () => {
    let calls = 0;
    server.route('/v1/boards/busy/jobs', (_req, res) => {
      calls++;
      if (calls === 1) res.writeHead(429, { 'retry-after': '1' }).end();
      else
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(recorded('jobops_greenhouse_sample.json')));
    });
    const started = Date.now();
    const result = await run('greenhouse', 'busy');
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(calls).toBe(2);
    expect(result).toMatchObject({ complete: true, quarantined: [] });
    expect(result.postings).toHaveLength(3);
  });

  it('a 500 storm opens the circuit of one Lever board while an Ashby board on the same host goes on', async () => {
    server.route('/v0/postings/stormy', (_req, res) => res.writeHead(500).end());
    server.json('/posting-api/job-board/calm', recorded('jobops_ashby_sample.json'));
    const policies = createIngestionPolicies({ breakerThreshold: 3 });
    const client = (source: string) =>
      createIngestionHttp({
        source,
        policies,
        allowPrivateHosts: [`127.0.0.1:${server.port}`],
        baseDelayMs: 5,
        maxAttempts: 3,
      });
    const lever = getConnector('lever', { baseUrl: server.origin });
    const ashby = getConnector('ashby', { baseUrl: server.origin });
    const first: unknown = await lever
      .fetch({ type: 'lever', token: 'stormy' }, client('lever:stormy'))
      .catch((e: unknown) => e);
    // Three attempts, three 500s: the third opens the circuit.
    expect(first).toMatchObject({ kind: 'http_status', status: 500 });
    expect(server.hits.filter((h) => h.path.startsWith('/v0/postings/stormy'))).toHaveLength(3);
    expect(policies.circuitState('lever:stormy')).toBe('open');
    const hits = server.hits.filter((h) => h.path.startsWith('/v0/postings/stormy')).length;
    const again: unknown = await lever
      .fetch({ type: 'lever', token: 'stormy' }, client('lever:stormy'))
      .catch((e: unknown) => e);
    expect(again).toMatchObject({ kind: 'circuit_open' });
    expect(server.hits.filter((h) => h.path.startsWith('/v0/postings/stormy')).length).toBe(hits);
    const calm = await ashby.fetch({ type: 'ashby', token: 'calm' }, client('ashby:calm'));
    expect(calm.postings).toHaveLength(3);
    expect(policies.circuitState('ashby:calm')).toBe('closed');
  });

  it('a redirect from a board to the metadata address is refused', async () => {
    server.route('/v1/boards/sneaky/jobs', (_req, res) =>
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/iam/' }).end(),
    );
    const error: unknown = await run('greenhouse', 'sneaky').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'refused_address' });
  });

  it('recorded postings normalize to what the boards say', async () => {
    server.json('/v1/boards/duolingo/jobs', recorded('jobops_greenhouse_sample.json'));
    server.json('/posting-api/job-board/ramp', recorded('jobops_ashby_sample.json'));
    server.route('/v0/postings/palantir', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(recorded('jobops_lever_sample.json'))),
    );
    const fetchedAt = new Date('2026-12-01T00:00:00Z');
    const normalized = async (type: SourceType, token: string) =>
      (await run(type, token)).postings.map((p) => normalizePosting(p, { fetchedAt }));
    const [gh] = await normalized('greenhouse', 'duolingo');
    expect(gh).toMatchObject({
      parsedLocation: { city: 'Pittsburgh', region: 'PA', country: 'US' },
      remoteType: 'onsite',
      jobType: 'full-time',
      salaryAnnualUsd: null,
    });
    const [ashby] = await normalized('ashby', 'ramp');
    expect(ashby).toMatchObject({
      title: 'Security Engineer, Cloud',
      remoteType: 'hybrid',
      salaryMin: 211_400,
      salaryMax: 290_600,
      salaryCurrency: 'USD',
      salaryPeriod: 'year',
      salaryAnnualUsd: 251_000,
      parsedLocation: { city: 'New York', region: 'NY', country: 'US' },
    });
    const [lever] = await normalized('lever', 'palantir');
    expect(lever).toMatchObject({
      remoteType: 'hybrid',
      parsedLocation: { city: 'London', region: null, country: 'GB' },
      postedAt: new Date(1711403416463),
    });
    expect((lever as { description: string }).description).not.toMatch(/<div|&nbsp;/);
  });
});
