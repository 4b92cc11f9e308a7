import { describe, expect, it } from 'vitest';
import { jobSearchInput, searchCriteriaFromParams, searchCriteriaToParams, type JobSearchInput } from './search';

describe('jobSearchInput', () => {
  it('fills defaults and normalizes text and sets', () => {
    expect(jobSearchInput.parse({})).toEqual({ includeUnknownSalary: true, sort: 'relevance', page: 1, limit: 20 });
    const c = jobSearchInput.parse({
      keywords: '  python   developer ',
      location: '   ',
      jobTypes: ['part-time', 'contract', 'part-time'],
      remoteTypes: [],
    });
    expect(c.keywords).toBe('python developer');
    expect(c.location).toBeUndefined();
    expect(c.jobTypes).toEqual(['contract', 'part-time']);
    expect(c.remoteTypes).toBeUndefined();
  });

  it('rejects out-of-range values', () => {
    for (const bad of [
      { keywords: 'x'.repeat(201) },
      { salaryMin: -1 },
      { postedWithinDays: 0 },
      { postedWithinDays: 366 },
      { postedWithinDays: 1.5 },
      { page: 0 },
      { page: 501 },
      { limit: 51 },
      { sort: 'popular' },
      { jobTypes: ['gig'] },
    ]) {
      expect(jobSearchInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('search criteria in the URL', () => {
  it('leaves defaults out, so a plain search is a bare URL', () => {
    expect(searchCriteriaToParams({}).toString()).toBe('');
    expect(
      searchCriteriaToParams({ sort: 'relevance', page: 1, limit: 20, includeUnknownSalary: true }).toString(),
    ).toBe('');
  });

  it('round-trips every filter', () => {
    const input: JobSearchInput = {
      keywords: '"data engineer" -senior',
      location: 'New York',
      jobTypes: ['full-time', 'contract'],
      remoteTypes: ['remote'],
      salaryMin: 120000,
      includeUnknownSalary: false,
      postedWithinDays: 7,
      sort: 'salary',
      page: 3,
      limit: 50,
    };
    const params = searchCriteriaToParams(input);
    expect(params.toString()).toBe(
      'q=%22data+engineer%22+-senior&location=New+York&type=contract&type=full-time&remote=remote&salary=120000&unknownSalary=0&posted=7&sort=salary&page=3&limit=50',
    );
    expect(searchCriteriaFromParams(params)).toEqual(jobSearchInput.parse(input));
    expect(searchCriteriaFromParams(params.toString())).toEqual(jobSearchInput.parse(input));
  });

  it('reads hand-edited URLs leniently: comma lists, unknown values dropped, bad numbers ignored', () => {
    const c = searchCriteriaFromParams(
      'q=nurse&type=contract,gig,part-time&remote=moon&salary=abc&posted=999&page=-2&limit=20&sort=best&unknownSalary=false',
    );
    expect(c).toEqual({
      keywords: 'nurse',
      jobTypes: ['contract', 'part-time'],
      includeUnknownSalary: false,
      sort: 'relevance',
      page: 1,
      limit: 20,
    });
  });
});
