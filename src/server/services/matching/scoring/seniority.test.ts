import { describe, expect, it } from 'vitest';
import { scoreMatch } from './score-match';
import { jobSeniority } from './seniority';
import { factorOf, makeJob, makeProfile } from './test-fixtures';

describe('jobSeniority', () => {
  it('reads the level a title or job type states, and nothing from a title that states none', () => {
    expect(jobSeniority('Junior Data Analyst', 'full-time')).toBe('entry');
    expect(jobSeniority('Jr. Accountant', 'full-time')).toBe('entry');
    expect(jobSeniority('Entry-Level Software Developer', 'full-time')).toBe('entry');
    expect(jobSeniority('Graduate Engineer', 'full-time')).toBe('entry');
    expect(jobSeniority('Marketing Intern', 'full-time')).toBe('intern');
    expect(jobSeniority('Data Analyst', 'internship')).toBe('intern');
    expect(jobSeniority('Senior Nurse', 'full-time')).toBe('senior');
    expect(jobSeniority('Sr Backend Engineer', 'contract')).toBe('senior');
    expect(jobSeniority('Staff Engineer', 'full-time')).toBe('lead');
    expect(jobSeniority('Principal Data Scientist', 'full-time')).toBe('lead');
    expect(jobSeniority('Lead Game Developer', 'full-time')).toBe('lead');
    expect(jobSeniority('Data Analyst', 'full-time')).toBeNull();
    // Words that only look like a level.
    expect(jobSeniority('Leadership Development Coach', 'full-time')).toBeNull();
    expect(jobSeniority('Internal Auditor', 'full-time')).toBeNull();
    expect(jobSeniority('Senior Care Aide', 'full-time')).toBeNull();
    expect(jobSeniority('Senior Living Coordinator', 'full-time')).toBeNull();
    expect(jobSeniority('Staff Accountant', 'full-time')).toBeNull();
    expect(jobSeniority('Staff Nurse', 'full-time')).toBeNull();
    expect(jobSeniority('Staff Software Engineer', 'full-time')).toBe('lead');
  });
});

describe('experience factor and the level a job states', () => {
  const years = (yearsOfExperience: number) => makeProfile({ yearsOfExperience });
  // A match that reaches Great on everything else.
  const great = (
    profile: ReturnType<typeof makeProfile>,
    title: string,
    jobType: 'full-time' | 'internship' = 'full-time',
  ) => scoreMatch(profile, makeJob({ title, jobType, requiredYears: 0 }), 1);

  it('falls for a seeker far past a junior role, and caps its band', () => {
    // Found in a new-user walk: a Junior posting was the top match, rated Strong, for 12 years.
    const veteran = great(years(12), 'Junior Data Analyst');
    expect(factorOf(veteran, 'experience')).toMatchObject({
      score: 0,
      summary: 'A junior role; you have 12 years',
    });
    expect(veteran.band).toBe('Fair');
    // A few years past it is still a fit; more lowers the factor step by step.
    expect(factorOf(great(years(5), 'Junior Data Analyst'), 'experience').score).toBe(1);
    expect(factorOf(great(years(7), 'Junior Data Analyst'), 'experience').score).toBeCloseTo(2 / 3, 6);
    const overqualified = great(years(9), 'Junior Data Analyst');
    expect(factorOf(overqualified, 'experience').score).toBeCloseTo(1 / 3, 6);
    expect(overqualified.band).toBe('Good');
    // An internship, by title or by type.
    expect(factorOf(great(years(6), 'Data Analyst', 'internship'), 'experience')).toMatchObject({
      summary: 'An internship; you have 6 years',
    });
    expect(factorOf(great(years(6), 'Data Analyst', 'internship'), 'experience').score).toBeCloseTo(2 / 3, 6);
  });

  it('reads a senior or lead title without stated years as their usual minimum', () => {
    const newcomer = great(years(1), 'Senior Data Analyst');
    expect(factorOf(newcomer, 'experience')).toMatchObject({
      score: 0.2,
      summary: 'A senior role, usually 5 years or more; you have 1 year',
    });
    expect(factorOf(great(years(4), 'Principal Data Scientist'), 'experience').score).toBe(0.5);
    expect(factorOf(great(years(9), 'Principal Data Scientist'), 'experience').score).toBe(1);
    // Years the posting states win over the title.
    const stated = scoreMatch(years(2), makeJob({ title: 'Senior Data Analyst', requiredYears: 3 }), 1);
    expect(factorOf(stated, 'experience')).toMatchObject({ summary: 'Needs 3 years; you have 2 years' });
    expect(factorOf(stated, 'experience').score).toBeCloseTo(2 / 3, 6);
  });

  it('leaves unknown years neutral and titles without a level as before', () => {
    const undated = makeProfile({ yearsOfExperience: 0, yearsOfExperienceKnown: false });
    expect(factorOf(great(undated, 'Junior Data Analyst'), 'experience').score).toBe(0.5);
    expect(factorOf(great(undated, 'Senior Data Analyst'), 'experience').score).toBe(0.5);
    expect(factorOf(great(years(12), 'Data Analyst'), 'experience')).toMatchObject({
      score: 1,
      summary: 'No minimum experience is stated; you have 12 years',
    });
  });
});
