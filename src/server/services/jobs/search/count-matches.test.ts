import { describe, expect, it } from 'vitest';
import { roundEstimate, summarize, type Cells } from './count-matches';

const cells: Cells = new Map([
  ['full-time|onsite', 10],
  ['full-time|remote', 4],
  ['contract|remote', 2],
  ['internship|hybrid', 1],
]);

describe('summarize', () => {
  it('sums cells into the total and facets, each facet ignoring its own selection', () => {
    const out = summarize(cells, { remoteTypes: ['remote'] });
    expect(out.total).toBe(6);
    expect(out.facets.jobType).toEqual({ 'full-time': 4, 'part-time': 0, contract: 2, temporary: 0, internship: 0 });
    expect(out.facets.remoteType).toEqual({ onsite: 10, hybrid: 1, remote: 6 });
    expect(out.estimated).toBe(false);
  });

  it('applies both selections to the total', () => {
    const out = summarize(cells, { jobTypes: ['full-time', 'internship'], remoteTypes: ['onsite', 'hybrid'] });
    expect(out.total).toBe(11);
    expect(out.facets.jobType).toMatchObject({ 'full-time': 10, internship: 1, contract: 0 });
    expect(out.facets.remoteType).toEqual({ onsite: 10, hybrid: 1, remote: 4 });
  });

  it('scales sample counts into rounded estimates', () => {
    const out = summarize(cells, {}, 128);
    expect(out).toMatchObject({ total: 2200, estimated: true }); // 17 x 128 = 2176
    expect(out.facets.remoteType).toEqual({ onsite: 1300, hybrid: 130, remote: 770 });
  });
});

describe('roundEstimate', () => {
  it.each([
    [0, 0],
    [42, 42],
    [128, 130],
    [768, 770],
    [174_848, 170_000],
    [185_000, 190_000],
  ])('%d -> %d', (n, expected) => expect(roundEstimate(n)).toBe(expected));
});
