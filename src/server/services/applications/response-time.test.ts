import { describe, expect, it } from 'vitest';
import { responseDays } from './response-time';

describe('responseDays', () => {
  it('is null until the application has both dates', () => {
    expect(responseDays(null, null)).toBeNull();
    expect(responseDays(new Date(), null)).toBeNull();
  });

  it('counts days to one decimal', () => {
    const applied = new Date('2026-03-01T09:00:00Z');
    expect(responseDays(applied, new Date('2026-03-08T09:00:00Z'))).toBe(7);
    expect(responseDays(applied, new Date('2026-03-02T21:00:00Z'))).toBe(1.5);
    expect(responseDays(applied, applied)).toBe(0);
  });
});
