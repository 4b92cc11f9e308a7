/**
 * Fuzzed payloads (fast-check) through every connector and normalize: records built from real
 * ones with fields swapped for anything (wrong types, huge strings, nulls, nested junk), and
 * envelopes that are not the documented shape. Nothing throws out of a connector or normalize;
 * each record is a valid posting or quarantined with a reason and its payload.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extractJobPostingsFromHtml,
  getConnector,
  parseCsvPostings,
  parseJobPostingJsonLd,
  suggestMapping,
} from '@/server/services/ingestion/connectors';
import { createIngestionHttp, createIngestionPolicies } from '@/server/services/ingestion/http';
import { isQuarantined, normalizePosting, parseSalary } from '@/server/services/ingestion/normalize';
import {
  normalizedPosting,
  rawPosting,
  type ConnectorResult,
  type SourceType,
} from '@/server/services/ingestion/normalized-posting';
import { startReplayServer, type ReplayServer } from './fixtures/ats/replay-server';
import { sharedData } from './helpers/shared-data';

const RECORDED = sharedData('ats-payloads');
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/ats');
type Json = Record<string, unknown>;
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

const gh = read(path.join(RECORDED, 'jobops_greenhouse_sample.json')) as { jobs: Json[] };
const lever = read(path.join(RECORDED, 'jobops_lever_sample.json')) as Json[];
const ashby = read(path.join(RECORDED, 'jobops_ashby_sample.json')) as { jobs: Json[] };
const srDetail = read(path.join(RECORDED, 'jobops_smartrecruiters_detail_sample.json')) as Json;
const workable = read(path.join(FIXTURES, 'workable-widget.json')) as { jobs: Json[] };
const recruitee = read(path.join(FIXTURES, 'recruitee-offers.json')) as { offers: Json[] };
const remotive = read(path.join(FIXTURES, 'remotive-remote-jobs.json')) as { jobs: Json[] };
const arbeitnow = read(path.join(FIXTURES, 'arbeitnow-page1.json')) as { data: Json[] };

/** A real record with some fields replaced by anything at all, or removed. */
function mutated(template: Json): fc.Arbitrary<unknown> {
  const field = (value: unknown) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(value) },
      { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
      { weight: 1, arbitrary: fc.constantFrom(null, '', 0, -1, true, [], {}, 'x'.repeat(600_000)) },
    );
  const record = fc.record(Object.fromEntries(Object.entries(template).map(([k, v]) => [k, field(v)])));
  return fc.oneof({ weight: 8, arbitrary: record }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });
}

const records = (template: Json) => fc.array(mutated(template), { maxLength: 6 });

let server: ReplayServer;
let payload: unknown = null;
beforeAll(async () => {
  server = await startReplayServer();
  server.route('/any', (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload)),
  );
});
afterAll(() => server.close());

/** Every route of every board answers the current payload. */
function serveEverything() {
  for (const p of [
    '/v1/boards/t/jobs',
    '/v0/postings/t',
    '/posting-api/job-board/t',
    '/v1/companies/t/postings',
    '/api/v1/widget/accounts/t',
    '/api/offers/',
    '/api/remote-jobs',
    '/api/job-board-api',
  ])
    server.route(p, (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload) ?? 'null'),
    );
}

async function fetchWith(type: SourceType, body: unknown): Promise<ConnectorResult> {
  payload = body;
  const http = createIngestionHttp({
    source: `${type}:t`,
    policies: createIngestionPolicies(),
    allowPrivateHosts: [`127.0.0.1:${server.port}`],
    maxAttempts: 1,
  });
  return getConnector(type, { baseUrl: server.origin }).fetch({ type, token: 't' }, http);
}

function checkResult(result: ConnectorResult) {
  for (const posting of result.postings) {
    expect(rawPosting.safeParse(posting).success).toBe(true);
    const n = normalizePosting(posting);
    if (isQuarantined(n)) expect(n.quarantined.reason.length).toBeGreaterThan(0);
    else expect(normalizedPosting.safeParse(n).success).toBe(true);
  }
  for (const q of result.quarantined) {
    expect(q.reason.length).toBeGreaterThan(0);
    expect(q.source.length).toBeGreaterThan(0);
  }
}

const CASES: [SourceType, (items: unknown[]) => unknown, Json][] = [
  ['greenhouse', (jobs) => ({ jobs, meta: { total: jobs.length } }), gh.jobs[0]!],
  ['lever', (items) => items, lever[0]!],
  ['ashby', (jobs) => ({ jobs, apiVersion: '1' }), ashby.jobs[0]!],
  ['workable', (jobs) => ({ name: 'W', jobs }), workable.jobs[0]!],
  ['recruitee', (offers) => ({ offers }), recruitee.offers[0]!],
  ['remotive', (jobs) => ({ 'job-count': jobs.length, jobs }), remotive.jobs[0]!],
  ['arbeitnow', (data) => ({ data, links: { next: null } }), arbeitnow.data[0]!],
];

