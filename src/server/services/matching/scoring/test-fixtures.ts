/** Test builders: a neutral seeker and job that each test changes only where it matters. */
import type { FactorName, JobForMatching, MatchExplanation, ProfileForMatching } from '../types';

type ProfileOverrides = Partial<Omit<ProfileForMatching, 'preferences'>> & {
  preferences?: Partial<ProfileForMatching['preferences']>;
};

export function makeProfile(overrides: ProfileOverrides = {}): ProfileForMatching {
  const { preferences, ...rest } = overrides;
  return {
    userId: 'user-1',
    headline: null,
    summary: null,
    careerGoals: null,
    targetOccupations: [],
    skills: [],
    experience: [],
    education: [],
    projects: [],
    certifications: [],
    yearsOfExperience: 0,
    yearsOfExperienceKnown: true,
    occupations: [],
    ...rest,
    preferences: { locations: [], remoteTypes: [], jobTypes: [], salaryMinAnnualUsd: null, ...preferences },
  };
}

export function makeJob(overrides: Partial<JobForMatching> = {}): JobForMatching {
  return {
    id: 'job-1',
    title: 'Software Engineer',
    companyName: 'Acme',
    description: 'Build things.',
    location: 'Austin, TX',
    remoteType: 'onsite',
    jobType: 'full-time',
    requiredSkills: [],
    requiredYears: 0,
    salaryAnnualUsd: null,
    occupations: [],
    ...overrides,
  };
}

export const skill = (name: string, proficiencyLevel = 3, yearsOfExperience = 1) => ({
  name,
  proficiencyLevel,
  yearsOfExperience,
});

/** The named factor; throws so a missing factor fails the test instead of reading undefined. */
export function factorOf(result: MatchExplanation, name: FactorName) {
  const found = result.factors.find((f) => f.factor === name);
  if (!found) throw new Error(`no ${name} factor`);
  return found;
}
