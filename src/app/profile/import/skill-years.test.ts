import { describe, expect, it } from 'vitest';
import { skillYearsFromRoles } from './skill-years';

const role = (over: Partial<Parameters<typeof skillYearsFromRoles>[1][number]>) => ({
  title: '',
  company: '',
  location: null,
  startDate: null,
  startPrecision: 'unknown' as const,
  endDate: null,
  endPrecision: 'unknown' as const,
  isCurrent: false,
  durationMonths: null,
  description: null,
  achievements: [],
  guessed: [],
  ...over,
});
const TODAY = new Date('2026-12-05T00:00:00Z');

describe('skillYearsFromRoles', () => {
  it('counts the time of the roles that name the skill, overlaps once, to the half year', () => {
    const roles = [
      role({
        title: 'Data Engineer',
        startDate: '2016-03-01',
        isCurrent: true,
        description: 'Pipelines in Python and Spark.',
      }),
      role({
        title: 'Analyst',
        startDate: '2014-01-01',
        endDate: '2016-12-01',
        achievements: ['Reports in SQL and Python'],
      }),
    ];
    // Python: 2014-01 to now (the two roles overlap in 2016): 12 years 11 months -> 13.
    expect(skillYearsFromRoles('Python', roles, TODAY)).toBe(13);
    // SQL: 2014-01 to 2016-12, 36 months.
    expect(skillYearsFromRoles('SQL', roles, TODAY)).toBe(3);
    expect(skillYearsFromRoles('Spark', roles, TODAY)).toBe(11);
  });

  it('gives 0 (not given) when no dated role names the skill, and matches whole words only', () => {
    const roles = [
      role({ title: 'Developer', description: 'Java services', startDate: '2020-01-01', endDate: '2021-12-01' }),
    ];
    expect(skillYearsFromRoles('Excel', roles, TODAY)).toBe(0);
    expect(skillYearsFromRoles('Java', [role({ description: 'Java, no dates' })], TODAY)).toBe(0);
    expect(
      skillYearsFromRoles(
        'Java',
        [role({ description: 'JavaScript only', startDate: '2020-01-01', endDate: '2021-12-01' })],
        TODAY,
      ),
    ).toBe(0);
    expect(
      skillYearsFromRoles(
        'C++',
        [role({ description: 'Engines in C++.', startDate: '2020-01-01', endDate: '2020-12-01' })],
        TODAY,
      ),
    ).toBe(1);
  });

  it('adds a length the resume gives without dates, and never says less than half a year for a named skill', () => {
    expect(
      skillYearsFromRoles('AutoCAD', [role({ description: 'Drawings in AutoCAD', durationMonths: 24 })], TODAY),
    ).toBe(2);
    expect(
      skillYearsFromRoles(
        'AutoCAD',
        [role({ description: 'AutoCAD', startDate: '2026-10-01', isCurrent: true })],
        TODAY,
      ),
    ).toBe(0.5);
  });
});
