import { describe, expect, it } from 'vitest';
import type { RemoteType } from '@/lib/validators/enums';
import { bandFor } from './bands';
import { scoreMatch } from './score-match';
import { factorOf, makeJob, makeProfile, skill } from './test-fixtures';
import { DEFAULT_WEIGHTS, parseMatchWeights } from './weights';

const SWE = { code: '15-1252.00', title: 'Software Developers', confidence: 0.9 };
const QA = { code: '15-1253.00', title: 'Software Quality Assurance Analysts and Testers', confidence: 0.8 };
const NURSE = { code: '29-1141.00', title: 'Registered Nurses', confidence: 0.9 };

describe('skills factor', () => {
  it('credits held skills by proficiency and years against the missing ones', () => {
    // requiredYears 5 is the reference for skill years.
    // React (as "ReactJS") 5/5, 5 y: 0.6 + 0.4 x (5/5 + min(5/5, 1)) / 2 = 1.0
    // TypeScript 3/5, 2 y:             0.6 + 0.4 x (3/5 + 2/5) / 2       = 0.8
    // Go, Kubernetes missing: K = 2.   skills = 1.8 / (1.8 + 2) = 9/19
    const result = scoreMatch(
      makeProfile({ skills: [skill('ReactJS', 5, 5), skill('TypeScript', 3, 2)] }),
      makeJob({ requiredSkills: ['React', 'TypeScript', 'Go', 'Kubernetes'], requiredYears: 5 }),
      null,
    );
    const skills = factorOf(result, 'skills');
    expect(skills.score).toBeCloseTo(9 / 19, 12);
    expect(skills.summary).toBe('You have 2 of the 4 required skills');
    expect(result.matchedSkills).toEqual(['React', 'TypeScript']);
    expect(result.missingSkills).toEqual(['Go', 'Kubernetes']);
  });

  it('uses 3 years as the skill reference when the job states no experience', () => {
    // Python 4/5, 1.5 y: 0.6 + 0.4 x (0.8 + 1.5/3) / 2 = 0.6 + 0.4 x 0.65 = 0.86
    // Go missing: 0.86 / (0.86 + 1) = 0.4623655913978495
    const result = scoreMatch(
      makeProfile({ skills: [skill('Python', 4, 1.5)] }),
      makeJob({ requiredSkills: ['Python', 'Go'] }),
      null,
    );
    expect(factorOf(result, 'skills').score).toBeCloseTo(0.86 / 1.86, 12);
  });

  it('ranks an expert above a beginner with the same coverage, and both fully covered at 1', () => {
    const job = makeJob({ requiredSkills: ['Python', 'Go'] });
    // Expert 5/5, 10 y: credit 1 -> 1 / (1 + 1) = 0.5. Beginner 1/5, 0 y: 0.6 + 0.4 x 0.1 = 0.64 -> 0.64 / 1.64.
    const expert = factorOf(scoreMatch(makeProfile({ skills: [skill('Python', 5, 10)] }), job, null), 'skills');
    const beginner = factorOf(scoreMatch(makeProfile({ skills: [skill('Python', 1, 0)] }), job, null), 'skills');
    expect(expert.score).toBe(0.5);
    expect(beginner.score).toBeCloseTo(0.64 / 1.64, 12);
    // Nothing missing: M / (M + 0) = 1 at any depth (seniority is the experience factor's job).
    const full = scoreMatch(
      makeProfile({ skills: [skill('Python', 1, 0)] }),
      makeJob({ requiredSkills: ['Python'] }),
      null,
    );
    expect(factorOf(full, 'skills')).toMatchObject({ score: 1, summary: 'You have the one required skill' });
  });

  it('never lowers the score when the job adds a skill the seeker has, however weakly', () => {
    // A mean of credits would drop from 1 to (1 + 0.64) / 2 = 0.82 here; M / (M + K) with K = 0 stays 1.
    const profile = makeProfile({ skills: [skill('Python', 5, 10), skill('Go', 1, 0)] });
    expect(factorOf(scoreMatch(profile, makeJob({ requiredSkills: ['Python'] }), null), 'skills').score).toBe(1);
    expect(factorOf(scoreMatch(profile, makeJob({ requiredSkills: ['Python', 'Go'] }), null), 'skills').score).toBe(1);
  });

  it('merges spellings on both sides into one canonical skill', () => {
    // Job: React, ReactJS, react.js are one skill; Go is the other.
    // Profile: React 2/5 1 y and ReactJS 5/5 0 y merge to 5/5, 1 y; reference 3 y:
    // 0.6 + 0.4 x (1 + 1/3) / 2 = 13/15 -> (13/15) / (13/15 + 1) = 13/28
    const result = scoreMatch(
      makeProfile({ skills: [skill('React', 2, 1), skill('ReactJS', 5, 0)] }),
      makeJob({ requiredSkills: ['React', 'ReactJS', 'react.js', 'golang'] }),
      null,
    );
    expect(factorOf(result, 'skills').score).toBeCloseTo(13 / 28, 12);
    expect(result.matchedSkills).toEqual(['React']);
    expect(result.missingSkills).toEqual(['Go']);
  });

  it('is neutral (0.5), not a free 1.0, when the job lists no skills', () => {
    const result = scoreMatch(makeProfile({ skills: [skill('Python', 5, 5)] }), makeJob({ requiredSkills: [] }), null);
    expect(factorOf(result, 'skills')).toMatchObject({
      score: 0.5,
      summary: 'The job lists no required skills, so skills count as neutral',
    });
  });

  it('words the summary for none, all and a single missing skill', () => {
    const none = scoreMatch(makeProfile(), makeJob({ requiredSkills: ['Go', 'Rust'] }), null);
    expect(factorOf(none, 'skills')).toMatchObject({ score: 0, summary: 'You have none of the 2 required skills' });
    const all = scoreMatch(
      makeProfile({ skills: [skill('Go'), skill('Rust')] }),
      makeJob({ requiredSkills: ['Go', 'Rust'] }),
      null,
    );
    expect(factorOf(all, 'skills')).toMatchObject({ score: 1, summary: 'You have all 2 required skills' });
    const one = scoreMatch(makeProfile(), makeJob({ requiredSkills: ['Go'] }), null);
    expect(factorOf(one, 'skills').summary).toBe('You lack the one required skill, Go');
  });
});

