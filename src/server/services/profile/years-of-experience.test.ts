import { describe, expect, it } from 'vitest';
import { yearsKnown, yearsOfExperience } from './years-of-experience';

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

  it('counts nothing for a role said to start before 1940 (stored before the profile refused such dates)', () => {
    // A role "since 1900" had made matching say 126 years of experience.
    const roles = [
      { startDate: '1900-01-01', endDate: null, isCurrent: true },
      { startDate: '2020-01-01', endDate: '2022-01-01', isCurrent: false },
    ];
    expect(yearsOfExperience(roles, today)).toBe(2);
    expect(yearsKnown(roles.slice(0, 1))).toBe(false);
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

  it('counts an end date to the end of its period, and a start with no end as unknown', () => {
    expect(
      yearsOfExperience(
        [{ startDate: '2019-01-01', endDate: '2019-01-01', endPrecision: 'year', isCurrent: false }],
        today,
      ),
    ).toBe(1);
    expect(
      yearsOfExperience(
        [{ startDate: '2019-03-01', endDate: '2019-08-01', endPrecision: 'month', isCurrent: false }],
        today,
      ),
    ).toBe(0.5);
    expect(yearsOfExperience([{ startDate: '2015-01-01', endDate: null, isCurrent: false }], today)).toBe(0);
    expect(yearsKnown([{ startDate: '2015-01-01', endDate: null, isCurrent: false }])).toBe(false);
    expect(yearsKnown([{ startDate: null, endDate: null, isCurrent: false, durationMonths: 6 }])).toBe(true);
    expect(yearsKnown([])).toBe(true);
  });
});
