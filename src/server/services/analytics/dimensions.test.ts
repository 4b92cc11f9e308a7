import { describe, expect, it } from 'vitest';
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