describe('fuzzed board payloads', () => {
  beforeAll(serveEverything);

  it.each(CASES)('%s: every record is a valid posting or quarantined with a reason', async (type, wrap, template) => {
    await fc.assert(
      fc.asyncProperty(records(template), async (items) => {
        const result = await fetchWith(type, wrap(items));
        checkResult(result);
        // Ashby skips unlisted jobs; every other record is accounted for.
        if (type !== 'ashby') expect(result.postings.length + result.quarantined.length).toBe(items.length);
        else expect(result.postings.length + result.quarantined.length).toBeLessThanOrEqual(items.length);
      }),
      { numRuns: 40 },
    );
  });

  it.each(CASES.map(([type]) => type))('%s: an envelope of any shape is quarantined, never thrown', async (type) => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 3 }), async (body) => {
        const result = await fetchWith(type, body);
        checkResult(result);
      }),
      { numRuns: 30 },
    );
  });

  it('smartrecruiters: fuzzed details never throw and are accounted for', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(srDetail), async (detail) => {
        payload = { offset: 0, limit: 100, totalFound: 1, content: [{ id: '1' }] };
        server.route('/v1/companies/t/postings/1', (_req, res) =>
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(detail) ?? 'null'),
        );
        server.route('/v1/companies/t/postings', (_req, res) =>
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload)),
        );
        const http = createIngestionHttp({
          source: 'smartrecruiters:t',
          policies: createIngestionPolicies(),
          allowPrivateHosts: [`127.0.0.1:${server.port}`],
          maxAttempts: 1,
        });
        const result = await getConnector('smartrecruiters', { baseUrl: server.origin }).fetch(
          { type: 'smartrecruiters', token: 't' },
          http,
        );
        checkResult(result);
        expect(result.postings.length + result.quarantined.length).toBe(1);
      }),
      { numRuns: 40 },
    );
  });
});

describe('fuzzed files, pages and strings', () => {
  it('JSON-LD files and pages of any content', () => {
    const posting = fc.record({
      '@type': fc.constantFrom('JobPosting', ['JobPosting'], 'Thing', 3),
      title: fc.oneof(fc.string(), fc.anything({ maxDepth: 1 })),
      description: fc.oneof(fc.string(), fc.anything({ maxDepth: 1 })),
      hiringOrganization: fc.anything({ maxDepth: 2 }),
      jobLocation: fc.anything({ maxDepth: 3 }),
      baseSalary: fc.anything({ maxDepth: 3 }),
      identifier: fc.anything({ maxDepth: 2 }),
      datePosted: fc.anything({ maxDepth: 1 }),
      employmentType: fc.anything({ maxDepth: 1 }),
    });
    fc.assert(
      fc.property(
        fc.oneof(posting, fc.array(posting), fc.record({ '@graph': fc.array(posting) }), fc.anything()),
        (doc) => {
          const fromFile = parseJobPostingJsonLd(doc);
          const fromText = parseJobPostingJsonLd(JSON.stringify(doc) ?? '');
          const page = extractJobPostingsFromHtml(
            `<script type="application/ld+json">${JSON.stringify(doc) ?? ''}</script>`,
            { source: 'jsonld:x', pageUrl: 'https://x.example/jobs' },
          );
          for (const r of [fromFile, fromText, page]) checkResult({ ...r, complete: true });
        },
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (html) => {
        checkResult({ ...extractJobPostingsFromHtml(html, { source: 'jsonld:x', pageUrl: null }), complete: true });
      }),
    );
  });

  it('CSV text of any content, with a mapping suggested from its first line', () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('"', '""', '\n', ',', '"a""b"', '\u0000'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const text = rows.map((r) => r.join(',')).join('\n');
        const headers = rows[0] ?? [];
        const result = parseCsvPostings(text, {
          title: headers[0] ?? 'a',
          companyName: headers[1] ?? 'b',
          ...suggestMapping(headers),
        });
        checkResult({ ...result, complete: true });
      }),
      { numRuns: 300 },
    );
  });

  it('normalize: anything at all is quarantined with a reason, never thrown', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (value) => {
        const result = normalizePosting(value);
        expect(isQuarantined(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('parseSalary: any text gives null or a sane range', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc
            .tuple(
              fc.constantFrom('$', '€', '£', 'CA$', 'USD ', ''),
              fc.nat(1_000_000),
              fc.constantFrom('k', 'K', '', '.5', ',000'),
              fc.constantFrom(' - ', ' to ', '/hr', ' per year', ' a month', '+', ''),
              fc.nat(500),
            )
            .map((p) => p.join('')),
        ),
        (text) => {
          const s = parseSalary(text);
          if (s === null) return;
          if (s.min !== null && s.max !== null) expect(s.min).toBeLessThanOrEqual(s.max);
          expect(s.annualUsd).toBeGreaterThanOrEqual(1000);
          expect(s.annualUsd).toBeLessThanOrEqual(10_000_000);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
