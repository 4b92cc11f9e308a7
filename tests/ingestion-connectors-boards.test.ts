/**
 * The job board connectors end to end through the real guarded HTTP client, against a local
 * server replaying recorded payloads (Greenhouse, Lever, Ashby, SmartRecruiters) and fixtures in
 * each API's documented shape (Workable, Recruitee, Remotive, Arbeitnow).
 */
import { describe, expect, it } from 'vitest';
import { createIngestionHttp, createIngestionPolicies } from '@/server/services/ingestion/http';
import { getConnector } from '@/server/services/ingestion/connectors';
import { expectValid, fixture, recorded, useConnectorReplay, type Json } from './helpers/connector-replay';

const { server, run } = useConnectorReplay();

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
