/**
 * Every connector end to end through the real guarded HTTP client, against a local server that
 * replays recorded board payloads (../shared/data/ats-payloads, read in place: not ours to ship)
 * and fixtures written from each API's documented shape (tests/fixtures/ats).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIngestionHttp, createIngestionPolicies, IngestionHttpError } from '@/server/services/ingestion/http';
import {
  extractJobPostingsFromHtml,
  getConnector,
  parseCsvPostings,
  parseJobPostingJsonLd,
  suggestMapping,
} from '@/server/services/ingestion/connectors';
import { normalizePosting } from '@/server/services/ingestion/normalize';
import { rawPosting, type SourceType } from '@/server/services/ingestion/normalized-posting';
import { startReplayServer, type ReplayServer } from './fixtures/ats/replay-server';
import { sharedData } from './helpers/shared-data';

const RECORDED = sharedData('ats-payloads');
const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/ats');
const recorded = (name: string): unknown => JSON.parse(readFileSync(path.join(RECORDED, name), 'utf8'));
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

type Json = Record<string, unknown>;

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer();
});
afterAll(() => server.close());

function run(type: SourceType, token: string) {
  const http = createIngestionHttp({
    source: `${type}:${token}`,
    policies: createIngestionPolicies(),
    allowPrivateHosts: [`127.0.0.1:${server.port}`],
    baseDelayMs: 5,
    maxAttempts: 2,
  });
  return getConnector(type, { baseUrl: server.origin }).fetch({ type, token }, http);
}

function expectValid(postings: unknown[]) {
  for (const p of postings) expect(rawPosting.safeParse(p).success).toBe(true);
}

describe('Greenhouse (recorded)', () => {
  it('reads every job, unescapes its HTML content and keeps the company and dates', async () => {
    server.json('/v1/boards/duolingo/jobs', recorded('jobops_greenhouse_sample.json'));
    const result = await run('greenhouse', 'duolingo');
    expect(result.complete).toBe(true);
    expect(result.quarantined).toEqual([]);
    expect(result.postings).toHaveLength(3);
    expectValid(result.postings);
    const first = result.postings[0]!;
    expect(first).toMatchObject({
      source: 'greenhouse:duolingo',
      externalId: '8621586002',
      title: 'Brand Campaigns Director',
      companyName: 'Duolingo',
      locationText: 'Pittsburgh, PA',
      postedAt: '2026-07-06T16:06:19-04:00',
      applyUrl: 'https://careers.duolingo.com/jobs/8621586002?gh_jid=8621586002',
    });
    expect(first.descriptionHtml.startsWith('<p>Our mission at Duolingo')).toBe(true);
    expect(first.descriptionHtml).not.toContain('&lt;p&gt;');
    expect(server.hits.at(-1)?.path).toBe('/v1/boards/duolingo/jobs?content=true');
  });
});

describe('Lever (recorded)', () => {
  it('pages with skip/limit until a page holds fewer than the limit', async () => {
    const sample = recorded('jobops_lever_sample.json') as Json[];
    const fullPage = Array.from({ length: 100 }, (_, i) => ({ ...sample[i % 3], id: `page1-${i}` }));
    server.route('/v0/postings/palantir', (_req, res, url) => {
      const skip = url.searchParams.get('skip');
      expect(url.searchParams.get('mode')).toBe('json');
      expect(url.searchParams.get('limit')).toBe('100');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(skip === '0' ? fullPage : sample));
    });
    const result = await run('lever', 'palantir');
    expect(result.complete).toBe(true);
    expect(result.postings).toHaveLength(103);
    expectValid(result.postings);
    const real = result.postings.find((p) => p.externalId === 'ac978161-6f46-4f6b-ad9e-a258e642751c')!;
    expect(real).toMatchObject({
      source: 'lever:palantir',
      title: 'Administrative Business Partner',
      locationText: 'London, United Kingdom',
      workplaceHint: 'hybrid',
      employmentTypeHint: 'Full-time',
      postedAt: '1711403416463',
      applyUrl: 'https://jobs.lever.co/palantir/ac978161-6f46-4f6b-ad9e-a258e642751c/apply',
    });
    // The lists are part of the description, under their headings.
    expect(real.descriptionHtml).toContain('<h3>Administrative Business Partner (Foundry)</h3><ul>');
    expect(real.descriptionHtml).toContain('Life at Palantir');
    expect(server.hits.filter((h) => h.path.startsWith('/v0/postings/palantir')).map((h) => h.path)).toEqual([
      '/v0/postings/palantir?mode=json&skip=0&limit=100',
      '/v0/postings/palantir?mode=json&skip=100&limit=100',
    ]);
  });
});

describe('Ashby (recorded)', () => {
  it('reads jobs with the structured salary component and the workplace type', async () => {
    server.json('/posting-api/job-board/ramp', recorded('jobops_ashby_sample.json'));
    const result = await run('ashby', 'ramp');
    expect(result).toMatchObject({ complete: true, quarantined: [] });
    expect(result.postings).toHaveLength(3);
    expectValid(result.postings);
    expect(result.postings[0]).toMatchObject({
      externalId: '34413f8d-26bf-4bbc-8ade-eb309a0e2245',
      title: 'Security Engineer, Cloud',
      companyName: 'ramp',
      locationText: 'New York, NY (HQ)',
      workplaceHint: 'Hybrid',
      employmentTypeHint: 'FullTime',
      salaryStructured: { min: 211400, max: 290600, currency: 'USD', period: 'year' },
    });
    expect(server.hits.at(-1)?.path).toBe('/posting-api/job-board/ramp?includeCompensation=true');
  });
});

describe('SmartRecruiters (recorded list + detail)', () => {
  const list = recorded('jobops_smartrecruiters_sample.json') as { content: Json[] };
  const detail = recorded('jobops_smartrecruiters_detail_sample.json') as Json;
  const prefix = '/v1/companies/ServiceNow/postings';

  it('reads the list, then each posting detail for its description', async () => {
    server.json(prefix, list);
    for (const item of list.content) {
      // The recorded detail is of the first posting; the others' details are their list entries
      // plus that job ad, which is the documented detail shape.
      server.json(`${prefix}/${String(item.id)}`, item.id === detail.id ? detail : { ...item, jobAd: detail.jobAd });
    }
    const result = await run('smartrecruiters', 'ServiceNow');
    expect(result.quarantined).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.postings).toHaveLength(3);
    expectValid(result.postings);
    expect(result.postings[0]).toMatchObject({
      source: 'smartrecruiters:ServiceNow',
      externalId: '744000138497339',
      title: 'Sr Product Security Engineer',
      companyName: 'ServiceNow',
      locationText: 'Petah Tikva, Israel',
      workplaceHint: 'hybrid',
      employmentTypeHint: 'Full-time',
      postedAt: '2026-07-19T10:16:34.476Z',
    });
    expect(result.postings[0]!.descriptionHtml).toContain('<h3>Qualifications</h3>');
    expect(result.postings[2]).toMatchObject({ workplaceHint: 'remote', locationText: 'Austin, TEXAS, United States' });
    expect(server.hits.some((h) => h.path === `${prefix}?offset=0&limit=100`)).toBe(true);
  });

  it('quarantines a posting whose detail cannot be read and reports the sync incomplete', async () => {
    server.json(prefix, list);
    server.json(`${prefix}/${detail.id as string}`, detail);
    server.route(`${prefix}/744000138494569`, (_req, res) => res.writeHead(404).end());
    server.json(`${prefix}/744000138421279`, { ...list.content[2], jobAd: detail.jobAd });
    const result = await run('smartrecruiters', 'ServiceNow');
    expect(result.complete).toBe(false);
    expect(result.postings.map((p) => p.externalId)).toEqual(['744000138497339', '744000138421279']);
    expect(result.quarantined).toHaveLength(1);
    expect(result.quarantined[0]).toMatchObject({ externalId: '744000138494569' });
    expect(result.quarantined[0]!.reason).toMatch(/detail could not be read.*HTTP 404/);
  });
});

describe('Workable, Recruitee, Remotive, Arbeitnow (documented shapes)', () => {
  it('Workable: the widget API with details, a record without a title quarantined', async () => {
    server.route('/api/v1/widget/accounts/northwind', (_req, res, url) => {
      expect(url.searchParams.get('details')).toBe('true');
      res.writeHead(200, { 'content-type': 'application/json' }).end(fixture('workable-widget.json'));
    });
    const result = await run('workable', 'northwind');
    expect(result.complete).toBe(true);
    expect(result.postings).toHaveLength(2);
    expectValid(result.postings);
    expect(result.postings[0]).toMatchObject({
      externalId: 'A1B2C3D4E5',
      companyName: 'Northwind Analytics',
      locationText: 'Austin, Texas, United States',
      employmentTypeHint: 'Full-time',
      postedAt: '2026-06-02',
      applyUrl: 'https://apply.workable.com/j/A1B2C3D4E5/apply',
    });
    expect(result.postings[1]).toMatchObject({ workplaceHint: 'remote', locationText: 'Canada' });
    expect(result.quarantined).toHaveLength(1);
    expect(result.quarantined[0]).toMatchObject({ source: 'workable:northwind', externalId: 'BROKEN0001' });
    expect(result.quarantined[0]!.reason).toMatch(/^title:/);
    expect(result.quarantined[0]!.payload).toMatchObject({ shortcode: 'BROKEN0001' });
  });

  it('Recruitee: offers with description + requirements, hybrid flag and salary', async () => {
    server.route('/api/offers/', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(fixture('recruitee-offers.json')),
    );
    const result = await run('recruitee', 'kanaal');
    expect(result).toMatchObject({ complete: true, quarantined: [] });
    expectValid(result.postings);
    expect(result.postings[0]).toMatchObject({
      source: 'recruitee:kanaal',
      externalId: '1849201',
      companyName: 'Kanaal B.V.',
      workplaceHint: 'hybrid',
      employmentTypeHint: 'fulltime',
      salaryStructured: { min: 55000, max: 70000, currency: 'EUR', period: 'year' },
      applyUrl: 'https://kanaal.recruitee.com/o/backend-developer-go/c/new',
    });
    expect(result.postings[0]!.descriptionHtml).toContain('3+ years of experience with Go');
    expect(result.postings[1]).toMatchObject({ workplaceHint: 'onsite', salaryStructured: null });
  });

  it('Recruitee: a company token that is not a DNS label is not turned into a host', async () => {
    const http = createIngestionHttp({ source: 'recruitee:x', policies: createIngestionPolicies() });
    const result = await getConnector('recruitee').fetch({ type: 'recruitee', token: 'evil.com/x?' }, http);
    expect(result.postings).toEqual([]);
    expect(result.complete).toBe(false);
    expect(result.quarantined[0]!.reason).toMatch(/Recruitee company/);
  });

  it('Remotive: every job remote, the required location kept, the salary text passed on', async () => {
    server.route('/api/remote-jobs', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(fixture('remotive-remote-jobs.json')),
    );
    const result = await run('remotive', '');
    expect(result).toMatchObject({ complete: true, quarantined: [] });
    expectValid(result.postings);
    expect(result.postings[0]).toMatchObject({
      source: 'remotive',
      externalId: '2049931',
      locationText: 'Remote - USA Only',
      workplaceHint: 'remote',
      employmentTypeHint: 'full_time',
      salaryText: '$120k - $150k',
    });
    expect(result.postings[1]!.salaryText).toBeNull();
  });

  it('Arbeitnow: follows links.next on the configured host, seconds become a date', async () => {
    server.route('/api/job-board-api', (_req, res, url) => {
      const page = url.searchParams.get('page') === '2' ? 'arbeitnow-page2.json' : 'arbeitnow-page1.json';
      res.writeHead(200, { 'content-type': 'application/json' }).end(fixture(page));
    });
    const result = await run('arbeitnow', '');
    expect(result).toMatchObject({ complete: true, quarantined: [] });
    expect(result.postings.map((p) => p.externalId)).toEqual([
      'frontend-engineer-vue-berlin-231872',
      'pflegefachkraft-hamburg-231990',
      'data-analyst-remote-232004',
    ]);
    expectValid(result.postings);
    expect(result.postings[0]!.postedAt).toBe(new Date(1781000000 * 1000).toISOString());
    expect(result.postings[0]!.employmentTypeHint).toBe('Full Time');
    expect(result.postings[2]!.workplaceHint).toBe('remote');
    expect(server.hits.filter((h) => h.path.startsWith('/api/job-board-api')).map((h) => h.path)).toEqual([
      '/api/job-board-api',
      '/api/job-board-api?page=2',
    ]);
  });
});

describe('JSON-LD pages and files, CSV', () => {
  it('a career page: every JobPosting in @graph and arrays, bad blocks and records quarantined', async () => {
    server.route('/careers', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture('career-page.html')),
    );
    const http = createIngestionHttp({
      source: 'jsonld:test',
      policies: createIngestionPolicies(),
      allowPrivateHosts: [`127.0.0.1:${server.port}`],
    });
    const result = await getConnector('jsonld').fetch({ type: 'jsonld', token: `${server.origin}/careers` }, http);
    expect(result.complete).toBe(true);
    expectValid(result.postings);
    expect(result.postings.map((p) => p.title)).toEqual(['Pastry Chef', 'Delivery Driver', 'Remote Bookkeeper']);
    expect(result.postings[0]).toMatchObject({
      source: expect.stringMatching(/^jsonld:127\.0\.0\.1~[0-9a-f]{8}$/) as unknown,
      externalId: 'PC-17',
      companyName: 'Example Bakery',
      locationText: 'Portland, OR, US',
      employmentTypeHint: 'FULL_TIME',
      salaryStructured: { min: 22, max: 28, currency: 'USD', period: 'HOUR' },
      postedAt: '2026-05-30',
    });
    expect(result.postings[1]).toMatchObject({
      externalId: 'https://bakery.example/jobs/driver',
      companyName: 'Example Bakery',
      locationText: 'Portland, OR',
    });
    expect(result.postings[2]).toMatchObject({ workplaceHint: 'remote', locationText: 'Remote - USA' });
    expect(result.quarantined.map((q) => q.reason)).toEqual([
      'JSON-LD block is not valid JSON',
      expect.stringMatching(/^title:/) as unknown,
    ]);
  });

  it('a .jsonld file: one posting, an array, or a @graph; invalid JSON quarantined', () => {
    const one = parseJobPostingJsonLd({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Nurse',
      hiringOrganization: { name: 'Clinic' },
      identifier: 'N-1',
      description: 'Night shifts.',
    });
    expect(one.postings).toHaveLength(1);
    expect(one.postings[0]).toMatchObject({ source: 'jsonld:file', externalId: 'N-1', title: 'Nurse' });
    const text = JSON.stringify({
      '@graph': [{ '@type': ['JobPosting'], title: 'A', hiringOrganization: 'B', url: 'https://x.example/a' }],
    });
    expect(parseJobPostingJsonLd(text, { source: 'jsonld:upload' }).postings[0]).toMatchObject({
      source: 'jsonld:upload',
      externalId: 'https://x.example/a',
    });
    expect(parseJobPostingJsonLd('{nope').quarantined[0]!.reason).toBe('File is not valid JSON');
  });

  it('CSV: suggested mapping from the headers, quoted multi-line cells, a row without a title quarantined', () => {
    const csv = fixture('jobs.csv');
    const headers = csv.split('\n')[0]!.split(',');
    const mapping = suggestMapping(headers);
    expect(mapping).toEqual({
      externalId: 'Job ID',
      title: 'Job Title',
      companyName: 'Employer',
      description: 'Job Description',
      location: 'City',
      salary: 'Pay',
      postedAt: 'Posted',
      applyUrl: 'Link',
    });
    const result = parseCsvPostings(csv, mapping, { source: 'csv:acme' });
    expect(result.headers).toEqual(headers);
    expect(result.postings).toHaveLength(2);
    expectValid(result.postings);
    expect(result.postings[0]).toMatchObject({
      source: 'csv:acme',
      externalId: 'J-1',
      locationText: 'Reno, NV',
      salaryText: '$18/hr',
      descriptionHtml: 'Pick and pack orders.<br>Forklift certification a plus.',
    });
    // Cells are text, not markup: "<b>" stays visible rather than becoming bold.
    expect(result.postings[1]!.descriptionHtml).toContain('&lt;b&gt;CPA&lt;/b&gt;');
    expect(result.quarantined).toHaveLength(1);
    expect(result.quarantined[0]!.reason).toMatch(/missing title/);
  });

  it('CSV: the Glassdoor export maps by its own headers', () => {
    expect(
      suggestMapping([
        '',
        'Job Title',
        'Salary Estimate',
        'Job Description',
        'Rating',
        'Company Name',
        'Location',
        'Headquarters',
      ]),
    ).toMatchObject({
      title: 'Job Title',
      salary: 'Salary Estimate',
      description: 'Job Description',
      companyName: 'Company Name',
      location: 'Location',
    });
  });
});

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

describe('JSON-LD without an employer', () => {
  it('a page names the employer by its host; a file without one is quarantined', () => {
    const posting = { '@type': 'JobPosting', title: 'Barista', description: 'Coffee.' };
    const page = extractJobPostingsFromHtml(`<script type="application/ld+json">${JSON.stringify(posting)}</script>`, {
      source: 'jsonld:cafe.example',
      pageUrl: 'https://careers.cafe.example/jobs/barista',
    });
    expect(page.postings[0]).toMatchObject({
      companyName: 'cafe.example',
      externalId: 'https://careers.cafe.example/jobs/barista',
      applyUrl: 'https://careers.cafe.example/jobs/barista',
    });
    const file = parseJobPostingJsonLd(posting);
    expect(file.postings).toEqual([]);
    expect(file.quarantined[0]!.reason).toMatch(/names no hiringOrganization/);
  });
});