describe('location factor', () => {
  type Case = [string, { locations?: string[]; remoteTypes?: RemoteType[] }, RemoteType, string, number, string];
  // [why, preferences, job remote type, job location, score, fit]; score = arrangement x place.
  const cases: Case[] = [
    ['no preferences at all: neutral', {}, 'onsite', 'Austin, TX', 0.7, 'no-preference'],
    ['no preferences at all, remote job: still neutral', {}, 'remote', 'Anywhere', 0.7, 'no-preference'],
    ['remote job, remote accepted', { remoteTypes: ['remote'] }, 'remote', 'Remote', 1, 'remote'],
    ['remote job, places but no remote preference', { locations: ['Austin, TX'] }, 'remote', '', 1, 'remote'],
    ['remote-only seeker, onsite job', { remoteTypes: ['remote'] }, 'onsite', 'Austin, TX', 0, 'mismatch'],
    ['onsite-only seeker, remote job', { remoteTypes: ['onsite'] }, 'remote', 'Remote', 0, 'mismatch'],
    ['city, any case', { locations: ['austin'] }, 'onsite', 'Austin, TX', 1, 'match'],
    ['state by name against a state code', { locations: ['Texas'] }, 'onsite', 'Austin, TX 78701', 1, 'match'],
    ['country, accents ignored', { locations: ['Germany'] }, 'onsite', 'München, Germany', 1, 'match'],
    ['city short form', { locations: ['NYC'] }, 'hybrid', 'New York, NY', 1, 'match'],
    ['same state, other city: 1 x 0.5', { locations: ['Austin, TX'] }, 'onsite', 'Dallas, TX', 0.5, 'partial'],
    ['same city name, other state', { locations: ['Portland, OR'] }, 'onsite', 'Portland, ME', 0, 'mismatch'],
    ['elsewhere', { locations: ['Seattle, WA'] }, 'onsite', 'Austin, TX', 0, 'mismatch'],
    // Hybrid near miss: remote-only seeker, hybrid job in their city: 0.5 x 1.
    ['hybrid near miss', { locations: ['Austin'], remoteTypes: ['remote'] }, 'hybrid', 'Austin, TX', 0.5, 'partial'],
    // ... and in the same state only: 0.5 x 0.5.
    [
      'hybrid near miss, same state',
      { locations: ['Austin, TX'], remoteTypes: ['remote'] },
      'hybrid',
      'Dallas, TX',
      0.25,
      'partial',
    ],
    [
      'hybrid-only seeker, onsite job in their city: 0.5 x 1',
      { locations: ['Austin'], remoteTypes: ['hybrid'] },
      'onsite',
      'Austin, TX',
      0.5,
      'partial',
    ],
    [
      'onsite seeker accepts a hybrid job',
      { locations: ['Austin'], remoteTypes: ['onsite'] },
      'hybrid',
      'Austin, TX',
      1,
      'match',
    ],
    [
      'arrangement only, no places: 1 x 0.7',
      { remoteTypes: ['onsite'] },
      'hybrid',
      'Seattle, WA',
      0.7,
      'no-preference',
    ],
    ['job names no place: 1 x 0.5', { locations: ['Austin, TX'] }, 'onsite', '', 0.5, 'partial'],
    ['"Remote" typed as a location accepts remote jobs', { locations: ['Remote'] }, 'remote', 'Remote', 1, 'remote'],
    ['"Remote" as a location is not a place', { locations: ['Remote'] }, 'onsite', 'Austin, TX', 0.7, 'no-preference'],
  ];

  it.each(cases)('%s', (_why, preferences, remoteType, location, score, fit) => {
    const result = scoreMatch(makeProfile({ preferences }), makeJob({ remoteType, location }), null);
    expect(factorOf(result, 'location').score).toBeCloseTo(score, 12);
    expect(result.location.fit).toBe(fit);
    expect(factorOf(result, 'location').summary).toBe(result.location.detail);
  });

  it('explains a ruled-out arrangement', () => {
    const result = scoreMatch(
      makeProfile({ preferences: { remoteTypes: ['remote'] } }),
      makeJob({ remoteType: 'onsite', location: 'Austin, TX' }),
      null,
    );
    expect(result.location.detail).toBe('You want remote work; this job is onsite in Austin, TX');
  });
});

