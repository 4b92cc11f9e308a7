import { describe, expect, it } from 'vitest';
import { computeMetrics } from './compute-metrics';
import { matchBucket } from './dimensions';

describe('matchBucket', () => {
  it('puts each boundary in the bucket it opens (lower bounds inclusive)', () => {
    expect(matchBucket(0).key).toBe('lt55');
    expect(matchBucket(0.5499).key).toBe('lt55');
    expect(matchBucket(0.55).key).toBe('55-70');
    expect(matchBucket(0.6999).key).toBe('55-70');
    expect(matchBucket(0.7).key).toBe('70-85');
    expect(matchBucket(0.8499).key).toBe('70-85');
    expect(matchBucket(0.85).key).toBe('ge85');
    expect(matchBucket(1).key).toBe('ge85');
  });

  it('keeps a missing score apart as "unscored" rather than calling it low', () => {
    expect(matchBucket(null)).toEqual({ key: 'unscored', label: 'Not scored' });
  });
});

describe('the labels a seeker reads', () => {
  it('writes match buckets in percent, as every other screen writes a match score', () => {
    expect(matchBucket(0.3).label).toBe('Below 55%');
    expect(matchBucket(0.6).label).toBe('55–70%');
    expect(matchBucket(0.9).label).toBe('85% and above');
  });

  it('puts a reply after 7.2 days under "4–7 days" (whole days), as the table shows it', () => {
    const fact = (responseDays: number) => ({ responseDays }) as Parameters<typeof computeMetrics>[0][number];
    const buckets = computeMetrics([fact(7), fact(7.2), fact(3.5), fact(14.9)]).responseTimeBuckets;
    expect(buckets.map((b) => [b.key, b.count])).toEqual([
      ['0-3', 1],
      ['4-7', 2],
      ['8-14', 1],
      ['15-30', 0],
      ['31+', 0],
    ]);
  });
});
