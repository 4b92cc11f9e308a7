import { describe, expect, it } from 'vitest';
import { BAND_ORDER, bandFor, capBand } from './bands';
import { FAR_BELOW_RATIO, salaryBandCap, salaryFactor, SALARY_FLOOR_RATIO } from './experience-salary';
import { scoreMatch } from './score-match';
import { factorOf, makeJob, makeProfile, skill } from './test-fixtures';

describe('capBand', () => {
  it('lowers a band above the cap to the cap and leaves the others alone', () => {
    expect(capBand('Strong', 'Good')).toBe('Good');
    expect(capBand('Great', 'Fair')).toBe('Fair');
    expect(capBand('Good', 'Good')).toBe('Good');
    expect(capBand('Poor', 'Fair')).toBe('Poor');
    for (const band of BAND_ORDER) expect(capBand(band, null)).toBe(band);
  });
});

describe('salaryBandCap', () => {
  it('caps at Good under 85% of the floor and at Fair under 70%, and not at all from 85% up', () => {
    expect(salaryBandCap(1.2)).toBeNull();
    expect(salaryBandCap(FAR_BELOW_RATIO)).toBeNull();
    expect(salaryBandCap(0.849)).toBe('Good');
    expect(salaryBandCap(SALARY_FLOOR_RATIO)).toBe('Good');
    expect(salaryBandCap(0.699)).toBe('Fair');
    expect(salaryBandCap(0)).toBe('Fair');
  });

  it('says so in the salary summary', () => {
    const profile = makeProfile({ preferences: { salaryMinAnnualUsd: 130_000 } });
    const far = salaryFactor(profile, makeJob({ salaryAnnualUsd: 77_000 }));
    expect(far.bandCap).toBe('Fair');
    expect(far.summary).toBe('Pays about $77,000, 41% below your $130,000, so this match is rated Fair at most');
    const near = salaryFactor(profile, makeJob({ salaryAnnualUsd: 120_000 }));
    expect(near.bandCap).toBeNull();
    expect(near.summary).toBe('Pays about $120,000, 8% below your $130,000');
    expect(salaryFactor(profile, makeJob({ salaryAnnualUsd: null })).bandCap).toBeNull();
  });
});

describe('a well-fitting job far below the salary floor', () => {
  // The case: a senior seeker with a $130k floor and a $66-88k job that fits otherwise.
  const profile = makeProfile({
    skills: [skill('React', 5, 6), skill('TypeScript', 5, 6)],
    yearsOfExperience: 8,
    preferences: { remoteTypes: ['remote', 'hybrid'], salaryMinAnnualUsd: 130_000 },
  });
  const job = makeJob({ remoteType: 'remote', requiredSkills: ['React', 'TypeScript'], requiredYears: 3 });

  it('keeps its composite, the sum of the contributions, but is rated Fair instead of Strong', () => {
    const paid = scoreMatch(profile, { ...job, salaryAnnualUsd: 140_000 }, 0.75);
    const underpaid = scoreMatch(profile, { ...job, salaryAnnualUsd: 77_000 }, 0.75);
    expect(paid.band).toBe('Great');
    expect(bandFor(underpaid.composite)).toBe('Strong');
    expect(underpaid.band).toBe('Fair');
    const sum = underpaid.factors.reduce((s, f) => s + f.contribution, 0);
    expect(underpaid.composite).toBeCloseTo(sum, 12);
    expect(factorOf(underpaid, 'salary').summary).toMatch(/rated Fair at most$/);
  });

  it('is rated Good at most between 70% and 85% of the floor', () => {
    expect(scoreMatch(profile, { ...job, salaryAnnualUsd: 100_000 }, 0.9).band).toBe('Good');
  });
});
