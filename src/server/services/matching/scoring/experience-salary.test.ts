import { describe, expect, it } from 'vitest';
import { scoreMatch } from './score-match';
import { factorOf, makeJob, makeProfile } from './test-fixtures';

describe('experience factor', () => {
  it('is min(user / required, 1)', () => {
    // 3 / 5 = 0.6
    const short = scoreMatch(makeProfile({ yearsOfExperience: 3 }), makeJob({ requiredYears: 5 }), null);
    expect(factorOf(short, 'experience')).toMatchObject({ score: 0.6, summary: 'Needs 5 years; you have 3 years' });
    expect(short.experienceGap).toEqual({ requiredYears: 5, userYears: 3, gapYears: 2, userYearsKnown: true });
    // 7 / 5 capped at 1
    const long = scoreMatch(makeProfile({ yearsOfExperience: 7 }), makeJob({ requiredYears: 5 }), null);
    expect(factorOf(long, 'experience').score).toBe(1);
    expect(long.experienceGap.gapYears).toBe(0);
    // 0.5 / 1 = 0.5
    const half = scoreMatch(makeProfile({ yearsOfExperience: 0.5 }), makeJob({ requiredYears: 1 }), null);
    expect(factorOf(half, 'experience')).toMatchObject({ score: 0.5, summary: 'Needs 1 year; you have 0.5 years' });
  });

  it('says when some roles are not counted for want of dates', () => {
    // Seen on a walk: "you have 2.1 years" for a profile whose current role had lost its dates.
    const role = { title: 'Design Engineer', company: 'Acme', description: null, achievements: [] };
    const experience = [
      { ...role, startDate: '2016-06-01', endDate: '2018-07-01', isCurrent: false, durationMonths: null },
      { ...role, startDate: null, endDate: null, isCurrent: false, durationMonths: null },
    ];
    const profile = makeProfile({ yearsOfExperience: 2.1, experience });
    const summary = factorOf(scoreMatch(profile, makeJob({ requiredYears: 4 }), null), 'experience').summary;
    expect(summary).toBe('Needs 4 years; you have 2.1 years (not counting 1 role without full dates)');
    const two = makeProfile({ yearsOfExperience: 2.1, experience: [...experience, experience[1]!] });
    expect(factorOf(scoreMatch(two, makeJob({ requiredYears: 0 }), null), 'experience').summary).toBe(
      'No minimum experience is stated; you have 2.1 years (not counting 2 roles without full dates)',
    );
    // A role with a stated length counts: nothing to say.
    const stated = [experience[0]!, { ...experience[1]!, durationMonths: 24 }];
    const counted = makeProfile({ yearsOfExperience: 4.1, experience: stated });
    expect(factorOf(scoreMatch(counted, makeJob({ requiredYears: 4 }), null), 'experience').summary).toBe(
      'Needs 4 years; you have 4.1 years',
    );
  });

  it('is unknown, not zero, when the roles carry no dates: neither promise nor warning', () => {
    const undated = makeProfile({ yearsOfExperience: 0, yearsOfExperienceKnown: false });
    const result = scoreMatch(undated, makeJob({ requiredYears: 5 }), null);
    expect(factorOf(result, 'experience')).toMatchObject({
      score: 0.5,
      summary: 'Needs 5 years; add dates to your roles to compare',
    });
    expect(result.experienceGap).toEqual({ requiredYears: 5, userYears: 0, gapYears: 0, userYearsKnown: false });
    expect(JSON.stringify(result)).not.toContain('you have 0');
  });

  it("does not reorder jobs when the seeker's years are unknown, whatever the job requires", () => {
    // Unknown years say nothing about fit: a job stating no minimum is not a better match for
    // them than one asking for 5 years, so every job gets the same neutral score.
    const undated = makeProfile({ yearsOfExperience: 0, yearsOfExperienceKnown: false });
    const scores = [0, 2, 5, 12].map(
      (requiredYears) => factorOf(scoreMatch(undated, makeJob({ requiredYears }), null), 'experience').score,
    );
    expect(new Set(scores)).toEqual(new Set([0.5]));
    expect(factorOf(scoreMatch(undated, makeJob({ requiredYears: 0 }), null), 'experience').summary).toBe(
      'No minimum experience is stated',
    );
  });

  it('is 1 when the job requires no experience', () => {
    const result = scoreMatch(makeProfile({ yearsOfExperience: 3 }), makeJob({ requiredYears: 0 }), null);
    expect(factorOf(result, 'experience')).toMatchObject({
      score: 1,
      summary: 'No minimum experience is stated; you have 3 years',
    });
  });
});

describe('salary factor', () => {
  const withExpectation = (salaryMinAnnualUsd: number | null) => makeProfile({ preferences: { salaryMinAnnualUsd } });
  const at = (salaryAnnualUsd: number | null) => makeJob({ salaryAnnualUsd });

  it('falls linearly from 1 at the expectation to 0 at 70% of it', () => {
    // 85k of 100k: (0.85 - 0.7) / 0.3 = 0.5
    const below = scoreMatch(withExpectation(100_000), at(85_000), null);
    expect(factorOf(below, 'salary')).toMatchObject({ summary: 'Pays about $85,000, 15% below your $100,000' });
    expect(factorOf(below, 'salary').score).toBeCloseTo(0.5, 12);
    expect(below.salary).toEqual({ fit: 'below', jobAnnualUsd: 85_000, expectedAnnualUsd: 100_000 });
    // 94k: (0.94 - 0.7) / 0.3 = 0.8
    expect(factorOf(scoreMatch(withExpectation(100_000), at(94_000), null), 'salary').score).toBeCloseTo(0.8, 12);
    // 70k and 60k: 0
    expect(factorOf(scoreMatch(withExpectation(100_000), at(70_000), null), 'salary').score).toBeCloseTo(0, 12);
    expect(factorOf(scoreMatch(withExpectation(100_000), at(60_000), null), 'salary').score).toBe(0);
  });

  it('is 1 when the job meets the expectation', () => {
    const result = scoreMatch(withExpectation(100_000), at(120_000), null);
    expect(factorOf(result, 'salary').score).toBe(1);
    expect(result.salary.fit).toBe('meets');
  });

  it('is neutral 0.5 when the job salary is unknown, 1 when the seeker has no expectation', () => {
    const unknown = scoreMatch(withExpectation(100_000), at(null), null);
    expect(factorOf(unknown, 'salary').score).toBe(0.5);
    expect(unknown.salary.fit).toBe('unknown');
    const none = scoreMatch(withExpectation(null), at(null), null);
    expect(factorOf(none, 'salary').score).toBe(1);
    expect(none.salary.fit).toBe('no-preference');
  });
});
