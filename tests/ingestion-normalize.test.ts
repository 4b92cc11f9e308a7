/**
 * Normalization with real strings: salary texts as boards write them, locations, work
 * arrangements, employment types, dates, years of experience, HTML from recorded postings, and
 * the content hash that lets a replay write nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  employmentType,
  htmlToCleanText,
  isQuarantined,
  normalizePosting,
  parseLocation,
  parseSalary,
  postedDate,
  requiredYears,
  workArrangement,
} from '@/server/services/ingestion/normalize';
import type { NormalizedPosting, RawPosting } from '@/server/services/ingestion/normalized-posting';
import { sharedData } from './helpers/shared-data';

const RECORDED = sharedData('ats-payloads');

const raw = (overrides: Partial<RawPosting> = {}): RawPosting => ({
  source: 'greenhouse:acme',
  externalId: '123',
  title: 'Senior Data Engineer',
  companyName: 'Acme',
  descriptionHtml: '<p>Build pipelines in Python and SQL.</p><ul><li>5+ years of experience</li><li>AWS</li></ul>',
  locationText: 'San Francisco, CA',
  workplaceHint: null,
  employmentTypeHint: 'Full-time',
  salaryText: '$120k-$150k a year',
  salaryStructured: null,
  postedAt: '2026-06-01T12:00:00Z',
  applyUrl: 'https://acme.example/jobs/123',
  ...overrides,
});

function ok(input: unknown, fetchedAt = new Date('2026-07-01T00:00:00Z')): NormalizedPosting {
  const result = normalizePosting(input, { fetchedAt });
  if (isQuarantined(result)) throw new Error(`quarantined: ${result.quarantined.reason}`);
  return result;
}

describe('parseSalary', () => {
  it.each([
    ['$120k-$150k a year', 120_000, 150_000, 'USD', 'year', 135_000],
    ['€45.000', 45_000, 45_000, 'EUR', 'year', 51_750],
    ['$30/hr', 30, 30, 'USD', 'hour', 62_400],
    ['$53K-$91K (Glassdoor est.)', 53_000, 91_000, 'USD', 'year', 72_000],
    ['£40,000 - £50,000 per annum', 40_000, 50_000, 'GBP', 'year', 60_750],
    ['Up to $90,000', null, 90_000, 'USD', 'year', 90_000],
    ['$50,000 to $70,000 per year', 50_000, 70_000, 'USD', 'year', 60_000],
    ['$10-$17 Per Hour(Glassdoor est.)', 10, 17, 'USD', 'hour', 28_080],
    ['Employer Provided Salary:$25-$28 Per Hour', 25, 28, 'USD', 'hour', 55_120],
    ['$211.4K – $290.6K • Offers Equity', 211_400, 290_600, 'USD', 'year', 251_000],
    ['€45.000,50 - €50.000 pro Jahr', 45_000.5, 50_000, 'EUR', 'year', 54_625],
    ['$120-150k', 120_000, 150_000, 'USD', 'year', 135_000],
    ['CA$80,000', 80_000, 80_000, 'CAD', 'year', 58_400],
    ['£400 per day', 400, 400, 'GBP', 'day', 140_400],
    ['$6,000/month', 6000, 6000, 'USD', 'month', 72_000],
    ['From £30,000', 30_000, null, 'GBP', 'year', 40_500],
    ['$100k+', 100_000, null, 'USD', 'year', 100_000],
  ])('%s', (text, min, max, currency, period, annualUsd) => {
    expect(parseSalary(text)).toEqual({ min, max, currency, period, annualUsd });
  });

  it.each(['-1', '', 'Competitive', 'DOE', '45000-55000 per year', '$25', '401k match', '$90,000 - $50,000'])(
    'unknown stays null: %j',
    (text) => {
      expect(parseSalary(text)).toBeNull();
    },
  );

  it('reads structured salaries: Ashby intervals, JSON-LD unit text, unknown currencies refused', () => {
    expect(parseSalary({ min: 211400, max: 290600, currency: 'USD', period: '1 YEAR' })).toMatchObject({
      period: 'year',
      annualUsd: 251_000,
    });
    expect(parseSalary({ min: 22, max: 28, currency: 'usd', period: 'HOUR' })).toMatchObject({
      currency: 'USD',
      period: 'hour',
      annualUsd: 52_000,
    });
    expect(parseSalary({ min: 55000, max: 70000, currency: 'EUR', period: 'year' })?.annualUsd).toBe(71_875);
    expect(parseSalary({ min: 50000, max: 60000, currency: 'XYZ', period: 'year' })).toBeNull();
    expect(parseSalary({ min: null, max: null, currency: 'USD', period: 'year' })).toBeNull();
    expect(parseSalary({ min: 5000, max: 6000, currency: 'INR', period: null })).toBeNull();
  });
});

describe('parseLocation', () => {
  it.each([
    ['San Francisco, CA', 'San Francisco', 'CA', 'US'],
    ['New York, NY (HQ)', 'New York', 'NY', 'US'],
    ['Remote - US', null, null, 'US'],
    ['Remote (Canada)', null, null, 'CA'],
    ['London, United Kingdom', 'London', null, 'GB'],
    ['Austin, TEXAS, United States', 'Austin', 'TX', 'US'],
    ['Portland, OR, US', 'Portland', 'OR', 'US'],
    ['Toronto, ON', 'Toronto', 'ON', 'CA'],
    ['Berlin', 'Berlin', null, 'DE'],
    ['Rotterdam, Netherlands', 'Rotterdam', null, 'NL'],
    ['Bengaluru, Karnataka, India', 'Bengaluru', 'Karnataka', 'IN'],
    ['Paris, France; London, UK', 'Paris', null, 'FR'],
    ['Hybrid - Berlin, Germany', 'Berlin', null, 'DE'],
    ['California', null, 'CA', 'US'],
    ['Remote', null, null, null],
    ['Springfield', 'Springfield', null, null],
  ])('%s', (text, city, region, country) => {
    expect(parseLocation(text)).toEqual({ city, region, country });
  });
});

describe('work arrangement and employment type', () => {
  it('takes the source hint first, then the location and the title, then on-site', () => {
    expect(workArrangement('Hybrid', 'New York, NY', 'Engineer')).toBe('hybrid');
    expect(workArrangement('remote', null, 'Engineer')).toBe('remote');
    expect(workArrangement('OnSite', 'Remote - US', 'Engineer')).toBe('onsite');
    expect(workArrangement(null, 'Remote - US', 'Engineer')).toBe('remote');
    expect(workArrangement(null, 'Hybrid', 'Engineer')).toBe('hybrid');
    expect(workArrangement(null, 'Berlin', 'Data Analyst (remote)')).toBe('remote');
    expect(workArrangement(null, 'Berlin', 'Data Analyst')).toBe('onsite');
  });

  it.each([
    ['Full-time', 'full-time'],
    ['FULL_TIME', 'full-time'],
    ['FullTime', 'full-time'],
    ['fulltime', 'full-time'],
    ['permanent', 'full-time'],
    ['Part Time', 'part-time'],
    ['PART_TIME', 'part-time'],
    ['Contract', 'contract'],
    ['CONTRACTOR', 'contract'],
    ['Intern', 'internship'],
    ['internship', 'internship'],
    ['TEMPORARY', 'temporary'],
  ])('employment type %s', (hint, expected) => {
    expect(employmentType(hint, 'Analyst')).toBe(expected);
  });

  it('reads the title when the source says nothing', () => {
    expect(employmentType(null, 'Summer Marketing Intern')).toBe('internship');
    expect(employmentType(null, 'Accountant (Contract)')).toBe('contract');
    expect(employmentType(null, 'Part-Time Cashier')).toBe('part-time');
    expect(employmentType(null, 'Internal Auditor')).toBe('full-time');
  });
});

describe('posted date and required years', () => {
  const fetchedAt = new Date('2026-07-01T00:00:00Z');
  it.each([
    ['2026-07-06T16:06:19-04:00', '2026-06-30T23:59:59.999Z'],
    ['2026-06-01T12:00:00Z', '2026-06-01T12:00:00.000Z'],
    ['2026-05-30', '2026-05-30T00:00:00.000Z'],
    ['2026-06-12T14:03:22', '2026-06-12T14:03:22.000Z'],
    ['1711403416463', '2024-03-25T21:50:16.463Z'],
    ['1781000000', '2026-06-09T10:13:20.000Z'],
    ['Wed, 03 Jun 2026 08:00:00 GMT', '2026-06-03T08:00:00.000Z'],
    ['2026-05-20 09:14:03 UTC', '2026-05-20T09:14:03.000Z'],
  ])('%s', (text, iso) => {
    const result = postedDate(text, new Date('2026-06-30T23:59:59.999Z'));
    expect(result.date.toISOString()).toBe(iso);
  });

  it('uses the fetch time, and says so, for a missing, unreadable or far-future date', () => {
    for (const value of [null, 'yesterday', '2031-01-01', '1970-01-01'])
      expect(postedDate(value, fetchedAt)).toEqual({ date: fetchedAt, estimated: true });
  });

  it.each([
    ['5+ years of experience with data pipelines', 5],
    ['5-7 years of experience', 5],
    ['3 to 5 years experience in finance', 3],
    ["At least two years' experience as a bookkeeper", 2],
    ['Requires 2+ years of SQL and 6+ years in analytics', 6],
    ['We are 25 years young. Great 401k.', 0],
    ['No experience needed', 0],
  ])('required years: %s', (text, years) => {
    expect(requiredYears(text)).toBe(years);
  });
});

describe('htmlToCleanText', () => {
  it('drops scripts and styles, keeps paragraphs and list items as lines, does not wrap', () => {
    const html =
      '<style>p{color:red}</style><h2>About</h2><p>We make   bread.</p><script>alert(1)</script><ul><li>Knead</li><li>Bake</li></ul><p>' +
      'word '.repeat(60) +
      '</p><a href="https://x.example">Apply</a><noscript>enable js</noscript>';
    const text = htmlToCleanText(html);
    expect(text).not.toMatch(/alert|color:red|enable js|<|https:\/\/x\.example/);
    expect(text.split('\n')).toEqual(
      expect.arrayContaining(['About', 'We make bread.', '- Knead', '- Bake', `${'word '.repeat(60).trim()}`, 'Apply']),
    );
  });

  it('cleans a recorded Lever description (entities, nbsp, nested divs)', () => {
    const lever = JSON.parse(readFileSync(path.join(RECORDED, 'jobops_lever_sample.json'), 'utf8')) as {
      description: string;
    }[];
    const text = htmlToCleanText(lever[0]!.description);
    expect(text.startsWith('A World-Changing Company')).toBe(true);
    expect(text).not.toMatch(/&nbsp;|<div|\u00A0/);
    expect(text).toContain('Palantir builds the world’s leading software');
  });

  it('keeps plain text as it is, line breaks included', () => {
    expect(htmlToCleanText('Pick and pack.\nForklift a plus.')).toBe('Pick and pack.\nForklift a plus.');
  });
});

describe('normalizePosting', () => {
  it('produces every stored field', () => {
    const n = ok(raw());
    expect(n).toMatchObject({
      source: 'greenhouse:acme',
      externalId: '123',
      title: 'Senior Data Engineer',
      location: 'San Francisco, CA',
      parsedLocation: { city: 'San Francisco', region: 'CA', country: 'US' },
      remoteType: 'onsite',
      jobType: 'full-time',
      salaryMin: 120_000,
      salaryMax: 150_000,
      salaryCurrency: 'USD',
      salaryPeriod: 'year',
      salaryAnnualUsd: 135_000,
      requiredYears: 5,
      applyUrl: 'https://acme.example/jobs/123',
    });
    expect(n.description).toBe('Build pipelines in Python and SQL.\n\n- 5+ years of experience\n- AWS');
    expect(n.requiredSkills).toEqual(expect.arrayContaining(['Python', 'SQL']));
    expect(n.postedAt.toISOString()).toBe('2026-06-01T12:00:00.000Z');
    expect(n.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prefers a structured salary; rounds hourly amounts to whole units', () => {
    const n = ok(
      raw({ salaryText: 'Competitive', salaryStructured: { min: 22.5, max: 28, currency: 'USD', period: 'HOUR' } }),
    );
    expect(n).toMatchObject({ salaryMin: 23, salaryMax: 28, salaryPeriod: 'hour', salaryAnnualUsd: 52_520 });
  });

  it('without a salary field, reads the pay the description states after a pay word, and nothing else', () => {
    const stated = ok(
      raw({
        salaryText: null,
        descriptionHtml: '<p>We raised $40 million last year.</p><p><strong>Salary:</strong> $95,000 - $110,000 per year</p>',
      }),
    );
    expect(stated).toMatchObject({ salaryMin: 95000, salaryMax: 110000, salaryCurrency: 'USD', salaryPeriod: 'year' });
    const field = ok(raw({ descriptionHtml: '<p>Salary: $60,000 - $70,000</p>' }));
    expect(field).toMatchObject({ salaryMin: 120000, salaryMax: 150000 });
    const none = ok(raw({ salaryText: null, descriptionHtml: '<p>A $2,000,000 budget and a $1,000 signing bonus.</p>' }));
    expect(none).toMatchObject({ salaryMin: null, salaryMax: null, salaryAnnualUsd: null });
  });

  it('an empty description becomes the title line; long titles are cut to 200', () => {
    const n = ok(raw({ descriptionHtml: '<p> </p><script>x()</script>', title: `Chef ${'de partie '.repeat(40)}` }));
    expect(n.title.length).toBeLessThanOrEqual(200);
    expect(n.title.endsWith('…')).toBe(true);
    expect(n.description).toBe(n.title);
  });

  it('a remote posting without a location reads "Remote"; no location at all reads "Not specified"', () => {
    expect(ok(raw({ locationText: null, workplaceHint: 'remote' })).location).toBe('Remote');
    expect(ok(raw({ locationText: null })).location).toBe('Not specified');
  });

  it('the same posting hashes the same; any stored field changes the hash', () => {
    const a = ok(raw());
    expect(ok(raw()).contentHash).toBe(a.contentHash);
    expect(ok(raw({ title: 'Staff Data Engineer' })).contentHash).not.toBe(a.contentHash);
    expect(ok(raw({ salaryText: '$120k-$151k a year' })).contentHash).not.toBe(a.contentHash);
    expect(ok(raw({ postedAt: '2026-06-02T12:00:00Z' })).contentHash).not.toBe(a.contentHash);
  });

  it('a posting without a date gets the fetch time, and a replay at another time is unchanged', () => {
    const first = ok(raw({ postedAt: null }), new Date('2026-07-01T00:00:00Z'));
    const replay = ok(raw({ postedAt: null }), new Date('2026-07-02T00:00:00Z'));
    expect(first.postedAt.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(replay.contentHash).toBe(first.contentHash);
  });

  it('quarantines what is not a raw posting, with the reason', () => {
    const result = normalizePosting({ source: 'lever:x', externalId: 'e1', title: '' });
    expect(isQuarantined(result)).toBe(true);
    if (isQuarantined(result)) {
      expect(result.quarantined).toMatchObject({ source: 'lever:x', externalId: 'e1' });
      expect(result.quarantined.reason).toMatch(/^Not a raw posting/);
    }
    expect(isQuarantined(normalizePosting(raw({ title: '\u0000\u0001' })))).toBe(true);
  });
});