describe('composite', () => {
  // skills 9/19 (first skills test); experience 3/5 = 0.6; location Dallas vs Austin, TX = 0.5;
  // salary 85k of 100k = 0.5.
  // traditional = 0.4 x 9/19 + 0.3 x 0.6 + 0.2 x 0.5 + 0.1 x 0.5 = 0.18947368 + 0.18 + 0.1 + 0.05 = 0.51947368
  const profile = makeProfile({
    skills: [skill('ReactJS', 5, 5), skill('TypeScript', 3, 2)],
    yearsOfExperience: 3,
    preferences: { locations: ['Austin, TX'], remoteTypes: ['hybrid', 'onsite'], salaryMinAnnualUsd: 100_000 },
    occupations: [SWE],
  });
  const job = makeJob({
    requiredSkills: ['React', 'TypeScript', 'Go', 'Kubernetes'],
    requiredYears: 5,
    location: 'Dallas, TX',
    remoteType: 'hybrid',
    salaryAnnualUsd: 85_000,
    occupations: [SWE],
  });
  const traditional = 0.4 * (9 / 19) + 0.3 * 0.6 + 0.2 * 0.5 + 0.1 * 0.5;

  it('is 0.6 x semantic + 0.4 x traditional, with contributions that add up to it', () => {
    // composite = 0.6 x 0.8 + 0.4 x 0.51947368 = 0.48 + 0.20778947 = 0.68778947 -> Good
    const result = scoreMatch(profile, job, 0.8);
    expect(result.traditional).toBeCloseTo(0.5194736842105263, 12);
    expect(result.composite).toBeCloseTo(0.6 * 0.8 + 0.4 * traditional, 12);
    expect(result.composite).toBeCloseTo(0.6877894736842105, 12);
    expect(result.band).toBe('Good');
    expect(result.degraded).toBe(false);
    expect(result.semantic).toBe(0.8);
    expect(result.factors.map((f) => [f.factor, f.weight])).toEqual([
      ['semantic', 0.6],
      ['skills', 0.4 * 0.4],
      ['experience', 0.4 * 0.3],
      ['location', 0.4 * 0.2],
      ['salary', 0.4 * 0.1],
    ]);
    const sum = result.factors.reduce((s, f) => s + f.contribution, 0);
    expect(Math.abs(sum - result.composite)).toBeLessThanOrEqual(1e-9);
    expect(factorOf(result, 'semantic')).toMatchObject({
      contribution: 0.48,
      summary: "Your profile and this job's description are 80% similar in meaning",
    });
    expect(result.occupationFit).toEqual({ job: SWE, profile: SWE, relation: 'same' });
  });

  it('falls back to the traditional score alone when semantic is null (degraded)', () => {
    // composite = traditional = 0.51947368 -> Fair; weights renormalized: 0.4, 0.3, 0.2, 0.1
    const result = scoreMatch(profile, job, null);
    expect(result.degraded).toBe(true);
    expect(result.semantic).toBeNull();
    expect(result.composite).toBe(result.traditional);
    expect(result.composite).toBeCloseTo(traditional, 12);
    expect(result.band).toBe('Fair');
    expect(result.factors.map((f) => [f.factor, f.weight])).toEqual([
      ['skills', 0.4],
      ['experience', 0.3],
      ['location', 0.2],
      ['salary', 0.1],
    ]);
    expect(Math.abs(result.factors.reduce((s, f) => s + f.contribution, 0) - result.composite)).toBeLessThanOrEqual(
      1e-9,
    );
  });

  it('treats NaN as degraded and clamps a raw cosine into [0, 1]', () => {
    expect(scoreMatch(profile, job, Number.NaN).degraded).toBe(true);
    const negative = scoreMatch(profile, job, -0.3);
    expect(negative.semantic).toBe(0);
    expect(negative.composite).toBeCloseTo(0.4 * traditional, 12);
  });

  it('honours custom weights', () => {
    const weights = parseMatchWeights({
      composite: { semantic: 0.5, traditional: 0.5 },
      traditional: { skills: 1, experience: 0, location: 0, salary: 0 },
    });
    // 0.5 x 0.8 + 0.5 x 9/19
    expect(scoreMatch(profile, job, 0.8, weights).composite).toBeCloseTo(0.4 + 0.5 * (9 / 19), 12);
  });

  it('orders missing skills by market demand when a demand map is given', () => {
    // Kubernetes 0.8 x 1 = 0.8 beats Go (0.5 + 0.5 x 0.1) x 1 = 0.55, against the job's own order.
    const demand = new Map([
      ['golang', 0.1],
      ['k8s', 0.6],
    ]);
    expect(scoreMatch(profile, job, 0.8, DEFAULT_WEIGHTS, { marketDemand: demand }).missingSkills).toEqual([
      'Kubernetes',
      'Go',
    ]);
  });
});

