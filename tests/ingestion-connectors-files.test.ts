/**
 * Postings from JSON-LD (a career page read through the real guarded HTTP client from a local
 * server, and uploaded .jsonld files) and from CSV files with a suggested column mapping.
 */
import { describe, expect, it } from 'vitest';
import { createIngestionHttp, createIngestionPolicies } from '@/server/services/ingestion/http';
import {
  extractJobPostingsFromHtml,
  getConnector,
  parseCsvPostings,
  parseJobPostingJsonLd,
  suggestMapping,
} from '@/server/services/ingestion/connectors';
import { expectValid, fixture, useConnectorReplay } from './helpers/connector-replay';

const { server } = useConnectorReplay();

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
