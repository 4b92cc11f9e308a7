import { describe, expect, it } from 'vitest';
import { yearsOfExperience } from './years-of-experience';

const today = new Date('2026-01-01T00:00:00Z');

describe('yearsOfExperience', () => {
  it('adds separate spans and counts overlaps once', () => {
    expect(
      yearsOfExperience(
        [
          { startDate: '2016-01-01', endDate: '2018-01-01', isCurrent: false }, // 2 y
          { startDate: '2017-01-01', endDate: '2019-01-01', isCurrent: false }, // overlaps: +1 y
          { startDate: '2022-01-01', endDate: null, isCurrent: true }, // 4 y to today
        ],
        today,
      ),
    ).toBe(7);
  });

  it('ignores entries that end before they start and caps at today', () => {
    expect(
      yearsOfExperience(
        [
          { startDate: '2020-01-01', endDate: '2019-01-01', isCurrent: false },
          { startDate: '2025-01-01', endDate: '2030-01-01', isCurrent: false },
        ],
        today,
      ),
    ).toBe(1);
    expect(yearsOfExperience([], today)).toBe(0);
  });

  it('adds the stated length of undated roles, and nothing for an undated role without one', () => {
    expect(
      yearsOfExperience(
        [
          { startDate: '2024-01-01', endDate: null, isCurrent: true }, // 2 y
          { startDate: null, endDate: null, isCurrent: false, durationMonths: 18 }, // +1.5 y
          { startDate: null, endDate: null, isCurrent: false, durationMonths: null }, // unknown: +0
        ],
        today,
      ),
    ).toBe(3.5);
  });
});