describe('weights', () => {
  it('are the seed weights and refuse sets that do not sum to 1', () => {
    expect(DEFAULT_WEIGHTS).toEqual({
      composite: { semantic: 0.6, traditional: 0.4 },
      traditional: { skills: 0.4, experience: 0.3, location: 0.2, salary: 0.1 },
    });
    expect(Object.isFrozen(DEFAULT_WEIGHTS.traditional)).toBe(true);
    expect(() => parseMatchWeights({ ...DEFAULT_WEIGHTS, composite: { semantic: 0.7, traditional: 0.4 } })).toThrow(
      /must sum to 1/,
    );
    expect(() =>
      parseMatchWeights({
        ...DEFAULT_WEIGHTS,
        traditional: { skills: 0.5, experience: 0.3, location: 0.2, salary: 0.1 },
      }),
    ).toThrow(/must sum to 1/);
    expect(() =>
      parseMatchWeights({
        ...DEFAULT_WEIGHTS,
        traditional: { skills: 1.2, experience: -0.2, location: 0, salary: 0 },
      }),
    ).toThrow();
  });
});

describe('bands', () => {
  it.each([
    [0, 'Poor'],
    [0.3999, 'Poor'],
    [0.4, 'Fair'],
    [0.5499, 'Fair'],
    [0.55, 'Good'],
    [0.6999, 'Good'],
    [0.7, 'Strong'],
    [0.6999999999999999, 'Strong'], // 0.7 as a float sum may come out one ulp short
    [0.8499, 'Strong'],
    [0.85, 'Great'],
    [1, 'Great'],
    [Number.NaN, 'Poor'],
  ])('%s is %s', (score, band) => {
    expect(bandFor(score)).toBe(band);
  });

  it('bands the composite at an edge: 0.6 x 0.5 + 0.4 x 1 = 0.7 is Strong', () => {
    // Every traditional factor at 1: the one required skill held, remote job for a remote seeker,
    // no experience required, no salary expectation.
    const result = scoreMatch(
      makeProfile({ skills: [skill('Go')], preferences: { remoteTypes: ['remote'] } }),
      makeJob({ requiredSkills: ['Go'], remoteType: 'remote' }),
      0.5,
    );
    // 0.4 + 0.3 + 0.2 + 0.1 is 0.9999999999999999 in floating point: why bands allow 1e-9 of slack.
    expect(result.traditional).toBeCloseTo(1, 15);
    expect(result.composite).toBeCloseTo(0.7, 15);
    expect(result.band).toBe('Strong');
  });
});

