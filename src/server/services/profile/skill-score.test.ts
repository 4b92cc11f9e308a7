import { describe, expect, it } from 'vitest';
import { computeSkillScore, degreePoints, experienceYears, type ScoreInput } from './skill-score';

const now = Date.parse('2026-11-28T00:00:00Z');
const empty: ScoreInput = { headline: null, careerGoals: null, hasPreferences: false, skills: [], experience: [], education: [] };

describe('computeSkillScore', () => {
  it('is 0 for an empty profile', () => {
    expect(computeSkillScore(empty, now)).toEqual({ skills: 0, experience: 0, education: 0, completeness: 0, total: 0 });
  });

  it('reaches 100 for a complete, strong profile and never exceeds it', () => {
    const strong: ScoreInput = {
      headline: 'Engineer',
      careerGoals: 'Lead',
      hasPreferences: true,
      skills: Array.from({ length: 20 }, () => ({ proficiencyLevel: 5, yearsOfExperience: 12, lastUsed: null })),
      experience: [{ startDate: '2010-01-01', endDate: null, isCurrent: true, achievements: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }],
      education: [{ degree: 'PhD in Physics' }],
    };
    expect(computeSkillScore(strong, now).total).toBe(100);
  });

  it('weighs a skill by proficiency, depth and recency (hand-computed)', () => {
    // 4/5 x (0.5 + 0.5 x 5/10) x 0.8 = 0.48 -> 60 x 0.48 / 8 = 3.6
    const one = computeSkillScore({ ...empty, skills: [{ proficiencyLevel: 4, yearsOfExperience: 5, lastUsed: '2024-06-01' }] }, now);
    expect(one.skills).toBe(3.6);
    // Same skill used within the year: 0.6 -> 4.5
    const recent = computeSkillScore({ ...empty, skills: [{ proficiencyLevel: 4, yearsOfExperience: 5, lastUsed: '2026-06-01' }] }, now);
    expect(recent.skills).toBe(4.5);
  });

  it('counts completeness items', () => {
    expect(computeSkillScore({ ...empty, headline: 'x', careerGoals: 'y', hasPreferences: true }, now).completeness).toBe(5);
  });
});

describe('experienceYears', () => {
  it('merges overlapping roles', () => {
    const years = experienceYears(
      [
        { startDate: '2020-01-01', endDate: '2022-01-01', isCurrent: false, achievements: [] },
        { startDate: '2021-01-01', endDate: '2023-01-01', isCurrent: false, achievements: [] },
      ],
      now,
    );
    expect(years).toBeCloseTo(3, 1);
  });
});

describe('degreePoints', () => {
  it.each([
    ['Ph.D. Computer Science', 10],
    ['Master of Science', 9],
    ['MBA', 9],
    ['B.Tech', 8],
    ['Bachelor of Arts', 8],
    ['Associate Degree', 6],
    ['High school', 5],
  ] as const)('%s -> %d', (degree, points) => expect(degreePoints(degree)).toBe(points));
});