describe('occupation fit', () => {
  const fit = (profileOcc: (typeof SWE)[], jobOcc: (typeof SWE)[], related?: (a: string, b: string) => boolean) =>
    scoreMatch(makeProfile({ occupations: profileOcc }), makeJob({ occupations: jobOcc }), null, DEFAULT_WEIGHTS, {
      related,
    }).occupationFit.relation;

  it('is unknown without occupations on either side', () => {
    expect(fit([], [SWE])).toBe('unknown');
    expect(fit([SWE], [])).toBe('unknown');
  });

  it('compares the top codes: same, related, unrelated', () => {
    expect(fit([SWE, NURSE], [SWE])).toBe('same');
    // Default: the same SOC broad occupation (15-125x) is related.
    expect(fit([SWE], [QA])).toBe('related');
    expect(fit([SWE], [NURSE])).toBe('unrelated');
    // A callback decides instead, with (profile code, job code).
    const calls: [string, string][] = [];
    const related = (a: string, b: string) => {
      calls.push([a, b]);
      return b === NURSE.code;
    };
    expect(fit([SWE], [NURSE], related)).toBe('related');
    expect(fit([SWE], [QA], related)).toBe('unrelated');
    expect(calls).toEqual([
      [SWE.code, NURSE.code],
      [SWE.code, QA.code],
    ]);
  });
});
